<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über MBE Desktop</source>
        <translation>Über MBE Desktop</translation>
    </message>
    <message>
        <source>&amp;Programm</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>nicht installiert</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Bibliotheken</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Bibliotheken</source>
        <translation>&amp;Bibliotheken</translation>
    </message>
    <message>
        <source>Schrift</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Schriften</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>&amp;Schriften</source>
        <translation>&amp;Schriften</translation>
    </message>
    <message>
        <source>Falldokumentation für die Migrationsberatung für erwachsene Zugewanderte (MBE). Arbeitet ohne Internetverbindung; alle Daten liegen verschlüsselt auf diesem Rechner.

Version {version}
Python {python}
Qt {qt}, PySide6 {pyside}

Die mitgelieferten Bibliotheken und Schriften und ihre Lizenzen stehen auf den anderen Reitern.</source>
        <translation>Falldokumentation für die Migrationsberatung für erwachsene Zugewanderte (MBE). Arbeitet ohne Internetverbindung; alle Daten liegen verschlüsselt auf diesem Rechner.

Version {version}
Python {python}
Qt {qt}, PySide6 {pyside}

Die mitgelieferten Bibliotheken und Schriften und ihre Lizenzen stehen auf den anderen Reitern.</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Zu {name} ist kein Lizenztext mitgeliefert. Lizenz laut Paketangaben: {licence}</source>
        <translation>Zu {name} ist kein Lizenztext mitgeliefert. Lizenz laut Paketangaben: {licence}</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>Ordner für die Auskunft wählen</source>
        <translation>Ordner für die Auskunft wählen</translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation>Auskunft gespeichert</translation>
    </message>
    <message>
        <source>Die Auskunft wurde gespeichert:
{pdf}
{json}

Geben Sie die Dateien nur der betroffenen Person selbst (oder ausgedruckt) und löschen Sie sie danach.</source>
        <translation>Die Auskunft wurde gespeichert:
{pdf}
{json}

Geben Sie die Dateien nur der betroffenen Person selbst (oder ausgedruckt) und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>Die Auskunft konnte nicht erstellt werden.</source>
        <translation>Die Auskunft konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Auskunft nicht gespeichert</source>
        <translation>Auskunft nicht gespeichert</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO mit allen Daten dieser Person speichern</source>
        <translation>Auskunft nach Art. 15 DSGVO mit allen Daten dieser Person speichern</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Die Sicherung wird wiederhergestellt …</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Wiederhergestellt</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Die Sicherung vom {date} wurde wiederhergestellt. Der vorherige Datenbestand liegt als Sicherheitskopie im Datenordner (Ordner „safety-copies“).</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt. Der vorherige Datenbestand liegt als Sicherheitskopie im Datenordner (Ordner „safety-copies“).</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht wiederhergestellt werden.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Aus einer &amp;Sicherung wiederherstellen …</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Neueste &amp;Sicherung vom {date} wiederherstellen …</source>
        <translation>Neueste &amp;Sicherung vom {date} wiederherstellen …</translation>
    </message>
    <message>
        <source>Die automatische Sicherung ist fehlgeschlagen: {reason}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Datenbestand beschädigt</source>
        <translation>Datenbestand beschädigt</translation>
    </message>
    <message>
        <source>Die tägliche Prüfung hat Fehler im Datenbestand gefunden. Teile der Daten sind möglicherweise nicht mehr lesbar. Stellen Sie den Datenbestand bitte aus der neuesten Sicherung wieder her; der jetzige bleibt dabei als Sicherheitskopie erhalten.</source>
        <translation>Die tägliche Prüfung hat Fehler im Datenbestand gefunden. Teile der Daten sind möglicherweise nicht mehr lesbar. Stellen Sie den Datenbestand bitte aus der neuesten Sicherung wieder her; der jetzige bleibt dabei als Sicherheitskopie erhalten.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Später</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt …</source>
        <translation>Die Sicherung wird angelegt …</translation>
    </message>
    <message>
        <source>MBE Desktop wird beendet</source>
        <translation>MBE Desktop wird beendet</translation>
    </message>
    <message>
        <source>Die automatische Sicherung wird angelegt und geprüft …
Beim Abbrechen wird ohne Sicherung beendet.</source>
        <translation>Die automatische Sicherung wird angelegt und geprüft …
Beim Abbrechen wird ohne Sicherung beendet.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({name}).</source>
        <translation>Unerwarteter Fehler ({name}).</translation>
    </message>
    <message>
        <source>MBE Desktop</source>
        <translation>MBE Desktop</translation>
    </message>
    <message>
        <source>Die automatische Sicherung beim Beenden ist fehlgeschlagen: {reason}

Ihre Daten sind im Datenbestand gespeichert. Legen Sie beim nächsten Start eine Sicherung an.</source>
        <translation>Die automatische Sicherung beim Beenden ist fehlgeschlagen: {reason}

Ihre Daten sind im Datenbestand gespeichert. Legen Sie beim nächsten Start eine Sicherung an.</translation>
    </message>
    <message>
        <source>Der Datenordner {folder} kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>MBE Desktop ist mit diesem Datenbestand bereits geöffnet. Wechseln Sie bitte zum geöffneten Fenster – ein Datenbestand kann nur einmal zur selben Zeit geöffnet sein.</source>
        <translation>MBE Desktop ist mit diesem Datenbestand bereits geöffnet. Wechseln Sie bitte zum geöffneten Fenster – ein Datenbestand kann nur einmal zur selben Zeit geöffnet sein.</translation>
    </message>
    <message>
        <source>Im Datenordner {folder} kann MBE Desktop nicht schreiben. Prüfen Sie die Berechtigungen des Ordners.</source>
        <translation>Im Datenordner {folder} kann MBE Desktop nicht schreiben. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht geöffnet werden.</source>
        <translation>Der Datenbestand konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation>Nicht gespeicherte Eingaben wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach 1 Minute ohne Eingabe.</source>
        <translation>Automatisch gesperrt nach 1 Minute ohne Eingabe.</translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach {minutes} Minuten ohne Eingabe.</source>
        <translation>Automatisch gesperrt nach {minutes} Minuten ohne Eingabe.</translation>
    </message>
    <message>
        <source>Gesperrt, weil die Bildschirmsperre aktiv wurde.</source>
        <translation>Gesperrt, weil die Bildschirmsperre aktiv wurde.</translation>
    </message>
    <message>
        <source>Gesperrt, weil der Rechner im Ruhezustand war.</source>
        <translation>Gesperrt, weil der Rechner im Ruhezustand war.</translation>
    </message>
    <message>
        <source>Gesperrt mit Strg+L.</source>
        <translation>Gesperrt mit Strg+L.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben konnten nicht gesichert werden.</source>
        <translation>Nicht gespeicherte Eingaben konnten nicht gesichert werden.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Protokoll</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Alle Aktionen</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Einträge von Datum</source>
        <translation>Einträge von Datum</translation>
    </message>
    <message>
        <source>Einträge bis Datum</source>
        <translation>Einträge bis Datum</translation>
    </message>
    <message>
        <source>Protokolleinträge</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Aktion:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Wer wann welche Daten angelegt, geändert, gelöscht, ausgegeben oder gesichert hat, und jedes Entsperren (§ 22 BDSG, Art. 5 Abs. 2 DSGVO). Das Protokoll enthält keine Namen und keine Inhalte – nur die Art des Datensatzes, seine interne Nummer und die Namen der geänderten Felder.</source>
        <translation>Wer wann welche Daten angelegt, geändert, gelöscht, ausgegeben oder gesichert hat, und jedes Entsperren (§ 22 BDSG, Art. 5 Abs. 2 DSGVO). Das Protokoll enthält keine Namen und keine Inhalte – nur die Art des Datensatzes, seine interne Nummer und die Namen der geänderten Felder.</translation>
    </message>
    <message>
        <source>„von“ liegt nach „bis“.</source>
        <translation>„von“ liegt nach „bis“.</translation>
    </message>
    <message>
        <source>{count} Einträge</source>
        <translation>{count} Einträge</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Zeitpunkt</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Felder</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Datensicherung</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Ordner wählen …</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Anzahl aufbewahrter automatischer Sicherungen</source>
        <translation>Anzahl aufbewahrter automatischer Sicherungen</translation>
    </message>
    <message>
        <source>Aut&amp;omatisch sichern: beim Beenden und einmal täglich beim Entsperren</source>
        <translation>Aut&amp;omatisch sichern: beim Beenden und einmal täglich beim Entsperren</translation>
    </message>
    <message>
        <source>Letzte Sicherung</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>&amp;Jetzt sichern …</source>
        <translation>&amp;Jetzt sichern …</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>Aufbewahren:</source>
        <translation>Aufbewahren:</translation>
    </message>
    <message>
        <source>automatische Sicherungen (die ältesten zuerst gelöscht)</source>
        <translation>automatische Sicherungen (die ältesten zuerst gelöscht)</translation>
    </message>
    <message>
        <source>Sicherungsordner:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Letzte Sicherung:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine verschlüsselte Datei (.mbebackup). Sie lässt sich nur mit der Passphrase oder dem Wiederherstellungscode öffnen, die beim Sichern galten. Sichern Sie regelmäßig auch auf einen USB-Stick.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Datei (.mbebackup). Sie lässt sich nur mit der Passphrase oder dem Wiederherstellungscode öffnen, die beim Sichern galten. Sichern Sie regelmäßig auch auf einen USB-Stick.</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Sicherungsordner wählen</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Der Sicherungsordner wurde gespeichert.</source>
        <translation>Der Sicherungsordner wurde gespeichert.</translation>
    </message>
    <message>
        <source>nur noch {count} automatische Sicherungen aufbewahren</source>
        <translation>nur noch {count} automatische Sicherungen aufbewahren</translation>
    </message>
    <message>
        <source>automatische Sicherungen ausschalten</source>
        <translation>automatische Sicherungen ausschalten</translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt und geprüft …</source>
        <translation>Die Sicherung wird angelegt und geprüft …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die Sicherung wurde angelegt und geprüft: {file}</source>
        <translation>Die Sicherung wurde angelegt und geprüft: {file}</translation>
    </message>
    <message>
        <source>Die Sicherung ist fehlgeschlagen.</source>
        <translation>Die Sicherung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>Sicherung vom:</source>
        <translation>Sicherung vom:</translation>
    </message>
    <message>
        <source>Programmversion:</source>
        <translation>Programmversion:</translation>
    </message>
    <message>
        <source>Ratsuchende:</source>
        <translation>Ratsuchende:</translation>
    </message>
    <message>
        <source>Fälle:</source>
        <translation>Fälle:</translation>
    </message>
    <message>
        <source>Kontakte:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Speicher-ID:</source>
        <translation>Speicher-ID:</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>keine Angaben im Zeitraum</source>
        <translation>keine Angaben im Zeitraum</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Leeren</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Datum entfernen</source>
        <translation>Datum entfernen</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Beratungsfall bearbeiten</source>
        <translation>Beratungsfall bearbeiten</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnen</source>
        <translation>Beratungsfall eröffnen</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>&amp;Eröffnet am</source>
        <translation>&amp;Eröffnet am</translation>
    </message>
    <message>
        <source>Form der Beratung</source>
        <translation>Form der Beratung</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Case Management für komplexe Lagen mit mehreren Beteiligten und einer Kooperationsvereinbarung; sonst Beratung ohne Case Management.</source>
        <translation>Case Management für komplexe Lagen mit mehreren Beteiligten und einer Kooperationsvereinbarung; sonst Beratung ohne Case Management.</translation>
    </message>
    <message>
        <source>Formwechsel am</source>
        <translation>Formwechsel am</translation>
    </message>
    <message>
        <source>Form&amp;wechsel am</source>
        <translation>Form&amp;wechsel am</translation>
    </message>
    <message>
        <source>Ab diesem Tag gilt die neue Form (für die Statistik).</source>
        <translation>Ab diesem Tag gilt die neue Form (für die Statistik).</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>&amp;Handlungsfelder</translation>
    </message>
    <message>
        <source>Leertaste oder Klick hakt ein Handlungsfeld an.</source>
        <translation>Leertaste oder Klick hakt ein Handlungsfeld an.</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige</source>
        <translation>Mitberatene Familienangehörige</translation>
    </message>
    <message>
        <source>&amp;Mitberatene Angehörige</source>
        <translation>&amp;Mitberatene Angehörige</translation>
    </message>
    <message>
        <source>Werden in der Statistik getrennt von den Fällen gezählt.</source>
        <translation>Werden in der Statistik getrennt von den Fällen gezählt.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Fall &amp;eröffnen</source>
        <translation>Fall &amp;eröffnen</translation>
    </message>
    <message>
        <source>Speichern (Strg+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen (eröffnet am {date}). Prüfen Sie Ihre Eingaben und speichern Sie erneut.</source>
        <translation>Der Fall wurde neu geladen (eröffnet am {date}). Prüfen Sie Ihre Eingaben und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Noch kein Beratungsfall</source>
        <translation>Noch kein Beratungsfall</translation>
    </message>
    <message>
        <source>Ein Beratungsfall sammelt die Kontakte, die Handlungsfelder und – im Case Management – die Kooperationsvereinbarung. Eröffnen Sie ihn beim ersten Beratungsgespräch.</source>
        <translation>Ein Beratungsfall sammelt die Kontakte, die Handlungsfelder und – im Case Management – die Kooperationsvereinbarung. Eröffnen Sie ihn beim ersten Beratungsgespräch.</translation>
    </message>
    <message>
        <source>&amp;Neuen Beratungsfall eröffnen …</source>
        <translation>&amp;Neuen Beratungsfall eröffnen …</translation>
    </message>
    <message>
        <source>Beratungsfall</source>
        <translation>Beratungsfall</translation>
    </message>
    <message>
        <source>Frühere Fälle der Akte anzeigen</source>
        <translation>Frühere Fälle der Akte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Fall:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>Fall &amp;bearbeiten …</source>
        <translation>Fall &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Form, Handlungsfelder, Eröffnungsdatum und mitberatene Angehörige ändern</source>
        <translation>Form, Handlungsfelder, Eröffnungsdatum und mitberatene Angehörige ändern</translation>
    </message>
    <message>
        <source>&amp;Ruhend stellen</source>
        <translation>&amp;Ruhend stellen</translation>
    </message>
    <message>
        <source>Ab&amp;schließen …</source>
        <translation>Ab&amp;schließen …</translation>
    </message>
    <message>
        <source>Art des Abschlusses, Zielerreichung und Situation beim Abschluss erfassen</source>
        <translation>Art des Abschlusses, Zielerreichung und Situation beim Abschluss erfassen</translation>
    </message>
    <message>
        <source>Wieder er&amp;öffnen …</source>
        <translation>Wieder er&amp;öffnen …</translation>
    </message>
    <message>
        <source>&amp;Weiterleiten …</source>
        <translation>&amp;Weiterleiten …</translation>
    </message>
    <message>
        <source>An einen Netzwerkpartner weiterleiten: Schreiben mit den nötigen Angaben, geprüft gegen die Schweigepflichtentbindung</source>
        <translation>An einen Netzwerkpartner weiterleiten: Schreiben mit den nötigen Angaben, geprüft gegen die Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Kontakt &amp;erfassen … (Strg+K)</source>
        <translation>Kontakt &amp;erfassen … (Strg+K)</translation>
    </message>
    <message>
        <source>Ein Beratungsgespräch dokumentieren (Strg+K)</source>
        <translation>Ein Beratungsgespräch dokumentieren (Strg+K)</translation>
    </message>
    <message>
        <source>Bearbei&amp;ten …</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Gewählten Kontakt bearbeiten (Doppelklick)</source>
        <translation>Gewählten Kontakt bearbeiten (Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Gewählten Kontakt löschen</source>
        <translation>Gewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) dokumentieren Sie ein Beratungsgespräch.</source>
        <translation>Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) dokumentieren Sie ein Beratungsgespräch.</translation>
    </message>
    <message>
        <source>Kontakte gehören zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen mit „Neuen Beratungsfall eröffnen …“.</source>
        <translation>Kontakte gehören zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen mit „Neuen Beratungsfall eröffnen …“.</translation>
    </message>
    <message>
        <source>Fall vom {date} – {status}</source>
        <translation>Fall vom {date} – {status}</translation>
    </message>
    <message>
        <source>ruhend seit {date}</source>
        <translation>ruhend seit {date}</translation>
    </message>
    <message>
        <source>Eröffnet am {date}</source>
        <translation>Eröffnet am {date}</translation>
    </message>
    <message>
        <source>{count} Kontakte, zuletzt am {date}</source>
        <translation>{count} Kontakte, zuletzt am {date}</translation>
    </message>
    <message>
        <source>1 Kontakt am {date}</source>
        <translation>1 Kontakt am {date}</translation>
    </message>
    <message>
        <source>{count} mitberatene Familienangehörige</source>
        <translation>{count} mitberatene Familienangehörige</translation>
    </message>
    <message>
        <source>Handlungsfelder: {fields}</source>
        <translation>Handlungsfelder: {fields}</translation>
    </message>
    <message>
        <source>Handlungsfelder: noch keine gewählt (Fall bearbeiten …)</source>
        <translation>Handlungsfelder: noch keine gewählt (Fall bearbeiten …)</translation>
    </message>
    <message>
        <source>Wieder &amp;aufnehmen</source>
        <translation>Wieder &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Der Fall wird wieder als offen geführt.</source>
        <translation>Der Fall wird wieder als offen geführt.</translation>
    </message>
    <message>
        <source>Der Fall bleibt bestehen, ruht aber, z. B. während einer längeren Abwesenheit der ratsuchenden Person.</source>
        <translation>Der Fall bleibt bestehen, ruht aber, z. B. während einer längeren Abwesenheit der ratsuchenden Person.</translation>
    </message>
    <message>
        <source>am {date} zu „{form}“</source>
        <translation>am {date} zu „{form}“</translation>
    </message>
    <message>
        <source>Formwechsel: {changes}</source>
        <translation>Formwechsel: {changes}</translation>
    </message>
    <message>
        <source>Abgeschlossen am {date}: {closure}</source>
        <translation>Abgeschlossen am {date}: {closure}</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation>Integrationskurs</translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Aufenthalt</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <source>Situation beim Abschluss: {facts}</source>
        <translation>Situation beim Abschluss: {facts}</translation>
    </message>
    <message>
        <source>Abgeschlossene Fälle sind nur lesbar.</source>
        <translation>Abgeschlossene Fälle sind nur lesbar.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>(keine Notiz)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>Nächste Schritte: {text}</source>
        <translation>Nächste Schritte: {text}</translation>
    </message>
    <message>
        <source>In diesem Fall wurden keine Kontakte erfasst.</source>
        <translation>In diesem Fall wurden keine Kontakte erfasst.</translation>
    </message>
    <message>
        <source>Der Beratungsfall wurde eröffnet. Kontakte erfassen Sie mit Strg+K.</source>
        <translation>Der Beratungsfall wurde eröffnet. Kontakte erfassen Sie mit Strg+K.</translation>
    </message>
    <message>
        <source>Die Angaben zum Fall wurden gespeichert.</source>
        <translation>Die Angaben zum Fall wurden gespeichert.</translation>
    </message>
    <message>
        <source>Der Fall ruht jetzt. Mit „Wieder aufnehmen“ wird er wieder als offen geführt.</source>
        <translation>Der Fall ruht jetzt. Mit „Wieder aufnehmen“ wird er wieder als offen geführt.</translation>
    </message>
    <message>
        <source>Der Fall ist wieder aufgenommen.</source>
        <translation>Der Fall ist wieder aufgenommen.</translation>
    </message>
    <message>
        <source>Der Fall wurde abgeschlossen ({closure}).</source>
        <translation>Der Fall wurde abgeschlossen ({closure}).</translation>
    </message>
    <message>
        <source>Fall wieder eröffnen?</source>
        <translation>Fall wieder eröffnen?</translation>
    </message>
    <message>
        <source>Der Fall vom {opened} wird wieder eröffnet. Der Abschluss ({closure}) wird zurückgenommen; der Fall zählt wieder als offen.</source>
        <translation>Der Fall vom {opened} wird wieder eröffnet. Der Abschluss ({closure}) wird zurückgenommen; der Fall zählt wieder als offen.</translation>
    </message>
    <message>
        <source>Wieder &amp;eröffnen</source>
        <translation>Wieder &amp;eröffnen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Der Fall ist wieder offen.</source>
        <translation>Der Fall ist wieder offen.</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen; bitte wiederholen Sie den Schritt.</source>
        <translation>Der Fall wurde neu geladen; bitte wiederholen Sie den Schritt.</translation>
    </message>
    <message>
        <source>Kontakt löschen?</source>
        <translation>Kontakt löschen?</translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr ({form}) wird mit Notiz und nächsten Schritten gelöscht. Das kann nicht rückgängig gemacht werden.</source>
        <translation>Der Kontakt vom {when} Uhr ({form}) wird mit Notiz und nächsten Schritten gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr wurde gelöscht.</source>
        <translation>Der Kontakt vom {when} Uhr wurde gelöscht.</translation>
    </message>
    <message>
        <source>Der nicht gespeicherte Kontakt wurde wiederhergestellt.</source>
        <translation>Der nicht gespeicherte Kontakt wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Die nicht gespeicherten Angaben zum Fall wurden wiederhergestellt.</source>
        <translation>Die nicht gespeicherten Angaben zum Fall wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Der nicht gespeicherte Abschluss des Falls wurde wiederhergestellt.</source>
        <translation>Der nicht gespeicherte Abschluss des Falls wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Der Fall wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>Der Fall wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>1 bis unter 2 Jahre</source>
        <translation>1 bis unter 2 Jahre</translation>
    </message>
    <message>
        <source>2 bis unter 3 Jahre</source>
        <translation>2 bis unter 3 Jahre</translation>
    </message>
    <message>
        <source>27 bis 44</source>
        <translation>27 bis 44</translation>
    </message>
    <message>
        <source>3 Jahre und länger</source>
        <translation>3 Jahre und länger</translation>
    </message>
    <message>
        <source>45 bis 65</source>
        <translation>45 bis 65</translation>
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
        <translation>Abschlüsse nach Art und Beratungsform</translation>
    </message>
    <message>
        <source>Afrika südlich der Sahara</source>
        <translation>Afrika südlich der Sahara</translation>
    </message>
    <message>
        <source>Agentur für Arbeit</source>
        <translation>Agentur für Arbeit</translation>
    </message>
    <message>
        <source>Amerika</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Anerkennung von Abschlüssen</source>
        <translation>Anerkennung von Abschlüssen</translation>
    </message>
    <message>
        <source>Anerkennungsberatung (IQ, Anerkennungsstellen)</source>
        <translation>Anerkennungsberatung (IQ, Anerkennungsstellen)</translation>
    </message>
    <message>
        <source>Anliegen erledigt, ohne Abschlussgespräch</source>
        <translation>Anliegen erledigt, ohne Abschlussgespräch</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Arbeit und Beruf</source>
        <translation>Arbeit und Beruf</translation>
    </message>
    <message>
        <source>Arbeitgeber</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Asien</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>Asylbewerberleistungen (AsylbLG)</source>
        <translation>Asylbewerberleistungen (AsylbLG)</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Erwerbstätigkeit</source>
        <translation>Aufenthaltserlaubnis – Erwerbstätigkeit</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Familiennachzug</source>
        <translation>Aufenthaltserlaubnis – Familiennachzug</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – Studium/Ausbildung</source>
        <translation>Aufenthaltserlaubnis – Studium/Ausbildung</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – humanitäre Gründe</source>
        <translation>Aufenthaltserlaubnis – humanitäre Gründe</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis – sonstige</source>
        <translation>Aufenthaltserlaubnis – sonstige</translation>
    </message>
    <message>
        <source>Aufenthaltsgestattung</source>
        <translation>Aufenthaltsgestattung</translation>
    </message>
    <message>
        <source>Aufenthaltsrecht</source>
        <translation>Aufenthaltsrecht</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus bei Aufnahme. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Aufenthaltsstatus bei Aufnahme. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation>Aufenthaltstitel läuft ab</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Auskunft nach Art. 15 DSGVO</translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <translation>Ausländerbehörde</translation>
    </message>
    <message>
        <source>Außensprechstunde</source>
        <translation>Außensprechstunde</translation>
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
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Berater/in</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Beratung ohne Case Management</source>
        <translation>Beratung ohne Case Management</translation>
    </message>
    <message>
        <source>Beratungsfälle (betreut)</source>
        <translation>Beratungsfälle (betreut)</translation>
    </message>
    <message>
        <source>Berufsausbildung</source>
        <translation>Berufsausbildung</translation>
    </message>
    <message>
        <source>Betreute Fälle nach Beratungsform</source>
        <translation>Betreute Fälle nach Beratungsform</translation>
    </message>
    <message>
        <source>Betreute Fälle nach Handlungsfeld</source>
        <translation>Betreute Fälle nach Handlungsfeld</translation>
    </message>
    <message>
        <source>Betreute Fälle: im Zeitraum an mindestens einem Tag offen oder ruhend; neu: im Zeitraum eröffnet; abgeschlossen: im Zeitraum abgeschlossen. Mitberatene Familienangehörige: Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation>Betreute Fälle: im Zeitraum an mindestens einem Tag offen oder ruhend; neu: im Zeitraum eröffnet; abgeschlossen: im Zeitraum abgeschlossen. Mitberatene Familienangehörige: Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</translation>
    </message>
    <message>
        <source>Bezug von Sozialleistungen bei Aufnahme und bei Abschluss</source>
        <translation>Bezug von Sozialleistungen bei Aufnahme und bei Abschluss</translation>
    </message>
    <message>
        <source>Bildung und Ausbildung</source>
        <translation>Bildung und Ausbildung</translation>
    </message>
    <message>
        <source>Blaue Karte EU</source>
        <translation>Blaue Karte EU</translation>
    </message>
    <message>
        <source>Bürgergeld/Grundsicherung (SGB II)</source>
        <translation>Bürgergeld/Grundsicherung (SGB II)</translation>
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
        <translation>Case Management</translation>
    </message>
    <message>
        <source>Case Management ohne Kontakt</source>
        <translation>Case Management ohne Kontakt</translation>
    </message>
    <message>
        <source>DSG-EKD (Diakonie)</source>
        <translation>DSG-EKD (Diakonie)</translation>
    </message>
    <message>
        <source>DSGVO mit BDSG</source>
        <translation>DSGVO mit BDSG</translation>
    </message>
    <message>
        <source>Deutsche Staatsangehörigkeit</source>
        <translation>Deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Deutschkenntnisse bei Aufnahme und bei Abschluss</source>
        <translation>Deutschkenntnisse bei Aufnahme und bei Abschluss</translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <source>E-Mail/Brief</source>
        <translation>E-Mail/Brief</translation>
    </message>
    <message>
        <source>EU-Staaten</source>
        <translation>EU-Staaten</translation>
    </message>
    <message>
        <source>Ehrenamt und Vereine</source>
        <translation>Ehrenamt und Vereine</translation>
    </message>
    <message>
        <source>Ein Fall kann mehrere Handlungsfelder haben; deshalb gibt es keine Summe.</source>
        <translation>Ein Fall kann mehrere Handlungsfelder haben; deshalb gibt es keine Summe.</translation>
    </message>
    <message>
        <source>Ein Fall zählt als Case Management, wenn er an mindestens einem Tag des Zeitraums im Case Management war.</source>
        <translation>Ein Fall zählt als Case Management, wenn er an mindestens einem Tag des Zeitraums im Case Management war.</translation>
    </message>
    <message>
        <source>Einbürgerung</source>
        <translation>Einbürgerung</translation>
    </message>
    <message>
        <source>Einbürgerungsbehörde</source>
        <translation>Einbürgerungsbehörde</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung</source>
        <translation>Einwilligung in die Datenverarbeitung</translation>
    </message>
    <message>
        <source>Einwilligungserklärung</source>
        <translation>Einwilligungserklärung</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Erlaubnis zum Daueraufenthalt-EU</source>
        <translation>Erlaubnis zum Daueraufenthalt-EU</translation>
    </message>
    <message>
        <source>Erste Staatsangehörigkeit. Im Export werden Staaten mit weniger Personen als die Schwelle zu Weltregionen zusammengefasst, kleine Regionen zu „übrige“. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Erste Staatsangehörigkeit. Im Export werden Staaten mit weniger Personen als die Schwelle zu Weltregionen zusammengefasst, kleine Regionen zu „übrige“. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</translation>
    </message>
    <message>
        <source>Erwerbssituation bei Aufnahme und bei Abschluss</source>
        <translation>Erwerbssituation bei Aufnahme und bei Abschluss</translation>
    </message>
    <message>
        <source>Europa ohne EU</source>
        <translation>Europa ohne EU</translation>
    </message>
    <message>
        <source>Familie und Jugend (Jugendamt)</source>
        <translation>Familie und Jugend (Jugendamt)</translation>
    </message>
    <message>
        <source>Familie, Kinder, Schule und Kita</source>
        <translation>Familie, Kinder, Schule und Kita</translation>
    </message>
    <message>
        <source>Fiktionsbescheinigung</source>
        <translation>Fiktionsbescheinigung</translation>
    </message>
    <message>
        <source>Finanzen und Schulden</source>
        <translation>Finanzen und Schulden</translation>
    </message>
    <message>
        <source>FreizügG/EU</source>
        <translation>FreizügG/EU</translation>
    </message>
    <message>
        <source>Freizügigkeit EU/EWR/Schweiz</source>
        <translation>Freizügigkeit EU/EWR/Schweiz</translation>
    </message>
    <message>
        <source>Freunde/Verwandte</source>
        <translation>Freunde/Verwandte</translation>
    </message>
    <message>
        <source>Gemeinschaftsunterkunft</source>
        <translation>Gemeinschaftsunterkunft</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Gesundheit und psychosoziale Zentren</source>
        <translation>Gesundheit und psychosoziale Zentren</translation>
    </message>
    <message>
        <source>Grundschule/Primarbildung</source>
        <translation>Grundschule/Primarbildung</translation>
    </message>
    <message>
        <source>Handlungsziele der im Zeitraum abgeschlossenen Fälle, mit der Bewertung beim Abschluss.</source>
        <translation>Handlungsziele der im Zeitraum abgeschlossenen Fälle, mit der Bewertung beim Abschluss.</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Hochschulabschluss</source>
        <translation>Hochschulabschluss</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Niveau beim Abschluss verglichen mit der Aufnahme.</source>
        <translation>Im Zeitraum abgeschlossene Fälle: Niveau beim Abschluss verglichen mit der Aufnahme.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.</source>
        <translation>Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand des Integrations- oder Sprachkurses.</source>
        <translation>Im Zeitraum abgeschlossene Fälle: Stand des Integrations- oder Sprachkurses.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle; Beratungsform wie bei den betreuten Fällen. Regulär sind „mit Abschlussgespräch“ und „Anliegen erledigt“.</source>
        <translation>Im Zeitraum abgeschlossene Fälle; Beratungsform wie bei den betreuten Fällen. Regulär sind „mit Abschlussgespräch“ und „Anliegen erledigt“.</translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation>Integrationskurs</translation>
    </message>
    <message>
        <source>Integrationskurs bei Aufnahme und bei Abschluss</source>
        <translation>Integrationskurs bei Aufnahme und bei Abschluss</translation>
    </message>
    <message>
        <source>Integrationskursträger</source>
        <translation>Integrationskursträger</translation>
    </message>
    <message>
        <source>Jahre von der Einreise bis zur Eröffnung des ersten Falls im Zeitraum; bis unter 3 Jahre gelten als Neuzugewanderte. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Jahre von der Einreise bis zur Eröffnung des ersten Falls im Zeitraum; bis unter 3 Jahre gelten als Neuzugewanderte. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Jugendmigrationsdienst</source>
        <translation>Jugendmigrationsdienst</translation>
    </message>
    <message>
        <source>KDG (Caritas)</source>
        <translation>KDG (Caritas)</translation>
    </message>
    <message>
        <source>Kammer (IHK, HWK u. a.)</source>
        <translation>Kammer (IHK, HWK u. a.)</translation>
    </message>
    <message>
        <source>Kontaktabbruch</source>
        <translation>Kontaktabbruch</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum, bei denen gedolmetscht wurde.</source>
        <translation>Kontakte mit Datum im Zeitraum, bei denen gedolmetscht wurde.</translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum; Außensprechstunden sind eine eigene Form.</source>
        <translation>Kontakte mit Datum im Zeitraum; Außensprechstunden sind eine eigene Form.</translation>
    </message>
    <message>
        <source>Kontakte mit Sprachmittlung</source>
        <translation>Kontakte mit Sprachmittlung</translation>
    </message>
    <message>
        <source>Kontakte nach Form</source>
        <translation>Kontakte nach Form</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen</source>
        <translation>Löschfrist abgelaufen</translation>
    </message>
    <message>
        <source>Migrantenorganisation</source>
        <translation>Migrantenorganisation</translation>
    </message>
    <message>
        <source>Naher Osten und Nordafrika</source>
        <translation>Naher Osten und Nordafrika</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Niederlassungserlaubnis</source>
        <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
        <source>Online/Chat/Messenger</source>
        <translation>Online/Chat/Messenger</translation>
    </message>
    <message>
        <source>Ozeanien</source>
        <translation>Ozeanien</translation>
    </message>
    <message>
        <source>Psychosoziale Situation</source>
        <translation>Psychosoziale Situation</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation>Ratsuchende</translation>
    </message>
    <message>
        <source>Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsdauer in Deutschland</source>
        <translation>Ratsuchende nach Aufenthaltsdauer in Deutschland</translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsstatus</source>
        <translation>Ratsuchende nach Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Ratsuchende nach Geschlecht und Altersgruppe</source>
        <translation>Ratsuchende nach Geschlecht und Altersgruppe</translation>
    </message>
    <message>
        <source>Ratsuchende nach Staatsangehörigkeit</source>
        <translation>Ratsuchende nach Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Ratsuchende nach Zugangsweg</source>
        <translation>Ratsuchende nach Zugangsweg</translation>
    </message>
    <message>
        <source>Ratsuchende/r</source>
        <translation>Ratsuchende/r</translation>
    </message>
    <message>
        <source>Rückmeldung erhalten</source>
        <translation>Rückmeldung erhalten</translation>
    </message>
    <message>
        <source>Rückmeldung zur Weiterleitung</source>
        <translation>Rückmeldung zur Weiterleitung</translation>
    </message>
    <message>
        <source>Schritt fällig</source>
        <translation>Schritt fällig</translation>
    </message>
    <message>
        <source>Schuldnerberatung</source>
        <translation>Schuldnerberatung</translation>
    </message>
    <message>
        <source>Schule und Berufsschule</source>
        <translation>Schule und Berufsschule</translation>
    </message>
    <message>
        <source>Schule/Studium</source>
        <translation>Schule/Studium</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung</source>
        <translation>Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Sekundarschulabschluss</source>
        <translation>Sekundarschulabschluss</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Soziale Teilhabe und Ehrenamt</source>
        <translation>Soziale Teilhabe und Ehrenamt</translation>
    </message>
    <message>
        <source>Sozialhilfe (SGB XII)</source>
        <translation>Sozialhilfe (SGB XII)</translation>
    </message>
    <message>
        <source>Sozialleistungen und Existenzsicherung</source>
        <translation>Sozialleistungen und Existenzsicherung</translation>
    </message>
    <message>
        <source>Sprache und Integrationskurs</source>
        <translation>Sprache und Integrationskurs</translation>
    </message>
    <message>
        <source>Sprachkursträger (sonstige)</source>
        <translation>Sprachkursträger (sonstige)</translation>
    </message>
    <message>
        <source>Spätaussiedler:innen (§ 9 BVFG) oder eingebürgert</source>
        <translation>Spätaussiedler:innen (§ 9 BVFG) oder eingebürgert</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Termin vereinbart</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Verfahren läuft</source>
        <translation>Verfahren läuft</translation>
    </message>
    <message>
        <source>Veränderung der Deutschkenntnisse</source>
        <translation>Veränderung der Deutschkenntnisse</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Vorübergehender Schutz (§ 24 AufenthG)</source>
        <translation>Vorübergehender Schutz (§ 24 AufenthG)</translation>
    </message>
    <message>
        <source>Wegzug</source>
        <translation>Wegzug</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Weiterleitungen nach Art des Netzwerkpartners</source>
        <translation>Weiterleitungen nach Art des Netzwerkpartners</translation>
    </message>
    <message>
        <source>Weiterleitungen, die im Zeitraum verschickt wurden (Entwürfe zählen nicht).</source>
        <translation>Weiterleitungen, die im Zeitraum verschickt wurden (Entwürfe zählen nicht).</translation>
    </message>
    <message>
        <source>Widerrufsdatum</source>
        <translation>Widerrufsdatum</translation>
    </message>
    <message>
        <source>Wie die Person zur MBE gefunden hat (bei Aufnahme). Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Wie die Person zur MBE gefunden hat (bei Aufnahme). Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</translation>
    </message>
    <message>
        <source>Wohnen</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Wohngemeinschaft</source>
        <translation>Wohngemeinschaft</translation>
    </message>
    <message>
        <source>Wohnungsnotfallhilfe</source>
        <translation>Wohnungsnotfallhilfe</translation>
    </message>
    <message>
        <source>Zielerreichung nach Handlungsfeld</source>
        <translation>Zielerreichung nach Handlungsfeld</translation>
    </message>
    <message>
        <source>abgebrochen</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abgeschlossene Fälle</source>
        <translation>abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>an andere Stelle übergeben</source>
        <translation>an andere Stelle übergeben</translation>
    </message>
    <message>
        <source>andere Beratungsdienste</source>
        <translation>andere Beratungsdienste</translation>
    </message>
    <message>
        <source>andere Beratungsstelle/Behörde</source>
        <translation>andere Beratungsstelle/Behörde</translation>
    </message>
    <message>
        <source>arbeitsuchend/arbeitslos</source>
        <translation>arbeitsuchend/arbeitslos</translation>
    </message>
    <message>
        <source>auf Warteliste</source>
        <translation>auf Warteliste</translation>
    </message>
    <message>
        <source>bei Abschluss</source>
        <translation>bei Abschluss</translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation>bei Aufnahme</translation>
    </message>
    <message>
        <source>bei Familie/Bekannten</source>
        <translation>bei Familie/Bekannten</translation>
    </message>
    <message>
        <source>berechtigt</source>
        <translation>berechtigt</translation>
    </message>
    <message>
        <source>davon neu eröffnet</source>
        <translation>davon neu eröffnet</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>durch Ratsuchende beendet</source>
        <translation>durch Ratsuchende beendet</translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>eigene Wohnung</translation>
    </message>
    <message>
        <source>entfallen</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>erreicht</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>geringfügig beschäftigt (Minijob)</source>
        <translation>geringfügig beschäftigt (Minijob)</translation>
    </message>
    <message>
        <source>in Ausbildung</source>
        <translation>in Ausbildung</translation>
    </message>
    <message>
        <source>in Rente</source>
        <translation>in Rente</translation>
    </message>
    <message>
        <source>kein Zugang</source>
        <translation>kein Zugang</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>keine Deutschkenntnisse (unter A1)</source>
        <translation>keine Deutschkenntnisse (unter A1)</translation>
    </message>
    <message>
        <source>keine Rückmeldung</source>
        <translation>keine Rückmeldung</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>mbeon (Online-Beratung)</source>
        <translation>mbeon (Online-Beratung)</translation>
    </message>
    <message>
        <source>mit Sprachmittlung</source>
        <translation>mit Sprachmittlung</translation>
    </message>
    <message>
        <source>mit Wiederherstellungscode</source>
        <translation>mit Wiederherstellungscode</translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation>mitberatene Familienangehörige</translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>nicht arbeitsuchend (z. B. Care-Arbeit)</source>
        <translation>nicht arbeitsuchend (z. B. Care-Arbeit)</translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>nicht erreicht</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>nicht vergleichbar (unbekannt)</source>
        <translation>nicht vergleichbar (unbekannt)</translation>
    </message>
    <message>
        <source>nimmt teil</source>
        <translation>nimmt teil</translation>
    </message>
    <message>
        <source>noch nicht beantragt</source>
        <translation>noch nicht beantragt</translation>
    </message>
    <message>
        <source>noch nicht begonnen</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ohne Schulabschluss</source>
        <translation>ohne Schulabschluss</translation>
    </message>
    <message>
        <source>ohne Sprachmittlung</source>
        <translation>ohne Sprachmittlung</translation>
    </message>
    <message>
        <source>persönlich in der Beratungsstelle</source>
        <translation>persönlich in der Beratungsstelle</translation>
    </message>
    <message>
        <source>regulär mit Abschlussgespräch</source>
        <translation>regulär mit Abschlussgespräch</translation>
    </message>
    <message>
        <source>ruhend</source>
        <translation>ruhend</translation>
    </message>
    <message>
        <source>selbstständig</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>sonstige</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>sonstiger Abschluss</source>
        <translation>sonstiger Abschluss</translation>
    </message>
    <message>
        <source>sonstiger Weg</source>
        <translation>sonstiger Weg</translation>
    </message>
    <message>
        <source>sozialversicherungspflichtig beschäftigt</source>
        <translation>sozialversicherungspflichtig beschäftigt</translation>
    </message>
    <message>
        <source>staatenlos, ungeklärt oder nicht erfasst</source>
        <translation>staatenlos, ungeklärt oder nicht erfasst</translation>
    </message>
    <message>
        <source>teilweise anerkannt</source>
        <translation>teilweise anerkannt</translation>
    </message>
    <message>
        <source>teilweise erreicht</source>
        <translation>teilweise erreicht</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unter 1 Jahr</source>
        <translation>unter 1 Jahr</translation>
    </message>
    <message>
        <source>unter 27</source>
        <translation>unter 27</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>verbessert</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>verpflichtet</source>
        <translation>verpflichtet</translation>
    </message>
    <message>
        <source>verschlechtert</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>voll anerkannt</source>
        <translation>voll anerkannt</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>weitergeleitet</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>wohnungslos oder davon bedroht</source>
        <translation>wohnungslos oder davon bedroht</translation>
    </message>
    <message>
        <source>z. B. §§ 7, 37, 38 AufenthG</source>
        <translation>z. B. §§ 7, 37, 38 AufenthG</translation>
    </message>
    <message>
        <source>zugelassen (auf Antrag)</source>
        <translation>zugelassen (auf Antrag)</translation>
    </message>
    <message>
        <source>§ 18g AufenthG</source>
        <translation>§ 18g AufenthG</translation>
    </message>
    <message>
        <source>§ 24 AufenthG, v. a. Geflüchtete aus der Ukraine</source>
        <translation>§ 24 AufenthG, v. a. Geflüchtete aus der Ukraine</translation>
    </message>
    <message>
        <source>§ 55 AsylG</source>
        <translation>§ 55 AsylG</translation>
    </message>
    <message>
        <source>§ 60a AufenthG; keine MBE-Zielgruppe, wird aber dokumentiert</source>
        <translation>§ 60a AufenthG; keine MBE-Zielgruppe, wird aber dokumentiert</translation>
    </message>
    <message>
        <source>§ 81 AufenthG</source>
        <translation>§ 81 AufenthG</translation>
    </message>
    <message>
        <source>§ 9 AufenthG</source>
        <translation>§ 9 AufenthG</translation>
    </message>
    <message>
        <source>§ 9a AufenthG</source>
        <translation>§ 9a AufenthG</translation>
    </message>
    <message>
        <source>§§ 16–17 AufenthG</source>
        <translation>§§ 16–17 AufenthG</translation>
    </message>
    <message>
        <source>§§ 18–21 AufenthG (ohne Blaue Karte EU)</source>
        <translation>§§ 18–21 AufenthG (ohne Blaue Karte EU)</translation>
    </message>
    <message>
        <source>§§ 22–23a, 25, 25a, 25b, 104c AufenthG (ohne § 24)</source>
        <translation>§§ 22–23a, 25, 25a, 25b, 104c AufenthG (ohne § 24)</translation>
    </message>
    <message>
        <source>§§ 27–36a AufenthG</source>
        <translation>§§ 27–36a AufenthG</translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation>Überprüfung der Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>über 65</source>
        <translation>über 65</translation>
    </message>
    <message>
        <source>über die Kommandozeile</source>
        <translation>über die Kommandozeile</translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <comment>how_found</comment>
        <translation>Ausländerbehörde</translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <comment>partner_categories</comment>
        <translation>Ausländerbehörde</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>case_statuses</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>course_statuses</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <comment>referral_statuses</comment>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Passphrase ändern</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Die neue Passphrase gilt ab sofort. Die Daten selbst werden dabei nicht verändert; der Wiederherstellungscode bleibt gültig.</source>
        <translation>Die neue Passphrase gilt ab sofort. Die Daten selbst werden dabei nicht verändert; der Wiederherstellungscode bleibt gültig.</translation>
    </message>
    <message>
        <source>Bisherige Passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation>vom Notfallblatt</translation>
    </message>
    <message>
        <source>&amp;Bisherige Passphrase:</source>
        <translation>&amp;Bisherige Passphrase:</translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation>den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>die bisherige Passphrase</source>
        <translation>die bisherige Passphrase</translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation>Bitte geben Sie {what} ein.</translation>
    </message>
    <message>
        <source>Die Passphrase wird geändert …</source>
        <translation>Die Passphrase wird geändert …</translation>
    </message>
    <message>
        <source>Die Passphrase konnte nicht geändert werden.</source>
        <translation>Die Passphrase konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ClientFollowUpsPanel</name>
    <message>
        <source>Wiedervorlagen dieser Person</source>
        <translation>Wiedervorlagen dieser Person</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Zu&amp;rückstellen</source>
        <translation>Zu&amp;rückstellen</translation>
    </message>
    <message>
        <source>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</source>
        <translation>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</translation>
    </message>
    <message>
        <source>Noch keine Wiedervorlagen für diese Person. Eine legen Sie mit „Neue Wiedervorlage …“ oben in der Akte an (Strg+Umschalt+N), oder zu einem Schritt der Kooperationsvereinbarung, einem Kontakt oder einer Weiterleitung. Automatische Erinnerungen stehen in „Heute“.</source>
        <translation>Noch keine Wiedervorlagen für diese Person. Eine legen Sie mit „Neue Wiedervorlage …“ oben in der Akte an (Strg+Umschalt+N), oder zu einem Schritt der Kooperationsvereinbarung, einem Kontakt oder einer Weiterleitung. Automatische Erinnerungen stehen in „Heute“.</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>erledigt am {date}</source>
        <translation>erledigt am {date}</translation>
    </message>
    <message>
        <source>zurückgestellt bis {date}</source>
        <translation>zurückgestellt bis {date}</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Erledigt: {reason}</source>
        <translation>Erledigt: {reason}</translation>
    </message>
    <message>
        <source>Zurückgestellt bis {date}: {reason}</source>
        <translation>Zurückgestellt bis {date}: {reason}</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gespeichert.</source>
        <translation>Die Wiedervorlage wurde gespeichert.</translation>
    </message>
    <message>
        <source>Die Wiedervorlage vom {date} endgültig löschen?

„{reason}“</source>
        <translation>Die Wiedervorlage vom {date} endgültig löschen?

„{reason}“</translation>
    </message>
    <message>
        <source>Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</source>
        <translation>Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</translation>
    </message>
    <message>
        <source>Wiedervorlage löschen</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gelöscht.</source>
        <translation>Die Wiedervorlage wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ankunft und Aufenthalt</source>
        <translation>Ankunft und Aufenthalt</translation>
    </message>
    <message>
        <source>Sprache und Integrationskurs</source>
        <translation>Sprache und Integrationskurs</translation>
    </message>
    <message>
        <source>Bildung und Arbeit</source>
        <translation>Bildung und Arbeit</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Abschnitte</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Schreiben Sie den Namen so, wie die Person ihn schreibt. Steht er in einer anderen Schrift (z. B. Arabisch oder Kyrillisch), tragen Sie zusätzlich die lateinische Schreibweise ein – dann findet die Suche die Akte auf beide Arten.</source>
        <translation>Schreiben Sie den Namen so, wie die Person ihn schreibt. Steht er in einer anderen Schrift (z. B. Arabisch oder Kyrillisch), tragen Sie zusätzlich die lateinische Schreibweise ein – dann findet die Suche die Akte auf beide Arten.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>&amp;Familienname*</source>
        <translation>&amp;Familienname*</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>V&amp;orname(n)</source>
        <translation>V&amp;orname(n)</translation>
    </message>
    <message>
        <source>Name in lateinischer Schrift</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>nur nötig bei anderer Schrift, z. B. Oleksandr Koval</source>
        <translation>nur nötig bei anderer Schrift, z. B. Oleksandr Koval</translation>
    </message>
    <message>
        <source>&amp;Name in lateinischer Schrift</source>
        <translation>&amp;Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Geschlecht</source>
        <translation>&amp;Geschlecht</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>nur Geburtsjahr</source>
        <translation>nur Geburtsjahr</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn das genaue Datum unbekannt ist.</source>
        <translation>Nur ausfüllen, wenn das genaue Datum unbekannt ist.</translation>
    </message>
    <message>
        <source>oder nur Geburts&amp;jahr:</source>
        <translation>oder nur Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>Geburtsdatu&amp;m</source>
        <translation>Geburtsdatu&amp;m</translation>
    </message>
    <message>
        <source>Land suchen, z. B. „syr“, dann Enter</source>
        <translation>Land suchen, z. B. „syr“, dann Enter</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Staatsangehörig&amp;keit</source>
        <translation>Staatsangehörig&amp;keit</translation>
    </message>
    <message>
        <source>Mehrere möglich; die zuerst gewählte zählt als erste.</source>
        <translation>Mehrere möglich; die zuerst gewählte zählt als erste.</translation>
    </message>
    <message>
        <source>Das Einreisedatum zeigt, ob die Person in den ersten drei Jahren nach der Ankunft ist. Bei befristeten Titeln halten Sie fest, bis wann sie gelten.</source>
        <translation>Das Einreisedatum zeigt, ob die Person in den ersten drei Jahren nach der Ankunft ist. Bei befristeten Titeln halten Sie fest, bis wann sie gelten.</translation>
    </message>
    <message>
        <source>Einreise nach Deutschland</source>
        <translation>Einreise nach Deutschland</translation>
    </message>
    <message>
        <source>&amp;Einreise am</source>
        <translation>&amp;Einreise am</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Aufe&amp;nthaltsstatus</source>
        <translation>Aufe&amp;nthaltsstatus</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Rechts&amp;grundlage</source>
        <translation>Rechts&amp;grundlage</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Gültig &amp;bis</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>Leer lassen bei unbefristetem Status.</source>
        <translation>Leer lassen bei unbefristetem Status.</translation>
    </message>
    <message>
        <source>Sprachen, in denen die Beratung möglich ist, und der Stand beim Deutschlernen. Der Stand bei der Aufnahme wird beim Abschluss wieder erfasst.</source>
        <translation>Sprachen, in denen die Beratung möglich ist, und der Stand beim Deutschlernen. Der Stand bei der Aufnahme wird beim Abschluss wieder erfasst.</translation>
    </message>
    <message>
        <source>Sprache suchen, z. B. „arab“, dann Enter</source>
        <translation>Sprache suchen, z. B. „arab“, dann Enter</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Spra&amp;chen</source>
        <translation>Spra&amp;chen</translation>
    </message>
    <message>
        <source>nötig</source>
        <translation>nötig</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation>Sprachmittlung nötig</translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation>Sprache der Sprachmittlung</translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation>– Sprache wählen –</translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation>in der Sprache:</translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation>Sprach&amp;mittlung</translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation>Deutschkenntnisse</translation>
    </message>
    <message>
        <source>Deutsch&amp;kenntnisse</source>
        <translation>Deutsch&amp;kenntnisse</translation>
    </message>
    <message>
        <source>Zugang zum Integrationskurs</source>
        <translation>Zugang zum Integrationskurs</translation>
    </message>
    <message>
        <source>&amp;Integrationskurs</source>
        <translation>&amp;Integrationskurs</translation>
    </message>
    <message>
        <source>Stand des Kurses</source>
        <translation>Stand des Kurses</translation>
    </message>
    <message>
        <source>Kursteil&amp;nahme</source>
        <translation>Kursteil&amp;nahme</translation>
    </message>
    <message>
        <source>Schul- und Berufsabschlüsse, die Anerkennung ausländischer Abschlüsse und die Lebensgrundlage bei der Aufnahme.</source>
        <translation>Schul- und Berufsabschlüsse, die Anerkennung ausländischer Abschlüsse und die Lebensgrundlage bei der Aufnahme.</translation>
    </message>
    <message>
        <source>Bildungsabschluss</source>
        <translation>Bildungsabschluss</translation>
    </message>
    <message>
        <source>&amp;Bildungsabschluss</source>
        <translation>&amp;Bildungsabschluss</translation>
    </message>
    <message>
        <source>Beruf oder Qualifikation</source>
        <translation>Beruf oder Qualifikation</translation>
    </message>
    <message>
        <source>z. B. Krankenpflegerin (Ukraine)</source>
        <translation>z. B. Krankenpflegerin (Ukraine)</translation>
    </message>
    <message>
        <source>Beruf/&amp;Qualifikation</source>
        <translation>Beruf/&amp;Qualifikation</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>A&amp;nerkennung</source>
        <translation>A&amp;nerkennung</translation>
    </message>
    <message>
        <source>Erwerbssituation</source>
        <translation>Erwerbssituation</translation>
    </message>
    <message>
        <source>E&amp;rwerbssituation</source>
        <translation>E&amp;rwerbssituation</translation>
    </message>
    <message>
        <source>Leistungsbezug</source>
        <translation>Leistungsbezug</translation>
    </message>
    <message>
        <source>&amp;Leistungsbezug</source>
        <translation>&amp;Leistungsbezug</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige werden später im Fall erfasst und in der Statistik getrennt gezählt.</source>
        <translation>Mitberatene Familienangehörige werden später im Fall erfasst und in der Statistik getrennt gezählt.</translation>
    </message>
    <message>
        <source>Personen im Haushalt</source>
        <translation>Personen im Haushalt</translation>
    </message>
    <message>
        <source> Person(en)</source>
        <translation> Person(en)</translation>
    </message>
    <message>
        <source>&amp;Größe des Haushalts</source>
        <translation>&amp;Größe des Haushalts</translation>
    </message>
    <message>
        <source>Kinder</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>&amp;Kinder</source>
        <translation>&amp;Kinder</translation>
    </message>
    <message>
        <source>Wohnsituation</source>
        <translation>Wohnsituation</translation>
    </message>
    <message>
        <source>Wohnsit&amp;uation</source>
        <translation>Wohnsit&amp;uation</translation>
    </message>
    <message>
        <source>Wie die Person erreichbar ist, und wann und wo das erste Gespräch stattfand.</source>
        <translation>Wie die Person erreichbar ist, und wann und wo das erste Gespräch stattfand.</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>St&amp;raße</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation>P&amp;LZ und Ort</translation>
    </message>
    <message>
        <source>Datum des Erstkontakts</source>
        <translation>Datum des Erstkontakts</translation>
    </message>
    <message>
        <source>Erst&amp;kontakt am</source>
        <translation>Erst&amp;kontakt am</translation>
    </message>
    <message>
        <source>Ort des Erstkontakts</source>
        <translation>Ort des Erstkontakts</translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation>in der Beratungsstelle</translation>
    </message>
    <message>
        <source>Außensprechstunde: {name}</source>
        <translation>Außensprechstunde: {name}</translation>
    </message>
    <message>
        <source>anderer Ort …</source>
        <translation>anderer Ort …</translation>
    </message>
    <message>
        <source>Anderer Ort des Erstkontakts</source>
        <translation>Anderer Ort des Erstkontakts</translation>
    </message>
    <message>
        <source>z. B. Gemeinschaftsunterkunft Am Hang</source>
        <translation>z. B. Gemeinschaftsunterkunft Am Hang</translation>
    </message>
    <message>
        <source>&amp;Ort des Erstkontakts</source>
        <translation>&amp;Ort des Erstkontakts</translation>
    </message>
    <message>
        <source>Aufmerksam geworden durch</source>
        <translation>Aufmerksam geworden durch</translation>
    </message>
    <message>
        <source>Aufmerksam geworden dur&amp;ch</source>
        <translation>Aufmerksam geworden dur&amp;ch</translation>
    </message>
    <message>
        <source>Ohne Einwilligung in die Datenverarbeitung wird keine Akte angelegt. Erklären Sie, wofür die Daten verwendet werden; das Formular zur Unterschrift können Sie nach dem Speichern drucken oder als PDF speichern.</source>
        <translation>Ohne Einwilligung in die Datenverarbeitung wird keine Akte angelegt. Erklären Sie, wofür die Daten verwendet werden; das Formular zur Unterschrift können Sie nach dem Speichern drucken oder als PDF speichern.</translation>
    </message>
    <message>
        <source>liegt vor</source>
        <translation>liegt vor</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung liegt vor</source>
        <translation>Einwilligung in die Datenverarbeitung liegt vor</translation>
    </message>
    <message>
        <source>Datum der Einwilligung</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>erteilt a&amp;m:</source>
        <translation>erteilt a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Einwilligung*</source>
        <translation>&amp;Einwilligung*</translation>
    </message>
    <message>
        <source>Umfang der Einwilligung</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Umfang der Einwilligung</source>
        <translation>&amp;Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>z. B. {hint}</source>
        <translation>z. B. {hint}</translation>
    </message>
    <message>
        <source>z. B. § 25 Abs. 2 AufenthG</source>
        <translation>z. B. § 25 Abs. 2 AufenthG</translation>
    </message>
    <message>
        <source>Außensprechstunde (nicht mehr angeboten)</source>
        <translation>Außensprechstunde (nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>Bitte prüfen: In diesem Abschnitt fehlt etwas.</source>
        <translation>Bitte prüfen: In diesem Abschnitt fehlt etwas.</translation>
    </message>
    <message>
        <source>Hinweise in diesem Abschnitt</source>
        <translation>Hinweise in diesem Abschnitt</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Fallform</source>
        <translation>Fallform</translation>
    </message>
    <message>
        <source>Fallstatus</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>Nächste Wiedervorlage</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Nach „{column}“ sortieren</source>
        <translation>Nach „{column}“ sortieren</translation>
    </message>
    <message>
        <source>{name} – {reason}</source>
        <translation>{name} – {reason}</translation>
    </message>
    <message>
        <source>kein Fall</source>
        <translation>kein Fall</translation>
    </message>
    <message>
        <source>{name}
Lateinische Schreibweise: {latin}</source>
        <translation>{name}
Lateinische Schreibweise: {latin}</translation>
    </message>
    <message>
        <source>Gefunden als {reason} (nicht buchstabengleich mit der Suche)</source>
        <translation>Gefunden als {reason} (nicht buchstabengleich mit der Suche)</translation>
    </message>
    <message>
        <source>Wiedervorlage fällig</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
</context>
<context>
    <name>ClientRecordPage</name>
    <message>
        <source>← &amp;Zurück zur Liste</source>
        <translation>← &amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>Zurück zur Liste der Ratsuchenden (Alt+←)</source>
        <translation>Zurück zur Liste der Ratsuchenden (Alt+←)</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Nicht gespeicherte Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Alle Einträge</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Beratungsfall (Eröffnung, Wechsel, Abschluss)</source>
        <translation>Beratungsfall (Eröffnung, Wechsel, Abschluss)</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung, Ziele und Schritte</source>
        <translation>Kooperationsvereinbarung, Ziele und Schritte</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Dokumente und Einwilligungen</source>
        <translation>Dokumente und Einwilligungen</translation>
    </message>
    <message>
        <source>Akte: zurück zur Liste</source>
        <translation>Akte: zurück zur Liste</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage …</source>
        <translation>Neue Wiedervorlage …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage für diese Person anlegen (Strg+Umschalt+N)</source>
        <translation>Eine Wiedervorlage für diese Person anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Akte: neue Wiedervorlage</source>
        <translation>Akte: neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Akte: Stammdaten speichern</source>
        <translation>Akte: Stammdaten speichern</translation>
    </message>
    <message>
        <source>Akte: Kontakt erfassen</source>
        <translation>Akte: Kontakt erfassen</translation>
    </message>
    <message>
        <source>Ein&amp;träge:</source>
        <translation>Ein&amp;träge:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Verlauf</source>
        <translation>Noch keine Einträge im Verlauf</translation>
    </message>
    <message>
        <source>Hier erscheint die Geschichte der Beratung als eine Zeitleiste: Beratungsfälle, Kontakte, Handlungsziele, Weiterleitungen an Netzwerkpartner, Wiedervorlagen, Einwilligungen und abgelegte Dokumente – jeweils mit Datum.</source>
        <translation>Hier erscheint die Geschichte der Beratung als eine Zeitleiste: Beratungsfälle, Kontakte, Handlungsziele, Weiterleitungen an Netzwerkpartner, Wiedervorlagen, Einwilligungen und abgelegte Dokumente – jeweils mit Datum.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PD&amp;F speichern …</source>
        <translation>Einwilligungserklärung als PD&amp;F speichern …</translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation>Einwilligungserklärung d&amp;rucken …</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung</source>
        <translation>Einwilligung in die Datenverarbeitung</translation>
    </message>
    <message>
        <source>Gespeicherte Dokumente</source>
        <translation>Gespeicherte Dokumente</translation>
    </message>
    <message>
        <source>Noch keine Dokumente gespeichert. Hier erscheinen die Schreiben und Dokumente dieser Person, die MBE Desktop verschlüsselt im Datenbestand aufbewahrt – etwa die abgelegte Einwilligungserklärung.</source>
        <translation>Noch keine Dokumente gespeichert. Hier erscheinen die Schreiben und Dokumente dieser Person, die MBE Desktop verschlüsselt im Datenbestand aufbewahrt – etwa die abgelegte Einwilligungserklärung.</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Abgelegt am</source>
        <translation>Abgelegt am</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Einwilligung im Datenbestand able&amp;gen</source>
        <translation>Einwilligung im Datenbestand able&amp;gen</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung als PDF verschlüsselt in der Akte aufbewahren</source>
        <translation>Die Einwilligungserklärung als PDF verschlüsselt in der Akte aufbewahren</translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Das ausgewählte Dokument als Datei außerhalb des Datenbestands speichern</source>
        <translation>Das ausgewählte Dokument als Datei außerhalb des Datenbestands speichern</translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation>in der Beratungsstelle</translation>
    </message>
    <message>
        <source>{date}  Erstkontakt – {place}</source>
        <translation>{date}  Erstkontakt – {place}</translation>
    </message>
    <message>
        <source>Eingewilligt am {date}. Das Formular zur Unterschrift können Sie jederzeit erneut erzeugen.</source>
        <translation>Eingewilligt am {date}. Das Formular zur Unterschrift können Sie jederzeit erneut erzeugen.</translation>
    </message>
    <message>
        <source>Es ist keine Einwilligung erfasst (Abschnitt „Einwilligung“ der Stammdaten).</source>
        <translation>Es ist keine Einwilligung erfasst (Abschnitt „Einwilligung“ der Stammdaten).</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <source>Die Änderungen wurden gespeichert.</source>
        <translation>Die Änderungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Mit „Verwerfen“ laden Sie den gespeicherten Stand; übertragen Sie Ihre Änderungen dann erneut.</source>
        <translation>Ihre Eingaben sind noch da. Mit „Verwerfen“ laden Sie den gespeicherten Stand; übertragen Sie Ihre Änderungen dann erneut.</translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Die Änderungen an der Kooperationsvereinbarung sind noch nicht gespeichert.</source>
        <translation>Die Änderungen an der Kooperationsvereinbarung sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die Änderungen an der Akte {number} sind noch nicht gespeichert.</source>
        <translation>Die Änderungen an der Akte {number} sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Nicht abgelegt</source>
        <translation>Nicht abgelegt</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung wurde im Datenbestand abgelegt.</source>
        <translation>Die Einwilligungserklärung wurde im Datenbestand abgelegt.</translation>
    </message>
    <message>
        <source>Dokument speichern unter</source>
        <translation>Dokument speichern unter</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Nicht gespeicherte Änderungen wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Die Akte wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>Die Akte wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Ratsuchende</source>
        <translation>Ratsuchende</translation>
    </message>
    <message>
        <source>Noch keine Ratsuchenden erfasst</source>
        <translation>Noch keine Ratsuchenden erfasst</translation>
    </message>
    <message>
        <source>Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach Name, Nummer, Geburtsdatum oder Telefonnummer, zu filtern nach Fallstatus, Case Management und fälligen Wiedervorlagen.</source>
        <translation>Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach Name, Nummer, Geburtsdatum oder Telefonnummer, zu filtern nach Fallstatus, Case Management und fälligen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Eine Person legen Sie beim ersten Beratungsgespräch mit der Erstaufnahme an (Strg+N). Mitberatene Familienangehörige werden im Fall der Hauptperson erfasst und in der Statistik getrennt gezählt.</source>
        <translation>Eine Person legen Sie beim ersten Beratungsgespräch mit der Erstaufnahme an (Strg+N). Mitberatene Familienangehörige werden im Fall der Hauptperson erfasst und in der Statistik getrennt gezählt.</translation>
    </message>
    <message>
        <source>&amp;Erste Erstaufnahme anlegen …</source>
        <translation>&amp;Erste Erstaufnahme anlegen …</translation>
    </message>
    <message>
        <source>Name, Nummer, Geburtsdatum oder Telefon – z. B. „muller“ oder „1985“</source>
        <translation>Name, Nummer, Geburtsdatum oder Telefon – z. B. „muller“ oder „1985“</translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation>Ratsuchende suchen</translation>
    </message>
    <message>
        <source>Suchen (Strg+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Offen</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>A&amp;bgeschlossen</source>
        <translation>A&amp;bgeschlossen</translation>
    </message>
    <message>
        <source>A&amp;lle</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Ratsuchende mit offenem oder ruhendem Fall</source>
        <translation>Ratsuchende mit offenem oder ruhendem Fall</translation>
    </message>
    <message>
        <source>Nur &amp;Case Management</source>
        <translation>Nur &amp;Case Management</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage fällig</source>
        <translation>&amp;Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>Offene Wiedervorlage, fällig heute oder früher</source>
        <translation>Offene Wiedervorlage, fällig heute oder früher</translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation>&amp;Neue Erstaufnahme …</translation>
    </message>
    <message>
        <source>Neue Erstaufnahme (Strg+N)</source>
        <translation>Neue Erstaufnahme (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Zwei markierte Akten derselben Person zusammenführen</source>
        <translation>Zwei markierte Akten derselben Person zusammenführen</translation>
    </message>
    <message>
        <source>R&amp;uhende Fälle …</source>
        <translation>R&amp;uhende Fälle …</translation>
    </message>
    <message>
        <source>Offene Fälle ohne Kontakt seit Monaten finden und gemeinsam mit „Kontaktabbruch“ abschließen</source>
        <translation>Offene Fälle ohne Kontakt seit Monaten finden und gemeinsam mit „Kontaktabbruch“ abschließen</translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation>Akte öffnen</translation>
    </message>
    <message>
        <source>Zusammenführen …</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <source>Fälle:</source>
        <translation>Fälle:</translation>
    </message>
    <message>
        <source>{count} von {all} Ratsuchenden</source>
        <translation>{count} von {all} Ratsuchenden</translation>
    </message>
    <message>
        <source>1 Ratsuchende/r</source>
        <translation>1 Ratsuchende/r</translation>
    </message>
    <message>
        <source>{count} Ratsuchende</source>
        <translation>{count} Ratsuchende</translation>
    </message>
    <message>
        <source>Keine Treffer für „{text}“</source>
        <translation>Keine Treffer für „{text}“</translation>
    </message>
    <message>
        <source>Versuchen Sie einen Teil des Namens, eine andere Schreibweise, das Geburtsdatum (12.03.1985), das Geburtsjahr oder die Telefonnummer.</source>
        <translation>Versuchen Sie einen Teil des Namens, eine andere Schreibweise, das Geburtsdatum (12.03.1985), das Geburtsjahr oder die Telefonnummer.</translation>
    </message>
    <message>
        <source>Keine Ratsuchenden mit diesen Filtern</source>
        <translation>Keine Ratsuchenden mit diesen Filtern</translation>
    </message>
    <message>
        <source>Die Filter sind eingeschaltet – „Alle“ zeigt alle Fälle.</source>
        <translation>Die Filter sind eingeschaltet – „Alle“ zeigt alle Fälle.</translation>
    </message>
    <message>
        <source>Ist die Person neu, legen Sie sie mit „Neue Erstaufnahme“ an.</source>
        <translation>Ist die Person neu, legen Sie sie mit „Neue Erstaufnahme“ an.</translation>
    </message>
    <message>
        <source>Die begonnene Zusammenführung wurde wiederhergestellt.</source>
        <translation>Die begonnene Zusammenführung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Eine der Akten wurde inzwischen geändert – prüfen Sie die Auswahl vor dem Zusammenführen.</source>
        <translation>Eine der Akten wurde inzwischen geändert – prüfen Sie die Auswahl vor dem Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>&amp;Deutschkenntnisse</source>
        <translation>&amp;Deutschkenntnisse</translation>
    </message>
    <message>
        <source>&amp;Integrationskurs</source>
        <translation>&amp;Integrationskurs</translation>
    </message>
    <message>
        <source>&amp;Erwerbssituation</source>
        <translation>&amp;Erwerbssituation</translation>
    </message>
    <message>
        <source>&amp;Leistungsbezug</source>
        <translation>&amp;Leistungsbezug</translation>
    </message>
    <message>
        <source>Aufent&amp;haltsstatus</source>
        <translation>Aufent&amp;haltsstatus</translation>
    </message>
    <message>
        <source>Beratungsfall abschließen</source>
        <translation>Beratungsfall abschließen</translation>
    </message>
    <message>
        <source>Fall vom {opened} ({form}). Nach dem Abschluss ist der Fall nur noch lesbar; er kann bei Bedarf wieder eröffnet werden.</source>
        <translation>Fall vom {opened} ({form}). Nach dem Abschluss ist der Fall nur noch lesbar; er kann bei Bedarf wieder eröffnet werden.</translation>
    </message>
    <message>
        <source>– Art des Abschlusses wählen –</source>
        <translation>– Art des Abschlusses wählen –</translation>
    </message>
    <message>
        <source>Art des Abschlusses</source>
        <translation>Art des Abschlusses</translation>
    </message>
    <message>
        <source>&amp;Art des Abschlusses</source>
        <translation>&amp;Art des Abschlusses</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Abgeschlossen a&amp;m</source>
        <translation>Abgeschlossen a&amp;m</translation>
    </message>
    <message>
        <source>Zielerreichung</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Noch offene Schritte</source>
        <translation>Noch offene Schritte</translation>
    </message>
    <message>
        <source>Offene Schritte als „entfallen“ mar&amp;kieren</source>
        <translation>Offene Schritte als „entfallen“ mar&amp;kieren</translation>
    </message>
    <message>
        <source>Offene Schritte als entfallen markieren</source>
        <translation>Offene Schritte als entfallen markieren</translation>
    </message>
    <message>
        <source>Situation beim Abschluss</source>
        <translation>Situation beim Abschluss</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Vorbelegt mit den Angaben der Akte. Bitte den Stand zum Abschluss prüfen; er wird für die Statistik mit dem Stand bei der Aufnahme verglichen.</source>
        <translation>Vorbelegt mit den Angaben der Akte. Bitte den Stand zum Abschluss prüfen; er wird für die Statistik mit dem Stand bei der Aufnahme verglichen.</translation>
    </message>
    <message>
        <source>Fall ab&amp;schließen</source>
        <translation>Fall ab&amp;schließen</translation>
    </message>
    <message>
        <source>Abschließen (Strg+Enter)</source>
        <translation>Abschließen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <source>Zielerreichung: {goal}</source>
        <translation>Zielerreichung: {goal}</translation>
    </message>
    <message>
        <source> (bis {date})</source>
        <translation> (bis {date})</translation>
    </message>
    <message>
        <source>Bitte die Art des Abschlusses wählen.</source>
        <translation>Bitte die Art des Abschlusses wählen.</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen. Prüfen Sie die Angaben und schließen Sie erneut ab.</source>
        <translation>Der Fall wurde neu geladen. Prüfen Sie die Angaben und schließen Sie erneut ab.</translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <source>{name} suchen</source>
        <translation>{name} suchen</translation>
    </message>
    <message>
        <source>{name}: ausgewählt</source>
        <translation>{name}: ausgewählt</translation>
    </message>
    <message>
        <source>Ausgewählt: {names}</source>
        <translation>Ausgewählt: {names}</translation>
    </message>
    <message>
        <source>Noch nichts ausgewählt.</source>
        <translation>Noch nichts ausgewählt.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Die Einwilligungserklärung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PDF speichern</source>
        <translation>Einwilligungserklärung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Einwilligungserklärung drucken</source>
        <translation>Einwilligungserklärung drucken</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Erteilt am</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Einwilligungen – Akte {number}</source>
        <translation>Einwilligungen – Akte {number}</translation>
    </message>
    <message>
        <source>Einwilligungen und Schweigepflichtentbindungen</source>
        <translation>Einwilligungen und Schweigepflichtentbindungen</translation>
    </message>
    <message>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Einwilligungen in die Datenverarbeitung und Schweigepflichtentbindungen dieser Person. Widerrufene bleiben mit Datum sichtbar.</source>
        <translation>Einwilligungen in die Datenverarbeitung und Schweigepflichtentbindungen dieser Person. Widerrufene bleiben mit Datum sichtbar.</translation>
    </message>
    <message>
        <source>Der Widerruf vom {date} wurde gespeichert.</source>
        <translation>Der Widerruf vom {date} wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt bearbeiten</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Kontakt erfassen</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;um</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>Uhr</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Dauer in Minuten</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>{minutes} Minuten</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>D&amp;auer</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <source>Form des Kontakts</source>
        <translation>Form des Kontakts</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Ort der Außensprechstunde</source>
        <translation>Ort der Außensprechstunde</translation>
    </message>
    <message>
        <source>– Ort wählen –</source>
        <translation>– Ort wählen –</translation>
    </message>
    <message>
        <source>Außensprechs&amp;tunde</source>
        <translation>Außensprechs&amp;tunde</translation>
    </message>
    <message>
        <source>Orte der Außensprechstunden werden in den Einstellungen gepflegt.</source>
        <translation>Orte der Außensprechstunden werden in den Einstellungen gepflegt.</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>z. B. Rathaus, Jobcenter, Ausländerbehörde</source>
        <translation>z. B. Rathaus, Jobcenter, Ausländerbehörde</translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>mit Sprachmittlung</source>
        <translation>mit Sprachmittlung</translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation>Sprache der Sprachmittlung</translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation>– Sprache wählen –</translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation>in der Sprache:</translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation>Sprach&amp;mittlung</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>&amp;Handlungsfelder</translation>
    </message>
    <message>
        <source>Vorbelegt mit den Handlungsfeldern des Falls; Leertaste hakt an.</source>
        <translation>Vorbelegt mit den Handlungsfeldern des Falls; Leertaste hakt an.</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Worum ging es, was wurde besprochen?</source>
        <translation>Worum ging es, was wurde besprochen?</translation>
    </message>
    <message>
        <source>&amp;Notiz</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Was ist als Nächstes zu tun? Danach als Wiedervorlage oder Schritt anlegen.</source>
        <translation>Was ist als Nächstes zu tun? Danach als Wiedervorlage oder Schritt anlegen.</translation>
    </message>
    <message>
        <source>Nächste Sch&amp;ritte</source>
        <translation>Nächste Sch&amp;ritte</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Kontakt speichern (Strg+Enter)</source>
        <translation>Kontakt speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Strg+Enter speichert</source>
        <translation>Strg+Enter speichert</translation>
    </message>
    <message>
        <source>anderer Ort oder genauer, z. B. Gemeindezentrum Süd</source>
        <translation>anderer Ort oder genauer, z. B. Gemeindezentrum Süd</translation>
    </message>
    <message>
        <source>wohin begleitet, z. B. Jobcenter, Ausländerbehörde</source>
        <translation>wohin begleitet, z. B. Jobcenter, Ausländerbehörde</translation>
    </message>
    <message>
        <source>Als Wiedervorlage anlegen</source>
        <translation>Als Wiedervorlage anlegen</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Fällig a&amp;m</source>
        <translation>Fällig a&amp;m</translation>
    </message>
    <message>
        <source>Grund der Wiedervorlage</source>
        <translation>Grund der Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Grund</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Als &amp;Wiedervorlage anlegen</source>
        <translation>Als &amp;Wiedervorlage anlegen</translation>
    </message>
    <message>
        <source>Als Schritt in die Kooperationsvereinbarung übernehmen</source>
        <translation>Als Schritt in die Kooperationsvereinbarung übernehmen</translation>
    </message>
    <message>
        <source>Handlungsziel</source>
        <translation>Handlungsziel</translation>
    </message>
    <message>
        <source>Handlungs&amp;ziel</source>
        <translation>Handlungs&amp;ziel</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Sch&amp;ritt</source>
        <translation>Sch&amp;ritt</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>W&amp;er</source>
        <translation>W&amp;er</translation>
    </message>
    <message>
        <source>Schritt fällig am</source>
        <translation>Schritt fällig am</translation>
    </message>
    <message>
        <source>&amp;Bis</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Als &amp;Schritt übernehmen</source>
        <translation>Als &amp;Schritt übernehmen</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>(früherer Ort)</source>
        <translation>(früherer Ort)</translation>
    </message>
    <message>
        <source>{name} (deaktiviert)</source>
        <translation>{name} (deaktiviert)</translation>
    </message>
    <message>
        <source>Bitte die Sprache der Sprachmittlung wählen oder den Haken entfernen.</source>
        <translation>Bitte die Sprache der Sprachmittlung wählen oder den Haken entfernen.</translation>
    </message>
    <message>
        <source>Der Kontakt wurde neu geladen. Prüfen Sie Ihre Eingaben und speichern Sie erneut, um sie zu übernehmen.</source>
        <translation>Der Kontakt wurde neu geladen. Prüfen Sie Ihre Eingaben und speichern Sie erneut, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Der Kontakt vom {date} wurde gespeichert.</source>
        <translation>Der Kontakt vom {date} wurde gespeichert.</translation>
    </message>
    <message>
        <source>Die nächsten Schritte lassen sich gleich weiterverwenden – oder schließen Sie mit „Fertig“.</source>
        <translation>Die nächsten Schritte lassen sich gleich weiterverwenden – oder schließen Sie mit „Fertig“.</translation>
    </message>
    <message>
        <source>Nächste Schritte übernehmen</source>
        <translation>Nächste Schritte übernehmen</translation>
    </message>
    <message>
        <source>Wiedervorlage für den {date} angelegt.</source>
        <translation>Wiedervorlage für den {date} angelegt.</translation>
    </message>
    <message>
        <source>Schritt zum Handlungsziel übernommen: {goal}</source>
        <translation>Schritt zum Handlungsziel übernommen: {goal}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>MBE Desktop – Unerwarteter Fehler</source>
        <translation>MBE Desktop – Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>&lt;b&gt;In MBE Desktop ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Die letzte Aktion wurde möglicherweise nicht ausgeführt. Bereits gespeicherte Daten bleiben verschlüsselt erhalten.&lt;br&gt;&lt;br&gt;Bitte melden Sie den Fehler mit den folgenden Angaben. Sie enthalten keine personenbezogenen Daten, nur die Stelle im Programm.</source>
        <translation>&lt;b&gt;In MBE Desktop ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Die letzte Aktion wurde möglicherweise nicht ausgeführt. Bereits gespeicherte Daten bleiben verschlüsselt erhalten.&lt;br&gt;&lt;br&gt;Bitte melden Sie den Fehler mit den folgenden Angaben. Sie enthalten keine personenbezogenen Daten, nur die Stelle im Programm.</translation>
    </message>
    <message>
        <source>Fehlerdetails</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Details &amp;kopieren</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Bitte das Jahr vierstellig eingeben, z. B. 12.03.1985.</source>
        <translation>Bitte das Jahr vierstellig eingeben, z. B. 12.03.1985.</translation>
    </message>
    <message>
        <source>Bitte ein Datum als TT.MM.JJJJ eingeben.</source>
        <translation>Bitte ein Datum als TT.MM.JJJJ eingeben.</translation>
    </message>
    <message>
        <source>Diesen Tag gibt es nicht.</source>
        <translation>Diesen Tag gibt es nicht.</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Datum als TT.MM.JJJJ eingeben; Kalender mit Alt+↓. Leer lassen, wenn unbekannt.</source>
        <translation>Datum als TT.MM.JJJJ eingeben; Kalender mit Alt+↓. Leer lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation>Kalender öffnen (Alt+↓)</translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation>Kalender öffnen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Exportiert</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Die Statistik wurde gespeichert:
{path}

Prüfsumme der Tabellen (SHA-256):
{sha}

Der Export ist im Datenbestand vermerkt (Zeitraum, Datum, Prüfsumme).</source>
        <translation>Die Statistik wurde gespeichert:
{path}

Prüfsumme der Tabellen (SHA-256):
{sha}

Der Export ist im Datenbestand vermerkt (Zeitraum, Datum, Prüfsumme).</translation>
    </message>
</context>
<context>
    <name>DormantCasesDialog</name>
    <message>
        <source>Akte</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Ruhende Fälle</source>
        <translation>Ruhende Fälle</translation>
    </message>
    <message>
        <source> Monaten</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Ohne Kontakt seit mehr als … Monaten</source>
        <translation>Ohne Kontakt seit mehr als … Monaten</translation>
    </message>
    <message>
        <source>&amp;Ohne Kontakt seit mehr als</source>
        <translation>&amp;Ohne Kontakt seit mehr als</translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Akte</source>
        <translation>Doppelklick öffnet die Akte</translation>
    </message>
    <message>
        <source>&amp;Alle</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Keine</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>noch kein Kontakt</source>
        <translation>noch kein Kontakt</translation>
    </message>
    <message>
        <source>{count} offene oder ruhende Fälle hatten seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation>{count} offene oder ruhende Fälle hatten seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</translation>
    </message>
    <message>
        <source>1 offener oder ruhender Fall hatte seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation>1 offener oder ruhender Fall hatte seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</translation>
    </message>
    <message>
        <source>Kein offener Fall ist seit mehr als {months} Monaten ohne Kontakt.</source>
        <translation>Kein offener Fall ist seit mehr als {months} Monaten ohne Kontakt.</translation>
    </message>
    <message>
        <source>{count} Fälle als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation>{count} Fälle als „Kontaktabbruch“ a&amp;bschließen …</translation>
    </message>
    <message>
        <source>1 Fall als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation>1 Fall als „Kontaktabbruch“ a&amp;bschließen …</translation>
    </message>
    <message>
        <source>1 Fall wird</source>
        <translation>1 Fall wird</translation>
    </message>
    <message>
        <source>{count} Fälle werden</source>
        <translation>{count} Fälle werden</translation>
    </message>
    <message>
        <source>Ruhende Fälle abschließen?</source>
        <translation>Ruhende Fälle abschließen?</translation>
    </message>
    <message>
        <source>{what} mit dem heutigen Datum ({today}) abgeschlossen, Art des Abschlusses „Kontaktabbruch“.

Noch offene Schritte der Kooperationsvereinbarungen werden als „entfallen“ markiert, noch offene Handlungsziele als „nicht erreicht“.

Jeder Fall kann in seiner Akte wieder eröffnet werden.</source>
        <translation>{what} mit dem heutigen Datum ({today}) abgeschlossen, Art des Abschlusses „Kontaktabbruch“.

Noch offene Schritte der Kooperationsvereinbarungen werden als „entfallen“ markiert, noch offene Handlungsziele als „nicht erreicht“.

Jeder Fall kann in seiner Akte wieder eröffnet werden.</translation>
    </message>
    <message>
        <source>{count} Fälle &amp;abschließen</source>
        <translation>{count} Fälle &amp;abschließen</translation>
    </message>
    <message>
        <source>1 Fall &amp;abschließen</source>
        <translation>1 Fall &amp;abschließen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>1 Fall wurde als „Kontaktabbruch“ abgeschlossen.</source>
        <translation>1 Fall wurde als „Kontaktabbruch“ abgeschlossen.</translation>
    </message>
    <message>
        <source>{count} Fälle wurden als „Kontaktabbruch“ abgeschlossen.</source>
        <translation>{count} Fälle wurden als „Kontaktabbruch“ abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Fällig</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>{title} ({total}, die ersten {shown} angezeigt)</source>
        <translation>{title} ({total}, die ersten {shown} angezeigt)</translation>
    </message>
    <message>
        <source>, {time} Uhr</source>
        <translation>, {time} Uhr</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Prüfen Sie, ob es dieselbe Person ist. Öffnen Sie dann die vorhandene Akte – die Eingaben dieser Erstaufnahme werden dabei verworfen.</source>
        <translation>Prüfen Sie, ob es dieselbe Person ist. Öffnen Sie dann die vorhandene Akte – die Eingaben dieser Erstaufnahme werden dabei verworfen.</translation>
    </message>
    <message>
        <source>Mögliche Doppelungen</source>
        <translation>Mögliche Doppelungen</translation>
    </message>
    <message>
        <source>Vorhandene Akte &amp;öffnen</source>
        <translation>Vorhandene Akte &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Trotzdem neu anlegen</source>
        <translation>&amp;Trotzdem neu anlegen</translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst:</source>
        <translation>Diese Person ist vielleicht schon erfasst:</translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst ({count} Akten):</source>
        <translation>Diese Person ist vielleicht schon erfasst ({count} Akten):</translation>
    </message>
    <message>
        <source>, geb. {birth}</source>
        <translation>, geb. {birth}</translation>
    </message>
    <message>
        <source>{number}  {name}{birth} – {reason}</source>
        <translation>{number}  {name}{birth} – {reason}</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <source>Notfallblatt speichern</source>
        <translation>Notfallblatt speichern</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Das Notfallblatt konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Das Notfallblatt konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Der Drucker konnte nicht angesprochen werden. Es wurde nichts gedruckt.</source>
        <translation>Der Drucker konnte nicht angesprochen werden. Es wurde nichts gedruckt.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Insgesamt</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>zurückgehalten (unter der Schwelle, auch 0, oder zum Schutz)</source>
        <translation>zurückgehalten (unter der Schwelle, auch 0, oder zum Schutz)</translation>
    </message>
    <message>
        <source>Die Schwelle ist niedriger als gespeichert. Bitte gehen Sie zurück und bestätigen Sie sie mit Ihrer Passphrase.</source>
        <translation>Die Schwelle ist niedriger als gespeichert. Bitte gehen Sie zurück und bestätigen Sie sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Anonymisierte Statistik exportieren</source>
        <translation>Anonymisierte Statistik exportieren</translation>
    </message>
    <message>
        <source>Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; „{view}“ bleibt in der Statistik-Ansicht. Gewählt ist {chosen}.</source>
        <translation>Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; „{view}“ bleibt in der Statistik-Ansicht. Gewählt ist {chosen}.</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>&amp;Erledigt</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Als erledigt markieren (Strg+E)</source>
        <translation>Als erledigt markieren (Strg+E)</translation>
    </message>
    <message>
        <source>Um einen &amp;Tag</source>
        <translation>Um einen &amp;Tag</translation>
    </message>
    <message>
        <source>Um eine &amp;Woche</source>
        <translation>Um eine &amp;Woche</translation>
    </message>
    <message>
        <source>Bis &amp;Datum …</source>
        <translation>Bis &amp;Datum …</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Löschen …</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Wiedervorlage bearbeiten</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Ratsuchende/r:</source>
        <translation>Ratsuchende/r:</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 1 Woche</source>
        <translation>In 1 Woche</translation>
    </message>
    <message>
        <source>In 4 Wochen</source>
        <translation>In 4 Wochen</translation>
    </message>
    <message>
        <source>Fällig &amp;am:</source>
        <translation>Fällig &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Uhrzeit:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Zum Beispiel: Nachfragen, ob der Bescheid des Jobcenters da ist</source>
        <translation>Zum Beispiel: Nachfragen, ob der Bescheid des Jobcenters da ist</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Name, Nummer oder Geburtsdatum</source>
        <translation>Name, Nummer oder Geburtsdatum</translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation>Ratsuchende suchen</translation>
    </message>
    <message>
        <source>Gefundene Ratsuchende</source>
        <translation>Gefundene Ratsuchende</translation>
    </message>
    <message>
        <source>&amp;Ratsuchende/r:</source>
        <translation>&amp;Ratsuchende/r:</translation>
    </message>
    <message>
        <source>Bitte suchen und wählen Sie die ratsuchende Person aus.</source>
        <translation>Bitte suchen und wählen Sie die ratsuchende Person aus.</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsSection</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation>Aufenthaltstitel läuft ab</translation>
    </message>
    <message>
        <source> Wochen vorher</source>
        <translation> Wochen vorher</translation>
    </message>
    <message>
        <source>erinnern</source>
        <translation>erinnern</translation>
    </message>
    <message>
        <source>Schritt der Kooperationsvereinbarung fällig</source>
        <translation>Schritt der Kooperationsvereinbarung fällig</translation>
    </message>
    <message>
        <source> Tage vorher</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation>Überprüfung der Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Case Management ohne Kontakt</source>
        <translation>Case Management ohne Kontakt</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>erinnern nach</source>
        <translation>erinnern nach</translation>
    </message>
    <message>
        <source>Weiterleitung ohne Rückmeldung</source>
        <translation>Weiterleitung ohne Rückmeldung</translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>am Fälligkeitstag</source>
        <translation>am Fälligkeitstag</translation>
    </message>
    <message>
        <source>Diese Erinnerungen erscheinen von selbst unter „Heute“ und passen sich an, wenn sich die Angaben ändern (zum Beispiel ein neues Ablaufdatum des Aufenthaltstitels). Erledigte und zurückgestellte bleiben es.</source>
        <translation>Diese Erinnerungen erscheinen von selbst unter „Heute“ und passen sich an, wenn sich die Angaben ändern (zum Beispiel ein neues Ablaufdatum des Aufenthaltstitels). Erledigte und zurückgestellte bleiben es.</translation>
    </message>
    <message>
        <source>Gespeichert. „Heute“ ist auf dem neuen Stand.</source>
        <translation>Gespeichert. „Heute“ ist auf dem neuen Stand.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Wiedervorlage</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Aufenthaltstitel</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Schritt fällig</source>
        <translation>Schritt fällig</translation>
    </message>
    <message>
        <source>Überprüfung</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Ohne Kontakt</source>
        <translation>Ohne Kontakt</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten</source>
        <translation>Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten</translation>
    </message>
    <message>
        <source>Schritt fällig am {date}: {step}</source>
        <translation>Schritt fällig am {date}: {step}</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung überprüfen (Termin {date})</source>
        <translation>Kooperationsvereinbarung überprüfen (Termin {date})</translation>
    </message>
    <message>
        <source>Case Management: kein Kontakt seit {date}</source>
        <translation>Case Management: kein Kontakt seit {date}</translation>
    </message>
    <message>
        <source>Weiterleitung an {partner} vom {date}: noch keine Rückmeldung</source>
        <translation>Weiterleitung an {partner} vom {date}: noch keine Rückmeldung</translation>
    </message>
    <message>
        <source>Weiterleitung vom {date}: noch keine Rückmeldung</source>
        <translation>Weiterleitung vom {date}: noch keine Rückmeldung</translation>
    </message>
    <message>
        <source> (zurückgestellt)</source>
        <translation> (zurückgestellt)</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Diese Woche</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Später (nächste vier Wochen)</source>
        <translation>Später (nächste vier Wochen)</translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation>Akte öffnen</translation>
    </message>
    <message>
        <source>Kontakte öffnen</source>
        <translation>Kontakte öffnen</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung öffnen</source>
        <translation>Kooperationsvereinbarung öffnen</translation>
    </message>
    <message>
        <source>Weiterleitungen öffnen</source>
        <translation>Weiterleitungen öffnen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Inhalt</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Wort im Handbuch suchen, Eingabe: weiter</source>
        <translation>Wort im Handbuch suchen, Eingabe: weiter</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Wiedervorlagen in den Kalender exportieren</source>
        <translation>Wiedervorlagen in den Kalender exportieren</translation>
    </message>
    <message>
        <source>{count} Einträge als Kalenderdatei (.ics)</source>
        <translation>{count} Einträge als Kalenderdatei (.ics)</translation>
    </message>
    <message>
        <source>1 Eintrag als Kalenderdatei (.ics)</source>
        <translation>1 Eintrag als Kalenderdatei (.ics)</translation>
    </message>
    <message>
        <source>Was die Datei enthält: je Wiedervorlage einen ganztägigen Termin (oder einen Termin zur erfassten Uhrzeit) mit der Aktennummer und der Art der Wiedervorlage, zum Beispiel „Wiedervorlage 2026-0042: Schritt fällig“. Überfällige stehen auf dem heutigen Tag.

Was sie nicht enthält: Namen, Geburtsdaten, Adressen, Notizen und den Text selbst erfasster Gründe.

Bitte bedenken Sie: Wer die Datei oder Ihren Kalender sieht, erfährt, zu welchen Aktennummern Sie wann etwas vorhaben. Importieren Sie sie nur in Ihren dienstlichen Kalender und löschen Sie die Datei danach.</source>
        <translation>Was die Datei enthält: je Wiedervorlage einen ganztägigen Termin (oder einen Termin zur erfassten Uhrzeit) mit der Aktennummer und der Art der Wiedervorlage, zum Beispiel „Wiedervorlage 2026-0042: Schritt fällig“. Überfällige stehen auf dem heutigen Tag.

Was sie nicht enthält: Namen, Geburtsdaten, Adressen, Notizen und den Text selbst erfasster Gründe.

Bitte bedenken Sie: Wer die Datei oder Ihren Kalender sieht, erfährt, zu welchen Aktennummern Sie wann etwas vorhaben. Importieren Sie sie nur in Ihren dienstlichen Kalender und löschen Sie die Datei danach.</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Kalenderdateien (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: {count} Einträge in {file}.</source>
        <translation>Gespeichert: {count} Einträge in {file}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Netzwerkpartner importieren – Vorschau</source>
        <translation>Netzwerkpartner importieren – Vorschau</translation>
    </message>
    <message>
        <source>{count} Zeile(n) der Datei sind fehlerhaft. Es wird nichts importiert, solange die Datei Fehler enthält: Bitte die Zeilen in der Tabellenkalkulation berichtigen, als CSV UTF-8 speichern und erneut importieren.</source>
        <translation>{count} Zeile(n) der Datei sind fehlerhaft. Es wird nichts importiert, solange die Datei Fehler enthält: Bitte die Zeilen in der Tabellenkalkulation berichtigen, als CSV UTF-8 speichern und erneut importieren.</translation>
    </message>
    <message>
        <source>Alle Stellen der Datei sind schon im Verzeichnis. Es gibt nichts Neues.</source>
        <translation>Alle Stellen der Datei sind schon im Verzeichnis. Es gibt nichts Neues.</translation>
    </message>
    <message>
        <source>Die Datei ist in Ordnung: {count} neue Stelle(n) werden übernommen.</source>
        <translation>Die Datei ist in Ordnung: {count} neue Stelle(n) werden übernommen.</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Fehler ({count})</source>
        <translation>&amp;Fehler ({count})</translation>
    </message>
    <message>
        <source>&amp;Neu ({count})</source>
        <translation>&amp;Neu ({count})</translation>
    </message>
    <message>
        <source>&amp;Schon vorhanden ({count})</source>
        <translation>&amp;Schon vorhanden ({count})</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stellen mit gleichem Namen und Ort wie im Verzeichnis werden übersprungen. Das Format ist in der Anleitung „partners-csv.md“ beschrieben.</source>
        <translation>Stellen mit gleichem Namen und Ort wie im Verzeichnis werden übersprungen. Das Format ist in der Anleitung „partners-csv.md“ beschrieben.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Erstaufnahme</source>
        <translation>Erstaufnahme</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Erstaufnahme speichern (Strg+S)</source>
        <translation>Erstaufnahme speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Lassen Sie die Einwilligungserklärung unterschreiben: drucken Sie sie aus oder speichern Sie sie als PDF. Das unterschriebene Blatt bewahren Sie wie gewohnt auf.</source>
        <translation>Lassen Sie die Einwilligungserklärung unterschreiben: drucken Sie sie aus oder speichern Sie sie als PDF. Das unterschriebene Blatt bewahren Sie wie gewohnt auf.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als &amp;PDF speichern …</source>
        <translation>Einwilligungserklärung als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation>Einwilligungserklärung d&amp;rucken …</translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation>Akte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Erstaufnahme gespeichert</source>
        <translation>Erstaufnahme gespeichert</translation>
    </message>
    <message>
        <source>Die Akte {number} für {name} wurde angelegt.</source>
        <translation>Die Akte {number} für {name} wurde angelegt.</translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Erstaufnahme abbrechen?</source>
        <translation>Erstaufnahme abbrechen?</translation>
    </message>
    <message>
        <source>Die Eingaben dieser Erstaufnahme sind nicht gespeichert und gehen verloren.</source>
        <translation>Die Eingaben dieser Erstaufnahme sind nicht gespeichert und gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Weiter &amp;bearbeiten</source>
        <translation>Weiter &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern Sie die Erstaufnahme oder brechen Sie sie ab.</source>
        <translation>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern Sie die Erstaufnahme oder brechen Sie sie ab.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sprache der Benutzeroberfläche</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Sprache der Oberfl&amp;äche:</source>
        <translation>Sprache der Oberfl&amp;äche:</translation>
    </message>
    <message>
        <source>Gilt für dieses Benutzerkonto auf diesem Rechner und wird beim nächsten Start von MBE Desktop übernommen. Schreiben und PDF-Dokumente bleiben deutsch.</source>
        <translation>Gilt für dieses Benutzerkonto auf diesem Rechner und wird beim nächsten Start von MBE Desktop übernommen. Schreiben und PDF-Dokumente bleiben deutsch.</translation>
    </message>
    <message>
        <source>Die Sprache wurde gespeichert. Starten Sie MBE Desktop neu, um sie zu verwenden.</source>
        <translation>Die Sprache wurde gespeichert. Starten Sie MBE Desktop neu, um sie zu verwenden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{view} (Strg+{number})</source>
        <translation>{view} (Strg+{number})</translation>
    </message>
    <message>
        <source>Demo-Datenbestand</source>
        <translation>Demo-Datenbestand</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation>&amp;Neue Erstaufnahme …</translation>
    </message>
    <message>
        <source>Eine neue ratsuchende Person aufnehmen</source>
        <translation>Eine neue ratsuchende Person aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Datenbestand sperren; alle Fenster mit Daten schließen</source>
        <translation>Datenbestand sperren; alle Fenster mit Daten schließen</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Heute</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Ratsuchende</source>
        <translation>&amp;Ratsuchende</translation>
    </message>
    <message>
        <source>&amp;Netzwerk</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Ratsuchende &amp;suchen</source>
        <translation>Ratsuchende &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Das Benutzerhandbuch in einem eigenen Fenster</source>
        <translation>Das Benutzerhandbuch in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Über &amp;MBE Desktop</source>
        <translation>Über &amp;MBE Desktop</translation>
    </message>
    <message>
        <source>{view} – {count} fällig (Strg+1)</source>
        <translation>{view} – {count} fällig (Strg+1)</translation>
    </message>
    <message>
        <source>{view} (Strg+1)</source>
        <translation>{view} (Strg+1)</translation>
    </message>
    <message>
        <source>MBE Desktop – {office}</source>
        <translation>MBE Desktop – {office}</translation>
    </message>
    <message>
        <source> (Demo)</source>
        <translation> (Demo)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Akten zusammenführen</source>
        <translation>Akten zusammenführen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Zwei Akten derselben Person werden zu einer. Alles Verknüpfte – Fälle, Einwilligungen, Wiedervorlagen und Dokumente – kommt in die Akte, die bestehen bleibt; die andere Akte wird gelöscht.</source>
        <translation>Zwei Akten derselben Person werden zu einer. Alles Verknüpfte – Fälle, Einwilligungen, Wiedervorlagen und Dokumente – kommt in die Akte, die bestehen bleibt; die andere Akte wird gelöscht.</translation>
    </message>
    <message>
        <source>Welche Akte bleibt bestehen (mit ihrer Nummer)?</source>
        <translation>Welche Akte bleibt bestehen (mit ihrer Nummer)?</translation>
    </message>
    <message>
        <source>{mnemonic}: Akte {number} – {name}</source>
        <translation>{mnemonic}: Akte {number} – {name}</translation>
    </message>
    <message>
        <source>Welcher Wert ist richtig? ({count} abweichende Angaben)</source>
        <translation>Welcher Wert ist richtig? ({count} abweichende Angaben)</translation>
    </message>
    <message>
        <source>Alle Angaben stimmen überein.</source>
        <translation>Alle Angaben stimmen überein.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Akte {number} (bleibt)</source>
        <translation>Akte {number} (bleibt)</translation>
    </message>
    <message>
        <source>Akte {number} (wird gelöscht)</source>
        <translation>Akte {number} (wird gelöscht)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Übereinstimmend: {labels}.</source>
        <translation>Übereinstimmend: {labels}.</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Akten zusammenführen?</source>
        <translation>Akten zusammenführen?</translation>
    </message>
    <message>
        <source>Akte {other} wird in Akte {keep} übernommen und danach gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation>Akte {other} wird in Akte {keep} übernommen und danach gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Die Passphrase ist falsch. Es wurde nichts verändert.</source>
        <translation>Die Passphrase ist falsch. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Wiederherstellungscode ein.</source>
        <translation>Bitte geben Sie den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Passphrase ein.</source>
        <translation>Bitte geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>MBE Desktop ist mit diesem Datenbestand geöffnet. Bitte schließen Sie das Programm und versuchen Sie es erneut. Es wurde nichts verändert.</source>
        <translation>MBE Desktop ist mit diesem Datenbestand geöffnet. Bitte schließen Sie das Programm und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} ist ein Ordner oder keine gewöhnliche Datei.</source>
        <translation>{path} ist ein Ordner oder keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>Die Datei {path} gibt es nicht.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>Bitte entweder --period oder --from und --to angeben.</source>
        <translation>Bitte entweder --period oder --from und --to angeben.</translation>
    </message>
    <message>
        <source>Zu --from gehört --to (das Ende des Zeitraums).</source>
        <translation>Zu --from gehört --to (das Ende des Zeitraums).</translation>
    </message>
    <message>
        <source>Bestätigung nötig: starten Sie den Befehl im Terminal oder mit --yes.</source>
        <translation>Bestätigung nötig: starten Sie den Befehl im Terminal oder mit --yes.</translation>
    </message>
    <message>
        <source>Die Umgebungsvariable {variable} enthält Bytes, die kein gültiger UTF-8-Text sind. Bitte setzen Sie sie als UTF-8-Text. Es wurde nichts verändert.</source>
        <translation>Die Umgebungsvariable {variable} enthält Bytes, die kein gültiger UTF-8-Text sind. Bitte setzen Sie sie als UTF-8-Text. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Eingabe im Terminal ist kein gültiger UTF-8-Text. Bitte stellen Sie das Terminal auf UTF-8 um. Es wurde nichts verändert.</source>
        <translation>Die Eingabe im Terminal ist kein gültiger UTF-8-Text. Bitte stellen Sie das Terminal auf UTF-8 um. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Keine Eingabe erhalten. Es wurde nichts verändert.</source>
        <translation>Keine Eingabe erhalten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Keine Eingabe möglich: setzen Sie {variable} oder starten Sie den Befehl im Terminal.</source>
        <translation>Keine Eingabe möglich: setzen Sie {variable} oder starten Sie den Befehl im Terminal.</translation>
    </message>
    <message>
        <source>Angabe fehlt: {what} (als Option angeben).</source>
        <translation>Angabe fehlt: {what} (als Option angeben).</translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Krankenversicherung</source>
        <translation>Krankenversicherung</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Beratungsverlauf</source>
        <translation>Beratungsverlauf</translation>
    </message>
    <message>
        <source>widerrufen am {date}</source>
        <translation>widerrufen am {date}</translation>
    </message>
    <message>
        <source>abgelaufen am {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <source>gilt ab {date}</source>
        <translation>gilt ab {date}</translation>
    </message>
    <message>
        <source>gültig</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Bitte „{label}“ ausfüllen.</source>
        <translation>Bitte „{label}“ ausfüllen.</translation>
    </message>
    <message>
        <source>„{label}“ ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>„{label}“ ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</translation>
    </message>
    <message>
        <source>„{label}“: unbekannter Wert.</source>
        <translation>„{label}“: unbekannter Wert.</translation>
    </message>
    <message>
        <source>Unbekanntes Handlungsfeld.</source>
        <translation>Unbekanntes Handlungsfeld.</translation>
    </message>
    <message>
        <source>Bitte „{label}“ angeben.</source>
        <translation>Bitte „{label}“ angeben.</translation>
    </message>
    <message>
        <source>„{label}“ liegt vor {year} – bitte das Datum prüfen.</source>
        <translation>„{label}“ liegt vor {year} – bitte das Datum prüfen.</translation>
    </message>
    <message>
        <source>„{label}“ darf nicht in der Zukunft liegen.</source>
        <translation>„{label}“ darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Bitte Datum und Uhrzeit des Kontakts angeben.</source>
        <translation>Bitte Datum und Uhrzeit des Kontakts angeben.</translation>
    </message>
    <message>
        <source>Ein Kontakt in der Zukunft kann nicht erfasst werden. Termine gehören in eine Wiedervorlage.</source>
        <translation>Ein Kontakt in der Zukunft kann nicht erfasst werden. Termine gehören in eine Wiedervorlage.</translation>
    </message>
    <message>
        <source>Der Kontakt liegt vor der Eröffnung des Beratungsfalls am {opened}. Bitte das Datum prüfen oder das Eröffnungsdatum des Falls ändern.</source>
        <translation>Der Kontakt liegt vor der Eröffnung des Beratungsfalls am {opened}. Bitte das Datum prüfen oder das Eröffnungsdatum des Falls ändern.</translation>
    </message>
    <message>
        <source>Die Dauer muss zwischen 0 und {limit} Minuten liegen.</source>
        <translation>Die Dauer muss zwischen 0 und {limit} Minuten liegen.</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige: 0 bis {limit}.</source>
        <translation>Mitberatene Familienangehörige: 0 bis {limit}.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Name in lateinischer Schrift</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Geburtsjahr</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Staatsangehörigkeiten</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation>Sprachmittlung nötig</translation>
    </message>
    <message>
        <source>Sprache für die Sprachmittlung</source>
        <translation>Sprache für die Sprachmittlung</translation>
    </message>
    <message>
        <source>Einreise</source>
        <translation>Einreise</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <source>Integrationskurs: Zugang</source>
        <translation>Integrationskurs: Zugang</translation>
    </message>
    <message>
        <source>Integrationskurs: Stand</source>
        <translation>Integrationskurs: Stand</translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation>Deutschkenntnisse</translation>
    </message>
    <message>
        <source>Schul- und Berufsbildung</source>
        <translation>Schul- und Berufsbildung</translation>
    </message>
    <message>
        <source>Beruf/Abschluss</source>
        <translation>Beruf/Abschluss</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Erwerbssituation</source>
        <translation>Erwerbssituation</translation>
    </message>
    <message>
        <source>Leistungsbezug</source>
        <translation>Leistungsbezug</translation>
    </message>
    <message>
        <source>Personen im Haushalt</source>
        <translation>Personen im Haushalt</translation>
    </message>
    <message>
        <source>Kinder</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Wohnsituation</source>
        <translation>Wohnsituation</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Zugang zur MBE</source>
        <translation>Zugang zur MBE</translation>
    </message>
    <message>
        <source>Erstkontakt am</source>
        <translation>Erstkontakt am</translation>
    </message>
    <message>
        <source>Ort des Erstkontakts</source>
        <translation>Ort des Erstkontakts</translation>
    </message>
    <message>
        <source>Außensprechstunde</source>
        <translation>Außensprechstunde</translation>
    </message>
    <message>
        <source>Einwilligung erteilt am</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Umfang der Einwilligung</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>Dieses Datum ist nicht plausibel.</source>
        <translation>Dieses Datum ist nicht plausibel.</translation>
    </message>
    <message>
        <source>Bitte eine Zahl von {lowest} bis {highest} angeben.</source>
        <translation>Bitte eine Zahl von {lowest} bis {highest} angeben.</translation>
    </message>
    <message>
        <source>Unsichtbare Steuerzeichen wurden entfernt.</source>
        <translation>Unsichtbare Steuerzeichen wurden entfernt.</translation>
    </message>
    <message>
        <source>Die Angabe ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>Die Angabe ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Familiennamen an (bei nur einem Namen diesen hier).</source>
        <translation>Bitte geben Sie den Familiennamen an (bei nur einem Namen diesen hier).</translation>
    </message>
    <message>
        <source>Bitte ergänzen Sie den Namen in lateinischer Schrift (wie im Pass), damit er in der Suche und auf Briefen richtig erscheint.</source>
        <translation>Bitte ergänzen Sie den Namen in lateinischer Schrift (wie im Pass), damit er in der Suche und auf Briefen richtig erscheint.</translation>
    </message>
    <message>
        <source>Hier bitte nur lateinische Buchstaben verwenden.</source>
        <translation>Hier bitte nur lateinische Buchstaben verwenden.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Wert aus der Liste.</source>
        <translation>Bitte wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <source>Unbekannter Staat: {codes}.</source>
        <translation>Unbekannter Staat: {codes}.</translation>
    </message>
    <message>
        <source>Höchstens {count} Staatsangehörigkeiten.</source>
        <translation>Höchstens {count} Staatsangehörigkeiten.</translation>
    </message>
    <message>
        <source>Unbekannte Sprache: {codes}.</source>
        <translation>Unbekannte Sprache: {codes}.</translation>
    </message>
    <message>
        <source>Höchstens {count} Sprachen.</source>
        <translation>Höchstens {count} Sprachen.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Sprache aus der Liste.</source>
        <translation>Bitte wählen Sie eine Sprache aus der Liste.</translation>
    </message>
    <message>
        <source>Für welche Sprache wird Sprachmittlung gebraucht?</source>
        <translation>Für welche Sprache wird Sprachmittlung gebraucht?</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Geburtsdatum an (oder wenigstens das Geburtsjahr).</source>
        <translation>Bitte geben Sie das Geburtsdatum an (oder wenigstens das Geburtsjahr).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum liegt in der Zukunft.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Das Geburtsjahr liegt in der Zukunft.</source>
        <translation>Das Geburtsjahr liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Das ergibt ein Alter über {age} Jahren. Bitte prüfen.</source>
        <translation>Das ergibt ein Alter über {age} Jahren. Bitte prüfen.</translation>
    </message>
    <message>
        <source>Die Person ist {age} Jahre alt. Die MBE berät Erwachsene; unter 18 Jahren ist der Jugendmigrationsdienst (JMD) zuständig.</source>
        <translation>Die Person ist {age} Jahre alt. Die MBE berät Erwachsene; unter 18 Jahren ist der Jugendmigrationsdienst (JMD) zuständig.</translation>
    </message>
    <message>
        <source>Die Person ist {age} Jahre alt. Unter 27 Jahren ist in der Regel der Jugendmigrationsdienst (JMD) zuständig.</source>
        <translation>Die Person ist {age} Jahre alt. Unter 27 Jahren ist in der Regel der Jugendmigrationsdienst (JMD) zuständig.</translation>
    </message>
    <message>
        <source>Die Einreise liegt in der Zukunft.</source>
        <translation>Die Einreise liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Die Einreise liegt vor der Geburt.</source>
        <translation>Die Einreise liegt vor der Geburt.</translation>
    </message>
    <message>
        <source>Der Erstkontakt liegt in der Zukunft.</source>
        <translation>Der Erstkontakt liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Der Erstkontakt liegt vor der Geburt.</source>
        <translation>Der Erstkontakt liegt vor der Geburt.</translation>
    </message>
    <message>
        <source>Die Einwilligung liegt in der Zukunft.</source>
        <translation>Die Einwilligung liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Die Einwilligung liegt vor der Geburt.</source>
        <translation>Die Einwilligung liegt vor der Geburt.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Datum des Erstkontakts an.</source>
        <translation>Bitte geben Sie das Datum des Erstkontakts an.</translation>
    </message>
    <message>
        <source>Bitte erfassen Sie die Einwilligung in die Datenverarbeitung mit Datum.</source>
        <translation>Bitte erfassen Sie die Einwilligung in die Datenverarbeitung mit Datum.</translation>
    </message>
    <message>
        <source>Der Aufenthaltstitel ist seit dem {date} abgelaufen.</source>
        <translation>Der Aufenthaltstitel ist seit dem {date} abgelaufen.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Ort aus der Liste.</source>
        <translation>Bitte wählen Sie einen Ort aus der Liste.</translation>
    </message>
    <message>
        <source>Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</translation>
    </message>
    <message>
        <source>Das + gehört nur an den Anfang der Telefonnummer.</source>
        <translation>Das + gehört nur an den Anfang der Telefonnummer.</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern.</source>
        <translation>Die Telefonnummer hat zu wenige oder zu viele Ziffern.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse ist ungültig (Beispiel: name@example.org).</source>
        <translation>Die E-Mail-Adresse ist ungültig (Beispiel: name@example.org).</translation>
    </message>
    <message>
        <source>Deutsche Postleitzahlen haben fünf Ziffern.</source>
        <translation>Deutsche Postleitzahlen haben fünf Ziffern.</translation>
    </message>
    <message>
        <source>Bitte der Vorlage einen Namen geben.</source>
        <translation>Bitte der Vorlage einen Namen geben.</translation>
    </message>
    <message>
        <source>Der Name der Vorlage ist zu lang (höchstens {limit}).</source>
        <translation>Der Name der Vorlage ist zu lang (höchstens {limit}).</translation>
    </message>
    <message>
        <source>Der Betreff fehlt.</source>
        <translation>Der Betreff fehlt.</translation>
    </message>
    <message>
        <source>Der Betreff ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Der Betreff ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Der Betreff muss in eine Zeile passen.</source>
        <translation>Der Betreff muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>Der Text des Schreibens fehlt.</source>
        <translation>Der Text des Schreibens fehlt.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Der Text ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Unbekannter Platzhalter „{{{placeholder}}}“ im Betreff. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</source>
        <translation>Unbekannter Platzhalter „{{{placeholder}}}“ im Betreff. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>Im Betreff steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</source>
        <translation>Im Betreff steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</translation>
    </message>
    <message>
        <source>Unbekannter Platzhalter „{{{placeholder}}}“ im Text. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</source>
        <translation>Unbekannter Platzhalter „{{{placeholder}}}“ im Text. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>Im Text steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</source>
        <translation>Im Text steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</translation>
    </message>
    <message>
        <source>{Angaben} ist eine Liste und kann nur im Text stehen, nicht im Betreff.</source>
        <translation>{Angaben} ist eine Liste und kann nur im Text stehen, nicht im Betreff.</translation>
    </message>
    <message>
        <source>{Angaben} muss als eigener Absatz stehen (Leerzeile davor und danach).</source>
        <translation>{Angaben} muss als eigener Absatz stehen (Leerzeile davor und danach).</translation>
    </message>
    <message>
        <source>Der Text enthält Steuerzeichen. Bitte neu eintippen.</source>
        <translation>Der Text enthält Steuerzeichen. Bitte neu eintippen.</translation>
    </message>
    <message>
        <source>Die Datei ist leer. Bitte eine CSV-Datei mit Netzwerkpartnern wählen.</source>
        <translation>Die Datei ist leer. Bitte eine CSV-Datei mit Netzwerkpartnern wählen.</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß ({size} MB, höchstens {limit} MB). Ist es die richtige Datei?</source>
        <translation>Die Datei ist zu groß ({size} MB, höchstens {limit} MB). Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>Das ist keine CSV-Textdatei (sie enthält Binärdaten, z. B. eine Excel- oder PDF-Datei). Bitte in der Tabellenkalkulation als „CSV UTF-8 (Semikolon)“ speichern.</source>
        <translation>Das ist keine CSV-Textdatei (sie enthält Binärdaten, z. B. eine Excel- oder PDF-Datei). Bitte in der Tabellenkalkulation als „CSV UTF-8 (Semikolon)“ speichern.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation „Speichern unter … CSV UTF-8“ wählen und erneut importieren.</source>
        <translation>Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation „Speichern unter … CSV UTF-8“ wählen und erneut importieren.</translation>
    </message>
    <message>
        <source>Eine Ansprechperson hat mehr als vier Angaben (Name, Funktion, Telefon, E-Mail). Mehrere Personen bitte mit | trennen.</source>
        <translation>Eine Ansprechperson hat mehr als vier Angaben (Name, Funktion, Telefon, E-Mail). Mehrere Personen bitte mit | trennen.</translation>
    </message>
    <message>
        <source>Die erste Zeile mit den Spaltennamen fehlt oder ist beschädigt.</source>
        <translation>Die erste Zeile mit den Spaltennamen fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Die Spalten sind mit Kommas getrennt. Bitte die Datei mit Semikolon (;) als Trennzeichen speichern (in Excel: „CSV UTF-8“).</source>
        <translation>Die Spalten sind mit Kommas getrennt. Bitte die Datei mit Semikolon (;) als Trennzeichen speichern (in Excel: „CSV UTF-8“).</translation>
    </message>
    <message>
        <source>Unbekannte Spalte „{column}“ in Zeile 1. Erlaubt sind: {allowed}.</source>
        <translation>Unbekannte Spalte „{column}“ in Zeile 1. Erlaubt sind: {allowed}.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ fehlt in Zeile 1.</source>
        <translation>Die Spalte „{column}“ fehlt in Zeile 1.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ steht zweimal in Zeile 1.</source>
        <translation>Die Spalte „{column}“ steht zweimal in Zeile 1.</translation>
    </message>
    <message>
        <source>Die Zeile ist beschädigt (Anführungszeichen).</source>
        <translation>Die Zeile ist beschädigt (Anführungszeichen).</translation>
    </message>
    <message>
        <source>Die Datei hat mehr als {count} Zeilen. Bitte in kleinere Dateien teilen.</source>
        <translation>Die Datei hat mehr als {count} Zeilen. Bitte in kleinere Dateien teilen.</translation>
    </message>
    <message>
        <source>{count} Spalten statt {expected} – steht ein Semikolon im Text? Dann das Feld in Anführungszeichen setzen.</source>
        <translation>{count} Spalten statt {expected} – steht ein Semikolon im Text? Dann das Feld in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <source>Unbekannte Kategorie „{category}“. Bitte eine Kategorie aus der Liste in der Anleitung verwenden.</source>
        <translation>Unbekannte Kategorie „{category}“. Bitte eine Kategorie aus der Liste in der Anleitung verwenden.</translation>
    </message>
    <message>
        <source>Die Datei enthält nur die Spaltennamen, aber keine Netzwerkpartner.</source>
        <translation>Die Datei enthält nur die Spaltennamen, aber keine Netzwerkpartner.</translation>
    </message>
    <message>
        <source>Name der Stelle</source>
        <translation>Name der Stelle</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Webseite</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Name der Ansprechperson</source>
        <translation>Name der Ansprechperson</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Telefon der Ansprechperson</source>
        <translation>Telefon der Ansprechperson</translation>
    </message>
    <message>
        <source>E-Mail der Ansprechperson</source>
        <translation>E-Mail der Ansprechperson</translation>
    </message>
    <message>
        <source>„{label}“ ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.</source>
        <translation>„{label}“ ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.</translation>
    </message>
    <message>
        <source>„{label}“ ist keine gültige E-Mail-Adresse (Beispiel: info@stelle.de).</source>
        <translation>„{label}“ ist keine gültige E-Mail-Adresse (Beispiel: info@stelle.de).</translation>
    </message>
    <message>
        <source>„{label}“ darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</source>
        <translation>„{label}“ darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</translation>
    </message>
    <message>
        <source>„{code}“ ist kein Sprachkürzel. Bitte Kürzel wie de, en, ar, uk mit Komma getrennt angeben.</source>
        <translation>„{code}“ ist kein Sprachkürzel. Bitte Kürzel wie de, en, ar, uk mit Komma getrennt angeben.</translation>
    </message>
    <message>
        <source>Bitte höchstens {count} Sprachen angeben.</source>
        <translation>Bitte höchstens {count} Sprachen angeben.</translation>
    </message>
    <message>
        <source>„{label}“ ist kein Text.</source>
        <translation>„{label}“ ist kein Text.</translation>
    </message>
    <message>
        <source>Bitte den Namen der Stelle angeben.</source>
        <translation>Bitte den Namen der Stelle angeben.</translation>
    </message>
    <message>
        <source>Der Name enthält unsichtbare Steuerzeichen. Bitte den Namen neu eintippen.</source>
        <translation>Der Name enthält unsichtbare Steuerzeichen. Bitte den Namen neu eintippen.</translation>
    </message>
    <message>
        <source>Bitte eine Kategorie aus der Liste wählen.</source>
        <translation>Bitte eine Kategorie aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Bitte höchstens {count} Ansprechpersonen je Stelle angeben.</source>
        <translation>Bitte höchstens {count} Ansprechpersonen je Stelle angeben.</translation>
    </message>
    <message>
        <source>Jede Ansprechperson braucht einen Namen (oder die Zeile leeren).</source>
        <translation>Jede Ansprechperson braucht einen Namen (oder die Zeile leeren).</translation>
    </message>
    <message>
        <source>sehr schwach</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>schwach</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>mittel</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>stark</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>sehr stark</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Verwenden Sie mehrere Wörter und vermeiden Sie bekannte Redewendungen.</source>
        <translation>Verwenden Sie mehrere Wörter und vermeiden Sie bekannte Redewendungen.</translation>
    </message>
    <message>
        <source>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.</source>
        <translation>Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <source>Tastenreihen sind leicht zu erraten.</source>
        <translation>Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Kurze Tastaturmuster sind leicht zu erraten.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>Wiederholungen wie „aaa“ sind leicht zu erraten.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <source>Vermeiden Sie wiederholte Wörter und Zeichen.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Zeichenfolgen.</source>
        <translation>Vermeiden Sie Zeichenfolgen.</translation>
    </message>
    <message>
        <source>Jahreszahlen der letzten Jahre sind leicht zu erraten.</source>
        <translation>Jahreszahlen der letzten Jahre sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Vermeiden Sie aktuelle Jahreszahlen.</source>
        <translation>Vermeiden Sie aktuelle Jahreszahlen.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Datumsangaben sind oft leicht zu erraten.</source>
        <translation>Datumsangaben sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Dies ist eines der 10 häufigsten Passwörter.</source>
        <translation>Dies ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>Dies ist eines der 100 häufigsten Passwörter.</source>
        <translation>Dies ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>Dies ist ein sehr häufiges Passwort.</source>
        <translation>Dies ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <source>Dies ähnelt einem häufig verwendeten Passwort.</source>
        <translation>Dies ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <source>Ein einzelnes Wort ist leicht zu erraten.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Vor- und Nachnamen allein sind leicht zu erraten.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Häufige Vor- und Nachnamen sind leicht zu erraten.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Großschreibung hilft kaum.</source>
        <translation>Großschreibung hilft kaum.</translation>
    </message>
    <message>
        <source>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.</translation>
    </message>
    <message>
        <source>Verwenden Sie mehrere ungewöhnliche Wörter, z. B. einen kurzen Satz.</source>
        <translation>Verwenden Sie mehrere ungewöhnliche Wörter, z. B. einen kurzen Satz.</translation>
    </message>
    <message>
        <source>Die Passphrase muss mindestens {length} Zeichen lang sein.</source>
        <translation>Die Passphrase muss mindestens {length} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu leicht zu erraten.</source>
        <translation>Die Passphrase ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>Die Passphrase enthält Ihren Namen oder den Namen der Beratungsstelle.</source>
        <translation>Die Passphrase enthält Ihren Namen oder den Namen der Beratungsstelle.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu leicht zu erraten. {reason}</source>
        <translation>Die Passphrase ist zu leicht zu erraten. {reason}</translation>
    </message>
    <message>
        <source>Die Eingabe enthält Zeichen, die kein gültiger Text sind (z. B. aus einer falsch kodierten Eingabe oder Umgebungsvariable). Bitte geben Sie sie erneut ein. Es wurde nichts verändert.</source>
        <translation>Die Eingabe enthält Zeichen, die kein gültiger Text sind (z. B. aus einer falsch kodierten Eingabe oder Umgebungsvariable). Bitte geben Sie sie erneut ein. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode enthält ungültige Zeichen. Erlaubt sind Ziffern und Buchstaben außer U.</source>
        <translation>Der Wiederherstellungscode enthält ungültige Zeichen. Erlaubt sind Ziffern und Buchstaben außer U.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode muss {length} Zeichen haben (eingegeben: {entered}). Bitte prüfen Sie die Eingabe.</source>
        <translation>Der Wiederherstellungscode muss {length} Zeichen haben (eingegeben: {entered}). Bitte prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <source>Zeitraum bitte als Jahr (2025), Halbjahr (2025-H1, 2025-H2), Quartal (2025-Q1 … 2025-Q4) oder mit Anfangs- und Enddatum angeben.</source>
        <translation>Zeitraum bitte als Jahr (2025), Halbjahr (2025-H1, 2025-H2), Quartal (2025-Q1 … 2025-Q4) oder mit Anfangs- und Enddatum angeben.</translation>
    </message>
    <message>
        <source>{number}. Halbjahr {year}</source>
        <translation>{number}. Halbjahr {year}</translation>
    </message>
    <message>
        <source>{number}. Quartal {year}</source>
        <translation>{number}. Quartal {year}</translation>
    </message>
    <message>
        <source>Das Jahr {year} liegt außerhalb von {first} bis {last}.</source>
        <translation>Das Jahr {year} liegt außerhalb von {first} bis {last}.</translation>
    </message>
    <message>
        <source>Der Anfang ({start}) liegt nach dem Ende ({end}).</source>
        <translation>Der Anfang ({start}) liegt nach dem Ende ({end}).</translation>
    </message>
    <message>
        <source>„{text}“ ist kein gültiges Datum.</source>
        <translation>„{text}“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Datum: bitte als TT.MM.JJJJ oder JJJJ-MM-TT angeben.</source>
        <translation>„{text}“ ist kein Datum: bitte als TT.MM.JJJJ oder JJJJ-MM-TT angeben.</translation>
    </message>
    <message>
        <source>„(leer)“ ist kein gültiger Zeitraum. {help}</source>
        <translation>„(leer)“ ist kein gültiger Zeitraum. {help}</translation>
    </message>
    <message>
        <source>„{text}“ ist kein gültiger Zeitraum. {help}</source>
        <translation>„{text}“ ist kein gültiger Zeitraum. {help}</translation>
    </message>
    <message>
        <source>Bitte ein Datum angeben, bis zu dem zurückgestellt wird.</source>
        <translation>Bitte ein Datum angeben, bis zu dem zurückgestellt wird.</translation>
    </message>
    <message>
        <source>Zurückstellen geht nur auf einen späteren Tag als heute.</source>
        <translation>Zurückstellen geht nur auf einen späteren Tag als heute.</translation>
    </message>
    <message>
        <source>Bitte höchstens drei Jahre im Voraus zurückstellen.</source>
        <translation>Bitte höchstens drei Jahre im Voraus zurückstellen.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Wiederherstellungscode der Sicherung ein.</source>
        <translation>Bitte geben Sie den Wiederherstellungscode der Sicherung ein.</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Passphrase der Sicherung ein.</source>
        <translation>Bitte geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Ordner für die Sicherungen.</source>
        <translation>Bitte wählen Sie einen Ordner für die Sicherungen.</translation>
    </message>
    <message>
        <source>{path} ist kein Ordner.</source>
        <translation>{path} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Dieser Beratungsfall wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</source>
        <translation>Dieser Beratungsfall wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Diesen Beratungsfall gibt es nicht mehr (er wurde gelöscht oder zusammengeführt).</source>
        <translation>Diesen Beratungsfall gibt es nicht mehr (er wurde gelöscht oder zusammengeführt).</translation>
    </message>
    <message>
        <source>Diesen Kontakt gibt es nicht mehr.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</source>
        <translation>Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Dieser Kontakt wurde inzwischen an anderer Stelle geändert und deshalb nicht gelöscht. Bitte prüfen Sie den neu geladenen Kontakt und löschen Sie ihn dann erneut.</source>
        <translation>Dieser Kontakt wurde inzwischen an anderer Stelle geändert und deshalb nicht gelöscht. Bitte prüfen Sie den neu geladenen Kontakt und löschen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>Diese Schrittvorlage gibt es nicht mehr.</source>
        <translation>Diese Schrittvorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Um ihn zu ändern, eröffnen Sie ihn bitte wieder.</source>
        <translation>Der Beratungsfall ist abgeschlossen. Um ihn zu ändern, eröffnen Sie ihn bitte wieder.</translation>
    </message>
    <message>
        <source>Für diese Person gibt es schon einen offenen Beratungsfall (eröffnet am {opened}). Es kann immer nur ein Fall offen sein: Schließen Sie ihn zuerst ab.</source>
        <translation>Für diese Person gibt es schon einen offenen Beratungsfall (eröffnet am {opened}). Es kann immer nur ein Fall offen sein: Schließen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Eine Kooperationsvereinbarung ohne Ziele kann nicht unterschrieben werden. Bitte zuerst mindestens ein Handlungsziel eintragen und speichern.</source>
        <translation>Eine Kooperationsvereinbarung ohne Ziele kann nicht unterschrieben werden. Bitte zuerst mindestens ein Handlungsziel eintragen und speichern.</translation>
    </message>
    <message>
        <source>Diese Fassung ist bereits unterschrieben, und seitdem wurde nichts geändert. Eine neue Fassung entsteht, sobald Sie Ziele oder Schritte ändern.</source>
        <translation>Diese Fassung ist bereits unterschrieben, und seitdem wurde nichts geändert. Eine neue Fassung entsteht, sobald Sie Ziele oder Schritte ändern.</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Beratungsform</source>
        <translation>Beratungsform</translation>
    </message>
    <message>
        <source>Der neue Fall kann nicht vor dem Abschluss des letzten Falls am {earliest} beginnen.</source>
        <translation>Der neue Fall kann nicht vor dem Abschluss des letzten Falls am {earliest} beginnen.</translation>
    </message>
    <message>
        <source>Wechsel am</source>
        <translation>Wechsel am</translation>
    </message>
    <message>
        <source>Der Wechsel der Beratungsform kann nicht vor der Eröffnung am {earliest} liegen.</source>
        <translation>Der Wechsel der Beratungsform kann nicht vor der Eröffnung am {earliest} liegen.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Art des Abschlusses</source>
        <translation>Art des Abschlusses</translation>
    </message>
    <message>
        <source>Wieder eröffnet am</source>
        <translation>Wieder eröffnet am</translation>
    </message>
    <message>
        <source>Dieser Beratungsfall ist nicht abgeschlossen.</source>
        <translation>Dieser Beratungsfall ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Der Fall kann nicht vor seinem Abschluss am {earliest} wieder eröffnet werden.</source>
        <translation>Der Fall kann nicht vor seinem Abschluss am {earliest} wieder eröffnet werden.</translation>
    </message>
    <message>
        <source>Form des Kontakts</source>
        <translation>Form des Kontakts</translation>
    </message>
    <message>
        <source>Diese Außensprechstunde gibt es nicht mehr.</source>
        <translation>Diese Außensprechstunde gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unbekannte Sprache der Sprachmittlung.</source>
        <translation>Unbekannte Sprache der Sprachmittlung.</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Dieses Handlungsziel gibt es nicht mehr.</source>
        <translation>Dieses Handlungsziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unterschrieben am</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Diese unterschriebene Fassung gibt es nicht.</source>
        <translation>Diese unterschriebene Fassung gibt es nicht.</translation>
    </message>
    <message>
        <source>Bitte einen Zeitraum von 1 bis 120 Monaten wählen.</source>
        <translation>Bitte einen Zeitraum von 1 bis 120 Monaten wählen.</translation>
    </message>
    <message>
        <source>Das Datum liegt vor der Eröffnung des Falls am {earliest}.</source>
        <translation>Das Datum liegt vor der Eröffnung des Falls am {earliest}.</translation>
    </message>
    <message>
        <source>Der erste Kontakt war am {date}: Der Fall kann nicht später eröffnet worden sein.</source>
        <translation>Der erste Kontakt war am {date}: Der Fall kann nicht später eröffnet worden sein.</translation>
    </message>
    <message>
        <source>Am {date} wurde der Fall schon geändert: Er kann nicht später eröffnet worden sein.</source>
        <translation>Am {date} wurde der Fall schon geändert: Er kann nicht später eröffnet worden sein.</translation>
    </message>
    <message>
        <source>Der Abschluss kann nicht vor der Eröffnung des Falls am {earliest} liegen.</source>
        <translation>Der Abschluss kann nicht vor der Eröffnung des Falls am {earliest} liegen.</translation>
    </message>
    <message>
        <source>Der Abschluss kann nicht vor dem letzten Kontakt am {earliest} liegen.</source>
        <translation>Der Abschluss kann nicht vor dem letzten Kontakt am {earliest} liegen.</translation>
    </message>
    <message>
        <source>Kursstand</source>
        <translation>Kursstand</translation>
    </message>
    <message>
        <source>Sozialleistungen</source>
        <translation>Sozialleistungen</translation>
    </message>
    <message>
        <source>Ein Handlungsziel gibt es nicht mehr. Bitte den Fall neu laden.</source>
        <translation>Ein Handlungsziel gibt es nicht mehr. Bitte den Fall neu laden.</translation>
    </message>
    <message>
        <source>Bitte für jedes Handlungsziel angeben, ob es erreicht wurde – noch offen: {goals}</source>
        <translation>Bitte für jedes Handlungsziel angeben, ob es erreicht wurde – noch offen: {goals}</translation>
    </message>
    <message>
        <source>Noch {count} offene Schritte: Bitte erledigen oder ausdrücklich als „entfallen“ markieren, bevor der Fall abgeschlossen wird.</source>
        <translation>Noch {count} offene Schritte: Bitte erledigen oder ausdrücklich als „entfallen“ markieren, bevor der Fall abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Höchstens {count} Handlungsziele.</source>
        <translation>Höchstens {count} Handlungsziele.</translation>
    </message>
    <message>
        <source>Die Überprüfung kann nicht vor dem Beginn der Vereinbarung am {earliest} liegen.</source>
        <translation>Die Überprüfung kann nicht vor dem Beginn der Vereinbarung am {earliest} liegen.</translation>
    </message>
    <message>
        <source>Ziel {goal}</source>
        <translation>Ziel {goal}</translation>
    </message>
    <message>
        <source>{where}: Ziel</source>
        <translation>{where}: Ziel</translation>
    </message>
    <message>
        <source>{where}: Woran erkennbar</source>
        <translation>{where}: Woran erkennbar</translation>
    </message>
    <message>
        <source>{where}: Handlungsfeld</source>
        <translation>{where}: Handlungsfeld</translation>
    </message>
    <message>
        <source>{where}: Das Zieldatum liegt vor dem Beginn der Vereinbarung am {earliest}.</source>
        <translation>{where}: Das Zieldatum liegt vor dem Beginn der Vereinbarung am {earliest}.</translation>
    </message>
    <message>
        <source>{where}: höchstens {count} Schritte.</source>
        <translation>{where}: höchstens {count} Schritte.</translation>
    </message>
    <message>
        <source>Ziel {goal}, Schritt {step}</source>
        <translation>Ziel {goal}, Schritt {step}</translation>
    </message>
    <message>
        <source>{where}: Was</source>
        <translation>{where}: Was</translation>
    </message>
    <message>
        <source>{where}: Wer</source>
        <translation>{where}: Wer</translation>
    </message>
    <message>
        <source>{where}: Stand</source>
        <translation>{where}: Stand</translation>
    </message>
    <message>
        <source>{where}: Diesen Netzwerkpartner gibt es nicht mehr.</source>
        <translation>{where}: Diesen Netzwerkpartner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{where}: Die Frist liegt vor dem Beginn der Vereinbarung am {earliest}.</source>
        <translation>{where}: Die Frist liegt vor dem Beginn der Vereinbarung am {earliest}.</translation>
    </message>
    <message>
        <source>{where}: Erledigt am</source>
        <translation>{where}: Erledigt am</translation>
    </message>
    <message>
        <source>Ein Handlungsziel gibt es nicht mehr. Bitte neu laden.</source>
        <translation>Ein Handlungsziel gibt es nicht mehr. Bitte neu laden.</translation>
    </message>
    <message>
        <source>Ein Schritt gibt es nicht mehr. Bitte neu laden.</source>
        <translation>Ein Schritt gibt es nicht mehr. Bitte neu laden.</translation>
    </message>
    <message>
        <source>Diese Fassung ist beschädigt und kann nicht gelesen werden.</source>
        <translation>Diese Fassung ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Diese Fassung der Vereinbarung gibt es nicht.</source>
        <translation>Diese Fassung der Vereinbarung gibt es nicht.</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Eine Vorlage braucht mindestens einen Schritt.</source>
        <translation>Eine Vorlage braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Höchstens {count} Schritte.</source>
        <translation>Höchstens {count} Schritte.</translation>
    </message>
    <message>
        <source>Schritt {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>{where}: Tage nach Beginn zwischen 0 und {limit}.</source>
        <translation>{where}: Tage nach Beginn zwischen 0 und {limit}.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung</source>
        <translation>Einwilligungserklärung</translation>
    </message>
    <message>
        <source>Dieses Dokument gibt es nicht mehr.</source>
        <translation>Dieses Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnet – {form}</source>
        <translation>Beratungsfall eröffnet – {form}</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnet</source>
        <translation>Beratungsfall eröffnet</translation>
    </message>
    <message>
        <source>Wechsel der Beratungsform – {form}</source>
        <translation>Wechsel der Beratungsform – {form}</translation>
    </message>
    <message>
        <source>vorher: {form}</source>
        <translation>vorher: {form}</translation>
    </message>
    <message>
        <source>Beratungsfall ruhend gestellt</source>
        <translation>Beratungsfall ruhend gestellt</translation>
    </message>
    <message>
        <source>Beratungsfall wieder aufgenommen</source>
        <translation>Beratungsfall wieder aufgenommen</translation>
    </message>
    <message>
        <source>Abschluss: {closure}</source>
        <translation>Abschluss: {closure}</translation>
    </message>
    <message>
        <source>Beratungsfall abgeschlossen</source>
        <translation>Beratungsfall abgeschlossen</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>mit Dolmetschung ({language})</source>
        <translation>mit Dolmetschung ({language})</translation>
    </message>
    <message>
        <source>mit Dolmetschung</source>
        <translation>mit Dolmetschung</translation>
    </message>
    <message>
        <source>Kontakt – {summary}</source>
        <translation>Kontakt – {summary}</translation>
    </message>
    <message>
        <source>{state}, Ziel bis {date}</source>
        <translation>{state}, Ziel bis {date}</translation>
    </message>
    <message>
        <source>Handlungsziel – {field} ({state})</source>
        <translation>Handlungsziel – {field} ({state})</translation>
    </message>
    <message>
        <source>Schritt erledigt – {field}</source>
        <translation>Schritt erledigt – {field}</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung unterschrieben – Fassung {number}</source>
        <translation>Kooperationsvereinbarung unterschrieben – Fassung {number}</translation>
    </message>
    <message>
        <source>Überprüfung am {date}</source>
        <translation>Überprüfung am {date}</translation>
    </message>
    <message>
        <source>Weiterleitung an {target} ({status})</source>
        <translation>Weiterleitung an {target} ({status})</translation>
    </message>
    <message>
        <source>Weiterleitung ({status})</source>
        <translation>Weiterleitung ({status})</translation>
    </message>
    <message>
        <source>Rückmeldung am {date}</source>
        <translation>Rückmeldung am {date}</translation>
    </message>
    <message>
        <source>erledigt am {date}</source>
        <translation>erledigt am {date}</translation>
    </message>
    <message>
        <source>zurückgestellt bis {date}</source>
        <translation>zurückgestellt bis {date}</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Wiedervorlage – {source} ({state})</source>
        <translation>Wiedervorlage – {source} ({state})</translation>
    </message>
    <message>
        <source>Wiedervorlage ({state})</source>
        <translation>Wiedervorlage ({state})</translation>
    </message>
    <message>
        <source>Dokument abgelegt – {title}</source>
        <translation>Dokument abgelegt – {title}</translation>
    </message>
    <message>
        <source>verschlüsselt im Datenbestand (Reiter „Dokumente“)</source>
        <translation>verschlüsselt im Datenbestand (Reiter „Dokumente“)</translation>
    </message>
    <message>
        <source>gültig bis {date}</source>
        <translation>gültig bis {date}</translation>
    </message>
    <message>
        <source>{kind} widerrufen</source>
        <translation>{kind} widerrufen</translation>
    </message>
    <message>
        <source>erteilt am {date}</source>
        <translation>erteilt am {date}</translation>
    </message>
    <message>
        <source>Diese Akte gibt es nicht mehr (sie wurde gelöscht oder zusammengeführt).</source>
        <translation>Diese Akte gibt es nicht mehr (sie wurde gelöscht oder zusammengeführt).</translation>
    </message>
    <message>
        <source>Die Akte wurde zwischenzeitlich geändert (zum Beispiel in einem anderen Fenster). Bitte laden Sie sie neu und tragen Sie Ihre Änderungen dann erneut ein.</source>
        <translation>Die Akte wurde zwischenzeitlich geändert (zum Beispiel in einem anderen Fenster). Bitte laden Sie sie neu und tragen Sie Ihre Änderungen dann erneut ein.</translation>
    </message>
    <message>
        <source>Beide Akten haben einen offenen oder pausierten Beratungsfall (Akte {first}: eröffnet am {first_opened}; Akte {second}: eröffnet am {second_opened}). Es kann immer nur ein Fall offen sein: Schließen Sie zuerst einen der beiden Fälle ab und führen Sie die Akten dann zusammen.</source>
        <translation>Beide Akten haben einen offenen oder pausierten Beratungsfall (Akte {first}: eröffnet am {first_opened}; Akte {second}: eröffnet am {second_opened}). Es kann immer nur ein Fall offen sein: Schließen Sie zuerst einen der beiden Fälle ab und führen Sie die Akten dann zusammen.</translation>
    </message>
    <message>
        <source>Diese Außensprechstunde wird nicht mehr angeboten (in den Einstellungen deaktiviert). Bitte einen anderen Ort wählen.</source>
        <translation>Diese Außensprechstunde wird nicht mehr angeboten (in den Einstellungen deaktiviert). Bitte einen anderen Ort wählen.</translation>
    </message>
    <message>
        <source>gleicher Name und gleiches Geburtsdatum</source>
        <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>Name in anderer Schreibweise (Schreibvariante) und gleiches Geburtsdatum</source>
        <translation>Name in anderer Schreibweise (Schreibvariante) und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>ähnlich geschriebener Name (ein Buchstabe anders) und gleiches Geburtsdatum</source>
        <translation>ähnlich geschriebener Name (ein Buchstabe anders) und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>gleiche Telefonnummer</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Eine Akte kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>Eine Akte kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Unbekannte Felder: {fields}</source>
        <translation>Unbekannte Felder: {fields}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>Diese Wiedervorlage gibt es nicht mehr. Die Liste wird neu geladen.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr. Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>Diese Erinnerung gilt nicht mehr (die Angaben dazu wurden inzwischen geändert). Die Liste wird neu geladen.</source>
        <translation>Diese Erinnerung gilt nicht mehr (die Angaben dazu wurden inzwischen geändert). Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage kann nicht zu einer anderen Akte verschoben werden.</source>
        <translation>Eine Wiedervorlage kann nicht zu einer anderen Akte verschoben werden.</translation>
    </message>
    <message>
        <source>Diesen Ordner gibt es nicht. Bitte wählen Sie einen anderen.</source>
        <translation>Diesen Ordner gibt es nicht. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Bitte ein Datum für die Wiedervorlage angeben.</source>
        <translation>Bitte ein Datum für die Wiedervorlage angeben.</translation>
    </message>
    <message>
        <source>Bitte einen Grund für die Wiedervorlage angeben.</source>
        <translation>Bitte einen Grund für die Wiedervorlage angeben.</translation>
    </message>
    <message>
        <source>Der Grund ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Der Grund ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Diese Akte gibt es nicht mehr.</source>
        <translation>Diese Akte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Diesen Beratungsfall gibt es nicht mehr.</source>
        <translation>Diesen Beratungsfall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben der Passphrase stimmen nicht überein.</source>
        <translation>Die beiden Eingaben der Passphrase stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Beraterin/des Beraters an.</source>
        <translation>Bitte geben Sie den Namen der Beraterin/des Beraters an.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Beratungsstelle an.</source>
        <translation>Bitte geben Sie den Namen der Beratungsstelle an.</translation>
    </message>
    <message>
        <source>Diese Angabe ist zu lang.</source>
        <translation>Diese Angabe ist zu lang.</translation>
    </message>
    <message>
        <source>Diese Angabe enthält Steuerzeichen.</source>
        <translation>Diese Angabe enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse ist ungültig.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Unbekanntes Datenschutzgesetz.</source>
        <translation>Unbekanntes Datenschutzgesetz.</translation>
    </message>
    <message>
        <source>Diesen Ort gibt es nicht mehr. Bitte laden Sie die Liste neu.</source>
        <translation>Diesen Ort gibt es nicht mehr. Bitte laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Ort angeben.</source>
        <translation>Bitte einen Namen für den Ort angeben.</translation>
    </message>
    <message>
        <source>Der Name ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>Der Name ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</translation>
    </message>
    <message>
        <source>Den Ort „{name}“ gibt es schon.</source>
        <translation>Den Ort „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>Den Ort „{name}“ gibt es schon, er ist deaktiviert. Aktivieren Sie ihn wieder, statt ihn neu anzulegen.</source>
        <translation>Den Ort „{name}“ gibt es schon, er ist deaktiviert. Aktivieren Sie ihn wieder, statt ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>Diesen Netzwerkpartner gibt es nicht mehr (er wurde gelöscht).</source>
        <translation>Diesen Netzwerkpartner gibt es nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <source>Die Datei {name} kann nicht importiert werden: {reason}.</source>
        <translation>Die Datei {name} kann nicht importiert werden: {reason}.</translation>
    </message>
    <message>
        <source>„{name}“ kann nicht gelöscht werden: {referrals} Weiterleitung(en) und {releases} Schweigepflichtentbindung(en) nennen diese Stelle. Sie bleiben der Nachweis, wer welche Daten erhalten hat. Ändern Sie stattdessen die Angaben (z. B. „nicht mehr zuständig“ in den Notizen).</source>
        <translation>„{name}“ kann nicht gelöscht werden: {referrals} Weiterleitung(en) und {releases} Schweigepflichtentbindung(en) nennen diese Stelle. Sie bleiben der Nachweis, wer welche Daten erhalten hat. Ändern Sie stattdessen die Angaben (z. B. „nicht mehr zuständig“ in den Notizen).</translation>
    </message>
    <message>
        <source>Dieselbe Stelle steht schon in Zeile {line}. Bitte eine der beiden Zeilen löschen.</source>
        <translation>Dieselbe Stelle steht schon in Zeile {line}. Bitte eine der beiden Zeilen löschen.</translation>
    </message>
    <message>
        <source>Die Datei hat {count} fehlerhafte Zeile(n), zuerst Zeile {line}: {problem} Es wurde nichts importiert.</source>
        <translation>Die Datei hat {count} fehlerhafte Zeile(n), zuerst Zeile {line}: {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Kennziffer der Beratungsstelle</source>
        <translation>Kennziffer der Beratungsstelle</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Datenschutzrecht</source>
        <translation>Datenschutzrecht</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss in Jahren</source>
        <translation>Löschfrist nach Fallabschluss in Jahren</translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Version des Dateiformats</source>
        <translation>Version des Dateiformats</translation>
    </message>
    <message>
        <source>Die Datei ist zu tief verschachtelt. Voreinstellungen sind einfache Zeilen der Form „schlüssel = wert“.</source>
        <translation>Die Datei ist zu tief verschachtelt. Voreinstellungen sind einfache Zeilen der Form „schlüssel = wert“.</translation>
    </message>
    <message>
        <source>Die Datei enthält eine Zahl mit zu vielen Stellen.</source>
        <translation>Die Datei enthält eine Zahl mit zu vielen Stellen.</translation>
    </message>
    <message>
        <source>Die Datei ist kein gültiges TOML (Zeile {line}, Spalte {column}). Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</source>
        <translation>Die Datei ist kein gültiges TOML (Zeile {line}, Spalte {column}). Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Die Datei ist kein gültiges TOML. Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</source>
        <translation>Die Datei ist kein gültiges TOML. Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{entry}“. Erlaubt sind: {allowed}.</source>
        <translation>Unbekannte Angabe „{entry}“. Erlaubt sind: {allowed}.</translation>
    </message>
    <message>
        <source>„version“: diese Programmversion kennt nur Version {known} der Voreinstellungen, die Datei hat Version {version}.</source>
        <translation>„version“: diese Programmversion kennt nur Version {known} der Voreinstellungen, die Datei hat Version {version}.</translation>
    </message>
    <message>
        <source>„data_protection_law“: erlaubt sind {allowed} (gefunden: „{found}“).</source>
        <translation>„data_protection_law“: erlaubt sind {allowed} (gefunden: „{found}“).</translation>
    </message>
    <message>
        <source>„retention_years“ ({description}): erlaubt sind {minimum} bis {maximum}, gefunden: {found}.</source>
        <translation>„retention_years“ ({description}): erlaubt sind {minimum} bis {maximum}, gefunden: {found}.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden ({reason}).</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Die Datei ist größer als {size} KB – das ist keine Voreinstellungsdatei.</source>
        <translation>Die Datei ist größer als {size} KB – das ist keine Voreinstellungsdatei.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht in UTF-8 gespeichert. Bitte als UTF-8 speichern.</source>
        <translation>Die Datei ist nicht in UTF-8 gespeichert. Bitte als UTF-8 speichern.</translation>
    </message>
    <message>
        <source>„backup_folder“: {folder} ist eine Datei, kein Ordner.</source>
        <translation>„backup_folder“: {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): bitte einen Text in Anführungszeichen angeben (gefunden: {kind}).</source>
        <translation>„{entry}“ ({description}): bitte einen Text in Anführungszeichen angeben (gefunden: {kind}).</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}) ist leer. Lassen Sie die Zeile weg, wenn es keine Vorgabe gibt.</source>
        <translation>„{entry}“ ({description}) ist leer. Lassen Sie die Zeile weg, wenn es keine Vorgabe gibt.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): höchstens {limit} Zeichen.</source>
        <translation>„{entry}“ ({description}): höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}) enthält Steuerzeichen.</source>
        <translation>„{entry}“ ({description}) enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): bitte eine ganze Zahl ohne Anführungszeichen angeben (gefunden: {kind}).</source>
        <translation>„{entry}“ ({description}): bitte eine ganze Zahl ohne Anführungszeichen angeben (gefunden: {kind}).</translation>
    </message>
    <message>
        <source>nichts (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>ein Wahrheitswert</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>eine ganze Zahl</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>eine Kommazahl</source>
        <translation>eine Kommazahl</translation>
    </message>
    <message>
        <source>ein Text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>eine Liste</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>ein Objekt</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>ein unbekannter Wert</source>
        <translation>ein unbekannter Wert</translation>
    </message>
    <message>
        <source>der Inhalt ist größer als {size} KB</source>
        <translation>der Inhalt ist größer als {size} KB</translation>
    </message>
    <message>
        <source>der Inhalt ist kein UTF-8-Text</source>
        <translation>der Inhalt ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>der Inhalt ist tiefer als {limit} Ebenen verschachtelt</source>
        <translation>der Inhalt ist tiefer als {limit} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>der Inhalt ist kein gültiges JSON</source>
        <translation>der Inhalt ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>„{entry}“ steht zweimal im Inhalt</source>
        <translation>„{entry}“ steht zweimal im Inhalt</translation>
    </message>
    <message>
        <source>der Inhalt hat eine Zahl mit mehr als {limit} Stellen</source>
        <translation>der Inhalt hat eine Zahl mit mehr als {limit} Stellen</translation>
    </message>
    <message>
        <source>der Inhalt hat eine ungültige Zahl</source>
        <translation>der Inhalt hat eine ungültige Zahl</translation>
    </message>
    <message>
        <source>„{entry}“ ist {kind} statt eines Objekts</source>
        <translation>„{entry}“ ist {kind} statt eines Objekts</translation>
    </message>
    <message>
        <source>der Inhalt ist {kind} statt eines JSON-Objekts</source>
        <translation>der Inhalt ist {kind} statt eines JSON-Objekts</translation>
    </message>
    <message>
        <source>„{entry}“ fehlt</source>
        <translation>„{entry}“ fehlt</translation>
    </message>
    <message>
        <source>„{entry}“ ist länger als {limit} Zeichen</source>
        <translation>„{entry}“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>„{entry}“ hat ein ungültiges Format</source>
        <translation>„{entry}“ hat ein ungültiges Format</translation>
    </message>
    <message>
        <source>„{entry}“ ist nicht Base64-kodiert</source>
        <translation>„{entry}“ ist nicht Base64-kodiert</translation>
    </message>
    <message>
        <source>„{entry}“ hat die falsche Länge</source>
        <translation>„{entry}“ hat die falsche Länge</translation>
    </message>
    <message>
        <source>„{entry}“ hat einen ungültigen Namen</source>
        <translation>„{entry}“ hat einen ungültigen Namen</translation>
    </message>
    <message>
        <source>„{entry}“ liegt nicht zwischen {minimum} und {maximum}</source>
        <translation>„{entry}“ liegt nicht zwischen {minimum} und {maximum}</translation>
    </message>
    <message>
        <source>„{entry}“ ist {kind} statt {expected}</source>
        <translation>„{entry}“ ist {kind} statt {expected}</translation>
    </message>
    <message>
        <source>eines Textes</source>
        <translation>eines Textes</translation>
    </message>
    <message>
        <source>einer Liste</source>
        <translation>einer Liste</translation>
    </message>
    <message>
        <source>einer ganzen Zahl</source>
        <translation>einer ganzen Zahl</translation>
    </message>
    <message>
        <source>„{entry}“ hat mehr als {limit} Einträge</source>
        <translation>„{entry}“ hat mehr als {limit} Einträge</translation>
    </message>
    <message>
        <source>ein Abschnitt</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>ein Datum oder eine Uhrzeit</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>„backup_folder“: die Umgebungsvariable „{name}“ ist nicht gesetzt.</source>
        <translation>„backup_folder“: die Umgebungsvariable „{name}“ ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>„backup_folder“: bitte einen vollständigen Pfad angeben (z. B. „D:\MBE-Sicherungen“, „/home/…/MBE-Sicherungen“ oder „~/MBE-Sicherungen“), gefunden: „{found}“.</source>
        <translation>„backup_folder“: bitte einen vollständigen Pfad angeben (z. B. „D:\MBE-Sicherungen“, „/home/…/MBE-Sicherungen“ oder „~/MBE-Sicherungen“), gefunden: „{found}“.</translation>
    </message>
    <message>
        <source>Die Voreinstellungen aus {path} wurden nicht übernommen: {reason}</source>
        <translation>Die Voreinstellungen aus {path} wurden nicht übernommen: {reason}</translation>
    </message>
    <message>
        <source>Diese Person ist nicht (mehr) gespeichert.</source>
        <translation>Diese Person ist nicht (mehr) gespeichert.</translation>
    </message>
    <message>
        <source>Diese Einwilligung gibt es nicht (mehr).</source>
        <translation>Diese Einwilligung gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>Diese Einwilligung ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Der Widerruf kann nicht vor der Erteilung der Einwilligung liegen.</source>
        <translation>Der Widerruf kann nicht vor der Erteilung der Einwilligung liegen.</translation>
    </message>
    <message>
        <source>Der Widerruf kann nicht in der Zukunft liegen.</source>
        <translation>Der Widerruf kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Der Zweck ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Der Zweck ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: im Profil der Beratungsstelle nicht eingetragen – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: im Profil der Beratungsstelle nicht eingetragen – ergänzen oder den Platzhalter aus dem Text nehmen.</translation>
    </message>
    <message>
        <source>Diesen Netzwerkpartner gibt es nicht mehr. Bitte einen anderen wählen.</source>
        <translation>Diesen Netzwerkpartner gibt es nicht mehr. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>Diese Weiterleitung gibt es nicht mehr.</source>
        <translation>Diese Weiterleitung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</source>
        <translation>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</translation>
    </message>
    <message>
        <source>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können. Er wird nur in lateinischer Schrift gedruckt: {name}.</source>
        <translation>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können. Er wird nur in lateinischer Schrift gedruckt: {name}.</translation>
    </message>
    <message>
        <source>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können ({characters}). Bitte tragen Sie in der Akte den Namen in lateinischer Schrift ein.</source>
        <translation>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können ({characters}). Bitte tragen Sie in der Akte den Namen in lateinischer Schrift ein.</translation>
    </message>
    <message>
        <source>Unbekannte Kategorie.</source>
        <translation>Unbekannte Kategorie.</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} erlaubt nicht die Weitergabe von: {data}. Nehmen Sie diese Angaben aus dem Schreiben heraus oder holen Sie eine neue Schweigepflichtentbindung ein, die sie nennt.</source>
        <translation>Die Schweigepflichtentbindung vom {date} erlaubt nicht die Weitergabe von: {data}. Nehmen Sie diese Angaben aus dem Schreiben heraus oder holen Sie eine neue Schweigepflichtentbindung ein, die sie nennt.</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} nennt einen anderen Zweck („{purpose}“).</source>
        <translation>Die Schweigepflichtentbindung vom {date} nennt einen anderen Zweck („{purpose}“).</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} ist {state}.</source>
        <translation>Die Schweigepflichtentbindung vom {date} ist {state}.</translation>
    </message>
    <message>
        <source>Für „{partner}“ (oder allgemein: {category}) liegt keine Schweigepflichtentbindung vor.</source>
        <translation>Für „{partner}“ (oder allgemein: {category}) liegt keine Schweigepflichtentbindung vor.</translation>
    </message>
    <message>
        <source>{reasons} Ohne gültige Schweigepflichtentbindung für diese Stelle und diesen Zweck dürfen keine personenbezogenen Daten weitergegeben werden. Drucken Sie das Formular, lassen Sie es unterschreiben und erfassen Sie es dann.</source>
        <translation>{reasons} Ohne gültige Schweigepflichtentbindung für diese Stelle und diesen Zweck dürfen keine personenbezogenen Daten weitergegeben werden. Drucken Sie das Formular, lassen Sie es unterschreiben und erfassen Sie es dann.</translation>
    </message>
    <message>
        <source>Bitte den Zweck der Weiterleitung angeben.</source>
        <translation>Bitte den Zweck der Weiterleitung angeben.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe in der Auswahl.</source>
        <translation>Unbekannte Angabe in der Auswahl.</translation>
    </message>
    <message>
        <source>Diese Ansprechperson gehört nicht (mehr) zu der Stelle.</source>
        <translation>Diese Ansprechperson gehört nicht (mehr) zu der Stelle.</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Beraterin/Berater</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <source>{label}: Zeichen, die im Brief nicht dargestellt werden können ({characters}).</source>
        <translation>{label}: Zeichen, die im Brief nicht dargestellt werden können ({characters}).</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: „{label}“ ist nicht zur Weitergabe angehakt – anhaken oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: „{label}“ ist nicht zur Weitergabe angehakt – anhaken oder den Platzhalter aus dem Text nehmen.</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: keine Ansprechperson gewählt – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: keine Ansprechperson gewählt – ergänzen oder den Platzhalter aus dem Text nehmen.</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: in der Akte nicht erfasst – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: in der Akte nicht erfasst – ergänzen oder den Platzhalter aus dem Text nehmen.</translation>
    </message>
    <message>
        <source>„{label}“ ist angehakt, aber in der Akte nicht erfasst – in der Akte ergänzen oder den Haken entfernen.</source>
        <translation>„{label}“ ist angehakt, aber in der Akte nicht erfasst – in der Akte ergänzen oder den Haken entfernen.</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Eine Weiterleitung gehört zu einem offenen Fall.</source>
        <translation>Der Beratungsfall ist abgeschlossen. Eine Weiterleitung gehört zu einem offenen Fall.</translation>
    </message>
    <message>
        <source>Bitte begründen Sie die Weitergabe ohne Schweigepflichtentbindung ausführlicher (mindestens {length} Zeichen): Was ist der Notfall, und warum kann die Einwilligung nicht vorher eingeholt werden?</source>
        <translation>Bitte begründen Sie die Weitergabe ohne Schweigepflichtentbindung ausführlicher (mindestens {length} Zeichen): Was ist der Notfall, und warum kann die Einwilligung nicht vorher eingeholt werden?</translation>
    </message>
    <message>
        <source>Die Begründung ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Die Begründung ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Das gespeicherte Schreiben stimmt nicht mit der bei der Weiterleitung festgehaltenen Prüfsumme überein. Es wird nicht geöffnet.</source>
        <translation>Das gespeicherte Schreiben stimmt nicht mit der bei der Weiterleitung festgehaltenen Prüfsumme überein. Es wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Bitte einen Stand aus der Liste wählen.</source>
        <translation>Bitte einen Stand aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Das Datum darf nicht in der Zukunft liegen.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Das Datum liegt vor dem Versand der Weiterleitung ({date}).</source>
        <translation>Das Datum liegt vor dem Versand der Weiterleitung ({date}).</translation>
    </message>
    <message>
        <source>Bitte das Datum der Unterschrift angeben.</source>
        <translation>Bitte das Datum der Unterschrift angeben.</translation>
    </message>
    <message>
        <source>Das Datum der Unterschrift liegt in der Zukunft.</source>
        <translation>Das Datum der Unterschrift liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>„Gültig bis“ liegt vor dem Datum der Unterschrift.</source>
        <translation>„Gültig bis“ liegt vor dem Datum der Unterschrift.</translation>
    </message>
    <message>
        <source>Bitte die Stelle oder die Art der Stelle angeben.</source>
        <translation>Bitte die Stelle oder die Art der Stelle angeben.</translation>
    </message>
    <message>
        <source>Bitte den Zweck der Weitergabe angeben.</source>
        <translation>Bitte den Zweck der Weitergabe angeben.</translation>
    </message>
    <message>
        <source>alle Stellen (allgemein)</source>
        <translation>alle Stellen (allgemein)</translation>
    </message>
    <message>
        <source>{label}: bitte eine ganze Zahl angeben.</source>
        <translation>{label}: bitte eine ganze Zahl angeben.</translation>
    </message>
    <message>
        <source>{label}: erlaubt sind {minimum} bis {maximum}.</source>
        <translation>{label}: erlaubt sind {minimum} bis {maximum}.</translation>
    </message>
    <message>
        <source>{label}: bitte einen Text angeben.</source>
        <translation>{label}: bitte einen Text angeben.</translation>
    </message>
    <message>
        <source>{label}: höchstens {limit} Zeichen.</source>
        <translation>{label}: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{label}: bitte ja oder nein angeben.</source>
        <translation>{label}: bitte ja oder nein angeben.</translation>
    </message>
    <message>
        <source>Automatische Sperre (Minuten)</source>
        <translation>Automatische Sperre (Minuten)</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss (Jahre)</source>
        <translation>Löschfrist nach Fallabschluss (Jahre)</translation>
    </message>
    <message>
        <source>Schwelle für kleine Zahlen in der Statistik</source>
        <translation>Schwelle für kleine Zahlen in der Statistik</translation>
    </message>
    <message>
        <source>Erinnerung: Aufenthaltstitel läuft ab</source>
        <translation>Erinnerung: Aufenthaltstitel läuft ab</translation>
    </message>
    <message>
        <source>Aufenthaltstitel: Wochen vor Ablauf</source>
        <translation>Aufenthaltstitel: Wochen vor Ablauf</translation>
    </message>
    <message>
        <source>Erinnerung: Schritt fällig</source>
        <translation>Erinnerung: Schritt fällig</translation>
    </message>
    <message>
        <source>Schritt: Tage vor Fälligkeit</source>
        <translation>Schritt: Tage vor Fälligkeit</translation>
    </message>
    <message>
        <source>Erinnerung: Überprüfung der Kooperationsvereinbarung</source>
        <translation>Erinnerung: Überprüfung der Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Überprüfung: Tage vor dem Termin</source>
        <translation>Überprüfung: Tage vor dem Termin</translation>
    </message>
    <message>
        <source>Erinnerung: Case Management ohne Kontakt</source>
        <translation>Erinnerung: Case Management ohne Kontakt</translation>
    </message>
    <message>
        <source>Case Management: Wochen ohne Kontakt</source>
        <translation>Case Management: Wochen ohne Kontakt</translation>
    </message>
    <message>
        <source>Erinnerung: Weiterleitung ohne Rückmeldung</source>
        <translation>Erinnerung: Weiterleitung ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Weiterleitung: Tage ohne Rückmeldung</source>
        <translation>Weiterleitung: Tage ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Die Prüfung vor dem Export hat {count} Zelle(n) gefunden, die sich zu genau eingrenzen ließen (zuerst: {table}, Zeile „{row}“, {period}). Der Export wurde nicht geschrieben; es wurde nichts verändert. Bitte wenden Sie sich an den Träger.</source>
        <translation>Die Prüfung vor dem Export hat {count} Zelle(n) gefunden, die sich zu genau eingrenzen ließen (zuerst: {table}, Zeile „{row}“, {period}). Der Export wurde nicht geschrieben; es wurde nichts verändert. Bitte wenden Sie sich an den Träger.</translation>
    </message>
    <message>
        <source>Der Zeitraum beginnt nach dem heutigen Tag; dafür gibt es noch keine Zahlen.</source>
        <translation>Der Zeitraum beginnt nach dem heutigen Tag; dafür gibt es noch keine Zahlen.</translation>
    </message>
    <message>
        <source>Die Schwelle für kleine Zahlen muss mindestens {minimum} sein.</source>
        <translation>Die Schwelle für kleine Zahlen muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <source>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</source>
        <translation>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Den Ordner {folder} gibt es nicht. Bitte wählen Sie einen vorhandenen Ordner.</source>
        <translation>Den Ordner {folder} gibt es nicht. Bitte wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Die Statistik wurde nicht gespeichert.</source>
        <translation>Der Datenträger ist voll. Die Statistik wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>In den Ordner {folder} darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner.</source>
        <translation>In den Ordner {folder} darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>am {date}, {time} Uhr (mit denselben Zahlen)</source>
        <translation>am {date}, {time} Uhr (mit denselben Zahlen)</translation>
    </message>
    <message>
        <source>am {date}, {time} Uhr (mit anderen Zahlen)</source>
        <translation>am {date}, {time} Uhr (mit anderen Zahlen)</translation>
    </message>
    <message>
        <source>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist unvollständig ({reason}). Es wurde nichts verändert.</source>
        <translation>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist unvollständig ({reason}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist beschädigt ({part}: {reason}). Es wurde nichts verändert.</source>
        <translation>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist beschädigt ({part}: {reason}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung stammt aus einer neueren Version von MBE Desktop. Bitte installieren Sie die aktuelle Version. Es wurde nichts verändert.</source>
        <translation>Die Sicherung stammt aus einer neueren Version von MBE Desktop. Bitte installieren Sie die aktuelle Version. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>das Inhaltsverzeichnis ist nicht von MBE Desktop</source>
        <translation>das Inhaltsverzeichnis ist nicht von MBE Desktop</translation>
    </message>
    <message>
        <source>„{entry}“ ist kein gültiger Zeitpunkt</source>
        <translation>„{entry}“ ist kein gültiger Zeitpunkt</translation>
    </message>
    <message>
        <source>die Datenbank hat nicht das Schema von MBE Desktop</source>
        <translation>die Datenbank hat nicht das Schema von MBE Desktop</translation>
    </message>
    <message>
        <source>die Schema-Version stimmt nicht mit dem Inhaltsverzeichnis überein</source>
        <translation>die Schema-Version stimmt nicht mit dem Inhaltsverzeichnis überein</translation>
    </message>
    <message>
        <source>Die Datei ist keine Sicherung von MBE Desktop oder sie ist unvollständig. Es wurde nichts verändert.</source>
        <translation>Die Datei ist keine Sicherung von MBE Desktop oder sie ist unvollständig. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Datei {name} gibt es schon. Sie wird nicht überschrieben.</source>
        <translation>Die Datei {name} gibt es schon. Sie wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Die Sicherung ist beschädigt ({reason}). Es wurde nichts verändert.</source>
        <translation>Die Sicherung ist beschädigt ({reason}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist beschädigt: eine Sicherung davon wäre es auch. Es wurde keine Sicherung angelegt. Stellen Sie den Datenbestand aus einer älteren Sicherung wieder her.</source>
        <translation>Der Datenbestand ist beschädigt: eine Sicherung davon wäre es auch. Es wurde keine Sicherung angelegt. Stellen Sie den Datenbestand aus einer älteren Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Der Datenträger des Sicherungsziels ist voll. Es wurde keine Sicherung angelegt.</source>
        <translation>Der Datenträger des Sicherungsziels ist voll. Es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>In das Sicherungsziel kann nicht geschrieben werden. Prüfen Sie die Berechtigungen. Es wurde keine Sicherung angelegt.</source>
        <translation>In das Sicherungsziel kann nicht geschrieben werden. Prüfen Sie die Berechtigungen. Es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht angelegt werden: der Datenbestand ist nicht lesbar oder belegt. Es wurde keine Datei angelegt.</source>
        <translation>Die Sicherung konnte nicht angelegt werden: der Datenbestand ist nicht lesbar oder belegt. Es wurde keine Datei angelegt.</translation>
    </message>
    <message>
        <source>Die Datei {name} gibt es nicht.</source>
        <translation>Die Datei {name} gibt es nicht.</translation>
    </message>
    <message>
        <source>Die Datei ist leer – sie ist keine Sicherung. Es wurde nichts verändert.</source>
        <translation>Die Datei ist leer – sie ist keine Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Bestandteile passen nicht zusammen</source>
        <translation>Bestandteile passen nicht zusammen</translation>
    </message>
    <message>
        <source>Datei unvollständig oder Prüfsumme falsch</source>
        <translation>Datei unvollständig oder Prüfsumme falsch</translation>
    </message>
    <message>
        <source>Prüfsumme der Datenbank stimmt nicht</source>
        <translation>Prüfsumme der Datenbank stimmt nicht</translation>
    </message>
    <message>
        <source>Die Passphrase passt nicht zu dieser Sicherung. Es wurde nichts verändert.</source>
        <translation>Die Passphrase passt nicht zu dieser Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode passt nicht zu dieser Sicherung. Es wurde nichts verändert.</source>
        <translation>Der Wiederherstellungscode passt nicht zu dieser Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>„{entry}“ ist komprimiert oder verschlüsselt gespeichert</source>
        <translation>„{entry}“ ist komprimiert oder verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>Datenbank nicht lesbar</source>
        <translation>Datenbank nicht lesbar</translation>
    </message>
    <message>
        <source>Seiten-Prüfsummen falsch</source>
        <translation>Seiten-Prüfsummen falsch</translation>
    </message>
    <message>
        <source>Integritätsprüfung fehlgeschlagen</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Zeilenzahlen stimmen nicht mit dem Inhaltsverzeichnis überein</source>
        <translation>Zeilenzahlen stimmen nicht mit dem Inhaltsverzeichnis überein</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Es wurde nichts gespeichert.</source>
        <translation>Der Datenträger ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Keine Schreibberechtigung für den Datenordner. Es wurde nichts gespeichert.</source>
        <translation>Keine Schreibberechtigung für den Datenordner. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden ({reason}).</source>
        <translation>Die Datei konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Die Datenbankdatei fehlt, nur die Schlüsseldatei ist vorhanden. Stellen Sie den Datenbestand aus einer Sicherung wieder her.</source>
        <translation>Die Datenbankdatei fehlt, nur die Schlüsseldatei ist vorhanden. Stellen Sie den Datenbestand aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>„{entry}“: unbekanntes Verfahren</source>
        <translation>„{entry}“: unbekanntes Verfahren</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode passt nicht zu diesem Datenbestand. Es wurde nichts verändert.</source>
        <translation>Der Wiederherstellungscode passt nicht zu diesem Datenbestand. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei ist unvollständig (ein Schlüsselfach fehlt).</source>
        <translation>Die Schlüsseldatei ist unvollständig (ein Schlüsselfach fehlt).</translation>
    </message>
    <message>
        <source>das ist keine Schlüsseldatei von MBE Desktop</source>
        <translation>das ist keine Schlüsseldatei von MBE Desktop</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie MBE Desktop.</source>
        <translation>Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie MBE Desktop.</translation>
    </message>
    <message>
        <source>ein Schlüsselfach steht zweimal in der Datei</source>
        <translation>ein Schlüsselfach steht zweimal in der Datei</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei {name} ist beschädigt oder gehört nicht zu MBE Desktop ({reason}). Stellen Sie den Datenbestand aus einer Sicherung wieder her.</source>
        <translation>Die Schlüsseldatei {name} ist beschädigt oder gehört nicht zu MBE Desktop ({reason}). Stellen Sie den Datenbestand aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>sie lässt sich nicht lesen: {reason}</source>
        <translation>sie lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>die Parameter der Schlüsselableitung liegen außerhalb der erlaubten Grenzen</source>
        <translation>die Parameter der Schlüsselableitung liegen außerhalb der erlaubten Grenzen</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei des Datenbestands fehlt. Ohne sie kann der Datenbestand nicht geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>Die Schlüsseldatei des Datenbestands fehlt. Ohne sie kann der Datenbestand nicht geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Dieser Datenbestand wurde mit einer neueren Version von MBE Desktop bearbeitet. Bitte installieren Sie die aktuelle Version; der Datenbestand bleibt unverändert.</source>
        <translation>Dieser Datenbestand wurde mit einer neueren Version von MBE Desktop bearbeitet. Bitte installieren Sie die aktuelle Version; der Datenbestand bleibt unverändert.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist beschädigt oder gehört nicht zu MBE Desktop. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>Der Datenbestand ist beschädigt oder gehört nicht zu MBE Desktop. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} ist leer (0 Byte): der Datenbestand ist verloren. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>Die Datenbankdatei in {folder} ist leer (0 Byte): der Datenbestand ist verloren. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} ist unvollständig (abgeschnitten): der Datenbestand ist beschädigt. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>Die Datenbankdatei in {folder} ist unvollständig (abgeschnitten): der Datenbestand ist beschädigt. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Die Datei store.db in {folder} ist eine unverschlüsselte Datenbank und kein Datenbestand von MBE Desktop. Es wurde nichts verändert.</source>
        <translation>Die Datei store.db in {folder} ist eine unverschlüsselte Datenbank und kein Datenbestand von MBE Desktop. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} passt nicht zur Schlüsseldatei: sie gehört zu einem anderen Datenbestand oder ist keine Datei von MBE Desktop. Es wurde nichts verändert.</source>
        <translation>Die Datenbankdatei in {folder} passt nicht zur Schlüsseldatei: sie gehört zu einem anderen Datenbestand oder ist keine Datei von MBE Desktop. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Die Datei {name} im Datenordner {folder} ist schreibgeschützt: MBE Desktop kann damit nicht arbeiten. Prüfen Sie die Berechtigungen. Es wurde nichts verändert.</source>
        <translation>Die Datei {name} im Datenordner {folder} ist schreibgeschützt: MBE Desktop kann damit nicht arbeiten. Prüfen Sie die Berechtigungen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Der Datenordner {folder} ist schreibgeschützt: MBE Desktop kann dort nicht arbeiten. Prüfen Sie die Berechtigungen des Ordners. Es wurde nichts verändert.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt: MBE Desktop kann dort nicht arbeiten. Prüfen Sie die Berechtigungen des Ordners. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll: MBE Desktop kann den Datenbestand nicht öffnen. Schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts verändert.</source>
        <translation>Der Datenträger ist voll: MBE Desktop kann den Datenbestand nicht öffnen. Schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Im Ordner {folder} gibt es schon einen Datenbestand. Er wird nicht überschrieben.</source>
        <translation>Im Ordner {folder} gibt es schon einen Datenbestand. Er wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Im Ordner {folder} gibt es keinen Datenbestand.</source>
        <translation>Im Ordner {folder} gibt es keinen Datenbestand.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alle bisher gespeicherten Daten sind unverändert.</source>
        <translation>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alle bisher gespeicherten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Der Datenordner ist schreibgeschützt. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>Der Datenordner ist schreibgeschützt. Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist gerade belegt. Bitte versuchen Sie es erneut.</source>
        <translation>Der Datenbestand ist gerade belegt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Exportiert werden nur ganze Jahre, Halbjahre und Quartale: freie Zeiträume ließen sich gegeneinander verrechnen. Freie Zeiträume zeigt die Statistik-Ansicht.</source>
        <translation>Exportiert werden nur ganze Jahre, Halbjahre und Quartale: freie Zeiträume ließen sich gegeneinander verrechnen. Freie Zeiträume zeigt die Statistik-Ansicht.</translation>
    </message>
    <message>
        <source>{period} wurde noch nicht veröffentlicht; eine Berichtigung gibt es erst nach dem ersten Export.</source>
        <translation>{period} wurde noch nicht veröffentlicht; eine Berichtigung gibt es erst nach dem ersten Export.</translation>
    </message>
    <message>
        <source>Die Zahlen von {year} wurden schon {count}-mal berichtigt; mehr Berichtigungen sind nicht möglich, weil jede weitere die verrauschten Zahlen genauer erkennbar machen würde.</source>
        <translation>Die Zahlen von {year} wurden schon {count}-mal berichtigt; mehr Berichtigungen sind nicht möglich, weil jede weitere die verrauschten Zahlen genauer erkennbar machen würde.</translation>
    </message>
    <message>
        <source>Der Zeitraum {period} endet erst am {end}. Ein Zeitraum wird einmal veröffentlicht und danach nicht mehr verändert; exportieren Sie ihn deshalb erst nach seinem Ende.</source>
        <translation>Der Zeitraum {period} endet erst am {end}. Ein Zeitraum wird einmal veröffentlicht und danach nicht mehr verändert; exportieren Sie ihn deshalb erst nach seinem Ende.</translation>
    </message>
    <message>
        <source>die Datei gibt es nicht</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>das ist ein Ordner oder keine gewöhnliche Datei</source>
        <translation>das ist ein Ordner oder keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>die Datei ist größer als {size}</source>
        <translation>die Datei ist größer als {size}</translation>
    </message>
    <message>
        <source>der Dateiname ist ungültig</source>
        <translation>der Dateiname ist ungültig</translation>
    </message>
    <message>
        <source>die Datei ist kein gültiges Zip-Archiv</source>
        <translation>die Datei ist kein gültiges Zip-Archiv</translation>
    </message>
    <message>
        <source>„{entry}“ ist größer als {size}</source>
        <translation>„{entry}“ ist größer als {size}</translation>
    </message>
    <message>
        <source>die Prüfsumme von „{entry}“ ist falsch</source>
        <translation>die Prüfsumme von „{entry}“ ist falsch</translation>
    </message>
    <message>
        <source>„{entry}“ fehlt im Archiv</source>
        <translation>„{entry}“ fehlt im Archiv</translation>
    </message>
    <message>
        <source>„{entry}“ ist unvollständig oder beschädigt</source>
        <translation>„{entry}“ ist unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>{count} Löschungen aus der Zeit nach dieser Sicherung wurden erneut ausgeführt.</source>
        <translation>{count} Löschungen aus der Zeit nach dieser Sicherung wurden erneut ausgeführt.</translation>
    </message>
    <message>
        <source>1 Löschung aus der Zeit nach dieser Sicherung wurde erneut ausgeführt.</source>
        <translation>1 Löschung aus der Zeit nach dieser Sicherung wurde erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Der Datenbestand in {folder} wird gerade von {holder} benutzt. Es kann immer nur ein Programm zur selben Zeit damit arbeiten. Bitte warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut. Es wurde nichts verändert.</source>
        <translation>Der Datenbestand in {folder} wird gerade von {holder} benutzt. Es kann immer nur ein Programm zur selben Zeit damit arbeiten. Bitte warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>dem Programmfenster von MBE Desktop (Prozess {pid})</source>
        <translation>dem Programmfenster von MBE Desktop (Prozess {pid})</translation>
    </message>
    <message>
        <source>dem Befehl „mbe-desktop {command}“ (Prozess {pid})</source>
        <translation>dem Befehl „mbe-desktop {command}“ (Prozess {pid})</translation>
    </message>
    <message>
        <source>einem anderen Programm (Prozess {pid})</source>
        <translation>einem anderen Programm (Prozess {pid})</translation>
    </message>
    <message>
        <source>einem anderen Programm</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>Schreibvariante</source>
        <translation>Schreibvariante</translation>
    </message>
    <message>
        <source>ähnliche Schreibung</source>
        <translation>ähnliche Schreibung</translation>
    </message>
</context>
<context>
    <name>NetworkPdf</name>
    <message>
        <source>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Speichern Sie stattdessen eine Kopie oder drucken Sie das Schreiben.</source>
        <translation>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Speichern Sie stattdessen eine Kopie oder drucken Sie das Schreiben.</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drucken ist hier nicht möglich. Speichern Sie eine Kopie und drucken Sie diese.</source>
        <translation>Drucken ist hier nicht möglich. Speichern Sie eine Kopie und drucken Sie diese.</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Netzwerk</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner</source>
        <translation>Noch keine Netzwerkpartner</translation>
    </message>
    <message>
        <source>Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, Schuldnerberatung und andere – mit Ansprechpersonen, Adresse, Erreichbarkeit und Sprachen.</source>
        <translation>Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, Schuldnerberatung und andere – mit Ansprechpersonen, Adresse, Erreichbarkeit und Sprachen.</translation>
    </message>
    <message>
        <source>Ein Verzeichnis von Kolleginnen und Kollegen übernehmen Sie als CSV-Datei (UTF-8, Semikolon). Gibt eine Weiterleitung personenbezogene Daten weiter, braucht sie vorher eine schriftliche Schweigepflichtentbindung.</source>
        <translation>Ein Verzeichnis von Kolleginnen und Kollegen übernehmen Sie als CSV-Datei (UTF-8, Semikolon). Gibt eine Weiterleitung personenbezogene Daten weiter, braucht sie vorher eine schriftliche Schweigepflichtentbindung.</translation>
    </message>
    <message>
        <source>Ersten &amp;Partner anlegen …</source>
        <translation>Ersten &amp;Partner anlegen …</translation>
    </message>
    <message>
        <source>Verzeichnis &amp;importieren (CSV) …</source>
        <translation>Verzeichnis &amp;importieren (CSV) …</translation>
    </message>
    <message>
        <source>Name, Angebot, Ansprechperson – z. B. „Sprachkurs“</source>
        <translation>Name, Angebot, Ansprechperson – z. B. „Sprachkurs“</translation>
    </message>
    <message>
        <source>Netzwerkpartner suchen</source>
        <translation>Netzwerkpartner suchen</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Ort/Region:</source>
        <translation>&amp;Ort/Region:</translation>
    </message>
    <message>
        <source>&amp;Neuer Partner …</source>
        <translation>&amp;Neuer Partner …</translation>
    </message>
    <message>
        <source>Neuen Netzwerkpartner anlegen (Einfg)</source>
        <translation>Neuen Netzwerkpartner anlegen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Markierten Partner bearbeiten (Eingabetaste)</source>
        <translation>Markierten Partner bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Markierten Partner löschen (Entf)</source>
        <translation>Markierten Partner löschen (Entf)</translation>
    </message>
    <message>
        <source>CSV i&amp;mportieren …</source>
        <translation>CSV i&amp;mportieren …</translation>
    </message>
    <message>
        <source>CSV e&amp;xportieren …</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Brief&amp;vorlagen …</source>
        <translation>Brief&amp;vorlagen …</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Neuen Partner anlegen</source>
        <translation>Neuen Partner anlegen</translation>
    </message>
    <message>
        <source>Partner löschen</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>Alle Orte</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>{count} Stellen</source>
        <translation>{count} Stellen</translation>
    </message>
    <message>
        <source>{count} von {all} Stellen</source>
        <translation>{count} von {all} Stellen</translation>
    </message>
    <message>
        <source>Keine Stelle gefunden. Ändern Sie die Suche oder die Filter.</source>
        <translation>Keine Stelle gefunden. Ändern Sie die Suche oder die Filter.</translation>
    </message>
    <message>
        <source>Telefon: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>E-Mail: {value}</source>
        <translation>E-Mail: {value}</translation>
    </message>
    <message>
        <source>Web: {value}</source>
        <translation>Web: {value}</translation>
    </message>
    <message>
        <source>Öffnungszeiten:</source>
        <translation>Öffnungszeiten:</translation>
    </message>
    <message>
        <source>Sprachen: {names}</source>
        <translation>Sprachen: {names}</translation>
    </message>
    <message>
        <source>Angebote:</source>
        <translation>Angebote:</translation>
    </message>
    <message>
        <source>Ansprechpersonen:</source>
        <translation>Ansprechpersonen:</translation>
    </message>
    <message>
        <source>Notizen:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>{count} Weiterleitung(en) an diese Stelle.</source>
        <translation>{count} Weiterleitung(en) an diese Stelle.</translation>
    </message>
    <message>
        <source>Netzwerkpartner löschen?</source>
        <translation>Netzwerkpartner löschen?</translation>
    </message>
    <message>
        <source>„{name}“ mit allen Ansprechpersonen aus dem Verzeichnis löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>„{name}“ mit allen Ansprechpersonen aus dem Verzeichnis löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Netzwerkpartner aus CSV importieren</source>
        <translation>Netzwerkpartner aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv);;Alle Dateien (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gelesen werden. Bitte eine andere Datei wählen.</source>
        <translation>Die Datei konnte nicht gelesen werden. Bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>{count} Netzwerkpartner importiert.</source>
        <translation>{count} Netzwerkpartner importiert.</translation>
    </message>
    <message>
        <source>Netzwerkpartner als CSV exportieren</source>
        <translation>Netzwerkpartner als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden. Bitte einen anderen Ort wählen.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Bitte einen anderen Ort wählen.</translation>
    </message>
    <message>
        <source>Verzeichnis exportiert: {name}</source>
        <translation>Verzeichnis exportiert: {name}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Neue Passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase &amp;wiederholen:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen überein.</source>
        <translation>Die beiden Eingaben stimmen überein.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>Die beiden Eingaben stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Passphrase ein.</source>
        <translation>Bitte geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu schwach.</source>
        <translation>Die Passphrase ist zu schwach.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben der Passphrase stimmen nicht überein.</source>
        <translation>Die beiden Eingaben der Passphrase stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>&amp;Name der Beraterin/des Beraters*</source>
        <translation>&amp;Name der Beraterin/des Beraters*</translation>
    </message>
    <message>
        <source>&amp;Beratungsstelle*</source>
        <translation>&amp;Beratungsstelle*</translation>
    </message>
    <message>
        <source>&amp;Straße und Hausnummer</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation>P&amp;LZ und Ort</translation>
    </message>
    <message>
        <source>&amp;Träger</source>
        <translation>&amp;Träger</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Kennziffer der Beratungsstelle</source>
        <translation>&amp;Kennziffer der Beratungsstelle</translation>
    </message>
    <message>
        <source>Name der Beraterin/des Beraters</source>
        <translation>Name der Beraterin/des Beraters</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kennziffer der Beratungsstelle</source>
        <translation>Kennziffer der Beratungsstelle</translation>
    </message>
    <message>
        <source>z. B. Maria Beispiel</source>
        <translation>z. B. Maria Beispiel</translation>
    </message>
    <message>
        <source>z. B. MBE Musterstadt</source>
        <translation>z. B. MBE Musterstadt</translation>
    </message>
    <message>
        <source>optional, für die Statistik</source>
        <translation>optional, für die Statistik</translation>
    </message>
    <message>
        <source>Datenschutzrecht</source>
        <translation>Datenschutzrecht</translation>
    </message>
    <message>
        <source>Diakonie und Caritas wenden kirchliches Datenschutzrecht an (DSG-EKD bzw. KDG), alle anderen Träger die DSGVO mit dem BDSG. Texte für Ratsuchende nennen das hier gewählte Recht.</source>
        <translation>Diakonie und Caritas wenden kirchliches Datenschutzrecht an (DSG-EKD bzw. KDG), alle anderen Träger die DSGVO mit dem BDSG. Texte für Ratsuchende nennen das hier gewählte Recht.</translation>
    </message>
    <message>
        <source>Datenschut&amp;zrecht</source>
        <translation>Datenschut&amp;zrecht</translation>
    </message>
    <message>
        <source>* Pflichtangabe</source>
        <translation>* Pflichtangabe</translation>
    </message>
    <message>
        <source>„{field}“: {message}</source>
        <translation>„{field}“: {message}</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Willkommen bei MBE Desktop</source>
        <translation>Willkommen bei MBE Desktop</translation>
    </message>
    <message>
        <source>MBE Desktop speichert Ihre Falldokumentation verschlüsselt auf diesem Rechner. Tragen Sie zuerst die Angaben Ihrer Beratungsstelle ein. Sie stehen im Briefkopf Ihrer Schreiben und lassen sich später unter „Einstellungen“ ändern.</source>
        <translation>MBE Desktop speichert Ihre Falldokumentation verschlüsselt auf diesem Rechner. Tragen Sie zuerst die Angaben Ihrer Beratungsstelle ein. Sie stehen im Briefkopf Ihrer Schreiben und lassen sich später unter „Einstellungen“ ändern.</translation>
    </message>
    <message>
        <source>{problem} Sie können alle Angaben selbst eintragen; bitte informieren Sie Ihre IT-Abteilung.</source>
        <translation>{problem} Sie können alle Angaben selbst eintragen; bitte informieren Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Die Voreinstellungen Ihres Trägers ({file}) werden übernommen.</source>
        <translation>Die Voreinstellungen Ihres Trägers ({file}) werden übernommen.</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss (Jahre): {years}</source>
        <translation>Löschfrist nach Fallabschluss (Jahre): {years}</translation>
    </message>
    <message>
        <source>Sicherungsordner: {folder}</source>
        <translation>Sicherungsordner: {folder}</translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <source>Beratungsstelle</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Nicht gespeicherte Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>Diese Angaben stehen im Briefkopf Ihrer Schreiben und auf dem Notfallblatt.</source>
        <translation>Diese Angaben stehen im Briefkopf Ihrer Schreiben und auf dem Notfallblatt.</translation>
    </message>
    <message>
        <source>Die Angaben wurden gespeichert.</source>
        <translation>Die Angaben wurden gespeichert.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>OptionalSpin</name>
    <message>
        <source>keine Angabe</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>OutreachLocationsSection</name>
    <message>
        <source>Orte der Außensprechstunden</source>
        <translation>Orte der Außensprechstunden</translation>
    </message>
    <message>
        <source>Name des neuen Ortes</source>
        <translation>Name des neuen Ortes</translation>
    </message>
    <message>
        <source>z. B. Rathaus Musterdorf, Familienzentrum</source>
        <translation>z. B. Rathaus Musterdorf, Familienzentrum</translation>
    </message>
    <message>
        <source>Neuer Ort:</source>
        <translation>Neuer Ort:</translation>
    </message>
    <message>
        <source>Hinzuf&amp;ügen</source>
        <translation>Hinzuf&amp;ügen</translation>
    </message>
    <message>
        <source>Den eingegebenen Ort hinzufügen (Eingabetaste)</source>
        <translation>Den eingegebenen Ort hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Den gewählten Ort umbenennen (F2)</source>
        <translation>Den gewählten Ort umbenennen (F2)</translation>
    </message>
    <message>
        <source>Orte der Außensprechstunden: Ort umbenennen</source>
        <translation>Orte der Außensprechstunden: Ort umbenennen</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Diese Orte stehen bei Kontakten der Form „Außensprechstunde“ und beim Erstkontakt zur Auswahl. Ein deaktivierter Ort wird nicht mehr angeboten; Kontakte und Akten, die ihn nennen, behalten ihn.</source>
        <translation>Diese Orte stehen bei Kontakten der Form „Außensprechstunde“ und beim Erstkontakt zur Auswahl. Ein deaktivierter Ort wird nicht mehr angeboten; Kontakte und Akten, die ihn nennen, behalten ihn.</translation>
    </message>
    <message>
        <source>{name} (deaktiviert)</source>
        <translation>{name} (deaktiviert)</translation>
    </message>
    <message>
        <source>Noch keine Orte eingetragen.</source>
        <translation>Noch keine Orte eingetragen.</translation>
    </message>
    <message>
        <source>{contacts} Kontakte, {clients} Erstkontakte an diesem Ort</source>
        <translation>{contacts} Kontakte, {clients} Erstkontakte an diesem Ort</translation>
    </message>
    <message>
        <source>Wieder aktivieren</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Den Ort wieder zur Auswahl anbieten</source>
        <translation>Den Ort wieder zur Auswahl anbieten</translation>
    </message>
    <message>
        <source>Den Ort nicht mehr anbieten; bisherige Kontakte behalten ihn</source>
        <translation>Den Ort nicht mehr anbieten; bisherige Kontakte behalten ihn</translation>
    </message>
    <message>
        <source>Der Ort „{name}“ wurde hinzugefügt.</source>
        <translation>Der Ort „{name}“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Ort umbenennen</source>
        <translation>Ort umbenennen</translation>
    </message>
    <message>
        <source>Neuer Name für „{name}“:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Umbenennen</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>„{old}“ heißt jetzt „{new}“, auch in den bisherigen Kontakten.</source>
        <translation>„{old}“ heißt jetzt „{new}“, auch in den bisherigen Kontakten.</translation>
    </message>
    <message>
        <source>„{name}“ wird wieder zur Auswahl angeboten.</source>
        <translation>„{name}“ wird wieder zur Auswahl angeboten.</translation>
    </message>
    <message>
        <source>„{name}“ wird nicht mehr angeboten. Bisherige Kontakte und Akten behalten den Ort; Sie können ihn jederzeit wieder aktivieren.</source>
        <translation>„{name}“ wird nicht mehr angeboten. Bisherige Kontakte und Akten behalten den Ort; Sie können ihn jederzeit wieder aktivieren.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Netzwerkpartner bearbeiten</source>
        <translation>Netzwerkpartner bearbeiten</translation>
    </message>
    <message>
        <source>Neuer Netzwerkpartner</source>
        <translation>Neuer Netzwerkpartner</translation>
    </message>
    <message>
        <source>z. B. Landkreis Musterland</source>
        <translation>z. B. Landkreis Musterland</translation>
    </message>
    <message>
        <source>Kürzel mit Komma, z. B. de, en, ar, uk</source>
        <translation>Kürzel mit Komma, z. B. de, en, ar, uk</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Person &amp;hinzufügen</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Person &amp;entfernen</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Name der Stelle:</source>
        <translation>&amp;Name der Stelle:</translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Str&amp;aße:</source>
        <translation>Str&amp;aße:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>PLZ, &amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Webseite:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>Spra&amp;chen:</source>
        <translation>Spra&amp;chen:</translation>
    </message>
    <message>
        <source>Ö&amp;ffnungszeiten:</source>
        <translation>Ö&amp;ffnungszeiten:</translation>
    </message>
    <message>
        <source>An&amp;gebote:</source>
        <translation>An&amp;gebote:</translation>
    </message>
    <message>
        <source>Noti&amp;zen:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ansprech&amp;personen:</source>
        <translation>Ansprech&amp;personen:</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Netzwerkpartner des Schritts</source>
        <translation>Netzwerkpartner des Schritts</translation>
    </message>
    <message>
        <source>Partner aus dem Netzwerk: Namen oder Ort tippen, dann aus der Liste wählen. Neue Partner legen Sie unter „Netzwerk“ an.</source>
        <translation>Partner aus dem Netzwerk: Namen oder Ort tippen, dann aus der Liste wählen. Neue Partner legen Sie unter „Netzwerk“ an.</translation>
    </message>
    <message>
        <source>Partner suchen …</source>
        <translation>Partner suchen …</translation>
    </message>
    <message>
        <source>Net&amp;zwerkpartner:</source>
        <translation>Net&amp;zwerkpartner:</translation>
    </message>
    <message>
        <source>– Partner wählen –</source>
        <translation>– Partner wählen –</translation>
    </message>
    <message>
        <source>(nicht mehr im Netzwerk)</source>
        <translation>(nicht mehr im Netzwerk)</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase festlegen</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <source>Mit der Passphrase entsperren Sie MBE Desktop. Gut geeignet sind vier oder mehr ungewöhnliche Wörter, die nur Sie kennen, z. B. durch Bindestriche verbunden. Schreiben Sie die Passphrase nicht auf den Laptop.</source>
        <translation>Mit der Passphrase entsperren Sie MBE Desktop. Gut geeignet sind vier oder mehr ungewöhnliche Wörter, die nur Sie kennen, z. B. durch Bindestriche verbunden. Schreiben Sie die Passphrase nicht auf den Laptop.</translation>
    </message>
    <message>
        <source>Datenbestand &amp;anlegen</source>
        <translation>Datenbestand &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Der verschlüsselte Datenbestand wird hier angelegt: {folder}</source>
        <translation>Der verschlüsselte Datenbestand wird hier angelegt: {folder}</translation>
    </message>
    <message>
        <source>Der Datenbestand wird verschlüsselt angelegt …</source>
        <translation>Der Datenbestand wird verschlüsselt angelegt …</translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht angelegt werden.</source>
        <translation>Der Datenbestand konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Zeitraum wählen</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>Der Export enthält nur zusammengefasste Anzahlen für diesen Zeitraum – keine Namen, Aktennummern, Freitexte oder genauen Daten.</source>
        <translation>Der Export enthält nur zusammengefasste Anzahlen für diesen Zeitraum – keine Namen, Aktennummern, Freitexte oder genauen Daten.</translation>
    </message>
    <message>
        <source>Schwelle für &amp;kleine Zahlen:</source>
        <translation>Schwelle für &amp;kleine Zahlen:</translation>
    </message>
    <message>
        <source>&amp;Berichtigung: die veröffentlichten Zahlen dieses Jahres neu berechnen</source>
        <translation>&amp;Berichtigung: die veröffentlichten Zahlen dieses Jahres neu berechnen</translation>
    </message>
    <message>
        <source>Nur für Nachträge zu einem schon exportierten Zeitraum. Alle veröffentlichten Zeiträume des Jahres werden mit neuem Rauschen berechnet und als Berichtigung gekennzeichnet; höchstens zwei Berichtigungen je Jahr.</source>
        <translation>Nur für Nachträge zu einem schon exportierten Zeitraum. Alle veröffentlichten Zeiträume des Jahres werden mit neuem Rauschen berechnet und als Berichtigung gekennzeichnet; höchstens zwei Berichtigungen je Jahr.</translation>
    </message>
    <message>
        <source>Anzahlen unter der Schwelle (auch 0) werden nicht veröffentlicht, alle anderen leicht verrauscht (um höchstens 3). Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; jeder Zeitraum wird einmal festgeschrieben und danach immer gleich exportiert. Eine höhere Schwelle wird beim Export gespeichert; eine niedrigere schützt weniger und gilt erst, wenn Sie sie mit Ihrer Passphrase bestätigen.</source>
        <translation>Anzahlen unter der Schwelle (auch 0) werden nicht veröffentlicht, alle anderen leicht verrauscht (um höchstens 3). Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; jeder Zeitraum wird einmal festgeschrieben und danach immer gleich exportiert. Eine höhere Schwelle wird beim Export gespeichert; eine niedrigere schützt weniger und gilt erst, wenn Sie sie mit Ihrer Passphrase bestätigen.</translation>
    </message>
    <message>
        <source>Schwelle für kleine Zahlen von {old} auf {new} senken</source>
        <translation>Schwelle für kleine Zahlen von {old} auf {new} senken</translation>
    </message>
    <message>
        <source>Die Schwelle bleibt bei {k}.</source>
        <translation>Die Schwelle bleibt bei {k}.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>dieses Jahr bis heute ({period})</source>
        <translation>dieses Jahr bis heute ({period})</translation>
    </message>
    <message>
        <source>Zeitraum von–bis …</source>
        <translation>Zeitraum von–bis …</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Die Kooperationsvereinbarung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Kein offener Beratungsfall</source>
        <translation>Kein offener Beratungsfall</translation>
    </message>
    <message>
        <source>Eine Kooperationsvereinbarung gehört zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen Fall mit der Form „Case Management“.</source>
        <translation>Eine Kooperationsvereinbarung gehört zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen Fall mit der Form „Case Management“.</translation>
    </message>
    <message>
        <source>Fassung</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>&amp;Fassung:</source>
        <translation>&amp;Fassung:</translation>
    </message>
    <message>
        <source>Un&amp;terschreiben…</source>
        <translation>Un&amp;terschreiben…</translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung als unterschrieben festhalten und einfrieren</source>
        <translation>Die gespeicherte Fassung als unterschrieben festhalten und einfrieren</translation>
    </message>
    <message>
        <source>Als PDF speiche&amp;rn…</source>
        <translation>Als PDF speiche&amp;rn…</translation>
    </message>
    <message>
        <source>Die gezeigte Fassung als PDF-Datei speichern</source>
        <translation>Die gezeigte Fassung als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Druc&amp;ken…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Die gezeigte Fassung drucken</source>
        <translation>Die gezeigte Fassung drucken</translation>
    </message>
    <message>
        <source>&amp;Jetzt neu laden</source>
        <translation>&amp;Jetzt neu laden</translation>
    </message>
    <message>
        <source>Den gespeicherten Stand laden; nicht gespeicherte Eingaben gehen verloren</source>
        <translation>Den gespeicherten Stand laden; nicht gespeicherte Eingaben gehen verloren</translation>
    </message>
    <message>
        <source>Überprüfung am</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Wann Sie die Vereinbarung gemeinsam überprüfen wollen (TT.MM.JJJJ, Kalender mit Alt+↓)</source>
        <translation>Wann Sie die Vereinbarung gemeinsam überprüfen wollen (TT.MM.JJJJ, Kalender mit Alt+↓)</translation>
    </message>
    <message>
        <source>Überprüfung a&amp;m:</source>
        <translation>Überprüfung a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Nicht gespeicherte Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung speichern (Strg+S)</source>
        <translation>Die Kooperationsvereinbarung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Handlungsziele</source>
        <translation>Handlungsziele</translation>
    </message>
    <message>
        <source>Handlun&amp;gsziele</source>
        <translation>Handlun&amp;gsziele</translation>
    </message>
    <message>
        <source>Ne&amp;ues Ziel</source>
        <translation>Ne&amp;ues Ziel</translation>
    </message>
    <message>
        <source>Ein weiteres Handlungsziel anlegen (Strg+N)</source>
        <translation>Ein weiteres Handlungsziel anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Ziel entfer&amp;nen…</source>
        <translation>Ziel entfer&amp;nen…</translation>
    </message>
    <message>
        <source>Das ausgewählte Ziel mit seinen Schritten entfernen</source>
        <translation>Das ausgewählte Ziel mit seinen Schritten entfernen</translation>
    </message>
    <message>
        <source>Ziel nach oben schieben</source>
        <translation>Ziel nach oben schieben</translation>
    </message>
    <message>
        <source>Ziel nach unten schieben</source>
        <translation>Ziel nach unten schieben</translation>
    </message>
    <message>
        <source>Noch keine Handlungsziele</source>
        <translation>Noch keine Handlungsziele</translation>
    </message>
    <message>
        <source>Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. Legen Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die Schritte dorthin: wer was bis wann erledigt.</source>
        <translation>Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. Legen Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die Schritte dorthin: wer was bis wann erledigt.</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Ziel in einfachen Worten</source>
        <translation>Ziel in einfachen Worten</translation>
    </message>
    <message>
        <source>z. B. Einen Platz in einem Integrationskurs mit Kinderbetreuung haben</source>
        <translation>z. B. Einen Platz in einem Integrationskurs mit Kinderbetreuung haben</translation>
    </message>
    <message>
        <source>Woran der Erfolg erkennbar ist</source>
        <translation>Woran der Erfolg erkennbar ist</translation>
    </message>
    <message>
        <source>z. B. Die Anmeldebestätigung des Kursträgers liegt vor</source>
        <translation>z. B. Die Anmeldebestätigung des Kursträgers liegt vor</translation>
    </message>
    <message>
        <source>Zieltermin</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Hand&amp;lungsfeld:</source>
        <translation>Hand&amp;lungsfeld:</translation>
    </message>
    <message>
        <source>Ziel &amp;in einfachen Worten:*</source>
        <translation>Ziel &amp;in einfachen Worten:*</translation>
    </message>
    <message>
        <source>Pflichtangabe</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <source>&amp;Erfolg erkennbar an:</source>
        <translation>&amp;Erfolg erkennbar an:</translation>
    </message>
    <message>
        <source>Zu erreichen &amp;bis:</source>
        <translation>Zu erreichen &amp;bis:</translation>
    </message>
    <message>
        <source>Zielerreichung:</source>
        <translation>Zielerreichung:</translation>
    </message>
    <message>
        <source>Schritte</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung: Schritt hinzufügen</source>
        <translation>Kooperationsvereinbarung: Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung: Schritt entfernen</source>
        <translation>Kooperationsvereinbarung: Schritt entfernen</translation>
    </message>
    <message>
        <source>S&amp;chritte</source>
        <translation>S&amp;chritte</translation>
    </message>
    <message>
        <source>Doppelklick oder F2 bearbeitet eine Zelle.</source>
        <translation>Doppelklick oder F2 bearbeitet eine Zelle.</translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Einen Schritt anfügen (Einfg in der Tabelle)</source>
        <translation>Einen Schritt anfügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Aus V&amp;orlage</source>
        <translation>Aus V&amp;orlage</translation>
    </message>
    <message>
        <source>Schritte aus einer Vorlage für dieses Handlungsfeld anhängen</source>
        <translation>Schritte aus einer Vorlage für dieses Handlungsfeld anhängen</translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Den ausgewählten Schritt entfernen (Entf)</source>
        <translation>Den ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Wiedervorlage …</source>
        <translation>Wiedervorlage …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage zum ausgewählten Schritt anlegen (mit Text und Fälligkeit)</source>
        <translation>Eine Wiedervorlage zum ausgewählten Schritt anlegen (mit Text und Fälligkeit)</translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation>Schritt nach oben schieben</translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation>Schritt nach unten schieben</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen an der Kooperationsvereinbarung wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Nicht gespeicherte Änderungen an der Kooperationsvereinbarung wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde gespeichert.</source>
        <translation>Die Kooperationsvereinbarung wurde gespeichert.</translation>
    </message>
    <message>
        <source>Damit ist Fassung {n} entstanden; die unterschriebene Fassung {old} bleibt unverändert lesbar.</source>
        <translation>Damit ist Fassung {n} entstanden; die unterschriebene Fassung {old} bleibt unverändert lesbar.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung nicht verfügbar</source>
        <translation>Kooperationsvereinbarung nicht verfügbar</translation>
    </message>
    <message>
        <source>Fassung 1 – noch nicht gespeichert</source>
        <translation>Fassung 1 – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>in Bearbeitung</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>nicht unterschrieben</source>
        <translation>nicht unterschrieben</translation>
    </message>
    <message>
        <source>Fassung {n} – {state}</source>
        <translation>Fassung {n} – {state}</translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date} (aktuell)</source>
        <translation>Fassung {n} – unterschrieben am {date} (aktuell)</translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date}</source>
        <translation>Fassung {n} – unterschrieben am {date}</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Die Kooperationsvereinbarung lässt sich nur noch lesen; bei jedem Ziel steht, ob es erreicht wurde.</source>
        <translation>Der Beratungsfall ist abgeschlossen. Die Kooperationsvereinbarung lässt sich nur noch lesen; bei jedem Ziel steht, ob es erreicht wurde.</translation>
    </message>
    <message>
        <source>Fassung {n} wurde am {date} unterschrieben und ist eingefroren. Ändern Sie Ziele oder Schritte, entsteht beim Speichern Fassung {next}; Fassung {n} bleibt unverändert lesbar. Fortschritt (Status, erledigt am) ist keine Änderung der Vereinbarung.</source>
        <translation>Fassung {n} wurde am {date} unterschrieben und ist eingefroren. Ändern Sie Ziele oder Schritte, entsteht beim Speichern Fassung {next}; Fassung {n} bleibt unverändert lesbar. Fortschritt (Status, erledigt am) ist keine Änderung der Vereinbarung.</translation>
    </message>
    <message>
        <source>Sie lesen Fassung {n}, unterschrieben am {date}. Sie ist eingefroren und lässt sich nicht mehr ändern. Zum Bearbeiten wählen Sie oben die aktuelle Fassung.</source>
        <translation>Sie lesen Fassung {n}, unterschrieben am {date}. Sie ist eingefroren und lässt sich nicht mehr ändern. Zum Bearbeiten wählen Sie oben die aktuelle Fassung.</translation>
    </message>
    <message>
        <source>Ihre nicht gespeicherten Änderungen dort bleiben erhalten.</source>
        <translation>Ihre nicht gespeicherten Änderungen dort bleiben erhalten.</translation>
    </message>
    <message>
        <source>(Ziel noch nicht beschrieben)</source>
        <translation>(Ziel noch nicht beschrieben)</translation>
    </message>
    <message>
        <source>{open} von {steps} Schritten offen</source>
        <translation>{open} von {steps} Schritten offen</translation>
    </message>
    <message>
        <source>kein Schritt mehr offen</source>
        <translation>kein Schritt mehr offen</translation>
    </message>
    <message>
        <source>Keine Handlungsziele</source>
        <translation>Keine Handlungsziele</translation>
    </message>
    <message>
        <source>In dieser Fassung ist kein Handlungsziel vereinbart.</source>
        <translation>In dieser Fassung ist kein Handlungsziel vereinbart.</translation>
    </message>
    <message>
        <source>Ziel {n}</source>
        <translation>Ziel {n}</translation>
    </message>
    <message>
        <source>Ziel {n} „{goal}“ entfernen?</source>
        <translation>Ziel {n} „{goal}“ entfernen?</translation>
    </message>
    <message>
        <source>Seine Schritte ({count}) werden mit entfernt.</source>
        <translation>Seine Schritte ({count}) werden mit entfernt.</translation>
    </message>
    <message>
        <source>Ziel entfernen?</source>
        <translation>Ziel entfernen?</translation>
    </message>
    <message>
        <source>Gespeichert wird erst mit „Speichern“; bis dahin hilft „Verwerfen“.</source>
        <translation>Gespeichert wird erst mit „Speichern“; bis dahin hilft „Verwerfen“.</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{actor}: {partner}</source>
        <translation>{actor}: {partner}</translation>
    </message>
    <message>
        <source>Erst wenn der Schritt erledigt ist</source>
        <translation>Erst wenn der Schritt erledigt ist</translation>
    </message>
    <message>
        <source>Keine Vorlage für „{field}“ (Einstellungen → Schrittvorlagen)</source>
        <translation>Keine Vorlage für „{field}“ (Einstellungen → Schrittvorlagen)</translation>
    </message>
    <message>
        <source>{name} ({count} Schritte)</source>
        <translation>{name} ({count} Schritte)</translation>
    </message>
    <message>
        <source>Schritt: {step}</source>
        <translation>Schritt: {step}</translation>
    </message>
    <message>
        <source>Handlungsfelder ohne Ziel: {fields}. Sie gelten im Plan als offen.</source>
        <translation>Handlungsfelder ohne Ziel: {fields}. Sie gelten im Plan als offen.</translation>
    </message>
    <message>
        <source>Zu erreichen bis</source>
        <translation>Zu erreichen bis</translation>
    </message>
    <message>
        <source>Schritt {n}, fällig am</source>
        <translation>Schritt {n}, fällig am</translation>
    </message>
    <message>
        <source>Schritt {n}, erledigt am</source>
        <translation>Schritt {n}, erledigt am</translation>
    </message>
    <message>
        <source>Ziel {n}, {label}: {problem}</source>
        <translation>Ziel {n}, {label}: {problem}</translation>
    </message>
    <message>
        <source>Überprüfung am: {problem}</source>
        <translation>Überprüfung am: {problem}</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde an anderer Stelle geändert. Ihre Eingaben sind noch da. Neu laden zeigt den gespeicherten Stand; Ihre Eingaben gehen dabei verloren.</source>
        <translation>Die Kooperationsvereinbarung wurde an anderer Stelle geändert. Ihre Eingaben sind noch da. Neu laden zeigt den gespeicherten Stand; Ihre Eingaben gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Erst speichern</source>
        <translation>Erst speichern</translation>
    </message>
    <message>
        <source>Es gibt nicht gespeicherte Änderungen. Unterschrieben wird immer der gespeicherte Stand: Speichern Sie zuerst (Strg+S) oder verwerfen Sie die Änderungen.</source>
        <translation>Es gibt nicht gespeicherte Änderungen. Unterschrieben wird immer der gespeicherte Stand: Speichern Sie zuerst (Strg+S) oder verwerfen Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Es ist kein Beratungsfall geöffnet.</source>
        <translation>Es ist kein Beratungsfall geöffnet.</translation>
    </message>
    <message>
        <source>Fassung {n} ist als am {date} unterschrieben festgehalten und eingefroren.</source>
        <translation>Fassung {n} ist als am {date} unterschrieben festgehalten und eingefroren.</translation>
    </message>
    <message>
        <source>Noch nichts gespeichert</source>
        <translation>Noch nichts gespeichert</translation>
    </message>
    <message>
        <source>Speichern Sie die Kooperationsvereinbarung zuerst.</source>
        <translation>Speichern Sie die Kooperationsvereinbarung zuerst.</translation>
    </message>
    <message>
        <source>Das PDF zeigt den gespeicherten Stand. Speichern Sie zuerst Ihre Änderungen (Strg+S) oder verwerfen Sie sie.</source>
        <translation>Das PDF zeigt den gespeicherten Stand. Speichern Sie zuerst Ihre Änderungen (Strg+S) oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung als PDF speichern</source>
        <translation>Kooperationsvereinbarung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Fassung {n} gespeichert als {name}.</source>
        <translation>Fassung {n} gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung drucken</source>
        <translation>Kooperationsvereinbarung drucken</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau: das verlässt den Rechner</source>
        <translation>Vorschau: das verlässt den Rechner</translation>
    </message>
    <message>
        <source>Tabellen des Exports</source>
        <translation>Tabellen des Exports</translation>
    </message>
    <message>
        <source>Inhalt der gewählten Tabelle</source>
        <translation>Inhalt der gewählten Tabelle</translation>
    </message>
    <message>
        <source>Die Tabellen werden gezählt und geprüft …</source>
        <translation>Die Tabellen werden gezählt und geprüft …</translation>
    </message>
    <message>
        <source>{period}: {tables} Tabellen, Schwelle {k}; {withheld} Werte zurückgehalten ({mark}), alle anderen verrauscht. Dazu kommen manifest.json und eine PDF-Zusammenfassung mit denselben Tabellen.</source>
        <translation>{period}: {tables} Tabellen, Schwelle {k}; {withheld} Werte zurückgehalten ({mark}), alle anderen verrauscht. Dazu kommen manifest.json und eine PDF-Zusammenfassung mit denselben Tabellen.</translation>
    </message>
    <message>
        <source>Dieser Zeitraum wurde schon exportiert: {when}. Er ist festgeschrieben: der Export enthält dieselben Tabellen.</source>
        <translation>Dieser Zeitraum wurde schon exportiert: {when}. Er ist festgeschrieben: der Export enthält dieselben Tabellen.</translation>
    </message>
    <message>
        <source>Prüfung nicht bestanden: {count} kleine Zahl(en) ließen sich zu genau eingrenzen, zuerst in „{table}“, Zeile „{row}“ ({period}). Der Export wird nicht geschrieben; bitte wenden Sie sich an den Träger.</source>
        <translation>Prüfung nicht bestanden: {count} kleine Zahl(en) ließen sich zu genau eingrenzen, zuerst in „{table}“, Zeile „{row}“ ({period}). Der Export wird nicht geschrieben; bitte wenden Sie sich an den Träger.</translation>
    </message>
    <message>
        <source>Prüfung bestanden: {cells} kleine Zahlen wurden mit allen Tabellen und allen früheren Veröffentlichungen dieses Jahres nachgerechnet ({programmes} lineare Programme); keine lässt sich eingrenzen.</source>
        <translation>Prüfung bestanden: {cells} kleine Zahlen wurden mit allen Tabellen und allen früheren Veröffentlichungen dieses Jahres nachgerechnet ({programmes} lineare Programme); keine lässt sich eingrenzen.</translation>
    </message>
    <message>
        <source>Berichtigung Nr. {number}: sie ersetzt die frühere Veröffentlichung.</source>
        <translation>Berichtigung Nr. {number}: sie ersetzt die frühere Veröffentlichung.</translation>
    </message>
    <message>
        <source>Mit diesem Zeitraum werden auch {parts} festgeschrieben.</source>
        <translation>Mit diesem Zeitraum werden auch {parts} festgeschrieben.</translation>
    </message>
    <message>
        <source>Die Vorschau konnte nicht erstellt werden.</source>
        <translation>Die Vorschau konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Datenschutz</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss in Jahren</source>
        <translation>Löschfrist nach Fallabschluss in Jahren</translation>
    </message>
    <message>
        <source>Lös&amp;chfristen prüfen …</source>
        <translation>Lös&amp;chfristen prüfen …</translation>
    </message>
    <message>
        <source>Protokoll anzei&amp;gen …</source>
        <translation>Protokoll anzei&amp;gen …</translation>
    </message>
    <message>
        <source>Löschfr&amp;ist nach Fallabschluss:</source>
        <translation>Löschfr&amp;ist nach Fallabschluss:</translation>
    </message>
    <message>
        <source>Akten werden so viele Jahre nach dem letzten Fallabschluss zur Löschung vorgeschlagen (ohne Beratungsfall: nach dem Erstkontakt). Ihr Träger legt die Frist fest. Eine längere Frist bestätigen Sie mit Ihrer Passphrase.</source>
        <translation>Akten werden so viele Jahre nach dem letzten Fallabschluss zur Löschung vorgeschlagen (ohne Beratungsfall: nach dem Erstkontakt). Ihr Träger legt die Frist fest. Eine längere Frist bestätigen Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Löschfrist auf {years} Jahre verlängern</source>
        <translation>Löschfrist auf {years} Jahre verlängern</translation>
    </message>
    <message>
        <source>Löschfrist gespeichert: {years} Jahre.</source>
        <translation>Löschfrist gespeichert: {years} Jahre.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Passphrase bestätigen</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Bitte bestätigen Sie mit Ihrer Passphrase: {reason}</source>
        <translation>Bitte bestätigen Sie mit Ihrer Passphrase: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Bestätigen</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation>vom Notfallblatt</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation>den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Ihre Passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation>Bitte geben Sie {what} ein.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode ist falsch.</source>
        <translation>Der Wiederherstellungscode ist falsch.</translation>
    </message>
    <message>
        <source>Die Passphrase ist falsch.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Die Eingabe konnte nicht geprüft werden.</source>
        <translation>Die Eingabe konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>(ohne Namen)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Nr. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>Lateinische Schreibweise: {latin}</source>
        <translation>Lateinische Schreibweise: {latin}</translation>
    </message>
    <message>
        <source>{age} Jahre</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>geb. {year}</source>
        <translation>geb. {year}</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit nicht erfasst</source>
        <translation>Staatsangehörigkeit nicht erfasst</translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation>, gültig bis {date}</translation>
    </message>
    <message>
        <source>Aufenthalt: {status}</source>
        <translation>Aufenthalt: {status}</translation>
    </message>
    <message>
        <source>Fallstatus: {status}{form}</source>
        <translation>Fallstatus: {status}{form}</translation>
    </message>
    <message>
        <source>Fallstatus: noch kein Beratungsfall</source>
        <translation>Fallstatus: noch kein Beratungsfall</translation>
    </message>
</context>
<context>
    <name>RecordPrivacyActions</name>
    <message>
        <source>Ein&amp;willigungen …</source>
        <translation>Ein&amp;willigungen …</translation>
    </message>
    <message>
        <source>Einwilligungen und Schweigepflichtentbindungen ansehen oder widerrufen</source>
        <translation>Einwilligungen und Schweigepflichtentbindungen ansehen oder widerrufen</translation>
    </message>
    <message>
        <source>Au&amp;skunft (Art. 15) …</source>
        <translation>Au&amp;skunft (Art. 15) …</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO: alle gespeicherten Daten als PDF und JSON</source>
        <translation>Auskunft nach Art. 15 DSGVO: alle gespeicherten Daten als PDF und JSON</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am {date}: Die Daten dieser Person dürfen nur noch gespeichert bleiben, soweit eine andere Rechtsgrundlage besteht. Keine Weiterleitungen; prüfen Sie, ob die Akte zu löschen ist.</source>
        <translation>Einwilligung widerrufen am {date}: Die Daten dieser Person dürfen nur noch gespeichert bleiben, soweit eine andere Rechtsgrundlage besteht. Keine Weiterleitungen; prüfen Sie, ob die Akte zu löschen ist.</translation>
    </message>
</context>
<context>
    <name>RecordReleaseDialog</name>
    <message>
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Schweigepflichtentbindung erfassen</translation>
    </message>
    <message>
        <source>nur für diese &amp;Stelle: {name}</source>
        <translation>nur für diese &amp;Stelle: {name}</translation>
    </message>
    <message>
        <source>für alle Stellen der &amp;Art „{category}“</source>
        <translation>für alle Stellen der &amp;Art „{category}“</translation>
    </message>
    <message>
        <source>&amp;befristet bis</source>
        <translation>&amp;befristet bis</translation>
    </message>
    <message>
        <source>Zweck: {purpose}
Angaben: Name{data}</source>
        <translation>Zweck: {purpose}
Angaben: Name{data}</translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation>&amp;Unterschrieben am:</translation>
    </message>
    <message>
        <source>Gültigkeit:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Entbindung &amp;speichern</source>
        <translation>Entbindung &amp;speichern</translation>
    </message>
    <message>
        <source>Erfassen Sie die Entbindung erst, wenn die oder der Ratsuchende das Formular unterschrieben hat. Bewahren Sie das unterschriebene Blatt auf.</source>
        <translation>Erfassen Sie die Entbindung erst, wenn die oder der Ratsuchende das Formular unterschrieben hat. Bewahren Sie das unterschriebene Blatt auf.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Ihr Wiederherstellungscode</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Der Datenbestand ist angelegt. Mit diesem Code öffnen Sie Ihre Daten, wenn Sie die Passphrase vergessen haben. Er wird nur jetzt angezeigt.</source>
        <translation>Der Datenbestand ist angelegt. Mit diesem Code öffnen Sie Ihre Daten, wenn Sie die Passphrase vergessen haben. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Drucken Sie das Notfallblatt aus und bewahren Sie es verschlossen auf, getrennt vom Laptop. Wer den Code und den Laptop hat, kann alle Daten lesen. Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen – auch nicht die IT-Abteilung.</source>
        <translation>Drucken Sie das Notfallblatt aus und bewahren Sie es verschlossen auf, getrennt vom Laptop. Wer den Code und den Laptop hat, kann alle Daten lesen. Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen – auch nicht die IT-Abteilung.</translation>
    </message>
    <message>
        <source>Notfallblatt &amp;drucken …</source>
        <translation>Notfallblatt &amp;drucken …</translation>
    </message>
    <message>
        <source>Notfallblatt &amp;speichern …</source>
        <translation>Notfallblatt &amp;speichern …</translation>
    </message>
    <message>
        <source>Eine gespeicherte Datei enthält den Code. Speichern Sie sie nur, um sie auszudrucken, und löschen Sie sie danach.</source>
        <translation>Eine gespeicherte Datei enthält den Code. Speichern Sie sie nur, um sie auszudrucken, und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>&amp;Ich habe den Wiederherstellungscode sicher aufbewahrt.</source>
        <translation>&amp;Ich habe den Wiederherstellungscode sicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Notfallblatt gespeichert: {path}</source>
        <translation>Notfallblatt gespeichert: {path}</translation>
    </message>
    <message>
        <source>Notfallblatt drucken</source>
        <translation>Notfallblatt drucken</translation>
    </message>
    <message>
        <source>Das Notfallblatt wurde gedruckt.</source>
        <translation>Das Notfallblatt wurde gedruckt.</translation>
    </message>
    <message>
        <source>Bitte bewahren Sie den Wiederherstellungscode sicher auf und bestätigen Sie das unten.</source>
        <translation>Bitte bewahren Sie den Wiederherstellungscode sicher auf und bestätigen Sie das unten.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Weiterleitung – Akte {number}</source>
        <translation>Weiterleitung – Akte {number}</translation>
    </message>
    <message>
        <source>Ratsuchende/r: {name} · Akte {number}</source>
        <translation>Ratsuchende/r: {name} · Akte {number}</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Zweck wählen oder eingeben</source>
        <translation>Zweck wählen oder eingeben</translation>
    </message>
    <message>
        <source>Angaben im Schreiben</source>
        <translation>Angaben im Schreiben</translation>
    </message>
    <message>
        <source>&amp;Vorlage neu laden</source>
        <translation>&amp;Vorlage neu laden</translation>
    </message>
    <message>
        <source>Text aus der Vorlage der gewählten Stelle übernehmen</source>
        <translation>Text aus der Vorlage der gewählten Stelle übernehmen</translation>
    </message>
    <message>
        <source>Entbindungsformular &amp;drucken …</source>
        <translation>Entbindungsformular &amp;drucken …</translation>
    </message>
    <message>
        <source>Formular als PDF s&amp;peichern …</source>
        <translation>Formular als PDF s&amp;peichern …</translation>
    </message>
    <message>
        <source>Unterschriebene Entbindung er&amp;fassen …</source>
        <translation>Unterschriebene Entbindung er&amp;fassen …</translation>
    </message>
    <message>
        <source>&amp;Notfall: ohne Schweigepflichtentbindung weiterleiten</source>
        <translation>&amp;Notfall: ohne Schweigepflichtentbindung weiterleiten</translation>
    </message>
    <message>
        <source>Begründung (mindestens {count} Zeichen): Was ist der Notfall, und warum kann die Entbindung nicht vorher eingeholt werden? Die Begründung wird gespeichert und protokolliert.</source>
        <translation>Begründung (mindestens {count} Zeichen): Was ist der Notfall, und warum kann die Entbindung nicht vorher eingeholt werden? Die Begründung wird gespeichert und protokolliert.</translation>
    </message>
    <message>
        <source>V&amp;orschau …</source>
        <translation>V&amp;orschau …</translation>
    </message>
    <message>
        <source>Schreiben &amp;erstellen</source>
        <translation>Schreiben &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Stelle:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Ansprech&amp;person:</source>
        <translation>Ansprech&amp;person:</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Der Name steht immer im Schreiben. Angehakt ist nur, was der Zweck braucht – geben Sie nicht mehr weiter als nötig.</source>
        <translation>Der Name steht immer im Schreiben. Angehakt ist nur, was der Zweck braucht – geben Sie nicht mehr weiter als nötig.</translation>
    </message>
    <message>
        <source>Text des Schreibens</source>
        <translation>Text des Schreibens</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Platzhalter wie {Name} werden beim Erstellen ausgefüllt.</source>
        <translation>Platzhalter wie {Name} werden beim Erstellen ausgefüllt.</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner erfasst</source>
        <translation>Noch keine Netzwerkpartner erfasst</translation>
    </message>
    <message>
        <source>Im Netzwerk ist noch keine Stelle erfasst. Legen Sie sie unter „Netzwerk“ an (oder importieren Sie ein Verzeichnis) und öffnen Sie die Weiterleitung dann erneut.</source>
        <translation>Im Netzwerk ist noch keine Stelle erfasst. Legen Sie sie unter „Netzwerk“ an (oder importieren Sie ein Verzeichnis) und öffnen Sie die Weiterleitung dann erneut.</translation>
    </message>
    <message>
        <source>Stelle wählen</source>
        <translation>Stelle wählen</translation>
    </message>
    <message>
        <source>(keine bestimmte Person)</source>
        <translation>(keine bestimmte Person)</translation>
    </message>
    <message>
        <source>Wählen Sie die Stelle und den Zweck der Weiterleitung.</source>
        <translation>Wählen Sie die Stelle und den Zweck der Weiterleitung.</translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation>, gültig bis {date}</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung vom {date}{until}: deckt Stelle, Zweck und die angehakten Angaben.</source>
        <translation>Schweigepflichtentbindung vom {date}{until}: deckt Stelle, Zweck und die angehakten Angaben.</translation>
    </message>
    <message>
        <source>Vor dem Erstellen zu klären:</source>
        <translation>Vor dem Erstellen zu klären:</translation>
    </message>
    <message>
        <source>Bitte zuerst die Stelle wählen.</source>
        <translation>Bitte zuerst die Stelle wählen.</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung drucken</source>
        <translation>Schweigepflichtentbindung drucken</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung als PDF speichern</source>
        <translation>Schweigepflichtentbindung als PDF speichern</translation>
    </message>
    <message>
        <source>Weiterleitung gespeichert</source>
        <translation>Weiterleitung gespeichert</translation>
    </message>
    <message>
        <source>Das Schreiben an „{partner}“ ist verschlüsselt gespeichert und die Weitergabe festgehalten. Sie finden es in der Akte unter „Weiterleitungen“.</source>
        <translation>Das Schreiben an „{partner}“ ist verschlüsselt gespeichert und die Weitergabe festgehalten. Sie finden es in der Akte unter „Weiterleitungen“.</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation>Weiterleitungsschreiben drucken</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation>Weiterleitungsschreiben speichern</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Versandt am</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Rückmeldung am</source>
        <translation>Rückmeldung am</translation>
    </message>
    <message>
        <source>Grundlage</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Stand ä&amp;ndern …</source>
        <translation>Stand ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Wieder&amp;vorlage …</source>
        <translation>Wieder&amp;vorlage …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage zur ausgewählten Weiterleitung anlegen</source>
        <translation>Eine Wiedervorlage zur ausgewählten Weiterleitung anlegen</translation>
    </message>
    <message>
        <source>Schreiben ö&amp;ffnen</source>
        <translation>Schreiben ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Dr&amp;ucken …</source>
        <translation>Dr&amp;ucken …</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Noch keine Weiterleitungen. Eine Weiterleitung schreiben Sie aus dem Beratungsfall heraus („Weiterleiten …“).</source>
        <translation>Noch keine Weiterleitungen. Eine Weiterleitung schreiben Sie aus dem Beratungsfall heraus („Weiterleiten …“).</translation>
    </message>
    <message>
        <source>Notfall ohne Entbindung</source>
        <translation>Notfall ohne Entbindung</translation>
    </message>
    <message>
        <source>Entbindung vom {date}</source>
        <translation>Entbindung vom {date}</translation>
    </message>
    <message>
        <source>{status} (seit {date})</source>
        <translation>{status} (seit {date})</translation>
    </message>
    <message>
        <source>{purpose}
Weitergegeben: Name, {data}</source>
        <translation>{purpose}
Weitergegeben: Name, {data}</translation>
    </message>
    <message>
        <source>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</source>
        <translation>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</translation>
    </message>
    <message>
        <source>Rückmeldung von {partner} zur Weiterleitung nachfragen</source>
        <translation>Rückmeldung von {partner} zur Weiterleitung nachfragen</translation>
    </message>
    <message>
        <source>Stand gespeichert: {status}.</source>
        <translation>Stand gespeichert: {status}.</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation>Weiterleitungsschreiben drucken</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation>Weiterleitungsschreiben speichern</translation>
    </message>
    <message>
        <source>Kopie gespeichert: {name}</source>
        <translation>Kopie gespeichert: {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Datenbestand wiederherstellen</source>
        <translation>Datenbestand wiederherstellen</translation>
    </message>
    <message>
        <source>Sicherungsdatei</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Durchsuc&amp;hen …</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>Sicherungs&amp;datei:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code der Sicherung verwenden</source>
        <translation>Wiederherstellungs&amp;code der Sicherung verwenden</translation>
    </message>
    <message>
        <source>Wählen Sie die Sicherung und geben Sie die Passphrase ein, die galt, als die Sicherung angelegt wurde. Die Sicherung wird zuerst vollständig geprüft; dabei wird nichts verändert.</source>
        <translation>Wählen Sie die Sicherung und geben Sie die Passphrase ein, die galt, als die Sicherung angelegt wurde. Die Sicherung wird zuerst vollständig geprüft; dabei wird nichts verändert.</translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand in {folder} wird durch diese Sicherung ersetzt. Alles, was nach dem Datum der Sicherung eingegeben wurde, fehlt danach. Der jetzige Datenbestand bleibt als Sicherheitskopie im Datenordner erhalten.</source>
        <translation>Der jetzige Datenbestand in {folder} wird durch diese Sicherung ersetzt. Alles, was nach dem Datum der Sicherung eingegeben wurde, fehlt danach. Der jetzige Datenbestand bleibt als Sicherheitskopie im Datenordner erhalten.</translation>
    </message>
    <message>
        <source>Die Sicherung ist vollständig und unbeschädigt.</source>
        <translation>Die Sicherung ist vollständig und unbeschädigt.</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Sicherung p&amp;rüfen</source>
        <translation>Sicherung p&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode:</source>
        <translation>&amp;Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode der Sicherung</source>
        <translation>Wiederherstellungscode der Sicherung</translation>
    </message>
    <message>
        <source>Pass&amp;phrase der Sicherung:</source>
        <translation>Pass&amp;phrase der Sicherung:</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>MBE-Sicherungen (*.mbebackup)</source>
        <translation>MBE-Sicherungen (*.mbebackup)</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Sicherungsdatei.</source>
        <translation>Bitte wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Die Sicherung wird geprüft …</source>
        <translation>Die Sicherung wird geprüft …</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht geprüft werden.</source>
        <translation>Die Sicherung konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand wird durch die Sicherung ersetzt.</source>
        <translation>Der jetzige Datenbestand wird durch die Sicherung ersetzt.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Akte</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Letzter Fallabschluss</source>
        <translation>Letzter Fallabschluss</translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen am</source>
        <translation>Löschfrist abgelaufen am</translation>
    </message>
    <message>
        <source>Löschfristen</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <source>Akten mit abgelaufener Löschfrist</source>
        <translation>Akten mit abgelaufener Löschfrist</translation>
    </message>
    <message>
        <source>&amp;Alle auswählen</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Keine auswählen</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Ausgewählte &amp;löschen …</source>
        <translation>Ausgewählte &amp;löschen …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>kein Fall (Erstkontakt)</source>
        <translation>kein Fall (Erstkontakt)</translation>
    </message>
    <message>
        <source>{count} Akten haben die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht. Vor dem Löschen bleibt von jedem Fall nur eine Zählung ohne Namen, Daten und Texte für die Statistik; alles andere wird endgültig gelöscht – auch Kontakte, Ziele, Weiterleitungen, Dokumente, Wiedervorlagen und Einwilligungen.</source>
        <translation>{count} Akten haben die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht. Vor dem Löschen bleibt von jedem Fall nur eine Zählung ohne Namen, Daten und Texte für die Statistik; alles andere wird endgültig gelöscht – auch Kontakte, Ziele, Weiterleitungen, Dokumente, Wiedervorlagen und Einwilligungen.</translation>
    </message>
    <message>
        <source>Keine Akte hat die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht.</source>
        <translation>Keine Akte hat die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht.</translation>
    </message>
    <message>
        <source>{count} Akten endgültig löschen</source>
        <translation>{count} Akten endgültig löschen</translation>
    </message>
    <message>
        <source>Endgültig löschen?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>{count} Akten werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden; auch eine spätere Auskunft ist dann nicht mehr möglich.</source>
        <translation>{count} Akten werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden; auch eine spätere Auskunft ist dann nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Sicherungen von vorher enthalten diese Akten noch. Wird eine solche Sicherung wiederhergestellt, löscht MBE Desktop die Akten sofort wieder. Automatische Sicherungen werden spätestens nach Ablauf der Löschfrist entfernt; Sicherungen, die Sie anderswo aufbewahren (z. B. auf einem USB-Stick), löschen Sie bitte selbst, sobald sie älter als die Löschfrist sind.</source>
        <translation>Sicherungen von vorher enthalten diese Akten noch. Wird eine solche Sicherung wiederhergestellt, löscht MBE Desktop die Akten sofort wieder. Automatische Sicherungen werden spätestens nach Ablauf der Löschfrist entfernt; Sicherungen, die Sie anderswo aufbewahren (z. B. auf einem USB-Stick), löschen Sie bitte selbst, sobald sie älter als die Löschfrist sind.</translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Akten werden gelöscht …</source>
        <translation>Akten werden gelöscht …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Beim Löschen ist ein Fehler aufgetreten.</source>
        <translation>Beim Löschen ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Bis dahin gelöscht: {done} Akten.</source>
        <translation>Bis dahin gelöscht: {done} Akten.</translation>
    </message>
    <message>
        <source>{done} Akten wurden endgültig gelöscht; {retained} Beratungsfälle bleiben als anonyme Zählung für die Statistik.</source>
        <translation>{done} Akten wurden endgültig gelöscht; {retained} Beratungsfälle bleiben als anonyme Zählung für die Statistik.</translation>
    </message>
    <message>
        <source>Abgebrochen: {rest} Akten wurden nicht gelöscht.</source>
        <translation>Abgebrochen: {rest} Akten wurden nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Anzeigen</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Eingabe im Klartext anzeigen oder verbergen</source>
        <translation>Eingabe im Klartext anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Eingabe anzeigen</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Sicherheit</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Automatische Sperre nach Minuten ohne Eingabe</source>
        <translation>Automatische Sperre nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Passph&amp;rase ändern …</source>
        <translation>Passph&amp;rase ändern …</translation>
    </message>
    <message>
        <source>A&amp;utomatische Sperre nach:</source>
        <translation>A&amp;utomatische Sperre nach:</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>ohne Eingabe</translation>
    </message>
    <message>
        <source>Nach dieser Zeit ohne Tastatur- oder Mauseingabe und nach dem Ruhezustand wird der Datenbestand gesperrt. Sperren Sie selbst jederzeit mit Strg+L.</source>
        <translation>Nach dieser Zeit ohne Tastatur- oder Mauseingabe und nach dem Ruhezustand wird der Datenbestand gesperrt. Sperren Sie selbst jederzeit mit Strg+L.</translation>
    </message>
    <message>
        <source>eine längere Zeit bis zur automatischen Sperre</source>
        <translation>eine längere Zeit bis zur automatischen Sperre</translation>
    </message>
    <message>
        <source>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue Passphrase.</source>
        <translation>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue Passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>MBE Desktop – Einrichtung</source>
        <translation>MBE Desktop – Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Was es tut</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <source>Alle Befehle sind auch über die Menüs erreichbar: Alt drücken, dann den unterstrichenen Buchstaben.</source>
        <translation>Alle Befehle sind auch über die Menüs erreichbar: Alt drücken, dann den unterstrichenen Buchstaben.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Kooperationsvereinbarung unterschreiben</source>
        <translation>Kooperationsvereinbarung unterschreiben</translation>
    </message>
    <message>
        <source>Unterschrieben am</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation>&amp;Unterschrieben am:</translation>
    </message>
    <message>
        <source>Unter&amp;schreiben</source>
        <translation>Unter&amp;schreiben</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fassung {n} unterschreiben</source>
        <translation>Fassung {n} unterschreiben</translation>
    </message>
    <message>
        <source>Tragen Sie das Datum ein, an dem Sie und die ratsuchende Person die Vereinbarung unterschrieben haben. Damit wird Fassung {n} eingefroren: Sie bleibt so lesbar und druckbar, wie sie unterschrieben wurde. Spätere Änderungen an Zielen oder Schritten ergeben Fassung {next}; den Fortschritt (Status, erledigt am) tragen Sie weiter in der aktuellen Fassung ein.</source>
        <translation>Tragen Sie das Datum ein, an dem Sie und die ratsuchende Person die Vereinbarung unterschrieben haben. Damit wird Fassung {n} eingefroren: Sie bleibt so lesbar und druckbar, wie sie unterschrieben wurde. Spätere Änderungen an Zielen oder Schritten ergeben Fassung {next}; den Fortschritt (Status, erledigt am) tragen Sie weiter in der aktuellen Fassung ein.</translation>
    </message>
    <message>
        <source>Bitte das Datum der Unterschrift eingeben.</source>
        <translation>Bitte das Datum der Unterschrift eingeben.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Zurückstellen</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Zurückstellen bis</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Zurückstellen &amp;bis:</source>
        <translation>Zurückstellen &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>{what}
Fällig am {due}. Bis zum gewählten Tag erscheint sie nicht als fällig.</source>
        <translation>{what}
Fällig am {due}. Bis zum gewählten Tag erscheint sie nicht als fällig.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Anonymisierten &amp;Export …</source>
        <translation>Anonymisierten &amp;Export …</translation>
    </message>
    <message>
        <source>Zahlen für den Träger als .zip speichern – mit Vorschau, was die Datei enthält</source>
        <translation>Zahlen für den Träger als .zip speichern – mit Vorschau, was die Datei enthält</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation>Ratsuchende</translation>
    </message>
    <message>
        <source>betreute Fälle</source>
        <translation>betreute Fälle</translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation>mitberatene Familienangehörige</translation>
    </message>
    <message>
        <source>Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation>Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</translation>
    </message>
    <message>
        <source>Neuzugewanderte (unter 3 Jahren)</source>
        <translation>Neuzugewanderte (unter 3 Jahren)</translation>
    </message>
    <message>
        <source>im Alter von 27 bis 65</source>
        <translation>im Alter von 27 bis 65</translation>
    </message>
    <message>
        <source>Anteil an den Ratsuchenden mit bekanntem Alter.</source>
        <translation>Anteil an den Ratsuchenden mit bekanntem Alter.</translation>
    </message>
    <message>
        <source>Anteil Case Management</source>
        <translation>Anteil Case Management</translation>
    </message>
    <message>
        <source>reguläre Abschlüsse im Case Management</source>
        <translation>reguläre Abschlüsse im Case Management</translation>
    </message>
    <message>
        <source>Fälle und mitberatene Familienangehörige</source>
        <translation>Fälle und mitberatene Familienangehörige</translation>
    </message>
    <message>
        <source>Altersgruppen</source>
        <translation>Altersgruppen</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Häufigste Staatsangehörigkeiten</source>
        <translation>Häufigste Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Erste Staatsangehörigkeit. Gelöschte Ratsuchende sind nur mit ihrer Weltregion erfasst.</source>
        <translation>Erste Staatsangehörigkeit. Gelöschte Ratsuchende sind nur mit ihrer Weltregion erfasst.</translation>
    </message>
    <message>
        <source>Außensprechstunden nach Ort</source>
        <translation>Außensprechstunden nach Ort</translation>
    </message>
    <message>
        <source>Kontakte in der Außensprechstunde mit Datum im Zeitraum, je Ort.</source>
        <translation>Kontakte in der Außensprechstunde mit Datum im Zeitraum, je Ort.</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Die Zahlen für {period} werden gezählt …</source>
        <translation>Die Zahlen für {period} werden gezählt …</translation>
    </message>
    <message>
        <source>Die Zahlen konnten nicht gezählt werden.</source>
        <translation>Die Zahlen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Für {period} ist nichts dokumentiert.</source>
        <translation>Für {period} ist nichts dokumentiert.</translation>
    </message>
    <message>
        <source>Enthalten sind {count} Fälle bereits gelöschter Ratsuchender (nur ihre statistischen Merkmale sind erhalten).</source>
        <translation>Enthalten sind {count} Fälle bereits gelöschter Ratsuchender (nur ihre statistischen Merkmale sind erhalten).</translation>
    </message>
    <message>
        <source>Kontakte und Weiterleitungen einiger gelöschter Fälle sind für diesen Zeitraum nicht erhalten und fehlen hier (erhalten sind sie für Jahre und Halbjahre, bei neueren Löschungen auch für Quartale).</source>
        <translation>Kontakte und Weiterleitungen einiger gelöschter Fälle sind für diesen Zeitraum nicht erhalten und fehlen hier (erhalten sind sie für Jahre und Halbjahre, bei neueren Löschungen auch für Quartale).</translation>
    </message>
    <message>
        <source>davon neu: {new}</source>
        <translation>davon neu: {new}</translation>
    </message>
    <message>
        <source>{part} von {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>{cases} Fälle von {clients} Ratsuchenden</source>
        <translation>{cases} Fälle von {clients} Ratsuchenden</translation>
    </message>
    <message>
        <source>{share} bis unter 3 Jahre in Deutschland (von {whole} mit bekannter Einreise)</source>
        <translation>{share} bis unter 3 Jahre in Deutschland (von {whole} mit bekannter Einreise)</translation>
    </message>
    <message>
        <source>{share} im Alter von 27 bis 65</source>
        <translation>{share} im Alter von 27 bis 65</translation>
    </message>
    <message>
        <source>übrige</source>
        <translation>übrige</translation>
    </message>
    <message>
        <source>Case-Management-Anteil: {share}</source>
        <translation>Case-Management-Anteil: {share}</translation>
    </message>
    <message>
        <source>{count} Kontakte, davon {share} mit Sprachmittlung</source>
        <translation>{count} Kontakte, davon {share} mit Sprachmittlung</translation>
    </message>
    <message>
        <source>regulär abgeschlossen: {all} aller Abschlüsse, {cm} im Case Management</source>
        <translation>regulär abgeschlossen: {all} aller Abschlüsse, {cm} im Case Management</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>davon erreicht</source>
        <translation>davon erreicht</translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation>bei Aufnahme</translation>
    </message>
    <message>
        <source>bei Abschluss</source>
        <translation>bei Abschluss</translation>
    </message>
    <message>
        <source>verbessert: {better} · unverändert: {same} · verschlechtert: {worse}</source>
        <translation>verbessert: {better} · unverändert: {same} · verschlechtert: {worse}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Stand der Weiterleitung</source>
        <translation>Stand der Weiterleitung</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>„Rückmeldung erhalten“ und „Termin vereinbart“ halten das Datum der Rückmeldung fest; solange eine weitergeleitete Anfrage ohne Rückmeldung ist, erinnert „Heute“ daran.</source>
        <translation>„Rückmeldung erhalten“ und „Termin vereinbart“ halten das Datum der Rückmeldung fest; solange eine weitergeleitete Anfrage ohne Rückmeldung ist, erinnert „Heute“ daran.</translation>
    </message>
</context>
<context>
    <name>StepTemplatesSection</name>
    <message>
        <source>Schrittvorlagen</source>
        <translation>Schrittvorlagen</translation>
    </message>
    <message>
        <source>Vorlagen nach Handlungsfeld filtern</source>
        <translation>Vorlagen nach Handlungsfeld filtern</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>Alle Handlungsfelder</translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Eine neue Vorlage anlegen (Strg+N)</source>
        <translation>Eine neue Vorlage anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Eine Kopie der ausgewählten Vorlage als neue Vorlage beginnen</source>
        <translation>Eine Kopie der ausgewählten Vorlage als neue Vorlage beginnen</translation>
    </message>
    <message>
        <source>Löschen…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Die ausgewählte Vorlage löschen (Entf)</source>
        <translation>Die ausgewählte Vorlage löschen (Entf)</translation>
    </message>
    <message>
        <source>Schrittvorlagen: Vorlage löschen</source>
        <translation>Schrittvorlagen: Vorlage löschen</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Vorlage aus oder legen Sie mit „Neu“ eine an.</source>
        <translation>Wählen Sie links eine Vorlage aus oder legen Sie mit „Neu“ eine an.</translation>
    </message>
    <message>
        <source>Eine Vorlage füllt die Schritte eines Ziels mit einem Klick (Kooperationsvereinbarung → „Aus Vorlage“). Die Fälligkeit zählt ab dem Tag, an dem die Schritte eingefügt werden.</source>
        <translation>Eine Vorlage füllt die Schritte eines Ziels mit einem Klick (Kooperationsvereinbarung → „Aus Vorlage“). Die Fälligkeit zählt ab dem Tag, an dem die Schritte eingefügt werden.</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>z. B. Integrationskurs</source>
        <translation>z. B. Integrationskurs</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Handlungsfeld:</source>
        <translation>Handlungsfeld:</translation>
    </message>
    <message>
        <source>Schritte der Vorlage</source>
        <translation>Schritte der Vorlage</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Tage nach
Beginn</source>
        <translation>Tage nach
Beginn</translation>
    </message>
    <message>
        <source>Fällig so viele Tage nach dem Einfügen</source>
        <translation>Fällig so viele Tage nach dem Einfügen</translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation>Schritt nach oben schieben</translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation>Schritt nach unten schieben</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Nicht gespeicherte Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Die Vorlage speichern (Strg+S)</source>
        <translation>Die Vorlage speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Schrittvorlagen: Vorlage speichern</source>
        <translation>Schrittvorlagen: Vorlage speichern</translation>
    </message>
    <message>
        <source>{field} · {count} Schritte</source>
        <translation>{field} · {count} Schritte</translation>
    </message>
    <message>
        <source>{name} (Kopie)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ wurde gespeichert.</source>
        <translation>Die Vorlage „{name}“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Vorlage löschen?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ löschen? Schritte, die schon aus ihr in eine Kooperationsvereinbarung übernommen wurden, bleiben dort erhalten.</source>
        <translation>Die Vorlage „{name}“ löschen? Schritte, die schon aus ihr in eine Kooperationsvereinbarung übernommen wurden, bleiben dort erhalten.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die Vorlage wurde gelöscht.</source>
        <translation>Die Vorlage wurde gelöscht.</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Die Änderungen an der Vorlage „{name}“ sind noch nicht gespeichert.</source>
        <translation>Die Änderungen an der Vorlage „{name}“ sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen an der Vorlage „{name}“ wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Nicht gespeicherte Änderungen an der Vorlage „{name}“ wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen gelöscht; gespeichert wird sie als neue Vorlage.</source>
        <translation>Die Vorlage wurde inzwischen gelöscht; gespeichert wird sie als neue Vorlage.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>Die Vorlage wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen anderweitig geändert. Ihre Eingaben sind noch da: Prüfen Sie sie und speichern Sie erneut.</source>
        <translation>Die Vorlage wurde inzwischen anderweitig geändert. Ihre Eingaben sind noch da: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <source>Datenbestand</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Speicherort</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Speicherort:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Speicher-ID:</source>
        <translation>Speicher-ID:</translation>
    </message>
    <message>
        <source>Angelegt am:</source>
        <translation>Angelegt am:</translation>
    </message>
    <message>
        <source>Die Daten liegen verschlüsselt in diesem Ordner. Ohne Passphrase oder Wiederherstellungscode kann niemand sie lesen.</source>
        <translation>Die Daten liegen verschlüsselt in diesem Ordner. Ohne Passphrase oder Wiederherstellungscode kann niemand sie lesen.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Stärke: noch keine Eingabe</source>
        <translation>Stärke: noch keine Eingabe</translation>
    </message>
    <message>
        <source>Stärke: {label}</source>
        <translation>Stärke: {label}</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Wohin soll die Exportdatei (.zip) geschrieben werden?</source>
        <translation>Wohin soll die Exportdatei (.zip) geschrieben werden?</translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Exportdatei speichern</source>
        <translation>Exportdatei speichern</translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Die Exportdatei wird geschrieben …</source>
        <translation>Die Exportdatei wird geschrieben …</translation>
    </message>
    <message>
        <source>Die Exportdatei konnte nicht geschrieben werden.</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Briefvorlagen für Weiterleitungen</source>
        <translation>Briefvorlagen für Weiterleitungen</translation>
    </message>
    <message>
        <source>Kategorien</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Platzhalter</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Vorlage &amp;speichern</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Standard wiederherstellen …</source>
        <translation>&amp;Standard wiederherstellen …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Platzhalter (Doppelklick fügt ein):</source>
        <translation>&amp;Platzhalter (Doppelklick fügt ein):</translation>
    </message>
    <message>
        <source>Jede Kategorie von Netzwerkpartnern kann eine eigene Vorlage haben; sonst gilt die allgemeine. Platzhalter in geschweiften Klammern werden beim Schreiben ausgefüllt. {Angaben} setzt die Liste der angehakten Angaben ein.</source>
        <translation>Jede Kategorie von Netzwerkpartnern kann eine eigene Vorlage haben; sonst gilt die allgemeine. Platzhalter in geschweiften Klammern werden beim Schreiben ausgefüllt. {Angaben} setzt die Liste der angehakten Angaben ein.</translation>
    </message>
    <message>
        <source>Allgemeine Vorlage</source>
        <translation>Allgemeine Vorlage</translation>
    </message>
    <message>
        <source> (eigene)</source>
        <translation> (eigene)</translation>
    </message>
    <message>
        <source>Eigene Vorlage für diese Kategorie.</source>
        <translation>Eigene Vorlage für diese Kategorie.</translation>
    </message>
    <message>
        <source>Diese Kategorie verwendet die allgemeine Vorlage. Speichern legt eine eigene Vorlage für die Kategorie an.</source>
        <translation>Diese Kategorie verwendet die allgemeine Vorlage. Speichern legt eine eigene Vorlage für die Kategorie an.</translation>
    </message>
    <message>
        <source>Mitgelieferte Standardvorlage.</source>
        <translation>Mitgelieferte Standardvorlage.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde gespeichert.</source>
        <translation>Die Vorlage wurde gespeichert.</translation>
    </message>
    <message>
        <source>Standard wiederherstellen?</source>
        <translation>Standard wiederherstellen?</translation>
    </message>
    <message>
        <source>Die eigene Vorlage dieser Kategorie wird gelöscht; danach gilt wieder die mitgelieferte Vorlage.</source>
        <translation>Die eigene Vorlage dieser Kategorie wird gelöscht; danach gilt wieder die mitgelieferte Vorlage.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die Standardvorlage gilt wieder.</source>
        <translation>Die Standardvorlage gilt wieder.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Neue Wiedervorlage …</source>
        <translation>&amp;Neue Wiedervorlage …</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage (Strg+Umschalt+N)</source>
        <translation>Neue Wiedervorlage (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Kalender exportieren …</source>
        <translation>&amp;Kalender exportieren …</translation>
    </message>
    <message>
        <source>Die Liste als .ics-Datei für Ihren Kalender (nur Aktennummern)</source>
        <translation>Die Liste als .ics-Datei für Ihren Kalender (nur Aktennummern)</translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</source>
        <translation>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Heute ist nichts fällig</source>
        <translation>Heute ist nichts fällig</translation>
    </message>
    <message>
        <source>Hier erscheinen überfällige und heute fällige Wiedervorlagen, dann die der Woche und der nächsten vier Wochen: selbst angelegte und automatische – ablaufende Aufenthaltstitel, fällige Schritte und Überprüfungen der Kooperationsvereinbarung, Case Management ohne Kontakt und Weiterleitungen ohne Rückmeldung.</source>
        <translation>Hier erscheinen überfällige und heute fällige Wiedervorlagen, dann die der Woche und der nächsten vier Wochen: selbst angelegte und automatische – ablaufende Aufenthaltstitel, fällige Schritte und Überprüfungen der Kooperationsvereinbarung, Case Management ohne Kontakt und Weiterleitungen ohne Rückmeldung.</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage legen Sie mit „Neue Wiedervorlage“ (Strg+Umschalt+N) an. Vorlaufzeiten der automatischen Erinnerungen stellen Sie unter „Einstellungen“ (Strg+5) ein.</source>
        <translation>Eine Wiedervorlage legen Sie mit „Neue Wiedervorlage“ (Strg+Umschalt+N) an. Vorlaufzeiten der automatischen Erinnerungen stellen Sie unter „Einstellungen“ (Strg+5) ein.</translation>
    </message>
    <message>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>nichts fällig</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source>{due} fällig, davon {overdue} überfällig</source>
        <translation>{due} fällig, davon {overdue} überfällig</translation>
    </message>
    <message>
        <source>{due} fällig</source>
        <translation>{due} fällig</translation>
    </message>
    <message>
        <source>Heute ist nichts fällig. Das steht in den nächsten Wochen an:</source>
        <translation>Heute ist nichts fällig. Das steht in den nächsten Wochen an:</translation>
    </message>
    <message>
        <source> (Eingabetaste)</source>
        <translation> (Eingabetaste)</translation>
    </message>
    <message>
        <source>Erledigt: {number} – {what}</source>
        <translation>Erledigt: {number} – {what}</translation>
    </message>
    <message>
        <source>Zurückgestellt bis {date}: {number} – {what}</source>
        <translation>Zurückgestellt bis {date}: {number} – {what}</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gespeichert.</source>
        <translation>Die Wiedervorlage wurde gespeichert.</translation>
    </message>
    <message>
        <source>Wiedervorlage löschen</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <source>Die Wiedervorlage vom {date} für {number} endgültig löschen?

„{reason}“

Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</source>
        <translation>Die Wiedervorlage vom {date} für {number} endgültig löschen?

„{reason}“

Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gelöscht.</source>
        <translation>Die Wiedervorlage wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>MBE Desktop – Entsperren</source>
        <translation>MBE Desktop – Entsperren</translation>
    </message>
    <message>
        <source>MBE Desktop – Datenbestand entsperren</source>
        <translation>MBE Desktop – Datenbestand entsperren</translation>
    </message>
    <message>
        <source>Demo-Datenbestand mit erfundenen Daten – Passphrase: {passphrase}</source>
        <translation>Demo-Datenbestand mit erfundenen Daten – Passphrase: {passphrase}</translation>
    </message>
    <message>
        <source>Speicherort des Datenbestands</source>
        <translation>Speicherort des Datenbestands</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Datenbestand in {folder}</source>
        <translation>Datenbestand in {folder}</translation>
    </message>
    <message>
        <source>Angelegt am {date}</source>
        <translation>Angelegt am {date}</translation>
    </message>
    <message>
        <source>Speicher-ID {id}</source>
        <translation>Speicher-ID {id}</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode (vom Notfallblatt):</source>
        <translation>&amp;Wiederherstellungscode (vom Notfallblatt):</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Stattdessen &amp;Passphrase verwenden</source>
        <translation>Stattdessen &amp;Passphrase verwenden</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode &amp;verwenden</source>
        <translation>Wiederherstellungscode &amp;verwenden</translation>
    </message>
    <message>
        <source>Der Datenbestand wird entsperrt …</source>
        <translation>Der Datenbestand wird entsperrt …</translation>
    </message>
    <message>
        <source>Die Dateien im Datenordner bleiben unverändert – bitte löschen Sie sie nicht.</source>
        <translation>Die Dateien im Datenordner bleiben unverändert – bitte löschen Sie sie nicht.</translation>
    </message>
    <message>
        <source>Stellen Sie den Datenbestand aus einer Sicherung wieder her oder wenden Sie sich an Ihre IT-Betreuung.</source>
        <translation>Stellen Sie den Datenbestand aus einer Sicherung wieder her oder wenden Sie sich an Ihre IT-Betreuung.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>{what}, erteilt am {given}. Ab dem Widerruf dürfen keine Daten mehr auf dieser Grundlage verarbeitet oder weitergegeben werden. Der Widerruf wird mit Datum gespeichert und kann nicht zurückgenommen werden.</source>
        <translation>{what}, erteilt am {given}. Ab dem Widerruf dürfen keine Daten mehr auf dieser Grundlage verarbeitet oder weitergegeben werden. Der Widerruf wird mit Datum gespeichert und kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>&amp;Widerruf speichern</source>
        <translation>&amp;Widerruf speichern</translation>
    </message>
    <message>
        <source>Widerrufen &amp;am:</source>
        <translation>Widerrufen &amp;am:</translation>
    </message>
</context>
</TS>
