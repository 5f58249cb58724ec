<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über MBE Desktop</source>
        <translation>About MBE Desktop</translation>
    </message>
    <message>
        <source>&amp;Programm</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>nicht installiert</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Bibliotheken</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>&amp;Bibliotheken</source>
        <translation>&amp;Libraries</translation>
    </message>
    <message>
        <source>Schrift</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Schriften</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>&amp;Schriften</source>
        <translation>&amp;Fonts</translation>
    </message>
    <message>
        <source>Falldokumentation für die Migrationsberatung für erwachsene Zugewanderte (MBE). Arbeitet ohne Internetverbindung; alle Daten liegen verschlüsselt auf diesem Rechner.

Version {version}
Python {python}
Qt {qt}, PySide6 {pyside}

Die mitgelieferten Bibliotheken und Schriften und ihre Lizenzen stehen auf den anderen Reitern.</source>
        <translation>Case documentation for the migration counselling service for adult immigrants (MBE). Works without an internet connection; all data are stored encrypted on this computer.

Version {version}
Python {python}
Qt {qt}, PySide6 {pyside}

The bundled libraries and fonts and their licences are listed on the other tabs.</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Zu {name} ist kein Lizenztext mitgeliefert. Lizenz laut Paketangaben: {licence}</source>
        <translation>No licence text is bundled for {name}. Licence according to the package metadata: {licence}</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>Ordner für die Auskunft wählen</source>
        <translation>Choose a folder for the access report</translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation>Access report saved</translation>
    </message>
    <message>
        <source>Die Auskunft wurde gespeichert:
{pdf}
{json}

Geben Sie die Dateien nur der betroffenen Person selbst (oder ausgedruckt) und löschen Sie sie danach.</source>
        <translation>The access report was saved:
{pdf}
{json}

Give the files only to the data subject in person (or printed) and delete them afterwards.</translation>
    </message>
    <message>
        <source>Die Auskunft konnte nicht erstellt werden.</source>
        <translation>The access report could not be created.</translation>
    </message>
    <message>
        <source>Auskunft nicht gespeichert</source>
        <translation>Access report not saved</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO mit allen Daten dieser Person speichern</source>
        <translation>Save an access report under Art. 15 GDPR with all data of this person</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Die Sicherung wird wiederhergestellt …</source>
        <translation>Restoring the backup …</translation>
    </message>
    <message>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Die Sicherung vom {date} wurde wiederhergestellt. Der vorherige Datenbestand liegt als Sicherheitskopie im Datenordner (Ordner „safety-copies“).</source>
        <translation>The backup of {date} was restored. The previous data store is kept as a safety copy in the data folder (folder “safety-copies”).</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht wiederhergestellt werden.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <source>Aus einer &amp;Sicherung wiederherstellen …</source>
        <translation>Restore from a &amp;backup …</translation>
    </message>
    <message>
        <source>Neueste &amp;Sicherung vom {date} wiederherstellen …</source>
        <translation>Restore the latest &amp;backup of {date} …</translation>
    </message>
    <message>
        <source>Die automatische Sicherung ist fehlgeschlagen: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <source>Datenbestand beschädigt</source>
        <translation>Data store damaged</translation>
    </message>
    <message>
        <source>Die tägliche Prüfung hat Fehler im Datenbestand gefunden. Teile der Daten sind möglicherweise nicht mehr lesbar. Stellen Sie den Datenbestand bitte aus der neuesten Sicherung wieder her; der jetzige bleibt dabei als Sicherheitskopie erhalten.</source>
        <translation>The daily check found errors in the data store. Parts of the data may no longer be readable. Please restore the data store from the latest backup; the current one is kept as a safety copy.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt …</source>
        <translation>Creating the backup …</translation>
    </message>
    <message>
        <source>MBE Desktop wird beendet</source>
        <translation>MBE Desktop is closing</translation>
    </message>
    <message>
        <source>Die automatische Sicherung wird angelegt und geprüft …
Beim Abbrechen wird ohne Sicherung beendet.</source>
        <translation>Creating and checking the automatic backup …
Cancelling quits without a backup.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({name}).</source>
        <translation>Unexpected error ({name}).</translation>
    </message>
    <message>
        <source>MBE Desktop</source>
        <translation>MBE Desktop</translation>
    </message>
    <message>
        <source>Die automatische Sicherung beim Beenden ist fehlgeschlagen: {reason}

Ihre Daten sind im Datenbestand gespeichert. Legen Sie beim nächsten Start eine Sicherung an.</source>
        <translation>The automatic backup on exit failed: {reason}

Your data are saved in the data store. Create a backup the next time you start the program.</translation>
    </message>
    <message>
        <source>Der Datenordner {folder} kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</source>
        <translation>The data folder {folder} cannot be created. Check that you are allowed to write there.</translation>
    </message>
    <message>
        <source>MBE Desktop ist mit diesem Datenbestand bereits geöffnet. Wechseln Sie bitte zum geöffneten Fenster – ein Datenbestand kann nur einmal zur selben Zeit geöffnet sein.</source>
        <translation>MBE Desktop is already open with this data store. Please switch to the open window – a data store can only be open once at a time.</translation>
    </message>
    <message>
        <source>Im Datenordner {folder} kann MBE Desktop nicht schreiben. Prüfen Sie die Berechtigungen des Ordners.</source>
        <translation>MBE Desktop cannot write to the data folder {folder}. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht geöffnet werden.</source>
        <translation>The data store could not be opened.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation>Unsaved input was restored.</translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach 1 Minute ohne Eingabe.</source>
        <translation>Locked automatically after 1 minute without input.</translation>
    </message>
    <message>
        <source>Automatisch gesperrt nach {minutes} Minuten ohne Eingabe.</source>
        <translation>Locked automatically after {minutes} minutes without input.</translation>
    </message>
    <message>
        <source>Gesperrt, weil die Bildschirmsperre aktiv wurde.</source>
        <translation>Locked because the screen lock became active.</translation>
    </message>
    <message>
        <source>Gesperrt, weil der Rechner im Ruhezustand war.</source>
        <translation>Locked because the computer was asleep.</translation>
    </message>
    <message>
        <source>Gesperrt mit Strg+L.</source>
        <translation>Locked with Ctrl+L.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben konnten nicht gesichert werden.</source>
        <translation>Unsaved input could not be kept.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Alle Aktionen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Einträge von Datum</source>
        <translation>Entries from date</translation>
    </message>
    <message>
        <source>Einträge bis Datum</source>
        <translation>Entries to date</translation>
    </message>
    <message>
        <source>Protokolleinträge</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Aktion:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Wer wann welche Daten angelegt, geändert, gelöscht, ausgegeben oder gesichert hat, und jedes Entsperren (§ 22 BDSG, Art. 5 Abs. 2 DSGVO). Das Protokoll enthält keine Namen und keine Inhalte – nur die Art des Datensatzes, seine interne Nummer und die Namen der geänderten Felder.</source>
        <translation>Who created, changed, deleted, exported or backed up which data and when, and every unlock (§ 22 BDSG, Art. 5(2) GDPR). The log contains no names and no content – only the kind of record, its internal number and the names of the changed fields.</translation>
    </message>
    <message>
        <source>„von“ liegt nach „bis“.</source>
        <translation>“from” is after “to”.</translation>
    </message>
    <message>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Felder</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Datensicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <source>Anzahl aufbewahrter automatischer Sicherungen</source>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <source>Aut&amp;omatisch sichern: beim Beenden und einmal täglich beim Entsperren</source>
        <translation>Back up automatically: on e&amp;xit and once a day on unlocking</translation>
    </message>
    <message>
        <source>Letzte Sicherung</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>&amp;Jetzt sichern …</source>
        <translation>&amp;Back up now …</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>Aufbewahren:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>automatische Sicherungen (die ältesten zuerst gelöscht)</source>
        <translation>automatic backups (the oldest are deleted first)</translation>
    </message>
    <message>
        <source>Sicherungsordner:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Letzte Sicherung:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine verschlüsselte Datei (.mbebackup). Sie lässt sich nur mit der Passphrase oder dem Wiederherstellungscode öffnen, die beim Sichern galten. Sichern Sie regelmäßig auch auf einen USB-Stick.</source>
        <translation>A backup is an encrypted file (.mbebackup). It can only be opened with the passphrase or the recovery code that were valid when it was made. Also back up to a USB stick regularly.</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Sicherungsordner wählen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Der Sicherungsordner wurde gespeichert.</source>
        <translation>The backup folder was saved.</translation>
    </message>
    <message>
        <source>nur noch {count} automatische Sicherungen aufbewahren</source>
        <translation>keep only {count} automatic backups</translation>
    </message>
    <message>
        <source>automatische Sicherungen ausschalten</source>
        <translation>switch off automatic backups</translation>
    </message>
    <message>
        <source>Die Sicherung wird angelegt und geprüft …</source>
        <translation>Creating and checking the backup …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Sicherung wurde angelegt und geprüft: {file}</source>
        <translation>The backup was created and checked: {file}</translation>
    </message>
    <message>
        <source>Die Sicherung ist fehlgeschlagen.</source>
        <translation>The backup failed.</translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>Sicherung vom:</source>
        <translation>Backup of:</translation>
    </message>
    <message>
        <source>Programmversion:</source>
        <translation>Program version:</translation>
    </message>
    <message>
        <source>Ratsuchende:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <source>Fälle:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <source>Kontakte:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <source>Speicher-ID:</source>
        <translation>Store ID:</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>keine Angaben im Zeitraum</source>
        <translation>no data in this period</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Leeren</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Datum entfernen</source>
        <translation>Remove the date</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Beratungsfall bearbeiten</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnen</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>&amp;Eröffnet am</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <source>Form der Beratung</source>
        <translation>Form of counselling</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Case Management für komplexe Lagen mit mehreren Beteiligten und einer Kooperationsvereinbarung; sonst Beratung ohne Case Management.</source>
        <translation>Case management for complex situations with several parties and a goal agreement; otherwise counselling without case management.</translation>
    </message>
    <message>
        <source>Formwechsel am</source>
        <translation>Change of form on</translation>
    </message>
    <message>
        <source>Form&amp;wechsel am</source>
        <translation>Change of form o&amp;n</translation>
    </message>
    <message>
        <source>Ab diesem Tag gilt die neue Form (für die Statistik).</source>
        <translation>The new form applies from this day (for the statistics).</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>Fields of &amp;action</translation>
    </message>
    <message>
        <source>Leertaste oder Klick hakt ein Handlungsfeld an.</source>
        <translation>Space or a click ticks a field of action.</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige</source>
        <translation>Co-counselled family members</translation>
    </message>
    <message>
        <source>&amp;Mitberatene Angehörige</source>
        <translation>Co-counselled family &amp;members</translation>
    </message>
    <message>
        <source>Werden in der Statistik getrennt von den Fällen gezählt.</source>
        <translation>Counted separately from the cases in the statistics.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Fall &amp;eröffnen</source>
        <translation>Op&amp;en case</translation>
    </message>
    <message>
        <source>Speichern (Strg+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen (eröffnet am {date}). Prüfen Sie Ihre Eingaben und speichern Sie erneut.</source>
        <translation>The case was reloaded (opened on {date}). Check your input and save again.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Noch kein Beratungsfall</source>
        <translation>No case yet</translation>
    </message>
    <message>
        <source>Ein Beratungsfall sammelt die Kontakte, die Handlungsfelder und – im Case Management – die Kooperationsvereinbarung. Eröffnen Sie ihn beim ersten Beratungsgespräch.</source>
        <translation>A case collects the contacts, the fields of action and – in case management – the goal agreement. Open it at the first counselling session.</translation>
    </message>
    <message>
        <source>&amp;Neuen Beratungsfall eröffnen …</source>
        <translation>&amp;Open a new case …</translation>
    </message>
    <message>
        <source>Beratungsfall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Frühere Fälle der Akte anzeigen</source>
        <translation>Show earlier cases of this record</translation>
    </message>
    <message>
        <source>&amp;Fall:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>Fall &amp;bearbeiten …</source>
        <translation>Ed&amp;it case …</translation>
    </message>
    <message>
        <source>Form, Handlungsfelder, Eröffnungsdatum und mitberatene Angehörige ändern</source>
        <translation>Change the form, fields of action, opening date and co-counselled family members</translation>
    </message>
    <message>
        <source>&amp;Ruhend stellen</source>
        <translation>Mark as &amp;dormant</translation>
    </message>
    <message>
        <source>Ab&amp;schließen …</source>
        <translation>Clo&amp;se …</translation>
    </message>
    <message>
        <source>Art des Abschlusses, Zielerreichung und Situation beim Abschluss erfassen</source>
        <translation>Record the type of closure, goal attainment and the situation at closure</translation>
    </message>
    <message>
        <source>Wieder er&amp;öffnen …</source>
        <translation>Re&amp;open …</translation>
    </message>
    <message>
        <source>&amp;Weiterleiten …</source>
        <translation>&amp;Refer …</translation>
    </message>
    <message>
        <source>An einen Netzwerkpartner weiterleiten: Schreiben mit den nötigen Angaben, geprüft gegen die Schweigepflichtentbindung</source>
        <translation>Refer to a partner: a letter with the necessary details, checked against the confidentiality release</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontakt &amp;erfassen … (Strg+K)</source>
        <translation>R&amp;ecord contact … (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ein Beratungsgespräch dokumentieren (Strg+K)</source>
        <translation>Document a counselling session (Ctrl+K)</translation>
    </message>
    <message>
        <source>Bearbei&amp;ten …</source>
        <translation>Edi&amp;t …</translation>
    </message>
    <message>
        <source>Gewählten Kontakt bearbeiten (Doppelklick)</source>
        <translation>Edit the selected contact (double-click)</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Gewählten Kontakt löschen</source>
        <translation>Delete the selected contact</translation>
    </message>
    <message>
        <source>Noch keine Kontakte in diesem Fall. Mit „Kontakt erfassen …“ (Strg+K) dokumentieren Sie ein Beratungsgespräch.</source>
        <translation>No contacts in this case yet. Use “Record contact …” (Ctrl+K) to document a counselling session.</translation>
    </message>
    <message>
        <source>Kontakte gehören zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen mit „Neuen Beratungsfall eröffnen …“.</source>
        <translation>Contacts belong to an open case. First open one with “Open a new case …”.</translation>
    </message>
    <message>
        <source>Fall vom {date} – {status}</source>
        <translation>Case of {date} – {status}</translation>
    </message>
    <message>
        <source>ruhend seit {date}</source>
        <translation>dormant since {date}</translation>
    </message>
    <message>
        <source>Eröffnet am {date}</source>
        <translation>Opened on {date}</translation>
    </message>
    <message>
        <source>{count} Kontakte, zuletzt am {date}</source>
        <translation>{count} contacts, last on {date}</translation>
    </message>
    <message>
        <source>1 Kontakt am {date}</source>
        <translation>1 contact on {date}</translation>
    </message>
    <message>
        <source>{count} mitberatene Familienangehörige</source>
        <translation>{count} co-counselled family members</translation>
    </message>
    <message>
        <source>Handlungsfelder: {fields}</source>
        <translation>Fields of action: {fields}</translation>
    </message>
    <message>
        <source>Handlungsfelder: noch keine gewählt (Fall bearbeiten …)</source>
        <translation>Fields of action: none chosen yet (Edit case …)</translation>
    </message>
    <message>
        <source>Wieder &amp;aufnehmen</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Der Fall wird wieder als offen geführt.</source>
        <translation>The case is treated as open again.</translation>
    </message>
    <message>
        <source>Der Fall bleibt bestehen, ruht aber, z. B. während einer längeren Abwesenheit der ratsuchenden Person.</source>
        <translation>The case remains but is dormant, e.g. during a longer absence of the client.</translation>
    </message>
    <message>
        <source>am {date} zu „{form}“</source>
        <translation>on {date} to “{form}”</translation>
    </message>
    <message>
        <source>Formwechsel: {changes}</source>
        <translation>Change of form: {changes}</translation>
    </message>
    <message>
        <source>Abgeschlossen am {date}: {closure}</source>
        <translation>Closed on {date}: {closure}</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation>Integration course</translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Situation beim Abschluss: {facts}</source>
        <translation>Situation at closure: {facts}</translation>
    </message>
    <message>
        <source>Abgeschlossene Fälle sind nur lesbar.</source>
        <translation>Closed cases are read-only.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>(keine Notiz)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Nächste Schritte: {text}</source>
        <translation>Next steps: {text}</translation>
    </message>
    <message>
        <source>In diesem Fall wurden keine Kontakte erfasst.</source>
        <translation>No contacts were recorded in this case.</translation>
    </message>
    <message>
        <source>Der Beratungsfall wurde eröffnet. Kontakte erfassen Sie mit Strg+K.</source>
        <translation>The case was opened. Record contacts with Ctrl+K.</translation>
    </message>
    <message>
        <source>Die Angaben zum Fall wurden gespeichert.</source>
        <translation>The case details were saved.</translation>
    </message>
    <message>
        <source>Der Fall ruht jetzt. Mit „Wieder aufnehmen“ wird er wieder als offen geführt.</source>
        <translation>The case is now dormant. “Resume” makes it open again.</translation>
    </message>
    <message>
        <source>Der Fall ist wieder aufgenommen.</source>
        <translation>The case has been resumed.</translation>
    </message>
    <message>
        <source>Der Fall wurde abgeschlossen ({closure}).</source>
        <translation>The case was closed ({closure}).</translation>
    </message>
    <message>
        <source>Fall wieder eröffnen?</source>
        <translation>Reopen the case?</translation>
    </message>
    <message>
        <source>Der Fall vom {opened} wird wieder eröffnet. Der Abschluss ({closure}) wird zurückgenommen; der Fall zählt wieder als offen.</source>
        <translation>The case of {opened} will be reopened. The closure ({closure}) is withdrawn; the case counts as open again.</translation>
    </message>
    <message>
        <source>Wieder &amp;eröffnen</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Der Fall ist wieder offen.</source>
        <translation>The case is open again.</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen; bitte wiederholen Sie den Schritt.</source>
        <translation>The case was reloaded; please repeat the step.</translation>
    </message>
    <message>
        <source>Kontakt löschen?</source>
        <translation>Delete the contact?</translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr ({form}) wird mit Notiz und nächsten Schritten gelöscht. Das kann nicht rückgängig gemacht werden.</source>
        <translation>The contact of {when} ({form}) will be deleted with its note and next steps. This cannot be undone.</translation>
    </message>
    <message>
        <source>Der Kontakt vom {when} Uhr wurde gelöscht.</source>
        <translation>The contact of {when} was deleted.</translation>
    </message>
    <message>
        <source>Der nicht gespeicherte Kontakt wurde wiederhergestellt.</source>
        <translation>The unsaved contact was restored.</translation>
    </message>
    <message>
        <source>Die nicht gespeicherten Angaben zum Fall wurden wiederhergestellt.</source>
        <translation>The unsaved case details were restored.</translation>
    </message>
    <message>
        <source>Der nicht gespeicherte Abschluss des Falls wurde wiederhergestellt.</source>
        <translation>The unsaved closure of the case was restored.</translation>
    </message>
    <message>
        <source>Der Fall wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>The case has been changed elsewhere in the meantime – check the details before saving.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>1 bis unter 2 Jahre</source>
        <translation>1 to under 2 years</translation>
    </message>
    <message>
        <source>2 bis unter 3 Jahre</source>
        <translation>2 to under 3 years</translation>
    </message>
    <message>
        <source>27 bis 44</source>
        <translation>27 to 44</translation>
    </message>
    <message>
        <source>3 Jahre und länger</source>
        <translation>3 years and more</translation>
    </message>
    <message>
        <source>45 bis 65</source>
        <translation>45 to 65</translation>
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
        <translation>Closures by type and form of counselling</translation>
    </message>
    <message>
        <source>Afrika südlich der Sahara</source>
        <translation>Sub-Saharan Africa</translation>
    </message>
    <message>
        <source>Agentur für Arbeit</source>
        <translation>Employment agency</translation>
    </message>
    <message>
        <source>Amerika</source>
        <translation>Americas</translation>
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
        <translation>Count</translation>
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
        <translation>Asia</translation>
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
        <translation>Residence status at intake. Clients with at least one case supported in the period, each person once; age and length of stay when their first case in the period was opened.</translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation>residence title expires</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access report under Art. 15 GDPR</translation>
    </message>
    <message>
        <source>Ausländerbehörde</source>
        <translation>Immigration office</translation>
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
        <translation>Cases (supported)</translation>
    </message>
    <message>
        <source>Berufsausbildung</source>
        <translation>vocational qualification</translation>
    </message>
    <message>
        <source>Betreute Fälle nach Beratungsform</source>
        <translation>Supported cases by form of counselling</translation>
    </message>
    <message>
        <source>Betreute Fälle nach Handlungsfeld</source>
        <translation>Supported cases by field of action</translation>
    </message>
    <message>
        <source>Betreute Fälle: im Zeitraum an mindestens einem Tag offen oder ruhend; neu: im Zeitraum eröffnet; abgeschlossen: im Zeitraum abgeschlossen. Mitberatene Familienangehörige: Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation>Supported cases: open or dormant on at least one day of the period; new: opened in the period; closed: closed in the period. Co-counselled family members: sum over the supported cases, counted separately from the cases.</translation>
    </message>
    <message>
        <source>Bezug von Sozialleistungen bei Aufnahme und bei Abschluss</source>
        <translation>Receipt of social benefits at intake and at closure</translation>
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
        <translation>German language skills at intake and at closure</translation>
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
        <translation>EU member states</translation>
    </message>
    <message>
        <source>Ehrenamt und Vereine</source>
        <translation>Volunteers and associations</translation>
    </message>
    <message>
        <source>Ein Fall kann mehrere Handlungsfelder haben; deshalb gibt es keine Summe.</source>
        <translation>A case can have several fields of action; therefore there is no total.</translation>
    </message>
    <message>
        <source>Ein Fall zählt als Case Management, wenn er an mindestens einem Tag des Zeitraums im Case Management war.</source>
        <translation>A case counts as case management if it was in case management on at least one day of the period.</translation>
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
        <translation>Consent form</translation>
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
        <translation>First nationality. In the export, countries with fewer persons than the threshold are grouped into world regions, small regions into “other”. Clients with at least one case supported in the period, each person once; age and length of stay when their first case in the period was opened.</translation>
    </message>
    <message>
        <source>Erwerbssituation bei Aufnahme und bei Abschluss</source>
        <translation>Employment situation at intake and at closure</translation>
    </message>
    <message>
        <source>Europa ohne EU</source>
        <translation>Europe outside the EU</translation>
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
        <translation>FreizügG/EU</translation>
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
        <translation>Goals of the cases closed in the period, with the assessment at closure.</translation>
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
        <translation>Cases closed in the period: level at closure compared with intake.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand bei Aufnahme und beim Abschluss.</source>
        <translation>Cases closed in the period: status at intake and at closure.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle: Stand des Integrations- oder Sprachkurses.</source>
        <translation>Cases closed in the period: status of the integration or language course.</translation>
    </message>
    <message>
        <source>Im Zeitraum abgeschlossene Fälle; Beratungsform wie bei den betreuten Fällen. Regulär sind „mit Abschlussgespräch“ und „Anliegen erledigt“.</source>
        <translation>Cases closed in the period; form of counselling as for the supported cases. Regular closures are “with closing conversation” and “matters resolved”.</translation>
    </message>
    <message>
        <source>Integrationskurs</source>
        <translation>integration course</translation>
    </message>
    <message>
        <source>Integrationskurs bei Aufnahme und bei Abschluss</source>
        <translation>Integration course at intake and at closure</translation>
    </message>
    <message>
        <source>Integrationskursträger</source>
        <translation>Integration course provider</translation>
    </message>
    <message>
        <source>Jahre von der Einreise bis zur Eröffnung des ersten Falls im Zeitraum; bis unter 3 Jahre gelten als Neuzugewanderte. Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Years from arrival to the opening of the first case in the period; under 3 years count as new immigrants. Clients with at least one case supported in the period, each person once; age and length of stay when their first case in the period was opened.</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum, bei denen gedolmetscht wurde.</source>
        <translation>Contacts dated in the period at which interpreting was used.</translation>
    </message>
    <message>
        <source>Kontakte mit Datum im Zeitraum; Außensprechstunden sind eine eigene Form.</source>
        <translation>Contacts dated in the period; outreach consultations are a form of their own.</translation>
    </message>
    <message>
        <source>Kontakte mit Sprachmittlung</source>
        <translation>Contacts with interpreting</translation>
    </message>
    <message>
        <source>Kontakte nach Form</source>
        <translation>Contacts by form</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation>Goal agreement</translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <source>Naher Osten und Nordafrika</source>
        <translation>Middle East and North Africa</translation>
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
        <translation>Oceania</translation>
    </message>
    <message>
        <source>Psychosoziale Situation</source>
        <translation>Psychosocial matters</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>Clients with at least one case supported in the period, each person once; age and length of stay when their first case in the period was opened.</translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsdauer in Deutschland</source>
        <translation>Clients by length of stay in Germany</translation>
    </message>
    <message>
        <source>Ratsuchende nach Aufenthaltsstatus</source>
        <translation>Clients by residence status</translation>
    </message>
    <message>
        <source>Ratsuchende nach Geschlecht und Altersgruppe</source>
        <translation>Clients by gender and age group</translation>
    </message>
    <message>
        <source>Ratsuchende nach Staatsangehörigkeit</source>
        <translation>Clients by nationality</translation>
    </message>
    <message>
        <source>Ratsuchende nach Zugangsweg</source>
        <translation>Clients by access route</translation>
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
        <translation>Ethnic German resettlers (§ 9 BVFG) or naturalised</translation>
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
        <translation>Change in German language skills</translation>
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
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Weiterleitungen nach Art des Netzwerkpartners</source>
        <translation>Referrals by type of partner</translation>
    </message>
    <message>
        <source>Weiterleitungen, die im Zeitraum verschickt wurden (Entwürfe zählen nicht).</source>
        <translation>Referrals sent in the period (drafts do not count).</translation>
    </message>
    <message>
        <source>Widerrufsdatum</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <source>Wie die Person zur MBE gefunden hat (bei Aufnahme). Ratsuchende mit mindestens einem im Zeitraum betreuten Fall, jede Person einmal; Alter und Aufenthaltsdauer bei Eröffnung ihres ersten Falls im Zeitraum.</source>
        <translation>How the person found the MBE (at intake). Clients with at least one case supported in the period, each person once; age and length of stay when their first case in the period was opened.</translation>
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
        <translation>Goal attainment by field of action</translation>
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
        <translation>closed</translation>
    </message>
    <message>
        <source>abgeschlossene Fälle</source>
        <translation>closed cases</translation>
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
        <translation>at closure</translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation>at intake</translation>
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
        <translation>of which newly opened</translation>
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
        <translation>with interpreting</translation>
    </message>
    <message>
        <source>mit Wiederherstellungscode</source>
        <translation>with recovery code</translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation>co-counselled family members</translation>
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
        <translation>not recorded</translation>
    </message>
    <message>
        <source>nicht erreicht</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>nicht vergleichbar (unbekannt)</source>
        <translation>not comparable (unknown)</translation>
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
        <translation>without interpreting</translation>
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
        <translation>stateless, unresolved or not recorded</translation>
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
        <translation>under 1 year</translation>
    </message>
    <message>
        <source>unter 27</source>
        <translation>under 27</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>verbessert</source>
        <translation>improved</translation>
    </message>
    <message>
        <source>verpflichtet</source>
        <translation>obliged</translation>
    </message>
    <message>
        <source>verschlechtert</source>
        <translation>declined</translation>
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
        <translation>e.g. §§ 7, 37, 38 AufenthG</translation>
    </message>
    <message>
        <source>zugelassen (auf Antrag)</source>
        <translation>admitted on application</translation>
    </message>
    <message>
        <source>§ 18g AufenthG</source>
        <translation>§ 18g AufenthG</translation>
    </message>
    <message>
        <source>§ 24 AufenthG, v. a. Geflüchtete aus der Ukraine</source>
        <translation>§ 24 AufenthG, mainly refugees from Ukraine</translation>
    </message>
    <message>
        <source>§ 55 AsylG</source>
        <translation>§ 55 AsylG</translation>
    </message>
    <message>
        <source>§ 60a AufenthG; keine MBE-Zielgruppe, wird aber dokumentiert</source>
        <translation>§ 60a AufenthG; not an MBE target group, but documented</translation>
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
        <translation>§§ 18–21 AufenthG (without EU Blue Card)</translation>
    </message>
    <message>
        <source>§§ 22–23a, 25, 25a, 25b, 104c AufenthG (ohne § 24)</source>
        <translation>§§ 22–23a, 25, 25a, 25b, 104c AufenthG (without § 24)</translation>
    </message>
    <message>
        <source>§§ 27–36a AufenthG</source>
        <translation>§§ 27–36a AufenthG</translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation>goal agreement review</translation>
    </message>
    <message>
        <source>über 65</source>
        <translation>over 65</translation>
    </message>
    <message>
        <source>über die Kommandozeile</source>
        <translation>via the command line</translation>
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
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Die neue Passphrase gilt ab sofort. Die Daten selbst werden dabei nicht verändert; der Wiederherstellungscode bleibt gültig.</source>
        <translation>The new passphrase applies immediately. The data themselves are not changed; the recovery code stays valid.</translation>
    </message>
    <message>
        <source>Bisherige Passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation>Forgot the passphrase? &amp;Use the recovery code</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation>from the emergency sheet</translation>
    </message>
    <message>
        <source>&amp;Bisherige Passphrase:</source>
        <translation>Current &amp;passphrase:</translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation>the recovery code</translation>
    </message>
    <message>
        <source>die bisherige Passphrase</source>
        <translation>the current passphrase</translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation>Please enter {what}.</translation>
    </message>
    <message>
        <source>Die Passphrase wird geändert …</source>
        <translation>Changing the passphrase …</translation>
    </message>
    <message>
        <source>Die Passphrase konnte nicht geändert werden.</source>
        <translation>The passphrase could not be changed.</translation>
    </message>
</context>
<context>
    <name>ClientFollowUpsPanel</name>
    <message>
        <source>Wiedervorlagen dieser Person</source>
        <translation>Follow-ups of this person</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zu&amp;rückstellen</source>
        <translation>&amp;Postpone</translation>
    </message>
    <message>
        <source>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</source>
        <translation>By one day (Ctrl+T), one week (Ctrl+Shift+T) or until a date</translation>
    </message>
    <message>
        <source>Noch keine Wiedervorlagen für diese Person. Eine legen Sie mit „Neue Wiedervorlage …“ oben in der Akte an (Strg+Umschalt+N), oder zu einem Schritt der Kooperationsvereinbarung, einem Kontakt oder einer Weiterleitung. Automatische Erinnerungen stehen in „Heute“.</source>
        <translation>No follow-ups for this person yet. Create one with “New follow-up …” at the top of the record (Ctrl+Shift+N), or for a step of the goal agreement, a contact or a referral. Automatic reminders are listed under “Today”.</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>erledigt am {date}</source>
        <translation>done on {date}</translation>
    </message>
    <message>
        <source>zurückgestellt bis {date}</source>
        <translation>postponed until {date}</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Erledigt: {reason}</source>
        <translation>Done: {reason}</translation>
    </message>
    <message>
        <source>Zurückgestellt bis {date}: {reason}</source>
        <translation>Postponed until {date}: {reason}</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gespeichert.</source>
        <translation>The follow-up was saved.</translation>
    </message>
    <message>
        <source>Die Wiedervorlage vom {date} endgültig löschen?

„{reason}“</source>
        <translation>Permanently delete the follow-up of {date}?

“{reason}”</translation>
    </message>
    <message>
        <source>Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</source>
        <translation>If it is done, better mark it as done: then it remains visible in the record.</translation>
    </message>
    <message>
        <source>Wiedervorlage löschen</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gelöscht.</source>
        <translation>The follow-up was deleted.</translation>
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
        <translation>Arrival and residence</translation>
    </message>
    <message>
        <source>Sprache und Integrationskurs</source>
        <translation>Language and integration course</translation>
    </message>
    <message>
        <source>Bildung und Arbeit</source>
        <translation>Education and work</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Schreiben Sie den Namen so, wie die Person ihn schreibt. Steht er in einer anderen Schrift (z. B. Arabisch oder Kyrillisch), tragen Sie zusätzlich die lateinische Schreibweise ein – dann findet die Suche die Akte auf beide Arten.</source>
        <translation>Write the name the way the person writes it. If it is in another script (e.g. Arabic or Cyrillic), also enter the Latin spelling – then the search finds the record both ways.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Familienname*</source>
        <translation>&amp;Surname*</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <translation>First name(s)</translation>
    </message>
    <message>
        <source>V&amp;orname(n)</source>
        <translation>F&amp;irst name(s)</translation>
    </message>
    <message>
        <source>Name in lateinischer Schrift</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <source>nur nötig bei anderer Schrift, z. B. Oleksandr Koval</source>
        <translation>only needed for another script, e.g. Oleksandr Koval</translation>
    </message>
    <message>
        <source>&amp;Name in lateinischer Schrift</source>
        <translation>&amp;Name in Latin script</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>&amp;Geschlecht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>nur Geburtsjahr</source>
        <translation>year of birth only</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn das genaue Datum unbekannt ist.</source>
        <translation>Fill in only if the exact date is unknown.</translation>
    </message>
    <message>
        <source>oder nur Geburts&amp;jahr:</source>
        <translation>or only the &amp;year of birth:</translation>
    </message>
    <message>
        <source>Geburtsdatu&amp;m</source>
        <translation>Date of bi&amp;rth</translation>
    </message>
    <message>
        <source>Land suchen, z. B. „syr“, dann Enter</source>
        <translation>Search for a country, e.g. “syr”, then Enter</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Staatsangehörig&amp;keit</source>
        <translation>Nationalit&amp;y</translation>
    </message>
    <message>
        <source>Mehrere möglich; die zuerst gewählte zählt als erste.</source>
        <translation>Several possible; the one chosen first counts as the first.</translation>
    </message>
    <message>
        <source>Das Einreisedatum zeigt, ob die Person in den ersten drei Jahren nach der Ankunft ist. Bei befristeten Titeln halten Sie fest, bis wann sie gelten.</source>
        <translation>The date of arrival shows whether the person is in the first three years after arrival. For fixed-term titles, record until when they are valid.</translation>
    </message>
    <message>
        <source>Einreise nach Deutschland</source>
        <translation>Arrival in Germany</translation>
    </message>
    <message>
        <source>&amp;Einreise am</source>
        <translation>&amp;Arrived on</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Aufe&amp;nthaltsstatus</source>
        <translation>Residence s&amp;tatus</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Rechts&amp;grundlage</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Gültig &amp;bis</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>Leer lassen bei unbefristetem Status.</source>
        <translation>Leave empty for a permanent status.</translation>
    </message>
    <message>
        <source>Sprachen, in denen die Beratung möglich ist, und der Stand beim Deutschlernen. Der Stand bei der Aufnahme wird beim Abschluss wieder erfasst.</source>
        <translation>Languages in which counselling is possible, and progress in learning German. The status at intake is recorded again at closure.</translation>
    </message>
    <message>
        <source>Sprache suchen, z. B. „arab“, dann Enter</source>
        <translation>Search for a language, e.g. “arab”, then Enter</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Spra&amp;chen</source>
        <translation>Lan&amp;guages</translation>
    </message>
    <message>
        <source>nötig</source>
        <translation>needed</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation>Interpreting needed</translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation>Language for interpreting</translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation>– choose a language –</translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation>in the language:</translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation>Inter&amp;preting</translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation>German language skills</translation>
    </message>
    <message>
        <source>Deutsch&amp;kenntnisse</source>
        <translation>German s&amp;kills</translation>
    </message>
    <message>
        <source>Zugang zum Integrationskurs</source>
        <translation>Access to the integration course</translation>
    </message>
    <message>
        <source>&amp;Integrationskurs</source>
        <translation>&amp;Integration course</translation>
    </message>
    <message>
        <source>Stand des Kurses</source>
        <translation>Course status</translation>
    </message>
    <message>
        <source>Kursteil&amp;nahme</source>
        <translation>Course parti&amp;cipation</translation>
    </message>
    <message>
        <source>Schul- und Berufsabschlüsse, die Anerkennung ausländischer Abschlüsse und die Lebensgrundlage bei der Aufnahme.</source>
        <translation>School and vocational qualifications, recognition of foreign qualifications and the means of living at intake.</translation>
    </message>
    <message>
        <source>Bildungsabschluss</source>
        <translation>Educational qualification</translation>
    </message>
    <message>
        <source>&amp;Bildungsabschluss</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <source>Beruf oder Qualifikation</source>
        <translation>Occupation or qualification</translation>
    </message>
    <message>
        <source>z. B. Krankenpflegerin (Ukraine)</source>
        <translation>e.g. nurse (Ukraine)</translation>
    </message>
    <message>
        <source>Beruf/&amp;Qualifikation</source>
        <translation>Occupation/&amp;qualification</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>A&amp;nerkennung</source>
        <translation>Rec&amp;ognition</translation>
    </message>
    <message>
        <source>Erwerbssituation</source>
        <translation>Employment situation</translation>
    </message>
    <message>
        <source>E&amp;rwerbssituation</source>
        <translation>E&amp;mployment</translation>
    </message>
    <message>
        <source>Leistungsbezug</source>
        <translation>Benefits received</translation>
    </message>
    <message>
        <source>&amp;Leistungsbezug</source>
        <translation>&amp;Benefits</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige werden später im Fall erfasst und in der Statistik getrennt gezählt.</source>
        <translation>Co-counselled family members are recorded later in the case and counted separately in the statistics.</translation>
    </message>
    <message>
        <source>Personen im Haushalt</source>
        <translation>Persons in the household</translation>
    </message>
    <message>
        <source> Person(en)</source>
        <translation> person(s)</translation>
    </message>
    <message>
        <source>&amp;Größe des Haushalts</source>
        <translation>&amp;Household size</translation>
    </message>
    <message>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>&amp;Kinder</source>
        <translation>C&amp;hildren</translation>
    </message>
    <message>
        <source>Wohnsituation</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Wohnsit&amp;uation</source>
        <translation>Living sit&amp;uation</translation>
    </message>
    <message>
        <source>Wie die Person erreichbar ist, und wann und wo das erste Gespräch stattfand.</source>
        <translation>How the person can be reached, and when and where the first conversation took place.</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>St&amp;raße</source>
        <translation>St&amp;reet</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation>Postcode and to&amp;wn</translation>
    </message>
    <message>
        <source>Datum des Erstkontakts</source>
        <translation>Date of first contact</translation>
    </message>
    <message>
        <source>Erst&amp;kontakt am</source>
        <translation>First contact o&amp;n</translation>
    </message>
    <message>
        <source>Ort des Erstkontakts</source>
        <translation>Place of first contact</translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation>at the office</translation>
    </message>
    <message>
        <source>Außensprechstunde: {name}</source>
        <translation>Outreach consultation: {name}</translation>
    </message>
    <message>
        <source>anderer Ort …</source>
        <translation>other place …</translation>
    </message>
    <message>
        <source>Anderer Ort des Erstkontakts</source>
        <translation>Other place of first contact</translation>
    </message>
    <message>
        <source>z. B. Gemeinschaftsunterkunft Am Hang</source>
        <translation>e.g. shared accommodation Am Hang</translation>
    </message>
    <message>
        <source>&amp;Ort des Erstkontakts</source>
        <translation>Place of first con&amp;tact</translation>
    </message>
    <message>
        <source>Aufmerksam geworden durch</source>
        <translation>Found out about us through</translation>
    </message>
    <message>
        <source>Aufmerksam geworden dur&amp;ch</source>
        <translation>Found out a&amp;bout us through</translation>
    </message>
    <message>
        <source>Ohne Einwilligung in die Datenverarbeitung wird keine Akte angelegt. Erklären Sie, wofür die Daten verwendet werden; das Formular zur Unterschrift können Sie nach dem Speichern drucken oder als PDF speichern.</source>
        <translation>No record is created without consent to data processing. Explain what the data are used for; you can print the form for signature or save it as a PDF after saving.</translation>
    </message>
    <message>
        <source>liegt vor</source>
        <translation>given</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung liegt vor</source>
        <translation>Consent to data processing given</translation>
    </message>
    <message>
        <source>Datum der Einwilligung</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>erteilt a&amp;m:</source>
        <translation>given o&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Einwilligung*</source>
        <translation>C&amp;onsent*</translation>
    </message>
    <message>
        <source>Umfang der Einwilligung</source>
        <translation>Scope of consent</translation>
    </message>
    <message>
        <source>&amp;Umfang der Einwilligung</source>
        <translation>Sco&amp;pe of consent</translation>
    </message>
    <message>
        <source>z. B. {hint}</source>
        <translation>e.g. {hint}</translation>
    </message>
    <message>
        <source>z. B. § 25 Abs. 2 AufenthG</source>
        <translation>e.g. § 25 Abs. 2 AufenthG</translation>
    </message>
    <message>
        <source>Außensprechstunde (nicht mehr angeboten)</source>
        <translation>Outreach consultation (no longer offered)</translation>
    </message>
    <message>
        <source>Bitte prüfen: In diesem Abschnitt fehlt etwas.</source>
        <translation>Please check: something is missing in this section.</translation>
    </message>
    <message>
        <source>Hinweise in diesem Abschnitt</source>
        <translation>Notes in this section</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Fallform</source>
        <translation>Case form</translation>
    </message>
    <message>
        <source>Fallstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Nächste Wiedervorlage</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Nach „{column}“ sortieren</source>
        <translation>Sort by “{column}”</translation>
    </message>
    <message>
        <source>{name} – {reason}</source>
        <translation>{name} – {reason}</translation>
    </message>
    <message>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <source>{name}
Lateinische Schreibweise: {latin}</source>
        <translation>{name}
Latin spelling: {latin}</translation>
    </message>
    <message>
        <source>Gefunden als {reason} (nicht buchstabengleich mit der Suche)</source>
        <translation>Found as {reason} (not letter for letter what was searched)</translation>
    </message>
    <message>
        <source>Wiedervorlage fällig</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>ClientRecordPage</name>
    <message>
        <source>← &amp;Zurück zur Liste</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>Zurück zur Liste der Ratsuchenden (Alt+←)</source>
        <translation>Back to the list of clients (Alt+←)</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Undo unsaved changes</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung</source>
        <translation>Goal agreement</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Alle Einträge</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Beratungsfall (Eröffnung, Wechsel, Abschluss)</source>
        <translation>Case (opening, change, closure)</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung, Ziele und Schritte</source>
        <translation>Goal agreement, goals and steps</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dokumente und Einwilligungen</source>
        <translation>Documents and consents</translation>
    </message>
    <message>
        <source>Akte: zurück zur Liste</source>
        <translation>Record: back to the list</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage …</source>
        <translation>New follow-up …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage für diese Person anlegen (Strg+Umschalt+N)</source>
        <translation>Create a follow-up for this person (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Akte: neue Wiedervorlage</source>
        <translation>Record: new follow-up</translation>
    </message>
    <message>
        <source>Akte: Stammdaten speichern</source>
        <translation>Record: save master data</translation>
    </message>
    <message>
        <source>Akte: Kontakt erfassen</source>
        <translation>Record: record a contact</translation>
    </message>
    <message>
        <source>Ein&amp;träge:</source>
        <translation>En&amp;tries:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Verlauf</source>
        <translation>No entries in the history yet</translation>
    </message>
    <message>
        <source>Hier erscheint die Geschichte der Beratung als eine Zeitleiste: Beratungsfälle, Kontakte, Handlungsziele, Weiterleitungen an Netzwerkpartner, Wiedervorlagen, Einwilligungen und abgelegte Dokumente – jeweils mit Datum.</source>
        <translation>The history of the counselling appears here as a timeline: cases, contacts, goals, referrals to partners, follow-ups, consents and filed documents – each with its date.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PD&amp;F speichern …</source>
        <translation>Save the consent form as PD&amp;F …</translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation>P&amp;rint the consent form …</translation>
    </message>
    <message>
        <source>Einwilligung in die Datenverarbeitung</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>Gespeicherte Dokumente</source>
        <translation>Saved documents</translation>
    </message>
    <message>
        <source>Noch keine Dokumente gespeichert. Hier erscheinen die Schreiben und Dokumente dieser Person, die MBE Desktop verschlüsselt im Datenbestand aufbewahrt – etwa die abgelegte Einwilligungserklärung.</source>
        <translation>No documents saved yet. The letters and documents of this person that MBE Desktop keeps encrypted in the data store appear here – such as the filed consent form.</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Abgelegt am</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Einwilligung im Datenbestand able&amp;gen</source>
        <translation>&amp;File the consent in the data store</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung als PDF verschlüsselt in der Akte aufbewahren</source>
        <translation>Keep the consent form as an encrypted PDF in the record</translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <source>Das ausgewählte Dokument als Datei außerhalb des Datenbestands speichern</source>
        <translation>Save the selected document as a file outside the data store</translation>
    </message>
    <message>
        <source>in der Beratungsstelle</source>
        <translation>at the office</translation>
    </message>
    <message>
        <source>{date}  Erstkontakt – {place}</source>
        <translation>{date}  First contact – {place}</translation>
    </message>
    <message>
        <source>Eingewilligt am {date}. Das Formular zur Unterschrift können Sie jederzeit erneut erzeugen.</source>
        <translation>Consent given on {date}. You can create the form for signature again at any time.</translation>
    </message>
    <message>
        <source>Es ist keine Einwilligung erfasst (Abschnitt „Einwilligung“ der Stammdaten).</source>
        <translation>No consent is recorded (section “Consent” of the master data).</translation>
    </message>
    <message>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <source>Die Änderungen wurden gespeichert.</source>
        <translation>The changes were saved.</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Mit „Verwerfen“ laden Sie den gespeicherten Stand; übertragen Sie Ihre Änderungen dann erneut.</source>
        <translation>Your input is still there. “Discard” loads the saved state; then enter your changes again.</translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Die Änderungen an der Kooperationsvereinbarung sind noch nicht gespeichert.</source>
        <translation>The changes to the goal agreement have not been saved yet.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Änderungen an der Akte {number} sind noch nicht gespeichert.</source>
        <translation>The changes to record {number} have not been saved yet.</translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Nicht abgelegt</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung wurde im Datenbestand abgelegt.</source>
        <translation>The consent form was filed in the data store.</translation>
    </message>
    <message>
        <source>Dokument speichern unter</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Unsaved changes were restored. Save or discard them.</translation>
    </message>
    <message>
        <source>Die Akte wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>The record has been changed elsewhere in the meantime – check the details before saving.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Ratsuchende</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Noch keine Ratsuchenden erfasst</source>
        <translation>No clients recorded yet</translation>
    </message>
    <message>
        <source>Hier finden Sie alle Ratsuchenden mit ihren Beratungsfällen – zu suchen nach Name, Nummer, Geburtsdatum oder Telefonnummer, zu filtern nach Fallstatus, Case Management und fälligen Wiedervorlagen.</source>
        <translation>Here you find all clients with their cases – search by name, number, date of birth or phone number, filter by case status, case management and due follow-ups.</translation>
    </message>
    <message>
        <source>Eine Person legen Sie beim ersten Beratungsgespräch mit der Erstaufnahme an (Strg+N). Mitberatene Familienangehörige werden im Fall der Hauptperson erfasst und in der Statistik getrennt gezählt.</source>
        <translation>Create a person at the first counselling session with the intake (Ctrl+N). Co-counselled family members are recorded in the case of the main person and counted separately in the statistics.</translation>
    </message>
    <message>
        <source>&amp;Erste Erstaufnahme anlegen …</source>
        <translation>Create the first &amp;intake …</translation>
    </message>
    <message>
        <source>Name, Nummer, Geburtsdatum oder Telefon – z. B. „muller“ oder „1985“</source>
        <translation>Name, number, date of birth or phone – e.g. “muller” or “1985”</translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Suchen (Strg+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Offen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>A&amp;bgeschlossen</source>
        <translation>&amp;Closed</translation>
    </message>
    <message>
        <source>A&amp;lle</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <source>Ratsuchende mit offenem oder ruhendem Fall</source>
        <translation>Clients with an open or dormant case</translation>
    </message>
    <message>
        <source>Nur &amp;Case Management</source>
        <translation>Case &amp;management only</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage fällig</source>
        <translation>Follow-&amp;up due</translation>
    </message>
    <message>
        <source>Offene Wiedervorlage, fällig heute oder früher</source>
        <translation>Open follow-up, due today or earlier</translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation>&amp;New intake …</translation>
    </message>
    <message>
        <source>Neue Erstaufnahme (Strg+N)</source>
        <translation>New intake (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>Zwei markierte Akten derselben Person zusammenführen</source>
        <translation>Merge two selected records of the same person</translation>
    </message>
    <message>
        <source>R&amp;uhende Fälle …</source>
        <translation>&amp;Dormant cases …</translation>
    </message>
    <message>
        <source>Offene Fälle ohne Kontakt seit Monaten finden und gemeinsam mit „Kontaktabbruch“ abschließen</source>
        <translation>Find open cases without contact for months and close them together as “contact lost”</translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>Fälle:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <source>{count} von {all} Ratsuchenden</source>
        <translation>{count} of {all} clients</translation>
    </message>
    <message>
        <source>1 Ratsuchende/r</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{count} Ratsuchende</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>Keine Treffer für „{text}“</source>
        <translation>No results for “{text}”</translation>
    </message>
    <message>
        <source>Versuchen Sie einen Teil des Namens, eine andere Schreibweise, das Geburtsdatum (12.03.1985), das Geburtsjahr oder die Telefonnummer.</source>
        <translation>Try part of the name, another spelling, the date of birth (12.03.1985), the year of birth or the phone number.</translation>
    </message>
    <message>
        <source>Keine Ratsuchenden mit diesen Filtern</source>
        <translation>No clients with these filters</translation>
    </message>
    <message>
        <source>Die Filter sind eingeschaltet – „Alle“ zeigt alle Fälle.</source>
        <translation>Filters are switched on – “All” shows all cases.</translation>
    </message>
    <message>
        <source>Ist die Person neu, legen Sie sie mit „Neue Erstaufnahme“ an.</source>
        <translation>If the person is new, create them with “New intake”.</translation>
    </message>
    <message>
        <source>Die begonnene Zusammenführung wurde wiederhergestellt.</source>
        <translation>The merge you had started was restored.</translation>
    </message>
    <message>
        <source>Eine der Akten wurde inzwischen geändert – prüfen Sie die Auswahl vor dem Zusammenführen.</source>
        <translation>One of the records has been changed in the meantime – check the selection before merging.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>&amp;Deutschkenntnisse</source>
        <translation>&amp;German skills</translation>
    </message>
    <message>
        <source>&amp;Integrationskurs</source>
        <translation>&amp;Integration course</translation>
    </message>
    <message>
        <source>&amp;Erwerbssituation</source>
        <translation>&amp;Employment</translation>
    </message>
    <message>
        <source>&amp;Leistungsbezug</source>
        <translation>&amp;Benefits</translation>
    </message>
    <message>
        <source>Aufent&amp;haltsstatus</source>
        <translation>Residence s&amp;tatus</translation>
    </message>
    <message>
        <source>Beratungsfall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Fall vom {opened} ({form}). Nach dem Abschluss ist der Fall nur noch lesbar; er kann bei Bedarf wieder eröffnet werden.</source>
        <translation>Case of {opened} ({form}). After closure the case is read-only; it can be reopened if needed.</translation>
    </message>
    <message>
        <source>– Art des Abschlusses wählen –</source>
        <translation>– choose the type of closure –</translation>
    </message>
    <message>
        <source>Art des Abschlusses</source>
        <translation>Type of closure</translation>
    </message>
    <message>
        <source>&amp;Art des Abschlusses</source>
        <translation>Type of clo&amp;sure</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Abgeschlossen a&amp;m</source>
        <translation>Closed o&amp;n</translation>
    </message>
    <message>
        <source>Zielerreichung</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>Noch offene Schritte</source>
        <translation>Steps still open</translation>
    </message>
    <message>
        <source>Offene Schritte als „entfallen“ mar&amp;kieren</source>
        <translation>Mar&amp;k open steps as “dropped”</translation>
    </message>
    <message>
        <source>Offene Schritte als entfallen markieren</source>
        <translation>Mark open steps as dropped</translation>
    </message>
    <message>
        <source>Situation beim Abschluss</source>
        <translation>Situation at closure</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>Vorbelegt mit den Angaben der Akte. Bitte den Stand zum Abschluss prüfen; er wird für die Statistik mit dem Stand bei der Aufnahme verglichen.</source>
        <translation>Pre-filled with the details of the record. Please check the status at closure; for the statistics it is compared with the status at intake.</translation>
    </message>
    <message>
        <source>Fall ab&amp;schließen</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>Abschließen (Strg+Enter)</source>
        <translation>Close (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>Zielerreichung: {goal}</source>
        <translation>Goal attainment: {goal}</translation>
    </message>
    <message>
        <source> (bis {date})</source>
        <translation> (by {date})</translation>
    </message>
    <message>
        <source>Bitte die Art des Abschlusses wählen.</source>
        <translation>Please choose the type of closure.</translation>
    </message>
    <message>
        <source>Der Fall wurde neu geladen. Prüfen Sie die Angaben und schließen Sie erneut ab.</source>
        <translation>The case was reloaded. Check the details and close it again.</translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <source>{name} suchen</source>
        <translation>Search {name}</translation>
    </message>
    <message>
        <source>{name}: ausgewählt</source>
        <translation>{name}: selected</translation>
    </message>
    <message>
        <source>Ausgewählt: {names}</source>
        <translation>Selected: {names}</translation>
    </message>
    <message>
        <source>Noch nichts ausgewählt.</source>
        <translation>Nothing selected yet.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Writing to this folder is not allowed. Please choose another location.</translation>
    </message>
    <message>
        <source>Die Einwilligungserklärung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>The consent form could not be saved. Please choose another location.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als PDF speichern</source>
        <translation>Save the consent form as PDF</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation>“{name}” already exists there. Replace the file?</translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Einwilligungserklärung drucken</source>
        <translation>Print the consent form</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Einwilligungen – Akte {number}</source>
        <translation>Consents – record {number}</translation>
    </message>
    <message>
        <source>Einwilligungen und Schweigepflichtentbindungen</source>
        <translation>Consents and confidentiality releases</translation>
    </message>
    <message>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Einwilligungen in die Datenverarbeitung und Schweigepflichtentbindungen dieser Person. Widerrufene bleiben mit Datum sichtbar.</source>
        <translation>This person&apos;s consents to data processing and confidentiality releases. Withdrawn ones remain visible with their date.</translation>
    </message>
    <message>
        <source>Der Widerruf vom {date} wurde gespeichert.</source>
        <translation>The withdrawal of {date} was saved.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;um</source>
        <translation>&amp;at</translation>
    </message>
    <message>
        <source>Uhr</source>
        <translation>h</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Dauer in Minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>{minutes} Minuten</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>D&amp;auer</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Form des Kontakts</source>
        <translation>Form of contact</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Ort der Außensprechstunde</source>
        <translation>Place of the outreach consultation</translation>
    </message>
    <message>
        <source>– Ort wählen –</source>
        <translation>– choose a place –</translation>
    </message>
    <message>
        <source>Außensprechs&amp;tunde</source>
        <translation>Outreach consul&amp;tation</translation>
    </message>
    <message>
        <source>Orte der Außensprechstunden werden in den Einstellungen gepflegt.</source>
        <translation>The places of outreach consultations are maintained in the settings.</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>z. B. Rathaus, Jobcenter, Ausländerbehörde</source>
        <translation>e.g. town hall, Jobcenter, immigration office</translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>mit Sprachmittlung</source>
        <translation>with interpreting</translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <source>Sprache der Sprachmittlung</source>
        <translation>Language for interpreting</translation>
    </message>
    <message>
        <source>– Sprache wählen –</source>
        <translation>– choose a language –</translation>
    </message>
    <message>
        <source>in der Sprache:</source>
        <translation>in the language:</translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung</source>
        <translation>Inter&amp;preting</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>Fields of a&amp;ction</translation>
    </message>
    <message>
        <source>Vorbelegt mit den Handlungsfeldern des Falls; Leertaste hakt an.</source>
        <translation>Pre-filled with the case&apos;s fields of action; Space ticks.</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Worum ging es, was wurde besprochen?</source>
        <translation>What was it about, what was discussed?</translation>
    </message>
    <message>
        <source>&amp;Notiz</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Was ist als Nächstes zu tun? Danach als Wiedervorlage oder Schritt anlegen.</source>
        <translation>What needs to be done next? Then create it as a follow-up or step.</translation>
    </message>
    <message>
        <source>Nächste Sch&amp;ritte</source>
        <translation>Next ste&amp;ps</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Kontakt speichern (Strg+Enter)</source>
        <translation>Save contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Strg+Enter speichert</source>
        <translation>Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>anderer Ort oder genauer, z. B. Gemeindezentrum Süd</source>
        <translation>other place or more precisely, e.g. community centre South</translation>
    </message>
    <message>
        <source>wohin begleitet, z. B. Jobcenter, Ausländerbehörde</source>
        <translation>accompanied where, e.g. Jobcenter, immigration office</translation>
    </message>
    <message>
        <source>Als Wiedervorlage anlegen</source>
        <translation>Create as follow-up</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Fällig a&amp;m</source>
        <translation>Du&amp;e on</translation>
    </message>
    <message>
        <source>Grund der Wiedervorlage</source>
        <translation>Reason for the follow-up</translation>
    </message>
    <message>
        <source>&amp;Grund</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Als &amp;Wiedervorlage anlegen</source>
        <translation>Create as &amp;follow-up</translation>
    </message>
    <message>
        <source>Als Schritt in die Kooperationsvereinbarung übernehmen</source>
        <translation>Add as a step to the goal agreement</translation>
    </message>
    <message>
        <source>Handlungsziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Handlungs&amp;ziel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Sch&amp;ritt</source>
        <translation>Ste&amp;p</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>W&amp;er</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>Schritt fällig am</source>
        <translation>Step due on</translation>
    </message>
    <message>
        <source>&amp;Bis</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Als &amp;Schritt übernehmen</source>
        <translation>Add as &amp;step</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>(früherer Ort)</source>
        <translation>(former place)</translation>
    </message>
    <message>
        <source>{name} (deaktiviert)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>Bitte die Sprache der Sprachmittlung wählen oder den Haken entfernen.</source>
        <translation>Please choose the language for interpreting or untick the box.</translation>
    </message>
    <message>
        <source>Der Kontakt wurde neu geladen. Prüfen Sie Ihre Eingaben und speichern Sie erneut, um sie zu übernehmen.</source>
        <translation>The contact was reloaded. Check your input and save again to apply it.</translation>
    </message>
    <message>
        <source>Der Kontakt vom {date} wurde gespeichert.</source>
        <translation>The contact of {date} was saved.</translation>
    </message>
    <message>
        <source>Die nächsten Schritte lassen sich gleich weiterverwenden – oder schließen Sie mit „Fertig“.</source>
        <translation>The next steps can be reused right away – or finish with “Done”.</translation>
    </message>
    <message>
        <source>Nächste Schritte übernehmen</source>
        <translation>Reuse next steps</translation>
    </message>
    <message>
        <source>Wiedervorlage für den {date} angelegt.</source>
        <translation>Follow-up created for {date}.</translation>
    </message>
    <message>
        <source>Schritt zum Handlungsziel übernommen: {goal}</source>
        <translation>Step added to the goal: {goal}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>MBE Desktop – Unerwarteter Fehler</source>
        <translation>MBE Desktop – Unexpected error</translation>
    </message>
    <message>
        <source>&lt;b&gt;In MBE Desktop ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Die letzte Aktion wurde möglicherweise nicht ausgeführt. Bereits gespeicherte Daten bleiben verschlüsselt erhalten.&lt;br&gt;&lt;br&gt;Bitte melden Sie den Fehler mit den folgenden Angaben. Sie enthalten keine personenbezogenen Daten, nur die Stelle im Programm.</source>
        <translation>&lt;b&gt;An unexpected error occurred in MBE Desktop.&lt;/b&gt;&lt;br&gt;The last action may not have been carried out. Data already saved remain encrypted and safe.&lt;br&gt;&lt;br&gt;Please report the error with the following details. They contain no personal data, only the place in the program.</translation>
    </message>
    <message>
        <source>Fehlerdetails</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Details &amp;kopieren</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Bitte das Jahr vierstellig eingeben, z. B. 12.03.1985.</source>
        <translation>Please enter the year with four digits, e.g. 12.03.1985.</translation>
    </message>
    <message>
        <source>Bitte ein Datum als TT.MM.JJJJ eingeben.</source>
        <translation>Please enter a date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Diesen Tag gibt es nicht.</source>
        <translation>This day does not exist.</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Datum als TT.MM.JJJJ eingeben; Kalender mit Alt+↓. Leer lassen, wenn unbekannt.</source>
        <translation>Enter the date as DD.MM.YYYY; calendar with Alt+↓. Leave empty if unknown.</translation>
    </message>
    <message>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation>Open calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Die Statistik wurde gespeichert:
{path}

Prüfsumme der Tabellen (SHA-256):
{sha}

Der Export ist im Datenbestand vermerkt (Zeitraum, Datum, Prüfsumme).</source>
        <translation>The statistics were saved:
{path}

Checksum of the tables (SHA-256):
{sha}

The export is noted in the data store (period, date, checksum).</translation>
    </message>
</context>
<context>
    <name>DormantCasesDialog</name>
    <message>
        <source>Akte</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
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
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Ruhende Fälle</source>
        <translation>Dormant cases</translation>
    </message>
    <message>
        <source> Monaten</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Ohne Kontakt seit mehr als … Monaten</source>
        <translation>Without contact for more than … months</translation>
    </message>
    <message>
        <source>&amp;Ohne Kontakt seit mehr als</source>
        <translation>&amp;Without contact for more than</translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Akte</source>
        <translation>Double-click opens the record</translation>
    </message>
    <message>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;Keine</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>noch kein Kontakt</source>
        <translation>no contact yet</translation>
    </message>
    <message>
        <source>{count} offene oder ruhende Fälle hatten seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation>{count} open or dormant cases have had no contact for more than {months} months (without contacts, the opening counts). Double-click opens the record.</translation>
    </message>
    <message>
        <source>1 offener oder ruhender Fall hatte seit mehr als {months} Monaten keinen Kontakt (ohne Kontakt zählt die Eröffnung). Doppelklick öffnet die Akte.</source>
        <translation>1 open or dormant case has had no contact for more than {months} months (without contacts, the opening counts). Double-click opens the record.</translation>
    </message>
    <message>
        <source>Kein offener Fall ist seit mehr als {months} Monaten ohne Kontakt.</source>
        <translation>No open case has been without contact for more than {months} months.</translation>
    </message>
    <message>
        <source>{count} Fälle als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation>Clos&amp;e {count} cases as “contact lost” …</translation>
    </message>
    <message>
        <source>1 Fall als „Kontaktabbruch“ a&amp;bschließen …</source>
        <translation>Clos&amp;e 1 case as “contact lost” …</translation>
    </message>
    <message>
        <source>1 Fall wird</source>
        <translation>1 case is</translation>
    </message>
    <message>
        <source>{count} Fälle werden</source>
        <translation>{count} cases are</translation>
    </message>
    <message>
        <source>Ruhende Fälle abschließen?</source>
        <translation>Close dormant cases?</translation>
    </message>
    <message>
        <source>{what} mit dem heutigen Datum ({today}) abgeschlossen, Art des Abschlusses „Kontaktabbruch“.

Noch offene Schritte der Kooperationsvereinbarungen werden als „entfallen“ markiert, noch offene Handlungsziele als „nicht erreicht“.

Jeder Fall kann in seiner Akte wieder eröffnet werden.</source>
        <translation>{what} closed with today&apos;s date ({today}), type of closure “contact lost”.

Steps of the goal agreements still open are marked as “dropped”, goals still open as “not achieved”.

Each case can be reopened in its record.</translation>
    </message>
    <message>
        <source>{count} Fälle &amp;abschließen</source>
        <translation>&amp;Close {count} cases</translation>
    </message>
    <message>
        <source>1 Fall &amp;abschließen</source>
        <translation>&amp;Close 1 case</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 Fall wurde als „Kontaktabbruch“ abgeschlossen.</source>
        <translation>1 case was closed as “contact lost”.</translation>
    </message>
    <message>
        <source>{count} Fälle wurden als „Kontaktabbruch“ abgeschlossen.</source>
        <translation>{count} cases were closed as “contact lost”.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>{title} ({total}, die ersten {shown} angezeigt)</source>
        <translation>{title} ({total}, the first {shown} shown)</translation>
    </message>
    <message>
        <source>, {time} Uhr</source>
        <translation>, {time}</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Prüfen Sie, ob es dieselbe Person ist. Öffnen Sie dann die vorhandene Akte – die Eingaben dieser Erstaufnahme werden dabei verworfen.</source>
        <translation>Check whether it is the same person. Then open the existing record – the input of this intake is discarded.</translation>
    </message>
    <message>
        <source>Mögliche Doppelungen</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Vorhandene Akte &amp;öffnen</source>
        <translation>&amp;Open existing record</translation>
    </message>
    <message>
        <source>&amp;Trotzdem neu anlegen</source>
        <translation>Create ne&amp;w anyway</translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst:</source>
        <translation>This person may already be recorded:</translation>
    </message>
    <message>
        <source>Diese Person ist vielleicht schon erfasst ({count} Akten):</source>
        <translation>This person may already be recorded ({count} records):</translation>
    </message>
    <message>
        <source>, geb. {birth}</source>
        <translation>, born {birth}</translation>
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
        <translation>Save the emergency sheet</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Writing to this folder is not allowed. Please choose another location.</translation>
    </message>
    <message>
        <source>Das Notfallblatt konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>The emergency sheet could not be saved. Please choose another location.</translation>
    </message>
    <message>
        <source>Der Drucker konnte nicht angesprochen werden. Es wurde nichts gedruckt.</source>
        <translation>The printer could not be reached. Nothing was printed.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>zurückgehalten (unter der Schwelle, auch 0, oder zum Schutz)</source>
        <translation>withheld (below the threshold, 0 included, or for protection)</translation>
    </message>
    <message>
        <source>Die Schwelle ist niedriger als gespeichert. Bitte gehen Sie zurück und bestätigen Sie sie mit Ihrer Passphrase.</source>
        <translation>The threshold is lower than the saved one. Please go back and confirm it with your passphrase.</translation>
    </message>
    <message>
        <source>Anonymisierte Statistik exportieren</source>
        <translation>Export anonymised statistics</translation>
    </message>
    <message>
        <source>Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; „{view}“ bleibt in der Statistik-Ansicht. Gewählt ist {chosen}.</source>
        <translation>Only ended years, half-years and quarters are exported; “{view}” stays in the Statistics view. Chosen: {chosen}.</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Als erledigt markieren (Strg+E)</source>
        <translation>Mark as done (Ctrl+E)</translation>
    </message>
    <message>
        <source>Um einen &amp;Tag</source>
        <translation>By one &amp;day</translation>
    </message>
    <message>
        <source>Um eine &amp;Woche</source>
        <translation>By one &amp;week</translation>
    </message>
    <message>
        <source>Bis &amp;Datum …</source>
        <translation>Until a d&amp;ate …</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>De&amp;lete …</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Wiedervorlage bearbeiten</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Ratsuchende/r:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>In 1 Woche</source>
        <translation>In 1 week</translation>
    </message>
    <message>
        <source>In 4 Wochen</source>
        <translation>In 4 weeks</translation>
    </message>
    <message>
        <source>Fällig &amp;am:</source>
        <translation>Due &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Uhrzeit:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Zum Beispiel: Nachfragen, ob der Bescheid des Jobcenters da ist</source>
        <translation>For example: ask whether the Jobcenter&apos;s decision has arrived</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Name, Nummer oder Geburtsdatum</source>
        <translation>Name, number or date of birth</translation>
    </message>
    <message>
        <source>Ratsuchende suchen</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Gefundene Ratsuchende</source>
        <translation>Clients found</translation>
    </message>
    <message>
        <source>&amp;Ratsuchende/r:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Bitte suchen und wählen Sie die ratsuchende Person aus.</source>
        <translation>Please search for and choose the client.</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsSection</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Aufenthaltstitel läuft ab</source>
        <translation>Residence title expires</translation>
    </message>
    <message>
        <source> Wochen vorher</source>
        <translation> weeks before</translation>
    </message>
    <message>
        <source>erinnern</source>
        <translation>remind</translation>
    </message>
    <message>
        <source>Schritt der Kooperationsvereinbarung fällig</source>
        <translation>Step of the goal agreement due</translation>
    </message>
    <message>
        <source> Tage vorher</source>
        <translation> days before</translation>
    </message>
    <message>
        <source>Überprüfung der Kooperationsvereinbarung</source>
        <translation>Review of the goal agreement</translation>
    </message>
    <message>
        <source>Case Management ohne Kontakt</source>
        <translation>Case management without contact</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>erinnern nach</source>
        <translation>remind after</translation>
    </message>
    <message>
        <source>Weiterleitung ohne Rückmeldung</source>
        <translation>Referral without feedback</translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>am Fälligkeitstag</source>
        <translation>on the due date</translation>
    </message>
    <message>
        <source>Diese Erinnerungen erscheinen von selbst unter „Heute“ und passen sich an, wenn sich die Angaben ändern (zum Beispiel ein neues Ablaufdatum des Aufenthaltstitels). Erledigte und zurückgestellte bleiben es.</source>
        <translation>These reminders appear by themselves under “Today” and adapt when the details change (for example a new expiry date of the residence title). Those done or postponed stay so.</translation>
    </message>
    <message>
        <source>Gespeichert. „Heute“ ist auf dem neuen Stand.</source>
        <translation>Saved. “Today” is up to date.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Aufenthaltstitel</source>
        <translation>Residence title</translation>
    </message>
    <message>
        <source>Schritt fällig</source>
        <translation>Step due</translation>
    </message>
    <message>
        <source>Überprüfung</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ohne Kontakt</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis {date} – Verlängerung vorbereiten</source>
        <translation>Residence title valid until {date} – prepare the extension</translation>
    </message>
    <message>
        <source>Schritt fällig am {date}: {step}</source>
        <translation>Step due on {date}: {step}</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung überprüfen (Termin {date})</source>
        <translation>Review the goal agreement (date {date})</translation>
    </message>
    <message>
        <source>Case Management: kein Kontakt seit {date}</source>
        <translation>Case management: no contact since {date}</translation>
    </message>
    <message>
        <source>Weiterleitung an {partner} vom {date}: noch keine Rückmeldung</source>
        <translation>Referral to {partner} of {date}: no feedback yet</translation>
    </message>
    <message>
        <source>Weiterleitung vom {date}: noch keine Rückmeldung</source>
        <translation>Referral of {date}: no feedback yet</translation>
    </message>
    <message>
        <source> (zurückgestellt)</source>
        <translation> (postponed)</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Später (nächste vier Wochen)</source>
        <translation>Later (next four weeks)</translation>
    </message>
    <message>
        <source>Akte öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Kontakte öffnen</source>
        <translation>Open contacts</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung öffnen</source>
        <translation>Open goal agreement</translation>
    </message>
    <message>
        <source>Weiterleitungen öffnen</source>
        <translation>Open referrals</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Inhalt</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Wort im Handbuch suchen, Eingabe: weiter</source>
        <translation>Search for a word in the guide, Enter: next</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Wiedervorlagen in den Kalender exportieren</source>
        <translation>Export follow-ups to the calendar</translation>
    </message>
    <message>
        <source>{count} Einträge als Kalenderdatei (.ics)</source>
        <translation>{count} entries as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>1 Eintrag als Kalenderdatei (.ics)</source>
        <translation>1 entry as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>Was die Datei enthält: je Wiedervorlage einen ganztägigen Termin (oder einen Termin zur erfassten Uhrzeit) mit der Aktennummer und der Art der Wiedervorlage, zum Beispiel „Wiedervorlage 2026-0042: Schritt fällig“. Überfällige stehen auf dem heutigen Tag.

Was sie nicht enthält: Namen, Geburtsdaten, Adressen, Notizen und den Text selbst erfasster Gründe.

Bitte bedenken Sie: Wer die Datei oder Ihren Kalender sieht, erfährt, zu welchen Aktennummern Sie wann etwas vorhaben. Importieren Sie sie nur in Ihren dienstlichen Kalender und löschen Sie die Datei danach.</source>
        <translation>What the file contains: for each follow-up an all-day appointment (or an appointment at the recorded time) with the record number and the kind of follow-up, for example “Follow-up 2026-0042: step due”. Overdue ones are placed on today.

What it does not contain: names, dates of birth, addresses, notes and the text of reasons you entered yourself.

Please bear in mind: anyone who sees the file or your calendar learns for which record numbers you have plans and when. Import it only into your work calendar and delete the file afterwards.</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Kalenderdateien (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: {count} Einträge in {file}.</source>
        <translation>Saved: {count} entries in {file}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Netzwerkpartner importieren – Vorschau</source>
        <translation>Import partners – preview</translation>
    </message>
    <message>
        <source>{count} Zeile(n) der Datei sind fehlerhaft. Es wird nichts importiert, solange die Datei Fehler enthält: Bitte die Zeilen in der Tabellenkalkulation berichtigen, als CSV UTF-8 speichern und erneut importieren.</source>
        <translation>{count} line(s) of the file contain errors. Nothing is imported while the file contains errors: please correct the lines in the spreadsheet, save as CSV UTF-8 and import again.</translation>
    </message>
    <message>
        <source>Alle Stellen der Datei sind schon im Verzeichnis. Es gibt nichts Neues.</source>
        <translation>All organisations in the file are already in the directory. There is nothing new.</translation>
    </message>
    <message>
        <source>Die Datei ist in Ordnung: {count} neue Stelle(n) werden übernommen.</source>
        <translation>The file is fine: {count} new organisation(s) will be added.</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Line</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Fehler ({count})</source>
        <translation>&amp;Errors ({count})</translation>
    </message>
    <message>
        <source>&amp;Neu ({count})</source>
        <translation>&amp;New ({count})</translation>
    </message>
    <message>
        <source>&amp;Schon vorhanden ({count})</source>
        <translation>&amp;Already there ({count})</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Stellen mit gleichem Namen und Ort wie im Verzeichnis werden übersprungen. Das Format ist in der Anleitung „partners-csv.md“ beschrieben.</source>
        <translation>Organisations with the same name and town as in the directory are skipped. The format is described in the guide “partners-csv.md”.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Erstaufnahme</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Erstaufnahme speichern (Strg+S)</source>
        <translation>Save the intake (Ctrl+S)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lassen Sie die Einwilligungserklärung unterschreiben: drucken Sie sie aus oder speichern Sie sie als PDF. Das unterschriebene Blatt bewahren Sie wie gewohnt auf.</source>
        <translation>Have the consent form signed: print it or save it as a PDF. Keep the signed sheet as usual.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung als &amp;PDF speichern …</source>
        <translation>Save the consent form as &amp;PDF …</translation>
    </message>
    <message>
        <source>Einwilligungserklärung d&amp;rucken …</source>
        <translation>P&amp;rint the consent form …</translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Erstaufnahme gespeichert</source>
        <translation>Intake saved</translation>
    </message>
    <message>
        <source>Die Akte {number} für {name} wurde angelegt.</source>
        <translation>Record {number} for {name} was created.</translation>
    </message>
    <message>
        <source>Gespeichert als {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Erstaufnahme abbrechen?</source>
        <translation>Cancel the intake?</translation>
    </message>
    <message>
        <source>Die Eingaben dieser Erstaufnahme sind nicht gespeichert und gehen verloren.</source>
        <translation>The input of this intake has not been saved and will be lost.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Weiter &amp;bearbeiten</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern Sie die Erstaufnahme oder brechen Sie sie ab.</source>
        <translation>Unsaved input was restored. Save the intake or cancel it.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sprache der Benutzeroberfläche</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>Sprache der Oberfl&amp;äche:</source>
        <translation>Interface language (re&amp;quires a restart):</translation>
    </message>
    <message>
        <source>Gilt für dieses Benutzerkonto auf diesem Rechner und wird beim nächsten Start von MBE Desktop übernommen. Schreiben und PDF-Dokumente bleiben deutsch.</source>
        <translation>Applies to this user account on this computer and takes effect the next time MBE Desktop starts. Letters and PDF documents remain in German.</translation>
    </message>
    <message>
        <source>Die Sprache wurde gespeichert. Starten Sie MBE Desktop neu, um sie zu verwenden.</source>
        <translation>The language was saved. Restart MBE Desktop to use it.</translation>
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
        <translation>{view} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Demo-Datenbestand</source>
        <translation>Demo data store</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neue Erstaufnahme …</source>
        <translation>&amp;New intake …</translation>
    </message>
    <message>
        <source>Eine neue ratsuchende Person aufnehmen</source>
        <translation>Take in a new client</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Datenbestand sperren; alle Fenster mit Daten schließen</source>
        <translation>Lock the data store; close all windows with data</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Heute</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Ratsuchende</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Netzwerk</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Ratsuchende &amp;suchen</source>
        <translation>&amp;Search clients</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Das Benutzerhandbuch in einem eigenen Fenster</source>
        <translation>The user guide in a window of its own</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Über &amp;MBE Desktop</source>
        <translation>&amp;About MBE Desktop</translation>
    </message>
    <message>
        <source>{view} – {count} fällig (Strg+1)</source>
        <translation>{view} – {count} due (Ctrl+1)</translation>
    </message>
    <message>
        <source>{view} (Strg+1)</source>
        <translation>{view} (Ctrl+1)</translation>
    </message>
    <message>
        <source>MBE Desktop – {office}</source>
        <translation>MBE Desktop – {office}</translation>
    </message>
    <message>
        <source> (Demo)</source>
        <translation> (demo)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Akten zusammenführen</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>Zwei Akten derselben Person werden zu einer. Alles Verknüpfte – Fälle, Einwilligungen, Wiedervorlagen und Dokumente – kommt in die Akte, die bestehen bleibt; die andere Akte wird gelöscht.</source>
        <translation>Two records of the same person become one. Everything linked – cases, consents, follow-ups and documents – goes into the record that remains; the other record is deleted.</translation>
    </message>
    <message>
        <source>Welche Akte bleibt bestehen (mit ihrer Nummer)?</source>
        <translation>Which record remains (with its number)?</translation>
    </message>
    <message>
        <source>{mnemonic}: Akte {number} – {name}</source>
        <translation>{mnemonic}: record {number} – {name}</translation>
    </message>
    <message>
        <source>Welcher Wert ist richtig? ({count} abweichende Angaben)</source>
        <translation>Which value is correct? ({count} differing details)</translation>
    </message>
    <message>
        <source>Alle Angaben stimmen überein.</source>
        <translation>All details match.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Akte {number} (bleibt)</source>
        <translation>Record {number} (remains)</translation>
    </message>
    <message>
        <source>Akte {number} (wird gelöscht)</source>
        <translation>Record {number} (is deleted)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Übereinstimmend: {labels}.</source>
        <translation>Matching: {labels}.</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Akten zusammenführen?</source>
        <translation>Merge records?</translation>
    </message>
    <message>
        <source>Akte {other} wird in Akte {keep} übernommen und danach gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation>Record {other} is taken over into record {keep} and then deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Die Passphrase ist falsch. Es wurde nichts verändert.</source>
        <translation>The passphrase is wrong. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Wiederherstellungscode ein.</source>
        <translation>Please enter the recovery code.</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Passphrase ein.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <source>MBE Desktop ist mit diesem Datenbestand geöffnet. Bitte schließen Sie das Programm und versuchen Sie es erneut. Es wurde nichts verändert.</source>
        <translation>MBE Desktop has this data store open. Please close the program and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{path} ist ein Ordner oder keine gewöhnliche Datei.</source>
        <translation>{path} is a folder or not a regular file.</translation>
    </message>
    <message>
        <source>Die Datei {path} gibt es nicht.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Bitte entweder --period oder --from und --to angeben.</source>
        <translation>Please give either --period or --from and --to.</translation>
    </message>
    <message>
        <source>Zu --from gehört --to (das Ende des Zeitraums).</source>
        <translation>--from needs --to (the end of the period).</translation>
    </message>
    <message>
        <source>Bestätigung nötig: starten Sie den Befehl im Terminal oder mit --yes.</source>
        <translation>Confirmation needed: run the command in a terminal or with --yes.</translation>
    </message>
    <message>
        <source>Die Umgebungsvariable {variable} enthält Bytes, die kein gültiger UTF-8-Text sind. Bitte setzen Sie sie als UTF-8-Text. Es wurde nichts verändert.</source>
        <translation>The environment variable {variable} contains bytes that are not valid UTF-8 text. Please set it as UTF-8 text. Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Eingabe im Terminal ist kein gültiger UTF-8-Text. Bitte stellen Sie das Terminal auf UTF-8 um. Es wurde nichts verändert.</source>
        <translation>The input in the terminal is not valid UTF-8 text. Please switch the terminal to UTF-8. Nothing was changed.</translation>
    </message>
    <message>
        <source>Keine Eingabe erhalten. Es wurde nichts verändert.</source>
        <translation>No input received. Nothing was changed.</translation>
    </message>
    <message>
        <source>Keine Eingabe möglich: setzen Sie {variable} oder starten Sie den Befehl im Terminal.</source>
        <translation>No input possible: set {variable} or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Angabe fehlt: {what} (als Option angeben).</source>
        <translation>Missing: {what} (give it as an option).</translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Krankenversicherung</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Beratungsverlauf</source>
        <translation>Counselling history</translation>
    </message>
    <message>
        <source>widerrufen am {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <source>abgelaufen am {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <source>gilt ab {date}</source>
        <translation>valid from {date}</translation>
    </message>
    <message>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Bitte „{label}“ ausfüllen.</source>
        <translation>Please fill in “{label}”.</translation>
    </message>
    <message>
        <source>„{label}“ ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>“{label}” is too long: at most {limit} characters, entered {length}.</translation>
    </message>
    <message>
        <source>„{label}“: unbekannter Wert.</source>
        <translation>“{label}”: unknown value.</translation>
    </message>
    <message>
        <source>Unbekanntes Handlungsfeld.</source>
        <translation>Unknown field of action.</translation>
    </message>
    <message>
        <source>Bitte „{label}“ angeben.</source>
        <translation>Please give “{label}”.</translation>
    </message>
    <message>
        <source>„{label}“ liegt vor {year} – bitte das Datum prüfen.</source>
        <translation>“{label}” is before {year} – please check the date.</translation>
    </message>
    <message>
        <source>„{label}“ darf nicht in der Zukunft liegen.</source>
        <translation>“{label}” must not be in the future.</translation>
    </message>
    <message>
        <source>Bitte Datum und Uhrzeit des Kontakts angeben.</source>
        <translation>Please give the date and time of the contact.</translation>
    </message>
    <message>
        <source>Ein Kontakt in der Zukunft kann nicht erfasst werden. Termine gehören in eine Wiedervorlage.</source>
        <translation>A contact in the future cannot be recorded. Appointments belong in a follow-up.</translation>
    </message>
    <message>
        <source>Der Kontakt liegt vor der Eröffnung des Beratungsfalls am {opened}. Bitte das Datum prüfen oder das Eröffnungsdatum des Falls ändern.</source>
        <translation>The contact is before the case was opened on {opened}. Please check the date or change the case&apos;s opening date.</translation>
    </message>
    <message>
        <source>Die Dauer muss zwischen 0 und {limit} Minuten liegen.</source>
        <translation>The duration must be between 0 and {limit} minutes.</translation>
    </message>
    <message>
        <source>Mitberatene Familienangehörige: 0 bis {limit}.</source>
        <translation>Co-counselled family members: 0 to {limit}.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Name in lateinischer Schrift</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeiten</source>
        <translation>Nationalities</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation>Interpreting needed</translation>
    </message>
    <message>
        <source>Sprache für die Sprachmittlung</source>
        <translation>Language for interpreting</translation>
    </message>
    <message>
        <source>Einreise</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis</source>
        <translation>Residence title valid until</translation>
    </message>
    <message>
        <source>Integrationskurs: Zugang</source>
        <translation>Integration course: access</translation>
    </message>
    <message>
        <source>Integrationskurs: Stand</source>
        <translation>Integration course: status</translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation>German language skills</translation>
    </message>
    <message>
        <source>Schul- und Berufsbildung</source>
        <translation>School and vocational education</translation>
    </message>
    <message>
        <source>Beruf/Abschluss</source>
        <translation>Occupation/qualification</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Erwerbssituation</source>
        <translation>Employment situation</translation>
    </message>
    <message>
        <source>Leistungsbezug</source>
        <translation>Benefits received</translation>
    </message>
    <message>
        <source>Personen im Haushalt</source>
        <translation>Persons in the household</translation>
    </message>
    <message>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Wohnsituation</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Zugang zur MBE</source>
        <translation>Access to the MBE</translation>
    </message>
    <message>
        <source>Erstkontakt am</source>
        <translation>First contact on</translation>
    </message>
    <message>
        <source>Ort des Erstkontakts</source>
        <translation>Place of first contact</translation>
    </message>
    <message>
        <source>Außensprechstunde</source>
        <translation>Outreach consultation</translation>
    </message>
    <message>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Umfang der Einwilligung</source>
        <translation>Scope of consent</translation>
    </message>
    <message>
        <source>Dieses Datum ist nicht plausibel.</source>
        <translation>This date is not plausible.</translation>
    </message>
    <message>
        <source>Bitte eine Zahl von {lowest} bis {highest} angeben.</source>
        <translation>Please give a number from {lowest} to {highest}.</translation>
    </message>
    <message>
        <source>Unsichtbare Steuerzeichen wurden entfernt.</source>
        <translation>Invisible control characters were removed.</translation>
    </message>
    <message>
        <source>Die Angabe ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>The entry is too long: at most {limit} characters, entered {length}.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Familiennamen an (bei nur einem Namen diesen hier).</source>
        <translation>Please give the surname (if there is only one name, enter it here).</translation>
    </message>
    <message>
        <source>Bitte ergänzen Sie den Namen in lateinischer Schrift (wie im Pass), damit er in der Suche und auf Briefen richtig erscheint.</source>
        <translation>Please add the name in Latin script (as in the passport) so that it appears correctly in the search and on letters.</translation>
    </message>
    <message>
        <source>Hier bitte nur lateinische Buchstaben verwenden.</source>
        <translation>Please use Latin letters only here.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Wert aus der Liste.</source>
        <translation>Please choose a value from the list.</translation>
    </message>
    <message>
        <source>Unbekannter Staat: {codes}.</source>
        <translation>Unknown country: {codes}.</translation>
    </message>
    <message>
        <source>Höchstens {count} Staatsangehörigkeiten.</source>
        <translation>At most {count} nationalities.</translation>
    </message>
    <message>
        <source>Unbekannte Sprache: {codes}.</source>
        <translation>Unknown language: {codes}.</translation>
    </message>
    <message>
        <source>Höchstens {count} Sprachen.</source>
        <translation>At most {count} languages.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Sprache aus der Liste.</source>
        <translation>Please choose a language from the list.</translation>
    </message>
    <message>
        <source>Für welche Sprache wird Sprachmittlung gebraucht?</source>
        <translation>Which language is interpreting needed for?</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Geburtsdatum an (oder wenigstens das Geburtsjahr).</source>
        <translation>Please give the date of birth (or at least the year of birth).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum liegt in der Zukunft.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>Das Geburtsjahr liegt in der Zukunft.</source>
        <translation>The year of birth is in the future.</translation>
    </message>
    <message>
        <source>Das ergibt ein Alter über {age} Jahren. Bitte prüfen.</source>
        <translation>That makes an age of over {age} years. Please check.</translation>
    </message>
    <message>
        <source>Die Person ist {age} Jahre alt. Die MBE berät Erwachsene; unter 18 Jahren ist der Jugendmigrationsdienst (JMD) zuständig.</source>
        <translation>The person is {age} years old. The MBE counsels adults; under 18, the Youth Migration Service (JMD) is responsible.</translation>
    </message>
    <message>
        <source>Die Person ist {age} Jahre alt. Unter 27 Jahren ist in der Regel der Jugendmigrationsdienst (JMD) zuständig.</source>
        <translation>The person is {age} years old. Under 27, the Youth Migration Service (JMD) is usually responsible.</translation>
    </message>
    <message>
        <source>Die Einreise liegt in der Zukunft.</source>
        <translation>The arrival is in the future.</translation>
    </message>
    <message>
        <source>Die Einreise liegt vor der Geburt.</source>
        <translation>The arrival is before the birth.</translation>
    </message>
    <message>
        <source>Der Erstkontakt liegt in der Zukunft.</source>
        <translation>The first contact is in the future.</translation>
    </message>
    <message>
        <source>Der Erstkontakt liegt vor der Geburt.</source>
        <translation>The first contact is before the birth.</translation>
    </message>
    <message>
        <source>Die Einwilligung liegt in der Zukunft.</source>
        <translation>The consent is in the future.</translation>
    </message>
    <message>
        <source>Die Einwilligung liegt vor der Geburt.</source>
        <translation>The consent is before the birth.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Datum des Erstkontakts an.</source>
        <translation>Please give the date of the first contact.</translation>
    </message>
    <message>
        <source>Bitte erfassen Sie die Einwilligung in die Datenverarbeitung mit Datum.</source>
        <translation>Please record the consent to data processing with its date.</translation>
    </message>
    <message>
        <source>Der Aufenthaltstitel ist seit dem {date} abgelaufen.</source>
        <translation>The residence title expired on {date}.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Ort aus der Liste.</source>
        <translation>Please choose a place from the list.</translation>
    </message>
    <message>
        <source>Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</source>
        <translation>The phone number may only contain digits, spaces and + ( ) / - .</translation>
    </message>
    <message>
        <source>Das + gehört nur an den Anfang der Telefonnummer.</source>
        <translation>The + belongs only at the start of the phone number.</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern.</source>
        <translation>The phone number has too few or too many digits.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse ist ungültig (Beispiel: name@example.org).</source>
        <translation>The email address is not valid (example: name@example.org).</translation>
    </message>
    <message>
        <source>Deutsche Postleitzahlen haben fünf Ziffern.</source>
        <translation>German postcodes have five digits.</translation>
    </message>
    <message>
        <source>Bitte der Vorlage einen Namen geben.</source>
        <translation>Please give the template a name.</translation>
    </message>
    <message>
        <source>Der Name der Vorlage ist zu lang (höchstens {limit}).</source>
        <translation>The name of the template is too long (at most {limit}).</translation>
    </message>
    <message>
        <source>Der Betreff fehlt.</source>
        <translation>The subject is missing.</translation>
    </message>
    <message>
        <source>Der Betreff ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The subject is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Der Betreff muss in eine Zeile passen.</source>
        <translation>The subject must fit on one line.</translation>
    </message>
    <message>
        <source>Der Text des Schreibens fehlt.</source>
        <translation>The text of the letter is missing.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Unbekannter Platzhalter „{{{placeholder}}}“ im Betreff. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</source>
        <translation>Unknown placeholder “{{{placeholder}}}” in the subject. The placeholders in the list next to the text are allowed (mind upper and lower case).</translation>
    </message>
    <message>
        <source>Im Betreff steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</source>
        <translation>The subject has a curly brace without its partner. Write placeholders like this: {Name}.</translation>
    </message>
    <message>
        <source>Unbekannter Platzhalter „{{{placeholder}}}“ im Text. Erlaubt sind die Platzhalter aus der Liste neben dem Text (Groß-/Kleinschreibung beachten).</source>
        <translation>Unknown placeholder “{{{placeholder}}}” in the text. The placeholders in the list next to the text are allowed (mind upper and lower case).</translation>
    </message>
    <message>
        <source>Im Text steht eine geschweifte Klammer ohne Gegenstück. Platzhalter schreiben Sie so: {Name}.</source>
        <translation>The text has a curly brace without its partner. Write placeholders like this: {Name}.</translation>
    </message>
    <message>
        <source>{Angaben} ist eine Liste und kann nur im Text stehen, nicht im Betreff.</source>
        <translation>{Angaben} is a list and can only be in the text, not in the subject.</translation>
    </message>
    <message>
        <source>{Angaben} muss als eigener Absatz stehen (Leerzeile davor und danach).</source>
        <translation>{Angaben} must be a paragraph of its own (a blank line before and after).</translation>
    </message>
    <message>
        <source>Der Text enthält Steuerzeichen. Bitte neu eintippen.</source>
        <translation>The text contains control characters. Please type it again.</translation>
    </message>
    <message>
        <source>Die Datei ist leer. Bitte eine CSV-Datei mit Netzwerkpartnern wählen.</source>
        <translation>The file is empty. Please choose a CSV file with partners.</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß ({size} MB, höchstens {limit} MB). Ist es die richtige Datei?</source>
        <translation>The file is too large ({size} MB, at most {limit} MB). Is it the right file?</translation>
    </message>
    <message>
        <source>Das ist keine CSV-Textdatei (sie enthält Binärdaten, z. B. eine Excel- oder PDF-Datei). Bitte in der Tabellenkalkulation als „CSV UTF-8 (Semikolon)“ speichern.</source>
        <translation>This is not a CSV text file (it contains binary data, e.g. an Excel or PDF file). Please save it in the spreadsheet program as “CSV UTF-8 (semicolon)”.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation „Speichern unter … CSV UTF-8“ wählen und erneut importieren.</source>
        <translation>The file is not saved in UTF-8. Please choose “Save as … CSV UTF-8” in the spreadsheet program and import again.</translation>
    </message>
    <message>
        <source>Eine Ansprechperson hat mehr als vier Angaben (Name, Funktion, Telefon, E-Mail). Mehrere Personen bitte mit | trennen.</source>
        <translation>A contact person has more than four entries (name, role, phone, email). Please separate several people with |.</translation>
    </message>
    <message>
        <source>Die erste Zeile mit den Spaltennamen fehlt oder ist beschädigt.</source>
        <translation>The first line with the column names is missing or damaged.</translation>
    </message>
    <message>
        <source>Die Spalten sind mit Kommas getrennt. Bitte die Datei mit Semikolon (;) als Trennzeichen speichern (in Excel: „CSV UTF-8“).</source>
        <translation>The columns are separated by commas. Please save the file with a semicolon (;) as the separator (in Excel: “CSV UTF-8”).</translation>
    </message>
    <message>
        <source>Unbekannte Spalte „{column}“ in Zeile 1. Erlaubt sind: {allowed}.</source>
        <translation>Unknown column “{column}” in line 1. Allowed are: {allowed}.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ fehlt in Zeile 1.</source>
        <translation>The column “{column}” is missing in line 1.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ steht zweimal in Zeile 1.</source>
        <translation>The column “{column}” appears twice in line 1.</translation>
    </message>
    <message>
        <source>Die Zeile ist beschädigt (Anführungszeichen).</source>
        <translation>The line is damaged (quotation marks).</translation>
    </message>
    <message>
        <source>Die Datei hat mehr als {count} Zeilen. Bitte in kleinere Dateien teilen.</source>
        <translation>The file has more than {count} lines. Please split it into smaller files.</translation>
    </message>
    <message>
        <source>{count} Spalten statt {expected} – steht ein Semikolon im Text? Dann das Feld in Anführungszeichen setzen.</source>
        <translation>{count} columns instead of {expected} – is there a semicolon in the text? Then put the field in quotation marks.</translation>
    </message>
    <message>
        <source>Unbekannte Kategorie „{category}“. Bitte eine Kategorie aus der Liste in der Anleitung verwenden.</source>
        <translation>Unknown category “{category}”. Please use a category from the list in the guide.</translation>
    </message>
    <message>
        <source>Die Datei enthält nur die Spaltennamen, aber keine Netzwerkpartner.</source>
        <translation>The file contains only the column names but no partners.</translation>
    </message>
    <message>
        <source>Name der Stelle</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Name der Ansprechperson</source>
        <translation>Name of the contact person</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon der Ansprechperson</source>
        <translation>Phone of the contact person</translation>
    </message>
    <message>
        <source>E-Mail der Ansprechperson</source>
        <translation>Email of the contact person</translation>
    </message>
    <message>
        <source>„{label}“ ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.</source>
        <translation>“{label}” is too long ({length} characters, at most {limit}). Please shorten it.</translation>
    </message>
    <message>
        <source>„{label}“ ist keine gültige E-Mail-Adresse (Beispiel: info@stelle.de).</source>
        <translation>“{label}” is not a valid email address (example: info@stelle.de).</translation>
    </message>
    <message>
        <source>„{label}“ darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.</source>
        <translation>“{label}” may only contain digits, spaces and + ( ) / - .</translation>
    </message>
    <message>
        <source>„{code}“ ist kein Sprachkürzel. Bitte Kürzel wie de, en, ar, uk mit Komma getrennt angeben.</source>
        <translation>“{code}” is not a language code. Please give codes such as de, en, ar, uk, separated by commas.</translation>
    </message>
    <message>
        <source>Bitte höchstens {count} Sprachen angeben.</source>
        <translation>Please give at most {count} languages.</translation>
    </message>
    <message>
        <source>„{label}“ ist kein Text.</source>
        <translation>“{label}” is not text.</translation>
    </message>
    <message>
        <source>Bitte den Namen der Stelle angeben.</source>
        <translation>Please give the name of the organisation.</translation>
    </message>
    <message>
        <source>Der Name enthält unsichtbare Steuerzeichen. Bitte den Namen neu eintippen.</source>
        <translation>The name contains invisible control characters. Please type the name again.</translation>
    </message>
    <message>
        <source>Bitte eine Kategorie aus der Liste wählen.</source>
        <translation>Please choose a category from the list.</translation>
    </message>
    <message>
        <source>Bitte höchstens {count} Ansprechpersonen je Stelle angeben.</source>
        <translation>Please give at most {count} contact persons per organisation.</translation>
    </message>
    <message>
        <source>Jede Ansprechperson braucht einen Namen (oder die Zeile leeren).</source>
        <translation>Every contact person needs a name (or empty the row).</translation>
    </message>
    <message>
        <source>sehr schwach</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>schwach</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>mittel</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>stark</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>sehr stark</source>
        <translation>very strong</translation>
    </message>
    <message>
        <source>Verwenden Sie mehrere Wörter und vermeiden Sie bekannte Redewendungen.</source>
        <translation>Use several words and avoid common phrases.</translation>
    </message>
    <message>
        <source>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</source>
        <translation>Symbols, digits or capital letters are not needed.</translation>
    </message>
    <message>
        <source>Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <source>Tastenreihen sind leicht zu erraten.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <source>Kurze Tastaturmuster sind leicht zu erraten.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <source>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <source>Wiederholungen wie „aaa“ sind leicht zu erraten.</source>
        <translation>Repeats like “aaa” are easy to guess.</translation>
    </message>
    <message>
        <source>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</source>
        <translation>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</translation>
    </message>
    <message>
        <source>Vermeiden Sie wiederholte Wörter und Zeichen.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <source>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</source>
        <translation>Sequences like “abc” or “6543” are easy to guess.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Zeichenfolgen.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <source>Jahreszahlen der letzten Jahre sind leicht zu erraten.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <source>Vermeiden Sie aktuelle Jahreszahlen.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <source>Datumsangaben sind oft leicht zu erraten.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <source>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <source>Dies ist eines der 10 häufigsten Passwörter.</source>
        <translation>This is one of the 10 most common passwords.</translation>
    </message>
    <message>
        <source>Dies ist eines der 100 häufigsten Passwörter.</source>
        <translation>This is one of the 100 most common passwords.</translation>
    </message>
    <message>
        <source>Dies ist ein sehr häufiges Passwort.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <source>Dies ähnelt einem häufig verwendeten Passwort.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <source>Ein einzelnes Wort ist leicht zu erraten.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <source>Vor- und Nachnamen allein sind leicht zu erraten.</source>
        <translation>First names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <source>Häufige Vor- und Nachnamen sind leicht zu erraten.</source>
        <translation>Common first names and surnames are easy to guess.</translation>
    </message>
    <message>
        <source>Großschreibung hilft kaum.</source>
        <translation>Capitalisation hardly helps.</translation>
    </message>
    <message>
        <source>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</source>
        <translation>All capitals are almost as easy to guess as all lower case.</translation>
    </message>
    <message>
        <source>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</source>
        <translation>Words written backwards are hardly harder to guess.</translation>
    </message>
    <message>
        <source>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.</source>
        <translation>Predictable substitutions like “@” instead of “a” hardly help.</translation>
    </message>
    <message>
        <source>Verwenden Sie mehrere ungewöhnliche Wörter, z. B. einen kurzen Satz.</source>
        <translation>Use several uncommon words, e.g. a short sentence.</translation>
    </message>
    <message>
        <source>Die Passphrase muss mindestens {length} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {length} characters long.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu leicht zu erraten.</source>
        <translation>The passphrase is too easy to guess.</translation>
    </message>
    <message>
        <source>Die Passphrase enthält Ihren Namen oder den Namen der Beratungsstelle.</source>
        <translation>The passphrase contains your name or the name of the office.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu leicht zu erraten. {reason}</source>
        <translation>The passphrase is too easy to guess. {reason}</translation>
    </message>
    <message>
        <source>Die Eingabe enthält Zeichen, die kein gültiger Text sind (z. B. aus einer falsch kodierten Eingabe oder Umgebungsvariable). Bitte geben Sie sie erneut ein. Es wurde nichts verändert.</source>
        <translation>The input contains characters that are not valid text (e.g. from wrongly encoded input or an environment variable). Please enter it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode enthält ungültige Zeichen. Erlaubt sind Ziffern und Buchstaben außer U.</source>
        <translation>The recovery code contains invalid characters. Digits and letters other than U are allowed.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode muss {length} Zeichen haben (eingegeben: {entered}). Bitte prüfen Sie die Eingabe.</source>
        <translation>The recovery code must have {length} characters (entered: {entered}). Please check your entry.</translation>
    </message>
    <message>
        <source>Zeitraum bitte als Jahr (2025), Halbjahr (2025-H1, 2025-H2), Quartal (2025-Q1 … 2025-Q4) oder mit Anfangs- und Enddatum angeben.</source>
        <translation>Please give the period as a year (2025), half-year (2025-H1, 2025-H2), quarter (2025-Q1 … 2025-Q4) or with a start and end date.</translation>
    </message>
    <message>
        <source>{number}. Halbjahr {year}</source>
        <translation>H{number} {year}</translation>
    </message>
    <message>
        <source>{number}. Quartal {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
    <message>
        <source>Das Jahr {year} liegt außerhalb von {first} bis {last}.</source>
        <translation>The year {year} is outside {first} to {last}.</translation>
    </message>
    <message>
        <source>Der Anfang ({start}) liegt nach dem Ende ({end}).</source>
        <translation>The start ({start}) is after the end ({end}).</translation>
    </message>
    <message>
        <source>„{text}“ ist kein gültiges Datum.</source>
        <translation>“{text}” is not a valid date.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Datum: bitte als TT.MM.JJJJ oder JJJJ-MM-TT angeben.</source>
        <translation>“{text}” is not a date: please give it as DD.MM.YYYY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>„(leer)“ ist kein gültiger Zeitraum. {help}</source>
        <translation>“(empty)” is not a valid period. {help}</translation>
    </message>
    <message>
        <source>„{text}“ ist kein gültiger Zeitraum. {help}</source>
        <translation>“{text}” is not a valid period. {help}</translation>
    </message>
    <message>
        <source>Bitte ein Datum angeben, bis zu dem zurückgestellt wird.</source>
        <translation>Please give a date to postpone until.</translation>
    </message>
    <message>
        <source>Zurückstellen geht nur auf einen späteren Tag als heute.</source>
        <translation>You can only postpone to a day after today.</translation>
    </message>
    <message>
        <source>Bitte höchstens drei Jahre im Voraus zurückstellen.</source>
        <translation>Please postpone by at most three years.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Wiederherstellungscode der Sicherung ein.</source>
        <translation>Please enter the recovery code of the backup.</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Passphrase der Sicherung ein.</source>
        <translation>Please enter the passphrase of the backup.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Ordner für die Sicherungen.</source>
        <translation>Please choose a folder for the backups.</translation>
    </message>
    <message>
        <source>{path} ist kein Ordner.</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <source>Dieser Beratungsfall wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</source>
        <translation>This case has been changed elsewhere in the meantime. Your entries are still there: reload the case and enter them again.</translation>
    </message>
    <message>
        <source>Diesen Beratungsfall gibt es nicht mehr (er wurde gelöscht oder zusammengeführt).</source>
        <translation>This case no longer exists (it was deleted or merged).</translation>
    </message>
    <message>
        <source>Diesen Kontakt gibt es nicht mehr.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind noch da: Laden Sie den Fall neu und tragen Sie sie erneut ein.</source>
        <translation>This contact has been changed elsewhere in the meantime. Your entries are still there: reload the case and enter them again.</translation>
    </message>
    <message>
        <source>Dieser Kontakt wurde inzwischen an anderer Stelle geändert und deshalb nicht gelöscht. Bitte prüfen Sie den neu geladenen Kontakt und löschen Sie ihn dann erneut.</source>
        <translation>This contact has been changed elsewhere in the meantime and was therefore not deleted. Please check the reloaded contact and then delete it again.</translation>
    </message>
    <message>
        <source>Diese Schrittvorlage gibt es nicht mehr.</source>
        <translation>This step template no longer exists.</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Um ihn zu ändern, eröffnen Sie ihn bitte wieder.</source>
        <translation>The case is closed. To change it, please reopen it.</translation>
    </message>
    <message>
        <source>Für diese Person gibt es schon einen offenen Beratungsfall (eröffnet am {opened}). Es kann immer nur ein Fall offen sein: Schließen Sie ihn zuerst ab.</source>
        <translation>This person already has an open case (opened on {opened}). Only one case can be open at a time: close it first.</translation>
    </message>
    <message>
        <source>Eine Kooperationsvereinbarung ohne Ziele kann nicht unterschrieben werden. Bitte zuerst mindestens ein Handlungsziel eintragen und speichern.</source>
        <translation>A goal agreement without goals cannot be signed. Please enter and save at least one goal first.</translation>
    </message>
    <message>
        <source>Diese Fassung ist bereits unterschrieben, und seitdem wurde nichts geändert. Eine neue Fassung entsteht, sobald Sie Ziele oder Schritte ändern.</source>
        <translation>This version is already signed and nothing has changed since. A new version is created as soon as you change goals or steps.</translation>
    </message>
    <message>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Beratungsform</source>
        <translation>Form of counselling</translation>
    </message>
    <message>
        <source>Der neue Fall kann nicht vor dem Abschluss des letzten Falls am {earliest} beginnen.</source>
        <translation>The new case cannot start before the last case was closed on {earliest}.</translation>
    </message>
    <message>
        <source>Wechsel am</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Der Wechsel der Beratungsform kann nicht vor der Eröffnung am {earliest} liegen.</source>
        <translation>The change of the form of counselling cannot be before the opening on {earliest}.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Art des Abschlusses</source>
        <translation>Type of closure</translation>
    </message>
    <message>
        <source>Wieder eröffnet am</source>
        <translation>Reopened on</translation>
    </message>
    <message>
        <source>Dieser Beratungsfall ist nicht abgeschlossen.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <source>Der Fall kann nicht vor seinem Abschluss am {earliest} wieder eröffnet werden.</source>
        <translation>The case cannot be reopened before its closure on {earliest}.</translation>
    </message>
    <message>
        <source>Form des Kontakts</source>
        <translation>Form of contact</translation>
    </message>
    <message>
        <source>Diese Außensprechstunde gibt es nicht mehr.</source>
        <translation>This outreach consultation no longer exists.</translation>
    </message>
    <message>
        <source>Unbekannte Sprache der Sprachmittlung.</source>
        <translation>Unknown language for interpreting.</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Dieses Handlungsziel gibt es nicht mehr.</source>
        <translation>This goal no longer exists.</translation>
    </message>
    <message>
        <source>Unterschrieben am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Diese unterschriebene Fassung gibt es nicht.</source>
        <translation>This signed version does not exist.</translation>
    </message>
    <message>
        <source>Bitte einen Zeitraum von 1 bis 120 Monaten wählen.</source>
        <translation>Please choose a period of 1 to 120 months.</translation>
    </message>
    <message>
        <source>Das Datum liegt vor der Eröffnung des Falls am {earliest}.</source>
        <translation>The date is before the case was opened on {earliest}.</translation>
    </message>
    <message>
        <source>Der erste Kontakt war am {date}: Der Fall kann nicht später eröffnet worden sein.</source>
        <translation>The first contact was on {date}: the case cannot have been opened later.</translation>
    </message>
    <message>
        <source>Am {date} wurde der Fall schon geändert: Er kann nicht später eröffnet worden sein.</source>
        <translation>The case was already changed on {date}: it cannot have been opened later.</translation>
    </message>
    <message>
        <source>Der Abschluss kann nicht vor der Eröffnung des Falls am {earliest} liegen.</source>
        <translation>The closure cannot be before the case was opened on {earliest}.</translation>
    </message>
    <message>
        <source>Der Abschluss kann nicht vor dem letzten Kontakt am {earliest} liegen.</source>
        <translation>The closure cannot be before the last contact on {earliest}.</translation>
    </message>
    <message>
        <source>Kursstand</source>
        <translation>Course status</translation>
    </message>
    <message>
        <source>Sozialleistungen</source>
        <translation>Social benefits</translation>
    </message>
    <message>
        <source>Ein Handlungsziel gibt es nicht mehr. Bitte den Fall neu laden.</source>
        <translation>A goal no longer exists. Please reload the case.</translation>
    </message>
    <message>
        <source>Bitte für jedes Handlungsziel angeben, ob es erreicht wurde – noch offen: {goals}</source>
        <translation>Please state for every goal whether it was achieved – still open: {goals}</translation>
    </message>
    <message>
        <source>Noch {count} offene Schritte: Bitte erledigen oder ausdrücklich als „entfallen“ markieren, bevor der Fall abgeschlossen wird.</source>
        <translation>{count} steps still open: please complete them or explicitly mark them as “dropped” before the case is closed.</translation>
    </message>
    <message>
        <source>Höchstens {count} Handlungsziele.</source>
        <translation>At most {count} goals.</translation>
    </message>
    <message>
        <source>Die Überprüfung kann nicht vor dem Beginn der Vereinbarung am {earliest} liegen.</source>
        <translation>The review cannot be before the start of the agreement on {earliest}.</translation>
    </message>
    <message>
        <source>Ziel {goal}</source>
        <translation>Goal {goal}</translation>
    </message>
    <message>
        <source>{where}: Ziel</source>
        <translation>{where}: goal</translation>
    </message>
    <message>
        <source>{where}: Woran erkennbar</source>
        <translation>{where}: how success can be recognised</translation>
    </message>
    <message>
        <source>{where}: Handlungsfeld</source>
        <translation>{where}: field of action</translation>
    </message>
    <message>
        <source>{where}: Das Zieldatum liegt vor dem Beginn der Vereinbarung am {earliest}.</source>
        <translation>{where}: the target date is before the start of the agreement on {earliest}.</translation>
    </message>
    <message>
        <source>{where}: höchstens {count} Schritte.</source>
        <translation>{where}: at most {count} steps.</translation>
    </message>
    <message>
        <source>Ziel {goal}, Schritt {step}</source>
        <translation>Goal {goal}, step {step}</translation>
    </message>
    <message>
        <source>{where}: Was</source>
        <translation>{where}: what</translation>
    </message>
    <message>
        <source>{where}: Wer</source>
        <translation>{where}: who</translation>
    </message>
    <message>
        <source>{where}: Stand</source>
        <translation>{where}: status</translation>
    </message>
    <message>
        <source>{where}: Diesen Netzwerkpartner gibt es nicht mehr.</source>
        <translation>{where}: this partner no longer exists.</translation>
    </message>
    <message>
        <source>{where}: Die Frist liegt vor dem Beginn der Vereinbarung am {earliest}.</source>
        <translation>{where}: the due date is before the start of the agreement on {earliest}.</translation>
    </message>
    <message>
        <source>{where}: Erledigt am</source>
        <translation>{where}: done on</translation>
    </message>
    <message>
        <source>Ein Handlungsziel gibt es nicht mehr. Bitte neu laden.</source>
        <translation>A goal no longer exists. Please reload.</translation>
    </message>
    <message>
        <source>Ein Schritt gibt es nicht mehr. Bitte neu laden.</source>
        <translation>A step no longer exists. Please reload.</translation>
    </message>
    <message>
        <source>Diese Fassung ist beschädigt und kann nicht gelesen werden.</source>
        <translation>This version is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Diese Fassung der Vereinbarung gibt es nicht.</source>
        <translation>This version of the agreement does not exist.</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Name of the template</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Eine Vorlage braucht mindestens einen Schritt.</source>
        <translation>A template needs at least one step.</translation>
    </message>
    <message>
        <source>Höchstens {count} Schritte.</source>
        <translation>At most {count} steps.</translation>
    </message>
    <message>
        <source>Schritt {step}</source>
        <translation>Step {step}</translation>
    </message>
    <message>
        <source>{where}: Tage nach Beginn zwischen 0 und {limit}.</source>
        <translation>{where}: days after the start between 0 and {limit}.</translation>
    </message>
    <message>
        <source>Einwilligungserklärung</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Dieses Dokument gibt es nicht mehr.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnet – {form}</source>
        <translation>Case opened – {form}</translation>
    </message>
    <message>
        <source>Beratungsfall eröffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Wechsel der Beratungsform – {form}</source>
        <translation>Change of the form of counselling – {form}</translation>
    </message>
    <message>
        <source>vorher: {form}</source>
        <translation>before: {form}</translation>
    </message>
    <message>
        <source>Beratungsfall ruhend gestellt</source>
        <translation>Case paused</translation>
    </message>
    <message>
        <source>Beratungsfall wieder aufgenommen</source>
        <translation>Case resumed</translation>
    </message>
    <message>
        <source>Abschluss: {closure}</source>
        <translation>Closure: {closure}</translation>
    </message>
    <message>
        <source>Beratungsfall abgeschlossen</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>mit Dolmetschung ({language})</source>
        <translation>with interpreting ({language})</translation>
    </message>
    <message>
        <source>mit Dolmetschung</source>
        <translation>with interpreting</translation>
    </message>
    <message>
        <source>Kontakt – {summary}</source>
        <translation>Contact – {summary}</translation>
    </message>
    <message>
        <source>{state}, Ziel bis {date}</source>
        <translation>{state}, target {date}</translation>
    </message>
    <message>
        <source>Handlungsziel – {field} ({state})</source>
        <translation>Goal – {field} ({state})</translation>
    </message>
    <message>
        <source>Schritt erledigt – {field}</source>
        <translation>Step done – {field}</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung unterschrieben – Fassung {number}</source>
        <translation>Goal agreement signed – version {number}</translation>
    </message>
    <message>
        <source>Überprüfung am {date}</source>
        <translation>Review on {date}</translation>
    </message>
    <message>
        <source>Weiterleitung an {target} ({status})</source>
        <translation>Referral to {target} ({status})</translation>
    </message>
    <message>
        <source>Weiterleitung ({status})</source>
        <translation>Referral ({status})</translation>
    </message>
    <message>
        <source>Rückmeldung am {date}</source>
        <translation>Feedback on {date}</translation>
    </message>
    <message>
        <source>erledigt am {date}</source>
        <translation>done on {date}</translation>
    </message>
    <message>
        <source>zurückgestellt bis {date}</source>
        <translation>postponed until {date}</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Wiedervorlage – {source} ({state})</source>
        <translation>Follow-up – {source} ({state})</translation>
    </message>
    <message>
        <source>Wiedervorlage ({state})</source>
        <translation>Follow-up ({state})</translation>
    </message>
    <message>
        <source>Dokument abgelegt – {title}</source>
        <translation>Document filed – {title}</translation>
    </message>
    <message>
        <source>verschlüsselt im Datenbestand (Reiter „Dokumente“)</source>
        <translation>encrypted in the data store (“Documents” tab)</translation>
    </message>
    <message>
        <source>gültig bis {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>{kind} widerrufen</source>
        <translation>{kind} withdrawn</translation>
    </message>
    <message>
        <source>erteilt am {date}</source>
        <translation>given on {date}</translation>
    </message>
    <message>
        <source>Diese Akte gibt es nicht mehr (sie wurde gelöscht oder zusammengeführt).</source>
        <translation>This record no longer exists (it was deleted or merged).</translation>
    </message>
    <message>
        <source>Die Akte wurde zwischenzeitlich geändert (zum Beispiel in einem anderen Fenster). Bitte laden Sie sie neu und tragen Sie Ihre Änderungen dann erneut ein.</source>
        <translation>The record has been changed in the meantime (for example in another window). Please reload it and then enter your changes again.</translation>
    </message>
    <message>
        <source>Beide Akten haben einen offenen oder pausierten Beratungsfall (Akte {first}: eröffnet am {first_opened}; Akte {second}: eröffnet am {second_opened}). Es kann immer nur ein Fall offen sein: Schließen Sie zuerst einen der beiden Fälle ab und führen Sie die Akten dann zusammen.</source>
        <translation>Both records have an open or paused case (record {first}: opened on {first_opened}; record {second}: opened on {second_opened}). Only one case can be open at a time: close one of the two cases first and then merge the records.</translation>
    </message>
    <message>
        <source>Diese Außensprechstunde wird nicht mehr angeboten (in den Einstellungen deaktiviert). Bitte einen anderen Ort wählen.</source>
        <translation>This outreach consultation is no longer offered (deactivated in the settings). Please choose another place.</translation>
    </message>
    <message>
        <source>gleicher Name und gleiches Geburtsdatum</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>Name in anderer Schreibweise (Schreibvariante) und gleiches Geburtsdatum</source>
        <translation>name in another spelling (spelling variant) and same date of birth</translation>
    </message>
    <message>
        <source>ähnlich geschriebener Name (ein Buchstabe anders) und gleiches Geburtsdatum</source>
        <translation>similarly spelled name (one letter different) and same date of birth</translation>
    </message>
    <message>
        <source>gleiche Telefonnummer</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>Eine Akte kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Unbekannte Felder: {fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>Diese Wiedervorlage gibt es nicht mehr. Die Liste wird neu geladen.</source>
        <translation>This follow-up no longer exists. The list is being reloaded.</translation>
    </message>
    <message>
        <source>Diese Erinnerung gilt nicht mehr (die Angaben dazu wurden inzwischen geändert). Die Liste wird neu geladen.</source>
        <translation>This reminder no longer applies (its details have changed in the meantime). The list is being reloaded.</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage kann nicht zu einer anderen Akte verschoben werden.</source>
        <translation>A follow-up cannot be moved to another record.</translation>
    </message>
    <message>
        <source>Diesen Ordner gibt es nicht. Bitte wählen Sie einen anderen.</source>
        <translation>This folder does not exist. Please choose another one.</translation>
    </message>
    <message>
        <source>Bitte ein Datum für die Wiedervorlage angeben.</source>
        <translation>Please give a date for the follow-up.</translation>
    </message>
    <message>
        <source>Bitte einen Grund für die Wiedervorlage angeben.</source>
        <translation>Please give a reason for the follow-up.</translation>
    </message>
    <message>
        <source>Der Grund ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The reason is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Diese Akte gibt es nicht mehr.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Diesen Beratungsfall gibt es nicht mehr.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben der Passphrase stimmen nicht überein.</source>
        <translation>The two entries of the passphrase do not match.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Beraterin/des Beraters an.</source>
        <translation>Please give the counsellor&apos;s name.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Beratungsstelle an.</source>
        <translation>Please give the name of the office.</translation>
    </message>
    <message>
        <source>Diese Angabe ist zu lang.</source>
        <translation>This entry is too long.</translation>
    </message>
    <message>
        <source>Diese Angabe enthält Steuerzeichen.</source>
        <translation>This entry contains control characters.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse ist ungültig.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>Unbekanntes Datenschutzgesetz.</source>
        <translation>Unknown data protection law.</translation>
    </message>
    <message>
        <source>Diesen Ort gibt es nicht mehr. Bitte laden Sie die Liste neu.</source>
        <translation>This place no longer exists. Please reload the list.</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Ort angeben.</source>
        <translation>Please give a name for the place.</translation>
    </message>
    <message>
        <source>Der Name ist zu lang: höchstens {limit} Zeichen, eingegeben {length}.</source>
        <translation>The name is too long: at most {limit} characters, entered {length}.</translation>
    </message>
    <message>
        <source>Den Ort „{name}“ gibt es schon.</source>
        <translation>The place “{name}” already exists.</translation>
    </message>
    <message>
        <source>Den Ort „{name}“ gibt es schon, er ist deaktiviert. Aktivieren Sie ihn wieder, statt ihn neu anzulegen.</source>
        <translation>The place “{name}” already exists but is deactivated. Reactivate it instead of creating it again.</translation>
    </message>
    <message>
        <source>Diesen Netzwerkpartner gibt es nicht mehr (er wurde gelöscht).</source>
        <translation>This partner no longer exists (it was deleted).</translation>
    </message>
    <message>
        <source>Die Datei {name} kann nicht importiert werden: {reason}.</source>
        <translation>The file {name} cannot be imported: {reason}.</translation>
    </message>
    <message>
        <source>„{name}“ kann nicht gelöscht werden: {referrals} Weiterleitung(en) und {releases} Schweigepflichtentbindung(en) nennen diese Stelle. Sie bleiben der Nachweis, wer welche Daten erhalten hat. Ändern Sie stattdessen die Angaben (z. B. „nicht mehr zuständig“ in den Notizen).</source>
        <translation>“{name}” cannot be deleted: {referrals} referral(s) and {releases} confidentiality release(s) name this organisation. They remain the record of who received which data. Change its details instead (e.g. “no longer responsible” in the notes).</translation>
    </message>
    <message>
        <source>Dieselbe Stelle steht schon in Zeile {line}. Bitte eine der beiden Zeilen löschen.</source>
        <translation>The same organisation is already in line {line}. Please delete one of the two lines.</translation>
    </message>
    <message>
        <source>Die Datei hat {count} fehlerhafte Zeile(n), zuerst Zeile {line}: {problem} Es wurde nichts importiert.</source>
        <translation>The file has {count} faulty line(s), first line {line}: {problem} Nothing was imported.</translation>
    </message>
    <message>
        <source>Kennziffer der Beratungsstelle</source>
        <translation>Office reference number</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Datenschutzrecht</source>
        <translation>Data protection law</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss in Jahren</source>
        <translation>Retention period after case closure in years</translation>
    </message>
    <message>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Version des Dateiformats</source>
        <translation>Version of the file format</translation>
    </message>
    <message>
        <source>Die Datei ist zu tief verschachtelt. Voreinstellungen sind einfache Zeilen der Form „schlüssel = wert“.</source>
        <translation>The file is nested too deeply. Presets are simple lines of the form “key = value”.</translation>
    </message>
    <message>
        <source>Die Datei enthält eine Zahl mit zu vielen Stellen.</source>
        <translation>The file contains a number with too many digits.</translation>
    </message>
    <message>
        <source>Die Datei ist kein gültiges TOML (Zeile {line}, Spalte {column}). Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</source>
        <translation>The file is not valid TOML (line {line}, column {column}). Every line has the form “key = value”; texts are in quotation marks.</translation>
    </message>
    <message>
        <source>Die Datei ist kein gültiges TOML. Jede Zeile hat die Form „schlüssel = wert“, Texte stehen in Anführungszeichen.</source>
        <translation>The file is not valid TOML. Every line has the form “key = value”; texts are in quotation marks.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{entry}“. Erlaubt sind: {allowed}.</source>
        <translation>Unknown entry “{entry}”. Allowed are: {allowed}.</translation>
    </message>
    <message>
        <source>„version“: diese Programmversion kennt nur Version {known} der Voreinstellungen, die Datei hat Version {version}.</source>
        <translation>“version”: this version of the program only knows version {known} of the presets; the file has version {version}.</translation>
    </message>
    <message>
        <source>„data_protection_law“: erlaubt sind {allowed} (gefunden: „{found}“).</source>
        <translation>“data_protection_law”: allowed are {allowed} (found: “{found}”).</translation>
    </message>
    <message>
        <source>„retention_years“ ({description}): erlaubt sind {minimum} bis {maximum}, gefunden: {found}.</source>
        <translation>“retention_years” ({description}): allowed are {minimum} to {maximum}, found: {found}.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden ({reason}).</source>
        <translation>The file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Die Datei ist größer als {size} KB – das ist keine Voreinstellungsdatei.</source>
        <translation>The file is larger than {size} KB – this is not a presets file.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht in UTF-8 gespeichert. Bitte als UTF-8 speichern.</source>
        <translation>The file is not saved in UTF-8. Please save it as UTF-8.</translation>
    </message>
    <message>
        <source>„backup_folder“: {folder} ist eine Datei, kein Ordner.</source>
        <translation>“backup_folder”: {folder} is a file, not a folder.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): bitte einen Text in Anführungszeichen angeben (gefunden: {kind}).</source>
        <translation>“{entry}” ({description}): please give a text in quotation marks (found: {kind}).</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}) ist leer. Lassen Sie die Zeile weg, wenn es keine Vorgabe gibt.</source>
        <translation>“{entry}” ({description}) is empty. Leave the line out if there is no preset.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): höchstens {limit} Zeichen.</source>
        <translation>“{entry}” ({description}): at most {limit} characters.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}) enthält Steuerzeichen.</source>
        <translation>“{entry}” ({description}) contains control characters.</translation>
    </message>
    <message>
        <source>„{entry}“ ({description}): bitte eine ganze Zahl ohne Anführungszeichen angeben (gefunden: {kind}).</source>
        <translation>“{entry}” ({description}): please give a whole number without quotation marks (found: {kind}).</translation>
    </message>
    <message>
        <source>nichts (null)</source>
        <translation>nothing (null)</translation>
    </message>
    <message>
        <source>ein Wahrheitswert</source>
        <translation>a true/false value</translation>
    </message>
    <message>
        <source>eine ganze Zahl</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>eine Kommazahl</source>
        <translation>a decimal number</translation>
    </message>
    <message>
        <source>ein Text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>eine Liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>ein Objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>ein unbekannter Wert</source>
        <translation>an unknown value</translation>
    </message>
    <message>
        <source>der Inhalt ist größer als {size} KB</source>
        <translation>the content is larger than {size} KB</translation>
    </message>
    <message>
        <source>der Inhalt ist kein UTF-8-Text</source>
        <translation>the content is not UTF-8 text</translation>
    </message>
    <message>
        <source>der Inhalt ist tiefer als {limit} Ebenen verschachtelt</source>
        <translation>the content is nested deeper than {limit} levels</translation>
    </message>
    <message>
        <source>der Inhalt ist kein gültiges JSON</source>
        <translation>the content is not valid JSON</translation>
    </message>
    <message>
        <source>„{entry}“ steht zweimal im Inhalt</source>
        <translation>“{entry}” appears twice in the content</translation>
    </message>
    <message>
        <source>der Inhalt hat eine Zahl mit mehr als {limit} Stellen</source>
        <translation>the content has a number with more than {limit} digits</translation>
    </message>
    <message>
        <source>der Inhalt hat eine ungültige Zahl</source>
        <translation>the content has an invalid number</translation>
    </message>
    <message>
        <source>„{entry}“ ist {kind} statt eines Objekts</source>
        <translation>“{entry}” is {kind} instead of an object</translation>
    </message>
    <message>
        <source>der Inhalt ist {kind} statt eines JSON-Objekts</source>
        <translation>the content is {kind} instead of a JSON object</translation>
    </message>
    <message>
        <source>„{entry}“ fehlt</source>
        <translation>“{entry}” is missing</translation>
    </message>
    <message>
        <source>„{entry}“ ist länger als {limit} Zeichen</source>
        <translation>“{entry}” is longer than {limit} characters</translation>
    </message>
    <message>
        <source>„{entry}“ hat ein ungültiges Format</source>
        <translation>“{entry}” has an invalid format</translation>
    </message>
    <message>
        <source>„{entry}“ ist nicht Base64-kodiert</source>
        <translation>“{entry}” is not Base64-encoded</translation>
    </message>
    <message>
        <source>„{entry}“ hat die falsche Länge</source>
        <translation>“{entry}” has the wrong length</translation>
    </message>
    <message>
        <source>„{entry}“ hat einen ungültigen Namen</source>
        <translation>“{entry}” has an invalid name</translation>
    </message>
    <message>
        <source>„{entry}“ liegt nicht zwischen {minimum} und {maximum}</source>
        <translation>“{entry}” is not between {minimum} and {maximum}</translation>
    </message>
    <message>
        <source>„{entry}“ ist {kind} statt {expected}</source>
        <translation>“{entry}” is {kind} instead of {expected}</translation>
    </message>
    <message>
        <source>eines Textes</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>einer Liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>einer ganzen Zahl</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>„{entry}“ hat mehr als {limit} Einträge</source>
        <translation>“{entry}” has more than {limit} entries</translation>
    </message>
    <message>
        <source>ein Abschnitt</source>
        <translation>a section</translation>
    </message>
    <message>
        <source>ein Datum oder eine Uhrzeit</source>
        <translation>a date or a time</translation>
    </message>
    <message>
        <source>„backup_folder“: die Umgebungsvariable „{name}“ ist nicht gesetzt.</source>
        <translation>“backup_folder”: the environment variable “{name}” is not set.</translation>
    </message>
    <message>
        <source>„backup_folder“: bitte einen vollständigen Pfad angeben (z. B. „D:\MBE-Sicherungen“, „/home/…/MBE-Sicherungen“ oder „~/MBE-Sicherungen“), gefunden: „{found}“.</source>
        <translation>“backup_folder”: please give a full path (e.g. “D:\MBE-Sicherungen”, “/home/…/MBE-Sicherungen” or “~/MBE-Sicherungen”), found: “{found}”.</translation>
    </message>
    <message>
        <source>Die Voreinstellungen aus {path} wurden nicht übernommen: {reason}</source>
        <translation>The presets from {path} were not applied: {reason}</translation>
    </message>
    <message>
        <source>Diese Person ist nicht (mehr) gespeichert.</source>
        <translation>This person is not (or no longer) stored.</translation>
    </message>
    <message>
        <source>Diese Einwilligung gibt es nicht (mehr).</source>
        <translation>This consent does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>Der Widerruf kann nicht vor der Erteilung der Einwilligung liegen.</source>
        <translation>The withdrawal cannot be before the consent was given.</translation>
    </message>
    <message>
        <source>Der Widerruf kann nicht in der Zukunft liegen.</source>
        <translation>The withdrawal cannot be in the future.</translation>
    </message>
    <message>
        <source>Der Zweck ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The purpose is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: im Profil der Beratungsstelle nicht eingetragen – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: not entered in the office profile – add it or take the placeholder out of the text.</translation>
    </message>
    <message>
        <source>Diesen Netzwerkpartner gibt es nicht mehr. Bitte einen anderen wählen.</source>
        <translation>This partner no longer exists. Please choose another one.</translation>
    </message>
    <message>
        <source>Diese Weiterleitung gibt es nicht mehr.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</source>
        <translation>No letter is saved for this referral.</translation>
    </message>
    <message>
        <source>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können. Er wird nur in lateinischer Schrift gedruckt: {name}.</source>
        <translation>The name contains characters that cannot be shown in the letter. It is printed in Latin script only: {name}.</translation>
    </message>
    <message>
        <source>Der Name enthält Schriftzeichen, die im Brief nicht dargestellt werden können ({characters}). Bitte tragen Sie in der Akte den Namen in lateinischer Schrift ein.</source>
        <translation>The name contains characters that cannot be shown in the letter ({characters}). Please enter the name in Latin script in the record.</translation>
    </message>
    <message>
        <source>Unbekannte Kategorie.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} erlaubt nicht die Weitergabe von: {data}. Nehmen Sie diese Angaben aus dem Schreiben heraus oder holen Sie eine neue Schweigepflichtentbindung ein, die sie nennt.</source>
        <translation>The confidentiality release of {date} does not allow passing on: {data}. Take these details out of the letter or obtain a new confidentiality release that names them.</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} nennt einen anderen Zweck („{purpose}“).</source>
        <translation>The confidentiality release of {date} names a different purpose (“{purpose}”).</translation>
    </message>
    <message>
        <source>Die Schweigepflichtentbindung vom {date} ist {state}.</source>
        <translation>The confidentiality release of {date} is {state}.</translation>
    </message>
    <message>
        <source>Für „{partner}“ (oder allgemein: {category}) liegt keine Schweigepflichtentbindung vor.</source>
        <translation>There is no confidentiality release for “{partner}” (or in general: {category}).</translation>
    </message>
    <message>
        <source>{reasons} Ohne gültige Schweigepflichtentbindung für diese Stelle und diesen Zweck dürfen keine personenbezogenen Daten weitergegeben werden. Drucken Sie das Formular, lassen Sie es unterschreiben und erfassen Sie es dann.</source>
        <translation>{reasons} Without a valid confidentiality release for this organisation and this purpose, no personal data may be passed on. Print the form, have it signed and then record it.</translation>
    </message>
    <message>
        <source>Bitte den Zweck der Weiterleitung angeben.</source>
        <translation>Please give the purpose of the referral.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe in der Auswahl.</source>
        <translation>Unknown item in the selection.</translation>
    </message>
    <message>
        <source>Diese Ansprechperson gehört nicht (mehr) zu der Stelle.</source>
        <translation>This contact person does not (or no longer) belong to the organisation.</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Beraterin/Berater</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>{label}: Zeichen, die im Brief nicht dargestellt werden können ({characters}).</source>
        <translation>{label}: characters that cannot be shown in the letter ({characters}).</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: „{label}“ ist nicht zur Weitergabe angehakt – anhaken oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: “{label}” is not ticked for passing on – tick it or take the placeholder out of the text.</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: keine Ansprechperson gewählt – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: no contact person chosen – add one or take the placeholder out of the text.</translation>
    </message>
    <message>
        <source>{{{placeholder}}}: in der Akte nicht erfasst – ergänzen oder den Platzhalter aus dem Text nehmen.</source>
        <translation>{{{placeholder}}}: not recorded in the record – add it or take the placeholder out of the text.</translation>
    </message>
    <message>
        <source>„{label}“ ist angehakt, aber in der Akte nicht erfasst – in der Akte ergänzen oder den Haken entfernen.</source>
        <translation>“{label}” is ticked but not recorded in the record – add it to the record or remove the tick.</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Eine Weiterleitung gehört zu einem offenen Fall.</source>
        <translation>The case is closed. A referral belongs to an open case.</translation>
    </message>
    <message>
        <source>Bitte begründen Sie die Weitergabe ohne Schweigepflichtentbindung ausführlicher (mindestens {length} Zeichen): Was ist der Notfall, und warum kann die Einwilligung nicht vorher eingeholt werden?</source>
        <translation>Please give a fuller reason for passing on data without a confidentiality release (at least {length} characters): what is the emergency, and why can consent not be obtained beforehand?</translation>
    </message>
    <message>
        <source>Die Begründung ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The reason is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Das gespeicherte Schreiben stimmt nicht mit der bei der Weiterleitung festgehaltenen Prüfsumme überein. Es wird nicht geöffnet.</source>
        <translation>The saved letter does not match the checksum recorded with the referral. It will not be opened.</translation>
    </message>
    <message>
        <source>Bitte einen Stand aus der Liste wählen.</source>
        <translation>Please choose a status from the list.</translation>
    </message>
    <message>
        <source>Das Datum darf nicht in der Zukunft liegen.</source>
        <translation>The date must not be in the future.</translation>
    </message>
    <message>
        <source>Das Datum liegt vor dem Versand der Weiterleitung ({date}).</source>
        <translation>The date is before the referral was sent ({date}).</translation>
    </message>
    <message>
        <source>Bitte das Datum der Unterschrift angeben.</source>
        <translation>Please give the date of the signature.</translation>
    </message>
    <message>
        <source>Das Datum der Unterschrift liegt in der Zukunft.</source>
        <translation>The date of the signature is in the future.</translation>
    </message>
    <message>
        <source>„Gültig bis“ liegt vor dem Datum der Unterschrift.</source>
        <translation>“Valid until” is before the date of the signature.</translation>
    </message>
    <message>
        <source>Bitte die Stelle oder die Art der Stelle angeben.</source>
        <translation>Please give the organisation or the type of organisation.</translation>
    </message>
    <message>
        <source>Bitte den Zweck der Weitergabe angeben.</source>
        <translation>Please give the purpose of passing on the data.</translation>
    </message>
    <message>
        <source>alle Stellen (allgemein)</source>
        <translation>all organisations (general)</translation>
    </message>
    <message>
        <source>{label}: bitte eine ganze Zahl angeben.</source>
        <translation>{label}: please give a whole number.</translation>
    </message>
    <message>
        <source>{label}: erlaubt sind {minimum} bis {maximum}.</source>
        <translation>{label}: allowed are {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>{label}: bitte einen Text angeben.</source>
        <translation>{label}: please give a text.</translation>
    </message>
    <message>
        <source>{label}: höchstens {limit} Zeichen.</source>
        <translation>{label}: at most {limit} characters.</translation>
    </message>
    <message>
        <source>{label}: bitte ja oder nein angeben.</source>
        <translation>{label}: please give yes or no.</translation>
    </message>
    <message>
        <source>Automatische Sperre (Minuten)</source>
        <translation>Automatic lock (minutes)</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss (Jahre)</source>
        <translation>Retention period after case closure (years)</translation>
    </message>
    <message>
        <source>Schwelle für kleine Zahlen in der Statistik</source>
        <translation>Threshold for small numbers in the statistics</translation>
    </message>
    <message>
        <source>Erinnerung: Aufenthaltstitel läuft ab</source>
        <translation>Reminder: residence title expires</translation>
    </message>
    <message>
        <source>Aufenthaltstitel: Wochen vor Ablauf</source>
        <translation>Residence title: weeks before expiry</translation>
    </message>
    <message>
        <source>Erinnerung: Schritt fällig</source>
        <translation>Reminder: step due</translation>
    </message>
    <message>
        <source>Schritt: Tage vor Fälligkeit</source>
        <translation>Step: days before the due date</translation>
    </message>
    <message>
        <source>Erinnerung: Überprüfung der Kooperationsvereinbarung</source>
        <translation>Reminder: goal agreement review</translation>
    </message>
    <message>
        <source>Überprüfung: Tage vor dem Termin</source>
        <translation>Review: days before the date</translation>
    </message>
    <message>
        <source>Erinnerung: Case Management ohne Kontakt</source>
        <translation>Reminder: case management without contact</translation>
    </message>
    <message>
        <source>Case Management: Wochen ohne Kontakt</source>
        <translation>Case management: weeks without contact</translation>
    </message>
    <message>
        <source>Erinnerung: Weiterleitung ohne Rückmeldung</source>
        <translation>Reminder: referral without feedback</translation>
    </message>
    <message>
        <source>Weiterleitung: Tage ohne Rückmeldung</source>
        <translation>Referral: days without feedback</translation>
    </message>
    <message>
        <source>Die Prüfung vor dem Export hat {count} Zelle(n) gefunden, die sich zu genau eingrenzen ließen (zuerst: {table}, Zeile „{row}“, {period}). Der Export wurde nicht geschrieben; es wurde nichts verändert. Bitte wenden Sie sich an den Träger.</source>
        <translation>The check before the export found {count} cell(s) that could be narrowed down too far (first: {table}, row “{row}”, {period}). The export was not written; nothing was changed. Please contact your provider.</translation>
    </message>
    <message>
        <source>Der Zeitraum beginnt nach dem heutigen Tag; dafür gibt es noch keine Zahlen.</source>
        <translation>The period starts after today; there are no figures for it yet.</translation>
    </message>
    <message>
        <source>Die Schwelle für kleine Zahlen muss mindestens {minimum} sein.</source>
        <translation>The threshold for small numbers must be at least {minimum}.</translation>
    </message>
    <message>
        <source>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Den Ordner {folder} gibt es nicht. Bitte wählen Sie einen vorhandenen Ordner.</source>
        <translation>The folder {folder} does not exist. Please choose an existing folder.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Die Statistik wurde nicht gespeichert.</source>
        <translation>The disk is full. The statistics were not saved.</translation>
    </message>
    <message>
        <source>In den Ordner {folder} darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner.</source>
        <translation>Writing to the folder {folder} is not allowed. Please choose another folder.</translation>
    </message>
    <message>
        <source>am {date}, {time} Uhr (mit denselben Zahlen)</source>
        <translation>on {date} at {time} (with the same figures)</translation>
    </message>
    <message>
        <source>am {date}, {time} Uhr (mit anderen Zahlen)</source>
        <translation>on {date} at {time} (with different figures)</translation>
    </message>
    <message>
        <source>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist unvollständig ({reason}). Es wurde nichts verändert.</source>
        <translation>The file {name} is not an MBE Desktop backup or it is incomplete ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Datei {name} ist keine Sicherung von MBE Desktop oder sie ist beschädigt ({part}: {reason}). Es wurde nichts verändert.</source>
        <translation>The file {name} is not an MBE Desktop backup or it is damaged ({part}: {reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung stammt aus einer neueren Version von MBE Desktop. Bitte installieren Sie die aktuelle Version. Es wurde nichts verändert.</source>
        <translation>The backup comes from a newer version of MBE Desktop. Please install the current version. Nothing has been changed.</translation>
    </message>
    <message>
        <source>das Inhaltsverzeichnis ist nicht von MBE Desktop</source>
        <translation>the table of contents is not from MBE Desktop</translation>
    </message>
    <message>
        <source>„{entry}“ ist kein gültiger Zeitpunkt</source>
        <translation>“{entry}” is not a valid point in time</translation>
    </message>
    <message>
        <source>die Datenbank hat nicht das Schema von MBE Desktop</source>
        <translation>the database does not have the MBE Desktop schema</translation>
    </message>
    <message>
        <source>die Schema-Version stimmt nicht mit dem Inhaltsverzeichnis überein</source>
        <translation>the schema version does not match the table of contents</translation>
    </message>
    <message>
        <source>Die Datei ist keine Sicherung von MBE Desktop oder sie ist unvollständig. Es wurde nichts verändert.</source>
        <translation>The file is not an MBE Desktop backup or it is incomplete. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Die Datei {name} gibt es schon. Sie wird nicht überschrieben.</source>
        <translation>The file {name} already exists. It will not be overwritten.</translation>
    </message>
    <message>
        <source>Die Sicherung ist beschädigt ({reason}). Es wurde nichts verändert.</source>
        <translation>The backup is damaged ({reason}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist beschädigt: eine Sicherung davon wäre es auch. Es wurde keine Sicherung angelegt. Stellen Sie den Datenbestand aus einer älteren Sicherung wieder her.</source>
        <translation>The data store is damaged, and a backup of it would be too. No backup was made. Restore the data store from an older backup.</translation>
    </message>
    <message>
        <source>Der Datenträger des Sicherungsziels ist voll. Es wurde keine Sicherung angelegt.</source>
        <translation>The disk of the backup target is full. No backup was made.</translation>
    </message>
    <message>
        <source>In das Sicherungsziel kann nicht geschrieben werden. Prüfen Sie die Berechtigungen. Es wurde keine Sicherung angelegt.</source>
        <translation>The backup target cannot be written to. Check the permissions. No backup was made.</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht angelegt werden: der Datenbestand ist nicht lesbar oder belegt. Es wurde keine Datei angelegt.</source>
        <translation>The backup could not be created: the data store cannot be read or is in use. No file was created.</translation>
    </message>
    <message>
        <source>Die Datei {name} gibt es nicht.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <source>Die Datei ist leer – sie ist keine Sicherung. Es wurde nichts verändert.</source>
        <translation>The file is empty – it is not a backup. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Bestandteile passen nicht zusammen</source>
        <translation>parts do not match</translation>
    </message>
    <message>
        <source>Datei unvollständig oder Prüfsumme falsch</source>
        <translation>file incomplete or wrong checksum</translation>
    </message>
    <message>
        <source>Prüfsumme der Datenbank stimmt nicht</source>
        <translation>database checksum does not match</translation>
    </message>
    <message>
        <source>Die Passphrase passt nicht zu dieser Sicherung. Es wurde nichts verändert.</source>
        <translation>The passphrase does not match this backup. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode passt nicht zu dieser Sicherung. Es wurde nichts verändert.</source>
        <translation>The recovery code does not match this backup. Nothing has been changed.</translation>
    </message>
    <message>
        <source>„{entry}“ ist komprimiert oder verschlüsselt gespeichert</source>
        <translation>“{entry}” is stored compressed or encrypted</translation>
    </message>
    <message>
        <source>Datenbank nicht lesbar</source>
        <translation>database unreadable</translation>
    </message>
    <message>
        <source>Seiten-Prüfsummen falsch</source>
        <translation>wrong page checksums</translation>
    </message>
    <message>
        <source>Integritätsprüfung fehlgeschlagen</source>
        <translation>integrity check failed</translation>
    </message>
    <message>
        <source>Zeilenzahlen stimmen nicht mit dem Inhaltsverzeichnis überein</source>
        <translation>row counts do not match the table of contents</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Es wurde nichts gespeichert.</source>
        <translation>The disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>Keine Schreibberechtigung für den Datenordner. Es wurde nichts gespeichert.</source>
        <translation>No permission to write to the data folder. Nothing was saved.</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden ({reason}).</source>
        <translation>The file could not be written ({reason}).</translation>
    </message>
    <message>
        <source>Die Datenbankdatei fehlt, nur die Schlüsseldatei ist vorhanden. Stellen Sie den Datenbestand aus einer Sicherung wieder her.</source>
        <translation>The database file is missing; only the key file is there. Restore the data store from a backup.</translation>
    </message>
    <message>
        <source>„{entry}“: unbekanntes Verfahren</source>
        <translation>“{entry}”: unknown method</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode passt nicht zu diesem Datenbestand. Es wurde nichts verändert.</source>
        <translation>The recovery code does not match this data store. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei ist unvollständig (ein Schlüsselfach fehlt).</source>
        <translation>The key file is incomplete (a key slot is missing).</translation>
    </message>
    <message>
        <source>das ist keine Schlüsseldatei von MBE Desktop</source>
        <translation>this is not an MBE Desktop key file</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie MBE Desktop.</source>
        <translation>The key file comes from a newer version of the program. Please update MBE Desktop.</translation>
    </message>
    <message>
        <source>ein Schlüsselfach steht zweimal in der Datei</source>
        <translation>a key slot appears twice in the file</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei {name} ist beschädigt oder gehört nicht zu MBE Desktop ({reason}). Stellen Sie den Datenbestand aus einer Sicherung wieder her.</source>
        <translation>The key file {name} is damaged or does not belong to MBE Desktop ({reason}). Restore the data store from a backup.</translation>
    </message>
    <message>
        <source>sie lässt sich nicht lesen: {reason}</source>
        <translation>it cannot be read: {reason}</translation>
    </message>
    <message>
        <source>die Parameter der Schlüsselableitung liegen außerhalb der erlaubten Grenzen</source>
        <translation>the key derivation parameters are outside the permitted limits</translation>
    </message>
    <message>
        <source>Die Schlüsseldatei des Datenbestands fehlt. Ohne sie kann der Datenbestand nicht geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>The data store&apos;s key file is missing. Without it the data store cannot be opened. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Dieser Datenbestand wurde mit einer neueren Version von MBE Desktop bearbeitet. Bitte installieren Sie die aktuelle Version; der Datenbestand bleibt unverändert.</source>
        <translation>This data store was edited with a newer version of MBE Desktop. Please install the current version; the data store stays unchanged.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist beschädigt oder gehört nicht zu MBE Desktop. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>The data store is damaged or does not belong to MBE Desktop. Nothing has been changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} ist leer (0 Byte): der Datenbestand ist verloren. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>The database file in {folder} is empty (0 bytes): the data store is lost. Nothing was changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} ist unvollständig (abgeschnitten): der Datenbestand ist beschädigt. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>The database file in {folder} is incomplete (truncated): the data store is damaged. Nothing was changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Die Datei store.db in {folder} ist eine unverschlüsselte Datenbank und kein Datenbestand von MBE Desktop. Es wurde nichts verändert.</source>
        <translation>The file store.db in {folder} is an unencrypted database, not an MBE Desktop data store. Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei in {folder} passt nicht zur Schlüsseldatei: sie gehört zu einem anderen Datenbestand oder ist keine Datei von MBE Desktop. Es wurde nichts verändert.</source>
        <translation>The database file in {folder} does not match the key file: it belongs to another data store or is not an MBE Desktop file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Die Datei {name} im Datenordner {folder} ist schreibgeschützt: MBE Desktop kann damit nicht arbeiten. Prüfen Sie die Berechtigungen. Es wurde nichts verändert.</source>
        <translation>The file {name} in the data folder {folder} is read-only: MBE Desktop cannot work with it. Check the permissions. Nothing was changed.</translation>
    </message>
    <message>
        <source>Der Datenordner {folder} ist schreibgeschützt: MBE Desktop kann dort nicht arbeiten. Prüfen Sie die Berechtigungen des Ordners. Es wurde nichts verändert.</source>
        <translation>The data folder {folder} is read-only: MBE Desktop cannot work there. Check the folder&apos;s permissions. Nothing was changed.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll: MBE Desktop kann den Datenbestand nicht öffnen. Schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts verändert.</source>
        <translation>The disk is full: MBE Desktop cannot open the data store. Free some space and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Im Ordner {folder} gibt es schon einen Datenbestand. Er wird nicht überschrieben.</source>
        <translation>The folder {folder} already contains a data store. It will not be overwritten.</translation>
    </message>
    <message>
        <source>Im Ordner {folder} gibt es keinen Datenbestand.</source>
        <translation>There is no data store in the folder {folder}.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alle bisher gespeicherten Daten sind unverändert.</source>
        <translation>The disk is full. The last change was not saved; all data saved so far is unchanged.</translation>
    </message>
    <message>
        <source>Der Datenordner ist schreibgeschützt. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>The data folder is read-only. The last change was not saved.</translation>
    </message>
    <message>
        <source>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>An error occurred while writing to the disk. The last change was not saved.</translation>
    </message>
    <message>
        <source>Der Datenbestand ist gerade belegt. Bitte versuchen Sie es erneut.</source>
        <translation>The data store is busy at the moment. Please try again.</translation>
    </message>
    <message>
        <source>Exportiert werden nur ganze Jahre, Halbjahre und Quartale: freie Zeiträume ließen sich gegeneinander verrechnen. Freie Zeiträume zeigt die Statistik-Ansicht.</source>
        <translation>Only whole years, half-years and quarters are exported: free ranges could be offset against each other. The Statistics view shows free ranges.</translation>
    </message>
    <message>
        <source>{period} wurde noch nicht veröffentlicht; eine Berichtigung gibt es erst nach dem ersten Export.</source>
        <translation>{period} has not been published yet; a correction is only possible after the first export.</translation>
    </message>
    <message>
        <source>Die Zahlen von {year} wurden schon {count}-mal berichtigt; mehr Berichtigungen sind nicht möglich, weil jede weitere die verrauschten Zahlen genauer erkennbar machen würde.</source>
        <translation>The figures of {year} have already been corrected {count} times; no more corrections are possible, because each one would make the perturbed figures easier to see through.</translation>
    </message>
    <message>
        <source>Der Zeitraum {period} endet erst am {end}. Ein Zeitraum wird einmal veröffentlicht und danach nicht mehr verändert; exportieren Sie ihn deshalb erst nach seinem Ende.</source>
        <translation>The period {period} ends only on {end}. A period is published once and never changed afterwards, so export it after it has ended.</translation>
    </message>
    <message>
        <source>die Datei gibt es nicht</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>das ist ein Ordner oder keine gewöhnliche Datei</source>
        <translation>this is a folder or not a regular file</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden ({reason})</source>
        <translation>the file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>die Datei ist größer als {size}</source>
        <translation>the file is larger than {size}</translation>
    </message>
    <message>
        <source>der Dateiname ist ungültig</source>
        <translation>the file name is invalid</translation>
    </message>
    <message>
        <source>die Datei ist kein gültiges Zip-Archiv</source>
        <translation>the file is not a valid zip archive</translation>
    </message>
    <message>
        <source>„{entry}“ ist größer als {size}</source>
        <translation>“{entry}” is larger than {size}</translation>
    </message>
    <message>
        <source>die Prüfsumme von „{entry}“ ist falsch</source>
        <translation>the checksum of “{entry}” is wrong</translation>
    </message>
    <message>
        <source>„{entry}“ fehlt im Archiv</source>
        <translation>“{entry}” is missing from the archive</translation>
    </message>
    <message>
        <source>„{entry}“ ist unvollständig oder beschädigt</source>
        <translation>“{entry}” is incomplete or damaged</translation>
    </message>
    <message>
        <source>{count} Löschungen aus der Zeit nach dieser Sicherung wurden erneut ausgeführt.</source>
        <translation>{count} erasures made after this backup were carried out again.</translation>
    </message>
    <message>
        <source>1 Löschung aus der Zeit nach dieser Sicherung wurde erneut ausgeführt.</source>
        <translation>1 erasure made after this backup was carried out again.</translation>
    </message>
    <message>
        <source>Der Datenbestand in {folder} wird gerade von {holder} benutzt. Es kann immer nur ein Programm zur selben Zeit damit arbeiten. Bitte warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut. Es wurde nichts verändert.</source>
        <translation>The data store in {folder} is in use by {holder}. Only one program at a time can work with it. Please wait until it has finished, or close it, and then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>dem Programmfenster von MBE Desktop (Prozess {pid})</source>
        <translation>the MBE Desktop window (process {pid})</translation>
    </message>
    <message>
        <source>dem Befehl „mbe-desktop {command}“ (Prozess {pid})</source>
        <translation>the command “mbe-desktop {command}” (process {pid})</translation>
    </message>
    <message>
        <source>einem anderen Programm (Prozess {pid})</source>
        <translation>another program (process {pid})</translation>
    </message>
    <message>
        <source>einem anderen Programm</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Schreibvariante</source>
        <translation>spelling variant</translation>
    </message>
    <message>
        <source>ähnliche Schreibung</source>
        <translation>similar spelling</translation>
    </message>
</context>
<context>
    <name>NetworkPdf</name>
    <message>
        <source>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Speichern Sie stattdessen eine Kopie oder drucken Sie das Schreiben.</source>
        <translation>No program for viewing PDF files is set up. Save a copy instead or print the letter.</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>„{name}“ gibt es dort schon. Soll die Datei ersetzt werden?</source>
        <translation>“{name}” already exists there. Replace the file?</translation>
    </message>
    <message>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drucken ist hier nicht möglich. Speichern Sie eine Kopie und drucken Sie diese.</source>
        <translation>Printing is not possible here. Save a copy and print that.</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner</source>
        <translation>No partners yet</translation>
    </message>
    <message>
        <source>Hier pflegen Sie die Stellen, an die Sie Ratsuchende weiterleiten – Jobcenter, Ausländerbehörde, Integrationskursträger, Anerkennungsberatung, Schuldnerberatung und andere – mit Ansprechpersonen, Adresse, Erreichbarkeit und Sprachen.</source>
        <translation>Here you maintain the organisations to which you refer clients – Jobcenter, immigration office, integration course providers, recognition counselling, debt counselling and others – with contact persons, address, availability and languages.</translation>
    </message>
    <message>
        <source>Ein Verzeichnis von Kolleginnen und Kollegen übernehmen Sie als CSV-Datei (UTF-8, Semikolon). Gibt eine Weiterleitung personenbezogene Daten weiter, braucht sie vorher eine schriftliche Schweigepflichtentbindung.</source>
        <translation>Take over a directory from colleagues as a CSV file (UTF-8, semicolon). If a referral passes on personal data, it needs a written confidentiality release beforehand.</translation>
    </message>
    <message>
        <source>Ersten &amp;Partner anlegen …</source>
        <translation>Create the first &amp;partner …</translation>
    </message>
    <message>
        <source>Verzeichnis &amp;importieren (CSV) …</source>
        <translation>&amp;Import directory (CSV) …</translation>
    </message>
    <message>
        <source>Name, Angebot, Ansprechperson – z. B. „Sprachkurs“</source>
        <translation>Name, service, contact person – e.g. “language course”</translation>
    </message>
    <message>
        <source>Netzwerkpartner suchen</source>
        <translation>Search partners</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Ort/Region:</source>
        <translation>&amp;Town/region:</translation>
    </message>
    <message>
        <source>&amp;Neuer Partner …</source>
        <translation>&amp;New partner …</translation>
    </message>
    <message>
        <source>Neuen Netzwerkpartner anlegen (Einfg)</source>
        <translation>Create a new partner (Ins)</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Markierten Partner bearbeiten (Eingabetaste)</source>
        <translation>Edit the selected partner (Enter)</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Markierten Partner löschen (Entf)</source>
        <translation>Delete the selected partner (Del)</translation>
    </message>
    <message>
        <source>CSV i&amp;mportieren …</source>
        <translation>I&amp;mport CSV …</translation>
    </message>
    <message>
        <source>CSV e&amp;xportieren …</source>
        <translation>E&amp;xport CSV …</translation>
    </message>
    <message>
        <source>Brief&amp;vorlagen …</source>
        <translation>Letter tem&amp;plates …</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Neuen Partner anlegen</source>
        <translation>Create a new partner</translation>
    </message>
    <message>
        <source>Partner löschen</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <source>Alle Orte</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>{count} Stellen</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>{count} von {all} Stellen</source>
        <translation>{count} of {all} organisations</translation>
    </message>
    <message>
        <source>Keine Stelle gefunden. Ändern Sie die Suche oder die Filter.</source>
        <translation>No organisation found. Change the search or the filters.</translation>
    </message>
    <message>
        <source>Telefon: {value}</source>
        <translation>Phone: {value}</translation>
    </message>
    <message>
        <source>E-Mail: {value}</source>
        <translation>Email: {value}</translation>
    </message>
    <message>
        <source>Web: {value}</source>
        <translation>Web: {value}</translation>
    </message>
    <message>
        <source>Öffnungszeiten:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Sprachen: {names}</source>
        <translation>Languages: {names}</translation>
    </message>
    <message>
        <source>Angebote:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>Ansprechpersonen:</source>
        <translation>Contact persons:</translation>
    </message>
    <message>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>{count} Weiterleitung(en) an diese Stelle.</source>
        <translation>{count} referral(s) to this organisation.</translation>
    </message>
    <message>
        <source>Netzwerkpartner löschen?</source>
        <translation>Delete the partner?</translation>
    </message>
    <message>
        <source>„{name}“ mit allen Ansprechpersonen aus dem Verzeichnis löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete “{name}” with all contact persons from the directory? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Netzwerkpartner aus CSV importieren</source>
        <translation>Import partners from CSV</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gelesen werden. Bitte eine andere Datei wählen.</source>
        <translation>The file could not be read. Please choose another file.</translation>
    </message>
    <message>
        <source>{count} Netzwerkpartner importiert.</source>
        <translation>{count} partners imported.</translation>
    </message>
    <message>
        <source>Netzwerkpartner als CSV exportieren</source>
        <translation>Export partners as CSV</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden. Bitte einen anderen Ort wählen.</source>
        <translation>The file could not be written. Please choose another location.</translation>
    </message>
    <message>
        <source>Verzeichnis exportiert: {name}</source>
        <translation>Directory exported: {name}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Passphrase &amp;wiederholen:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen überein.</source>
        <translation>The two entries match.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>The two entries do not match yet.</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Passphrase ein.</source>
        <translation>Please enter a passphrase.</translation>
    </message>
    <message>
        <source>Die Passphrase ist zu schwach.</source>
        <translation>The passphrase is too weak.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben der Passphrase stimmen nicht überein.</source>
        <translation>The two entries of the passphrase do not match.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>&amp;Name der Beraterin/des Beraters*</source>
        <translation>Na&amp;me of the counsellor*</translation>
    </message>
    <message>
        <source>&amp;Beratungsstelle*</source>
        <translation>Off&amp;ice*</translation>
    </message>
    <message>
        <source>&amp;Straße und Hausnummer</source>
        <translation>S&amp;treet and house number</translation>
    </message>
    <message>
        <source>P&amp;LZ und Ort</source>
        <translation>Postcode and cit&amp;y</translation>
    </message>
    <message>
        <source>&amp;Träger</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>Emai&amp;l</translation>
    </message>
    <message>
        <source>&amp;Kennziffer der Beratungsstelle</source>
        <translation>Office reference number (Kenn&amp;ziffer)</translation>
    </message>
    <message>
        <source>Name der Beraterin/des Beraters</source>
        <translation>Name of the counsellor</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kennziffer der Beratungsstelle</source>
        <translation>Office reference number</translation>
    </message>
    <message>
        <source>z. B. Maria Beispiel</source>
        <translation>e.g. Maria Beispiel</translation>
    </message>
    <message>
        <source>z. B. MBE Musterstadt</source>
        <translation>e.g. MBE Musterstadt</translation>
    </message>
    <message>
        <source>optional, für die Statistik</source>
        <translation>optional, for the statistics</translation>
    </message>
    <message>
        <source>Datenschutzrecht</source>
        <translation>Data protection law</translation>
    </message>
    <message>
        <source>Diakonie und Caritas wenden kirchliches Datenschutzrecht an (DSG-EKD bzw. KDG), alle anderen Träger die DSGVO mit dem BDSG. Texte für Ratsuchende nennen das hier gewählte Recht.</source>
        <translation>Diakonie and Caritas apply church data protection law (DSG-EKD or KDG), all other providers the GDPR with the BDSG. Texts for clients name the law chosen here.</translation>
    </message>
    <message>
        <source>Datenschut&amp;zrecht</source>
        <translation>Data protection la&amp;w</translation>
    </message>
    <message>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <source>„{field}“: {message}</source>
        <translation>“{field}”: {message}</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Willkommen bei MBE Desktop</source>
        <translation>Welcome to MBE Desktop</translation>
    </message>
    <message>
        <source>MBE Desktop speichert Ihre Falldokumentation verschlüsselt auf diesem Rechner. Tragen Sie zuerst die Angaben Ihrer Beratungsstelle ein. Sie stehen im Briefkopf Ihrer Schreiben und lassen sich später unter „Einstellungen“ ändern.</source>
        <translation>MBE Desktop stores your case documentation encrypted on this computer. First enter the details of your office. They appear in the letterhead of your letters and can be changed later under “Settings”.</translation>
    </message>
    <message>
        <source>{problem} Sie können alle Angaben selbst eintragen; bitte informieren Sie Ihre IT-Abteilung.</source>
        <translation>{problem} You can enter all details yourself; please inform your IT department.</translation>
    </message>
    <message>
        <source>Die Voreinstellungen Ihres Trägers ({file}) werden übernommen.</source>
        <translation>Your provider&apos;s presets ({file}) are applied.</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss (Jahre): {years}</source>
        <translation>Retention period after case closure (years): {years}</translation>
    </message>
    <message>
        <source>Sicherungsordner: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <source>Beratungsstelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>Sav&amp;e</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>Dis&amp;card</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Undo unsaved changes</translation>
    </message>
    <message>
        <source>Diese Angaben stehen im Briefkopf Ihrer Schreiben und auf dem Notfallblatt.</source>
        <translation>These details appear in the letterhead of your letters and on the emergency sheet.</translation>
    </message>
    <message>
        <source>Die Angaben wurden gespeichert.</source>
        <translation>The details were saved.</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Unsaved input was restored. Save or discard it.</translation>
    </message>
</context>
<context>
    <name>OptionalSpin</name>
    <message>
        <source>keine Angabe</source>
        <translation>not specified</translation>
    </message>
</context>
<context>
    <name>OutreachLocationsSection</name>
    <message>
        <source>Orte der Außensprechstunden</source>
        <translation>Places of outreach consultations</translation>
    </message>
    <message>
        <source>Name des neuen Ortes</source>
        <translation>Name of the new place</translation>
    </message>
    <message>
        <source>z. B. Rathaus Musterdorf, Familienzentrum</source>
        <translation>e.g. Musterdorf town hall, family centre</translation>
    </message>
    <message>
        <source>Neuer Ort:</source>
        <translation>New place:</translation>
    </message>
    <message>
        <source>Hinzuf&amp;ügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Den eingegebenen Ort hinzufügen (Eingabetaste)</source>
        <translation>Add the place entered (Enter)</translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Den gewählten Ort umbenennen (F2)</source>
        <translation>Rename the selected place (F2)</translation>
    </message>
    <message>
        <source>Orte der Außensprechstunden: Ort umbenennen</source>
        <translation>Places of outreach consultations: rename place</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Diese Orte stehen bei Kontakten der Form „Außensprechstunde“ und beim Erstkontakt zur Auswahl. Ein deaktivierter Ort wird nicht mehr angeboten; Kontakte und Akten, die ihn nennen, behalten ihn.</source>
        <translation>These places can be chosen for contacts of the form “outreach consultation” and for the first contact. A deactivated place is no longer offered; contacts and records that name it keep it.</translation>
    </message>
    <message>
        <source>{name} (deaktiviert)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>Noch keine Orte eingetragen.</source>
        <translation>No places entered yet.</translation>
    </message>
    <message>
        <source>{contacts} Kontakte, {clients} Erstkontakte an diesem Ort</source>
        <translation>{contacts} contacts, {clients} first contacts at this place</translation>
    </message>
    <message>
        <source>Wieder aktivieren</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Den Ort wieder zur Auswahl anbieten</source>
        <translation>Offer the place for selection again</translation>
    </message>
    <message>
        <source>Den Ort nicht mehr anbieten; bisherige Kontakte behalten ihn</source>
        <translation>No longer offer the place; earlier contacts keep it</translation>
    </message>
    <message>
        <source>Der Ort „{name}“ wurde hinzugefügt.</source>
        <translation>The place “{name}” was added.</translation>
    </message>
    <message>
        <source>Ort umbenennen</source>
        <translation>Rename place</translation>
    </message>
    <message>
        <source>Neuer Name für „{name}“:</source>
        <translation>New name for “{name}”:</translation>
    </message>
    <message>
        <source>Umbenennen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>„{old}“ heißt jetzt „{new}“, auch in den bisherigen Kontakten.</source>
        <translation>“{old}” is now called “{new}”, also in the earlier contacts.</translation>
    </message>
    <message>
        <source>„{name}“ wird wieder zur Auswahl angeboten.</source>
        <translation>“{name}” is offered for selection again.</translation>
    </message>
    <message>
        <source>„{name}“ wird nicht mehr angeboten. Bisherige Kontakte und Akten behalten den Ort; Sie können ihn jederzeit wieder aktivieren.</source>
        <translation>“{name}” is no longer offered. Earlier contacts and records keep the place; you can reactivate it at any time.</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Netzwerkpartner bearbeiten</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Neuer Netzwerkpartner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>z. B. Landkreis Musterland</source>
        <translation>e.g. Landkreis Musterland</translation>
    </message>
    <message>
        <source>Kürzel mit Komma, z. B. de, en, ar, uk</source>
        <translation>Codes separated by commas, e.g. de, en, ar, uk</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Person &amp;hinzufügen</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Person &amp;entfernen</source>
        <translation>R&amp;emove person</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Name der Stelle:</source>
        <translation>&amp;Name of the organisation:</translation>
    </message>
    <message>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Str&amp;aße:</source>
        <translation>Str&amp;eet:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>Postcode, &amp;town:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Webseite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Spra&amp;chen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <source>Ö&amp;ffnungszeiten:</source>
        <translation>Opening &amp;hours:</translation>
    </message>
    <message>
        <source>An&amp;gebote:</source>
        <translation>Ser&amp;vices:</translation>
    </message>
    <message>
        <source>Noti&amp;zen:</source>
        <translation>Note&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Ansprech&amp;personen:</source>
        <translation>Contact pers&amp;ons:</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Netzwerkpartner des Schritts</source>
        <translation>Partner of the step</translation>
    </message>
    <message>
        <source>Partner aus dem Netzwerk: Namen oder Ort tippen, dann aus der Liste wählen. Neue Partner legen Sie unter „Netzwerk“ an.</source>
        <translation>Partner from the network: type a name or place, then choose from the list. Create new partners under “Network”.</translation>
    </message>
    <message>
        <source>Partner suchen …</source>
        <translation>Search partners …</translation>
    </message>
    <message>
        <source>Net&amp;zwerkpartner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>– Partner wählen –</source>
        <translation>– choose a partner –</translation>
    </message>
    <message>
        <source>(nicht mehr im Netzwerk)</source>
        <translation>(no longer in the network)</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase festlegen</source>
        <translation>Set the passphrase</translation>
    </message>
    <message>
        <source>Mit der Passphrase entsperren Sie MBE Desktop. Gut geeignet sind vier oder mehr ungewöhnliche Wörter, die nur Sie kennen, z. B. durch Bindestriche verbunden. Schreiben Sie die Passphrase nicht auf den Laptop.</source>
        <translation>You unlock MBE Desktop with the passphrase. Four or more unusual words that only you know work well, e.g. joined by hyphens. Do not write the passphrase on the laptop.</translation>
    </message>
    <message>
        <source>Datenbestand &amp;anlegen</source>
        <translation>&amp;Create data store</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Der verschlüsselte Datenbestand wird hier angelegt: {folder}</source>
        <translation>The encrypted data store is created here: {folder}</translation>
    </message>
    <message>
        <source>Der Datenbestand wird verschlüsselt angelegt …</source>
        <translation>Creating the encrypted data store …</translation>
    </message>
    <message>
        <source>Der Datenbestand konnte nicht angelegt werden.</source>
        <translation>The data store could not be created.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Zeitraum wählen</source>
        <translation>Choose the period</translation>
    </message>
    <message>
        <source>Der Export enthält nur zusammengefasste Anzahlen für diesen Zeitraum – keine Namen, Aktennummern, Freitexte oder genauen Daten.</source>
        <translation>The export contains only aggregated counts for this period – no names, record numbers, free texts or exact dates.</translation>
    </message>
    <message>
        <source>Schwelle für &amp;kleine Zahlen:</source>
        <translation>Threshold for &amp;small numbers:</translation>
    </message>
    <message>
        <source>&amp;Berichtigung: die veröffentlichten Zahlen dieses Jahres neu berechnen</source>
        <translation>&amp;Correction: recalculate this year&apos;s published figures</translation>
    </message>
    <message>
        <source>Nur für Nachträge zu einem schon exportierten Zeitraum. Alle veröffentlichten Zeiträume des Jahres werden mit neuem Rauschen berechnet und als Berichtigung gekennzeichnet; höchstens zwei Berichtigungen je Jahr.</source>
        <translation>Only for late entries to a period exported before. Every published period of the year is recalculated with new noise and marked as a correction; at most two corrections per year.</translation>
    </message>
    <message>
        <source>Anzahlen unter der Schwelle (auch 0) werden nicht veröffentlicht, alle anderen leicht verrauscht (um höchstens 3). Exportiert werden nur abgelaufene Jahre, Halbjahre und Quartale; jeder Zeitraum wird einmal festgeschrieben und danach immer gleich exportiert. Eine höhere Schwelle wird beim Export gespeichert; eine niedrigere schützt weniger und gilt erst, wenn Sie sie mit Ihrer Passphrase bestätigen.</source>
        <translation>Counts below the threshold (0 included) are not published, all others are slightly perturbed (by at most 3). Only ended years, half-years and quarters are exported; each period is fixed once and then always exported the same. A higher threshold is saved with the export; a lower one protects less and only applies once you confirm it with your passphrase.</translation>
    </message>
    <message>
        <source>Schwelle für kleine Zahlen von {old} auf {new} senken</source>
        <translation>lower the threshold for small numbers from {old} to {new}</translation>
    </message>
    <message>
        <source>Die Schwelle bleibt bei {k}.</source>
        <translation>The threshold stays at {k}.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>dieses Jahr bis heute ({period})</source>
        <translation>this year to date ({period})</translation>
    </message>
    <message>
        <source>Zeitraum von–bis …</source>
        <translation>Period from–to …</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Writing to this folder is not allowed. Please choose another location.</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Speicherort.</source>
        <translation>The goal agreement could not be saved. Please choose another location.</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kein offener Beratungsfall</source>
        <translation>No open case</translation>
    </message>
    <message>
        <source>Eine Kooperationsvereinbarung gehört zu einem offenen Beratungsfall. Eröffnen Sie zuerst einen Fall mit der Form „Case Management“.</source>
        <translation>A goal agreement belongs to an open case. First open a case with the form “Case management”.</translation>
    </message>
    <message>
        <source>Fassung</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Fassung:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Un&amp;terschreiben…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung als unterschrieben festhalten und einfrieren</source>
        <translation>Record the saved version as signed and freeze it</translation>
    </message>
    <message>
        <source>Als PDF speiche&amp;rn…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <source>Die gezeigte Fassung als PDF-Datei speichern</source>
        <translation>Save the version shown as a PDF file</translation>
    </message>
    <message>
        <source>Druc&amp;ken…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <source>Die gezeigte Fassung drucken</source>
        <translation>Print the version shown</translation>
    </message>
    <message>
        <source>&amp;Jetzt neu laden</source>
        <translation>Re&amp;load now</translation>
    </message>
    <message>
        <source>Den gespeicherten Stand laden; nicht gespeicherte Eingaben gehen verloren</source>
        <translation>Load the saved state; unsaved input is lost</translation>
    </message>
    <message>
        <source>Überprüfung am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Wann Sie die Vereinbarung gemeinsam überprüfen wollen (TT.MM.JJJJ, Kalender mit Alt+↓)</source>
        <translation>When you want to review the agreement together (DD.MM.YYYY, calendar with Alt+↓)</translation>
    </message>
    <message>
        <source>Überprüfung a&amp;m:</source>
        <translation>Re&amp;view on:</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Undo unsaved changes</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung speichern (Strg+S)</source>
        <translation>Save the goal agreement (Ctrl+S)</translation>
    </message>
    <message>
        <source>Handlungsziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Handlun&amp;gsziele</source>
        <translation>G&amp;oals</translation>
    </message>
    <message>
        <source>Ne&amp;ues Ziel</source>
        <translation>Ne&amp;w goal</translation>
    </message>
    <message>
        <source>Ein weiteres Handlungsziel anlegen (Strg+N)</source>
        <translation>Create another goal (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ziel entfer&amp;nen…</source>
        <translation>Re&amp;move goal…</translation>
    </message>
    <message>
        <source>Das ausgewählte Ziel mit seinen Schritten entfernen</source>
        <translation>Remove the selected goal with its steps</translation>
    </message>
    <message>
        <source>Ziel nach oben schieben</source>
        <translation>Move goal up</translation>
    </message>
    <message>
        <source>Ziel nach unten schieben</source>
        <translation>Move goal down</translation>
    </message>
    <message>
        <source>Noch keine Handlungsziele</source>
        <translation>No goals yet</translation>
    </message>
    <message>
        <source>Vereinbaren Sie mit der ratsuchenden Person, was sie erreichen möchte. Legen Sie mit „Neues Ziel“ (Strg+N) ein Ziel an und planen Sie die Schritte dorthin: wer was bis wann erledigt.</source>
        <translation>Agree with the client on what they want to achieve. Create a goal with “New goal” (Ctrl+N) and plan the steps towards it: who does what by when.</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Ziel in einfachen Worten</source>
        <translation>Goal in simple words</translation>
    </message>
    <message>
        <source>z. B. Einen Platz in einem Integrationskurs mit Kinderbetreuung haben</source>
        <translation>e.g. Have a place in an integration course with childcare</translation>
    </message>
    <message>
        <source>Woran der Erfolg erkennbar ist</source>
        <translation>How success can be recognised</translation>
    </message>
    <message>
        <source>z. B. Die Anmeldebestätigung des Kursträgers liegt vor</source>
        <translation>e.g. The course provider&apos;s confirmation of registration has arrived</translation>
    </message>
    <message>
        <source>Zieltermin</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Hand&amp;lungsfeld:</source>
        <translation>Field of a&amp;ction:</translation>
    </message>
    <message>
        <source>Ziel &amp;in einfachen Worten:*</source>
        <translation>Goal &amp;in simple words:*</translation>
    </message>
    <message>
        <source>Pflichtangabe</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>&amp;Erfolg erkennbar an:</source>
        <translation>Success &amp;recognisable by:</translation>
    </message>
    <message>
        <source>Zu erreichen &amp;bis:</source>
        <translation>To be achieved &amp;by:</translation>
    </message>
    <message>
        <source>Zielerreichung:</source>
        <translation>Goal attainment:</translation>
    </message>
    <message>
        <source>Schritte</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung: Schritt hinzufügen</source>
        <translation>Goal agreement: add step</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung: Schritt entfernen</source>
        <translation>Goal agreement: remove step</translation>
    </message>
    <message>
        <source>S&amp;chritte</source>
        <translation>Ste&amp;ps</translation>
    </message>
    <message>
        <source>Doppelklick oder F2 bearbeitet eine Zelle.</source>
        <translation>Double-click or F2 edits a cell.</translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Einen Schritt anfügen (Einfg in der Tabelle)</source>
        <translation>Append a step (Ins in the table)</translation>
    </message>
    <message>
        <source>Aus V&amp;orlage</source>
        <translation>From temp&amp;late</translation>
    </message>
    <message>
        <source>Schritte aus einer Vorlage für dieses Handlungsfeld anhängen</source>
        <translation>Append steps from a template for this field of action</translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Den ausgewählten Schritt entfernen (Entf)</source>
        <translation>Remove the selected step (Del)</translation>
    </message>
    <message>
        <source>Wiedervorlage …</source>
        <translation>Follow-up …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage zum ausgewählten Schritt anlegen (mit Text und Fälligkeit)</source>
        <translation>Create a follow-up for the selected step (with text and due date)</translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation>Move step down</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen an der Kooperationsvereinbarung wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Unsaved changes to the goal agreement were restored. Save or discard them.</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde gespeichert.</source>
        <translation>The goal agreement was saved.</translation>
    </message>
    <message>
        <source>Damit ist Fassung {n} entstanden; die unterschriebene Fassung {old} bleibt unverändert lesbar.</source>
        <translation>This created version {n}; the signed version {old} remains readable unchanged.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung nicht verfügbar</source>
        <translation>Goal agreement not available</translation>
    </message>
    <message>
        <source>Fassung 1 – noch nicht gespeichert</source>
        <translation>Version 1 – not saved yet</translation>
    </message>
    <message>
        <source>in Bearbeitung</source>
        <translation>being edited</translation>
    </message>
    <message>
        <source>nicht unterschrieben</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Fassung {n} – {state}</source>
        <translation>Version {n} – {state}</translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date} (aktuell)</source>
        <translation>Version {n} – signed on {date} (current)</translation>
    </message>
    <message>
        <source>Fassung {n} – unterschrieben am {date}</source>
        <translation>Version {n} – signed on {date}</translation>
    </message>
    <message>
        <source>Der Beratungsfall ist abgeschlossen. Die Kooperationsvereinbarung lässt sich nur noch lesen; bei jedem Ziel steht, ob es erreicht wurde.</source>
        <translation>The case is closed. The goal agreement can only be read; each goal shows whether it was achieved.</translation>
    </message>
    <message>
        <source>Fassung {n} wurde am {date} unterschrieben und ist eingefroren. Ändern Sie Ziele oder Schritte, entsteht beim Speichern Fassung {next}; Fassung {n} bleibt unverändert lesbar. Fortschritt (Status, erledigt am) ist keine Änderung der Vereinbarung.</source>
        <translation>Version {n} was signed on {date} and is frozen. If you change goals or steps, saving creates version {next}; version {n} remains readable unchanged. Progress (status, done on) is not a change to the agreement.</translation>
    </message>
    <message>
        <source>Sie lesen Fassung {n}, unterschrieben am {date}. Sie ist eingefroren und lässt sich nicht mehr ändern. Zum Bearbeiten wählen Sie oben die aktuelle Fassung.</source>
        <translation>You are reading version {n}, signed on {date}. It is frozen and can no longer be changed. To edit, choose the current version above.</translation>
    </message>
    <message>
        <source>Ihre nicht gespeicherten Änderungen dort bleiben erhalten.</source>
        <translation>Your unsaved changes there are kept.</translation>
    </message>
    <message>
        <source>(Ziel noch nicht beschrieben)</source>
        <translation>(goal not described yet)</translation>
    </message>
    <message>
        <source>{open} von {steps} Schritten offen</source>
        <translation>{open} of {steps} steps open</translation>
    </message>
    <message>
        <source>kein Schritt mehr offen</source>
        <translation>no step open any more</translation>
    </message>
    <message>
        <source>Keine Handlungsziele</source>
        <translation>No goals</translation>
    </message>
    <message>
        <source>In dieser Fassung ist kein Handlungsziel vereinbart.</source>
        <translation>No goal is agreed in this version.</translation>
    </message>
    <message>
        <source>Ziel {n}</source>
        <translation>Goal {n}</translation>
    </message>
    <message>
        <source>Ziel {n} „{goal}“ entfernen?</source>
        <translation>Remove goal {n} “{goal}”?</translation>
    </message>
    <message>
        <source>Seine Schritte ({count}) werden mit entfernt.</source>
        <translation>Its steps ({count}) are removed with it.</translation>
    </message>
    <message>
        <source>Ziel entfernen?</source>
        <translation>Remove the goal?</translation>
    </message>
    <message>
        <source>Gespeichert wird erst mit „Speichern“; bis dahin hilft „Verwerfen“.</source>
        <translation>Nothing is saved until “Save”; until then “Discard” helps.</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{actor}: {partner}</source>
        <translation>{actor}: {partner}</translation>
    </message>
    <message>
        <source>Erst wenn der Schritt erledigt ist</source>
        <translation>Only once the step is done</translation>
    </message>
    <message>
        <source>Keine Vorlage für „{field}“ (Einstellungen → Schrittvorlagen)</source>
        <translation>No template for “{field}” (Settings → Step templates)</translation>
    </message>
    <message>
        <source>{name} ({count} Schritte)</source>
        <translation>{name} ({count} steps)</translation>
    </message>
    <message>
        <source>Schritt: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message>
        <source>Handlungsfelder ohne Ziel: {fields}. Sie gelten im Plan als offen.</source>
        <translation>Fields of action without a goal: {fields}. They count as open in the plan.</translation>
    </message>
    <message>
        <source>Zu erreichen bis</source>
        <translation>To be achieved by</translation>
    </message>
    <message>
        <source>Schritt {n}, fällig am</source>
        <translation>Step {n}, due on</translation>
    </message>
    <message>
        <source>Schritt {n}, erledigt am</source>
        <translation>Step {n}, done on</translation>
    </message>
    <message>
        <source>Ziel {n}, {label}: {problem}</source>
        <translation>Goal {n}, {label}: {problem}</translation>
    </message>
    <message>
        <source>Überprüfung am: {problem}</source>
        <translation>Review on: {problem}</translation>
    </message>
    <message>
        <source>Die Kooperationsvereinbarung wurde an anderer Stelle geändert. Ihre Eingaben sind noch da. Neu laden zeigt den gespeicherten Stand; Ihre Eingaben gehen dabei verloren.</source>
        <translation>The goal agreement was changed elsewhere. Your input is still there. Reloading shows the saved state; your input is lost.</translation>
    </message>
    <message>
        <source>Erst speichern</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Es gibt nicht gespeicherte Änderungen. Unterschrieben wird immer der gespeicherte Stand: Speichern Sie zuerst (Strg+S) oder verwerfen Sie die Änderungen.</source>
        <translation>There are unsaved changes. It is always the saved state that is signed: save first (Ctrl+S) or discard the changes.</translation>
    </message>
    <message>
        <source>Es ist kein Beratungsfall geöffnet.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <source>Fassung {n} ist als am {date} unterschrieben festgehalten und eingefroren.</source>
        <translation>Version {n} is recorded as signed on {date} and frozen.</translation>
    </message>
    <message>
        <source>Noch nichts gespeichert</source>
        <translation>Nothing saved yet</translation>
    </message>
    <message>
        <source>Speichern Sie die Kooperationsvereinbarung zuerst.</source>
        <translation>Save the goal agreement first.</translation>
    </message>
    <message>
        <source>Das PDF zeigt den gespeicherten Stand. Speichern Sie zuerst Ihre Änderungen (Strg+S) oder verwerfen Sie sie.</source>
        <translation>The PDF shows the saved state. Save your changes first (Ctrl+S) or discard them.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung als PDF speichern</source>
        <translation>Save the goal agreement as PDF</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Fassung {n} gespeichert als {name}.</source>
        <translation>Version {n} saved as {name}.</translation>
    </message>
    <message>
        <source>Kooperationsvereinbarung drucken</source>
        <translation>Print the goal agreement</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau: das verlässt den Rechner</source>
        <translation>Preview: this leaves the computer</translation>
    </message>
    <message>
        <source>Tabellen des Exports</source>
        <translation>Tables of the export</translation>
    </message>
    <message>
        <source>Inhalt der gewählten Tabelle</source>
        <translation>Content of the selected table</translation>
    </message>
    <message>
        <source>Die Tabellen werden gezählt und geprüft …</source>
        <translation>Counting and checking the tables …</translation>
    </message>
    <message>
        <source>{period}: {tables} Tabellen, Schwelle {k}; {withheld} Werte zurückgehalten ({mark}), alle anderen verrauscht. Dazu kommen manifest.json und eine PDF-Zusammenfassung mit denselben Tabellen.</source>
        <translation>{period}: {tables} tables, threshold {k}; {withheld} values withheld ({mark}), all others perturbed. Plus manifest.json and a PDF summary with the same tables.</translation>
    </message>
    <message>
        <source>Dieser Zeitraum wurde schon exportiert: {when}. Er ist festgeschrieben: der Export enthält dieselben Tabellen.</source>
        <translation>This period was exported before: {when}. It is fixed: the export contains the same tables.</translation>
    </message>
    <message>
        <source>Prüfung nicht bestanden: {count} kleine Zahl(en) ließen sich zu genau eingrenzen, zuerst in „{table}“, Zeile „{row}“ ({period}). Der Export wird nicht geschrieben; bitte wenden Sie sich an den Träger.</source>
        <translation>Check failed: {count} small count(s) could be narrowed down too far, first in “{table}”, row “{row}” ({period}). The export will not be written; please contact your provider.</translation>
    </message>
    <message>
        <source>Prüfung bestanden: {cells} kleine Zahlen wurden mit allen Tabellen und allen früheren Veröffentlichungen dieses Jahres nachgerechnet ({programmes} lineare Programme); keine lässt sich eingrenzen.</source>
        <translation>Check passed: {cells} small counts were recomputed against all tables and all earlier publications of this year ({programmes} linear programmes); none can be narrowed down.</translation>
    </message>
    <message>
        <source>Berichtigung Nr. {number}: sie ersetzt die frühere Veröffentlichung.</source>
        <translation>Correction no. {number}: it replaces the earlier publication.</translation>
    </message>
    <message>
        <source>Mit diesem Zeitraum werden auch {parts} festgeschrieben.</source>
        <translation>{parts} are fixed together with this period.</translation>
    </message>
    <message>
        <source>Die Vorschau konnte nicht erstellt werden.</source>
        <translation>The preview could not be created.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Löschfrist nach Fallabschluss in Jahren</source>
        <translation>Retention period after case closure in years</translation>
    </message>
    <message>
        <source>Lös&amp;chfristen prüfen …</source>
        <translation>Chec&amp;k retention periods …</translation>
    </message>
    <message>
        <source>Protokoll anzei&amp;gen …</source>
        <translation>&amp;Show audit log …</translation>
    </message>
    <message>
        <source>Löschfr&amp;ist nach Fallabschluss:</source>
        <translation>Retention perio&amp;d after case closure:</translation>
    </message>
    <message>
        <source>Akten werden so viele Jahre nach dem letzten Fallabschluss zur Löschung vorgeschlagen (ohne Beratungsfall: nach dem Erstkontakt). Ihr Träger legt die Frist fest. Eine längere Frist bestätigen Sie mit Ihrer Passphrase.</source>
        <translation>Records are proposed for deletion this many years after the last case closure (without a case: after the first contact). Your provider sets the period. You confirm a longer period with your passphrase.</translation>
    </message>
    <message>
        <source>Löschfrist auf {years} Jahre verlängern</source>
        <translation>extend the retention period to {years} years</translation>
    </message>
    <message>
        <source>Löschfrist gespeichert: {years} Jahre.</source>
        <translation>Retention period saved: {years} years.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Passphrase bestätigen</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>Bitte bestätigen Sie mit Ihrer Passphrase: {reason}</source>
        <translation>Please confirm with your passphrase: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase vergessen? Wiederherstellungscode &amp;verwenden</source>
        <translation>Forgot the passphrase? &amp;Use the recovery code</translation>
    </message>
    <message>
        <source>&amp;Bestätigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>vom Notfallblatt</source>
        <translation>from the emergency sheet</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>den Wiederherstellungscode</source>
        <translation>the recovery code</translation>
    </message>
    <message>
        <source>Ihre Passphrase</source>
        <translation>your passphrase</translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation>Please enter {what}.</translation>
    </message>
    <message>
        <source>Der Wiederherstellungscode ist falsch.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
    <message>
        <source>Die Passphrase ist falsch.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>Die Eingabe konnte nicht geprüft werden.</source>
        <translation>The input could not be checked.</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>(ohne Namen)</source>
        <translation>(without a name)</translation>
    </message>
    <message>
        <source>Nr. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>Lateinische Schreibweise: {latin}</source>
        <translation>Latin spelling: {latin}</translation>
    </message>
    <message>
        <source>{age} Jahre</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>geb. {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit nicht erfasst</source>
        <translation>Nationality not recorded</translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation>, valid until {date}</translation>
    </message>
    <message>
        <source>Aufenthalt: {status}</source>
        <translation>Residence: {status}</translation>
    </message>
    <message>
        <source>Fallstatus: {status}{form}</source>
        <translation>Case status: {status}{form}</translation>
    </message>
    <message>
        <source>Fallstatus: noch kein Beratungsfall</source>
        <translation>Case status: no case yet</translation>
    </message>
</context>
<context>
    <name>RecordPrivacyActions</name>
    <message>
        <source>Ein&amp;willigungen …</source>
        <translation>Con&amp;sents …</translation>
    </message>
    <message>
        <source>Einwilligungen und Schweigepflichtentbindungen ansehen oder widerrufen</source>
        <translation>View or withdraw consents and confidentiality releases</translation>
    </message>
    <message>
        <source>Au&amp;skunft (Art. 15) …</source>
        <translation>Access &amp;report (Art. 15) …</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO: alle gespeicherten Daten als PDF und JSON</source>
        <translation>Access report under Art. 15 GDPR: all stored data as PDF and JSON</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am {date}: Die Daten dieser Person dürfen nur noch gespeichert bleiben, soweit eine andere Rechtsgrundlage besteht. Keine Weiterleitungen; prüfen Sie, ob die Akte zu löschen ist.</source>
        <translation>Consent withdrawn on {date}: this person&apos;s data may only remain stored where another legal basis exists. No referrals; check whether the record must be deleted.</translation>
    </message>
</context>
<context>
    <name>RecordReleaseDialog</name>
    <message>
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Record a confidentiality release</translation>
    </message>
    <message>
        <source>nur für diese &amp;Stelle: {name}</source>
        <translation>only for this &amp;organisation: {name}</translation>
    </message>
    <message>
        <source>für alle Stellen der &amp;Art „{category}“</source>
        <translation>for all organisations of the &amp;type “{category}”</translation>
    </message>
    <message>
        <source>&amp;befristet bis</source>
        <translation>&amp;limited until</translation>
    </message>
    <message>
        <source>Zweck: {purpose}
Angaben: Name{data}</source>
        <translation>Purpose: {purpose}
Details: name{data}</translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>Gültigkeit:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <source>Entbindung &amp;speichern</source>
        <translation>&amp;Save release</translation>
    </message>
    <message>
        <source>Erfassen Sie die Entbindung erst, wenn die oder der Ratsuchende das Formular unterschrieben hat. Bewahren Sie das unterschriebene Blatt auf.</source>
        <translation>Record the release only once the client has signed the form. Keep the signed sheet.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Ihr Wiederherstellungscode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Der Datenbestand ist angelegt. Mit diesem Code öffnen Sie Ihre Daten, wenn Sie die Passphrase vergessen haben. Er wird nur jetzt angezeigt.</source>
        <translation>The data store has been created. With this code you open your data if you have forgotten the passphrase. It is shown only now.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Drucken Sie das Notfallblatt aus und bewahren Sie es verschlossen auf, getrennt vom Laptop. Wer den Code und den Laptop hat, kann alle Daten lesen. Ohne Passphrase und ohne diesen Code kann niemand die Daten wiederherstellen – auch nicht die IT-Abteilung.</source>
        <translation>Print the emergency sheet and keep it locked away, separate from the laptop. Anyone who has the code and the laptop can read all data. Without the passphrase and without this code nobody can recover the data – not even the IT department.</translation>
    </message>
    <message>
        <source>Notfallblatt &amp;drucken …</source>
        <translation>&amp;Print the emergency sheet …</translation>
    </message>
    <message>
        <source>Notfallblatt &amp;speichern …</source>
        <translation>&amp;Save the emergency sheet …</translation>
    </message>
    <message>
        <source>Eine gespeicherte Datei enthält den Code. Speichern Sie sie nur, um sie auszudrucken, und löschen Sie sie danach.</source>
        <translation>A saved file contains the code. Save it only to print it, and delete it afterwards.</translation>
    </message>
    <message>
        <source>&amp;Ich habe den Wiederherstellungscode sicher aufbewahrt.</source>
        <translation>&amp;I have stored the recovery code safely.</translation>
    </message>
    <message>
        <source>Notfallblatt gespeichert: {path}</source>
        <translation>Emergency sheet saved: {path}</translation>
    </message>
    <message>
        <source>Notfallblatt drucken</source>
        <translation>Print the emergency sheet</translation>
    </message>
    <message>
        <source>Das Notfallblatt wurde gedruckt.</source>
        <translation>The emergency sheet was printed.</translation>
    </message>
    <message>
        <source>Bitte bewahren Sie den Wiederherstellungscode sicher auf und bestätigen Sie das unten.</source>
        <translation>Please store the recovery code safely and confirm this below.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Weiterleitung – Akte {number}</source>
        <translation>Referral – record {number}</translation>
    </message>
    <message>
        <source>Ratsuchende/r: {name} · Akte {number}</source>
        <translation>Client: {name} · record {number}</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Zweck wählen oder eingeben</source>
        <translation>Choose or enter the purpose</translation>
    </message>
    <message>
        <source>Angaben im Schreiben</source>
        <translation>Details in the letter</translation>
    </message>
    <message>
        <source>&amp;Vorlage neu laden</source>
        <translation>&amp;Reload template</translation>
    </message>
    <message>
        <source>Text aus der Vorlage der gewählten Stelle übernehmen</source>
        <translation>Take the text from the template of the chosen organisation</translation>
    </message>
    <message>
        <source>Entbindungsformular &amp;drucken …</source>
        <translation>&amp;Print the release form …</translation>
    </message>
    <message>
        <source>Formular als PDF s&amp;peichern …</source>
        <translation>Save the form as &amp;PDF …</translation>
    </message>
    <message>
        <source>Unterschriebene Entbindung er&amp;fassen …</source>
        <translation>Record the &amp;signed release …</translation>
    </message>
    <message>
        <source>&amp;Notfall: ohne Schweigepflichtentbindung weiterleiten</source>
        <translation>E&amp;mergency: refer without a confidentiality release</translation>
    </message>
    <message>
        <source>Begründung (mindestens {count} Zeichen): Was ist der Notfall, und warum kann die Entbindung nicht vorher eingeholt werden? Die Begründung wird gespeichert und protokolliert.</source>
        <translation>Justification (at least {count} characters): what is the emergency, and why can the release not be obtained beforehand? The justification is saved and logged.</translation>
    </message>
    <message>
        <source>V&amp;orschau …</source>
        <translation>Pre&amp;view …</translation>
    </message>
    <message>
        <source>Schreiben &amp;erstellen</source>
        <translation>&amp;Create letter</translation>
    </message>
    <message>
        <source>&amp;Stelle:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Ansprech&amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Der Name steht immer im Schreiben. Angehakt ist nur, was der Zweck braucht – geben Sie nicht mehr weiter als nötig.</source>
        <translation>The name is always in the letter. Only what the purpose needs is ticked – do not pass on more than necessary.</translation>
    </message>
    <message>
        <source>Text des Schreibens</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Platzhalter wie {Name} werden beim Erstellen ausgefüllt.</source>
        <translation>Placeholders such as {Name} are filled in when the letter is created.</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner erfasst</source>
        <translation>No partners recorded yet</translation>
    </message>
    <message>
        <source>Im Netzwerk ist noch keine Stelle erfasst. Legen Sie sie unter „Netzwerk“ an (oder importieren Sie ein Verzeichnis) und öffnen Sie die Weiterleitung dann erneut.</source>
        <translation>No organisation is recorded in the network yet. Create it under “Network” (or import a directory) and then open the referral again.</translation>
    </message>
    <message>
        <source>Stelle wählen</source>
        <translation>Choose the organisation</translation>
    </message>
    <message>
        <source>(keine bestimmte Person)</source>
        <translation>(no particular person)</translation>
    </message>
    <message>
        <source>Wählen Sie die Stelle und den Zweck der Weiterleitung.</source>
        <translation>Choose the organisation and the purpose of the referral.</translation>
    </message>
    <message>
        <source>, gültig bis {date}</source>
        <translation>, valid until {date}</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung vom {date}{until}: deckt Stelle, Zweck und die angehakten Angaben.</source>
        <translation>Confidentiality release of {date}{until}: covers the organisation, the purpose and the ticked details.</translation>
    </message>
    <message>
        <source>Vor dem Erstellen zu klären:</source>
        <translation>To be clarified before creating:</translation>
    </message>
    <message>
        <source>Bitte zuerst die Stelle wählen.</source>
        <translation>Please choose the organisation first.</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung drucken</source>
        <translation>Print the confidentiality release</translation>
    </message>
    <message>
        <source>Schweigepflichtentbindung als PDF speichern</source>
        <translation>Save the confidentiality release as PDF</translation>
    </message>
    <message>
        <source>Weiterleitung gespeichert</source>
        <translation>Referral saved</translation>
    </message>
    <message>
        <source>Das Schreiben an „{partner}“ ist verschlüsselt gespeichert und die Weitergabe festgehalten. Sie finden es in der Akte unter „Weiterleitungen“.</source>
        <translation>The letter to “{partner}” is saved encrypted and the disclosure is recorded. You find it in the record under “Referrals”.</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation>Save a &amp;copy …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation>Print the referral letter</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation>Save the referral letter</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Versandt am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rückmeldung am</source>
        <translation>Feedback on</translation>
    </message>
    <message>
        <source>Grundlage</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Weiterleitungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Stand ä&amp;ndern …</source>
        <translation>Cha&amp;nge status …</translation>
    </message>
    <message>
        <source>Wieder&amp;vorlage …</source>
        <translation>&amp;Follow-up …</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage zur ausgewählten Weiterleitung anlegen</source>
        <translation>Create a follow-up for the selected referral</translation>
    </message>
    <message>
        <source>Schreiben ö&amp;ffnen</source>
        <translation>&amp;Open letter</translation>
    </message>
    <message>
        <source>Dr&amp;ucken …</source>
        <translation>P&amp;rint …</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern …</source>
        <translation>Save a &amp;copy …</translation>
    </message>
    <message>
        <source>Noch keine Weiterleitungen. Eine Weiterleitung schreiben Sie aus dem Beratungsfall heraus („Weiterleiten …“).</source>
        <translation>No referrals yet. You write a referral from within the case (“Refer …”).</translation>
    </message>
    <message>
        <source>Notfall ohne Entbindung</source>
        <translation>Emergency without release</translation>
    </message>
    <message>
        <source>Entbindung vom {date}</source>
        <translation>Release of {date}</translation>
    </message>
    <message>
        <source>{status} (seit {date})</source>
        <translation>{status} (since {date})</translation>
    </message>
    <message>
        <source>{purpose}
Weitergegeben: Name, {data}</source>
        <translation>{purpose}
Disclosed: name, {data}</translation>
    </message>
    <message>
        <source>Zu dieser Weiterleitung ist kein Schreiben gespeichert.</source>
        <translation>No letter is saved for this referral.</translation>
    </message>
    <message>
        <source>Rückmeldung von {partner} zur Weiterleitung nachfragen</source>
        <translation>Ask {partner} for feedback on the referral</translation>
    </message>
    <message>
        <source>Stand gespeichert: {status}.</source>
        <translation>Status saved: {status}.</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben drucken</source>
        <translation>Print the referral letter</translation>
    </message>
    <message>
        <source>Weiterleitungsschreiben speichern</source>
        <translation>Save the referral letter</translation>
    </message>
    <message>
        <source>Kopie gespeichert: {name}</source>
        <translation>Copy saved: {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Datenbestand wiederherstellen</source>
        <translation>Restore the data store</translation>
    </message>
    <message>
        <source>Sicherungsdatei</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Durchsuc&amp;hen …</source>
        <translation>Bro&amp;wse …</translation>
    </message>
    <message>
        <source>Sicherungs&amp;datei:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Wiederherstellungs&amp;code der Sicherung verwenden</source>
        <translation>Use the recovery &amp;code of the backup</translation>
    </message>
    <message>
        <source>Wählen Sie die Sicherung und geben Sie die Passphrase ein, die galt, als die Sicherung angelegt wurde. Die Sicherung wird zuerst vollständig geprüft; dabei wird nichts verändert.</source>
        <translation>Choose the backup and enter the passphrase that was valid when the backup was created. The backup is first checked completely; nothing is changed in the process.</translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand in {folder} wird durch diese Sicherung ersetzt. Alles, was nach dem Datum der Sicherung eingegeben wurde, fehlt danach. Der jetzige Datenbestand bleibt als Sicherheitskopie im Datenordner erhalten.</source>
        <translation>The current data store in {folder} will be replaced by this backup. Everything entered after the date of the backup will be missing afterwards. The current data store is kept as a safety copy in the data folder.</translation>
    </message>
    <message>
        <source>Die Sicherung ist vollständig und unbeschädigt.</source>
        <translation>The backup is complete and undamaged.</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Sicherung p&amp;rüfen</source>
        <translation>Chec&amp;k backup</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode der Sicherung</source>
        <translation>Recovery code of the backup</translation>
    </message>
    <message>
        <source>Pass&amp;phrase der Sicherung:</source>
        <translation>Pass&amp;phrase of the backup:</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>MBE-Sicherungen (*.mbebackup)</source>
        <translation>MBE backups (*.mbebackup)</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Sicherungsdatei.</source>
        <translation>Please choose a backup file.</translation>
    </message>
    <message>
        <source>Die Sicherung wird geprüft …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht geprüft werden.</source>
        <translation>The backup could not be checked.</translation>
    </message>
    <message>
        <source>Der jetzige Datenbestand wird durch die Sicherung ersetzt.</source>
        <translation>The current data store will be replaced by the backup.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Akte</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Letzter Fallabschluss</source>
        <translation>Last case closure</translation>
    </message>
    <message>
        <source>Löschfrist abgelaufen am</source>
        <translation>Retention period expired on</translation>
    </message>
    <message>
        <source>Löschfristen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Akten mit abgelaufener Löschfrist</source>
        <translation>Records with an expired retention period</translation>
    </message>
    <message>
        <source>&amp;Alle auswählen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Keine auswählen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>Ausgewählte &amp;löschen …</source>
        <translation>&amp;Delete selected …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>kein Fall (Erstkontakt)</source>
        <translation>no case (first contact)</translation>
    </message>
    <message>
        <source>{count} Akten haben die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht. Vor dem Löschen bleibt von jedem Fall nur eine Zählung ohne Namen, Daten und Texte für die Statistik; alles andere wird endgültig gelöscht – auch Kontakte, Ziele, Weiterleitungen, Dokumente, Wiedervorlagen und Einwilligungen.</source>
        <translation>{count} records have reached the retention period of {years} years after the last case closure. Before deletion, only a count without names, dates and texts remains of each case for the statistics; everything else is deleted permanently – including contacts, goals, referrals, documents, follow-ups and consents.</translation>
    </message>
    <message>
        <source>Keine Akte hat die Löschfrist von {years} Jahren nach dem letzten Fallabschluss erreicht.</source>
        <translation>No record has reached the retention period of {years} years after the last case closure.</translation>
    </message>
    <message>
        <source>{count} Akten endgültig löschen</source>
        <translation>Permanently delete {count} records</translation>
    </message>
    <message>
        <source>Endgültig löschen?</source>
        <translation>Delete permanently?</translation>
    </message>
    <message>
        <source>{count} Akten werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden; auch eine spätere Auskunft ist dann nicht mehr möglich.</source>
        <translation>{count} records will be deleted permanently. This cannot be undone; a later access report is then no longer possible either.</translation>
    </message>
    <message>
        <source>Sicherungen von vorher enthalten diese Akten noch. Wird eine solche Sicherung wiederhergestellt, löscht MBE Desktop die Akten sofort wieder. Automatische Sicherungen werden spätestens nach Ablauf der Löschfrist entfernt; Sicherungen, die Sie anderswo aufbewahren (z. B. auf einem USB-Stick), löschen Sie bitte selbst, sobald sie älter als die Löschfrist sind.</source>
        <translation>Backups made before now still hold these records. If such a backup is restored, MBE Desktop erases the records again at once. Automatic backups are removed once the retention period has passed at the latest; please delete backups you keep elsewhere (e.g. on a USB stick) yourself as soon as they are older than the retention period.</translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation>&amp;Delete permanently</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Akten werden gelöscht …</source>
        <translation>Deleting records …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Beim Löschen ist ein Fehler aufgetreten.</source>
        <translation>An error occurred while deleting.</translation>
    </message>
    <message>
        <source>Bis dahin gelöscht: {done} Akten.</source>
        <translation>Deleted until then: {done} records.</translation>
    </message>
    <message>
        <source>{done} Akten wurden endgültig gelöscht; {retained} Beratungsfälle bleiben als anonyme Zählung für die Statistik.</source>
        <translation>{done} records were deleted permanently; {retained} cases remain as an anonymous count for the statistics.</translation>
    </message>
    <message>
        <source>Abgebrochen: {rest} Akten wurden nicht gelöscht.</source>
        <translation>Cancelled: {rest} records were not deleted.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Eingabe im Klartext anzeigen oder verbergen</source>
        <translation>Show or hide the input in plain text</translation>
    </message>
    <message>
        <source>Eingabe anzeigen</source>
        <translation>Show input</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Sicherheit</source>
        <translation>Security</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Automatische Sperre nach Minuten ohne Eingabe</source>
        <translation>Automatic lock after minutes without input</translation>
    </message>
    <message>
        <source>Passph&amp;rase ändern …</source>
        <translation>Chan&amp;ge passphrase …</translation>
    </message>
    <message>
        <source>A&amp;utomatische Sperre nach:</source>
        <translation>A&amp;utomatic lock after:</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>without input</translation>
    </message>
    <message>
        <source>Nach dieser Zeit ohne Tastatur- oder Mauseingabe und nach dem Ruhezustand wird der Datenbestand gesperrt. Sperren Sie selbst jederzeit mit Strg+L.</source>
        <translation>After this time without keyboard or mouse input, and after sleep, the data store is locked. Lock it yourself at any time with Ctrl+L.</translation>
    </message>
    <message>
        <source>eine längere Zeit bis zur automatischen Sperre</source>
        <translation>a longer time until the automatic lock</translation>
    </message>
    <message>
        <source>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue Passphrase.</source>
        <translation>The passphrase was changed. From now on, use the new passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>MBE Desktop – Einrichtung</source>
        <translation>MBE Desktop – Setup</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Was es tut</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Alle Befehle sind auch über die Menüs erreichbar: Alt drücken, dann den unterstrichenen Buchstaben.</source>
        <translation>All commands can also be reached through the menus: press Alt, then the underlined letter.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Kooperationsvereinbarung unterschreiben</source>
        <translation>Sign the goal agreement</translation>
    </message>
    <message>
        <source>Unterschrieben am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>&amp;Unterschrieben am:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>Unter&amp;schreiben</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fassung {n} unterschreiben</source>
        <translation>Sign version {n}</translation>
    </message>
    <message>
        <source>Tragen Sie das Datum ein, an dem Sie und die ratsuchende Person die Vereinbarung unterschrieben haben. Damit wird Fassung {n} eingefroren: Sie bleibt so lesbar und druckbar, wie sie unterschrieben wurde. Spätere Änderungen an Zielen oder Schritten ergeben Fassung {next}; den Fortschritt (Status, erledigt am) tragen Sie weiter in der aktuellen Fassung ein.</source>
        <translation>Enter the date on which you and the client signed the agreement. This freezes version {n}: it remains readable and printable as it was signed. Later changes to goals or steps create version {next}; you continue to enter progress (status, done on) in the current version.</translation>
    </message>
    <message>
        <source>Bitte das Datum der Unterschrift eingeben.</source>
        <translation>Please enter the date of signature.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Zurückstellen</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>Zurückstellen bis</source>
        <translation>Postpone until</translation>
    </message>
    <message>
        <source>Zurückstellen &amp;bis:</source>
        <translation>Postpone &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation>&amp;Postpone</translation>
    </message>
    <message>
        <source>{what}
Fällig am {due}. Bis zum gewählten Tag erscheint sie nicht als fällig.</source>
        <translation>{what}
Due on {due}. Until the chosen day it does not appear as due.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Anonymisierten &amp;Export …</source>
        <translation>Anonymised &amp;export …</translation>
    </message>
    <message>
        <source>Zahlen für den Träger als .zip speichern – mit Vorschau, was die Datei enthält</source>
        <translation>Save figures for the provider as a .zip – with a preview of what the file contains</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>betreute Fälle</source>
        <translation>supported cases</translation>
    </message>
    <message>
        <source>mitberatene Familienangehörige</source>
        <translation>co-counselled family members</translation>
    </message>
    <message>
        <source>Summe über die betreuten Fälle, getrennt von den Fällen gezählt.</source>
        <translation>Sum over the supported cases, counted separately from the cases.</translation>
    </message>
    <message>
        <source>Neuzugewanderte (unter 3 Jahren)</source>
        <translation>New immigrants (under 3 years)</translation>
    </message>
    <message>
        <source>im Alter von 27 bis 65</source>
        <translation>aged 27 to 65</translation>
    </message>
    <message>
        <source>Anteil an den Ratsuchenden mit bekanntem Alter.</source>
        <translation>Share of clients with known age.</translation>
    </message>
    <message>
        <source>Anteil Case Management</source>
        <translation>Share of case management</translation>
    </message>
    <message>
        <source>reguläre Abschlüsse im Case Management</source>
        <translation>regular closures in case management</translation>
    </message>
    <message>
        <source>Fälle und mitberatene Familienangehörige</source>
        <translation>Cases and co-counselled family members</translation>
    </message>
    <message>
        <source>Altersgruppen</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Häufigste Staatsangehörigkeiten</source>
        <translation>Most frequent nationalities</translation>
    </message>
    <message>
        <source>Erste Staatsangehörigkeit. Gelöschte Ratsuchende sind nur mit ihrer Weltregion erfasst.</source>
        <translation>First nationality. Deleted clients are recorded only with their world region.</translation>
    </message>
    <message>
        <source>Außensprechstunden nach Ort</source>
        <translation>Outreach consultations by place</translation>
    </message>
    <message>
        <source>Kontakte in der Außensprechstunde mit Datum im Zeitraum, je Ort.</source>
        <translation>Contacts at outreach consultations dated in the period, per place.</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Die Zahlen für {period} werden gezählt …</source>
        <translation>Counting the figures for {period} …</translation>
    </message>
    <message>
        <source>Die Zahlen konnten nicht gezählt werden.</source>
        <translation>The figures could not be counted.</translation>
    </message>
    <message>
        <source>Für {period} ist nichts dokumentiert.</source>
        <translation>Nothing is documented for {period}.</translation>
    </message>
    <message>
        <source>Enthalten sind {count} Fälle bereits gelöschter Ratsuchender (nur ihre statistischen Merkmale sind erhalten).</source>
        <translation>Includes {count} cases of clients already deleted (only their statistical characteristics are kept).</translation>
    </message>
    <message>
        <source>Kontakte und Weiterleitungen einiger gelöschter Fälle sind für diesen Zeitraum nicht erhalten und fehlen hier (erhalten sind sie für Jahre und Halbjahre, bei neueren Löschungen auch für Quartale).</source>
        <translation>Contacts and referrals of some deleted cases are not kept for this period and are missing here (they are kept for years and half-years, for more recent deletions also for quarters).</translation>
    </message>
    <message>
        <source>davon neu: {new}</source>
        <translation>of which new: {new}</translation>
    </message>
    <message>
        <source>{part} von {whole}</source>
        <translation>{part} of {whole}</translation>
    </message>
    <message>
        <source>{cases} Fälle von {clients} Ratsuchenden</source>
        <translation>{cases} cases of {clients} clients</translation>
    </message>
    <message>
        <source>{share} bis unter 3 Jahre in Deutschland (von {whole} mit bekannter Einreise)</source>
        <translation>{share} under 3 years in Germany (of {whole} with known arrival)</translation>
    </message>
    <message>
        <source>{share} im Alter von 27 bis 65</source>
        <translation>{share} aged 27 to 65</translation>
    </message>
    <message>
        <source>übrige</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Case-Management-Anteil: {share}</source>
        <translation>Case management share: {share}</translation>
    </message>
    <message>
        <source>{count} Kontakte, davon {share} mit Sprachmittlung</source>
        <translation>{count} contacts, {share} of them with interpreting</translation>
    </message>
    <message>
        <source>regulär abgeschlossen: {all} aller Abschlüsse, {cm} im Case Management</source>
        <translation>closed regularly: {all} of all closures, {cm} in case management</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>davon erreicht</source>
        <translation>of which achieved</translation>
    </message>
    <message>
        <source>bei Aufnahme</source>
        <translation>at intake</translation>
    </message>
    <message>
        <source>bei Abschluss</source>
        <translation>at closure</translation>
    </message>
    <message>
        <source>verbessert: {better} · unverändert: {same} · verschlechtert: {worse}</source>
        <translation>improved: {better} · unchanged: {same} · declined: {worse}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Stand der Weiterleitung</source>
        <translation>Status of the referral</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>„Rückmeldung erhalten“ und „Termin vereinbart“ halten das Datum der Rückmeldung fest; solange eine weitergeleitete Anfrage ohne Rückmeldung ist, erinnert „Heute“ daran.</source>
        <translation>“Feedback received” and “appointment made” record the date of the feedback; as long as a referred request has no feedback, “Today” reminds you of it.</translation>
    </message>
</context>
<context>
    <name>StepTemplatesSection</name>
    <message>
        <source>Schrittvorlagen</source>
        <translation>Step templates</translation>
    </message>
    <message>
        <source>Vorlagen nach Handlungsfeld filtern</source>
        <translation>Filter templates by field of action</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All fields of action</translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Eine neue Vorlage anlegen (Strg+N)</source>
        <translation>Create a new template (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Eine Kopie der ausgewählten Vorlage als neue Vorlage beginnen</source>
        <translation>Start a copy of the selected template as a new template</translation>
    </message>
    <message>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Die ausgewählte Vorlage löschen (Entf)</source>
        <translation>Delete the selected template (Del)</translation>
    </message>
    <message>
        <source>Schrittvorlagen: Vorlage löschen</source>
        <translation>Step templates: delete template</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Vorlage aus oder legen Sie mit „Neu“ eine an.</source>
        <translation>Choose a template on the left or create one with “New”.</translation>
    </message>
    <message>
        <source>Eine Vorlage füllt die Schritte eines Ziels mit einem Klick (Kooperationsvereinbarung → „Aus Vorlage“). Die Fälligkeit zählt ab dem Tag, an dem die Schritte eingefügt werden.</source>
        <translation>A template fills in the steps of a goal with one click (goal agreement → “From template”). The due date counts from the day the steps are inserted.</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Name of the template</translation>
    </message>
    <message>
        <source>z. B. Integrationskurs</source>
        <translation>e.g. Integration course</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Handlungsfeld:</source>
        <translation>Field of action:</translation>
    </message>
    <message>
        <source>Schritte der Vorlage</source>
        <translation>Steps of the template</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tage nach
Beginn</source>
        <translation>Days after
start</translation>
    </message>
    <message>
        <source>Fällig so viele Tage nach dem Einfügen</source>
        <translation>Due this many days after insertion</translation>
    </message>
    <message>
        <source>Schritt hinzufügen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Schritt nach oben schieben</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <source>Schritt nach unten schieben</source>
        <translation>Move step down</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen zurücknehmen</source>
        <translation>Undo unsaved changes</translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Die Vorlage speichern (Strg+S)</source>
        <translation>Save the template (Ctrl+S)</translation>
    </message>
    <message>
        <source>Schrittvorlagen: Vorlage speichern</source>
        <translation>Step templates: save template</translation>
    </message>
    <message>
        <source>{field} · {count} Schritte</source>
        <translation>{field} · {count} steps</translation>
    </message>
    <message>
        <source>{name} (Kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ wurde gespeichert.</source>
        <translation>The template “{name}” was saved.</translation>
    </message>
    <message>
        <source>Vorlage löschen?</source>
        <translation>Delete the template?</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ löschen? Schritte, die schon aus ihr in eine Kooperationsvereinbarung übernommen wurden, bleiben dort erhalten.</source>
        <translation>Delete the template “{name}”? Steps already taken from it into a goal agreement remain there.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Vorlage wurde gelöscht.</source>
        <translation>The template was deleted.</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(without a name)</translation>
    </message>
    <message>
        <source>Änderungen speichern?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Die Änderungen an der Vorlage „{name}“ sind noch nicht gespeichert.</source>
        <translation>The changes to the template “{name}” have not been saved yet.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen an der Vorlage „{name}“ wurden wiederhergestellt. Speichern oder verwerfen Sie sie.</source>
        <translation>Unsaved changes to the template “{name}” were restored. Save or discard them.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen gelöscht; gespeichert wird sie als neue Vorlage.</source>
        <translation>The template has been deleted in the meantime; it will be saved as a new template.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen anderweitig geändert – prüfen Sie die Angaben vor dem Speichern.</source>
        <translation>The template has been changed elsewhere in the meantime – check the details before saving.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde inzwischen anderweitig geändert. Ihre Eingaben sind noch da: Prüfen Sie sie und speichern Sie erneut.</source>
        <translation>The template has been changed elsewhere in the meantime. Your input is still there: check it and save again.</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <source>Datenbestand</source>
        <translation>Data store</translation>
    </message>
    <message>
        <source>Speicherort</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Speicherort:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Speicher-ID:</source>
        <translation>Store ID:</translation>
    </message>
    <message>
        <source>Angelegt am:</source>
        <translation>Created on:</translation>
    </message>
    <message>
        <source>Die Daten liegen verschlüsselt in diesem Ordner. Ohne Passphrase oder Wiederherstellungscode kann niemand sie lesen.</source>
        <translation>The data are stored encrypted in this folder. Without the passphrase or the recovery code nobody can read them.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Stärke: noch keine Eingabe</source>
        <translation>Strength: no input yet</translation>
    </message>
    <message>
        <source>Stärke: {label}</source>
        <translation>Strength: {label}</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wohin soll die Exportdatei (.zip) geschrieben werden?</source>
        <translation>Where should the export file (.zip) be written?</translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Exportdatei speichern</source>
        <translation>Save the export file</translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Die Exportdatei wird geschrieben …</source>
        <translation>Writing the export file …</translation>
    </message>
    <message>
        <source>Die Exportdatei konnte nicht geschrieben werden.</source>
        <translation>The export file could not be written.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Briefvorlagen für Weiterleitungen</source>
        <translation>Letter templates for referrals</translation>
    </message>
    <message>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Platzhalter</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Vorlage &amp;speichern</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>&amp;Standard wiederherstellen …</source>
        <translation>Restore the &amp;default …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Platzhalter (Doppelklick fügt ein):</source>
        <translation>P&amp;laceholders (double-click inserts):</translation>
    </message>
    <message>
        <source>Jede Kategorie von Netzwerkpartnern kann eine eigene Vorlage haben; sonst gilt die allgemeine. Platzhalter in geschweiften Klammern werden beim Schreiben ausgefüllt. {Angaben} setzt die Liste der angehakten Angaben ein.</source>
        <translation>Each category of partners can have a template of its own; otherwise the general one applies. Placeholders in curly brackets are filled in when writing. {Angaben} inserts the list of ticked details.</translation>
    </message>
    <message>
        <source>Allgemeine Vorlage</source>
        <translation>General template</translation>
    </message>
    <message>
        <source> (eigene)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source>Eigene Vorlage für diese Kategorie.</source>
        <translation>Own template for this category.</translation>
    </message>
    <message>
        <source>Diese Kategorie verwendet die allgemeine Vorlage. Speichern legt eine eigene Vorlage für die Kategorie an.</source>
        <translation>This category uses the general template. Saving creates a template of its own for the category.</translation>
    </message>
    <message>
        <source>Mitgelieferte Standardvorlage.</source>
        <translation>Bundled default template.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde gespeichert.</source>
        <translation>The template was saved.</translation>
    </message>
    <message>
        <source>Standard wiederherstellen?</source>
        <translation>Restore the default?</translation>
    </message>
    <message>
        <source>Die eigene Vorlage dieser Kategorie wird gelöscht; danach gilt wieder die mitgelieferte Vorlage.</source>
        <translation>The category&apos;s own template is deleted; the bundled template applies again afterwards.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Standardvorlage gilt wieder.</source>
        <translation>The default template applies again.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Neue Wiedervorlage …</source>
        <translation>&amp;New follow-up …</translation>
    </message>
    <message>
        <source>Neue Wiedervorlage (Strg+Umschalt+N)</source>
        <translation>New follow-up (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Kalender exportieren …</source>
        <translation>E&amp;xport to calendar …</translation>
    </message>
    <message>
        <source>Die Liste als .ics-Datei für Ihren Kalender (nur Aktennummern)</source>
        <translation>The list as an .ics file for your calendar (record numbers only)</translation>
    </message>
    <message>
        <source>&amp;Zurückstellen</source>
        <translation>&amp;Postpone</translation>
    </message>
    <message>
        <source>Um einen Tag (Strg+T), eine Woche (Strg+Umschalt+T) oder bis zu einem Datum</source>
        <translation>By one day (Ctrl+T), one week (Ctrl+Shift+T) or until a date</translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen</source>
        <translation>Due follow-ups</translation>
    </message>
    <message>
        <source>Heute ist nichts fällig</source>
        <translation>Nothing is due today</translation>
    </message>
    <message>
        <source>Hier erscheinen überfällige und heute fällige Wiedervorlagen, dann die der Woche und der nächsten vier Wochen: selbst angelegte und automatische – ablaufende Aufenthaltstitel, fällige Schritte und Überprüfungen der Kooperationsvereinbarung, Case Management ohne Kontakt und Weiterleitungen ohne Rückmeldung.</source>
        <translation>Overdue follow-ups and those due today appear here, then those of the week and of the next four weeks: the ones you created and automatic ones – expiring residence titles, due steps and reviews of the goal agreement, case management without contact and referrals without feedback.</translation>
    </message>
    <message>
        <source>Eine Wiedervorlage legen Sie mit „Neue Wiedervorlage“ (Strg+Umschalt+N) an. Vorlaufzeiten der automatischen Erinnerungen stellen Sie unter „Einstellungen“ (Strg+5) ein.</source>
        <translation>Create a follow-up with “New follow-up” (Ctrl+Shift+N). Set the lead times of the automatic reminders under “Settings” (Ctrl+5).</translation>
    </message>
    <message>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>nichts fällig</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>{due} fällig, davon {overdue} überfällig</source>
        <translation>{due} due, {overdue} of them overdue</translation>
    </message>
    <message>
        <source>{due} fällig</source>
        <translation>{due} due</translation>
    </message>
    <message>
        <source>Heute ist nichts fällig. Das steht in den nächsten Wochen an:</source>
        <translation>Nothing is due today. Coming up in the next weeks:</translation>
    </message>
    <message>
        <source> (Eingabetaste)</source>
        <translation> (Enter)</translation>
    </message>
    <message>
        <source>Erledigt: {number} – {what}</source>
        <translation>Done: {number} – {what}</translation>
    </message>
    <message>
        <source>Zurückgestellt bis {date}: {number} – {what}</source>
        <translation>Postponed until {date}: {number} – {what}</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gespeichert.</source>
        <translation>The follow-up was saved.</translation>
    </message>
    <message>
        <source>Wiedervorlage löschen</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <source>Die Wiedervorlage vom {date} für {number} endgültig löschen?

„{reason}“

Ist sie erledigt, markieren Sie sie besser als erledigt: Dann bleibt sie in der Akte sichtbar.</source>
        <translation>Permanently delete the follow-up of {date} for {number}?

“{reason}”

If it is done, better mark it as done: then it remains visible in the record.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Die Wiedervorlage wurde gelöscht.</source>
        <translation>The follow-up was deleted.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>MBE Desktop – Entsperren</source>
        <translation>MBE Desktop – Unlock</translation>
    </message>
    <message>
        <source>MBE Desktop – Datenbestand entsperren</source>
        <translation>MBE Desktop – Unlock the data store</translation>
    </message>
    <message>
        <source>Demo-Datenbestand mit erfundenen Daten – Passphrase: {passphrase}</source>
        <translation>Demo data store with invented data – passphrase: {passphrase}</translation>
    </message>
    <message>
        <source>Speicherort des Datenbestands</source>
        <translation>Location of the data store</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Datenbestand in {folder}</source>
        <translation>Data store in {folder}</translation>
    </message>
    <message>
        <source>Angelegt am {date}</source>
        <translation>Created on {date}</translation>
    </message>
    <message>
        <source>Speicher-ID {id}</source>
        <translation>Store ID {id}</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellungscode (vom Notfallblatt):</source>
        <translation>&amp;Recovery code (from the emergency sheet):</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Stattdessen &amp;Passphrase verwenden</source>
        <translation>Use the &amp;passphrase instead</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Wiederherstellungscode &amp;verwenden</source>
        <translation>Use the &amp;recovery code</translation>
    </message>
    <message>
        <source>Der Datenbestand wird entsperrt …</source>
        <translation>Unlocking the data store …</translation>
    </message>
    <message>
        <source>Die Dateien im Datenordner bleiben unverändert – bitte löschen Sie sie nicht.</source>
        <translation>The files in the data folder remain unchanged – please do not delete them.</translation>
    </message>
    <message>
        <source>Stellen Sie den Datenbestand aus einer Sicherung wieder her oder wenden Sie sich an Ihre IT-Betreuung.</source>
        <translation>Restore the data store from a backup or contact your IT support.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>{what}, erteilt am {given}. Ab dem Widerruf dürfen keine Daten mehr auf dieser Grundlage verarbeitet oder weitergegeben werden. Der Widerruf wird mit Datum gespeichert und kann nicht zurückgenommen werden.</source>
        <translation>{what}, given on {given}. From the withdrawal on, no data may be processed or passed on on this basis any more. The withdrawal is saved with its date and cannot be reversed.</translation>
    </message>
    <message>
        <source>&amp;Widerruf speichern</source>
        <translation>&amp;Save withdrawal</translation>
    </message>
    <message>
        <source>Widerrufen &amp;am:</source>
        <translation>Withdrawn &amp;on:</translation>
    </message>
</context>
</TS>
