<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über MBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht installiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotheken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bibliotheken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falldokumentation für die Migrationsberatung für erwachsene Zugewanderte (MBE). Arbeitet ohne Internetverbindung; alle Daten liegen verschlüsselt auf diesem Rechner.

Version {version}
Python {python}
Qt {qt}, PySide6 {pyside}

Die mitgelieferten Bibliotheken und Schriften und ihre Lizenzen stehen auf den anderen Reitern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu {name} ist kein Lizenztext mitgeliefert. Lizenz laut Paketangaben: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>Ordner für die Auskunft wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auskunft wurde gespeichert:
{pdf}
{json}

Geben Sie die Dateien nur der betroffenen Person selbst (oder ausgedruckt) und löschen Sie sie danach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auskunft konnte nicht erstellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO mit allen Daten dieser Person speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Die Sicherung wird wiederhergestellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung vom {date} wurde wiederhergestellt. Der vorherige Datenbestand liegt als Sicherheitskopie im Datenordner (Ordner „safety-copies“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus einer &amp;Sicherung wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neueste &amp;Sicherung vom {date} wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die automatische Sicherung ist fehlgeschlagen: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbestand beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die tägliche Prüfung hat Fehler im Datenbestand gefunden. Teile der Daten sind möglicherweise nicht mehr lesbar. Stellen Sie den Datenbestand bitte aus der neuesten Sicherung wieder her; der jetzige bleibt dabei als Sicherheitskopie erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Später</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die automatische Sicherung beim Beenden ist fehlgeschlagen: {reason}

Ihre Daten sind im Datenbestand gespeichert. Legen Sie beim nächsten Start eine Sicherung an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenordner {folder} kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE Desktop ist mit diesem Datenbestand bereits geöffnet. Wechseln Sie bitte zum geöffneten Fenster – ein Datenbestand kann nur einmal zur selben Zeit geöffnet sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Datenordner {folder} kann MBE Desktop nicht schreiben. Prüfen Sie die Berechtigungen des Ordners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach 1 Minute ohne Eingabe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach {minutes} Minuten ohne Eingabe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrt, weil die Bildschirmsperre aktiv wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrt, weil der Rechner im Ruhezustand war.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrt mit Strg+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben konnten nicht gesichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Aktionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer wann welche Daten angelegt, geändert, gelöscht, ausgegeben oder gesichert hat, und jedes Entsperren (§ 22 BDSG, Art. 5 Abs. 2 DSGVO). Das Protokoll enthält keine Namen und keine Inhalte – nur die Art des Datensatzes, seine interne Nummer und die Namen der geänderten Felder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„von“ liegt nach „bis“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Datensicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl aufbewahrter automatischer Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;omatisch sichern: beim Beenden und einmal täglich beim Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jetzt sichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbewahren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatische Sicherungen (die ältesten zuerst gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Sicherung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine verschlüsselte Datei (.mbebackup). Sie lässt sich nur mit der Passphrase oder dem Wiederherstellungscode öffnen, die beim Sichern galten. Sichern Sie regelmäßig auch auf einen USB-Stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Sicherungsordner wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt und geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wurde angelegt und geprüft: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung ist fehlgeschlagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>keine Angaben im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Beratungsfall bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratungsfall eröffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eröffnet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form der Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Management für komplexe Lagen mit mehreren Beteiligten und einer Kooperationsvereinbarung; sonst Beratung ohne Case Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formwechsel am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form&amp;wechsel am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab diesem Tag gilt die neue Form (für die Statistik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leertaste oder Klick hakt ein Handlungsfeld an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitberatene Angehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werden in der Statistik getrennt von den Fällen gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall &amp;eröffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen (eröffnet am {date}). Prüfen Sie Ihre Eingaben und speichern Sie erneut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Beratungsfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Beratungsfall sammelt die Kontakte, die Handlungsfelder und – im Case Management – die Kooperationsvereinbarung. Eröffnen Sie ihn beim ersten Beratungsgespräch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuen Beratungsfall eröffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratungsfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frühere Fälle der Akte anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall &amp;bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form, Handlungsfelder, Eröffnungsdatum und mitberatene Angehörige ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ruhend stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;schließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art des Abschlusses, Zielerreichung und Situation beim Abschluss erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder er&amp;öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiterleiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An einen Netzwerkpartner weiterleiten: Schreiben mit den nötigen Angaben, geprüft gegen die Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt &amp;erfassen … (Strg+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Beratungsgespräch dokumentieren (Strg+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbei&amp;ten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählten Kontakt bearbeiten (Doppelklick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählten Kontakt löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) dokumentieren Sie ein Beratungsgespräch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte gehören zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen mit „Neuen Beratungsfall eröffnen …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall vom {date} – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruhend seit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eröffnet am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Kontakte, zuletzt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Kontakt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} mitberatene Familienangehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder: noch keine gewählt (Fall bearbeiten …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder &amp;aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall wird wieder als offen geführt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall bleibt bestehen, ruht aber, z. B. während einer längeren Abwesenheit der ratsuchenden Person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am {date} zu „{form}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formwechsel: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossen am {date}: {closure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation type="unfinished">integration course</translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation beim Abschluss: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossene Fälle sind nur lesbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine Notiz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Schritte: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In diesem Fall wurden keine Kontakte erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Beratungsfall wurde eröffnet. Kontakte erfassen Sie mit Strg+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Angaben zum Fall wurden gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall ruht jetzt. Mit „Wieder aufnehmen“ wird er wieder als offen geführt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall ist wieder aufgenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall wurde abgeschlossen ({closure}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall wieder eröffnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall vom {opened} wird wieder eröffnet. Der Abschluss ({closure}) wird zurückgenommen; der Fall zählt wieder als offen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder &amp;eröffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall ist wieder offen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen; bitte wiederholen Sie den Schritt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr ({form}) wird mit Notiz und nächsten Schritten gelöscht. Das kann nicht rückgängig gemacht werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr wurde gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der nicht gespeicherte Kontakt wurde wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>1 bis unter 2 Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 bis unter 3 Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>27 bis 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Jahre und länger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 bis 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>Abschlüsse nach Art und Beratungsform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afrika südlich der Sahara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agentur für Arbeit</source>
        <translation>Employment agency</translation>
    </message>
    <message>
        <source>Amerika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anerkennung von Abschlüssen</source>
        <translation>Recognition of qualifications</translation>
    </message>
    <message>
        <source>Anerkennungsberatung (IQ, Anerkennungsstellen)</source>
        <translation>Recognition counselling</translation>
    </message>
    <message>
        <source>Anliegen erledigt, ohne Abschlussgespräch</source>
        <translation>resolved without closing conversation</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeit und Beruf</source>
        <translation>Work and employment</translation>
    </message>
    <message>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Asien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylbewerberleistungen (AsylbLG)</source>
        <translation>Asylum seekers&apos; benefits (AsylbLG)</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Erwerbstätigkeit</source>
        <translation>Residence permit – employment</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Familiennachzug</source>
        <translation>Residence permit – family reunification</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Studium/Ausbildung</source>
        <translation>Residence permit – study/training</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – humanitäre Gründe</source>
        <translation>Residence permit – humanitarian</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – sonstige</source>
        <translation>Residence permit – other</translation>
    </message>
    <message>
        <source>Aufenthaltsgestattung</source>
        <translation>Asylum seeker (residence permission)</translation>
    </message>
    <message>
        <source>Aufenthaltsrecht</source>
        <translation>Residence law</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus bei Aufnahme. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation>residence title expires</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Außensprechstunde</source>
        <translation>outreach consultation</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <source>BAMF-Navi</source>
        <translation>BAMF-Navi</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>accompaniment</translation>
    </message>
    <message>
        <source>Berater/in</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <source>Beratung ohne Case Management</source>
        <translation>Counselling without case management</translation>
    </message>
    <message>
        <source>Beratungsfälle (betreut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berufsausbildung</source>
        <translation>vocational qualification</translation>
    </message>
    <message>
        <source>Betreute Fälle nach Beratungsform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreute Fälle nach Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreute Fälle: im Zeitraum an mindestens einem Tag offen oder ruhend; neu: im Zeitraum eröffnet; abgeschlossen: im Zeitraum abgeschlossen. Mitberatene Familienangehörige: Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezug von Sozialleistungen bei Aufnahme und bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bildung und Ausbildung</source>
        <translation>Education and training</translation>
    </message>
    <message>
        <source>Blaue Karte EU</source>
        <translation>EU Blue Card</translation>
    </message>
    <message>
        <source>Bürgergeld/Grundsicherung (SGB II)</source>
        <translation>Basic income support (SGB II)</translation>
    </message>
    <message>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <source>C2</source>
        <translation>C2</translation>
    </message>
    <message>
        <source>Case Management</source>
        <translation>Case management</translation>
    </message>
    <message>
        <source>Case Management ohne Kontakt</source>
        <translation>case management without contact</translation>
    </message>
    <message>
        <source>DSG-EKD (Diakonie)</source>
        <translation>DSG-EKD (Protestant church law)</translation>
    </message>
    <message>
        <source>DSGVO mit BDSG</source>
        <translation>GDPR with BDSG</translation>
    </message>
    <message>
        <source>Deutsche Staatsangehörigkeit</source>
        <translation>German citizen</translation>
    </message>
    <message>
        <source>Deutschkenntnisse bei Aufnahme und bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <source>E-Mail/Brief</source>
        <translation>e-mail / letter</translation>
    </message>
    <message>
        <source>EU-Staaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ehrenamt und Vereine</source>
        <translation>Volunteers and associations</translation>
    </message>
    <message>
        <source>Ein Fall kann mehrere Handlungsfelder haben; deshalb gibt es keine Summe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Fall zählt als Case Management, wenn er an mindestens einem Tag des Zeitraums im Case Management war.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einbürgerung</source>
        <translation>Naturalisation</translation>
    </message>
    <message>
        <source>Einbürgerungsbehörde</source>
        <translation>Naturalisation office</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>Einwilligungserklärung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Erlaubnis zum Daueraufenthalt-EU</source>
        <translation>EU long-term residence</translation>
    </message>
    <message>
        <source>Erste Staatsangehörigkeit. Im Export werden Staaten mit weniger Personen als die Schwelle zu Weltregionen zusammengefasst, kleine Regionen zu „übrige“. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwerbssituation bei Aufnahme und bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europa ohne EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familie und Jugend (Jugendamt)</source>
        <translation>Family and youth services</translation>
    </message>
    <message>
        <source>Familie, Kinder, Schule und Kita</source>
        <translation>Family, children, school, childcare</translation>
    </message>
    <message>
        <source>Fiktionsbescheinigung</source>
        <translation>Fictional certificate</translation>
    </message>
    <message>
        <source>Finanzen und Schulden</source>
        <translation>Finances and debts</translation>
    </message>
    <message>
        <source>FreizügG/EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freizügigkeit EU/EWR/Schweiz</source>
        <translation>EU/EEA/Swiss free movement</translation>
    </message>
    <message>
        <source>Freunde/Verwandte</source>
        <translation>friends or relatives</translation>
    </message>
    <message>
        <source>Gemeinschaftsunterkunft</source>
        <translation>shared accommodation</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Gesundheit und psychosoziale Zentren</source>
        <translation>Health and psychosocial services</translation>
    </message>
    <message>
        <source>Grundschule/Primarbildung</source>
        <translation>primary education</translation>
    </message>
    <message>
        <source>Handlungsziele der im Zeitraum abgeschlossenen Fälle, mit der Bewertung beim Abschluss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>Hochschulabschluss</source>
        <translation>university degree</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Niveau beim Abschluss verglichen mit der Aufnahme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand des Integrations- oder Sprachkurses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle; Beratungsform wie bei den betreuten Fällen. Regulär sind „mit Abschlussgespräch“ und „Anliegen erledigt“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation>integration course</translation>
    </message>
    <message>
        <source>Integrationskurs bei Aufnahme und bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskursträger</source>
        <translation>Integration course provider</translation>
    </message>
    <message>
        <source>Jahre von der Einreise bis zur Eröffnung des ersten Falls im Zeitraum; bis unter 3 Jahre gelten als Neuzugewanderte. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Jugendmigrationsdienst</source>
        <translation>Youth migration service</translation>
    </message>
    <message>
        <source>KDG (Caritas)</source>
        <translation>KDG (Catholic church law)</translation>
    </message>
    <message>
        <source>Kammer (IHK, HWK u. a.)</source>
        <translation>Chamber (trade, crafts, …)</translation>
    </message>
    <message>
        <source>Kontaktabbruch</source>
        <translation>contact lost</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum, bei denen gedolmetscht wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum; Außensprechstunden sind eine eigene Form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte mit Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte nach Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <source>Naher Osten und Nordafrika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Niederlassungserlaubnis</source>
        <translation>Settlement permit</translation>
    </message>
    <message>
        <source>Online/Chat/Messenger</source>
        <translation>online chat / messenger</translation>
    </message>
    <message>
        <source>Ozeanien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosoziale Situation</source>
        <translation>Psychosocial matters</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsdauer in Deutschland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende nach Geschlecht und Altersgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende nach Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende nach Zugangsweg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende/r</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Rückmeldung erhalten</source>
        <translation>feedback received</translation>
    </message>
    <message>
        <source>Rückmeldung zur Weiterleitung</source>
        <translation>referral feedback</translation>
    </message>
    <message>
        <source>Schritt fällig</source>
        <translation>step due</translation>
    </message>
    <message>
        <source>Schuldnerberatung</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Schule und Berufsschule</source>
        <translation>School and vocational school</translation>
    </message>
    <message>
        <source>Schule/Studium</source>
        <translation>in school or university</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <source>Sekundarschulabschluss</source>
        <translation>secondary education</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Soziale Teilhabe und Ehrenamt</source>
        <translation>Social participation, volunteering</translation>
    </message>
    <message>
        <source>Sozialhilfe (SGB XII)</source>
        <translation>Social assistance (SGB XII)</translation>
    </message>
    <message>
        <source>Sozialleistungen und Existenzsicherung</source>
        <translation>Social benefits and livelihood</translation>
    </message>
    <message>
        <source>Sprache und Integrationskurs</source>
        <translation>Language and integration course</translation>
    </message>
    <message>
        <source>Sprachkursträger (sonstige)</source>
        <translation>Other language course provider</translation>
    </message>
    <message>
        <source>Spätaussiedler:innen (§ 9 BVFG) oder eingebürgert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Termin vereinbart</source>
        <translation>appointment made</translation>
    </message>
    <message>
        <source>Verfahren läuft</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Veränderung der Deutschkenntnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation>video call</translation>
    </message>
    <message>
        <source>Vorübergehender Schutz (§ 24 AufenthG)</source>
        <translation>Temporary protection (section 24)</translation>
    </message>
    <message>
        <source>Wegzug</source>
        <translation>moved away</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungen nach Art des Netzwerkpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungen, die im Zeitraum verschickt wurden (Entwürfe zählen nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerrufsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie die Person zur MBE gefunden hat (bei Aufnahme). Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Wohngemeinschaft</source>
        <translation>shared flat</translation>
    </message>
    <message>
        <source>Wohnungsnotfallhilfe</source>
        <translation>Housing emergency services</translation>
    </message>
    <message>
        <source>Zielerreichung nach Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgebrochen</source>
        <translation>dropped out</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgeschlossene Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an andere Stelle übergeben</source>
        <translation>handed over to another service</translation>
    </message>
    <message>
        <source>andere Beratungsdienste</source>
        <translation>Other counselling services</translation>
    </message>
    <message>
        <source>andere Beratungsstelle/Behörde</source>
        <translation>other service or authority</translation>
    </message>
    <message>
        <source>arbeitsuchend/arbeitslos</source>
        <translation>unemployed, seeking work</translation>
    </message>
    <message>
        <source>auf Warteliste</source>
        <translation>waiting for a place</translation>
    </message>
    <message>
        <source>bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei Familie/Bekannten</source>
        <translation>with family or friends</translation>
    </message>
    <message>
        <source>berechtigt</source>
        <translation>entitled</translation>
    </message>
    <message>
        <source>davon neu eröffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <source>durch Ratsuchende beendet</source>
        <translation>ended by the client</translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>own flat</translation>
    </message>
    <message>
        <source>entfallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>erreicht</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>geringfügig beschäftigt (Minijob)</source>
        <translation>marginal employment (mini-job)</translation>
    </message>
    <message>
        <source>in Ausbildung</source>
        <translation>in vocational training</translation>
    </message>
    <message>
        <source>in Rente</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>kein Zugang</source>
        <translation>no access</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>keine Deutschkenntnisse (unter A1)</source>
        <translation>none (below A1)</translation>
    </message>
    <message>
        <source>keine Rückmeldung</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>mbeon (Online-Beratung)</source>
        <translation>mbeon (online counselling)</translation>
    </message>
    <message>
        <source>mit Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <source>nicht arbeitsuchend (z. B. Care-Arbeit)</source>
        <translation>not seeking work (e.g. care work)</translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht erreicht</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>nicht vergleichbar (unbekannt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nimmt teil</source>
        <translation>attending</translation>
    </message>
    <message>
        <source>noch nicht beantragt</source>
        <translation>not applied for</translation>
    </message>
    <message>
        <source>noch nicht begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ohne Schulabschluss</source>
        <translation>no school qualification</translation>
    </message>
    <message>
        <source>ohne Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persönlich in der Beratungsstelle</source>
        <translation>in person at the office</translation>
    </message>
    <message>
        <source>regulär mit Abschlussgespräch</source>
        <translation>regular, with closing conversation</translation>
    </message>
    <message>
        <source>ruhend</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>selbstständig</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <source>sonstige</source>
        <translation>other</translation>
    </message>
    <message>
        <source>sonstiger Abschluss</source>
        <translation>other</translation>
    </message>
    <message>
        <source>sonstiger Weg</source>
        <translation>other</translation>
    </message>
    <message>
        <source>sozialversicherungspflichtig beschäftigt</source>
        <translation>employed</translation>
    </message>
    <message>
        <source>staatenlos, ungeklärt oder nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teilweise anerkannt</source>
        <translation>partly recognised</translation>
    </message>
    <message>
        <source>teilweise erreicht</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>unter 1 Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unter 27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbessert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verpflichtet</source>
        <translation>obliged</translation>
    </message>
    <message>
        <source>verschlechtert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>voll anerkannt</source>
        <translation>fully recognised</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <source>weitergeleitet</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>wohnungslos oder davon bedroht</source>
        <translation>homeless or at risk</translation>
    </message>
    <message>
        <source>z. B. §§ 7, 37, 38 AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zugelassen (auf Antrag)</source>
        <translation>admitted on application</translation>
    </message>
    <message>
        <source>§ 18g AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 24 AufenthG, v. a. Geflüchtete aus der Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 55 AsylG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 60a AufenthG; keine MBE-Zielgruppe, wird aber dokumentiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 81 AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 9 AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 9a AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§§ 16–17 AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§§ 18–21 AufenthG (ohne Blaue Karte EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§§ 22–23a, 25, 25a, 25b, 104c AufenthG (ohne § 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§§ 27–36a AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation>goal agreement review</translation>
    </message>
    <message>
        <source>über 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <comment>how_found</comment>
        <translation>immigration office</translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <comment>partner_categories</comment>
        <translation>Immigration office</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>case_statuses</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>course_statuses</comment>
        <translation>completed</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>referral_statuses</comment>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Passphrase ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die neue Passphrase gilt ab sofort. Die Daten selbst werden dabei nicht verändert; der Wiederherstellungscode bleibt gültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisherige Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bisherige Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>die bisherige Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase wird geändert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase konnte nicht geändert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankunft und Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache und Integrationskurs</source>
        <translation type="unfinished">Language and integration course</translation>
    </message>
    <message>
        <source>Bildung und Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschnitte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreiben Sie den Namen so, wie die Person ihn schreibt. Steht er in einer anderen Schrift (z. B. Arabisch oder Kyrillisch), tragen Sie zusätzlich die lateinische Schreibweise ein – dann findet die Suche die Akte auf beide Arten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Familienname*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;orname(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in lateinischer Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur nötig bei anderer Schrift, z. B. Oleksandr Koval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in lateinischer Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur Geburtsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn das genaue Datum unbekannt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder nur Geburts&amp;jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatu&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land suchen, z. B. „syr“, dann Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staatsangehörig&amp;keit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrere möglich; die zuerst gewählte zählt als erste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Einreisedatum zeigt, ob die Person in den ersten drei Jahren nach der Ankunft ist. Bei befristeten Titeln halten Sie fest, bis wann sie gelten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einreise nach Deutschland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einreise am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufe&amp;nthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechts&amp;grundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig &amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer lassen bei unbefristetem Status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen, in denen die Beratung möglich ist, und der Stand beim Deutschlernen. Der Stand bei der Aufnahme wird beim Abschluss wieder erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache suchen, z. B. „arab“, dann Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spra&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deutsch&amp;kenntnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zugang zum Integrationskurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrationskurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand des Kurses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursteil&amp;nahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schul- und Berufsabschlüsse, die Anerkennung ausländischer Abschlüsse und die Lebensgrundlage bei der Aufnahme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bildungsabschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bildungsabschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beruf oder Qualifikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Krankenpflegerin (Ukraine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beruf/&amp;Qualifikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nerkennung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwerbssituation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rwerbssituation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistungsbezug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leistungsbezug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige werden später im Fall erfasst und in der Statistik getrennt gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen im Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Person(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Größe des Haushalts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnsituation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnsit&amp;uation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie die Person erreichbar ist, und wann und wo das erste Gespräch stattfand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">phone</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;raße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Erstkontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erst&amp;kontakt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort des Erstkontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Außensprechstunde: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anderer Ort …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anderer Ort des Erstkontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Gemeinschaftsunterkunft Am Hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort des Erstkontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufmerksam geworden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufmerksam geworden dur&amp;ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Einwilligung in die Datenverarbeitung wird keine Akte angelegt. Erklären Sie, wofür die Daten verwendet werden; das Formular zur Unterschrift können Sie nach dem Speichern drucken oder als PDF speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liegt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung liegt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum der Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erteilt a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einwilligung*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umfang der Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Umfang der Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. § 25 Abs. 2 AufenthG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Außensprechstunde (nicht mehr angeboten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte prüfen: In diesem Abschnitt fehlt etwas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweise in diesem Abschnitt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach „{column}“ sortieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Lateinische Schreibweise: {latin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage fällig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordPage</name>
    <message>
        <source>← &amp;Zurück zur Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück zur Liste der Ratsuchenden (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein&amp;träge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Einträge im Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier erscheint die Geschichte der Beratung als eine Zeitleiste: Beratungsfälle, Kontakte, Handlungsziele, Weiterleitungen an Netzwerkpartner, Wiedervorlagen, Einwilligungen und abgelegte Dokumente – jeweils mit Datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PD&amp;F speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung</source>
        <translation type="unfinished">Consent to data processing</translation>
    </message>
    <message>
        <source>Gespeicherte Dokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Dokumente gespeichert. Hier erscheinen die Schreiben und Dokumente dieser Person, die MBE Desktop verschlüsselt im Datenbestand aufbewahrt – etwa die abgelegte Einwilligungserklärung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgelegt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung im Datenbestand able&amp;gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung als PDF verschlüsselt in der Akte aufbewahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das ausgewählte Dokument als Datei außerhalb des Datenbestands speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  Erstkontakt – {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingewilligt am {date}. Das Formular zur Unterschrift können Sie jederzeit erneut erzeugen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist keine Einwilligung erfasst (Abschnitt „Einwilligung“ der Stammdaten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen wurden gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Mit „Verwerfen“ laden Sie den gespeicherten Stand; übertragen Sie Ihre Änderungen dann erneut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen an der Kooperationsvereinbarung sind noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen an der Akte {number} sind noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht abgelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung wurde im Datenbestand abgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokument speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Akte wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Ratsuchenden erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach Name, Nummer, Geburtsdatum oder Telefonnummer, zu filtern nach Fallstatus, Case Management und fälligen Wiedervorlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Person legen Sie beim ersten Beratungsgespräch mit der Erstaufnahme an (Strg+N). Mitberatene Familienangehörige werden im Fall der Hauptperson erfasst und in der Statistik getrennt gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erste Erstaufnahme anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Nummer, Geburtsdatum oder Telefon – z. B. „muller“ oder „1985“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende mit offenem oder ruhendem Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur &amp;Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Wiedervorlage, fällig heute oder früher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Erstaufnahme (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei markierte Akten derselben Person zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uhende Fälle …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Fälle ohne Kontakt seit Monaten finden und gemeinsam mit „Kontaktabbruch“ abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fälle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} von {all} Ratsuchenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Ratsuchende/r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Treffer für „{text}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versuchen Sie einen Teil des Namens, eine andere Schreibweise, das Geburtsdatum (12.03.1985), das Geburtsjahr oder die Telefonnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Ratsuchenden mit diesen Filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Filter sind eingeschaltet – „Alle“ zeigt alle Fälle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist die Person neu, legen Sie sie mit „Neue Erstaufnahme“ an.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Beratungsfall abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall vom {opened} ({form}). Nach dem Abschluss ist der Fall nur noch lesbar; er kann bei Bedarf wieder eröffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Art des Abschlusses wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art des Abschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art des Abschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossen a&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielerreichung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch offene Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Schritte als „entfallen“ mar&amp;kieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Schritte als entfallen markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation beim Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation type="unfinished">not specified</translation>
    </message>
    <message>
        <source>Vorbelegt mit den Angaben der Akte. Bitte den Stand zum Abschluss prüfen; er wird für die Statistik mit dem Stand bei der Aufnahme verglichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall ab&amp;schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschließen (Strg+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielerreichung: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bis {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte die Art des Abschlusses wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen. Prüfen Sie die Angaben und schließen Sie erneut ab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <source>{name} suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ausgewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgewählt: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nichts ausgewählt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungen – Akte {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Widerrufen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungen in die Datenverarbeitung und Schweigepflichtentbindungen dieser Person. Widerrufene bleiben mit Datum sichtbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Widerruf vom {date} wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;um</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer in Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;auer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form des Kontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort der Außensprechstunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Ort wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Außensprechs&amp;tunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orte der Außensprechstunden werden in den Einstellungen gepflegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Rathaus, Jobcenter, Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorbelegt mit den Handlungsfeldern des Falls; Leertaste hakt an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum ging es, was wurde besprochen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ist als Nächstes zu tun? Danach als Wiedervorlage oder Schritt anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Sch&amp;ritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt speichern (Strg+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Enter speichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anderer Ort oder genauer, z. B. Gemeindezentrum Süd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wohin begleitet, z. B. Jobcenter, Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Wiedervorlage anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig a&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund der Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;Wiedervorlage anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Schritt in die Kooperationsvereinbarung übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungs&amp;ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sch&amp;ritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;Schritt übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(früherer Ort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte die Sprache der Sprachmittlung wählen oder den Haken entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Kontakt vom {date} wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die nächsten Schritte lassen sich gleich weiterverwenden – oder schließen Sie mit „Fertig“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Schritte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage für den {date} angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt zum Handlungsziel übernommen: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>MBE Desktop – Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In MBE Desktop ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Die letzte Aktion wurde möglicherweise nicht ausgeführt. Bereits gespeicherte Daten bleiben verschlüsselt erhalten.&lt;br&gt;&lt;br&gt;Bitte melden Sie den Fehler mit den folgenden Angaben. Sie enthalten keine personenbezogenen Daten, nur die Stelle im Programm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehlerdetails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;kopieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Bitte das Jahr vierstellig eingeben, z. B. 12.03.1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte ein Datum als TT.MM.JJJJ eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesen Tag gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum als TT.MM.JJJJ eingeben; Kalender mit Alt+↓. Leer lassen, wenn unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Statistik wurde gespeichert:
{path}

Prüfsumme der Tabellen (SHA-256):
{sha}

Der Export ist im Datenbestand vermerkt (Zeitraum, Datum, Prüfsumme).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DormantCasesDialog</name>
    <message>
        <source>Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruhende Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Kontakt seit mehr als … Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ohne Kontakt seit mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch kein Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offene oder ruhende Fälle hatten seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offener oder ruhender Fall hatte seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein offener Fall ist seit mehr als {months} Monaten ohne Kontakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Fälle als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Fall als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Fall wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Fälle werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruhende Fälle abschließen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} mit dem heutigen Datum ({today}) abgeschlossen, Art des Abschlusses „Kontaktabbruch“.

Noch offene Schritte der Kooperationsvereinbarungen werden als „entfallen“ markiert, noch offene Handlungsziele als „nicht erreicht“.

Jeder Fall kann in seiner Akte wieder eröffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Fälle &amp;abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Fall &amp;abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Fall wurde als „Kontaktabbruch“ abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Fälle wurden als „Kontaktabbruch“ abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({total}, die ersten {shown} angezeigt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {time} Uhr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Prüfen Sie, ob es dieselbe Person ist. Öffnen Sie dann die vorhandene Akte – die Eingaben dieser Erstaufnahme werden dabei verworfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mögliche Doppelungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorhandene Akte &amp;öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trotzdem neu anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst ({count} Akten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, geb. {birth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}  {name}{birth} – {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <source>Notfallblatt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Notfallblatt konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Drucker konnte nicht angesprochen werden. Es wurde nichts gedruckt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>unterdrückt (kleine Zahl oder zu ihrem Schutz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisierte Statistik exportieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Wiedervorlage bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende/r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 4 Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig &amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uhrzeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Beispiel: Nachfragen, ob der Bescheid des Jobcenters da ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Nummer oder Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefundene Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratsuchende/r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte suchen und wählen Sie die ratsuchende Person aus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsSection</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation type="unfinished">residence title expires</translation>
    </message>
    <message>
        <source> Wochen vorher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erinnern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt der Kooperationsvereinbarung fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage vorher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation type="unfinished">goal agreement review</translation>
    </message>
    <message>
        <source>Case Management ohne Kontakt</source>
        <translation type="unfinished">case management without contact</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erinnern nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitung ohne Rückmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am Fälligkeitstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Erinnerungen erscheinen von selbst unter „Heute“ und passen sich an, wenn sich die Angaben ändern (zum Beispiel ein neues Ablaufdatum des Aufenthaltstitels). Erledigte und zurückgestellte bleiben es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert. „Heute“ ist auf dem neuen Stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltstitel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt fällig</source>
        <translation type="unfinished">step due</translation>
    </message>
    <message>
        <source>Überprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt fällig am {date}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung überprüfen (Termin {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Management: kein Kontakt seit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitung an {partner} vom {date}: noch keine Rückmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitung vom {date}: noch keine Rückmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (zurückgestellt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Später (nächste vier Wochen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungen öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wort im Handbuch suchen, Eingabe: weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Wiedervorlagen in den Kalender exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Einträge als Kalenderdatei (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Eintrag als Kalenderdatei (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was die Datei enthält: je Wiedervorlage einen ganztägigen Termin (oder einen Termin zur erfassten Uhrzeit) mit der Aktennummer und der Art der Wiedervorlage, zum Beispiel „Wiedervorlage 2026-0042: Schritt fällig“. Überfällige stehen auf dem heutigen Tag.

Was sie nicht enthält: Namen, Geburtsdaten, Adressen, Notizen und den Text selbst erfasster Gründe.

Bitte bedenken Sie: Wer die Datei oder Ihren Kalender sieht, erfährt, zu welchen Aktennummern Sie wann etwas vorhaben. Importieren Sie sie nur in Ihren dienstlichen Kalender und löschen Sie die Datei danach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdateien (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: {count} Einträge in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Netzwerkpartner importieren – Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Zeile(n) der Datei sind fehlerhaft. Es wird nichts importiert, solange die Datei Fehler enthält: Bitte die Zeilen in der Tabellenkalkulation berichtigen, als CSV UTF-8 speichern und erneut importieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Stellen der Datei sind schon im Verzeichnis. Es gibt nichts Neues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist in Ordnung: {count} neue Stelle(n) werden übernommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fehler ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schon vorhanden ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen mit gleichem Namen und Ort wie im Verzeichnis werden übersprungen. Das Format ist in der Anleitung „partners-csv.md“ beschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Erstaufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstaufnahme speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lassen Sie die Einwilligungserklärung unterschreiben: drucken Sie sie aus oder speichern Sie sie als PDF. Das unterschriebene Blatt bewahren Sie wie gewohnt auf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstaufnahme gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Akte {number} für {name} wurde angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstaufnahme abbrechen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Eingaben dieser Erstaufnahme sind nicht gespeichert und gehen verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter &amp;bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern Sie die Erstaufnahme oder brechen Sie sie ab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} (Strg+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-Datenbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine neue ratsuchende Person aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbestand sperren; alle Fenster mit Daten schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende &amp;suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Benutzerhandbuch in einem eigenen Fenster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über &amp;MBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} – {count} fällig (Strg+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} (Strg+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE Desktop – {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Akten zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei Akten derselben Person werden zu einer. Alles Verknüpfte – Fälle, Einwilligungen, Wiedervorlagen und Dokumente – kommt in die Akte, die bestehen bleibt; die andere Akte wird gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Akte bleibt bestehen (mit ihrer Nummer)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mnemonic}: Akte {number} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcher Wert ist richtig? ({count} abweichende Angaben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Angaben stimmen überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte {number} (bleibt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte {number} (wird gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übereinstimmend: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akten zusammenführen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akte {other} wird in Akte {keep} übernommen und danach gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPdf</name>
    <message>
        <source>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Speichern Sie stattdessen eine Kopie oder drucken Sie das Schreiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken ist hier nicht möglich. Speichern Sie eine Kopie und drucken Sie diese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, Schuldnerberatung und andere – mit Ansprechpersonen, Adresse, Erreichbarkeit und Sprachen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Verzeichnis von Kolleginnen und Kollegen übernehmen Sie als CSV-Datei (UTF-8, Semikolon). Gibt eine Weiterleitung personenbezogene Daten weiter, braucht sie vorher eine schriftliche Schweigepflichtentbindung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersten &amp;Partner anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzeichnis &amp;importieren (CSV) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Angebot, Ansprechperson – z. B. „Sprachkurs“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort/Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Partner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuen Netzwerkpartner anlegen (Einfg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markierten Partner bearbeiten (Eingabetaste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markierten Partner löschen (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV i&amp;mportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief&amp;vorlagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation type="unfinished">partner</translation>
    </message>
    <message>
        <source>Alle Orte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} von {all} Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Stelle gefunden. Ändern Sie die Suche oder die Filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnungszeiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Weiterleitung(en) an diese Stelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ mit allen Ansprechpersonen aus dem Verzeichnis löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner aus CSV importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist zu groß für ein Partnerverzeichnis (höchstens 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gelesen werden. Bitte eine andere Datei wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Netzwerkpartner importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner als CSV exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden. Bitte einen anderen Ort wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzeichnis exportiert: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Passphrase ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase ist zu schwach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beiden Eingaben der Passphrase stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>&amp;Name der Beraterin/des Beraters*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beratungsstelle*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kennziffer der Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Beraterin/des Beraters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennziffer der Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Maria Beispiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. MBE Musterstadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, für die Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenschutzrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diakonie und Caritas wenden kirchliches Datenschutzrecht an (DSG-EKD bzw. KDG), alle anderen Träger die DSGVO mit dem BDSG. Texte für Ratsuchende nennen das hier gewählte Recht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenschut&amp;zrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Pflichtangabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{field}“: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Willkommen bei MBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE Desktop speichert Ihre Falldokumentation verschlüsselt auf diesem Rechner. Tragen Sie zuerst die Angaben Ihrer Beratungsstelle ein. Sie stehen im Briefkopf Ihrer Schreiben und lassen sich später unter „Einstellungen“ ändern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <source>Beratungsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Angaben stehen im Briefkopf Ihrer Schreiben und auf dem Notfallblatt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Angaben wurden gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalSpin</name>
    <message>
        <source>keine Angabe</source>
        <translation type="unfinished">not specified</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerkpartner bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Netzwerkpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Landkreis Musterland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kürzel mit Komma, z. B. de, en, ar, uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person &amp;hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name der Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;aße:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webseite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spra&amp;chen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnungszeiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;gebote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;zen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprech&amp;personen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">phone</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit der Passphrase entsperren Sie MBE Desktop. Gut geeignet sind vier oder mehr ungewöhnliche Wörter, die nur Sie kennen, z. B. durch Bindestriche verbunden. Schreiben Sie die Passphrase nicht auf den Laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbestand &amp;anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der verschlüsselte Datenbestand wird hier angelegt: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenbestand wird verschlüsselt angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Zeitraum wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Export enthält nur zusammengefasste Anzahlen für diesen Zeitraum – keine Namen, Aktennummern, Freitexte oder genauen Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schwelle für &amp;kleine Zahlen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahlen unter der Schwelle werden nicht veröffentlicht, dazu weitere Zellen, damit sich keine unterdrückte Zahl aus Summen errechnen lässt. Eine geänderte Schwelle wird beim Export gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dieses Jahr bis heute ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum von–bis …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein offener Beratungsfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kooperationsvereinbarung gehört zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen Fall mit der Form „Case Management“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fassung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;terschreiben…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung als unterschrieben festhalten und einfrieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF speiche&amp;rn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gezeigte Fassung als PDF-Datei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Druc&amp;ken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gezeigte Fassung drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jetzt neu laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den gespeicherten Stand laden; nicht gespeicherte Eingaben gehen verloren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfung am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann Sie die Vereinbarung gemeinsam überprüfen wollen (TT.MM.JJJJ, Kalender mit Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfung a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlun&amp;gsziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;ues Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein weiteres Handlungsziel anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel entfer&amp;nen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das ausgewählte Ziel mit seinen Schritten entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel nach oben schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel nach unten schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Handlungsziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. Legen Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die Schritte dorthin: wer was bis wann erledigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel in einfachen Worten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Einen Platz in einem Integrationskurs mit Kinderbetreuung haben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woran der Erfolg erkennbar ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Die Anmeldebestätigung des Kursträgers liegt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zieltermin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;lungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel &amp;in einfachen Worten:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pflichtangabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erfolg erkennbar an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu erreichen &amp;bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielerreichung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick oder F2 bearbeitet eine Zelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Schritt anfügen (Einfg in der Tabelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus V&amp;orlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritte aus einer Vorlage für dieses Handlungsfeld anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den ausgewählten Schritt entfernen (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen an der Kooperationsvereinbarung wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damit ist Fassung {n} entstanden; die unterschriebene Fassung {old} bleibt unverändert lesbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung nicht verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung 1 – noch nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Bearbeitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht unterschrieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} – {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date} (aktuell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Die Kooperationsvereinbarung lässt sich nur noch lesen; bei jedem Ziel steht, ob es erreicht wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} wurde am {date} unterschrieben und ist eingefroren. Ändern Sie Ziele oder Schritte, entsteht beim Speichern Fassung {next}; Fassung {n} bleibt unverändert lesbar. Fortschritt (Status, erledigt am) ist keine Änderung der Vereinbarung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie lesen Fassung {n}, unterschrieben am {date}. Sie ist eingefroren und lässt sich nicht mehr ändern. Zum Bearbeiten wählen Sie oben die aktuelle Fassung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre nicht gespeicherten Änderungen dort bleiben erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ziel noch nicht beschrieben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} von {steps} Schritten offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Schritt mehr offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Handlungsziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dieser Fassung ist kein Handlungsziel vereinbart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel {n} „{goal}“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seine Schritte ({count}) werden mit entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert wird erst mit „Speichern“; bis dahin hilft „Verwerfen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor}: {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erst wenn der Schritt erledigt ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Vorlage für „{field}“ (Einstellungen → Schrittvorlagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count} Schritte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder ohne Ziel: {fields}. Sie gelten im Plan als offen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu erreichen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt {n}, fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt {n}, erledigt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel {n}, {label}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfung am: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde an anderer Stelle geändert. Ihre Eingaben sind noch da. Neu laden zeigt den gespeicherten Stand; Ihre Eingaben gehen dabei verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erst speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt nicht gespeicherte Änderungen. Unterschrieben wird immer der gespeicherte Stand: Speichern Sie zuerst (Strg+S) oder verwerfen Sie die Änderungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist kein Beratungsfall geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} ist als am {date} unterschrieben festgehalten und eingefroren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nichts gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern Sie die Kooperationsvereinbarung zuerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das PDF zeigt den gespeicherten Stand. Speichern Sie zuerst Ihre Änderungen (Strg+S) oder verwerfen Sie sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} gespeichert als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau: das verlässt den Rechner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Tabellen werden gezählt und geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {tables} Tabellen, Schwelle {k}; {withheld} Werte unterdrückt ({mark}). Dazu kommen manifest.json und eine PDF-Zusammenfassung mit denselben Tabellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Zeitraum wurde schon exportiert: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorschau konnte nicht erstellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss in Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lös&amp;chfristen prüfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll anzei&amp;gen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfr&amp;ist nach Fallabschluss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akten werden so viele Jahre nach dem letzten Fallabschluss zur Löschung vorgeschlagen (ohne Beratungsfall: nach dem Erstkontakt). Ihr Träger legt die Frist fest. Eine längere Frist bestätigen Sie mit Ihrer Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfrist auf {years} Jahre verlängern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfrist gespeichert: {years} Jahre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Passphrase bestätigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte bestätigen Sie mit Ihrer Passphrase: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestätigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode ist falsch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase ist falsch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Eingabe konnte nicht geprüft werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>(ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateinische Schreibweise: {latin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geb. {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staatsangehörigkeit nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalt: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallstatus: {status}{form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallstatus: noch kein Beratungsfall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPrivacyActions</name>
    <message>
        <source>Ein&amp;willigungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungen und Schweigepflichtentbindungen ansehen oder widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;skunft (Art. 15) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO: alle gespeicherten Daten als PDF und JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am {date}: Die Daten dieser Person dürfen nur noch gespeichert bleiben, soweit eine andere Rechtsgrundlage besteht. Keine Weiterleitungen; prüfen Sie, ob die Akte zu löschen ist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReleaseDialog</name>
    <message>
        <source>Schweigepflichtentbindung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur für diese &amp;Stelle: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>für alle Stellen der &amp;Art „{category}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;befristet bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck: {purpose}
Angaben: Name{data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültigkeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entbindung &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfassen Sie die Entbindung erst, wenn die oder der Ratsuchende das Formular unterschrieben hat. Bewahren Sie das unterschriebene Blatt auf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Ihr Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenbestand ist angelegt. Mit diesem Code öffnen Sie Ihre Daten, wenn Sie die Passphrase vergessen haben. Er wird nur jetzt angezeigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken Sie das Notfallblatt aus und bewahren Sie es verschlossen auf, getrennt vom Laptop. Wer den Code und den Laptop hat, kann alle Daten lesen. Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen – auch nicht die IT-Abteilung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfallblatt &amp;drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfallblatt &amp;speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine gespeicherte Datei enthält den Code. Speichern Sie sie nur, um sie auszudrucken, und löschen Sie sie danach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ich habe den Wiederherstellungscode sicher aufbewahrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfallblatt gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfallblatt drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Notfallblatt wurde gedruckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte bewahren Sie den Wiederherstellungscode sicher auf und bestätigen Sie das unten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Weiterleitung – Akte {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende/r: {name} · Akte {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck wählen oder eingeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben im Schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorlage neu laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text aus der Vorlage der gewählten Stelle übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entbindungsformular &amp;drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formular als PDF s&amp;peichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschriebene Entbindung er&amp;fassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notfall: ohne Schweigepflichtentbindung weiterleiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung (mindestens {count} Zeichen): Was ist der Notfall, und warum kann die Entbindung nicht vorher eingeholt werden? Die Begründung wird gespeichert und protokolliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;orschau …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreiben &amp;erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprech&amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Name steht immer im Schreiben. Angehakt ist nur, was der Zweck braucht – geben Sie nicht mehr weiter als nötig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text des Schreibens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platzhalter wie {Name} werden beim Erstellen ausgefüllt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Netzwerk ist noch keine Stelle erfasst. Legen Sie sie unter „Netzwerk“ an (oder importieren Sie ein Verzeichnis) und öffnen Sie die Weiterleitung dann erneut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine bestimmte Person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie die Stelle und den Zweck der Weiterleitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung vom {date}{until}: deckt Stelle, Zweck und die angehakten Angaben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor dem Erstellen zu klären:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst die Stelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitung gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Schreiben an „{partner}“ ist verschlüsselt gespeichert und die Weitergabe festgehalten. Sie finden es in der Akte unter „Weiterleitungen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückmeldung am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand ä&amp;ndern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreiben ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;ucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Weiterleitungen. Eine Weiterleitung schreiben Sie aus dem Beratungsfall heraus („Weiterleiten …“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notfall ohne Entbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entbindung vom {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (seit {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{purpose}
Weitergegeben: Name, {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand gespeichert: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie gespeichert: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Datenbestand wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsdatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuc&amp;hen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungs&amp;datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code der Sicherung verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie die Sicherung und geben Sie die Passphrase ein, die galt, als die Sicherung angelegt wurde. Die Sicherung wird zuerst vollständig geprüft; dabei wird nichts verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand wird durch diese Sicherung ersetzt. Alles, was nach dem Datum der Sicherung eingegeben wurde, fehlt danach. Der jetzige Datenbestand bleibt als Sicherheitskopie im Datenordner erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung ist vollständig und unbeschädigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung p&amp;rüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode der Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase der Sicherung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE-Sicherungen (*.mbebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Sicherungsdatei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht geprüft werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand wird durch die Sicherung ersetzt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Fallabschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschfristen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keine auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgewählte &amp;löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Fall (Erstkontakt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Akten haben die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht. Vor dem Löschen bleibt von jedem Fall nur eine Zählung ohne Namen, Daten und Texte für die Statistik; alles andere wird endgültig gelöscht – auch Kontakte, Ziele, Weiterleitungen, Dokumente, Wiedervorlagen und Einwilligungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Akte hat die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Akten endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Akten werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden; auch eine spätere Auskunft ist dann nicht mehr möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akten werden gelöscht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beim Löschen ist ein Fehler aufgetreten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis dahin gelöscht: {done} Akten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Akten wurden endgültig gelöscht; {retained} Beratungsfälle bleiben als anonyme Zählung für die Statistik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgebrochen: {rest} Akten wurden nicht gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingabe im Klartext anzeigen oder verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingabe anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Sicherheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische Sperre nach Minuten ohne Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passph&amp;rase ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatische Sperre nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach dieser Zeit ohne Tastatur- oder Mauseingabe und nach dem Ruhezustand wird der Datenbestand gesperrt. Sperren Sie selbst jederzeit mit Strg+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eine längere Zeit bis zur automatischen Sperre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>MBE Desktop – Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was es tut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Befehle sind auch über die Menüs erreichbar: Alt drücken, dann den unterstrichenen Buchstaben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Kooperationsvereinbarung unterschreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschrieben am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unter&amp;schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung {n} unterschreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tragen Sie das Datum ein, an dem Sie und die ratsuchende Person die Vereinbarung unterschrieben haben. Damit wird Fassung {n} eingefroren: Sie bleibt so lesbar und druckbar, wie sie unterschrieben wurde. Spätere Änderungen an Zielen oder Schritten ergeben Fassung {next}; den Fortschritt (Status, erledigt am) tragen Sie weiter in der aktuellen Fassung ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte das Datum der Unterschrift eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Zurückstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurückstellen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurückstellen &amp;bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}
Fällig am {due}. Bis zum gewählten Tag erscheint sie nicht als fällig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Anonymisierten &amp;Export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zahlen für den Träger als .zip speichern – mit Vorschau, was die Datei enthält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betreute Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuzugewanderte (unter 3 Jahren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>im Alter von 27 bis 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil an den Ratsuchenden mit bekanntem Alter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reguläre Abschlüsse im Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fälle und mitberatene Familienangehörige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altersgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Häufigste Staatsangehörigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erste Staatsangehörigkeit. Gelöschte Ratsuchende sind nur mit ihrer Weltregion erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Außensprechstunden nach Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte in der Außensprechstunde mit Datum im Zeitraum, je Ort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zahlen für {period} werden gezählt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zahlen konnten nicht gezählt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für {period} ist nichts dokumentiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthalten sind {count} Fälle bereits gelöschter Ratsuchender (nur ihre statistischen Merkmale sind erhalten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte und Weiterleitungen gelöschter Fälle sind nur für Jahre und Halbjahre erhalten und fehlen in diesem Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>davon neu: {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} von {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} Fälle von {clients} Ratsuchenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} bis unter 3 Jahre in Deutschland (von {whole} mit bekannter Einreise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} im Alter von 27 bis 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>übrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-Management-Anteil: {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Kontakte, davon {share} mit Sprachmittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulär abgeschlossen: {all} aller Abschlüsse, {cm} im Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>davon erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei Abschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbessert: {better} · unverändert: {same} · verschlechtert: {worse}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Stand der Weiterleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Rückmeldung erhalten“ und „Termin vereinbart“ halten das Datum der Rückmeldung fest; solange eine weitergeleitete Anfrage ohne Rückmeldung ist, erinnert „Heute“ daran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTemplatesSection</name>
    <message>
        <source>Schrittvorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlagen nach Handlungsfeld filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine neue Vorlage anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie der ausgewählten Vorlage als neue Vorlage beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die ausgewählte Vorlage löschen (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links eine Vorlage aus oder legen Sie mit „Neu“ eine an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Vorlage füllt die Schritte eines Ziels mit einem Klick (Kooperationsvereinbarung → „Aus Vorlage“). Die Fälligkeit zählt ab dem Tag, an dem die Schritte eingefügt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Integrationskurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritte der Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tage nach
Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig so viele Tage nach dem Einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} · {count} Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (Kopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ löschen? Schritte, die schon aus ihr in eine Kooperationsvereinbarung übernommen wurden, bleiben dort erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage wurde gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen an der Vorlage „{name}“ sind noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <source>Datenbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicherort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicherort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicher-ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angelegt am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Daten liegen verschlüsselt in diesem Ordner. Ohne Passphrase oder Wiederherstellungscode kann niemand sie lesen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Stärke der Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke: noch keine Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohin soll die Exportdatei (.zip) geschrieben werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Exportdatei wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Exportdatei konnte nicht geschrieben werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Briefvorlagen für Weiterleitungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategorien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platzhalter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platzhalter (Doppelklick fügt ein):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jede Kategorie von Netzwerkpartnern kann eine eigene Vorlage haben; sonst gilt die allgemeine. Platzhalter in geschweiften Klammern werden beim Schreiben ausgefüllt. {Angaben} setzt die Liste der angehakten Angaben ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allgemeine Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eigene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Vorlage für diese Kategorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Kategorie verwendet die allgemeine Vorlage. Speichern legt eine eigene Vorlage für die Kategorie an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgelieferte Standardvorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard wiederherstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die eigene Vorlage dieser Kategorie wird gelöscht; danach gilt wieder die mitgelieferte Vorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Standardvorlage gilt wieder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als erledigt markieren (Strg+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Um einen &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Um eine &amp;Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis &amp;Datum …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Wiedervorlage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Wiedervorlage (Strg+Umschalt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kalender exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Liste als .ics-Datei für Ihren Kalender (nur Aktennummern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute ist nichts fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier erscheinen überfällige und heute fällige Wiedervorlagen, dann die der Woche und der nächsten vier Wochen: selbst angelegte und automatische – ablaufende Aufenthaltstitel, fällige Schritte und Überprüfungen der Kooperationsvereinbarung, Case Management ohne Kontakt und Weiterleitungen ohne Rückmeldung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Wiedervorlage legen Sie mit „Neue Wiedervorlage“ (Strg+Umschalt+N) an. Vorlaufzeiten der automatischen Erinnerungen stellen Sie unter „Einstellungen“ (Strg+5) ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nichts fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} fällig, davon {overdue} überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute ist nichts fällig. Das steht in den nächsten Wochen an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Eingabetaste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt: {number} – {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurückgestellt bis {date}: {number} – {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wiedervorlage vom {date} für {number} endgültig löschen?

„{reason}“

Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>MBE Desktop – Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBE Desktop – Datenbestand entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-Datenbestand mit erfundenen Daten – Passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicherort des Datenbestands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbestand in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angelegt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicher-ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode (vom Notfallblatt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stattdessen &amp;Passphrase verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode &amp;verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenbestand wird entsperrt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dateien im Datenordner bleiben unverändert – bitte löschen Sie sie nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen Sie den Datenbestand aus einer Sicherung wieder her oder wenden Sie sich an Ihre IT-Betreuung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, erteilt am {given}. Ab dem Widerruf dürfen keine Daten mehr auf dieser Grundlage verarbeitet oder weitergegeben werden. Der Widerruf wird mit Datum gespeichert und kann nicht zurückgenommen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Widerruf speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerrufen &amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
