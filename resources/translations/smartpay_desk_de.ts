<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>About SmartPay Desk</source>
        <translation>Über SmartPay Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SmartPay Desk {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;SmartPay Desk {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The back-office desk for SmartPayments merchants: look up, refund, capture, charge again, pay out, create payment links and export reports. Every money-moving action is journalled before it is sent.&lt;br&gt;&lt;br&gt;Files (journal, profiles, downloads): &lt;tt&gt;{data_dir}&lt;/tt&gt;&lt;br&gt;Secrets are kept in the system keyring only.</source>
        <translation>Der Back-Office-Arbeitsplatz für SmartPayments-Händler: suchen, erstatten, einziehen, erneut belasten, auszahlen, Zahlungslinks erstellen und Berichte exportieren. Jede Aktion, die Geld bewegt, wird im Journal festgehalten, bevor sie gesendet wird.&lt;br&gt;&lt;br&gt;Dateien (Journal, Profile, Downloads): &lt;tt&gt;{data_dir}&lt;/tt&gt;&lt;br&gt;Geheimnisse liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erstellt mit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>No profile yet: add one with Profiles….</source>
        <translation>Noch kein Profil: legen Sie eines unter Profile… an.</translation>
    </message>
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
        <source>{count} rows: {good} passed the check, {refused} refused (nothing is sent for those).</source>
        <translation>{count} Zeilen: {good} haben die Prüfung bestanden, {refused} abgelehnt (für diese wird nichts gesendet).</translation>
    </message>
    <message>
        <source>Total payouts: {total} of {available} available when checked.</source>
        <translation>Auszahlungen gesamt: {total} von {available}, die bei der Prüfung verfügbar waren.</translation>
    </message>
    <message>
        <source>Total refunds: {total} of {available} available when checked.</source>
        <translation>Erstattungen gesamt: {total} von {available}, die bei der Prüfung verfügbar waren.</translation>
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
        <source>being sent elsewhere</source>
        <translation>wird anderswo gesendet</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>{first}, {more}</source>
        <translation>{first}, {more}</translation>
    </message>
    <message>
        <source>{count} {outcome} ({amounts})</source>
        <translation>{count} {outcome} ({amounts})</translation>
    </message>
    <message>
        <source>{count} {outcome}</source>
        <translation>{count} {outcome}</translation>
    </message>
    <message>
        <source>{first}; {more}</source>
        <translation>{first}; {more}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>{sentence} The batch stopped: {reason}.</source>
        <translation>{sentence} Der Stapel wurde angehalten: {reason}.</translation>
    </message>
    <message>
        <source>{sentence} Send the file again to send it: rows already sent are never sent twice.</source>
        <translation>{sentence} Senden Sie die Datei erneut, um sie zu senden: Bereits gesendete Zeilen werden nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>{sentence} Send the file again later: this row is checked at the gateway first and never sent twice.</source>
        <translation>{sentence} Senden Sie die Datei später erneut: Diese Zeile wird zuerst beim Gateway geprüft und nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>{sentence} The gateway has not finished it yet; send the file again later: this row is checked at the gateway first and never sent twice.</source>
        <translation>{sentence} Das Gateway hat sie noch nicht abgeschlossen; senden Sie die Datei später erneut: Diese Zeile wird zuerst beim Gateway geprüft und nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>This desk may not write to {path}; choose another folder.</source>
        <translation>Dieser Desk darf nicht in {path} schreiben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}).</translation>
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
        <source>{message} ({title})</source>
        <translation>{message} ({title})</translation>
    </message>
    <message>
        <source>1 other call: reading the journal or asking the gateway</source>
        <translation>1 weiterer Aufruf: Journal lesen oder Gateway fragen</translation>
    </message>
    <message>
        <source>{count} other calls: reading the journal or asking the gateway</source>
        <translation>{count} weitere Aufrufe: Journal lesen oder Gateway fragen</translation>
    </message>
    <message>
        <source>Closing SmartPay Desk</source>
        <translation>SmartPay Desk wird geschlossen</translation>
    </message>
    <message>
        <source>What was sent stays sent: the journal knows about it. If you close now, the calls end on their own, and the desk checks whatever is still open with the gateway when it next starts.</source>
        <translation>Was gesendet wurde, bleibt gesendet: Das Journal weiß davon. Wenn Sie jetzt schließen, enden die Aufrufe von selbst, und der Desk prüft beim nächsten Start alles noch Offene beim Gateway.</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Jetzt schließen</translation>
    </message>
    <message>
        <source>Close without waiting; the calls end on their own</source>
        <translation>Ohne Warten schließen; die Aufrufe enden von selbst</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>The window closes by itself when the calls end</source>
        <translation>Das Fenster schließt sich von selbst, wenn die Aufrufe enden</translation>
    </message>
    <message>
        <source>Waiting for 1 call to end before closing:
{items}</source>
        <translation>Vor dem Schließen wird auf das Ende von 1 Aufruf gewartet:
{items}</translation>
    </message>
    <message>
        <source>Waiting for {count} calls to end before closing:
{items}</source>
        <translation>Vor dem Schließen wird auf das Ende von {count} Aufrufen gewartet:
{items}</translation>
    </message>
    <message>
        <source>Closing when the calls still running end…</source>
        <translation>Wird geschlossen, sobald die laufenden Aufrufe enden…</translation>
    </message>
    <message>
        <source>Acknowledge the journal&apos;s damage</source>
        <translation>Schaden am Journal bestätigen</translation>
    </message>
    <message>
        <source>Money-moving actions wait until a person acknowledges what the check found.
Say what you verified (for example: the gateway&apos;s report of the last days matches), in a few words:</source>
        <translation>Aktionen, die Geld bewegen, warten, bis eine Person bestätigt, was die Prüfung gefunden hat.
Sagen Sie in wenigen Worten, was Sie geprüft haben (zum Beispiel: Der Gateway-Bericht der letzten Tage stimmt überein):</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Journalprüfung</translation>
    </message>
    <message>
        <source>What the journal&apos;s check found</source>
        <translation>Was die Prüfung des Journals gefunden hat</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Record what you verified; money may move again once it is journalled</source>
        <translation>Halten Sie fest, was Sie geprüft haben; sobald es im Journal steht, darf wieder Geld bewegt werden</translation>
    </message>
    <message>
        <source>Keep the damaged file aside (nothing is deleted) and begin a new journal</source>
        <translation>Die beschädigte Datei beiseitelegen (nichts wird gelöscht) und ein neues Journal beginnen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice (it is shown again at the next start)</source>
        <translation>Diesen Hinweis ausblenden (er erscheint beim nächsten Start wieder)</translation>
    </message>
    <message>
        <source>Keeping the damaged journal aside and starting a new one…</source>
        <translation>Das beschädigte Journal wird beiseitegelegt und ein neues begonnen…</translation>
    </message>
    <message>
        <source>{news} Opening the profile {profile} again…</source>
        <translation>{news} Das Profil {profile} wird erneut geöffnet…</translation>
    </message>
    <message>
        <source>No new journal was started: {words}</source>
        <translation>Es wurde kein neues Journal begonnen: {words}</translation>
    </message>
    <message>
        <source>The acknowledgement was not recorded: {describe_error}</source>
        <translation>Die Bestätigung wurde nicht festgehalten: {describe_error}</translation>
    </message>
    <message>
        <source>Start a new journal…</source>
        <translation>Neues Journal beginnen…</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Neues Journal beginnen</translation>
    </message>
    <message>
        <source>The damaged file is moved aside, with a time stamp in its name, and kept exactly as it is; nothing is deleted. A new journal starts with your note as its first record.

Before you do: check what this desk sent lately against the gateway (its back office or a report), since the old journal cannot tell it any more. Say what you checked, in a few words (required):</source>
        <translation>Die beschädigte Datei wird mit einem Zeitstempel im Namen beiseitegelegt und genau so aufbewahrt, wie sie ist; nichts wird gelöscht. Ein neues Journal beginnt mit Ihrer Notiz als erstem Eintrag.

Vorher: Prüfen Sie, was dieser Desk zuletzt gesendet hat, beim Gateway (im Back Office oder in einem Bericht), denn das alte Journal kann es nicht mehr sagen. Sagen Sie in wenigen Worten, was Sie geprüft haben (Pflicht):</translation>
    </message>
    <message>
        <source>The journal cannot be read.</source>
        <translation>Das Journal kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{said} Nothing can be sent until there is a journal again; the file is left as it is. “{button}” keeps it aside (with a time stamp) and begins a new journal with your note.</source>
        <translation>{said} Bis wieder ein Journal vorhanden ist, kann nichts gesendet werden; die Datei bleibt, wie sie ist. „{button}“ legt sie (mit Zeitstempel) beiseite und beginnt ein neues Journal mit Ihrer Notiz.</translation>
    </message>
    <message>
        <source>There was no journal file at {path} to keep aside.</source>
        <translation>Unter {path} gab es keine Journaldatei zum Beiseitelegen.</translation>
    </message>
    <message>
        <source>{kept} A new journal was started at {path}, beginning with your note.</source>
        <translation>{kept} Unter {path} wurde ein neues Journal begonnen, mit Ihrer Notiz als Anfang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start a new journal?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neues Journal beginnen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. Gateway back office for the last 3 days matches what we sent</source>
        <translation>z. B. Das Gateway-Back-Office der letzten 3 Tage stimmt mit dem Gesendeten überein</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Was Sie geprüft haben</translation>
    </message>
    <message>
        <source>Needs your note of what you checked</source>
        <translation>Braucht Ihre Notiz, was Sie geprüft haben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Leave the journal as it is; nothing can be sent meanwhile</source>
        <translation>Das Journal so lassen; solange kann nichts gesendet werden</translation>
    </message>
    <message>
        <source>{what} of {amount}</source>
        <translation>{what} über {amount}</translation>
    </message>
    <message>
        <source>{what}, order {order_id}: {done}</source>
        <translation>{what}, Bestellung {order_id}: {done}</translation>
    </message>
    <message>
        <source>Journal checked: nothing was left in flight.</source>
        <translation>Journal geprüft: Nichts war mehr unterwegs.</translation>
    </message>
    <message>
        <source>
…and {count} more (see Activity).</source>
        <translation>
…und {count} weitere (siehe Aktivität).</translation>
    </message>
    <message>
        <source>{count} operation(s) of the profile {profile_name} were left in flight when the desk last stopped. Each was checked with the gateway; nothing was sent again.

{lines}{more}</source>
        <translation>{count} Vorgang/Vorgänge des Profils {profile_name} waren beim letzten Beenden des Desks noch unterwegs. Jeder wurde beim Gateway geprüft; nichts wurde erneut gesendet.

{lines}{more}</translation>
    </message>
    <message>
        <source>

Some need you to verify them by hand: see Activity.</source>
        <translation>

Einige müssen Sie von Hand prüfen: siehe Aktivität.</translation>
    </message>
    <message>
        <source>Journal checked: {count} operation(s) settled.</source>
        <translation>Journal geprüft: {count} Vorgang/Vorgänge geklärt.</translation>
    </message>
    <message>
        <source>Operations left in flight ({profile_name})</source>
        <translation>Noch unterwegs gewesene Vorgänge ({profile_name})</translation>
    </message>
    <message>
        <source>The journal could not be checked with the gateway: {words}</source>
        <translation>Das Journal konnte nicht beim Gateway geprüft werden: {words}</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <source>{title} ({key})</source>
        <translation>{title} ({key})</translation>
    </message>
    <message>
        <source>Some fields need attention (see the red notes); nothing was sent.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit (siehe die roten Hinweise); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Could not reach the gateway. Check the connection and try again.</source>
        <translation>Das Gateway war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time. Asking changes nothing: try again.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet. Fragen ändert nichts: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The gateway reported an internal error. Asking changes nothing: try again soon.</source>
        <translation>Das Gateway meldete einen internen Fehler. Fragen ändert nichts: Versuchen Sie es bald erneut.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read. Asking changes nothing: try again soon.</source>
        <translation>Die Antwort des Gateways konnte nicht gelesen werden. Fragen ändert nichts: Versuchen Sie es bald erneut.</translation>
    </message>
    <message>
        <source>No clear answer came back from the gateway. Asking changes nothing: try again.</source>
        <translation>Vom Gateway kam keine klare Antwort. Fragen ändert nichts: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refused before sending; nothing was sent.</source>
        <translation>Vor dem Senden abgelehnt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>This order id has already been used from this desk; nothing was sent. Use a new order id.</source>
        <translation>Diese Bestellnummer wurde von diesem Desk schon verwendet; nichts wurde gesendet. Verwenden Sie eine neue Bestellnummer.</translation>
    </message>
    <message>
        <source>{sentence}: {detail}.</source>
        <translation>{sentence}: {detail}.</translation>
    </message>
    <message>
        <source>Some fields of the profile need attention (see the red notes); nothing was saved.</source>
        <translation>Einige Felder des Profils brauchen Aufmerksamkeit (siehe die roten Hinweise); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>SmartPay Desk was not allowed to read or write a file there; choose another folder.</source>
        <translation>SmartPay Desk durfte dort keine Datei lesen oder schreiben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file could not be found; it may have been moved or deleted.</source>
        <translation>Die Datei wurde nicht gefunden; sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({reason}).</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Something went wrong inside SmartPay Desk: {name}.</source>
        <translation>In SmartPay Desk ist etwas schiefgegangen: {name}.</translation>
    </message>
    <message>
        <source>Something went wrong inside SmartPay Desk: {name}. Nothing more was sent.</source>
        <translation>In SmartPay Desk ist etwas schiefgegangen: {name}. Nichts weiter wurde gesendet.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your profiles; select one to edit it</source>
        <translation>Ihre Profile; wählen Sie eines zum Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Start a new profile (Test or Production gateway account)</source>
        <translation>Ein neues Profil anlegen (Test- oder Produktionskonto beim Gateway)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored secret</source>
        <translation>Das gewählte Profil und sein gespeichertes Geheimnis löschen</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the gateway for the payout balance with these settings (nothing is saved)</source>
        <translation>Mit diesen Einstellungen das Auszahlungsguthaben beim Gateway abfragen (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the profile (and its secret, into the keyring)</source>
        <translation>Das Profil speichern (und sein Geheimnis im Schlüsselbund)</translation>
    </message>
    <message>
        <source>{name}: {label} environment, account {account}</source>
        <translation>{name}: Umgebung {label}, Konto {account}</translation>
    </message>
    <message>
        <source>filled in when the desk starts</source>
        <translation>wird beim Start des Desks ausgefüllt</translation>
    </message>
    <message>
        <source>the documented test secret</source>
        <translation>das dokumentierte Test-Geheimnis</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Switch to another profile before deleting this one</source>
        <translation>Wechseln Sie zu einem anderen Profil, bevor Sie dieses löschen</translation>
    </message>
    <message>
        <source>Delete this profile and its secret</source>
        <translation>Dieses Profil und sein Geheimnis löschen</translation>
    </message>
    <message>
        <source>the secret the gateway gave you</source>
        <translation>das Geheimnis, das Ihnen das Gateway gegeben hat</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Enter the secret the gateway gave you.</source>
        <translation>Geben Sie das Geheimnis ein, das Ihnen das Gateway gegeben hat.</translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Ein Profil namens {name} gibt es bereits.</translation>
    </message>
    <message>
        <source>Some fields need attention (see the red notes); nothing was saved.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit (siehe die roten Hinweise); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Das Profil wird gespeichert…</translation>
    </message>
    <message>
        <source>Some fields need attention before the connection can be tested.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit, bevor die Verbindung getestet werden kann.</translation>
    </message>
    <message>
        <source>Asking the gateway for the payout balance…</source>
        <translation>Das Auszahlungsguthaben wird beim Gateway abgefragt…</translation>
    </message>
    <message>
        <source>Connected: the gateway answered; {payout} has {amount} available for payouts.</source>
        <translation>Verbunden: Das Gateway hat geantwortet; {payout} hat {amount} für Auszahlungen verfügbar.</translation>
    </message>
    <message>
        <source>Some fields need attention (see the red notes).</source>
        <translation>Einige Felder brauchen Aufmerksamkeit (siehe die roten Hinweise).</translation>
    </message>
    <message>
        <source>Deleting {name}…</source>
        <translation>{name} wird gelöscht…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile {name} and its stored secret? The journal keeps its history.</source>
        <translation>Das Profil {name} und sein gespeichertes Geheimnis löschen? Das Journal behält seinen Verlauf.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to {name} are not saved. Close and discard them?</source>
        <translation>Ihre Änderungen an {name} sind nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Shop EUR – production”.</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Shop EUR – Produktion“.</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Sandbox, Test or Production: decides the banner colour and whether every money-moving action asks you to type the amount.</source>
        <translation>Sandbox, Test oder Produktion: bestimmt die Bannerfarbe und ob jede Aktion, die Geld bewegt, Sie den Betrag eintippen lässt.</translation>
    </message>
    <message>
        <source>&amp;Gateway address</source>
        <translation>&amp;Gateway-Adresse</translation>
    </message>
    <message>
        <source>Base address for payments, checks, refunds.</source>
        <translation>Basisadresse für Zahlungen, Prüfungen, Erstattungen.</translation>
    </message>
    <message>
        <source>&amp;Card-data address</source>
        <translation>&amp;Kartendaten-Adresse</translation>
    </message>
    <message>
        <source>Base address for card payments and payouts (PCI).</source>
        <translation>Basisadresse für Kartenzahlungen und Auszahlungen (PCI).</translation>
    </message>
    <message>
        <source>&amp;Reports address</source>
        <translation>&amp;Berichte-Adresse</translation>
    </message>
    <message>
        <source>Base address of reports, ending in /aggregation-service.</source>
        <translation>Basisadresse der Berichte, endet auf /aggregation-service.</translation>
    </message>
    <message>
        <source>&amp;Merchant key</source>
        <translation>Händl&amp;erschlüssel</translation>
    </message>
    <message>
        <source>The merchant key the gateway gave you.</source>
        <translation>Der Händlerschlüssel, den Ihnen das Gateway gegeben hat.</translation>
    </message>
    <message>
        <source>Secre&amp;t</source>
        <translation>Geheimn&amp;is</translation>
    </message>
    <message>
        <source>The secret that goes with the merchant key. Kept only in the system keyring; leave empty to keep the one already stored.</source>
        <translation>Das Geheimnis zum Händlerschlüssel. Es liegt nur im Schlüsselbund des Systems; leer lassen, um das schon gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Payments account</source>
        <translation>&amp;Zahlungskonto</translation>
    </message>
    <message>
        <source>The merchant account payments go to, e.g. EUR-sandbox.</source>
        <translation>Das Händlerkonto, auf das Zahlungen gehen, z. B. EUR-sandbox.</translation>
    </message>
    <message>
        <source>Payout acco&amp;unt</source>
        <translation>&amp;Auszahlungskonto</translation>
    </message>
    <message>
        <source>The account payouts are paid from.</source>
        <translation>Das Konto, von dem Auszahlungen geleistet werden.</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>The accounts&apos; currency, three letters, e.g. EUR.</source>
        <translation>Die Währung der Konten, drei Buchstaben, z. B. EUR.</translation>
    </message>
    <message>
        <source>This profile runs the practice gateway inside the desk, on this computer: its addresses and the documented test secret are filled in for you.</source>
        <translation>Dieses Profil betreibt das Übungs-Gateway im Desk, auf diesem Computer: Seine Adressen und das dokumentierte Test-Geheimnis werden für Sie ausgefüllt.</translation>
    </message>
    <message>
        <source>Opening the profile {name}…</source>
        <translation>Das Profil {name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Now working on {profile_words}.</source>
        <translation>Jetzt wird mit {profile_words} gearbeitet.</translation>
    </message>
    <message>
        <source>The profile was not opened: it needs its secret.</source>
        <translation>Das Profil wurde nicht geöffnet: Es braucht sein Geheimnis.</translation>
    </message>
    <message>
        <source>its journal cannot be read (see above).</source>
        <translation>sein Journal kann nicht gelesen werden (siehe oben).</translation>
    </message>
    <message>
        <source>The profile could not be opened: {words}</source>
        <translation>Das Profil konnte nicht geöffnet werden: {words}</translation>
    </message>
    <message>
        <source>The program that served the practice gateway has closed; the desk now works on it at {url}.</source>
        <translation>Das Programm, das das Übungs-Gateway bereitstellte, wurde beendet; der Desk arbeitet jetzt unter {url} damit.</translation>
    </message>
    <message>
        <source>Resetting the practice gateway…</source>
        <translation>Das Übungs-Gateway wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Reset practice gateway</source>
        <translation>Übungs-Gateway zurücksetzen</translation>
    </message>
    <message>
        <source>The practice gateway did not answer; nothing was reset.</source>
        <translation>Das Übungs-Gateway hat nicht geantwortet; nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>The team journal&apos;s password was not kept: this computer has no system keyring the desk can use. Give it to libpq instead, in ~/.pgpass or PGPASSWORD, for {login}.</source>
        <translation>Das Passwort des Team-Journals wurde nicht gespeichert: Dieser Computer hat keinen Schlüsselbund, den der Desk nutzen kann. Geben Sie es stattdessen libpq, in ~/.pgpass oder PGPASSWORD, für {login}.</translation>
    </message>
    <message>
        <source>The team journal&apos;s password for {login} is in the system keyring.</source>
        <translation>Das Passwort des Team-Journals für {login} liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Team journal</source>
        <translation>Team-Journal</translation>
    </message>
    <message>
        <source>Leave empty to keep this desk&apos;s own journal. A team&apos;s shared journal on PostgreSQL: your own login, the server and the database. A password typed here goes to the system keyring, never into the profile.</source>
        <translation>Leer lassen, um das eigene Journal dieses Desks zu behalten. Ein gemeinsames Team-Journal auf PostgreSQL: Ihr eigener Login, der Server und die Datenbank. Ein hier eingetipptes Passwort kommt in den Schlüsselbund des Systems, nie ins Profil.</translation>
    </message>
    <message>
        <source>Team &amp;journal (optional)</source>
        <translation>Team-&amp;Journal (optional)</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>Qu&amp;ittung…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Save a receipt of this operation as a PDF, or print it</source>
        <translation>Eine Quittung dieses Vorgangs als PDF speichern oder drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Quittung speichern unter</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Quittung drucken</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>Die Quittung wird erstellt…</translation>
    </message>
    <message>
        <source>Saving the receipt…</source>
        <translation>Die Quittung wird gespeichert…</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Die Quittung wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Receipt saved as {path}.</source>
        <translation>Quittung gespeichert als {path}.</translation>
    </message>
    <message>
        <source>The receipt could not be saved: {reason}</source>
        <translation>Die Quittung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Only refunds, payouts, repeat charges and captures get a receipt.</source>
        <translation>Nur Erstattungen, Auszahlungen, Folgezahlungen und eingezogene Zahlungen erhalten eine Quittung.</translation>
    </message>
    <message>
        <source>Only an operation that succeeded gets a receipt, and this one has not.</source>
        <translation>Nur ein erfolgreicher Vorgang erhält eine Quittung, und dieser war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>This entry is not in the journal: there is nothing to make a receipt of.</source>
        <translation>Dieser Eintrag steht nicht im Journal: Es gibt nichts, worüber eine Quittung erstellt werden könnte.</translation>
    </message>
    <message>
        <source>The receipt could not be made: {reason}</source>
        <translation>Die Quittung konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>{what}, order {order}</source>
        <translation>{what}, Bestellnummer {order}</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (ISO, desk&apos;s zone)</source>
        <translation>Zeit (ISO, lokale Zeitzone)</translation>
    </message>
    <message>
        <source>Time (ISO, UTC)</source>
        <translation>Zeit (ISO, UTC)</translation>
    </message>
    <message>
        <source>Parent order</source>
        <translation>Ursprüngliche Bestellung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Betrag in Worten</translation>
    </message>
    <message>
        <source>Gateway&apos;s reference</source>
        <translation>Referenz des Gateways</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaleintrag</translation>
    </message>
    <message>
        <source>{entry}, event {event}</source>
        <translation>{entry}, Ereignis {event}</translation>
    </message>
    <message>
        <source>Chain hash</source>
        <translation>Ketten-Hash</translation>
    </message>
    <message>
        <source>Practice: no real money was moved.</source>
        <translation>Übung: Es wurde kein echtes Geld bewegt.</translation>
    </message>
    <message>
        <source>Check this receipt against the journal: smartpay verify-receipt FILE.pdf</source>
        <translation>Diese Quittung mit dem Journal abgleichen: smartpay verify-receipt DATEI.pdf</translation>
    </message>
    <message>
        <source>Receipt made {when} (UTC) by SmartPay Desk.</source>
        <translation>Quittung erstellt {when} (UTC) von SmartPay Desk.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Quittung über eine Erstattung</translation>
    </message>
    <message>
        <source>Payout receipt</source>
        <translation>Quittung über eine Auszahlung</translation>
    </message>
    <message>
        <source>Receipt for a captured payment</source>
        <translation>Quittung über eine eingezogene Zahlung</translation>
    </message>
    <message>
        <source>Receipt for a repeat charge</source>
        <translation>Quittung über eine Folgezahlung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>Telefon {number}</translation>
    </message>
    <message>
        <source>account {number}</source>
        <translation>Konto {number}</translation>
    </message>
    <message>
        <source>not known to this desk</source>
        <translation>hier nicht bekannt</translation>
    </message>
    <message>
        <source>The explanation was not kept. {said}</source>
        <translation>Die Erklärung wurde nicht festgehalten. {said}</translation>
    </message>
    <message>
        <source>{kind} {order_id}: {words}.</source>
        <translation>{kind} {order_id}: {words}.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Money concerned: {amount}.</source>
        <translation>Betroffener Betrag: {amount}.</translation>
    </message>
    <message>
        <source>Explain a difference</source>
        <translation>Eine Abweichung erklären</translation>
    </message>
    <message>
        <source>Why is it all right? The journal keeps your note with your name and the time, and the difference then no longer counts as open.</source>
        <translation>Warum ist es in Ordnung? Das Journal behält Ihre Notiz mit Ihrem Namen und der Uhrzeit, und die Abweichung gilt dann nicht mehr als offen.</translation>
    </message>
    <message>
        <source>e.g. paid by bank transfer instead, see ticket 4411</source>
        <translation>z. B. stattdessen per Überweisung bezahlt, siehe Ticket 4411</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>At most {count} characters: the journal keeps no more.</source>
        <translation>Höchstens {count} Zeichen: Mehr behält das Journal nicht.</translation>
    </message>
    <message>
        <source>Status mix</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <source>No rows to chart</source>
        <translation>Keine Zeilen für ein Diagramm</translation>
    </message>
    <message>
        <source>{word}: {share} of {total} rows</source>
        <translation>{word}: {share} von {total} Zeilen</translation>
    </message>
    <message>
        <source>Daily volume</source>
        <translation>Tagesvolumen</translation>
    </message>
    <message>
        <source>UTC days</source>
        <translation>UTC-Tage</translation>
    </message>
    <message>
        <source>local days</source>
        <translation>lokale Tage</translation>
    </message>
    <message>
        <source>Daily volume ({said})</source>
        <translation>Tagesvolumen ({said})</translation>
    </message>
    <message>
        <source>{title}: largest of {count} currencies</source>
        <translation>{title}: größte von {count} Währungen</translation>
    </message>
    <message>
        <source>No dated amounts to chart</source>
        <translation>Keine datierten Beträge für ein Diagramm</translation>
    </message>
    <message>
        <source>max {amount} a day</source>
        <translation>max. {amount} pro Tag</translation>
    </message>
    <message>
        <source>{day}{zone}: {amount} in {rows} rows</source>
        <translation>{day}{zone}: {amount} in {rows} Zeilen</translation>
    </message>
    <message>
        <source>Filter rows: order id, card, customer, error, amount…</source>
        <translation>Zeilen filtern: Bestellnummer, Karte, Kunde, Fehler, Betrag…</translation>
    </message>
    <message>
        <source>Shows only rows containing this text, as the cells show it (any column, case ignored)</source>
        <translation>Zeigt nur Zeilen mit diesem Text, so wie die Zellen ihn zeigen (jede Spalte, Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>Nur Zeilen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Show only rows of this transaction type</source>
        <translation>Nur Zeilen dieser Transaktionsart zeigen</translation>
    </message>
    <message>
        <source>Show rows created on or after this day (in the zone of “Times in”); “any” for no limit</source>
        <translation>Zeilen zeigen, die an oder nach diesem Tag erstellt wurden (in der Zone von „Zeiten in“); „beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>Show rows created on or before this day (in the zone of “Times in”); “any” for no limit</source>
        <translation>Zeilen zeigen, die an oder vor diesem Tag erstellt wurden (in der Zone von „Zeiten in“); „beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>E&amp;rstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Only diff&amp;erences</source>
        <translation>Nur Abwei&amp;chungen</translation>
    </message>
    <message>
        <source>Show only the rows the reconciliation with the journal marked</source>
        <translation>Nur die Zeilen zeigen, die der Abgleich mit dem Journal markiert hat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The spreadsheet reader could not be started; the file was not opened.</source>
        <translation>Das Leseprogramm für Tabellen konnte nicht gestartet werden; die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} has an unusual layout; it is being read the slow way.</source>
        <translation>{name} hat einen ungewöhnlichen Aufbau; sie wird auf dem langsamen Weg gelesen.</translation>
    </message>
    <message>
        <source>Only the first {count} rows could be read: the file is too large or damaged.</source>
        <translation>Nur die ersten {count} Zeilen konnten gelesen werden: Die Datei ist zu groß oder beschädigt.</translation>
    </message>
    <message>
        <source>{name} needs more memory than the viewer allows, or is damaged; it was not opened.</source>
        <translation>{name} braucht mehr Speicher, als der Betrachter erlaubt, oder ist beschädigt; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reconcile with journal</source>
        <translation>Mit Journal abgleichen</translation>
    </message>
    <message>
        <source>Match every row with what this desk&apos;s journal says it asked for, and mark the rows that differ</source>
        <translation>Jede Zeile mit dem abgleichen, was laut Journal dieses Desks angefragt wurde, und die abweichenden Zeilen markieren</translation>
    </message>
    <message>
        <source>Save the reconciliation as</source>
        <translation>Abgleich speichern unter</translation>
    </message>
    <message>
        <source>Open a profile first: there is no journal to reconcile the report with.</source>
        <translation>Öffnen Sie zuerst ein Profil: Es gibt kein Journal, mit dem der Bericht abgeglichen werden kann.</translation>
    </message>
    <message>
        <source>Select a marked row first: its difference is the one explained.</source>
        <translation>Wählen Sie zuerst eine markierte Zeile: Ihre Abweichung wird erklärt.</translation>
    </message>
    <message>
        <source>Explained: {order_id} ({note}).</source>
        <translation>Erklärt: {order_id} ({note}).</translation>
    </message>
    <message>
        <source>Explain again…</source>
        <translation>Erneut erklären…</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>Erklären…</translation>
    </message>
    <message>
        <source>Saving the reconciliation…</source>
        <translation>Der Abgleich wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>{name} in {parent} gespeichert.</translation>
    </message>
    <message>
        <source>{words} (explained)</source>
        <translation>{words} (erklärt)</translation>
    </message>
    <message>
        <source>{words}: {sentence}</source>
        <translation>{words}: {sentence}</translation>
    </message>
    <message>
        <source>{words}.</source>
        <translation>{words}.</translation>
    </message>
    <message>
        <source>status differs</source>
        <translation>Status weicht ab</translation>
    </message>
    <message>
        <source>amount differs</source>
        <translation>Betrag weicht ab</translation>
    </message>
    <message>
        <source>in the journal, not in the report</source>
        <translation>im Journal, nicht im Bericht</translation>
    </message>
    <message>
        <source>in the report, not in the journal</source>
        <translation>im Bericht, nicht im Journal</translation>
    </message>
    <message>
        <source>still open in the journal</source>
        <translation>im Journal noch offen</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status weicht ab</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Betrag weicht ab</translation>
    </message>
    <message>
        <source>In the journal, not in the report</source>
        <translation>Im Journal, nicht im Bericht</translation>
    </message>
    <message>
        <source>In the report, not in the journal</source>
        <translation>Im Bericht, nicht im Journal</translation>
    </message>
    <message>
        <source>Still open in the journal</source>
        <translation>Im Journal noch offen</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>{cls}: {count} ({unexplained} not explained), {amounts}</source>
        <translation>{cls}: {count} ({unexplained} nicht erklärt), {amounts}</translation>
    </message>
    <message>
        <source>the {kind} {order_id}</source>
        <translation>{kind} {order_id}</translation>
    </message>
    <message>
        <source>{minor} (minor units, no currency)</source>
        <translation>{minor} (kleinste Einheiten, keine Währung)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>{type} {order_id}</source>
        <translation>{type} {order_id}</translation>
    </message>
    <message>
        <source>The report lists the {what} again (row {row}); the journal has it once.</source>
        <translation>Der Bericht führt {what} erneut auf (Zeile {row}); im Journal steht der Vorgang einmal.</translation>
    </message>
    <message>
        <source>The report has the {what} ({amount}, {status}), which this journal did not make: made elsewhere (the website, another system).</source>
        <translation>Im Bericht steht {what} ({amount}, {status}), was dieses Journal nicht ausgeführt hat: anderswo ausgeführt (die Website, ein anderes System).</translation>
    </message>
    <message>
        <source>The journal has {what} ({amount}, {state}), which the report should list as {expected} and does not: the gateway may not have it.</source>
        <translation>Im Journal steht {what} ({amount}, {state}), was der Bericht als {expected} aufführen sollte, aber nicht tut: Das Gateway hat den Vorgang vielleicht nicht.</translation>
    </message>
    <message>
        <source>The journal still has {what} open ({state}); the report says {status}.</source>
        <translation>Im Journal ist {what} noch offen ({state}); der Bericht sagt {status}.</translation>
    </message>
    <message>
        <source>The journal says {what} {state} (authorized, not captured); the gateway&apos;s report says {status}.</source>
        <translation>Laut Journal ist {what} {state} (autorisiert, nicht eingezogen); der Bericht des Gateways sagt {status}.</translation>
    </message>
    <message>
        <source>The journal says {what} {state}; the gateway&apos;s report says {status}.</source>
        <translation>Laut Journal ist {what} {state}; der Bericht des Gateways sagt {status}.</translation>
    </message>
    <message>
        <source>The journal has {what} for {amount}; the report has {reported}.</source>
        <translation>Im Journal steht {what} über {amount}; im Bericht steht {reported}.</translation>
    </message>
    <message>
        <source>{sentence}
{explained}</source>
        <translation>{sentence}
{explained}</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Write why the selected row&apos;s difference is all right (the journal keeps it)</source>
        <translation>Schreiben Sie, warum die Abweichung der gewählten Zeile in Ordnung ist (das Journal behält es)</translation>
    </message>
    <message>
        <source>Export reconciliation…</source>
        <translation>Abgleich exportieren…</translation>
    </message>
    <message>
        <source>Save every difference, its sentence and its explanation as an Excel workbook</source>
        <translation>Jede Abweichung mit ihrem Satz und ihrer Erklärung als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Reconciling the report with the journal…</source>
        <translation>Der Bericht wird mit dem Journal abgeglichen…</translation>
    </message>
    <message>
        <source>nothing differs.</source>
        <translation>nichts weicht ab.</translation>
    </message>
    <message>
        <source>1 difference, {still} not explained.</source>
        <translation>1 Abweichung, {still} nicht erklärt.</translation>
    </message>
    <message>
        <source>{found} differences, {still} not explained.</source>
        <translation>{found} Abweichungen, {still} nicht erklärt.</translation>
    </message>
    <message>
        <source>Reconciled with the journal: {rows} rows, {matched} agree; {outcome}</source>
        <translation>Mit dem Journal abgeglichen: {rows} Zeilen, {matched} stimmen überein; {outcome}</translation>
    </message>
    <message>
        <source>What the report covers: {words}</source>
        <translation>Was der Bericht umfasst: {words}</translation>
    </message>
    <message>
        <source>What the report covers: {words}.</source>
        <translation>Was der Bericht umfasst: {words}.</translation>
    </message>
    <message>
        <source>{count} of the journal&apos;s operations have no row in the report: explain them in Needs attention.</source>
        <translation>{count} Vorgänge des Journals haben keine Zeile im Bericht: Erklären Sie sie unter Prüfung nötig.</translation>
    </message>
    <message>
        <source>{kind} (made elsewhere)</source>
        <translation>{kind} (anderswo ausgeführt)</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <source>{count} operations</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>{count} not explained</source>
        <translation>{count} nicht erklärt</translation>
    </message>
    <message>
        <source>all explained</source>
        <translation>alle erklärt</translation>
    </message>
    <message>
        <source>Row {number}: {cells}</source>
        <translation>Zeile {number}: {cells}</translation>
    </message>
    <message>
        <source>Sheet title</source>
        <translation>Titel des Blatts</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Show another worksheet of this workbook (the visible worksheets; hidden sheets and charts are not listed)</source>
        <translation>Ein anderes Arbeitsblatt dieser Mappe zeigen (die sichtbaren Arbeitsblätter; ausgeblendete Blätter und Diagramme stehen nicht in der Liste)</translation>
    </message>
    <message>
        <source>Header &amp;row</source>
        <translation>&amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The row that holds the column names; the rows above it are the sheet&apos;s title. “No header row”: every row is data, the columns named A, B, C…</source>
        <translation>Die Zeile mit den Spaltennamen; die Zeilen darüber sind der Titel des Blatts. „Keine Kopfzeile“: Jede Zeile ist Daten, die Spalten heißen A, B, C…</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Every row is data</source>
        <translation>Jede Zeile ist Daten</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
    <message>
        <source>{title}

(The sheet&apos;s title: {where}, above its header row)</source>
        <translation>{title}

(Der Titel des Blatts: {where}, über seiner Kopfzeile)</translation>
    </message>
    <message>
        <source>Open in spreadsheet application</source>
        <translation>In Tabellenkalkulation öffnen</translation>
    </message>
    <message>
        <source>Open this file in Excel, LibreOffice or whatever this computer uses for .xlsx</source>
        <translation>Diese Datei in Excel, LibreOffice oder dem Programm öffnen, das dieser Computer für .xlsx nutzt</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Zeilen des Berichts</translation>
    </message>
    <message>
        <source>Totals of the rows shown</source>
        <translation>Summen der gezeigten Zeilen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No amounts in the rows shown.</source>
        <translation>Keine Beträge in den gezeigten Zeilen.</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>Kein Bericht geöffnet</translation>
    </message>
    <message>
        <source>Export a report from the gateway, or open an .xlsx file from disk.</source>
        <translation>Exportieren Sie einen Bericht vom Gateway oder öffnen Sie eine .xlsx-Datei vom Datenträger.</translation>
    </message>
    <message>
        <source>Your saved views of reports: filters, sort and columns (kept for you on this computer; the one chosen is put on every report opened)</source>
        <translation>Ihre gespeicherten Ansichten von Berichten: Filter, Sortierung und Spalten (für Sie auf diesem Computer gespeichert; die gewählte gilt für jeden geöffneten Bericht)</translation>
    </message>
    <message>
        <source>Save exactly the rows and columns shown, in their order, as the table shows them (times in the zone chosen)</source>
        <translation>Genau die gezeigten Zeilen und Spalten speichern, in ihrer Reihenfolge, so wie die Tabelle sie zeigt (Zeiten in der gewählten Zone)</translation>
    </message>
    <message>
        <source>Export this view as</source>
        <translation>Diese Ansicht exportieren als</translation>
    </message>
    <message>
        <source>Open a report and let it be read first: then its view can be exported.</source>
        <translation>Öffnen Sie einen Bericht und lassen Sie ihn erst lesen: Dann kann seine Ansicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exporting the row shown…</source>
        <translation>Die gezeigte Zeile wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the {count} rows shown…</source>
        <translation>Die {count} gezeigten Zeilen werden exportiert…</translation>
    </message>
    <message>
        <source>Exported the row shown to {written}.</source>
        <translation>Die gezeigte Zeile wurde nach {written} exportiert.</translation>
    </message>
    <message>
        <source>Exported the {count} rows shown to {written}.</source>
        <translation>Die {count} gezeigten Zeilen wurden nach {written} exportiert.</translation>
    </message>
    <message>
        <source>The view was not exported. {said}</source>
        <translation>Die Ansicht wurde nicht exportiert. {said}</translation>
    </message>
    <message>
        <source>{count} of {total} rows</source>
        <translation>{count} von {total} Zeilen</translation>
    </message>
    <message>
        <source>Reading… {rows}</source>
        <translation>Wird gelesen… {rows}</translation>
    </message>
    <message>
        <source>Total of the row shown: {parts}</source>
        <translation>Summe der gezeigten Zeile: {parts}</translation>
    </message>
    <message>
        <source>Total of the {count} rows shown: {parts}</source>
        <translation>Summe der {count} gezeigten Zeilen: {parts}</translation>
    </message>
    <message>
        <source>{header} (in the row&apos;s currency): click to sort</source>
        <translation>{header} (in der Währung der Zeile): zum Sortieren klicken</translation>
    </message>
    <message>
        <source>this computer’s local time</source>
        <translation>Ortszeit dieses Computers</translation>
    </message>
    <message>
        <source>{header} ({zone}): click to sort</source>
        <translation>{header} ({zone}): zum Sortieren klicken</translation>
    </message>
    <message>
        <source>{header}: click to sort</source>
        <translation>{header}: zum Sortieren klicken</translation>
    </message>
    <message>
        <source>What the reconciliation with the journal found for the row: click to sort</source>
        <translation>Was der Abgleich mit dem Journal für die Zeile gefunden hat: zum Sortieren klicken</translation>
    </message>
    <message>
        <source>Error in the file: {text}</source>
        <translation>Fehler in der Datei: {text}</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Ans&amp;icht</translation>
    </message>
    <message>
        <source>Your saved views of this table: filters, sort and columns (kept for you on this computer)</source>
        <translation>Ihre gespeicherten Ansichten dieser Tabelle: Filter, Sortierung und Spalten (für Sie auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep the filters, sort and columns shown under a name</source>
        <translation>Die gezeigten Filter, Sortierung und Spalten unter einem Namen behalten</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Forget the view chosen (nothing else is touched)</source>
        <translation>Die gewählte Ansicht vergessen (sonst wird nichts angetastet)</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Zeiten in</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>The time zone times are shown and exported in, everywhere in the desk; each time says its zone</source>
        <translation>Die Zeitzone, in der Zeiten überall im Desk gezeigt und exportiert werden; jede Zeit nennt ihre Zone</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Diese Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Save exactly the rows and columns shown, in their order</source>
        <translation>Genau die gezeigten Zeilen und Spalten speichern, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Diese Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>As it comes</source>
        <translation>Wie geliefert</translation>
    </message>
    <message>
        <source>View “{name}” saved: its filters, sort and columns.</source>
        <translation>Ansicht „{name}“ gespeichert: ihre Filter, Sortierung und Spalten.</translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation>Ansicht „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Your views could not be kept: {said}</source>
        <translation>Ihre Ansichten konnten nicht gespeichert werden: {said}</translation>
    </message>
    <message>
        <source>Secret needed</source>
        <translation>Geheimnis nötig</translation>
    </message>
    <message>
        <source>No secret is stored for the profile {profile_name}.
Type the secret that goes with its merchant key:</source>
        <translation>Für das Profil {profile_name} ist kein Geheimnis gespeichert.
Tippen Sie das Geheimnis zu seinem Händlerschlüssel ein:</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Authorize &amp; capture</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>Folgezahlungen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>Das Journal erneut lesen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as an Excel workbook or a CSV file</source>
        <translation>Die gezeigten Einträge als Excel-Arbeitsmappe oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>Die Aktivität exportieren</translation>
    </message>
    <message>
        <source>Open a profile to see its activity.</source>
        <translation>Öffnen Sie ein Profil, um seine Aktivität zu sehen.</translation>
    </message>
    <message>
        <source> (the newest {limit}; narrow the filters to see older ones)</source>
        <translation> (die neuesten {limit}; grenzen Sie die Filter ein, um ältere zu sehen)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>No entry to show: nothing matches the filters.</source>
        <translation>Kein Eintrag zu zeigen: Nichts passt zu den Filtern.</translation>
    </message>
    <message>
        <source>made (succeeded)</source>
        <translation>ausgeführt (erfolgreich)</translation>
    </message>
    <message>
        <source>not made (failed)</source>
        <translation>nicht ausgeführt (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Recorded: entry {id} (order {order_id}) marked as {verdict} by {who}; its order is free again.</source>
        <translation>Festgehalten: Eintrag {id} (Bestellung {order_id}) von {who} als {verdict} markiert; seine Bestellung ist wieder frei.</translation>
    </message>
    <message>
        <source>Exporting {count} entries…</source>
        <translation>{count} Einträge werden exportiert…</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation>{count} Einträge nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>No entry to show yet.</source>
        <translation>Noch kein Eintrag zum Anzeigen.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>One row for each step: time, state, note</source>
        <translation>Eine Zeile je Schritt: Zeit, Status, Notiz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was sent and what came back, for the selected event</source>
        <translation>Was beim ausgewählten Ereignis gesendet wurde und zurückkam</translation>
    </message>
    <message>
        <source>Secrets and card numbers are never stored: what you see is all the journal holds</source>
        <translation>Geheimnisse und Kartennummern werden nie gespeichert: Was Sie sehen, ist alles, was das Journal enthält</translation>
    </message>
    <message>
        <source>What was sent and what came back</source>
        <translation>Was gesendet wurde und zurückkam</translation>
    </message>
    <message>
        <source>{kind} · {order}</source>
        <translation>{kind} · {order}</translation>
    </message>
    <message>
        <source>{profile} ({environment})</source>
        <translation>{profile} ({environment})</translation>
    </message>
    <message>
        <source>Sent (empty fields left out):</source>
        <translation>Gesendet (leere Felder ausgelassen):</translation>
    </message>
    <message>
        <source>Came back (empty fields left out):</source>
        <translation>Zurückgekommen (leere Felder ausgelassen):</translation>
    </message>
    <message>
        <source>Nothing was sent or received at this step.</source>
        <translation>Bei diesem Schritt wurde nichts gesendet oder empfangen.</translation>
    </message>
    <message>
        <source>Order id, customer, destination, operator or note</source>
        <translation>Bestellnummer, Kunde, Ziel, Bearbeiter oder Notiz</translation>
    </message>
    <message>
        <source>Show only entries whose order id, destination, operator or note contains this, or whose customer&apos;s name, e-mail or card holder does</source>
        <translation>Nur Einträge zeigen, deren Bestellnummer, Ziel, Bearbeiter oder Notiz dies enthält, oder deren Kundenname, E-Mail oder Karteninhaber</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Show only entries in this state</source>
        <translation>Nur Einträge in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>Show only this kind of operation</source>
        <translation>Nur diese Art von Vorgang zeigen</translation>
    </message>
    <message>
        <source>Entries made on or after this day (in the zone of “Times in”); “any” for no limit</source>
        <translation>Einträge an oder nach diesem Tag (in der Zone von „Zeiten in“); „beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>Entries made on or before this day (in the zone of “Times in”); “any” for no limit</source>
        <translation>Einträge an oder vor diesem Tag (in der Zone von „Zeiten in“); „beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>&amp;All profiles</source>
        <translation>Alle Pro&amp;file</translation>
    </message>
    <message>
        <source>Show the entries of every profile on this computer, not only the open one</source>
        <translation>Die Einträge aller Profile auf diesem Computer zeigen, nicht nur die des geöffneten</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Cancel authorization</source>
        <translation>Autorisierung aufheben</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Recurrent charge</source>
        <translation>Folgezahlung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Parent order id</source>
        <translation>Ursprüngliche Bestellnummer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>the {what} (entry {id}, order {order_id})</source>
        <translation>{what} (Eintrag {id}, Bestellung {order_id})</translation>
    </message>
    <message>
        <source>This entry waits for you to verify it</source>
        <translation>Dieser Eintrag wartet auf Ihre Prüfung</translation>
    </message>
    <message>
        <source>e.g. Seen in the gateway&apos;s back office on 12 May: refund paid, ref. R-1234</source>
        <translation>z. B. Am 12. Mai im Back Office des Gateways gesehen: Erstattung bezahlt, Ref. R-1234</translation>
    </message>
    <message>
        <source>What you verified</source>
        <translation>Was Sie geprüft haben</translation>
    </message>
    <message>
        <source>Required: where you checked and what it showed. It is kept in the journal.</source>
        <translation>Pflicht: wo Sie geprüft haben und was es zeigte. Es bleibt im Journal.</translation>
    </message>
    <message>
        <source>What you verifi&amp;ed</source>
        <translation>&amp;Was Sie geprüft haben</translation>
    </message>
    <message>
        <source>Mark as {verdict}…</source>
        <translation>Als {verdict} markieren…</translation>
    </message>
    <message>
        <source>It happened: record it as succeeded (asks to confirm) (Alt+M)</source>
        <translation>Es ist geschehen: als erfolgreich festhalten (fragt nach) (Alt+M)</translation>
    </message>
    <message>
        <source>It did not happen: record it as failed (asks to confirm) (Alt+N)</source>
        <translation>Es ist nicht geschehen: als fehlgeschlagen festhalten (fragt nach) (Alt+N)</translation>
    </message>
    <message>
        <source>The desk could not learn whether {entry} happened: {why}. Look for it in a Refund report, the gateway&apos;s back office or the bank statement, then record what you found. The order stays held until you do.</source>
        <translation>Der Desk konnte nicht erfahren, ob {entry} geschehen ist: {why}. Suchen Sie sie im Erstattungsbericht, im Back Office des Gateways oder auf dem Kontoauszug und halten Sie dann fest, was Sie gefunden haben. Bis dahin bleibt die Bestellung gesperrt.</translation>
    </message>
    <message>
        <source>no answer came</source>
        <translation>es kam keine Antwort</translation>
    </message>
    <message>
        <source>The desk could not learn whether {entry} happened. {why}. Check it (the gateway&apos;s back office, the bank statement), then record what you found. The order stays held until you do.</source>
        <translation>Der Desk konnte nicht erfahren, ob {entry} geschehen ist. {why}. Prüfen Sie es (Back Office des Gateways, Kontoauszug) und halten Sie dann fest, was Sie gefunden haben. Bis dahin bleibt die Bestellung gesperrt.</translation>
    </message>
    <message>
        <source>Write what you verified (where, and what it showed): it goes into the journal with your name.</source>
        <translation>Schreiben Sie, was Sie geprüft haben (wo, und was es zeigte): Es kommt mit Ihrem Namen ins Journal.</translation>
    </message>
    <message>
        <source>This entry is the profile {profile}&apos;s: open that profile to settle it.</source>
        <translation>Dieser Eintrag gehört zum Profil {profile}: Öffnen Sie dieses Profil, um ihn zu klären.</translation>
    </message>
    <message>
        <source>Entry {id}: {what}, order {order_id}</source>
        <translation>Eintrag {id}: {what}, Bestellung {order_id}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Betrag: {amount}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Your verdict: {verdict}</source>
        <translation>Ihr Urteil: {verdict}</translation>
    </message>
    <message>
        <source>What you verified: {note}</source>
        <translation>Was Sie geprüft haben: {note}</translation>
    </message>
    <message>
        <source>It goes into the journal as said by {operator}, now; it cannot be changed later.</source>
        <translation>Es kommt jetzt als Aussage von {operator} ins Journal; es kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Mark the {what} as {verdict}?</source>
        <translation>{what} als {verdict} markieren?</translation>
    </message>
    <message>
        <source>The profile changed while you were confirming; nothing was recorded.</source>
        <translation>Das Profil hat sich während Ihrer Bestätigung geändert; nichts wurde festgehalten.</translation>
    </message>
    <message>
        <source>Recording your verdict in the journal…</source>
        <translation>Ihr Urteil wird im Journal festgehalten…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <source>Exporting the {count} entries shown…</source>
        <translation>Die {count} gezeigten Einträge werden exportiert…</translation>
    </message>
    <message>
        <source>Exported the {count} entries shown to {written}.</source>
        <translation>Die {count} gezeigten Einträge wurden nach {written} exportiert.</translation>
    </message>
    <message>
        <source>Open request {request}</source>
        <translation>Anfrage {request} öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;This profile keeps its own journal on this computer, so no other person can approve its payouts and refunds. A team shares one journal on PostgreSQL, and payouts and refunds from an amount the team sets wait here for a second person:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The database owner creates it, once:&lt;br&gt;&lt;code&gt;smartpay team init --journal postgresql://owner@host:5432/smartpay&lt;/code&gt;&lt;br&gt;and gives each clerk a login of their own (an approver is granted &lt;code&gt;smartpay_approver&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Profiles…&lt;/b&gt;, set &lt;b&gt;Team journal&lt;/b&gt; to your own login&apos;s address, e.g.&lt;br&gt;&lt;code&gt;postgresql://your-login@host:5432/smartpay&lt;/code&gt;&lt;/li&gt;&lt;li&gt;An approver sets the amount from which a second person must approve, e.g.&lt;br&gt;&lt;code&gt;smartpay team policy --approval-above 500 --currency EUR&lt;/code&gt;&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Dieses Profil führt sein eigenes Journal auf diesem Computer, daher kann keine andere Person seine Auszahlungen und Erstattungen freigeben. Ein Team teilt sich ein Journal auf PostgreSQL, und Auszahlungen und Erstattungen ab einem vom Team festgelegten Betrag warten hier auf eine zweite Person (Vier-Augen-Prinzip):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Der Eigentümer der Datenbank legt sie einmal an:&lt;br&gt;&lt;code&gt;smartpay team init --journal postgresql://owner@host:5432/smartpay&lt;/code&gt;&lt;br&gt;und gibt jedem Sachbearbeiter einen eigenen Login (wer freigibt, erhält &lt;code&gt;smartpay_approver&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;Setzen Sie unter &lt;b&gt;Profile…&lt;/b&gt; das &lt;b&gt;Team-Journal&lt;/b&gt; auf die Adresse Ihres eigenen Logins, z. B.&lt;br&gt;&lt;code&gt;postgresql://your-login@host:5432/smartpay&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Wer freigibt, legt den Betrag fest, ab dem eine zweite Person freigeben muss, z. B.&lt;br&gt;&lt;code&gt;smartpay team policy --approval-above 500 --currency EUR&lt;/code&gt;&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Approvals need a team journal</source>
        <translation>Freigaben brauchen ein Team-Journal</translation>
    </message>
    <message>
        <source>Waiting and approved</source>
        <translation>Wartend und freigegeben</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Open requests only, or also those rejected, expired or sent</source>
        <translation>Nur offene Anfragen, oder auch abgelehnte, abgelaufene oder gesendete</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Read the team&apos;s requests again (they also come by themselves)</source>
        <translation>Die Anfragen des Teams erneut lesen (sie kommen auch von selbst)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Se&amp;nd approved…</source>
        <translation>Freigegebene &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Approve and send…</source>
        <translation>&amp;Freigeben und senden…</translation>
    </message>
    <message>
        <source>Open a profile to see its team&apos;s requests.</source>
        <translation>Öffnen Sie ein Profil, um die Anfragen seines Teams zu sehen.</translation>
    </message>
    <message>
        <source>The team&apos;s requests could not be read{said}; what is shown may be out of date.</source>
        <translation>Die Anfragen des Teams konnten nicht gelesen werden{said}; das Gezeigte ist vielleicht veraltet.</translation>
    </message>
    <message>
        <source>Choose a request in the list to decide it.</source>
        <translation>Wählen Sie eine Anfrage in der Liste, um über sie zu entscheiden.</translation>
    </message>
    <message>
        <source>No request waits: payouts and refunds the team&apos;s policy holds appear here as they are asked.</source>
        <translation>Keine Anfrage wartet: Auszahlungen und Erstattungen, die die Regel des Teams zurückhält, erscheinen hier, sobald sie angefragt werden.</translation>
    </message>
    <message>
        <source>Approve it and send it from this desk at once (Alt+A)</source>
        <translation>Freigeben und sofort von diesem Desk senden (Alt+F)</translation>
    </message>
    <message>
        <source>Reject it, with a reason the requester reads (Alt+J)</source>
        <translation>Ablehnen, mit einem Grund, den die anfragende Person liest (Alt+L)</translation>
    </message>
    <message>
        <source>Send it from this desk: it was approved (Alt+N)</source>
        <translation>Von diesem Desk senden: Sie wurde freigegeben (Alt+S)</translation>
    </message>
    <message>
        <source>Request {id} waits for your decision: approving sends it from this desk.</source>
        <translation>Anfrage {id} wartet auf Ihre Entscheidung: Freigeben sendet sie von diesem Desk.</translation>
    </message>
    <message>
        <source>Approvals live in a team journal; this profile keeps its own journal.</source>
        <translation>Freigaben gibt es in einem Team-Journal; dieses Profil führt sein eigenes Journal.</translation>
    </message>
    <message>
        <source>MM/YY (optional)</source>
        <translation>MM/JJ (optional)</translation>
    </message>
    <message>
        <source>The recipient&apos;s card number, read from what the requester holds. Never stored.</source>
        <translation>Die Kartennummer des Empfängers, abgelesen von dem, was die anfragende Person hat. Nie gespeichert.</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>As on the card, MM/YY.</source>
        <translation>Wie auf der Karte, MM/JJ.</translation>
    </message>
    <message>
        <source>The team journal never holds a card number: type the number of {destination} again to send it. It must be the card that was approved.</source>
        <translation>Das Team-Journal enthält nie eine Kartennummer: Tippen Sie die Nummer von {destination} erneut ein, um zu senden. Es muss die freigegebene Karte sein.</translation>
    </message>
    <message>
        <source>e.g. the invoice does not match</source>
        <translation>z. B. die Rechnung passt nicht</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Required: the requester and the journal keep it.</source>
        <translation>Pflicht: Die anfragende Person und das Journal behalten ihn.</translation>
    </message>
    <message>
        <source>Re&amp;ject the request</source>
        <translation>Anfrage ab&amp;lehnen</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation>&amp;Warten lassen</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht einen Grund.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Freigegeben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refund of order {order_id}</source>
        <translation>Erstattung der Bestellung {order_id}</translation>
    </message>
    <message>
        <source>Payout, order {order_id}</source>
        <translation>Auszahlung, Bestellung {order_id}</translation>
    </message>
    <message>
        <source>{kind}, order {order_id}</source>
        <translation>{kind}, Bestellung {order_id}</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>eine andere Person</translation>
    </message>
    <message>
        <source>Request {n} expired at {when}: nothing can be sent from it; ask again.</source>
        <translation>Anfrage {n} ist am {when} abgelaufen: Daraus kann nichts gesendet werden; fragen Sie erneut an.</translation>
    </message>
    <message>
        <source>Another person must approve your own request.</source>
        <translation>Ihre eigene Anfrage muss eine andere Person freigeben.</translation>
    </message>
    <message>
        <source>Another person must decide your own request.</source>
        <translation>Über Ihre eigene Anfrage muss eine andere Person entscheiden.</translation>
    </message>
    <message>
        <source>Request {n} is waiting for a decision: it is sent once approved.</source>
        <translation>Anfrage {n} wartet auf eine Entscheidung: Sie wird nach der Freigabe gesendet.</translation>
    </message>
    <message>
        <source>Request {n} was approved by {decider} already.</source>
        <translation>Anfrage {n} wurde bereits von {decider} freigegeben.</translation>
    </message>
    <message>
        <source>Request {n} was approved by {decider} already: send it with “Send approved…”.</source>
        <translation>Anfrage {n} wurde bereits von {decider} freigegeben: Senden Sie sie mit „Freigegebene senden…“.</translation>
    </message>
    <message>
        <source>Request {n} was rejected by {decider}: {note}.</source>
        <translation>Anfrage {n} wurde von {decider} abgelehnt: {note}.</translation>
    </message>
    <message>
        <source>Request {n} was rejected by {decider}.</source>
        <translation>Anfrage {n} wurde von {decider} abgelehnt.</translation>
    </message>
    <message>
        <source>Request {n} was sent already (approved by {decider}); see Activity for its outcome.</source>
        <translation>Anfrage {n} wurde bereits gesendet (freigegeben von {decider}); ihr Ergebnis steht unter Aktivität.</translation>
    </message>
    <message>
        <source>Request {n} expired: nothing was sent from it; ask again with a new request.</source>
        <translation>Anfrage {n} ist abgelaufen: Daraus wurde nichts gesendet; fragen Sie mit einer neuen Anfrage erneut an.</translation>
    </message>
    <message>
        <source>Request {n} is {state}.</source>
        <translation>Anfrage {n} ist {state}.</translation>
    </message>
    <message>
        <source>{decided_by}: {note}</source>
        <translation>{decided_by}: {note}</translation>
    </message>
    <message>
        <source>{amount} (set by {set_by})</source>
        <translation>{amount} (festgelegt von {set_by})</translation>
    </message>
    <message>
        <source>You are {login} on the team journal {where}.</source>
        <translation>Sie sind {login} im Team-Journal {where}.</translation>
    </message>
    <message>
        <source>The team has set no amount that needs a second person: nothing waits for approval. {you}</source>
        <translation>Das Team hat keinen Betrag festgelegt, der eine zweite Person braucht: Nichts wartet auf Freigabe. {you}</translation>
    </message>
    <message>
        <source>Payouts and refunds from {amounts} need another person&apos;s approval. {you}</source>
        <translation>Auszahlungen und Erstattungen ab {amounts} brauchen die Freigabe einer anderen Person. {you}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Request {id}: asked by {who} on {when}</source>
        <translation>Anfrage {id}: angefragt von {who} am {when}</translation>
    </message>
    <message>
        <source>{what}: {amount}</source>
        <translation>{what}: {amount}</translation>
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
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Environment: {environment}</source>
        <translation>Umgebung: {environment}</translation>
    </message>
    <message>
        <source>Approve and send this {kind}?</source>
        <translation>Diese {kind} freigeben und senden?</translation>
    </message>
    <message>
        <source>Approve and send {amount}</source>
        <translation>{amount} freigeben und senden</translation>
    </message>
    <message>
        <source>Don&apos;t approve</source>
        <translation>Nicht freigeben</translation>
    </message>
    <message>
        <source>Request {id} was not approved; it still waits.</source>
        <translation>Anfrage {id} wurde nicht freigegeben; sie wartet weiter.</translation>
    </message>
    <message>
        <source>Approving request {id} and sending {amount}…</source>
        <translation>Anfrage {id} wird freigegeben und {amount} gesendet…</translation>
    </message>
    <message>
        <source>Not approved: {server}</source>
        <translation>Nicht freigegeben: {server}</translation>
    </message>
    <message>
        <source>Request {id} is approved; before it is sent, one question.</source>
        <translation>Anfrage {id} ist freigegeben; vor dem Senden noch eine Frage.</translation>
    </message>
    <message>
        <source>Request {id} is approved, but it was not sent: {words} It can be sent with “Send approved…”.</source>
        <translation>Anfrage {id} ist freigegeben, wurde aber nicht gesendet: {words} Sie kann mit „Freigegebene senden…“ gesendet werden.</translation>
    </message>
    <message>
        <source>Send this approved {kind}?</source>
        <translation>Diese freigegebene {kind} senden?</translation>
    </message>
    <message>
        <source>Send {amount}</source>
        <translation>{amount} senden</translation>
    </message>
    <message>
        <source>Request {id} was not sent; it stays approved until it expires.</source>
        <translation>Anfrage {id} wurde nicht gesendet; sie bleibt freigegeben, bis sie abläuft.</translation>
    </message>
    <message>
        <source>Sending {amount} (request {id})…</source>
        <translation>{amount} wird gesendet (Anfrage {id})…</translation>
    </message>
    <message>
        <source>Not sent: {server}</source>
        <translation>Nicht gesendet: {server}</translation>
    </message>
    <message>
        <source>Request {id} approved and sent</source>
        <translation>Anfrage {id} freigegeben und gesendet</translation>
    </message>
    <message>
        <source>Request {id} sent</source>
        <translation>Anfrage {id} gesendet</translation>
    </message>
    <message>
        <source>the {kind} of {amount} for order {order_id}</source>
        <translation>die {kind} über {amount} für Bestellung {order_id}</translation>
    </message>
    <message>
        <source>{done}, and the gateway declined {what}: {words}</source>
        <translation>{done}, und das Gateway hat {what} abgelehnt: {words}</translation>
    </message>
    <message>
        <source>{done}: {what} succeeded.</source>
        <translation>{done}: {what} war erfolgreich.</translation>
    </message>
    <message>
        <source>{done}: the outcome of {what} is unknown; it is marked for review in Activity.</source>
        <translation>{done}: Das Ergebnis für {what} ist unbekannt; es ist unter Aktivität zur Prüfung markiert.</translation>
    </message>
    <message>
        <source>{done}: {what} is {words}; Activity follows it.</source>
        <translation>{done}: {what} ist {words}; die Aktivität verfolgt es.</translation>
    </message>
    <message>
        <source>Reject request {id}?</source>
        <translation>Anfrage {id} ablehnen?</translation>
    </message>
    <message>
        <source>Request {id} was not rejected; it still waits.</source>
        <translation>Anfrage {id} wurde nicht abgelehnt; sie wartet weiter.</translation>
    </message>
    <message>
        <source>Rejecting request {id}…</source>
        <translation>Anfrage {id} wird abgelehnt…</translation>
    </message>
    <message>
        <source>Request {id} rejected: nothing is sent; {requested_by} reads your reason ({note}).</source>
        <translation>Anfrage {id} abgelehnt: Nichts wird gesendet; {requested_by} liest Ihren Grund ({note}).</translation>
    </message>
    <message>
        <source>Not rejected: {server}</source>
        <translation>Nicht abgelehnt: {server}</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
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
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
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
        <source>John</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>The recipient&apos;s first name. Optional.</source>
        <translation>Der Vorname des Empfängers. Optional.</translation>
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
        <source>Doe</source>
        <translation>Mustermann</translation>
    </message>
    <message>
        <source>The recipient&apos;s last name. Optional.</source>
        <translation>Der Nachname des Empfängers. Optional.</translation>
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
        <source>Export from the gateway</source>
        <translation>Vom Gateway exportieren</translation>
    </message>
    <message>
        <source>Which transactions: payments, payouts (withdrawals) or refunds</source>
        <translation>Welche Transaktionen: Zahlungen, Auszahlungen oder Erstattungen</translation>
    </message>
    <message>
        <source>The gateway exports one status at a time</source>
        <translation>Das Gateway exportiert jeweils einen Status</translation>
    </message>
    <message>
        <source>First day of the period (this computer&apos;s local time)</source>
        <translation>Erster Tag des Zeitraums (Ortszeit dieses Computers)</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Letzter Tag des Zeitraums, eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Set the period to {name}</source>
        <translation>Den Zeitraum auf {name} setzen</translation>
    </message>
    <message>
        <source>Ask the gateway for this report, save it where you choose and open it here</source>
        <translation>Diesen Bericht beim Gateway anfordern, an einem Ort Ihrer Wahl speichern und hier öffnen</translation>
    </message>
    <message>
        <source>Open f&amp;ile…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open any .xlsx report from this computer in the viewer</source>
        <translation>Einen beliebigen .xlsx-Bericht von diesem Computer im Betrachter öffnen</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Einen Bericht öffnen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Last 7 days</source>
        <translation>&amp;Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This mo&amp;nth</source>
        <translation>Dieser &amp;Monat</translation>
    </message>
    <message>
        <source>L&amp;ast month</source>
        <translation>Letzter M&amp;onat</translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation>Export abgebrochen; keine Datei wurde behalten.</translation>
    </message>
    <message>
        <source>The export was stopped when you switched profile; no file was kept.</source>
        <translation>Der Export wurde beim Profilwechsel gestoppt; keine Datei wurde behalten.</translation>
    </message>
    <message>
        <source>{minor} minor units</source>
        <translation>{minor} Untereinheiten</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Das Journal wird gelesen…</translation>
    </message>
    <message>
        <source>Journal entries not settled, requests waiting for another person&apos;s approval, and the differences nobody has explained in the reports reconciled since the desk started. Each row&apos;s button moves it on.</source>
        <translation>Nicht geklärte Journaleinträge, Anfragen, die auf die Freigabe einer anderen Person warten, und die Abweichungen, die niemand erklärt hat, in den seit dem Start des Desks abgeglichenen Berichten. Die Schaltfläche jeder Zeile bringt sie weiter.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Prüfung braucht</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Prüfung.</translation>
    </message>
    <message>
        <source>1 thing needs a person; the oldest has waited {waiting}.</source>
        <translation>1 Sache braucht eine Person; die älteste wartet seit {waiting}.</translation>
    </message>
    <message>
        <source>{count} things need a person; the oldest has waited {waiting}.</source>
        <translation>{count} Sachen brauchen eine Person; die älteste wartet seit {waiting}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Asking the gateway about order {order_id}…</source>
        <translation>Das Gateway wird zur Bestellung {order_id} befragt…</translation>
    </message>
    <message>
        <source>Order {order_id}: {message}</source>
        <translation>Bestellung {order_id}: {message}</translation>
    </message>
    <message>
        <source>Order {order_id}: {words}</source>
        <translation>Bestellung {order_id}: {words}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>What needs a person</source>
        <translation>Was eine Person braucht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>a journal entry</source>
        <translation>einem Journaleintrag</translation>
    </message>
    <message>
        <source>an approval request</source>
        <translation>einer Freigabeanfrage</translation>
    </message>
    <message>
        <source>a report&apos;s difference</source>
        <translation>einer Abweichung eines Berichts</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Settle the review…</source>
        <translation>Prüfung abschließen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>{sentence}

From {source}. On the command line: {command}</source>
        <translation>{sentence}

Aus {source}. Auf der Kommandozeile: {command}</translation>
    </message>
    <message>
        <source>Waiting since {since}</source>
        <translation>Wartet seit {since}</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>The theme could not be saved: {error}</source>
        <translation>Das Farbschema konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Prüfung</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} brauchen Prüfung</translation>
    </message>
    <message>
        <source>What needs a person: open Needs attention</source>
        <translation>Was eine Person braucht: Prüfung nötig öffnen</translation>
    </message>
    <message>
        <source>1 item has waited longer than a day for a person: see Needs attention.</source>
        <translation>1 Sache wartet seit über einem Tag auf eine Person: siehe Prüfung nötig.</translation>
    </message>
    <message>
        <source>{count} items have waited longer than a day for a person: see Needs attention.</source>
        <translation>{count} Sachen warten seit über einem Tag auf eine Person: siehe Prüfung nötig.</translation>
    </message>
    <message>
        <source>SmartPay Desk: something needs attention</source>
        <translation>SmartPay Desk: Etwas braucht Prüfung</translation>
    </message>
    <message>
        <source>SmartPay Desk</source>
        <translation>SmartPay Desk</translation>
    </message>
    <message>
        <source>SANDBOX · practice gateway on this computer: no real money moves</source>
        <translation>SANDBOX · Übungs-Gateway auf diesem Computer: es fließt kein echtes Geld</translation>
    </message>
    <message>
        <source>TEST · the gateway&apos;s test account: test cards only, no real money</source>
        <translation>TEST · Testkonto des Gateways: nur Testkarten, kein echtes Geld</translation>
    </message>
    <message>
        <source>PRODUCTION · real money: every payment, refund and payout is real</source>
        <translation>PRODUKTION · echtes Geld: jede Zahlung, Erstattung und Auszahlung ist echt</translation>
    </message>
    <message>
        <source>NO PROFILE</source>
        <translation>KEIN PROFIL</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
    <message>
        <source>You are working in the {environment} environment.</source>
        <translation>Sie arbeiten in der Umgebung {environment}.</translation>
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
        <source>Message</source>
        <translation>Meldung</translation>
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
        <source>Written, not yet sent</source>
        <translation>Geschrieben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <translation>Gesendet, wartet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Outcome unknown: checking</source>
        <translation>Ergebnis unbekannt: wird geprüft</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay</source>
        <translation>Wartet auf die Zahlung des Kunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation>Unbekannt ({status})</translation>
    </message>
    <message>
        <source>Status: {words}</source>
        <translation>Status: {words}</translation>
    </message>
    <message>
        <source>&amp;Profile </source>
        <translation>&amp;Profil </translation>
    </message>
    <message>
        <source>Which gateway account you are working on; switching reconnects the desk</source>
        <translation>Mit welchem Gateway-Konto Sie arbeiten; ein Wechsel verbindet den Desk neu</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <source>Add, edit or delete profiles and their credentials (Ctrl+Shift+P)</source>
        <translation>Profile und ihre Zugangsdaten hinzufügen, bearbeiten oder löschen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Reset practice &amp;gateway…</source>
        <translation>Übungs-&amp;Gateway zurücksetzen…</translation>
    </message>
    <message>
        <source>Back to a first start: the Sandbox profile&apos;s payments and payouts go</source>
        <translation>Zurück zum ersten Start: Die Zahlungen und Auszahlungen des Sandbox-Profils verschwinden</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>Ü&amp;ber…</translation>
    </message>
    <message>
        <source>Version and where the desk keeps its files (F1)</source>
        <translation>Version und wo der Desk seine Dateien ablegt (F1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The language could not be saved: no data folder.</source>
        <translation>Die Sprache konnte nicht gespeichert werden: kein Datenordner.</translation>
    </message>
    <message>
        <source>Language saved: it applies at the next start of the desk.</source>
        <translation>Sprache gespeichert: Sie gilt ab dem nächsten Start des Desks.</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>Die Sprache konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Operator: {operator}</source>
        <translation>Bearbeiter: {operator}</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Konto: {account}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Füllen Sie das Feld „{what}“ aus.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Das Feld „{what}“ muss Text enthalten.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {max_len} characters).</source>
        <translation>Das Feld „{what}“ ist zu lang (höchstens {max_len} Zeichen).</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message>
        <source>A card number has digits only (no spaces or letters).</source>
        <translation>Eine Kartennummer besteht nur aus Ziffern (keine Leerzeichen oder Buchstaben).</translation>
    </message>
    <message>
        <source>A card number has 13 to 19 digits; this one has {count}.</source>
        <translation>Eine Kartennummer hat 13 bis 19 Ziffern; diese hat {count}.</translation>
    </message>
    <message>
        <source>This card number is not valid: check it for a typing mistake.</source>
        <translation>Diese Kartennummer ist ungültig: Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>Enter the expiry month.</source>
        <translation>Geben Sie den Ablaufmonat ein.</translation>
    </message>
    <message>
        <source>Write the expiry month as two digits, 01 to 12.</source>
        <translation>Schreiben Sie den Ablaufmonat mit zwei Ziffern, 01 bis 12.</translation>
    </message>
    <message>
        <source>Enter the expiry year.</source>
        <translation>Geben Sie das Ablaufjahr ein.</translation>
    </message>
    <message>
        <source>Write the expiry year as two or four digits (for example 29 or 2029).</source>
        <translation>Schreiben Sie das Ablaufjahr mit zwei oder vier Ziffern (zum Beispiel 29 oder 2029).</translation>
    </message>
    <message>
        <source>This card expired at the end of {month}/{year}.</source>
        <translation>Diese Karte ist Ende {month}/{year} abgelaufen.</translation>
    </message>
    <message>
        <source>This expiry year is too far in the future: check it.</source>
        <translation>Dieses Ablaufjahr liegt zu weit in der Zukunft: Prüfen Sie es.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code (CVV).</source>
        <translation>Geben Sie den Sicherheitscode (CVV) der Karte ein.</translation>
    </message>
    <message>
        <source>The security code (CVV) is 3 or 4 digits.</source>
        <translation>Der Sicherheitscode (CVV) hat 3 oder 4 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the currency.</source>
        <translation>Geben Sie die Währung ein.</translation>
    </message>
    <message>
        <source>A currency is three letters, such as EUR.</source>
        <translation>Eine Währung besteht aus drei Buchstaben, zum Beispiel EUR.</translation>
    </message>
    <message>
        <source>Write the currency code in capitals: {code}.</source>
        <translation>Schreiben Sie den Währungscode in Großbuchstaben: {code}.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code.</source>
        <translation>{code} ist kein Währungscode nach ISO 4217.</translation>
    </message>
    <message>
        <source>Enter the country.</source>
        <translation>Geben Sie das Land ein.</translation>
    </message>
    <message>
        <source>A country is a two-letter ISO code, such as GB.</source>
        <translation>Ein Land ist ein ISO-Code aus zwei Buchstaben, zum Beispiel GB.</translation>
    </message>
    <message>
        <source>Write the country code in capitals: {code}.</source>
        <translation>Schreiben Sie den Ländercode in Großbuchstaben: {code}.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code (the United Kingdom is GB).</source>
        <translation>{code} ist kein Ländercode nach ISO 3166 (das Vereinigte Königreich ist GB).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid email address: {reason}</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Geben Sie die Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Write the phone number in international form, starting with + and the country code (for example +442079460612).</source>
        <translation>Schreiben Sie die Telefonnummer im internationalen Format, beginnend mit + und der Landesvorwahl (zum Beispiel +442079460612).</translation>
    </message>
    <message>
        <source>This is not a phone number: write it starting with + and the country code (for example +442079460612).</source>
        <translation>Das ist keine Telefonnummer: Schreiben Sie sie beginnend mit + und der Landesvorwahl (zum Beispiel +442079460612).</translation>
    </message>
    <message>
        <source>This phone number is not valid for its country: check the digits.</source>
        <translation>Diese Telefonnummer ist für ihr Land ungültig: Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Write the phone number without spaces or punctuation: {number}.</source>
        <translation>Schreiben Sie die Telefonnummer ohne Leer- oder Satzzeichen: {number}.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of minor units (cents).</source>
        <translation>Der Betrag muss eine ganze Zahl kleinster Einheiten (Cent) sein.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>The amount is too large: check it.</source>
        <translation>Der Betrag ist zu groß: Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Enter an order id.</source>
        <translation>Geben Sie eine Bestellnummer ein.</translation>
    </message>
    <message>
        <source>The order id must be text.</source>
        <translation>Die Bestellnummer muss Text sein.</translation>
    </message>
    <message>
        <source>An order id has at most 64 characters; this one has {count}.</source>
        <translation>Eine Bestellnummer hat höchstens 64 Zeichen; diese hat {count}.</translation>
    </message>
    <message>
        <source>An order id may contain only letters, digits, “-”, “_” and “.”.</source>
        <translation>Eine Bestellnummer darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the address (URL).</source>
        <translation>Geben Sie die Adresse (URL) ein.</translation>
    </message>
    <message>
        <source>This is not a web address: write it like https://merchant.site.</source>
        <translation>Das ist keine Webadresse: Schreiben Sie sie wie https://merchant.site.</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https:// (or http://).</source>
        <translation>Schreiben Sie die vollständige Webadresse, beginnend mit https:// (oder http://).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IP address.</source>
        <translation>Geben Sie die IP-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>This is not an IP address.</source>
        <translation>Das ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>“{ip}” is not an IP address (for example 127.0.0.1).</source>
        <translation>„{ip}“ ist keine IP-Adresse (zum Beispiel 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Geben Sie das Geburtsdatum ein.</translation>
    </message>
    <message>
        <source>Write the birth date as dd.mm.yyyy, for example 06.06.1997.</source>
        <translation>Schreiben Sie das Geburtsdatum als TT.MM.JJJJ, zum Beispiel 06.06.1997.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} ist kein Datum.</translation>
    </message>
    <message>
        <source>A birth date must be in the past.</source>
        <translation>Ein Geburtsdatum muss in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>This birth date is too long ago: check the year.</source>
        <translation>Dieses Geburtsdatum liegt zu weit zurück: Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>Enter the zip (postal) code.</source>
        <translation>Geben Sie die Postleitzahl ein.</translation>
    </message>
    <message>
        <source>A zip (postal) code has up to 16 letters, digits, spaces or dashes, such as 121165 or SW1A 2AA.</source>
        <translation>Eine Postleitzahl hat bis zu 16 Buchstaben, Ziffern, Leerzeichen oder Bindestriche, zum Beispiel 121165 oder SW1A 2AA.</translation>
    </message>
    <message>
        <source>Choose the payout account.</source>
        <translation>Wählen Sie das Auszahlungskonto.</translation>
    </message>
    <message>
        <source>A report task id has only letters, digits, - and _.</source>
        <translation>Eine Berichtsauftragsnummer besteht nur aus Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The gateway call did not complete.</source>
        <translation>Der Aufruf des Gateways wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>{sentence} ({detail})</source>
        <translation>{sentence} ({detail})</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was sent.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Could not reach the gateway; nothing was sent. Check the connection and try again.</source>
        <translation>Das Gateway war nicht erreichbar; nichts wurde gesendet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The gateway refused the merchant key or secret. Check the profile&apos;s credentials.</source>
        <translation>Das Gateway hat den Händlerschlüssel oder das Geheimnis abgelehnt. Prüfen Sie die Zugangsdaten des Profils.</translation>
    </message>
    <message>
        <source>The gateway rejected the request; nothing was changed.</source>
        <translation>Das Gateway hat die Anfrage abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The gateway has no transaction with that order id.</source>
        <translation>Das Gateway hat keine Transaktion mit dieser Bestellnummer.</translation>
    </message>
    <message>
        <source>The gateway declined the operation.</source>
        <translation>Das Gateway hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>The download was cancelled; no file was kept.</source>
        <translation>Der Download wurde abgebrochen; es wurde keine Datei behalten.</translation>
    </message>
    <message>
        <source>The request was sent but no clear answer came back; the outcome is unknown until checked.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine eindeutige Antwort zurück; das Ergebnis ist bis zur Prüfung unbekannt.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time; the outcome is unknown until checked.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet; das Ergebnis ist bis zur Prüfung unbekannt.</translation>
    </message>
    <message>
        <source>The gateway reported an internal error; the outcome is unknown until checked.</source>
        <translation>Das Gateway hat einen internen Fehler gemeldet; das Ergebnis ist bis zur Prüfung unbekannt.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read; the outcome is unknown until checked.</source>
        <translation>Die Antwort des Gateways konnte nicht gelesen werden; das Ergebnis ist bis zur Prüfung unbekannt.</translation>
    </message>
    <message>
        <source>No payment route at the gateway accepted this card or operation.</source>
        <translation>Kein Zahlungsweg des Gateways hat diese Karte oder diesen Vorgang angenommen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s fraud rules stopped it.</source>
        <translation>Die Betrugsregeln des Gateways haben es gestoppt.</translation>
    </message>
    <message>
        <source>The gateway skipped this payment route.</source>
        <translation>Das Gateway hat diesen Zahlungsweg übersprungen.</translation>
    </message>
    <message>
        <source>This card brand cannot be used on this route.</source>
        <translation>Diese Kartenmarke kann auf diesem Zahlungsweg nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The cardholder did not pass the bank&apos;s 3-D Secure check.</source>
        <translation>Der Karteninhaber hat die 3-D-Secure-Prüfung der Bank nicht bestanden.</translation>
    </message>
    <message>
        <source>The payout account does not hold enough money for this payout.</source>
        <translation>Das Auszahlungskonto hat nicht genug Guthaben für diese Auszahlung.</translation>
    </message>
    <message>
        <source>A repeat charge needs a successful earlier payment with the same card.</source>
        <translation>Eine wiederholte Belastung braucht eine frühere erfolgreiche Zahlung mit derselben Karte.</translation>
    </message>
    <message>
        <source>The gateway already has an operation with this order id.</source>
        <translation>Das Gateway hat bereits einen Vorgang mit dieser Bestellnummer.</translation>
    </message>
    <message>
        <source>The order is not in a state that allows this (for example, not an open authorization).</source>
        <translation>Die Bestellung ist in keinem Zustand, der das erlaubt (zum Beispiel keine offene Autorisierung).</translation>
    </message>
    <message>
        <source>The gateway has no order with this id.</source>
        <translation>Das Gateway hat keine Bestellung mit dieser Nummer.</translation>
    </message>
    <message>
        <source>The gateway does not know this address or item.</source>
        <translation>Das Gateway kennt diese Adresse oder dieses Element nicht.</translation>
    </message>
    <message>
        <source>The gateway no longer has this report task.</source>
        <translation>Das Gateway hat diesen Berichtsauftrag nicht mehr.</translation>
    </message>
    <message>
        <source>The gateway found a field it could not accept.</source>
        <translation>Das Gateway hat ein Feld gefunden, das es nicht annehmen konnte.</translation>
    </message>
    <message>
        <source>The gateway could not read the request.</source>
        <translation>Das Gateway konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The gateway did not accept the merchant key and secret.</source>
        <translation>Das Gateway hat den Händlerschlüssel und das Geheimnis nicht akzeptiert.</translation>
    </message>
    <message>
        <source>{sentence} ({code})</source>
        <translation>{sentence} ({code})</translation>
    </message>
    <message>
        <source>The gateway answered with its code {code}.</source>
        <translation>Das Gateway hat mit seinem Code {code} geantwortet.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code: use three letters such as EUR.</source>
        <translation>„{code}“ ist kein Währungscode: Verwenden Sie drei Buchstaben wie EUR.</translation>
    </message>
    <message>
        <source>no decimal places</source>
        <translation>keine Nachkommastellen</translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation>1 Nachkommastelle</translation>
    </message>
    <message>
        <source>{count} decimal places</source>
        <translation>{count} Nachkommastellen</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} ist kein Betrag.</translation>
    </message>
    <message>
        <source>{code} has {places}: {value} cannot be paid exactly.</source>
        <translation>{code} hat {places}: {value} kann nicht exakt gezahlt werden.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write a number such as 1234.50.</source>
        <translation>„{text}“ ist kein Betrag: Schreiben Sie eine Zahl wie 1234.50.</translation>
    </message>
    <message>
        <source>The amount is written in {other}, but the currency is {code}.</source>
        <translation>Der Betrag ist in {other} geschrieben, die Währung ist aber {code}.</translation>
    </message>
    <message>
        <source>“{affix}” is not a symbol of {code}; write the amount without it.</source>
        <translation>„{affix}“ ist kein Symbol von {code}; schreiben Sie den Betrag ohne es.</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: {code} has {places}, so write {plain} or {full} if you mean {plain} {code}.</source>
        <translation>„{text}“ ist mehrdeutig: {code} hat {places}; schreiben Sie also {plain} oder {full}, wenn Sie {plain} {code} meinen.</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: it could mean {plain} or {decimal} {code}. Write {plain} or {full} for the first, {decimal} for the second.</source>
        <translation>„{text}“ ist mehrdeutig: Es könnte {plain} oder {decimal} {code} bedeuten. Schreiben Sie {plain} oder {full} für das Erste, {decimal} für das Zweite.</translation>
    </message>
    <message>
        <source>“{text}” has more than one decimal separator.</source>
        <translation>„{text}“ hat mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: digits are expected after the decimal separator.</source>
        <translation>„{text}“ ist kein Betrag: Nach dem Dezimaltrennzeichen werden Ziffern erwartet.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>That is too long to be an amount.</source>
        <translation>Das ist zu lang für einen Betrag.</translation>
    </message>
    <message>
        <source>“{text}” names the currency twice: write a number such as 1234.50.</source>
        <translation>„{text}“ nennt die Währung zweimal: Schreiben Sie eine Zahl wie 1234.50.</translation>
    </message>
    <message>
        <source>“{text}” has no digits: write a number such as 1234.50.</source>
        <translation>„{text}“ enthält keine Ziffern: Schreiben Sie eine Zahl wie 1234.50.</translation>
    </message>
    <message>
        <source>Check the digit grouping in “{text}”: write it as 1234.50 or 1,234.50.</source>
        <translation>Prüfen Sie die Zifferngruppierung in „{text}“: Schreiben Sie es als 1234.50 oder 1,234.50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{code} has {places}: “{text}” has {count}.</source>
        <translation>{code} hat {places}: „{text}“ hat {count}.</translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount.</source>
        <translation>„{text}“ ist zu groß für einen Betrag.</translation>
    </message>
    <message>
        <source>unknown ({status})</source>
        <translation>unbekannt ({status})</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>This holds a character that cannot be sent (a broken or undecodable one): type it again.</source>
        <translation>Dies enthält ein Zeichen, das nicht gesendet werden kann (ein beschädigtes oder nicht lesbares): Tippen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>an order id</source>
        <translation>eine Bestellnummer</translation>
    </message>
    <message>
        <source>This looks like a card number; card numbers never go in {where}.</source>
        <translation>Das sieht nach einer Kartennummer aus; Kartennummern gehören nie in {where}.</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>einen Namen</translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation>Nachname des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s address</source>
        <translation>Adresse des Kunden</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>eine Adresse</translation>
    </message>
    <message>
        <source>customer&apos;s city</source>
        <translation>Ort des Kunden</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>eine Ortsangabe</translation>
    </message>
    <message>
        <source>merchant account</source>
        <translation>Händlerkonto</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>card holder&apos;s name</source>
        <translation>Name des Karteninhabers</translation>
    </message>
    <message>
        <source>The payment method must be card or applePayDPan.</source>
        <translation>Die Zahlungsart muss card oder applePayDPan sein.</translation>
    </message>
    <message>
        <source>Enter the card details for a card payment.</source>
        <translation>Geben Sie für eine Kartenzahlung die Kartendaten ein.</translation>
    </message>
    <message>
        <source>An Apple Pay payment needs the Apple Pay token (DPAN).</source>
        <translation>Eine Apple-Pay-Zahlung braucht das Apple-Pay-Token (DPAN).</translation>
    </message>
    <message>
        <source>The Apple Pay token must be base64 text, as Apple Pay gives it.</source>
        <translation>Das Apple-Pay-Token muss Base64-Text sein, so wie Apple Pay es liefert.</translation>
    </message>
    <message>
        <source>Apple Pay card network</source>
        <translation>Apple-Pay-Kartennetzwerk</translation>
    </message>
    <message>
        <source>reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>A repeat charge needs a new order id, not the original payment&apos;s.</source>
        <translation>Eine wiederholte Belastung braucht eine neue Bestellnummer, nicht die der ursprünglichen Zahlung.</translation>
    </message>
    <message>
        <source>payout account</source>
        <translation>Auszahlungskonto</translation>
    </message>
    <message>
        <source>Choose where the payout goes: a card, a phone or an account.</source>
        <translation>Wählen Sie, wohin die Auszahlung geht: an eine Karte, ein Telefon oder ein Konto.</translation>
    </message>
    <message>
        <source>payout method</source>
        <translation>Auszahlungsmethode</translation>
    </message>
    <message>
        <source>payout account number</source>
        <translation>Kontonummer für die Auszahlung</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>account IIN</source>
        <translation>IIN des Kontos</translation>
    </message>
    <message>
        <source>provider id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>The report type must be Payment, Withdrawal or Refund.</source>
        <translation>Der Berichtstyp muss Payment, Withdrawal oder Refund sein.</translation>
    </message>
    <message>
        <source>The report status must be 2 (success), 1 (processing) or -1 (fail).</source>
        <translation>Der Berichtsstatus muss 2 (erfolgreich), 1 (in Bearbeitung) oder -1 (fehlgeschlagen) sein.</translation>
    </message>
    <message>
        <source>A report date must be a time (unix milliseconds).</source>
        <translation>Ein Berichtsdatum muss ein Zeitpunkt sein (Unix-Millisekunden).</translation>
    </message>
    <message>
        <source>The end of the period must not be before its start.</source>
        <translation>Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>A payout goes to exactly one destination; this one names a card and a phone.</source>
        <translation>Eine Auszahlung geht an genau ein Ziel; diese nennt eine Karte und ein Telefon.</translation>
    </message>
    <message>
        <source>A payout goes to exactly one destination; this one names a card and an account.</source>
        <translation>Eine Auszahlung geht an genau ein Ziel; diese nennt eine Karte und ein Konto.</translation>
    </message>
    <message>
        <source>A payout goes to exactly one destination; this one names a phone and an account.</source>
        <translation>Eine Auszahlung geht an genau ein Ziel; diese nennt ein Telefon und ein Konto.</translation>
    </message>
    <message>
        <source>A payout goes to exactly one destination; this one names a card and a phone and an account.</source>
        <translation>Eine Auszahlung geht an genau ein Ziel; diese nennt eine Karte, ein Telefon und ein Konto.</translation>
    </message>
    <message>
        <source>{request}: the team&apos;s policy wants another person&apos;s approval from {amount}, so nothing was sent. Request {id} was made in Approvals (it expires {expires}); send the file again once it is approved.</source>
        <translation>{request}: Die Regel des Teams verlangt ab {amount} die Freigabe einer anderen Person, daher wurde nichts gesendet. Anfrage {id} wurde unter Freigaben gestellt (sie läuft {expires} ab); senden Sie die Datei erneut, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>{request}: the team&apos;s policy wants another person&apos;s approval from {amount}, so nothing was sent. Request {id} is still waiting in Approvals (it expires {expires}); send the file again once it is approved.</source>
        <translation>{request}: Die Regel des Teams verlangt ab {amount} die Freigabe einer anderen Person, daher wurde nichts gesendet. Anfrage {id} wartet noch unter Freigaben (sie läuft {expires} ab); senden Sie die Datei erneut, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not {what}.</source>
        <translation>WAHR oder FALSCH ist nicht {what}.</translation>
    </message>
    <message>
        <source>{value} is not {what}; write it as text.</source>
        <translation>{value} ist nicht {what}; schreiben Sie es als Text.</translation>
    </message>
    <message>
        <source>This is stored as a number, and a spreadsheet keeps only {digits} digits of a number, so {what} may have lost its last digits. Format the {column} column as Text and type it again.</source>
        <translation>Dies ist als Zahl gespeichert, und eine Tabellenkalkulation behält nur {digits} Stellen einer Zahl, daher können bei {what} die letzten Ziffern verloren gegangen sein. Formatieren Sie die Spalte {column} als Text und geben Sie den Wert erneut ein.</translation>
    </message>
    <message>
        <source>This is stored as a number, which drops a leading + or 0. Format the {column} column as Text and write it as text ({example}).</source>
        <translation>Dies ist als Zahl gespeichert, wodurch ein führendes + oder eine führende 0 verloren geht. Formatieren Sie die Spalte {column} als Text und schreiben Sie den Wert als Text ({example}).</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not an amount: write a number such as 12.50.</source>
        <translation>WAHR oder FALSCH ist kein Betrag: Schreiben Sie eine Zahl wie 12,50.</translation>
    </message>
    <message>
        <source>{number} is not an amount.</source>
        <translation>{number} ist kein Betrag.</translation>
    </message>
    <message>
        <source>{currency} has no decimal places: {number} cannot be paid exactly.</source>
        <translation>{currency} hat keine Nachkommastellen: {number} kann nicht genau gezahlt werden.</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal place: {number} cannot be paid exactly.</source>
        <translation>{currency} hat 1 Nachkommastelle: {number} kann nicht genau gezahlt werden.</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places: {number} cannot be paid exactly.</source>
        <translation>{currency} hat {places} Nachkommastellen: {number} kann nicht genau gezahlt werden.</translation>
    </message>
    <message>
        <source>{number} is too large for an amount.</source>
        <translation>{number} ist zu groß für einen Betrag.</translation>
    </message>
    <message>
        <source>Write the expiry as MM/YY (for example 09/28), as text.</source>
        <translation>Schreiben Sie das Ablaufdatum als MM/JJ (zum Beispiel 09/28), als Text.</translation>
    </message>
    <message>
        <source>The spreadsheet turned this expiry into the date {date}. Format the card_expiry column as Text and write the expiry as MM/YY (for example 09/28).</source>
        <translation>Die Tabellenkalkulation hat dieses Ablaufdatum in das Datum {date} umgewandelt. Formatieren Sie die Spalte card_expiry als Text und schreiben Sie das Ablaufdatum als MM/JJ (zum Beispiel 09/28).</translation>
    </message>
    <message>
        <source>Write the expiry as MM/YY (for example 09/28).</source>
        <translation>Schreiben Sie das Ablaufdatum als MM/JJ (zum Beispiel 09/28).</translation>
    </message>
    <message>
        <source>No destination: fill in one of card_number, phone or bank_account.</source>
        <translation>Kein Ziel: Füllen Sie eines von card_number, phone oder bank_account aus.</translation>
    </message>
    <message>
        <source>the card number</source>
        <translation>die Kartennummer</translation>
    </message>
    <message>
        <source>Order id {order_id} is on row {row} too: every payout needs an order id of its own (or leave order_id empty to have one made up).</source>
        <translation>Die Bestellnummer {order_id} steht auch in Zeile {row}: Jede Auszahlung braucht eine eigene Bestellnummer (oder lassen Sie order_id leer, damit eine erzeugt wird).</translation>
    </message>
    <message>
        <source>Row {row} already pays {amount} to {destination}: the same payout twice in one file is refused. If both are meant, send this one on its own from the Payouts tab.</source>
        <translation>Zeile {row} zahlt bereits {amount} an {destination}: Dieselbe Auszahlung zweimal in einer Datei wird abgelehnt. Wenn beide gemeint sind, senden Sie diese einzeln über den Reiter Auszahlungen.</translation>
    </message>
    <message>
        <source>already sent by this batch: {state}</source>
        <translation>bereits von diesem Stapel gesendet: {state}</translation>
    </message>
    <message>
        <source>Order id {order_id} is already in this desk&apos;s journal (journal entry {entry}, {state}): every payout needs a new order id; change it in the file, or leave order_id empty to have one made up.</source>
        <translation>Die Bestellnummer {order_id} steht schon im Journal dieses Desks (Journaleintrag {entry}, {state}): Jede Auszahlung braucht eine neue Bestellnummer; ändern Sie sie in der Datei oder lassen Sie order_id leer, damit eine erzeugt wird.</translation>
    </message>
    <message>
        <source>{sentence} This row is not sent: if it is meant, pay it on its own from the Payouts tab (`smartpay payout … --confirm-duplicate`).</source>
        <translation>{sentence} Diese Zeile wird nicht gesendet: Wenn sie gemeint ist, zahlen Sie sie einzeln über den Reiter Auszahlungen aus (`smartpay payout … --confirm-duplicate`).</translation>
    </message>
    <message>
        <source>No row can be sent: every row was refused (see each row&apos;s reason).</source>
        <translation>Keine Zeile kann gesendet werden: Jede Zeile wurde abgelehnt (siehe den Grund jeder Zeile).</translation>
    </message>
    <message>
        <source>1 row was already sent by this batch; the balance is compared with the {amount} still to send.</source>
        <translation>1 Zeile wurde bereits von diesem Stapel gesendet; das Guthaben wird mit den noch zu sendenden {amount} verglichen.</translation>
    </message>
    <message>
        <source>{count} rows were already sent by this batch; the balance is compared with the {amount} still to send.</source>
        <translation>{count} Zeilen wurden bereits von diesem Stapel gesendet; das Guthaben wird mit den noch zu sendenden {amount} verglichen.</translation>
    </message>
    <message>
        <source>The payout balance of {account} could not be read ({reason}), so the batch cannot be checked against it: check it again in a moment.</source>
        <translation>Das Auszahlungsguthaben von {account} konnte nicht gelesen werden ({reason}), daher kann der Stapel nicht damit abgeglichen werden: Prüfen Sie ihn gleich noch einmal.</translation>
    </message>
    <message>
        <source>The batch pays out {amount} but the payout balance of {account} is {available}: {short} short. Remove rows or wait for the balance to grow, then check the file again.</source>
        <translation>Der Stapel zahlt {amount} aus, aber das Auszahlungsguthaben von {account} beträgt {available}: Es fehlen {short}. Entfernen Sie Zeilen oder warten Sie, bis das Guthaben wächst, und prüfen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Order {order_id} is refunded on row {row} already: refund an order once per file (put the whole amount on one row).</source>
        <translation>Die Bestellung {order_id} wird bereits in Zeile {row} erstattet: Erstatten Sie eine Bestellung einmal pro Datei (den ganzen Betrag in eine Zeile).</translation>
    </message>
    <message>
        <source>The gateway has no order {order_id}, so it cannot be refunded.</source>
        <translation>Das Gateway hat keine Bestellung {order_id}, daher kann sie nicht erstattet werden.</translation>
    </message>
    <message>
        <source>Order {order_id} could not be checked ({reason}): check the file again in a moment.</source>
        <translation>Die Bestellung {order_id} konnte nicht geprüft werden ({reason}): Prüfen Sie die Datei gleich noch einmal.</translation>
    </message>
    <message>
        <source>The gateway declined a refund of {amount} of order {order_id} (journal entry {entry}), so what is left to refund is not known to this desk: write the amount.</source>
        <translation>Das Gateway hat eine Erstattung von {amount} der Bestellung {order_id} abgelehnt (Journaleintrag {entry}), daher kennt dieser Desk den noch zu erstattenden Betrag nicht: Schreiben Sie den Betrag hinein.</translation>
    </message>
    <message>
        <source>Refund {amount} of order {order_id}.</source>
        <translation>{amount} der Bestellung {order_id} erstatten.</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; save and close it, then try again.</source>
        <translation>{name} wurde geändert, während sie gelesen wurde; speichern und schließen Sie sie, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows to pay.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen zum Auszahlen.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows to refund.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen zum Erstatten.</translation>
    </message>
    <message>
        <source>{name} has {count:,} rows; a batch holds at most {most:,}: split it into several files.</source>
        <translation>{name} hat {count:,} Zeilen; ein Stapel fasst höchstens {most:,}: Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB; a batch file may be at most {most} MB: split it into several files.</source>
        <translation>{name} ist {size:,.0f} MB groß; eine Stapeldatei darf höchstens {most} MB groß sein: Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} does not exist (was it moved or deleted?).</source>
        <translation>{name} existiert nicht (wurde sie verschoben oder gelöscht?).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a batch file.</source>
        <translation>{name} ist ein Ordner, keine Stapeldatei.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({reason}).</source>
        <translation>{name} konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is empty: fill in the template and save it again.</source>
        <translation>{name} ist leer: Füllen Sie die Vorlage aus und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>{name} has two {column} columns; keep one and try again.</source>
        <translation>{name} hat zwei Spalten {column}; behalten Sie eine und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>card_number, phone or bank_account</source>
        <translation>card_number, phone oder bank_account</translation>
    </message>
    <message>
        <source>the template&apos;s columns</source>
        <translation>die Spalten der Vorlage</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{name} has no {what} column. The first row of the table must name the columns as the template does ({columns}).</source>
        <translation>{name} hat keine Spalte {what}. Die erste Zeile der Tabelle muss die Spalten so benennen wie die Vorlage ({columns}).</translation>
    </message>
    <message>
        <source>{name} is not a CSV text file (is it UTF-16? save it as “CSV UTF-8”).</source>
        <translation>{name} ist keine CSV-Textdatei (ist sie UTF-16? Speichern Sie sie als „CSV UTF-8“).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: save it from your spreadsheet application as “CSV UTF-8” and try again.</source>
        <translation>{name} ist kein UTF-8-Text: Speichern Sie sie aus Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file this desk can read ({reason}); save it as “CSV UTF-8”.</source>
        <translation>{name} ist keine CSV-Datei, die dieser Desk lesen kann ({reason}); speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{name} has data in cell {cell}, beyond what a batch file holds ({columns} columns, {rows:,} rows): delete what is there and try again.</source>
        <translation>{name} hat Daten in Zelle {cell}, jenseits dessen, was eine Stapeldatei fasst ({columns} Spalten, {rows:,} Zeilen): Löschen Sie, was dort steht, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than a batch file holds; split it into several files.</source>
        <translation>{name} entpackt sich zu mehr, als eine Stapeldatei fasst; teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} has {count} worksheets; the rows are read from “{sheet}”.</source>
        <translation>{name} hat {count} Arbeitsblätter; die Zeilen werden aus „{sheet}“ gelesen.</translation>
    </message>
    <message>
        <source>The rows are numbered from the header down, as if the sheet had no blank rows.</source>
        <translation>Die Zeilen sind von der Kopfzeile an abwärts nummeriert, als hätte das Blatt keine leeren Zeilen.</translation>
    </message>
    <message>
        <source>{name} has rows this desk cannot number as the sheet does (blank rows or error cells between the rows?): remove the blank rows and try again.</source>
        <translation>{name} hat Zeilen, die dieser Desk nicht so nummerieren kann wie das Blatt (leere Zeilen oder Fehlerzellen zwischen den Zeilen?): Entfernen Sie die leeren Zeilen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <source>{column}: {sentence}</source>
        <translation>{column}: {sentence}</translation>
    </message>
    <message>
        <source>Pay {amount} to {destination}.</source>
        <translation>{amount} an {destination} auszahlen.</translation>
    </message>
    <message>
        <source>Not sent: {count} attempts never reached the gateway (the last is journal entry {entry}). Look at the journal and the gateway&apos;s connection before sending this row again.</source>
        <translation>Nicht gesendet: {count} Versuche haben das Gateway nie erreicht (der letzte ist Journaleintrag {entry}). Sehen Sie sich das Journal und die Verbindung zum Gateway an, bevor Sie diese Zeile erneut senden.</translation>
    </message>
    <message>
        <source>Not sent: order id {order_id} is already in the journal (entry {entry}, {state}) from outside this batch. Give this row another order id.</source>
        <translation>Nicht gesendet: Die Bestellnummer {order_id} steht schon im Journal (Eintrag {entry}, {state}), von außerhalb dieses Stapels. Geben Sie dieser Zeile eine andere Bestellnummer.</translation>
    </message>
    <message>
        <source>The results could not be written: {reason}</source>
        <translation>Die Ergebnisse konnten nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>No row of the file can be sent.</source>
        <translation>Keine Zeile der Datei kann gesendet werden.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>it was cancelled; send the file again to send the rows not sent</source>
        <translation>er wurde abgebrochen; senden Sie die Datei erneut, um die nicht gesendeten Zeilen zu senden</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this row; look at the journal for its order before sending the file again.</source>
        <translation>Bei dieser Zeile ist etwas Unerwartetes schiefgegangen; sehen Sie im Journal nach ihrer Bestellung, bevor Sie die Datei erneut senden.</translation>
    </message>
    <message>
        <source>the payout balance could not be read again</source>
        <translation>das Auszahlungsguthaben konnte nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>Not sent: the payout balance could not be read again to be sure it covers this row.</source>
        <translation>Nicht gesendet: Das Auszahlungsguthaben konnte nicht erneut gelesen werden, um sicherzugehen, dass es diese Zeile deckt.</translation>
    </message>
    <message>
        <source>the payout balance no longer covered row {row}</source>
        <translation>das Auszahlungsguthaben deckte Zeile {row} nicht mehr</translation>
    </message>
    <message>
        <source>Not sent: the payout balance no longer covers it (about {left} left after the rows before it). Top up the payout account, then send the file again: rows already sent are never sent twice.</source>
        <translation>Nicht gesendet: Das Auszahlungsguthaben deckt sie nicht mehr (nach den Zeilen davor sind etwa {left} übrig). Laden Sie das Auszahlungskonto auf und senden Sie die Datei dann erneut: Bereits gesendete Zeilen werden nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>the journal could not be written</source>
        <translation>das Journal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not sent: {sentences} Send it on its own if it is meant.</source>
        <translation>Nicht gesendet: {sentences} Senden Sie sie einzeln, wenn sie gemeint ist.</translation>
    </message>
    <message>
        <source>the journal refuses money-moving operations until a person looks at it</source>
        <translation>das Journal lehnt Vorgänge, die Geld bewegen, ab, bis eine Person es sich ansieht</translation>
    </message>
    <message>
        <source>the journal could not be written ({reason})</source>
        <translation>das Journal konnte nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>the gateway refused the merchant key or secret</source>
        <translation>das Gateway hat den Händlerschlüssel oder das Geheimnis abgelehnt</translation>
    </message>
    <message>
        <source>the gateway could not be reached</source>
        <translation>das Gateway war nicht erreichbar</translation>
    </message>
    <message>
        <source>Being sent by another desk or process right now (journal entry {entry}); send the file again later to see its outcome: it is never sent twice.</source>
        <translation>Wird gerade von einem anderen Desk oder Prozess gesendet (Journaleintrag {entry}); senden Sie die Datei später erneut, um das Ergebnis zu sehen: Sie wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>Sent at the same time by another desk or process: {sentence}</source>
        <translation>Gleichzeitig von einem anderen Desk oder Prozess gesendet: {sentence}</translation>
    </message>
    <message>
        <source>Sent before: {sentence}</source>
        <translation>Schon früher gesendet: {sentence}</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled before this row.</source>
        <translation>Nicht gesendet: Der Stapel wurde vor dieser Zeile abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the batch stopped ({reason}) before this row.</source>
        <translation>Nicht gesendet: Der Stapel wurde vor dieser Zeile angehalten ({reason}).</translation>
    </message>
    <message>
        <source>the payout balance could not be read: {reason}</source>
        <translation>das Auszahlungsguthaben konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{operator} acknowledged it on {when} UTC: “{note}”</source>
        <translation>{operator} hat es am {when} UTC bestätigt: „{note}“</translation>
    </message>
    <message>
        <source>Acknowledgement {id} in the journal was not written by SmartPay Desk (its seal does not match).</source>
        <translation>Bestätigung {id} im Journal wurde nicht von SmartPay Desk geschrieben (ihr Siegel passt nicht).</translation>
    </message>
    <message>
        <source>History is missing just before event {event} ({name}): an event was removed.</source>
        <translation>Der Verlauf fehlt direkt vor Ereignis {event} ({name}): Ein Ereignis wurde entfernt.</translation>
    </message>
    <message>
        <source>Event {seq} of {name} is not sealed with the journal&apos;s key: it was written or rewritten outside SmartPay Desk.</source>
        <translation>Ereignis {seq} von {name} ist nicht mit dem Schlüssel des Journals versiegelt: Es wurde außerhalb von SmartPay Desk geschrieben oder überschrieben.</translation>
    </message>
    <message>
        <source>Event {event} belongs to journal entry {entry_id}, which was removed.</source>
        <translation>Ereignis {event} gehört zu Journaleintrag {entry_id}, der entfernt wurde.</translation>
    </message>
    <message>
        <source>Event {seq} of {name} does not match what was written: the event or its entry was changed.</source>
        <translation>Ereignis {seq} von {name} stimmt nicht mit dem Geschriebenen überein: Das Ereignis oder sein Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>Events of {name} are missing (expected event {expected}, found {seq}).</source>
        <translation>Ereignisse von {name} fehlen (erwartet: Ereignis {expected}, gefunden: {seq}).</translation>
    </message>
    <message>
        <source>The {kind} of order {order_id} has no history at all.</source>
        <translation>Der Vorgang „{kind}“ der Bestellung {order_id} hat überhaupt keinen Verlauf.</translation>
    </message>
    <message>
        <source>The {kind} of order {order_id} says {state} but its history ends in {last}: the entry was changed.</source>
        <translation>Der Vorgang „{kind}“ der Bestellung {order_id} steht auf {state}, sein Verlauf endet aber mit {last}: Der Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>The latest events of the journal were removed (it ends earlier than it did).</source>
        <translation>Die neuesten Ereignisse des Journals wurden entfernt (es endet früher als zuvor).</translation>
    </message>
    <message>
        <source>Every event of the journal was removed.</source>
        <translation>Alle Ereignisse des Journals wurden entfernt.</translation>
    </message>
    <message>
        <source>{count} event(s) are sealed with a key this computer&apos;s keyring does not hold (key {key_id}), so they could not be checked.</source>
        <translation>{count} Ereignis(se) sind mit einem Schlüssel versiegelt, den der Schlüsselbund dieses Computers nicht enthält (Schlüssel {key_id}), daher konnten sie nicht geprüft werden.</translation>
    </message>
    <message>
        <source>journal entry {entry_id}</source>
        <translation>Journaleintrag {entry_id}</translation>
    </message>
    <message>
        <source>the {kind} of order {order_id}</source>
        <translation>{kind} zur Bestellung {order_id}</translation>
    </message>
    <message>
        <source>The journal could not be used, so nothing was sent.</source>
        <translation>Das Journal konnte nicht verwendet werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The journal cannot be used now</source>
        <translation>Das Journal kann gerade nicht verwendet werden</translation>
    </message>
    <message>
        <source>The journal is in use by another program and stayed locked too long, so nothing was sent.</source>
        <translation>Das Journal wird von einem anderen Programm verwendet und blieb zu lange gesperrt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The journal is locked by another program</source>
        <translation>Das Journal ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>The disk that holds the journal is full, so nothing could be written and nothing was sent.</source>
        <translation>Der Datenträger mit dem Journal ist voll, daher konnte nichts geschrieben werden und nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The disk that holds the journal is full</source>
        <translation>Der Datenträger mit dem Journal ist voll</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written (it is read-only), so nothing was sent.</source>
        <translation>In den Ordner des Journals kann nicht geschrieben werden (er ist schreibgeschützt), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written</source>
        <translation>In den Ordner des Journals kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The journal file cannot be read: it is missing, damaged or not a journal, so nothing was sent.</source>
        <translation>Die Journaldatei kann nicht gelesen werden: Sie fehlt, ist beschädigt oder ist kein Journal, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The journal file cannot be read</source>
        <translation>Die Journaldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The journal is sealed with a key kept in the system keyring, which this session cannot reach, so nothing can be written to it and nothing was sent. Use SmartPay Desk where that keyring is unlocked.</source>
        <translation>Das Journal ist mit einem Schlüssel aus dem Schlüsselbund des Systems versiegelt, den diese Sitzung nicht erreicht, daher kann nichts hineingeschrieben werden und nichts wurde gesendet. Verwenden Sie SmartPay Desk dort, wo dieser Schlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>The journal&apos;s key is in a keyring this session cannot reach</source>
        <translation>Der Schlüssel des Journals liegt in einem Schlüsselbund, den diese Sitzung nicht erreicht</translation>
    </message>
    <message>
        <source>The operation was sent, but its answer could not be written to the journal: its outcome is unknown here until the journal can be written again and it is checked.</source>
        <translation>Der Vorgang wurde gesendet, aber seine Antwort konnte nicht ins Journal geschrieben werden: Sein Ergebnis ist hier unbekannt, bis das Journal wieder beschrieben werden kann und er geprüft ist.</translation>
    </message>
    <message>
        <source>The journal was changed or damaged; money-moving actions wait until a person acknowledges it.</source>
        <translation>Das Journal wurde verändert oder beschädigt; Aktionen, die Geld bewegen, warten, bis eine Person es bestätigt.</translation>
    </message>
    <message>
        <source>This operation was already settled differently elsewhere; nothing was changed in the journal.</source>
        <translation>Dieser Vorgang wurde anderswo bereits anders abgeschlossen; im Journal wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The {kind} of order {order_id} was already recorded as {state} (at {when} UTC) and cannot be recorded as {new_state}; nothing was changed in the journal. Check the order at the gateway.</source>
        <translation>Der Vorgang „{kind}“ der Bestellung {order_id} wurde bereits als {state} erfasst (um {when} UTC) und kann nicht als {new_state} erfasst werden; im Journal wurde nichts geändert. Prüfen Sie die Bestellung beim Gateway.</translation>
    </message>
    <message>
        <source>held by {holders}</source>
        <translation>gehalten von {holders}</translation>
    </message>
    <message>
        <source>the program holding it could not be told</source>
        <translation>das Programm, das es hält, ließ sich nicht ermitteln</translation>
    </message>
    <message>
        <source>waited {seconds:g} s; {who}; try again when it has finished</source>
        <translation>{seconds:g} s gewartet; {who}; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>{who}; try again when it has finished</source>
        <translation>{who}; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>free some space in {folder} and try again (SQLite: {error})</source>
        <translation>geben Sie in {folder} Speicherplatz frei und versuchen Sie es erneut (SQLite: {error})</translation>
    </message>
    <message>
        <source>The journal&apos;s folder {folder} does not exist.</source>
        <translation>Der Ordner des Journals {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{folder} cannot be written (SQLite: {error})</source>
        <translation>in {folder} kann nicht geschrieben werden (SQLite: {error})</translation>
    </message>
    <message>
        <source>The journal file {path} is not a SQLite journal (SQLite: {error}).</source>
        <translation>Die Journaldatei {path} ist kein SQLite-Journal (SQLite: {error}).</translation>
    </message>
    <message>
        <source>The journal file {path} is damaged inside and cannot be read (SQLite: {error}).</source>
        <translation>Die Journaldatei {path} ist innen beschädigt und kann nicht gelesen werden (SQLite: {error}).</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>Prozess {pid}</translation>
    </message>
    <message>
        <source>a program (pid {pid})</source>
        <translation>ein Programm (PID {pid})</translation>
    </message>
    <message>
        <source>{operator} explained it on {when} UTC: “{note}”</source>
        <translation>{operator} hat es am {when} UTC erklärt: „{note}“</translation>
    </message>
    <message>
        <source>An explanation needs a note saying why the difference is all right.</source>
        <translation>Eine Erklärung braucht eine Notiz, warum die Abweichung in Ordnung ist.</translation>
    </message>
    <message>
        <source>An explanation is at most {count:,} characters.</source>
        <translation>Eine Erklärung hat höchstens {count:,} Zeichen.</translation>
    </message>
    <message>
        <source>the {kind} of order {order_id} ({state})</source>
        <translation>der Vorgang „{kind}“ der Bestellung {order_id} ({state})</translation>
    </message>
    <message>
        <source>What came back for {what} could not be written to the journal ({why}) nor kept beside it ({error}). Write it down now: {what}, at {at} UTC. Do not send it again.</source>
        <translation>Was für {what} zurückkam, konnte weder ins Journal geschrieben ({why}) noch daneben aufbewahrt werden ({error}). Notieren Sie es jetzt: {what}, um {at} UTC. Senden Sie es nicht noch einmal.</translation>
    </message>
    <message>
        <source>What came back for {what} could not be written to the journal ({why}); it was kept in {path} and goes into the journal when SmartPay Desk next opens it. Do not send it again.</source>
        <translation>Was für {what} zurückkam, konnte nicht ins Journal geschrieben werden ({why}); es wurde in {path} aufbewahrt und kommt ins Journal, wenn SmartPay Desk es das nächste Mal öffnet. Senden Sie es nicht noch einmal.</translation>
    </message>
    <message>
        <source>{count} answer(s) that could not be written to the journal earlier were added to it now.</source>
        <translation>{count} Antwort(en), die früher nicht ins Journal geschrieben werden konnten, wurden jetzt hinzugefügt.</translation>
    </message>
    <message>
        <source>A line kept beside the journal could not be read and was kept aside: {line}</source>
        <translation>Eine neben dem Journal aufbewahrte Zeile konnte nicht gelesen werden und wurde beiseitegelegt: {line}</translation>
    </message>
    <message>
        <source>An answer kept for journal entry {entry_id} ({ref}) matches none of the journal; it was kept aside.</source>
        <translation>Eine für Journaleintrag {entry_id} ({ref}) aufbewahrte Antwort passt zu nichts im Journal; sie wurde beiseitegelegt.</translation>
    </message>
    <message>
        <source>{message} (an answer kept beside the journal)</source>
        <translation>{message} (eine neben dem Journal aufbewahrte Antwort)</translation>
    </message>
    <message>
        <source>The journal file {path} could not be read ({error}).</source>
        <translation>Die Journaldatei {path} konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The journal file {path} is not a SQLite journal any more: its first bytes were overwritten.</source>
        <translation>Die Journaldatei {path} ist kein SQLite-Journal mehr: Ihre ersten Bytes wurden überschrieben.</translation>
    </message>
    <message>
        <source>The journal file {path} has a damaged header (page size {page_size}).</source>
        <translation>Die Journaldatei {path} hat einen beschädigten Kopf (Seitengröße {page_size}).</translation>
    </message>
    <message>
        <source>The journal file {path} was cut short: it has {size:,} bytes where its own header says {expected:,}.</source>
        <translation>Die Journaldatei {path} wurde gekürzt: Sie hat {size:,} Bytes, wo ihr eigener Kopf {expected:,} angibt.</translation>
    </message>
    <message>
        <source>The journal file {path} is empty (0 bytes), but this computer last saw it with {events} events: it was removed, emptied or replaced.</source>
        <translation>Die Journaldatei {path} ist leer (0 Bytes), aber dieser Computer hat sie zuletzt mit {events} Ereignissen gesehen: Sie wurde entfernt, geleert oder ersetzt.</translation>
    </message>
    <message>
        <source>The journal file {path} is missing, but this computer last saw it with {events} events: it was removed, emptied or replaced.</source>
        <translation>Die Journaldatei {path} fehlt, aber dieser Computer hat sie zuletzt mit {events} Ereignissen gesehen: Sie wurde entfernt, geleert oder ersetzt.</translation>
    </message>
    <message>
        <source>{state}: {detail}.</source>
        <translation>{state}: {detail}.</translation>
    </message>
    <message>
        <source>{state} ({detail}); nothing can be sent until it can.</source>
        <translation>{state} ({detail}); bis dahin kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>{state}; nothing can be sent until it can.</source>
        <translation>{state}; bis dahin kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Starting a new journal needs a note saying why.</source>
        <translation>Ein neues Journal zu beginnen braucht eine Notiz mit dem Grund.</translation>
    </message>
    <message>
        <source>The journal is intact; it is not moved aside.</source>
        <translation>Das Journal ist intakt; es wird nicht beiseitegelegt.</translation>
    </message>
    <message>
        <source>The journal cannot be moved aside now: {sentence}</source>
        <translation>Das Journal kann jetzt nicht beiseitegelegt werden: {sentence}</translation>
    </message>
    <message>
        <source>The damaged journal was kept as {name} beside the new one, in {folder}; nothing in it was changed.</source>
        <translation>Das beschädigte Journal wurde als {name} neben dem neuen aufbewahrt, in {folder}; nichts darin wurde geändert.</translation>
    </message>
    <message>
        <source>{name} removed or altered</source>
        <translation>{name} entfernt oder verändert</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>The journal&apos;s protections against edits were changed outside SmartPay Desk ({what}).</source>
        <translation>Der Schutz des Journals gegen Änderungen wurde außerhalb von SmartPay Desk verändert ({what}).</translation>
    </message>
    <message>
        <source>The journal&apos;s own tally is not sealed by SmartPay Desk: it was changed outside it.</source>
        <translation>Die eigene Bilanz des Journals ist nicht von SmartPay Desk versiegelt: Sie wurde außerhalb davon verändert.</translation>
    </message>
    <message>
        <source>The journal does not add up: {differences}. It was changed outside SmartPay Desk.</source>
        <translation>Das Journal geht nicht auf: {differences}. Es wurde außerhalb von SmartPay Desk verändert.</translation>
    </message>
    <message>
        <source>The journal is sealed with a key kept in the system keyring, which this session cannot reach, so its history cannot be checked and nothing can be added to it.</source>
        <translation>Das Journal ist mit einem Schlüssel aus dem Schlüsselbund des Systems versiegelt, den diese Sitzung nicht erreicht, daher kann sein Verlauf nicht geprüft und nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The key that seals this journal (key {key_id}) is not in this computer&apos;s keyring (was the data folder moved or copied here, or the keyring reset?), so its history cannot be checked.</source>
        <translation>Der Schlüssel, der dieses Journal versiegelt (Schlüssel {key_id}), ist nicht im Schlüsselbund dieses Computers (wurde der Datenordner hierher verschoben oder kopiert oder der Schlüsselbund zurückgesetzt?), daher kann sein Verlauf nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The keyring holds another key than the one that sealed this journal (key {key_id}).</source>
        <translation>Der Schlüsselbund enthält einen anderen Schlüssel als den, der dieses Journal versiegelt hat (Schlüssel {key_id}).</translation>
    </message>
    <message>
        <source>{count} older event(s) were sealed with a key that is gone (let go when a person acknowledged it); they were checked for order only.</source>
        <translation>{count} ältere(s) Ereignis(se) wurden mit einem Schlüssel versiegelt, den es nicht mehr gibt (aufgegeben, als eine Person es bestätigte); sie wurden nur auf ihre Reihenfolge geprüft.</translation>
    </message>
    <message>
        <source>The journal ends earlier than it did: this computer last saw {events} events ending with event {last}, and it now holds {now_events} ending with event {now_last} ({gone} removed from its end, or an older copy put in its place).</source>
        <translation>Das Journal endet früher als zuvor: Dieser Computer hat zuletzt {events} Ereignisse bis Ereignis {last} gesehen, jetzt enthält es {now_events} bis Ereignis {now_last} ({gone} an seinem Ende entfernt oder eine ältere Kopie an seine Stelle gesetzt).</translation>
    </message>
    <message>
        <source>The journal&apos;s history up to event {event} is not the one this computer last saw.</source>
        <translation>Der Verlauf des Journals bis Ereignis {event} ist nicht der, den dieser Computer zuletzt gesehen hat.</translation>
    </message>
    <message>
        <source>The journal file is damaged inside: SQLite finds {finding} …</source>
        <translation>Die Journaldatei ist innen beschädigt: SQLite findet {finding} …</translation>
    </message>
    <message>
        <source>The journal file is damaged inside: SQLite finds {finding}.</source>
        <translation>Die Journaldatei ist innen beschädigt: SQLite findet {finding}.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of SmartPay Desk; this version cannot use it and changed nothing in it. Update SmartPay Desk on this computer; nothing was sent.</source>
        <translation>Das Journal wurde von einer neueren Version von SmartPay Desk geschrieben; diese Version kann es nicht verwenden und hat nichts darin geändert. Aktualisieren Sie SmartPay Desk auf diesem Computer; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>{where} is at version {found}; this program knows versions up to {latest}</source>
        <translation>{where} hat Version {found}; dieses Programm kennt Versionen bis {latest}</translation>
    </message>
    <message>
        <source>payment h2h</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <source>authorize</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>recurrent</source>
        <translation>Folgezahlung</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs_review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>order id {order_id} was already used for a {kind} ({state}) on {when} UTC</source>
        <translation>die Bestellnummer {order_id} wurde bereits für einen Vorgang „{kind}“ ({state}) am {when} UTC verwendet</translation>
    </message>
    <message>
        <source>this {kind} (key {key}) was already recorded as journal entry {entry_id} ({state})</source>
        <translation>dieser Vorgang „{kind}“ (Schlüssel {key}) wurde bereits als Journaleintrag {entry_id} erfasst ({state})</translation>
    </message>
    <message>
        <source>A refund of order {order_id} is still waiting for its outcome; wait for it before refunding again.</source>
        <translation>Eine Erstattung der Bestellung {order_id} wartet noch auf ihr Ergebnis; warten Sie darauf, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>A {kind} of order {order_id} is still waiting for its outcome; wait for it before trying again.</source>
        <translation>Ein Vorgang „{kind}“ der Bestellung {order_id} wartet noch auf sein Ergebnis; warten Sie darauf, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Order {order_id} has {refunded} of {cap} refunded already; at most {left} can still be refunded.</source>
        <translation>Von Bestellung {order_id} wurden bereits {refunded} von {cap} erstattet; höchstens {left} können noch erstattet werden.</translation>
    </message>
    <message>
        <source>Order {order_id} was already captured.</source>
        <translation>Bestellung {order_id} wurde bereits eingezogen.</translation>
    </message>
    <message>
        <source>Order {order_id} was already cancelled.</source>
        <translation>Bestellung {order_id} wurde bereits storniert.</translation>
    </message>
    <message>
        <source>Order {order_id} was already {kind}.</source>
        <translation>Bestellung {order_id} ist bereits: {kind}.</translation>
    </message>
    <message>
        <source>written, not yet sent</source>
        <translation>geschrieben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>sent, waiting for the answer</source>
        <translation>gesendet, wartet auf die Antwort</translation>
    </message>
    <message>
        <source>processing at the gateway</source>
        <translation>in Bearbeitung beim Gateway</translation>
    </message>
    <message>
        <source>outcome unknown: checking</source>
        <translation>Ergebnis unbekannt: wird geprüft</translation>
    </message>
    <message>
        <source>needs review by an operator</source>
        <translation>muss von einem Bearbeiter geprüft werden</translation>
    </message>
    <message>
        <source>card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>repeat charge</source>
        <translation>Folgezahlung</translation>
    </message>
    <message>
        <source>{folder} cannot be written ({error})</source>
        <translation>in {folder} kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <source>An acknowledgement needs a note saying what was checked.</source>
        <translation>Eine Bestätigung braucht eine Notiz, was geprüft wurde.</translation>
    </message>
    <message>
        <source>acknowledge it where the keyring that holds the journal&apos;s key is unlocked</source>
        <translation>bestätigen Sie es dort, wo der Schlüsselbund mit dem Schlüssel des Journals entsperrt ist</translation>
    </message>
    <message>
        <source>the journal should hold {expected} entries and holds {entries}</source>
        <translation>das Journal sollte {expected} Einträge enthalten und enthält {entries}</translation>
    </message>
    <message>
        <source>the states of its entries were changed ({states})</source>
        <translation>die Zustände seiner Einträge wurden verändert ({states})</translation>
    </message>
    <message>
        <source>an amount was changed</source>
        <translation>ein Betrag wurde verändert</translation>
    </message>
    <message>
        <source>the kind of an operation was changed</source>
        <translation>die Art eines Vorgangs wurde verändert</translation>
    </message>
    <message>
        <source>it should hold {events} events ending with event {last}, and holds {now_events} ending with event {now_last}</source>
        <translation>es sollte {events} Ereignisse bis Ereignis {last} enthalten und enthält {now_events} bis Ereignis {now_last}</translation>
    </message>
    <message>
        <source>its event {event} is not the one it was written with</source>
        <translation>sein Ereignis {event} ist nicht das, mit dem es geschrieben wurde</translation>
    </message>
    <message>
        <source>every event re-checked</source>
        <translation>jedes Ereignis erneut geprüft</translation>
    </message>
    <message>
        <source>new events re-checked, the rest by its sealed tally</source>
        <translation>neue Ereignisse erneut geprüft, der Rest über seine versiegelte Bilanz</translation>
    </message>
    <message>
        <source>The journal is intact ({entries} entries, {events} events; {how}).</source>
        <translation>Das Journal ist intakt ({entries} Einträge, {events} Ereignisse; {how}).</translation>
    </message>
    <message>
        <source>The journal has known damage ({count} problem(s)); {ack}. Nothing new was found since, so money may move.</source>
        <translation>Das Journal hat bekannte Schäden ({count} Problem(e)); {ack}. Seitdem wurde nichts Neues gefunden, daher darf Geld bewegt werden.</translation>
    </message>
    <message>
        <source>a person acknowledged it</source>
        <translation>eine Person hat es bestätigt</translation>
    </message>
    <message>
        <source>The journal was changed or damaged: {problem} (and {count} more problem(s): `smartpay journal --verify` lists them).</source>
        <translation>Das Journal wurde verändert oder beschädigt: {problem} (und {count} weitere(s) Problem(e): `smartpay journal --verify` listet sie auf).</translation>
    </message>
    <message>
        <source>The journal was changed or damaged: {problem}.</source>
        <translation>Das Journal wurde verändert oder beschädigt: {problem}</translation>
    </message>
    <message>
        <source>Money-moving actions are refused until a person acknowledges it ({command}); lookups and reports still work.</source>
        <translation>Aktionen, die Geld bewegen, werden abgelehnt, bis eine Person es bestätigt ({command}); Abfragen und Berichte funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Money-moving actions are refused and the file is left as it is; {command} moves it aside (kept, with a time stamp) and starts a new journal.</source>
        <translation>Aktionen, die Geld bewegen, werden abgelehnt, und die Datei bleibt, wie sie ist; {command} legt sie beiseite (aufbewahrt, mit Zeitstempel) und beginnt ein neues Journal.</translation>
    </message>
    <message>
        <source>The journal could not be checked now.</source>
        <translation>Das Journal konnte gerade nicht geprüft werden.</translation>
    </message>
    <message>
        <source>{sentence} Nothing was sent: money-moving actions wait until a person acknowledges the damage ({command}).</source>
        <translation>{sentence} Nichts wurde gesendet: Aktionen, die Geld bewegen, warten, bis eine Person den Schaden bestätigt ({command}).</translation>
    </message>
    <message>
        <source>Refused before sending.</source>
        <translation>Vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>This needs an explicit confirmation; nothing was sent.</source>
        <translation>Dies muss ausdrücklich bestätigt werden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>This order id has already been used from this desk; nothing was sent.</source>
        <translation>Diese Bestellnummer wurde von diesem Desk schon verwendet; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The account {account} works in {account_currency}, not {currency}.</source>
        <translation>Das Konto {account} wird in {account_currency} geführt, nicht in {currency}.</translation>
    </message>
    <message>
        <source>The payout of {amount} is more than the available balance of {available} on {account}.</source>
        <translation>Die Auszahlung über {amount} übersteigt das verfügbare Guthaben von {available} auf {account}.</translation>
    </message>
    <message>
        <source>Only payments can be refunded; order {order_id} is a {type}.</source>
        <translation>Nur Zahlungen können erstattet werden; die Bestellung {order_id} ist vom Typ {type}.</translation>
    </message>
    <message>
        <source>Only successful payments can be refunded; order {order_id} {status}.</source>
        <translation>Nur erfolgreiche Zahlungen können erstattet werden; Bestellung {order_id}: {status}.</translation>
    </message>
    <message>
        <source>Nothing is left to refund of order {order_id}: it has been refunded in full.</source>
        <translation>Von der Bestellung {order_id} ist nichts mehr zu erstatten: Sie wurde vollständig erstattet.</translation>
    </message>
    <message>
        <source>A refund of order {order_id} is still waiting for its outcome (journal entry {entry_id}); wait for it before refunding again.</source>
        <translation>Eine Erstattung der Bestellung {order_id} wartet noch auf ihr Ergebnis (Journaleintrag {entry_id}); warten Sie es ab, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>An identical refund of order {order_id} needs review (journal entry {entry_id}): its outcome was lost, so no other refund of this order is sent until it is settled. Verify it in the gateway&apos;s Refund report, then settle it in Activity or with `smartpay resolve {entry_id} --succeeded|--failed --note …`.</source>
        <translation>Eine gleiche Erstattung der Bestellung {order_id} muss geprüft werden (Journaleintrag {entry_id}): Ihr Ergebnis ging verloren, daher wird keine weitere Erstattung dieser Bestellung gesendet, bis sie geklärt ist. Prüfen Sie sie im Erstattungsbericht des Gateways und klären Sie sie dann unter „Aktivität“ oder mit `smartpay resolve {entry_id} --succeeded|--failed --note …`.</translation>
    </message>
    <message>
        <source>A refund of order {order_id} needs review (journal entry {entry_id}): its outcome was lost, so no other refund of this order is sent until it is settled. Verify it in the gateway&apos;s Refund report, then settle it in Activity or with `smartpay resolve {entry_id} --succeeded|--failed --note …`.</source>
        <translation>Eine Erstattung der Bestellung {order_id} muss geprüft werden (Journaleintrag {entry_id}): Ihr Ergebnis ging verloren, daher wird keine weitere Erstattung dieser Bestellung gesendet, bis sie geklärt ist. Prüfen Sie sie im Erstattungsbericht des Gateways und klären Sie sie dann unter „Aktivität“ oder mit `smartpay resolve {entry_id} --succeeded|--failed --note …`.</translation>
    </message>
    <message>
        <source>The refund of {amount} is more than the {left} left to refund of order {order_id} ({paid} paid).</source>
        <translation>Die Erstattung über {amount} ist höher als die {left}, die von der Bestellung {order_id} noch zu erstatten sind ({paid} bezahlt).</translation>
    </message>
    <message>
        <source>Only a payment can be charged again; order {order_id} is a {type}.</source>
        <translation>Nur eine Zahlung kann erneut belastet werden; die Bestellung {order_id} ist vom Typ {type}.</translation>
    </message>
    <message>
        <source>A repeat charge needs a successful payment; order {order_id} {status}.</source>
        <translation>Eine Folgezahlung setzt eine erfolgreiche Zahlung voraus; Bestellung {order_id}: {status}.</translation>
    </message>
    <message>
        <source>Order {order_id} is not an open authorization (it is {what}), so it cannot be captured.</source>
        <translation>Die Bestellung {order_id} ist keine offene Autorisierung (Stand: {what}), daher kann sie nicht eingezogen werden.</translation>
    </message>
    <message>
        <source>Order {order_id} is not an open authorization (it is {what}), so it cannot be cancelled.</source>
        <translation>Die Bestellung {order_id} ist keine offene Autorisierung (Stand: {what}), daher kann sie nicht storniert werden.</translation>
    </message>
    <message>
        <source>The repeat charge of {amount} is more than the {parent_amount} of its parent order {parent_order_id}: charge more than the original payment only if that is meant.</source>
        <translation>Die Folgezahlung über {amount} ist höher als die {parent_amount} ihrer ursprünglichen Bestellung {parent_order_id}: Belasten Sie nur dann mehr als die ursprüngliche Zahlung, wenn das so gewollt ist.</translation>
    </message>
    <message>
        <source>Order {order_id} was made without the recurrent flag (this desk&apos;s journal): the customer may not have agreed to repeat charges, and the gateway or the card&apos;s bank may refuse them.</source>
        <translation>Die Bestellung {order_id} wurde ohne das Kennzeichen für Folgezahlungen angelegt (Journal dieses Desks): Der Kunde hat Folgezahlungen womöglich nicht zugestimmt, und das Gateway oder die Bank der Karte kann sie ablehnen.</translation>
    </message>
    <message>
        <source>refunded (refund id {refund_id})</source>
        <translation>erstattet (Erstattungs-ID {refund_id})</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>{when}: order {order_id}, journal entry {entry_id}, {state}</source>
        <translation>{when}: Bestellung {order_id}, Journaleintrag {entry_id}, {state}</translation>
    </message>
    <message>
        <source>A repeat charge of {amount} on the card of order {parent_order_id} was already made {earlier}. Charge the same amount again only if that is meant.</source>
        <translation>Eine Folgezahlung über {amount} auf die Karte der Bestellung {parent_order_id} wurde bereits ausgeführt: {earlier}. Belasten Sie denselben Betrag nur dann erneut, wenn das so gewollt ist.</translation>
    </message>
    <message>
        <source>A payout of {amount} to {destination} was already made {earlier}. Pay the same amount to the same destination again only if that is meant.</source>
        <translation>Eine Auszahlung über {amount} an {destination} wurde bereits ausgeführt: {earlier}. Zahlen Sie denselben Betrag nur dann erneut an dasselbe Ziel aus, wenn das so gewollt ist.</translation>
    </message>
    <message>
        <source>A payout of {amount} to {destination} was already made {earlier} (this desk cannot tell whether it is the same card: without the card&apos;s fingerprint it has only its first six and last four digits). Pay the same amount to the same destination again only if that is meant.</source>
        <translation>Eine Auszahlung über {amount} an {destination} wurde bereits ausgeführt: {earlier} (dieser Desk kann nicht erkennen, ob es dieselbe Karte ist: Ohne den Fingerabdruck der Karte kennt er nur ihre ersten sechs und letzten vier Ziffern). Zahlen Sie denselben Betrag nur dann erneut an dasselbe Ziel aus, wenn das so gewollt ist.</translation>
    </message>
    <message>
        <source>card {card}</source>
        <translation>Karte {card}</translation>
    </message>
    <message>
        <source>Order {order_id} is not in this desk&apos;s journal.</source>
        <translation>Die Bestellung {order_id} steht nicht im Journal dieses Desks.</translation>
    </message>
    <message>
        <source>Only an entry waiting for review can be marked by hand.</source>
        <translation>Nur ein Eintrag, der auf Prüfung wartet, kann von Hand markiert werden.</translation>
    </message>
    <message>
        <source>authorized and already captured</source>
        <translation>autorisiert und bereits eingezogen</translation>
    </message>
    <message>
        <source>the gateway answered status {status}</source>
        <translation>das Gateway antwortete mit Status {status}</translation>
    </message>
    <message>
        <source>authorized: capture or cancel it</source>
        <translation>autorisiert: einziehen oder stornieren</translation>
    </message>
    <message>
        <source>waiting for the customer&apos;s authentication ({url})</source>
        <translation>wartet auf die Authentifizierung des Kunden ({url})</translation>
    </message>
    <message>
        <source>charged (payment id {payment_id})</source>
        <translation>belastet (Zahlungs-ID {payment_id})</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>belastet</translation>
    </message>
    <message>
        <source>checking the gateway&apos;s refund report…</source>
        <translation>Erstattungsbericht des Gateways wird geprüft…</translation>
    </message>
    <message>
        <source>the gateway&apos;s refunds of this order could not be read; the gateway stays the judge</source>
        <translation>die Erstattungen dieser Bestellung beim Gateway konnten nicht gelesen werden; maßgeblich bleibt das Gateway</translation>
    </message>
    <message>
        <source>the gateway&apos;s Refund report, {first_day} to {last_day}, read {read_at}</source>
        <translation>Erstattungsbericht des Gateways, {first_day} bis {last_day}, gelesen um {read_at}</translation>
    </message>
    <message>
        <source>the gateway&apos;s Refund report, {day}, read {read_at}</source>
        <translation>Erstattungsbericht des Gateways, {day}, gelesen um {read_at}</translation>
    </message>
    <message>
        <source>{amount} (this desk&apos;s journal)</source>
        <translation>{amount} (Journal dieses Desks)</translation>
    </message>
    <message>
        <source>{amount} (this desk&apos;s journal), {held} of it not settled yet (entry {entry_id})</source>
        <translation>{amount} (Journal dieses Desks), davon {held} noch nicht abgeschlossen (Eintrag {entry_id})</translation>
    </message>
    <message>
        <source>{amount} (paid, less the refunds in this desk&apos;s journal and the gateway&apos;s report)</source>
        <translation>{amount} (bezahlt, abzüglich der Erstattungen im Journal dieses Desks und im Bericht des Gateways)</translation>
    </message>
    <message>
        <source>at most {amount} (paid, less the refunds this desk knows of)</source>
        <translation>höchstens {amount} (bezahlt, abzüglich der Erstattungen, die dieser Desk kennt)</translation>
    </message>
    <message>
        <source>{amount} (the gateway&apos;s /check)</source>
        <translation>{amount} (/check des Gateways)</translation>
    </message>
    <message>
        <source>not known: the gateway&apos;s refunds of this order could not be read; the gateway stays the judge</source>
        <translation>nicht bekannt: die Erstattungen dieser Bestellung beim Gateway konnten nicht gelesen werden; maßgeblich bleibt das Gateway</translation>
    </message>
    <message>
        <source>{amount} of this order</source>
        <translation>{amount} dieser Bestellung</translation>
    </message>
    <message>
        <source>{amount} in 1 refund on the same card and customer since this payment, which may be of this order or of another of this customer&apos;s payments</source>
        <translation>{amount} in 1 Erstattung auf derselben Karte und für denselben Kunden seit dieser Zahlung, die zu dieser Bestellung oder zu einer anderen Zahlung dieses Kunden gehören kann</translation>
    </message>
    <message>
        <source>{amount} in {count} refunds on the same card and customer since this payment, which may be of this order or of another of this customer&apos;s payments</source>
        <translation>{amount} in {count} Erstattungen auf derselben Karte und für denselben Kunden seit dieser Zahlung, die zu dieser Bestellung oder zu einer anderen Zahlung dieses Kunden gehören können</translation>
    </message>
    <message>
        <source>{exact}; {possible} ({source})</source>
        <translation>{exact}; {possible} ({source})</translation>
    </message>
    <message>
        <source>{refunds} ({source})</source>
        <translation>{refunds} ({source})</translation>
    </message>
    <message>
        <source>none ({source})</source>
        <translation>keine ({source})</translation>
    </message>
    <message>
        <source>This order cannot be refunded: only successful payments can.</source>
        <translation>Diese Bestellung kann nicht erstattet werden: Das geht nur bei erfolgreichen Zahlungen.</translation>
    </message>
    <message>
        <source>A refund of this order ({amount}, journal entry {entry_id}) is waiting for review: no other refund of it is sent until it is settled.</source>
        <translation>Eine Erstattung dieser Bestellung ({amount}, Journaleintrag {entry_id}) wartet auf Prüfung: Keine weitere Erstattung wird gesendet, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A refund of this order ({amount}, journal entry {entry_id}) is still on its way: no other refund of it is sent until it is settled.</source>
        <translation>Eine Erstattung dieser Bestellung ({amount}, Journaleintrag {entry_id}) ist noch unterwegs: Keine weitere Erstattung wird gesendet, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The gateway declined a refund of {amount} {when}: “{words}”. What is left to refund is not known to this desk, so no amount is filled in.</source>
        <translation>Das Gateway hat eine Erstattung über {amount} abgelehnt ({when}): „{words}“. Was noch zu erstatten ist, weiß dieser Desk nicht, daher wird kein Betrag eingetragen.</translation>
    </message>
    <message>
        <source>This payment has been refunded in full.</source>
        <translation>Diese Zahlung wurde vollständig erstattet.</translation>
    </message>
    <message>
        <source>Order {order_id}: up to {amount} by this desk&apos;s journal; checking the gateway&apos;s refund report…</source>
        <translation>Bestellung {order_id}: laut Journal dieses Desks bis zu {amount}; Erstattungsbericht des Gateways wird geprüft…</translation>
    </message>
    <message>
        <source>Order {order_id}: up to {amount} by this desk&apos;s journal; the gateway&apos;s refunds of this order could not be read; the gateway stays the judge.</source>
        <translation>Bestellung {order_id}: laut Journal dieses Desks bis zu {amount}; die Erstattungen dieser Bestellung beim Gateway konnten nicht gelesen werden; maßgeblich bleibt das Gateway.</translation>
    </message>
    <message>
        <source>Order {order_id}: up to {amount} by this desk&apos;s journal. The gateway&apos;s report shows refunds on the same card and customer since this payment: check whether they are of this order before refunding; no amount is filled in.</source>
        <translation>Bestellung {order_id}: laut Journal dieses Desks bis zu {amount}. Der Bericht des Gateways zeigt Erstattungen auf derselben Karte und für denselben Kunden seit dieser Zahlung: Prüfen Sie vor dem Erstatten, ob sie zu dieser Bestellung gehören; es wird kein Betrag eingetragen.</translation>
    </message>
    <message>
        <source>Order {order_id}: {amount} can be refunded.</source>
        <translation>Bestellung {order_id}: {amount} können erstattet werden.</translation>
    </message>
    <message>
        <source>never reached the gateway: nothing was done (safe to send again under a new order id)</source>
        <translation>hat das Gateway nie erreicht: nichts wurde ausgeführt (kann unter einer neuen Bestellnummer gefahrlos erneut gesendet werden)</translation>
    </message>
    <message>
        <source>not sent, safe to resend</source>
        <translation>nicht gesendet, kann gefahrlos erneut gesendet werden</translation>
    </message>
    <message>
        <source>{kind} {order_id}</source>
        <translation>{kind} {order_id}</translation>
    </message>
    <message>
        <source>refund of order {order_id} ({ref})</source>
        <translation>Erstattung der Bestellung {order_id} ({ref})</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>still {state}</source>
        <translation>weiterhin {state}</translation>
    </message>
    <message>
        <source>{what}: {move}: {note}</source>
        <translation>{what}: {move}: {note}</translation>
    </message>
    <message>
        <source>{what}: {move}</source>
        <translation>{what}: {move}</translation>
    </message>
    <message>
        <source>its answer was lost</source>
        <translation>ihre Antwort ging verloren</translation>
    </message>
    <message>
        <source>The refund for order {order_id} may or may not have been made ({why}). Look for it in a Refund report or the gateway&apos;s back office before refunding again, then mark this entry as succeeded or failed.</source>
        <translation>Die Erstattung für Bestellung {order_id} wurde möglicherweise ausgeführt, möglicherweise nicht ({why}). Suchen Sie sie in einem Erstattungsbericht oder im Back Office des Gateways, bevor Sie erneut erstatten, und markieren Sie diesen Eintrag dann als erfolgreich oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The refund of {amount} for order {order_id} may or may not have been made ({why}). Look for it in a Refund report or the gateway&apos;s back office before refunding again, then mark this entry as succeeded or failed.</source>
        <translation>Die Erstattung über {amount} für Bestellung {order_id} wurde möglicherweise ausgeführt, möglicherweise nicht ({why}). Suchen Sie sie in einem Erstattungsbericht oder im Back Office des Gateways, bevor Sie erneut erstatten, und markieren Sie diesen Eintrag dann als erfolgreich oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>failed at the gateway</source>
        <translation>beim Gateway fehlgeschlagen</translation>
    </message>
    <message>
        <source>{note} (gates tried: {tried})</source>
        <translation>{note} (versuchte Zugänge: {tried})</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>eingezogen</translation>
    </message>
    <message>
        <source>not captured: the authorization is still open</source>
        <translation>nicht eingezogen: die Autorisierung ist noch offen</translation>
    </message>
    <message>
        <source>not captured: the authorization was cancelled or failed</source>
        <translation>nicht eingezogen: die Autorisierung wurde storniert oder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled: the authorization was voided</source>
        <translation>storniert: die Autorisierung wurde aufgehoben</translation>
    </message>
    <message>
        <source>not cancelled: the authorization is still open</source>
        <translation>nicht storniert: die Autorisierung ist noch offen</translation>
    </message>
    <message>
        <source>not cancelled: the payment was captured</source>
        <translation>nicht storniert: die Zahlung wurde eingezogen</translation>
    </message>
    <message>
        <source>confirmed by the gateway</source>
        <translation>vom Gateway bestätigt</translation>
    </message>
    <message>
        <source>the gateway reports status {status}</source>
        <translation>das Gateway meldet Status {status}</translation>
    </message>
    <message>
        <source>the gateway does not (yet) know this order id</source>
        <translation>das Gateway kennt diese Bestellnummer (noch) nicht</translation>
    </message>
    <message>
        <source>could not check: {reason}</source>
        <translation>konnte nicht prüfen: {reason}</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>outcome unknown: {problem}</source>
        <translation>Ergebnis unbekannt: {problem}</translation>
    </message>
    <message>
        <source>not sent: the desk stopped before sending it</source>
        <translation>nicht gesendet: der Desk wurde vor dem Senden beendet</translation>
    </message>
    <message>
        <source>the desk stopped before its answer was recorded</source>
        <translation>der Desk wurde beendet, bevor ihre Antwort festgehalten war</translation>
    </message>
    <message>
        <source>{file} is not a gateway report (no Order ID, Status, Amount, Currency).</source>
        <translation>{file} ist kein Gateway-Bericht (es fehlen die Spalten Order ID, Status, Amount, Currency).</translation>
    </message>
    <message>
        <source>the report could not be read ({name})</source>
        <translation>der Bericht konnte nicht gelesen werden ({name})</translation>
    </message>
    <message>
        <source>the report could not be read</source>
        <translation>der Bericht konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>a duplicate within 24 hours</source>
        <translation>eine Wiederholung innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>above its parent&apos;s amount</source>
        <translation>über dem Betrag der ursprünglichen Zahlung</translation>
    </message>
    <message>
        <source>confirmed by {operator} — {what}</source>
        <translation>bestätigt von {operator} — {what}</translation>
    </message>
    <message>
        <source>not sent: {reason}</source>
        <translation>nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>refused by the gateway, nothing was changed: {reason}</source>
        <translation>vom Gateway abgelehnt, nichts wurde geändert: {reason}</translation>
    </message>
    <message>
        <source>unexpected {name}</source>
        <translation>unerwartet: {name}</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>die Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>unclear answer</source>
        <translation>unklare Antwort</translation>
    </message>
    <message>
        <source>outcome unknown: checking ({why})</source>
        <translation>Ergebnis unbekannt: wird geprüft ({why})</translation>
    </message>
    <message>
        <source>waiting for the customer ({url})</source>
        <translation>wartet auf den Kunden ({url})</translation>
    </message>
    <message>
        <source>is still processing</source>
        <translation>wird noch verarbeitet</translation>
    </message>
    <message>
        <source>has status {status}</source>
        <translation>hat den Status {status}</translation>
    </message>
    <message>
        <source>a completed payment</source>
        <translation>eine abgeschlossene Zahlung</translation>
    </message>
    <message>
        <source>a failed payment</source>
        <translation>eine fehlgeschlagene Zahlung</translation>
    </message>
    <message>
        <source>still processing</source>
        <translation>noch in Verarbeitung</translation>
    </message>
    <message>
        <source>in status {status}</source>
        <translation>im Status {status}</translation>
    </message>
    <message>
        <source>The gateway has no order {order_id}, so it cannot be captured.</source>
        <translation>Das Gateway hat keine Bestellung {order_id}, daher kann sie nicht eingezogen werden.</translation>
    </message>
    <message>
        <source>The gateway has no order {order_id}, so it cannot be cancelled.</source>
        <translation>Das Gateway hat keine Bestellung {order_id}, daher kann sie nicht storniert werden.</translation>
    </message>
    <message>
        <source>The gateway has no order {order_id}, so it cannot be charged again.</source>
        <translation>Das Gateway hat keine Bestellung {order_id}, daher kann sie nicht erneut belastet werden.</translation>
    </message>
    <message>
        <source>marked succeeded by {operator}: {note}</source>
        <translation>von {operator} als erfolgreich markiert: {note}</translation>
    </message>
    <message>
        <source>marked succeeded by {operator}</source>
        <translation>von {operator} als erfolgreich markiert</translation>
    </message>
    <message>
        <source>marked failed by {operator}: {note}</source>
        <translation>von {operator} als fehlgeschlagen markiert: {note}</translation>
    </message>
    <message>
        <source>marked failed by {operator}</source>
        <translation>von {operator} als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>{ago} ({at})</source>
        <translation>{ago} ({at})</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{count} seconds ago</source>
        <translation>vor {count} Sekunden</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>vor {count} Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>vor {count} Stunden</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>vor {count} Tagen</translation>
    </message>
    <message>
        <source>The {what} of {amount} for order {order_id} to {to}: {state}.</source>
        <translation>{what} über {amount} für Bestellung {order_id} an {to}: {state}.</translation>
    </message>
    <message>
        <source>The {what} of {amount} for order {order_id} to {to}: {state} — {note}.</source>
        <translation>{what} über {amount} für Bestellung {order_id} an {to}: {state} — {note}.</translation>
    </message>
    <message>
        <source>The {what} of {amount} for order {order_id}: {state}.</source>
        <translation>{what} über {amount} für Bestellung {order_id}: {state}.</translation>
    </message>
    <message>
        <source>The {what} of {amount} for order {order_id}: {state} — {note}.</source>
        <translation>{what} über {amount} für Bestellung {order_id}: {state} — {note}.</translation>
    </message>
    <message>
        <source>The {what} for order {order_id} to {to}: {state}.</source>
        <translation>{what} für Bestellung {order_id} an {to}: {state}.</translation>
    </message>
    <message>
        <source>The {what} for order {order_id} to {to}: {state} — {note}.</source>
        <translation>{what} für Bestellung {order_id} an {to}: {state} — {note}.</translation>
    </message>
    <message>
        <source>The {what} for order {order_id}: {state}.</source>
        <translation>{what} für Bestellung {order_id}: {state}.</translation>
    </message>
    <message>
        <source>The {what} for order {order_id}: {state} — {note}.</source>
        <translation>{what} für Bestellung {order_id}: {state} — {note}.</translation>
    </message>
    <message>
        <source>This computer has no system keyring the desk can use, so secrets are kept only until the desk closes and must be entered again next time.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den der Desk nutzen kann; Geheimnisse werden daher nur bis zum Schließen des Desks aufbewahrt und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The only keyring found stores passwords in a plain file, which the desk refuses; secrets are kept only until the desk closes.</source>
        <translation>Der einzige gefundene Schlüsselbund speichert Passwörter in einer unverschlüsselten Datei, was der Desk ablehnt; Geheimnisse werden nur bis zum Schließen des Desks aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keyring did not answer ({name}); secrets are kept only until the desk closes.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet ({name}); Geheimnisse werden nur bis zum Schließen des Desks aufbewahrt.</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most {count} characters.</source>
        <translation>Der Name einer Ansicht hat höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>local, {offsets}</source>
        <translation>lokal, {offsets}</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>The profile {profile} was saved.</source>
        <translation>Das Profil {profile} wurde gespeichert.</translation>
    </message>
    <message>
        <source>The profile {profile} was saved; its secret is in the system keyring.</source>
        <translation>Das Profil {profile} wurde gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The profile {profile} was saved. {problem} The secret is kept for this session only.</source>
        <translation>Das Profil {profile} wurde gespeichert. {problem} Das Geheimnis wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The profile {profile} and its stored secret were deleted.</source>
        <translation>Das Profil {profile} und sein gespeichertes Geheimnis wurden gelöscht.</translation>
    </message>
    <message>
        <source>Enter the secret to test the connection.</source>
        <translation>Geben Sie das Geheimnis ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>{problem} Secrets typed here are kept for this session only.</source>
        <translation>{problem} Hier eingegebene Geheimnisse werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>This computer has no system keyring the desk may keep a password in, so it was not stored.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem der Desk ein Passwort aufbewahren darf; daher wurde es nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring did not answer ({name}), so the password was not stored.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet ({name}), daher wurde das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>{file} stayed locked by another program of SmartPay Desk for {seconds:.0f} seconds; try again once it has finished.</source>
        <translation>{file} war {seconds:.0f} Sekunden lang von einem anderen Programm von SmartPay Desk gesperrt; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Das ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Enter a full address starting with https://.</source>
        <translation>Geben Sie eine vollständige Adresse ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the base address only, without a query, fragment or user name.</source>
        <translation>Geben Sie nur die Basisadresse ein, ohne Abfrage, Fragment oder Benutzernamen.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is allowed only to this computer).</source>
        <translation>Verwenden Sie https:// (einfaches http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Use up to {count} characters, without leading or trailing spaces.</source>
        <translation>Verwenden Sie bis zu {count} Zeichen, ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The reports address is the base that ends in {suffix}.</source>
        <translation>Die Berichtsadresse ist die Basisadresse, die auf {suffix} endet.</translation>
    </message>
    <message>
        <source>Enter the merchant key.</source>
        <translation>Geben Sie den Händlerschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the payments account.</source>
        <translation>Geben Sie das Zahlungskonto ein.</translation>
    </message>
    <message>
        <source>Enter the payout account.</source>
        <translation>Geben Sie das Auszahlungskonto ein.</translation>
    </message>
    <message>
        <source>A team journal is a PostgreSQL address: postgresql://login@host:5432/database.</source>
        <translation>Ein Team-Journal ist eine PostgreSQL-Adresse: postgresql://login@host:5432/database.</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, for example EUR.</source>
        <translation>Verwenden Sie den dreibuchstabigen Währungscode, zum Beispiel EUR.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Es gibt kein Profil namens {name}.</translation>
    </message>
    <message>
        <source>No secret is stored for the profile {profile}: type it in Profiles… (it goes to the system keyring), or set {variable} for this run.</source>
        <translation>Für das Profil {profile} ist kein Geheimnis gespeichert: Geben Sie es unter Profile… ein (es kommt in den Schlüsselbund des Systems), oder setzen Sie {variable} für diesen Lauf.</translation>
    </message>
    <message>
        <source>The profile {profile} works on the practice gateway, and no address of it was given.</source>
        <translation>Das Profil {profile} arbeitet mit dem Übungs-Gateway, und dessen Adresse wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>The practice gateway could not be started ({why}).</source>
        <translation>Das Übungs-Gateway konnte nicht gestartet werden ({why}).</translation>
    </message>
    <message>
        <source>Reset the practice gateway? It goes back to its first start: every payment, payout and refund made on it since is dropped, its sample history comes back and the payout balance is 10,000.00 EUR again. The journal keeps its history: its entries still say what happened then, and an entry still open (in flight or unknown) will be settled by the next reconcile as not found at the gateway. Real gateways are not touched.</source>
        <translation>Das Übungs-Gateway zurücksetzen? Es kehrt zu seinem ersten Start zurück: Jede seither darauf ausgeführte Zahlung, Auszahlung und Erstattung wird verworfen, sein Beispielverlauf kehrt zurück und das Auszahlungsguthaben beträgt wieder 10.000,00 EUR. Das Journal behält seinen Verlauf: Seine Einträge sagen weiterhin, was damals geschah, und ein noch offener Eintrag (unterwegs oder unbekannt) wird beim nächsten Abgleich als beim Gateway nicht gefunden abgeschlossen. Echte Gateways werden nicht berührt.</translation>
    </message>
    <message>
        <source>The journal keeps its history; entries still open will be settled by the reconcile as not found at the gateway.</source>
        <translation>Das Journal behält seinen Verlauf; noch offene Einträge werden beim Abgleich als beim Gateway nicht gefunden abgeschlossen.</translation>
    </message>
    <message>
        <source>{summary} The journal keeps its history; entries still open will be settled by the reconcile as not found at the gateway.</source>
        <translation>{summary} Das Journal behält seinen Verlauf; noch offene Einträge werden beim Abgleich als beim Gateway nicht gefunden abgeschlossen.</translation>
    </message>
    <message>
        <source>The practice gateway is back to its first start. The journal keeps its history; entries still open will be settled by the reconcile as not found at the gateway.</source>
        <translation>Das Übungs-Gateway ist wieder im Zustand seines ersten Starts. Das Journal behält seinen Verlauf; noch offene Einträge werden beim Abgleich als beim Gateway nicht gefunden abgeschlossen.</translation>
    </message>
    <message>
        <source>There is no such difference.</source>
        <translation>Diese Abweichung gibt es nicht.</translation>
    </message>
    <message>
        <source>This report has no difference “{words}” for order {order_id} (it has: {classes}).</source>
        <translation>Dieser Bericht hat keine Abweichung „{words}“ für die Bestellung {order_id} (er hat: {classes}).</translation>
    </message>
    <message>
        <source>This report has no difference “{words}” for order {order_id}.</source>
        <translation>Dieser Bericht hat keine Abweichung „{words}“ für die Bestellung {order_id}.</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>jeder Typ</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>jeder Status</translation>
    </message>
    <message>
        <source>{kinds} report, {statuses}, {days} ({zone})</source>
        <translation>Bericht {kinds}, {statuses}, {days} ({zone})</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a gateway report: its header does not name Order ID, Status, Amount and Currency.</source>
        <translation>{name} ist kein Gateway-Bericht: Die Kopfzeile nennt nicht Order ID, Status, Amount und Currency.</translation>
    </message>
    <message>
        <source>{count:,} rows have no order id and were left out of the reconciliation.</source>
        <translation>{count:,} Zeilen haben keine Bestellnummer und wurden beim Abgleich ausgelassen.</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>erneut prüfen</translation>
    </message>
    <message>
        <source>settle the review</source>
        <translation>die Prüfung abschließen</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>erklären</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>1 day {hours} h</source>
        <translation>1 Tag {hours} Std.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} Tage {hours} Std.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>{kind} of {amount} for order {order_id}</source>
        <translation>{kind} über {amount} für die Bestellung {order_id}</translation>
    </message>
    <message>
        <source>{kind} for order {order_id}</source>
        <translation>{kind} für die Bestellung {order_id}</translation>
    </message>
    <message>
        <source>The {what} needs your verdict: was it made? Look it up at the gateway, then settle it.</source>
        <translation>{what} braucht Ihr Urteil: Wurde der Vorgang ausgeführt? Sehen Sie beim Gateway nach und klären Sie ihn dann.</translation>
    </message>
    <message>
        <source>The {what} is {state} (journal entry {entry}).</source>
        <translation>{what}: {state} (Journaleintrag {entry}).</translation>
    </message>
    <message>
        <source>{cls}: {sentence}</source>
        <translation>{cls}: {sentence}</translation>
    </message>
    <message>
        <source>The {kind} of {amount} for order {order_id}, asked by {operator}, waits for another person&apos;s approval (request {id}).</source>
        <translation>{kind} über {amount} für die Bestellung {order_id}, angefragt von {operator}, wartet auf die Freigabe einer anderen Person (Anfrage {id}).</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv (not “no extension”).</source>
        <translation>Wählen Sie einen Dateinamen, der auf .xlsx oder .csv endet (nicht „keine Endung“).</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv (not “{suffix}”).</source>
        <translation>Wählen Sie einen Dateinamen, der auf .xlsx oder .csv endet (nicht „{suffix}“).</translation>
    </message>
    <message>
        <source>The gateway could not build the report (its task failed); try again or choose a shorter period.</source>
        <translation>Das Gateway konnte den Bericht nicht erstellen (seine Aufgabe ist fehlgeschlagen); versuchen Sie es erneut oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The gateway did not finish the report in time; try again later or choose a shorter period.</source>
        <translation>Das Gateway hat den Bericht nicht rechtzeitig fertiggestellt; versuchen Sie es später erneut oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Asking the gateway for the report…</source>
        <translation>Das Gateway wird nach dem Bericht gefragt…</translation>
    </message>
    <message>
        <source>The gateway is preparing the report ({status}, {seconds:.0f} s)…</source>
        <translation>Das Gateway bereitet den Bericht vor ({status}, {seconds:.0f} s)…</translation>
    </message>
    <message>
        <source>Downloading the report: {done} of {total}…</source>
        <translation>Der Bericht wird heruntergeladen: {done} von {total}…</translation>
    </message>
    <message>
        <source>Downloading the report: {done}…</source>
        <translation>Der Bericht wird heruntergeladen: {done}…</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>{size:.0f} KB</source>
        <translation>{size:.0f} KB</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>still {status} after {seconds:.0f} s</source>
        <translation>nach {seconds:.0f} s noch {status}</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation>{size:,.0f} MB</translation>
    </message>
    <message>
        <source>{name} is a folder, not a spreadsheet.</source>
        <translation>{name} ist ein Ordner, keine Tabelle.</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a spreadsheet.</source>
        <translation>{name} ist leer: Sie ist keine Tabelle.</translation>
    </message>
    <message>
        <source>{name} is {size}; the viewer opens files up to {most}.</source>
        <translation>{name} ist {size} groß; die Berichtsansicht öffnet Dateien bis {most}.</translation>
    </message>
    <message>
        <source>{name} is an old-style .xls file or a password-protected workbook; save it as an unprotected .xlsx in a spreadsheet application and open that.</source>
        <translation>{name} ist eine alte .xls-Datei oder eine kennwortgeschützte Arbeitsmappe; speichern Sie sie in einer Tabellenkalkulation als ungeschützte .xlsx und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx); it may be a renamed file of another kind.</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx); vielleicht ist es eine umbenannte Datei anderer Art.</translation>
    </message>
    <message>
        <source>{name} uses a kind of compression or encryption the viewer does not read.</source>
        <translation>{name} verwendet eine Art von Komprimierung oder Verschlüsselung, die die Berichtsansicht nicht liest.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the download interrupted?); download it again.</source>
        <translation>{name} ist beschädigt oder unvollständig (wurde der Download unterbrochen?); laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>{name} holds {count:,} parts, far more than any spreadsheet; it was not opened.</source>
        <translation>{name} enthält {count:,} Teile, weit mehr als jede Tabelle; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook (.xlsx).</source>
        <translation>{name} ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>{name} unpacks to {ratio:,.0f} times its size (a “zip bomb”); it was not opened for safety.</source>
        <translation>{name} entpackt sich zum {ratio:,.0f}-Fachen ihrer Größe (eine „ZIP-Bombe“); sie wurde zur Sicherheit nicht geöffnet.</translation>
    </message>
    <message>
        <source>{name} unpacks to {size}, more than the viewer&apos;s limit of {most}; export a shorter period.</source>
        <translation>{name} entpackt sich zu {size}, mehr als die Grenze der Berichtsansicht von {most}; exportieren Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Row {row} cannot be the header (it is empty, or too far down); the header was found instead.</source>
        <translation>Zeile {row} kann nicht die Kopfzeile sein (sie ist leer oder zu weit unten); stattdessen wurde die Kopfzeile gesucht.</translation>
    </message>
    <message>
        <source>{count:,} amounts could not be read and are left out of the totals.</source>
        <translation>{count:,} Beträge konnten nicht gelesen werden und fehlen in den Summen.</translation>
    </message>
    <message>
        <source>{count:,} dates could not be read.</source>
        <translation>{count:,} Datumsangaben konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only the first {count:,} rows could be read: the file is too large or damaged.</source>
        <translation>Nur die ersten {count:,} Zeilen konnten gelesen werden: Die Datei ist zu groß oder beschädigt.</translation>
    </message>
    <message>
        <source>{name} needs more memory than the viewer allows; it was not opened.</source>
        <translation>{name} braucht mehr Speicher, als die Berichtsansicht erlaubt; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>{name} is password-protected; open it in a spreadsheet application.</source>
        <translation>{name} ist kennwortgeschützt; öffnen Sie sie in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>{name} contains XML constructs no spreadsheet needs (possibly a malicious file); it was not opened.</source>
        <translation>{name} enthält XML-Konstrukte, die keine Tabelle braucht (möglicherweise eine schädliche Datei); sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a spreadsheet; it may be damaged.</source>
        <translation>{name} konnte nicht als Tabelle gelesen werden; sie ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>The sheet is wider or longer than the viewer shows: at most {columns} columns and {rows:,} rows are shown.</source>
        <translation>Das Blatt ist breiter oder länger, als die Berichtsansicht zeigt: Höchstens {columns} Spalten und {rows:,} Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>This workbook has {count} worksheets; “{sheet}” is shown.</source>
        <translation>Diese Arbeitsmappe hat {count} Arbeitsblätter; „{sheet}“ wird gezeigt.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Das Blatt ist leer.</translation>
    </message>
    <message>
        <source>Only the first {count:,} rows are shown (the viewer&apos;s limit); open the file in a spreadsheet application to see them all.</source>
        <translation>Nur die ersten {count:,} Zeilen werden gezeigt (die Grenze der Berichtsansicht); öffnen Sie die Datei in einer Tabellenkalkulation, um alle zu sehen.</translation>
    </message>
    <message>
        <source>{name} has no visible worksheet named “{wanted}” (its worksheets: {sheets}).</source>
        <translation>{name} hat kein sichtbares Arbeitsblatt namens „{wanted}“ (ihre Arbeitsblätter: {sheets}).</translation>
    </message>
    <message>
        <source>All of this workbook&apos;s worksheets are hidden; the first, “{sheet}”, is shown.</source>
        <translation>Alle Arbeitsblätter dieser Mappe sind ausgeblendet; das erste, „{sheet}“, wird gezeigt.</translation>
    </message>
    <message>
        <source>{name} has no worksheet (only charts or other kinds of sheet).</source>
        <translation>{name} hat kein Arbeitsblatt (nur Diagramme oder andere Arten von Blättern).</translation>
    </message>
    <message>
        <source>It needs another person&apos;s approval, so it was not sent: a request was made.</source>
        <translation>Es braucht die Freigabe einer weiteren Person, daher wurde es nicht gesendet: Eine Anfrage wurde gestellt.</translation>
    </message>
    <message>
        <source>The {kind} of {amount} for order {order_id} needs another person&apos;s approval (the team&apos;s policy: from {above}), so it was not sent. Request {id} is waiting in Approvals; it expires {expires} UTC.</source>
        <translation>Die {kind} über {amount} für Bestellung {order_id} braucht die Freigabe einer weiteren Person (Regel des Teams: ab {above}), daher wurde sie nicht gesendet. Anfrage {id} wartet unter Freigaben; sie läuft am {expires} UTC ab.</translation>
    </message>
    <message>
        <source>There is no request {id} in the team journal.</source>
        <translation>Im Team-Journal gibt es keine Anfrage {id}.</translation>
    </message>
    <message>
        <source>Refund of {amount}</source>
        <translation>Erstattung über {amount}</translation>
    </message>
    <message>
        <source>Payout of {amount}</source>
        <translation>Auszahlung über {amount}</translation>
    </message>
    <message>
        <source>{kind} of {amount}</source>
        <translation>{kind} über {amount}</translation>
    </message>
    <message>
        <source>its file</source>
        <translation>seine Datei</translation>
    </message>
    <message>
        <source>Request {id} approves the batch {name} ({count} rows): its rows are sent from the file, row for row: `smartpay batch send FILE --kind payout` or the Payouts tab&apos;s Batch…; rows already sent are not sent again. Nothing was sent from here.</source>
        <translation>Anfrage {id} gibt den Stapel {name} frei ({count} Zeilen): Seine Zeilen werden aus der Datei gesendet, Zeile für Zeile: `smartpay batch send FILE --kind payout` oder „Stapel…“ auf der Registerkarte „Auszahlungen“; bereits gesendete Zeilen werden nicht erneut gesendet. Von hier wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Request {id} approves the batch {name} ({count} rows): its rows are sent from the file, row for row: `smartpay batch send FILE --kind refund` or the Refunds tab&apos;s Batch…; rows already sent are not sent again. Nothing was sent from here.</source>
        <translation>Anfrage {id} gibt den Stapel {name} frei ({count} Zeilen): Seine Zeilen werden aus der Datei gesendet, Zeile für Zeile: `smartpay batch send FILE --kind refund` oder „Stapel…“ auf der Registerkarte „Erstattungen“; bereits gesendete Zeilen werden nicht erneut gesendet. Von hier wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A batch request needs at least one row.</source>
        <translation>Eine Stapelanfrage braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>Row {row} is in the batch twice.</source>
        <translation>Zeile {row} ist zweimal im Stapel.</translation>
    </message>
    <message>
        <source>Row {row} has no order id.</source>
        <translation>Zeile {row} hat keine Bestellnummer.</translation>
    </message>
    <message>
        <source>Row {row}: the amount must be more than zero.</source>
        <translation>Zeile {row}: Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(kein Dateiname)</translation>
    </message>
    <message>
        <source>Batch {name}: {count} payout, {total} in all, the largest {largest} (row {row})</source>
        <translation>Stapel {name}: {count} Auszahlung, insgesamt {total}, der größte Betrag {largest} (Zeile {row})</translation>
    </message>
    <message>
        <source>Batch {name}: {count} payouts, {total} in all, the largest {largest} (row {row})</source>
        <translation>Stapel {name}: {count} Auszahlungen, insgesamt {total}, der größte Betrag {largest} (Zeile {row})</translation>
    </message>
    <message>
        <source>Batch {name}: {count} refund, {total} in all, the largest {largest} (row {row})</source>
        <translation>Stapel {name}: {count} Erstattung, insgesamt {total}, der größte Betrag {largest} (Zeile {row})</translation>
    </message>
    <message>
        <source>Batch {name}: {count} refunds, {total} in all, the largest {largest} (row {row})</source>
        <translation>Stapel {name}: {count} Erstattungen, insgesamt {total}, der größte Betrag {largest} (Zeile {row})</translation>
    </message>
    <message>
        <source>Batch {name}: {count} {what}, {total} in all, the largest {largest} (row {row})</source>
        <translation>Stapel {name}: {count} {what}, insgesamt {total}, der größte Betrag {largest} (Zeile {row})</translation>
    </message>
    <message>
        <source>The team&apos;s approval of the batch does not cover it, so it was not sent.</source>
        <translation>Die Freigabe des Stapels durch das Team deckt dies nicht ab, daher wurde es nicht gesendet.</translation>
    </message>
    <message>
        <source>Batch request {n} is still waiting for another person&apos;s approval; its rows are sent once approved.</source>
        <translation>Stapelanfrage {n} wartet noch auf die Freigabe einer weiteren Person; ihre Zeilen werden nach der Freigabe gesendet.</translation>
    </message>
    <message>
        <source>Batch request {n} was rejected by {by}: {note}; its rows are not sent.</source>
        <translation>Stapelanfrage {n} wurde von {by} abgelehnt: {note}; ihre Zeilen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Batch request {n} was rejected by {by}; its rows are not sent.</source>
        <translation>Stapelanfrage {n} wurde von {by} abgelehnt; ihre Zeilen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Batch request {n} has {state}; its rows are not sent. Send the file again to ask for a new approval.</source>
        <translation>Stapelanfrage {n} ist {state}; ihre Zeilen werden nicht gesendet. Senden Sie die Datei erneut, um eine neue Freigabe anzufragen.</translation>
    </message>
    <message>
        <source>Batch request {n} expired at {at} UTC; the rows not sent by then need a new approval: send the file again to ask for one.</source>
        <translation>Stapelanfrage {n} ist am {at} UTC abgelaufen; die bis dahin nicht gesendeten Zeilen brauchen eine neue Freigabe: Senden Sie die Datei erneut, um sie anzufragen.</translation>
    </message>
    <message>
        <source>Order {order_id} is not a row of batch request {n}: only the rows that were approved are sent. Ask for a new approval to send it.</source>
        <translation>Bestellung {order_id} ist keine Zeile der Stapelanfrage {n}: Nur die freigegebenen Zeilen werden gesendet. Fragen Sie eine neue Freigabe an, um sie zu senden.</translation>
    </message>
    <message>
        <source>Row {row} of batch request {n} was sent already as journal entry {entry} ({state}); it is not sent again.</source>
        <translation>Zeile {row} der Stapelanfrage {n} wurde bereits als Journaleintrag {entry} gesendet ({state}); sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Batch request {n} does not allow it.</source>
        <translation>Stapelanfrage {n} erlaubt das nicht.</translation>
    </message>
    <message>
        <source>Row {row} of batch request {n} was approved for {amount}, not {asked}; it was not sent: a change needs a new approval.</source>
        <translation>Zeile {row} der Stapelanfrage {n} wurde für {amount} freigegeben, nicht für {asked}; sie wurde nicht gesendet: Eine Änderung braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>the approved destination</source>
        <translation>das freigegebene Ziel</translation>
    </message>
    <message>
        <source>Row {row} of batch request {n} was approved to pay {to}, and this is another destination; it was not sent: a change needs a new approval.</source>
        <translation>Zeile {row} der Stapelanfrage {n} wurde für eine Zahlung an {to} freigegeben, und dies ist ein anderes Ziel; sie wurde nicht gesendet: Eine Änderung braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>Batch request {n} approved another kind; it was not sent: a change needs a new approval.</source>
        <translation>Stapelanfrage {n} hat eine andere Art freigegeben; es wurde nicht gesendet: Eine Änderung braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>Batch request {n} approved another currency; it was not sent: a change needs a new approval.</source>
        <translation>Stapelanfrage {n} hat eine andere Währung freigegeben; es wurde nicht gesendet: Eine Änderung braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>Batch request {n} approved another account; it was not sent: a change needs a new approval.</source>
        <translation>Stapelanfrage {n} hat ein anderes Konto freigegeben; es wurde nicht gesendet: Eine Änderung braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>What was about to be sent is not what batch request {n} approved; it was not sent.</source>
        <translation>Was gesendet werden sollte, ist nicht das, was Stapelanfrage {n} freigegeben hat; es wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>released</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>The team journal cannot be reached, so the intent could not be recorded and nothing was sent.</source>
        <translation>Das Team-Journal ist nicht erreichbar, daher konnte der Vorgang nicht erfasst werden und nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The team journal cannot be reached</source>
        <translation>Das Team-Journal ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The team journal refused it, so nothing was sent.</source>
        <translation>Das Team-Journal hat es abgelehnt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The team journal&apos;s address cannot be read: {reason}</source>
        <translation>Die Adresse des Team-Journals kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the team journal</source>
        <translation>das Team-Journal</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>This order id has already been used by the team (the detail says by whom); nothing was sent.</source>
        <translation>Diese Bestellnummer wurde vom Team bereits verwendet (die Einzelheiten sagen, von wem); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>This was already recorded in the team journal (the detail says as which entry); it is not sent again.</source>
        <translation>Dies wurde bereits im Team-Journal erfasst (die Einzelheiten sagen, als welcher Eintrag); es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>It needs another person&apos;s approval first; nothing was sent.</source>
        <translation>Es braucht zuerst die Freigabe einer weiteren Person; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>the team&apos;s policy: from {above} minor units</source>
        <translation>Regel des Teams: ab {above} kleinsten Währungseinheiten</translation>
    </message>
    <message>
        <source>journal entry {entry_id} ({state}, by {by})</source>
        <translation>Journaleintrag {entry_id} ({state}, von {by})</translation>
    </message>
    <message>
        <source>an entry</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <source>this {kind} (key {key}) was already recorded as {entry}</source>
        <translation>dieser Vorgang „{kind}“ (Schlüssel {key}) wurde bereits erfasst als {entry}</translation>
    </message>
    <message>
        <source>order id {order_id} was already used for a {kind} ({state}) on {when} UTC by {by}</source>
        <translation>die Bestellnummer {order_id} wurde bereits für einen Vorgang „{kind}“ ({state}) am {when} UTC von {by} verwendet</translation>
    </message>
    <message>
        <source>Order {order_id} has {refunded} refunded already (by the team) of {cap} paid; at most {left} can still be refunded.</source>
        <translation>Von Bestellung {order_id} wurden bereits {refunded} (vom Team) von {cap} Bezahltem erstattet; höchstens {left} können noch erstattet werden.</translation>
    </message>
    <message>
        <source>A refund of order {order_id} by {who} is still waiting for its outcome; wait for it before refunding again.</source>
        <translation>Eine Erstattung der Bestellung {order_id} von {who} wartet noch auf ihr Ergebnis; warten Sie darauf, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>A {kind} of order {order_id} by {who} is still waiting for its outcome; wait for it before trying again.</source>
        <translation>Ein Vorgang „{kind}“ der Bestellung {order_id} von {who} wartet noch auf sein Ergebnis; warten Sie darauf, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Request {id} pays out to {destination}: the team journal never holds a card number, so type the card number again to send it.</source>
        <translation>Anfrage {id} zahlt an {destination} aus: Das Team-Journal enthält nie eine Kartennummer, tippen Sie die Kartennummer daher erneut ein, um sie zu senden.</translation>
    </message>
    <message>
        <source>The destination given is not the one approved in request {id} ({destination}); nothing was sent.</source>
        <translation>Das angegebene Ziel ist nicht das in Anfrage {id} freigegebene ({destination}); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Request {id} is still waiting for a decision; nothing was sent.</source>
        <translation>Anfrage {id} wartet noch auf eine Entscheidung; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Request {id} was sent already; nothing was sent.</source>
        <translation>Anfrage {id} wurde bereits gesendet; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Request {id} was rejected; nothing was sent.</source>
        <translation>Anfrage {id} wurde abgelehnt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Request {id} was expired; nothing was sent.</source>
        <translation>Anfrage {id} ist abgelaufen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Request {id} was {state}; nothing was sent.</source>
        <translation>Anfrage {id} ist {state}; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>{where} has no team journal a clerk may read ({reason}); the database owner runs `smartpay team init --journal URI` and grants the clerk&apos;s login smartpay_operator</source>
        <translation>{where} hat kein Team-Journal, das ein Sachbearbeiter lesen darf ({reason}); der Eigentümer der Datenbank führt `smartpay team init --journal URI` aus und gewährt dem Login des Sachbearbeiters smartpay_operator</translation>
    </message>
    <message>
        <source>the team journal at {where} is at version {version}; this desk knows {latest}</source>
        <translation>das Team-Journal unter {where} hat Version {version}; dieser Desk kennt {latest}</translation>
    </message>
    <message>
        <source>the team journal at {where} is at version {version} and this desk needs version {latest}: the database owner runs `smartpay team init --journal URI` to bring it up to date</source>
        <translation>das Team-Journal unter {where} hat Version {version}, und dieser Desk braucht Version {latest}: Der Eigentümer der Datenbank führt `smartpay team init --journal URI` aus, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>Event {position} (entry {entry}) of the team journal: {why}.</source>
        <translation>Ereignis {position} (Eintrag {entry}) des Team-Journals: {why}.</translation>
    </message>
    <message>
        <source>no destination</source>
        <translation>kein Ziel</translation>
    </message>
</context>
<context>
    <name>refund</name>
    <message>
        <source>already sent by this batch: {state}</source>
        <translation>bereits von diesem Stapel gesendet: {state}</translation>
    </message>
    <message>
        <source>Refund {amount} of order {order_id} (all that is left to refund by this desk&apos;s journal).</source>
        <translation>{amount} der Bestellung {order_id} erstatten (alles, was laut dem Journal dieses Desks noch zu erstatten ist).</translation>
    </message>
</context>
</TS>
