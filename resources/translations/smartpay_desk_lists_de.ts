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
        <source>{amount} minor units</source>
        <translation>{amount} Kleinsteinheiten</translation>
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
        <source>Only diff&amp;erences</source>
        <translation>Nur Abwei&amp;chungen</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>E&amp;rstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Show only the rows the reconciliation with the journal marked</source>
        <translation>Nur die Zeilen zeigen, die der Abgleich mit dem Journal markiert hat</translation>
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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
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
        <source>no amount</source>
        <translation>kein Betrag</translation>
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
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Show another worksheet of this workbook (the visible worksheets; hidden sheets and charts are not listed)</source>
        <translation>Ein anderes Arbeitsblatt dieser Mappe zeigen (die sichtbaren Arbeitsblätter; ausgeblendete Blätter und Diagramme stehen nicht in der Liste)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Sheet title</source>
        <translation>Titel des Blatts</translation>
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
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
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
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
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
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
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
        <source>All</source>
        <translation>Alle</translation>
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
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
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
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
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
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
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
        <source>Reject it, with a reason the requester reads (Alt+J)</source>
        <translation>Ablehnen, mit einem Grund, den die anfragende Person liest (Alt+L)</translation>
    </message>
    <message>
        <source>Send it from this desk: it was approved (Alt+N)</source>
        <translation>Von diesem Desk senden: Sie wurde freigegeben (Alt+S)</translation>
    </message>
    <message>
        <source>Read the team&apos;s requests again (they also come by themselves)</source>
        <translation>Die Anfragen des Teams erneut lesen (sie kommen auch von selbst)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
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
        <source>To</source>
        <translation>An</translation>
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
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
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
        <source>Open a profile first: there is no gateway to ask.</source>
        <translation>Öffnen Sie zuerst ein Profil: Es gibt kein Gateway, das gefragt werden kann.</translation>
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
        <source>Payment</source>
        <translation>Zahlung</translation>
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
        <source>Order</source>
        <translation>Bestellung</translation>
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
</context>
</TS>
