<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
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
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
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
        <source>No profile yet: add one with Profiles….</source>
        <translation>Noch kein Profil: legen Sie eines unter Profile… an.</translation>
    </message>
</context>
</TS>
