<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Batch payouts</source>
        <translation>Sammel-Auszahlungen</translation>
    </message>
    <message>
        <source>Batch refunds</source>
        <translation>Sammel-Erstattungen</translation>
    </message>
    <message>
        <source>Open a spreadsheet of payouts (xlsx or CSV, with the template&apos;s column names). Every row is checked first and nothing is sent until you confirm. Sending the same file again carries on where it stopped: rows already sent are never sent twice.</source>
        <translation>Öffnen Sie eine Tabelle mit Auszahlungen (xlsx oder CSV, mit den Spaltennamen der Vorlage). Jede Zeile wird zuerst geprüft, und nichts wird gesendet, bevor Sie bestätigen. Wird dieselbe Datei erneut gesendet, geht es dort weiter, wo es aufgehört hat: Bereits gesendete Zeilen werden nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>Open a spreadsheet of refunds (xlsx or CSV, with the template&apos;s column names). Every row is checked first and nothing is sent until you confirm. Sending the same file again carries on where it stopped: rows already sent are never sent twice.</source>
        <translation>Öffnen Sie eine Tabelle mit Erstattungen (xlsx oder CSV, mit den Spaltennamen der Vorlage). Jede Zeile wird zuerst geprüft, und nichts wird gesendet, bevor Sie bestätigen. Wird dieselbe Datei erneut gesendet, geht es dort weiter, wo es aufgehört hat: Bereits gesendete Zeilen werden nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to check (nothing is sent)</source>
        <translation>Die zu prüfende Tabelle wählen (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save an empty spreadsheet with the columns a batch of payouts needs</source>
        <translation>Eine leere Tabelle mit den Spalten speichern, die Sammel-Auszahlungen brauchen</translation>
    </message>
    <message>
        <source>Save an empty spreadsheet with the columns a batch of refunds needs</source>
        <translation>Eine leere Tabelle mit den Spalten speichern, die Sammel-Erstattungen brauchen</translation>
    </message>
    <message>
        <source>No file opened.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop starting new rows for now; rows on their way finish</source>
        <translation>Vorerst keine neuen Zeilen beginnen; laufende Zeilen werden abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Rest abbrechen</translation>
    </message>
    <message>
        <source>Send no more rows; what was sent stays sent (sending the file again resumes)</source>
        <translation>Keine weiteren Zeilen senden; Gesendetes bleibt gesendet (erneutes Senden der Datei setzt fort)</translation>
    </message>
    <message>
        <source>Send payouts…</source>
        <translation>Auszahlungen senden…</translation>
    </message>
    <message>
        <source>Send refunds…</source>
        <translation>Erstattungen senden…</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Open the results workbook in the report viewer</source>
        <translation>Die Ergebnis-Arbeitsmappe in der Berichtsansicht öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Zeilen des Stapels</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Gesendete Zeilen</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a batch</source>
        <translation>Stapel öffnen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the template as</source>
        <translation>Vorlage speichern unter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>{file}: checking every row…</source>
        <translation>{file}: jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>{file} (batch {batch})</source>
        <translation>{file} (Stapel {batch})</translation>
    </message>
    <message>
        <source>{file} was not checked.</source>
        <translation>{file} wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The file was not checked.</source>
        <translation>Die Datei wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The template was saved as {path}.</source>
        <translation>Die Vorlage wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Send {count} rows of this batch?</source>
        <translation>{count} Zeilen dieses Stapels senden?</translation>
    </message>
    <message>
        <source>Send {count} rows</source>
        <translation>{count} Zeilen senden</translation>
    </message>
    <message>
        <source>The batch is still sending: cancel the rest first (rows on their way finish).</source>
        <translation>Der Stapel wird noch gesendet: Brechen Sie zuerst den Rest ab (laufende Zeilen werden abgeschlossen).</translation>
    </message>
    <message>
        <source>{count} rows: {good} ready to send, {refused} refused (nothing is sent for those).</source>
        <translation>{count} Zeilen: {good} bereit zum Senden, {refused} abgelehnt (für diese wird nichts gesendet).</translation>
    </message>
    <message>
        <source>Total payouts: {total} of {available} available.</source>
        <translation>Auszahlungen gesamt: {total} von {available} verfügbar.</translation>
    </message>
    <message>
        <source>Total refunds: {total} of {available} available.</source>
        <translation>Erstattungen gesamt: {total} von {available} verfügbar.</translation>
    </message>
    <message>
        <source>Total payouts: {total}.</source>
        <translation>Auszahlungen gesamt: {total}.</translation>
    </message>
    <message>
        <source>Total refunds: {total}.</source>
        <translation>Erstattungen gesamt: {total}.</translation>
    </message>
    <message>
        <source>Largest: {amount} (row {row}).</source>
        <translation>Größter Betrag: {amount} (Zeile {row}).</translation>
    </message>
    <message>
        <source>File: {file} (batch {batch})</source>
        <translation>Datei: {file} (Stapel {batch})</translation>
    </message>
    <message>
        <source>Rows to send: {count}</source>
        <translation>Zu sendende Zeilen: {count}</translation>
    </message>
    <message>
        <source>Rows refused at the check, not sent: {count}</source>
        <translation>Bei der Prüfung abgelehnte, nicht gesendete Zeilen: {count}</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Gesamt: {total}</translation>
    </message>
    <message>
        <source>Profile: {profile} ({environment})</source>
        <translation>Profil: {profile} ({environment})</translation>
    </message>
    <message>
        <source>Batch payouts…</source>
        <translation>Sammel-Auszahlungen…</translation>
    </message>
    <message>
        <source>Batch refunds…</source>
        <translation>Sammel-Erstattungen…</translation>
    </message>
    <message>
        <source>Check and send many payouts from a spreadsheet (xlsx or CSV); save the template there</source>
        <translation>Viele Auszahlungen aus einer Tabelle (xlsx oder CSV) prüfen und senden; die Vorlage dort speichern</translation>
    </message>
    <message>
        <source>Check and send many refunds from a spreadsheet (xlsx or CSV); save the template there</source>
        <translation>Viele Erstattungen aus einer Tabelle (xlsx oder CSV) prüfen und senden; die Vorlage dort speichern</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>{order} (new)</source>
        <translation>{order} (neu)</translation>
    </message>
    <message>
        <source>refused at check</source>
        <translation>bei der Prüfung abgelehnt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>sent elsewhere</source>
        <translation>anderswo gesendet</translation>
    </message>
    <message>
        <source>to approve</source>
        <translation>zur Freigabe</translation>
    </message>
    <message>
        <source>Sending… rows already sent by an earlier run are not sent again.</source>
        <translation>Wird gesendet… Zeilen, die ein früherer Lauf schon gesendet hat, werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} von {total} Zeilen</translation>
    </message>
    <message>
        <source>The results are in {path}.</source>
        <translation>Die Ergebnisse stehen in {path}.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason} Sending the same file again carries on where it stopped; rows already sent are not sent twice.</source>
        <translation>Der Stapel wurde angehalten: {reason} Erneutes Senden derselben Datei setzt dort fort, wo es aufgehört hat; bereits gesendete Zeilen werden nicht zweimal gesendet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: no new row is started; rows on their way finish.</source>
        <translation>Angehalten: Keine neue Zeile wird begonnen; laufende Zeilen werden abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelling: no new row is started; rows on their way finish.</source>
        <translation>Wird abgebrochen: Keine neue Zeile wird begonnen; laufende Zeilen werden abgeschlossen.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}.</source>
        <translation>Der Stapel wurde angehalten: {reason}.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The account&apos;s currency; the profile sets it.</source>
        <translation>Die Währung des Kontos; das Profil legt sie fest.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Sent once over the card channel, then cleared; never stored.</source>
        <translation>Einmal über den Kartenkanal gesendet, dann gelöscht; nie gespeichert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>Confirm, then hold the amount on the card (Enter)</source>
        <translation>Bestätigen, dann den Betrag auf der Karte reservieren (Eingabetaste)</translation>
    </message>
    <message>
        <source>No profile is open yet; nothing was sent.</source>
        <translation>Noch ist kein Profil geöffnet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Hold: {amount} (taken only when captured)</source>
        <translation>Reservieren: {amount} (erst beim Einziehen belastet)</translation>
    </message>
    <message>
        <source>Card: {card}</source>
        <translation>Karte: {card}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Kunde: {customer}</translation>
    </message>
    <message>
        <source>Order id: {order}</source>
        <translation>Bestellnummer: {order}</translation>
    </message>
    <message>
        <source>Environment: {environment}</source>
        <translation>Umgebung: {environment}</translation>
    </message>
    <message>
        <source>Authorize this card payment?</source>
        <translation>Diese Kartenzahlung autorisieren?</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Authorizing {amount}…</source>
        <translation>{amount} wird autorisiert…</translation>
    </message>
    <message>
        <source>Not authorized. {reason}</source>
        <translation>Nicht autorisiert. {reason}</translation>
    </message>
    <message>
        <source>The customer&apos;s bank asks for 3-D Secure: open the page and let the customer confirm. The status follows by itself.</source>
        <translation>Die Bank des Kunden verlangt 3-D Secure: Öffnen Sie die Seite und lassen Sie den Kunden bestätigen. Der Status wird von selbst verfolgt.</translation>
    </message>
    <message>
        <source>Authorized: capture or cancel it in Open authorizations.</source>
        <translation>Autorisiert: Ziehen Sie den Betrag unter „Offene Autorisierungen“ ein oder stornieren Sie ihn dort.</translation>
    </message>
    <message>
        <source>The gateway has not settled it yet; the status follows by itself.</source>
        <translation>Das Gateway hat noch nicht entschieden; der Status wird von selbst verfolgt.</translation>
    </message>
    <message>
        <source>Type the card details again.</source>
        <translation>Geben Sie die Kartendaten erneut ein.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>Wartet auf 3-D Secure</translation>
    </message>
    <message>
        <source>Not authorized: the customer&apos;s bank or the gateway said no.</source>
        <translation>Nicht autorisiert: Die Bank des Kunden oder das Gateway hat abgelehnt.</translation>
    </message>
    <message>
        <source>{currency} (account {account})</source>
        <translation>{currency} (Konto {account})</translation>
    </message>
    <message>
        <source>Order {order}, authorized by {operator}: {note}</source>
        <translation>Bestellung {order}, autorisiert von {operator}: {note}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Open authorizations</source>
        <translation>Offene Autorisierungen</translation>
    </message>
    <message>
        <source>Money held on a card, waiting to be captured (taken) or cancelled (released).</source>
        <translation>Auf einer Karte reserviertes Geld, das auf Einziehen (Belasten) oder Stornieren (Freigeben) wartet.</translation>
    </message>
    <message>
        <source>Select one to capture or cancel it</source>
        <translation>Wählen Sie eine aus, um sie einzuziehen oder zu stornieren</translation>
    </message>
    <message>
        <source>No open authorizations from this desk on this profile.</source>
        <translation>Keine offenen Autorisierungen von diesem Desk in diesem Profil.</translation>
    </message>
    <message>
        <source>select one above, or type an order id</source>
        <translation>oben eine wählen oder eine Bestellnummer eingeben</translation>
    </message>
    <message>
        <source>The authorization to capture or cancel.</source>
        <translation>Die Autorisierung, die eingezogen oder storniert werden soll.</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>Einziehen…</translation>
    </message>
    <message>
        <source>Take the held money (after a check and a confirmation)</source>
        <translation>Das reservierte Geld belasten (nach Prüfung und Bestätigung)</translation>
    </message>
    <message>
        <source>Cancel authorization…</source>
        <translation>Autorisierung stornieren…</translation>
    </message>
    <message>
        <source>Release the held money to the customer (after a check and a confirmation)</source>
        <translation>Das reservierte Geld für den Kunden freigeben (nach Prüfung und Bestätigung)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the list again from the journal</source>
        <translation>Die Liste erneut aus dem Journal lesen</translation>
    </message>
    <message>
        <source>Select an authorization above or type its order id.</source>
        <translation>Wählen Sie oben eine Autorisierung oder geben Sie ihre Bestellnummer ein.</translation>
    </message>
    <message>
        <source>Checking order {order}…</source>
        <translation>Bestellung {order} wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>unbekannte Karte</translation>
    </message>
    <message>
        <source>Capture this authorization?</source>
        <translation>Diese Autorisierung einziehen?</translation>
    </message>
    <message>
        <source>Take: {amount} from card {card}</source>
        <translation>Belasten: {amount} von Karte {card}</translation>
    </message>
    <message>
        <source>Cancel this authorization?</source>
        <translation>Diese Autorisierung stornieren?</translation>
    </message>
    <message>
        <source>Release: {amount} held on card {card}</source>
        <translation>Freigeben: {amount}, reserviert auf Karte {card}</translation>
    </message>
    <message>
        <source>Cancel the authorization</source>
        <translation>Autorisierung stornieren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Capture of {amount} for order {order}…</source>
        <translation>Einziehen von {amount} für Bestellung {order}…</translation>
    </message>
    <message>
        <source>Cancellation of {amount} for order {order}…</source>
        <translation>Stornierung von {amount} für Bestellung {order}…</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>Die Liste konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Last authorization</source>
        <translation>Letzte Autorisierung</translation>
    </message>
    <message>
        <source>What the journal says</source>
        <translation>Was das Journal sagt</translation>
    </message>
    <message>
        <source>Open the 3-D Secure page</source>
        <translation>3-D-Secure-Seite öffnen</translation>
    </message>
    <message>
        <source>The customer&apos;s bank asks them to confirm: open the page it gave</source>
        <translation>Die Bank des Kunden verlangt eine Bestätigung: die angegebene Seite öffnen</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Verfolgen beenden</translation>
    </message>
    <message>
        <source>Stop asking the gateway for the status (Lookup can ask later)</source>
        <translation>Das Gateway nicht mehr nach dem Status fragen (die Suche kann später fragen)</translation>
    </message>
    <message>
        <source>Find a transaction</source>
        <translation>Transaktion suchen</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Ask the gateway for this order&apos;s status (Enter)</source>
        <translation>Das Gateway nach dem Status dieser Bestellung fragen (Eingabetaste)</translation>
    </message>
    <message>
        <source>The merchant order id, exactly as it was sent (letters and case matter). Ctrl+K jumps here.</source>
        <translation>Die Bestellnummer des Händlers, genau wie gesendet (Buchstaben und Groß-/Kleinschreibung zählen). Strg+K springt hierher.</translation>
    </message>
    <message>
        <source>Type an order id and press Enter to see its status, card, errors and the gates the gateway tried. Ctrl+K jumps here from any tab.</source>
        <translation>Geben Sie eine Bestellnummer ein und drücken Sie die Eingabetaste, um Status, Karte, Fehler und die vom Gateway versuchten Zugänge zu sehen. Strg+K springt von jedem Reiter hierher.</translation>
    </message>
    <message>
        <source>the merchant&apos;s order id, e.g. hist-0001 (the sandbox&apos;s history)</source>
        <translation>die Bestellnummer des Händlers, z. B. hist-0001 (Verlauf der Sandbox)</translation>
    </message>
    <message>
        <source>the merchant&apos;s order id</source>
        <translation>die Bestellnummer des Händlers</translation>
    </message>
    <message>
        <source>Enter the order id to look up.</source>
        <translation>Geben Sie die gesuchte Bestellnummer ein.</translation>
    </message>
    <message>
        <source>Open a profile first: there is no gateway to ask.</source>
        <translation>Öffnen Sie zuerst ein Profil: Es gibt kein Gateway, das gefragt werden kann.</translation>
    </message>
    <message>
        <source>Asking the gateway about {order}…</source>
        <translation>Das Gateway wird zu {order} gefragt…</translation>
    </message>
    <message>
        <source>The gateway has no transaction with order id “{order}”. Check the id: it must match exactly, letters and case included.</source>
        <translation>Das Gateway hat keine Transaktion mit der Bestellnummer „{order}“. Prüfen Sie die Nummer: Sie muss genau übereinstimmen, einschließlich Buchstaben und Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Card BIN</source>
        <translation>Karten-BIN</translation>
    </message>
    <message>
        <source>Card country</source>
        <translation>Kartenland</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>masked card number</source>
        <translation>maskierte Kartennummer</translation>
    </message>
    <message>
        <source>Gates the gateway tried (cascade)</source>
        <translation>Vom Gateway versuchte Zugänge (Kaskade)</translation>
    </message>
    <message>
        <source>Gate priority</source>
        <translation>Zugangspriorität</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Gates the gateway tried</source>
        <translation>Vom Gateway versuchte Zugänge</translation>
    </message>
    <message>
        <source>Each payment gate the gateway tried, in order, and why it did not take the payment</source>
        <translation>Jeder Zahlungszugang, den das Gateway der Reihe nach versucht hat, und warum er die Zahlung nicht angenommen hat</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rückerstatten…</translation>
    </message>
    <message>
        <source>Open Refunds with this order filled in</source>
        <translation>Erstattungen mit dieser Bestellung öffnen</translation>
    </message>
    <message>
        <source>Open Authorize &amp; capture to take the held money</source>
        <translation>„Autorisieren &amp; Einziehen“ öffnen, um das reservierte Geld zu belasten</translation>
    </message>
    <message>
        <source>Open Authorize &amp; capture to release the held money</source>
        <translation>„Autorisieren &amp; Einziehen“ öffnen, um das reservierte Geld freizugeben</translation>
    </message>
    <message>
        <source>Charge again…</source>
        <translation>Erneut belasten…</translation>
    </message>
    <message>
        <source>Open Recurrent to charge this customer&apos;s saved card again</source>
        <translation>Folgezahlungen öffnen, um die gespeicherte Karte dieses Kunden erneut zu belasten</translation>
    </message>
    <message>
        <source>Ask the gateway again</source>
        <translation>Das Gateway erneut fragen</translation>
    </message>
    <message>
        <source>Authorized: waiting for capture</source>
        <translation>Autorisiert: wartet auf Einziehen</translation>
    </message>
    <message>
        <source>not finished yet</source>
        <translation>noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>failed (the gateway gave no reason)</source>
        <translation>fehlgeschlagen (das Gateway nannte keinen Grund)</translation>
    </message>
    <message>
        <source>refreshing every 2 s</source>
        <translation>wird alle 2 s aktualisiert</translation>
    </message>
    <message>
        <source>No profile is open yet; nothing was read.</source>
        <translation>Noch ist kein Profil geöffnet; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>Reading order {order}…</source>
        <translation>Bestellung {order} wird gelesen…</translation>
    </message>
    <message>
        <source>The gateway has no payment with this order id.</source>
        <translation>Das Gateway hat keine Zahlung mit dieser Bestellnummer.</translation>
    </message>
    <message>
        <source>Could not read the order: {reason}</source>
        <translation>Die Bestellung konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Looking in the journal for an earlier one…</source>
        <translation>Im Journal wird nach einer früheren gesucht…</translation>
    </message>
    <message>
        <source>following the status every 2 s</source>
        <translation>Status wird alle 2 s verfolgt</translation>
    </message>
    <message>
        <source>not following; Lookup can check it later</source>
        <translation>nicht verfolgt; die Suche kann später prüfen</translation>
    </message>
    <message>
        <source>Paid: the gateway confirmed the payment.</source>
        <translation>Bezahlt: Das Gateway hat die Zahlung bestätigt.</translation>
    </message>
    <message>
        <source>The payment failed: the reason is in the result below.</source>
        <translation>Die Zahlung ist fehlgeschlagen: Der Grund steht im Ergebnis unten.</translation>
    </message>
    <message>
        <source>stopped following: {reason}</source>
        <translation>Verfolgen beendet: {reason}</translation>
    </message>
    <message>
        <source>stopped following after 30 minutes; Lookup can check it later</source>
        <translation>Verfolgen nach 30 Minuten beendet; die Suche kann später prüfen</translation>
    </message>
    <message>
        <source>Another payment link for {customer}, for {amount}?</source>
        <translation>Noch ein Zahlungslink für {customer} über {amount}?</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Betrag: {amount}</translation>
    </message>
    <message>
        <source>A payment link for {amount} to {customer} was already made at {when} (order {order}, by {operator}).</source>
        <translation>Ein Zahlungslink über {amount} an {customer} wurde bereits am {when} erstellt (Bestellung {order}, von {operator}).</translation>
    </message>
    <message>
        <source>Making another one gives the customer a second page to pay: they may pay twice.</source>
        <translation>Ein weiterer gibt dem Kunden eine zweite Zahlungsseite: Er zahlt womöglich zweimal.</translation>
    </message>
    <message>
        <source>Return addresses (optional)</source>
        <translation>Rücksprungadressen (optional)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Card by phone</source>
        <translation>Karte per Telefon</translation>
    </message>
    <message>
        <source>The customer pays on the gateway&apos;s page: send them a link or a QR code</source>
        <translation>Der Kunde zahlt auf der Seite des Gateways: Senden Sie ihm einen Link oder einen QR-Code</translation>
    </message>
    <message>
        <source>You type the card details the customer reads to you on the phone</source>
        <translation>Sie geben die Kartendaten ein, die der Kunde Ihnen am Telefon vorliest</translation>
    </message>
    <message>
        <source>Looking for an earlier link to this customer…</source>
        <translation>Es wird nach einem früheren Link an diesen Kunden gesucht…</translation>
    </message>
    <message>
        <source>No new link was made; the earlier one is order {order}.</source>
        <translation>Es wurde kein neuer Link erstellt; der frühere ist Bestellung {order}.</translation>
    </message>
    <message>
        <source>The profile changed before the link was sent; nothing was sent.</source>
        <translation>Das Profil hat gewechselt, bevor der Link gesendet wurde; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Asking the gateway for a payment link…</source>
        <translation>Das Gateway wird nach einem Zahlungslink gefragt…</translation>
    </message>
    <message>
        <source>Charge this card?</source>
        <translation>Diese Karte belasten?</translation>
    </message>
    <message>
        <source>The profile changed while you were confirming; nothing was sent.</source>
        <translation>Das Profil hat gewechselt, während Sie bestätigt haben; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Charging {amount}…</source>
        <translation>{amount} wird belastet…</translation>
    </message>
    <message>
        <source>The payment link is ready: send it to the customer, or let them scan the code.</source>
        <translation>Der Zahlungslink ist bereit: Senden Sie ihn dem Kunden oder lassen Sie ihn den Code scannen.</translation>
    </message>
    <message>
        <source>Paid: {amount} from card {card}.</source>
        <translation>Bezahlt: {amount} von Karte {card}.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>der Betrag</translation>
    </message>
    <message>
        <source>The customer&apos;s bank asks for 3-D Secure: open the page and let the customer confirm; the status below follows by itself.</source>
        <translation>Die Bank des Kunden verlangt 3-D Secure: Öffnen Sie die Seite und lassen Sie den Kunden bestätigen; der Status unten wird von selbst verfolgt.</translation>
    </message>
    <message>
        <source>Not paid. {reason}</source>
        <translation>Nicht bezahlt. {reason}</translation>
    </message>
    <message>
        <source>The customer pays on the gateway&apos;s own page: no card details pass through you. Send them the link, or let them scan the code.</source>
        <translation>Der Kunde zahlt auf der eigenen Seite des Gateways: Keine Kartendaten gehen durch Ihre Hände. Senden Sie ihm den Link oder lassen Sie ihn den Code scannen.</translation>
    </message>
    <message>
        <source>Create payment link</source>
        <translation>Zahlungslink erstellen</translation>
    </message>
    <message>
        <source>Ask the gateway for a payment page for this payment (Enter)</source>
        <translation>Das Gateway nach einer Zahlungsseite für diese Zahlung fragen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Card payment by phone</source>
        <translation>Kartenzahlung per Telefon</translation>
    </message>
    <message>
        <source>Type the card details the customer reads to you. They are sent once over the card channel, then cleared from the screen; they are never stored.</source>
        <translation>Geben Sie die Kartendaten ein, die der Kunde Ihnen vorliest. Sie werden einmal über den Kartenkanal gesendet und dann vom Bildschirm gelöscht; sie werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Charge card…</source>
        <translation>Karte belasten…</translation>
    </message>
    <message>
        <source>Confirm, then send the card payment to the gateway (Enter)</source>
        <translation>Bestätigen, dann die Kartenzahlung an das Gateway senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>You switched profile while the gateway was being asked; what became of it is in Activity (this order id is refused if sent again).</source>
        <translation>Sie haben das Profil gewechselt, während das Gateway gefragt wurde; was daraus wurde, steht unter Aktivität (diese Bestellnummer wird bei erneutem Senden abgelehnt).</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>What a payout may use now (the gateway&apos;s balance).</source>
        <translation>Was eine Auszahlung jetzt nutzen kann (das Guthaben beim Gateway).</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Money the gateway holds back for now; not available for payouts.</source>
        <translation>Geld, das das Gateway vorerst zurückhält; nicht für Auszahlungen verfügbar.</translation>
    </message>
    <message>
        <source>Rolling reserve</source>
        <translation>Rollierende Reserve</translation>
    </message>
    <message>
        <source>Kept back as a reserve for a period; not available for payouts.</source>
        <translation>Für einen Zeitraum als Reserve einbehalten; nicht für Auszahlungen verfügbar.</translation>
    </message>
    <message>
        <source>Payout balance</source>
        <translation>Auszahlungsguthaben</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Stop or restart reading the balance every 5 seconds</source>
        <translation>Das Lesen des Guthabens alle 5 Sekunden anhalten oder wieder aufnehmen</translation>
    </message>
    <message>
        <source>The balance could not be read: {reason}</source>
        <translation>Das Guthaben konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s card number.</source>
        <translation>Geben Sie die Kartennummer des Empfängers ein.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s phone number, + and digits.</source>
        <translation>Geben Sie die Telefonnummer des Empfängers ein, + und Ziffern.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s account number.</source>
        <translation>Geben Sie die Kontonummer des Empfängers ein.</translation>
    </message>
    <message>
        <source>Enter the name the account is held in.</source>
        <translation>Geben Sie den Namen des Kontoinhabers ein.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Make up a new order id</source>
        <translation>Eine neue Bestellnummer erzeugen</translation>
    </message>
    <message>
        <source>New order id</source>
        <translation>Neue Bestellnummer</translation>
    </message>
    <message>
        <source>Your reference for this payout; made up for you, change it if you like. Never used twice.</source>
        <translation>Ihre Referenz für diese Auszahlung; für Sie erzeugt, Sie können sie ändern. Wird nie zweimal verwendet.</translation>
    </message>
    <message>
        <source>How much to pay out; at most the available balance.</source>
        <translation>Wie viel ausgezahlt wird; höchstens das verfügbare Guthaben.</translation>
    </message>
    <message>
        <source>Pay out to</source>
        <translation>Auszahlen an</translation>
    </message>
    <message>
        <source>Where the money goes: a card, a phone (mobile payout) or an account.</source>
        <translation>Wohin das Geld geht: eine Karte, ein Telefon (mobile Auszahlung) oder ein Konto.</translation>
    </message>
    <message>
        <source>{amount} available</source>
        <translation>{amount} verfügbar</translation>
    </message>
    <message>
        <source>MM/YY (optional)</source>
        <translation>MM/JJ (optional)</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>The recipient&apos;s card, 13 to 19 digits. Cleared once sent; never stored.</source>
        <translation>Die Karte des Empfängers, 13 bis 19 Ziffern. Nach dem Senden gelöscht; nie gespeichert.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Month and year on the card, as MM/YY (optional).</source>
        <translation>Monat und Jahr auf der Karte, als MM/JJ (optional).</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone in international format: + and digits.</source>
        <translation>Das Telefon des Empfängers im internationalen Format: + und Ziffern.</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>JOHN DOE</source>
        <translation>MAX MUSTERMANN</translation>
    </message>
    <message>
        <source>individual identification number</source>
        <translation>persönliche Identifikationsnummer</translation>
    </message>
    <message>
        <source>The recipient&apos;s account number.</source>
        <translation>Die Kontonummer des Empfängers.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>The name the account is held in.</source>
        <translation>Der Name, auf den das Konto lautet.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN-Nummer</translation>
    </message>
    <message>
        <source>The holder&apos;s individual identification number, when the provider asks for it (optional).</source>
        <translation>Die persönliche Identifikationsnummer des Inhabers, wenn der Anbieter sie verlangt (optional).</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>e.g. supplier refund #118</source>
        <translation>z. B. Lieferantenerstattung Nr. 118</translation>
    </message>
    <message>
        <source>What the payout is for. Optional.</source>
        <translation>Wofür die Auszahlung ist. Optional.</translation>
    </message>
    <message>
        <source>Merchant site</source>
        <translation>Händler-Website</translation>
    </message>
    <message>
        <source>Your shop&apos;s web address. Optional.</source>
        <translation>Die Webadresse Ihres Shops. Optional.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The recipient&apos;s first name. Optional.</source>
        <translation>Der Vorname des Empfängers. Optional.</translation>
    </message>
    <message>
        <source>John</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>The recipient&apos;s middle name. Optional.</source>
        <translation>Der zweite Vorname des Empfängers. Optional.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>The recipient&apos;s last name. Optional.</source>
        <translation>Der Nachname des Empfängers. Optional.</translation>
    </message>
    <message>
        <source>Doe</source>
        <translation>Mustermann</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone, international format. Optional.</source>
        <translation>Das Telefon des Empfängers, internationales Format. Optional.</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>06.06.1997</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>The recipient&apos;s date of birth, as dd.mm.yyyy. Optional.</source>
        <translation>Das Geburtsdatum des Empfängers, als TT.MM.JJJJ. Optional.</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>The recipient&apos;s postal code. Optional.</source>
        <translation>Die Postleitzahl des Empfängers. Optional.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf-URL</translation>
    </message>
    <message>
        <source>Your server&apos;s address the gateway notifies of status changes. Optional.</source>
        <translation>Die Adresse Ihres Servers, die das Gateway über Statusänderungen benachrichtigt. Optional.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>The payout provider to use, when your account manager gave one. Optional.</source>
        <translation>Der zu verwendende Auszahlungsanbieter, wenn Ihr Kundenbetreuer einen genannt hat. Optional.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>The recipient&apos;s IP address (some providers need it). Optional.</source>
        <translation>Die IP-Adresse des Empfängers (manche Anbieter brauchen sie). Optional.</translation>
    </message>
    <message>
        <source>Looking in the journal for an earlier payout…</source>
        <translation>Im Journal wird nach einer früheren Auszahlung gesucht…</translation>
    </message>
    <message>
        <source>To: {destination}</source>
        <translation>An: {destination}</translation>
    </message>
    <message>
        <source>From account: {account}</source>
        <translation>Vom Konto: {account}</translation>
    </message>
    <message>
        <source>Send this payout?</source>
        <translation>Diese Auszahlung senden?</translation>
    </message>
    <message>
        <source>Sending {amount} to {destination}…</source>
        <translation>{amount} wird an {destination} gesendet…</translation>
    </message>
    <message>
        <source>Not paid out. {reason}</source>
        <translation>Nicht ausgezahlt. {reason}</translation>
    </message>
    <message>
        <source>Payout completed.</source>
        <translation>Auszahlung abgeschlossen.</translation>
    </message>
    <message>
        <source>Accepted by the gateway; its status is followed until it is final.</source>
        <translation>Vom Gateway angenommen; der Status wird verfolgt, bis er endgültig ist.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>About the recipient (optional)</source>
        <translation>Zum Empfänger (optional)</translation>
    </message>
    <message>
        <source>Send payout…</source>
        <translation>Auszahlung senden…</translation>
    </message>
    <message>
        <source>Check the amount against the available balance, confirm, then send the payout; it is followed until final (Enter)</source>
        <translation>Den Betrag mit dem verfügbaren Guthaben abgleichen, bestätigen, dann die Auszahlung senden; sie wird bis zum Abschluss verfolgt (Eingabetaste)</translation>
    </message>
    <message>
        <source>Last payout</source>
        <translation>Letzte Auszahlung</translation>
    </message>
    <message>
        <source>Stop asking the gateway for this payout&apos;s status (Lookup can ask later)</source>
        <translation>Das Gateway nicht mehr nach dem Status dieser Auszahlung fragen (die Suche kann später fragen)</translation>
    </message>
    <message>
        <source>The payout did not go through: see Last payout.</source>
        <translation>Die Auszahlung ist nicht durchgegangen: siehe „Letzte Auszahlung“.</translation>
    </message>
    <message>
        <source>Enter the order id of the original payment.</source>
        <translation>Geben Sie die Bestellnummer der ursprünglichen Zahlung ein.</translation>
    </message>
    <message>
        <source>Enter the original payment&apos;s order id to see its amount and card.</source>
        <translation>Geben Sie die Bestellnummer der ursprünglichen Zahlung ein, um Betrag und Karte zu sehen.</translation>
    </message>
    <message>
        <source>Charge this card again?</source>
        <translation>Diese Karte erneut belasten?</translation>
    </message>
    <message>
        <source>Charge a saved card again</source>
        <translation>Gespeicherte Karte erneut belasten</translation>
    </message>
    <message>
        <source>Name a successful payment (the parent): its card is charged again under a new order id, for its amount unless you change it.</source>
        <translation>Nennen Sie eine erfolgreiche Zahlung (die ursprüngliche): Ihre Karte wird unter einer neuen Bestellnummer erneut belastet, mit deren Betrag, sofern Sie ihn nicht ändern.</translation>
    </message>
    <message>
        <source>Parent order id</source>
        <translation>Ursprüngliche Bestellnummer</translation>
    </message>
    <message>
        <source>the original payment&apos;s order id</source>
        <translation>die Bestellnummer der ursprünglichen Zahlung</translation>
    </message>
    <message>
        <source>Read the original payment: its status, amount and card</source>
        <translation>Die ursprüngliche Zahlung lesen: Status, Betrag und Karte</translation>
    </message>
    <message>
        <source>The order id of the successful payment whose card is charged again.</source>
        <translation>Die Bestellnummer der erfolgreichen Zahlung, deren Karte erneut belastet wird.</translation>
    </message>
    <message>
        <source>The new charge&apos;s own order id; made up for you, change it if you like. Never used twice.</source>
        <translation>Die eigene Bestellnummer der neuen Belastung; für Sie erzeugt, Sie können sie ändern. Wird nie zweimal verwendet.</translation>
    </message>
    <message>
        <source>How much to charge; the original payment&apos;s amount by default.</source>
        <translation>Wie viel belastet wird; standardmäßig der Betrag der ursprünglichen Zahlung.</translation>
    </message>
    <message>
        <source>e.g. monthly subscription, March</source>
        <translation>z. B. Monatsabo, März</translation>
    </message>
    <message>
        <source>What the charge is for (required).</source>
        <translation>Wofür die Belastung ist (Pflichtfeld).</translation>
    </message>
    <message>
        <source>Check, confirm, then send the repeat charge to the gateway (Enter)</source>
        <translation>Prüfen, bestätigen, dann die Folgezahlung an das Gateway senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>The original payment</source>
        <translation>Die ursprüngliche Zahlung</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>Gateway message</source>
        <translation>Meldung des Gateways</translation>
    </message>
    <message>
        <source>Last repeat charge</source>
        <translation>Letzte Folgezahlung</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Card of order {order}: {card}</source>
        <translation>Karte der Bestellung {order}: {card}</translation>
    </message>
    <message>
        <source>Card of order {order}</source>
        <translation>Karte der Bestellung {order}</translation>
    </message>
    <message>
        <source>New order id: {order}</source>
        <translation>Neue Bestellnummer: {order}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Charging {amount} to the card of order {order}…</source>
        <translation>{amount} wird der Karte der Bestellung {order} belastet…</translation>
    </message>
    <message>
        <source>Not charged. {reason}</source>
        <translation>Nicht belastet. {reason}</translation>
    </message>
    <message>
        <source>Charged {amount} again, order {order}.</source>
        <translation>{amount} erneut belastet, Bestellung {order}.</translation>
    </message>
    <message>
        <source>Sent; the gateway is still processing it. The status above follows by itself.</source>
        <translation>Gesendet; das Gateway bearbeitet sie noch. Der Status oben wird von selbst verfolgt.</translation>
    </message>
    <message>
        <source>The gateway confirmed the repeat charge.</source>
        <translation>Das Gateway hat die Folgezahlung bestätigt.</translation>
    </message>
    <message>
        <source>The repeat charge failed.</source>
        <translation>Die Folgezahlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Order {order} can be charged again.</source>
        <translation>Bestellung {order} kann erneut belastet werden.</translation>
    </message>
    <message>
        <source>Order {order} cannot be charged again.</source>
        <translation>Bestellung {order} kann nicht erneut belastet werden.</translation>
    </message>
    <message>
        <source>Enter the order id of the payment to refund.</source>
        <translation>Geben Sie die Bestellnummer der zu erstattenden Zahlung ein.</translation>
    </message>
    <message>
        <source>Enter an order id to see what was paid and what is left.</source>
        <translation>Geben Sie eine Bestellnummer ein, um zu sehen, was bezahlt wurde und was übrig ist.</translation>
    </message>
    <message>
        <source>Send this refund?</source>
        <translation>Diese Erstattung senden?</translation>
    </message>
    <message>
        <source>Refund a payment</source>
        <translation>Zahlung zurückerstatten</translation>
    </message>
    <message>
        <source>Enter the payment&apos;s order id: once this desk&apos;s journal and the gateway&apos;s Refund report agree on what is still refundable, it is filled in (a full refund). Lower it for a partial refund.</source>
        <translation>Geben Sie die Bestellnummer der Zahlung ein: Sobald das Journal dieses Desks und der Erstattungsbericht des Gateways übereinstimmen, was noch erstattbar ist, wird es eingetragen (eine volle Erstattung). Verringern Sie den Betrag für eine Teilerstattung.</translation>
    </message>
    <message>
        <source>the payment&apos;s order id</source>
        <translation>die Bestellnummer der Zahlung</translation>
    </message>
    <message>
        <source>Read what was paid and what is still refundable</source>
        <translation>Lesen, was bezahlt wurde und was noch erstattbar ist</translation>
    </message>
    <message>
        <source>The order id of the payment to refund, exactly as it was sent.</source>
        <translation>Die Bestellnummer der zu erstattenden Zahlung, genau wie gesendet.</translation>
    </message>
    <message>
        <source>Full amount</source>
        <translation>Voller Betrag</translation>
    </message>
    <message>
        <source>Refund everything that is still refundable</source>
        <translation>Alles zurückerstatten, was noch erstattbar ist</translation>
    </message>
    <message>
        <source>How much to give back. Full by default; a smaller amount makes a partial refund.</source>
        <translation>Wie viel zurückgegeben wird. Standardmäßig alles; ein kleinerer Betrag ergibt eine Teilerstattung.</translation>
    </message>
    <message>
        <source>e.g. goods returned</source>
        <translation>z. B. Ware zurückgegeben</translation>
    </message>
    <message>
        <source>Why the money is given back (required).</source>
        <translation>Warum das Geld zurückgegeben wird (Pflichtfeld).</translation>
    </message>
    <message>
        <source>Check, confirm, then send the refund to the gateway (Enter)</source>
        <translation>Prüfen, bestätigen, dann die Erstattung an das Gateway senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded from this desk</source>
        <translation>Von diesem Desk erstattet</translation>
    </message>
    <message>
        <source>Refunded elsewhere</source>
        <translation>Anderswo erstattet</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Noch erstattbar</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Die Zahlung</translation>
    </message>
    <message>
        <source>Paid is the gateway&apos;s /check. Refunded from this desk counts this desk&apos;s journal (also any refund waiting for review). Refunded elsewhere is the gateway&apos;s Refund report, whose rows do not name the payment they refund: a refund on the same card and customer may be of another payment. The gateway stays the judge.</source>
        <translation>„Bezahlt“ stammt aus /check des Gateways. „Von diesem Desk erstattet“ zählt das Journal dieses Desks (auch Erstattungen, die auf Prüfung warten). „Anderswo erstattet“ ist der Erstattungsbericht des Gateways, dessen Zeilen die erstattete Zahlung nicht nennen: Eine Erstattung auf dieselbe Karte und denselben Kunden kann zu einer anderen Zahlung gehören. Das Gateway entscheidet.</translation>
    </message>
    <message>
        <source>Last refund</source>
        <translation>Letzte Erstattung</translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
    <message>
        <source>Full refund: {amount} of {paid} paid</source>
        <translation>Volle Erstattung: {amount} von {paid} bezahlt</translation>
    </message>
    <message>
        <source>Partial refund: {amount} of {paid} paid</source>
        <translation>Teilerstattung: {amount} von {paid} bezahlt</translation>
    </message>
    <message>
        <source>Order: {order}</source>
        <translation>Bestellung: {order}</translation>
    </message>
    <message>
        <source>Sending the refund of {amount}…</source>
        <translation>Die Erstattung von {amount} wird gesendet…</translation>
    </message>
    <message>
        <source>The refund&apos;s outcome is unknown. It will NOT be sent again: it is marked for review. Look for it in a Refund report or the gateway&apos;s back office before refunding this order again, then mark it in Activity.</source>
        <translation>Das Ergebnis der Erstattung ist unbekannt. Sie wird NICHT erneut gesendet: Sie ist zur Prüfung markiert. Suchen Sie sie in einem Erstattungsbericht oder im Backoffice des Gateways, bevor Sie diese Bestellung erneut erstatten, und markieren Sie sie dann unter Aktivität.</translation>
    </message>
    <message>
        <source>Not refunded. {reason}</source>
        <translation>Nicht erstattet. {reason}</translation>
    </message>
    <message>
        <source>Refunded {amount} on order {order}.</source>
        <translation>{amount} für Bestellung {order} erstattet.</translation>
    </message>
    <message>
        <source>Stopped waiting: what was sent stays sent and may still complete (see Activity).</source>
        <translation>Warten beendet: Gesendetes bleibt gesendet und kann noch abgeschlossen werden (siehe Aktivität).</translation>
    </message>
    <message>
        <source>Stopped waiting; nothing was changed.</source>
        <translation>Warten beendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting (Esc). What was already sent is not undone.</source>
        <translation>Nicht mehr warten (Esc). Bereits Gesendetes wird nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>The name printed on the card.</source>
        <translation>Der auf der Karte gedruckte Name.</translation>
    </message>
    <message>
        <source>13 to 19 digits; spaces are fine. Never stored.</source>
        <translation>13 bis 19 Ziffern; Leerzeichen sind erlaubt. Nie gespeichert.</translation>
    </message>
    <message>
        <source>Month and year printed on the card, as MM/YY.</source>
        <translation>Monat und Jahr auf der Karte, als MM/JJ.</translation>
    </message>
    <message>
        <source>CVV</source>
        <translation>Prüfnummer (CVV)</translation>
    </message>
    <message>
        <source>The 3 or 4 digits on the back of the card. Never stored.</source>
        <translation>Die 3 oder 4 Ziffern auf der Kartenrückseite. Nie gespeichert.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>I have checked the above: send it anyway</source>
        <translation>Ich habe das oben Genannte geprüft: trotzdem senden</translation>
    </message>
    <message>
        <source>Required: what is said in red looks like a mistake</source>
        <translation>Erforderlich: Das rot Geschriebene sieht nach einem Fehler aus</translation>
    </message>
    <message>
        <source>This is PRODUCTION (profile {profile}): real money moves. Type the amount, {amount}, to confirm.</source>
        <translation>Dies ist PRODUKTION (Profil {profile}): Echtes Geld wird bewegt. Geben Sie zur Bestätigung den Betrag {amount} ein.</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real money moves. Type the amount, {amount}, to confirm.</source>
        <translation>Dies ist PRODUKTION: Echtes Geld wird bewegt. Geben Sie zur Bestätigung den Betrag {amount} ein.</translation>
    </message>
    <message>
        <source>Type the amount exactly as shown above to enable “{button}”.</source>
        <translation>Geben Sie den Betrag genau wie oben gezeigt ein, um „{button}“ freizuschalten.</translation>
    </message>
    <message>
        <source>Amount to confirm</source>
        <translation>Zu bestätigender Betrag</translation>
    </message>
    <message>
        <source>Copy the {what}</source>
        <translation>Kopieren: {what}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>10 Downing Street</source>
        <translation>Musterstraße 1</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>SW1A 2AA</source>
        <translation>10115</translation>
    </message>
    <message>
        <source>The customer&apos;s first name, as on their card.</source>
        <translation>Der Vorname des Kunden, wie auf seiner Karte.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name, as on their card.</source>
        <translation>Der Nachname des Kunden, wie auf seiner Karte.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street and number of the customer&apos;s address.</source>
        <translation>Straße und Hausnummer des Kunden.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>The customer&apos;s city.</source>
        <translation>Der Wohnort des Kunden.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal code, e.g. SW1A 2AA.</source>
        <translation>Die Postleitzahl des Kunden, z. B. 10115.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The customer&apos;s country (sent as its ISO code).</source>
        <translation>Das Land des Kunden (als ISO-Code gesendet).</translation>
    </message>
    <message>
        <source>International format: + then country code and number.</source>
        <translation>Internationales Format: + dann Ländervorwahl und Nummer.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Where the customer can be reached, e.g. name@example.com.</source>
        <translation>Wo der Kunde erreichbar ist, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>The customer&apos;s IP address; 127.0.0.1 when they are on the phone with you.</source>
        <translation>Die IP-Adresse des Kunden; 127.0.0.1, wenn er mit Ihnen telefoniert.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Checking the status with the gateway…</source>
        <translation>Status wird beim Gateway geprüft…</translation>
    </message>
    <message>
        <source>Following the status every {seconds} s…</source>
        <translation>Status wird alle {seconds} s verfolgt…</translation>
    </message>
    <message>
        <source>Not following; Lookup can check it later.</source>
        <translation>Nicht verfolgt; die Suche kann später prüfen.</translation>
    </message>
    <message>
        <source>Stopped following: {reason}</source>
        <translation>Verfolgen beendet: {reason}</translation>
    </message>
    <message>
        <source>Stopped following after 30 minutes; Lookup can check it later.</source>
        <translation>Verfolgen nach 30 Minuten beendet; die Suche kann später prüfen.</translation>
    </message>
    <message>
        <source>At most {limit} characters: what went beyond was not taken. Shorten it, or check it.</source>
        <translation>Höchstens {limit} Zeichen: Was darüber hinausging, wurde nicht übernommen. Kürzen oder prüfen Sie den Text.</translation>
    </message>
    <message>
        <source>Field error</source>
        <translation>Fehler im Feld</translation>
    </message>
    <message>
        <source>payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <source>Stop asking the gateway for the status (Lookup can ask again later)</source>
        <translation>Das Gateway nicht mehr nach dem Status fragen (die Suche kann später erneut fragen)</translation>
    </message>
    <message>
        <source>Payment link result</source>
        <translation>Ergebnis des Zahlungslinks</translation>
    </message>
    <message>
        <source>Card payment result</source>
        <translation>Ergebnis der Kartenzahlung</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Karte {card}</translation>
    </message>
    <message>
        <source>Link {link}</source>
        <translation>Link {link}</translation>
    </message>
    <message>
        <source>What the customer pays, in {currency}, e.g. {example}.</source>
        <translation>Was der Kunde zahlt, in {currency}, z. B. {example}.</translation>
    </message>
    <message>
        <source>e.g. Invoice 2024-117</source>
        <translation>z. B. Rechnung 2024-117</translation>
    </message>
    <message>
        <source>Keep the card for later charges (recurrent)</source>
        <translation>Karte für spätere Belastungen behalten (Folgezahlung)</translation>
    </message>
    <message>
        <source>Your reference for this payment; made up for you, change it if you like. Letters, digits, - _ . only; never used twice.</source>
        <translation>Ihre Referenz für diese Zahlung; für Sie erzeugt, Sie können sie ändern. Nur Buchstaben, Ziffern, - _ .; wird nie zweimal verwendet.</translation>
    </message>
    <message>
        <source>What the payment is for (optional).</source>
        <translation>Wofür die Zahlung ist (optional).</translation>
    </message>
    <message>
        <source>Your shop&apos;s web address, starting with https://.</source>
        <translation>Die Webadresse Ihres Shops, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Tick to allow charging this card again later from the Recurrent tab.</source>
        <translation>Ankreuzen, um diese Karte später im Reiter „Folgezahlungen“ erneut belasten zu können.</translation>
    </message>
    <message>
        <source>Success page</source>
        <translation>Erfolgsseite</translation>
    </message>
    <message>
        <source>Where the customer is sent after paying (optional).</source>
        <translation>Wohin der Kunde nach dem Bezahlen geleitet wird (optional).</translation>
    </message>
    <message>
        <source>Failure page</source>
        <translation>Fehlerseite</translation>
    </message>
    <message>
        <source>Where the customer is sent when the payment fails (optional).</source>
        <translation>Wohin der Kunde geleitet wird, wenn die Zahlung fehlschlägt (optional).</translation>
    </message>
    <message>
        <source>Your server&apos;s address the gateway notifies of status changes (optional; the desk itself follows the status by asking).</source>
        <translation>Die Adresse Ihres Servers, die das Gateway über Statusänderungen benachrichtigt (optional; der Desk verfolgt den Status selbst durch Nachfragen).</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>The status address of your site (optional).</source>
        <translation>Die Statusadresse Ihrer Website (optional).</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the payment page.</source>
        <translation>Mit der Handykamera scannen, um die Zahlungsseite zu öffnen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
</TS>
