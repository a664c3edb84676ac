<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
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
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>{what}, order {order}</source>
        <translation>{what}, Bestellnummer {order}</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
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
        <source>Order id</source>
        <translation>Bestellnummer</translation>
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
        <source>not known to this desk</source>
        <translation>hier nicht bekannt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{minor} minor units</source>
        <translation>{minor} Untereinheiten</translation>
    </message>
</context>
</TS>
