<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QApplication</name>
    <message>
        <source>D&amp;D Event Tracker</source>
        <translation>D&amp;D Event Tracker</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>dnd</name>
    <message>
        <source>a directory</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it has %1 bytes; at most %2 are read</source>
        <translation>sie hat %1 Bytes; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>it has more than %1 bytes</source>
        <translation>sie hat mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 has no port; expected host:port</source>
        <translation>%1 hat keinen Port; erwartet wird Host:Port</translation>
    </message>
    <message>
        <source>port %1 is not a number</source>
        <translation>Port %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>port %1 is outside 1-65535</source>
        <translation>Port %1 liegt außerhalb von 1-65535</translation>
    </message>
    <message>
        <source>%1 has an unclosed [ in its IPv6 address</source>
        <translation>%1 hat eine nicht geschlossene [ in der IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 has an empty host</source>
        <translation>%1 hat einen leeren Host</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address</source>
        <translation>%1 ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 has no port; expected [address]:port</source>
        <translation>%1 hat keinen Port; erwartet wird [Adresse]:Port</translation>
    </message>
    <message>
        <source>%1: an IPv6 address needs brackets, e.g. [::1]:9092</source>
        <translation>%1: eine IPv6-Adresse braucht eckige Klammern, z. B. [::1]:9092</translation>
    </message>
    <message>
        <source>host %1 contains %2</source>
        <translation>Host %1 enthält %2</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>starts or ends with spaces</source>
        <translation>beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>is empty; expected host:port[,host:port...]</source>
        <translation>ist leer; erwartet wird Host:Port[,Host:Port...]</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 bootstrap servers are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 Bootstrap-Server sind erlaubt</translation>
    </message>
    <message>
        <source>has an empty entry; expected host:port[,host:port...]</source>
        <translation>hat einen leeren Eintrag; erwartet wird Host:Port[,Host:Port...]</translation>
    </message>
    <message>
        <source>is empty; a topic name needs 1 to 249 characters</source>
        <translation>ist leer; ein Topic-Name braucht 1 bis 249 Zeichen</translation>
    </message>
    <message>
        <source>is %1 characters long; at most 249 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens 249 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not allowed as topic names</source>
        <translation>&quot;.&quot; und &quot;..&quot; sind als Topic-Namen nicht erlaubt</translation>
    </message>
    <message>
        <source>contains %1; only a-z, A-Z, 0-9, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; are allowed</source>
        <translation>enthält %1; nur a-z, A-Z, 0-9, &quot;.&quot;, &quot;_&quot; und &quot;-&quot; sind erlaubt</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>must be between 1 and 1000</source>
        <translation>muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>must be resume, earliest, latest, committed, today, a local date and time (2026-12-02T19:00) or a time back from now (-2h, -30m, -1d)</source>
        <translation>muss resume, earliest, latest, committed, today, ein lokales Datum mit Uhrzeit (2026-12-02T19:00) oder eine Zeit zurück ab jetzt (-2h, -30m, -1d) sein</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 18446744073709551615</source>
        <translation>muss eine ganze Zahl von 0 bis 18446744073709551615 sein</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 (keep retrying) to 86400</source>
        <translation>muss eine ganze Zahl von Sekunden von 0 (immer weiter versuchen) bis 86400 sein</translation>
    </message>
    <message>
        <source>must name at least one player</source>
        <translation>muss mindestens einen Spieler nennen</translation>
    </message>
    <message>
        <source>player %1 has an empty name</source>
        <translation>Spieler %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>player name %1 is longer than %2 characters</source>
        <translation>Spielername %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>player name %1 contains control characters</source>
        <translation>Spielername %1 enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>player %1 is listed twice</source>
        <translation>Spieler %1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>expected key=value, found %1</source>
        <translation>erwartet wird Schlüssel=Wert, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is set by the app itself (its positions depend on it)</source>
        <translation>%1 setzt die App selbst (ihre Positionen hängen davon ab)</translation>
    </message>
    <message>
        <source>%1 is set by the app itself; use %2</source>
        <translation>%1 setzt die App selbst; verwenden Sie %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1: more than %2 properties</source>
        <translation>%1: mehr als %2 Eigenschaften</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>%1 needs a user name</source>
        <translation>%1 braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation>%1 braucht ein Passwort</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>.env</source>
        <translation>.env</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>command-line flag %1</source>
        <translation>Befehlszeilenoption %1</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 in .env file %2</source>
        <translation>%1 in der .env-Datei %2</translation>
    </message>
    <message>
        <source>saved preferences (%1)</source>
        <translation>gespeicherte Einstellungen (%1)</translation>
    </message>
    <message>
        <source>the built-in default</source>
        <translation>der eingebaute Standardwert</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <source>Env: %1.</source>
        <translation>Umgebung: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, found %1</source>
        <translation>erwartet wird SCHLÜSSEL=WERT, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 has no closing %2</source>
        <translation>%1 hat kein schließendes %2</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen von %1</translation>
    </message>
    <message>
        <source>%1: %2 more bad lines</source>
        <translation>%1: %2 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>The disk holding the campaign file %1 is full (or refuses more data). New events are shown but not archived; free some space and restart to archive them.</source>
        <translation>Der Datenträger mit der Kampagnendatei %1 ist voll (oder nimmt keine Daten mehr an). Neue Ereignisse werden angezeigt, aber nicht archiviert; schaffen Sie Platz und starten Sie neu, um sie zu archivieren.</translation>
    </message>
    <message>
        <source>The campaign file %1 cannot be written (read-only file or folder). New events are shown but not archived.</source>
        <translation>In die Kampagnendatei %1 kann nicht geschrieben werden (Datei oder Ordner schreibgeschützt). Neue Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>The campaign file %1 is damaged or is not a campaign archive. It was left as it is; events are shown but not archived.</source>
        <translation>Die Kampagnendatei %1 ist beschädigt oder kein Kampagnenarchiv. Sie bleibt unverändert; Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>The campaign file %1 is already open in another tracker. Events are shown but not archived.</source>
        <translation>Die Kampagnendatei %1 ist bereits in einem anderen Tracker geöffnet. Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>The campaign file %1 was written by a newer version of the tracker. It was left as it is; events are shown but not archived.</source>
        <translation>Die Kampagnendatei %1 stammt von einer neueren Version des Trackers. Sie bleibt unverändert; Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>The campaign file %1 cannot be opened. Events are shown but not archived.</source>
        <translation>Die Kampagnendatei %1 kann nicht geöffnet werden. Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>The campaign file %1 cannot be used. Events are shown but not archived.</source>
        <translation>Die Kampagnendatei %1 kann nicht verwendet werden. Ereignisse werden angezeigt, aber nicht archiviert.</translation>
    </message>
    <message>
        <source>Follows a Kafka stream of D&amp;D events and shows per-player statistics.</source>
        <translation>Verfolgt einen Kafka-Stream von D&amp;D-Ereignissen und zeigt Statistiken je Spieler.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file %1 cannot be read (permission denied)</source>
        <translation>die Datei %1 kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the client certificate needs its private key file</source>
        <translation>das Client-Zertifikat braucht seine Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>the client key needs its certificate file</source>
        <translation>der Client-Schlüssel braucht seine Zertifikatsdatei</translation>
    </message>
    <message>
        <source>; set %1, use --password-file FILE or save it in the preferences (desktop keyring)</source>
        <translation>; %1 setzen, --password-file DATEI verwenden oder es in den Einstellungen speichern (Schlüsselbund des Desktops)</translation>
    </message>
    <message>
        <source>; set %1 or save it in the preferences (desktop keyring)</source>
        <translation>; %1 setzen oder es in den Einstellungen speichern (Schlüsselbund des Desktops)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>the desktop keyring (%1)</source>
        <translation>der Schlüsselbund des Desktops (%1)</translation>
    </message>
    <message>
        <source>is a folder; name a file in it, e.g. %1</source>
        <translation>ist ein Ordner; bitte eine Datei darin angeben, z. B. %1</translation>
    </message>
    <message>
        <source>password file from %1: %2</source>
        <translation>Passwortdatei aus %1: %2</translation>
    </message>
    <message>
        <source>password file %1</source>
        <translation>Passwortdatei %1</translation>
    </message>
    <message>
        <source>the desktop keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund des Desktops hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is readable or writable by %2 (mode %3): a password file must be its owner&apos;s only; run chmod 600 on it</source>
        <translation>%1 ist für %2 lesbar oder beschreibbar (Modus %3): eine Passwortdatei darf nur ihrem Besitzer gehören; chmod 600 darauf ausführen</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>its group</source>
        <translation>ihre Gruppe</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2): a password file must be owned by the user who runs the program</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2): eine Passwortdatei muss dem Benutzer gehören, der das Programm ausführt</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a password file holds at most %3</source>
        <translation>%1 hat %2 Bytes; eine Passwortdatei enthält höchstens %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the password is its first line</source>
        <translation>%1 ist leer: das Passwort ist ihre erste Zeile</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read, nor moved aside; the preferences start from their defaults for this run.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen und auch nicht beiseitegelegt werden; die Einstellungen beginnen für diesen Lauf mit ihren Standardwerten.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and the preferences start from their defaults.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; sie wurde als %2 aufbewahrt, und die Einstellungen beginnen mit ihren Standardwerten.</translation>
    </message>
</context>
<context>
    <name>dnd::Archive</name>
    <message>
        <source>held by %1 (process %2 on %3)</source>
        <translation>belegt von %1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>It is held by process %1 on %2.</source>
        <translation>Sie ist von Prozess %1 auf %2 belegt.</translation>
    </message>
</context>
<context>
    <name>dnd::ArchiveWriter</name>
    <message>
        <source>No campaign file is open.</source>
        <translation>Keine Kampagnendatei ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>dnd::CampaignArchive</name>
    <message>
        <source>partition %1 at offset %2, stored up to %3</source>
        <translation>Partition %1 bei Offset %2, gespeichert bis %3</translation>
    </message>
    <message>
        <source>The offsets of topic &quot;%1&quot; went backwards (%2): it was deleted and created again. Its events from now on are archived as a new epoch of the source.</source>
        <translation>Die Offsets des Topics „%1“ sind zurückgegangen (%2): es wurde gelöscht und neu angelegt. Seine Ereignisse werden von jetzt an als neue Epoche der Quelle archiviert.</translation>
    </message>
</context>
<context>
    <name>dnd::CampaignMenu</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>Start an empty campaign file; the current one stays as it is</source>
        <translation>Eine leere Kampagnendatei beginnen; die aktuelle bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>&amp;Open campaign…</source>
        <translation>Kampagne ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show and continue another campaign file</source>
        <translation>Eine andere Kampagnendatei zeigen und fortsetzen</translation>
    </message>
    <message>
        <source>Export events as JSON &amp;Lines…</source>
        <translation>Ereignisse als JSON &amp;Lines exportieren…</translation>
    </message>
    <message>
        <source>Every archived event in the wire format, one a line, oldest first (kcat -P -l replays it)</source>
        <translation>Jedes archivierte Ereignis im Wire-Format, eines pro Zeile, älteste zuerst (kcat -P -l spielt es wieder ein)</translation>
    </message>
    <message>
        <source>&amp;Import JSON Lines…</source>
        <translation>JSON Lines &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the events of a JSON Lines file; events the campaign has already (same event_id, or same content without one) are skipped</source>
        <translation>Die Ereignisse einer JSON-Lines-Datei hinzufügen; Ereignisse, die die Kampagne schon hat (gleiche event_id, oder ohne sie gleicher Inhalt), werden übersprungen</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Campaigns (%1)</source>
        <translation>Kampagnen (%1)</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>Campaigns (%1);;All files (*)</source>
        <translation>Kampagnen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export events as JSON Lines</source>
        <translation>Ereignisse als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import JSON Lines</source>
        <translation>JSON Lines importieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name, or File &gt; Open campaign to continue it.</source>
        <translation>%1 gibt es schon. Bitte einen anderen Namen wählen, oder Datei &gt; Kampagne öffnen, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>The window then shows the new campaign %1, empty; events are counted from then on.</source>
        <translation>Das Fenster zeigt dann die neue Kampagne %1, leer; Ereignisse werden von da an gezählt.</translation>
    </message>
    <message>
        <source>The counts shown now are in no campaign file and are lost.</source>
        <translation>Die jetzt gezeigten Zählungen sind in keiner Kampagnendatei und gehen verloren.</translation>
    </message>
    <message>
        <source>The current campaign stays in %1 as it is.</source>
        <translation>Die aktuelle Kampagne bleibt in %1, wie sie ist.</translation>
    </message>
    <message>
        <source>Start a new campaign?</source>
        <translation>Neue Kampagne beginnen?</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <source>Open the campaign %1? The window then shows it instead of this one.</source>
        <translation>Die Kampagne %1 öffnen? Das Fenster zeigt dann sie statt dieser.</translation>
    </message>
</context>
<context>
    <name>dnd::CampaignSelector</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Ganze Kampagne</translation>
    </message>
    <message>
        <source>One game</source>
        <translation>Ein Spiel</translation>
    </message>
    <message>
        <source>One session</source>
        <translation>Eine Sitzung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which part of the campaign the cards, charts and tables show</source>
        <translation>Welchen Teil der Kampagne die Karten, Diagramme und Tabellen zeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Game or session</source>
        <translation>Spiel oder Sitzung</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln event(s)</source>
        <translation>
            <numerusform>%1 · %Ln Ereignis</numerusform>
            <numerusform>%1 · %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>no games yet</source>
        <translation>noch keine Spiele</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>noch keine Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle …</translation>
    </message>
</context>
<context>
    <name>dnd::CatchUpProgressBar</name>
    <message>
        <source>Catching up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <source>Messages read since catching up started, out of the backlog (what was behind then plus what arrived since), and the time left at the current rate</source>
        <translation>Seit Beginn des Aufholens gelesene Nachrichten, vom Rückstand (was damals ausstand, plus was seitdem ankam), und die verbleibende Zeit bei der aktuellen Rate</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Catching up: %1 of %2</source>
        <translation>Aufholen: %1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>dnd::ChartDescription</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>dnd::Codec</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2, not %3</source>
        <translation>Feld &quot;%1&quot; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty or only white space</source>
        <translation>Feld &quot;%1&quot; ist leer oder enthält nur Leerraum</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation>Feld &quot;%1&quot; ist %2 Zeichen lang; die Grenze ist %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains %2, a control, format or separator character, at position %3</source>
        <translation>Feld &quot;%1&quot; enthält %2, ein Steuer-, Format- oder Trennzeichen, an Position %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>an ISO 8601 string</source>
        <translation>eine Zeichenkette nach ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an ISO 8601 date and time: &quot;%2&quot;</source>
        <translation>Feld &quot;%1&quot; ist kein Datum mit Uhrzeit nach ISO 8601: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a string such as &quot;d20&quot;</source>
        <translation>eine Zeichenkette wie &quot;d20&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;; known dice are d4, d6, d8, d10, d12, d20, d100</source>
        <translation>Feld &quot;%1&quot; ist &quot;%2&quot;; bekannte Würfel sind d4, d6, d8, d10, d12, d20, d100</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is required for %2 events</source>
        <translation>Feld &quot;%1&quot; ist für %2-Ereignisse erforderlich</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, not a whole number</source>
        <translation>Feld &quot;%1&quot; ist %2, keine ganze Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, outside 1..%3 of a d%3</source>
        <translation>Feld &quot;%1&quot; ist %2, außerhalb von 1..%3 eines d%3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, not a whole number of a sensible size</source>
        <translation>Feld &quot;%1&quot; ist %2, keine ganze Zahl vernünftiger Größe</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty; %2 events need it</source>
        <translation>Feld &quot;%1&quot; ist leer; %2-Ereignisse brauchen es</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>eine Zeichenkette oder eine Zahl</translation>
    </message>
    <message>
        <source>message is %1 bytes; the limit is %2 bytes</source>
        <translation>Nachricht hat %1 Bytes; die Grenze ist %2 Bytes</translation>
    </message>
    <message>
        <source>message is not valid UTF-8: byte 0x%1 at offset %2</source>
        <translation>Nachricht ist kein gültiges UTF-8: Byte 0x%1 an Stelle %2</translation>
    </message>
    <message>
        <source>message is empty</source>
        <translation>Nachricht ist leer</translation>
    </message>
    <message>
        <source>message is a single JSON value, not an object</source>
        <translation>Nachricht ist ein einzelner JSON-Wert, kein Objekt</translation>
    </message>
    <message>
        <source>message is not valid JSON: %1 at offset %2</source>
        <translation>Nachricht ist kein gültiges JSON: %1 an Stelle %2</translation>
    </message>
    <message>
        <source>message is a JSON array, not an object</source>
        <translation>Nachricht ist ein JSON-Array, kein Objekt</translation>
    </message>
</context>
<context>
    <name>dnd::ConfirmDiscard</name>
    <message>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>dnd::ConsumerStatus</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>lagging by %1</source>
        <translation>%1 im Rückstand</translation>
    </message>
    <message>
        <source>broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <source>broker unreachable: %1</source>
        <translation>Broker nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n event(s) gone from the broker before they were read</source>
        <translation>
            <numerusform>; %n Ereignis war beim Broker verschwunden, bevor es gelesen wurde</numerusform>
            <numerusform>; %n Ereignisse waren beim Broker verschwunden, bevor sie gelesen wurden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::ConsumerWorker</name>
    <message>
        <source>cannot find the offsets for %1: %2</source>
        <translation>die Offsets für %1 können nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>dnd::EmbeddedBroker</name>
    <message>
        <source>The built-in broker needs at least one broker and one partition (got %1 and %2)</source>
        <translation>Der eingebaute Broker braucht mindestens einen Broker und eine Partition (angegeben: %1 und %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n Broker</numerusform>
            <numerusform>%n Broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the built-in broker: %1</source>
        <translation>Der eingebaute Broker kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the built-in broker (librdkafka mock cluster)</source>
        <translation>Der eingebaute Broker (librdkafka-Mock-Cluster) kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot open the built-in broker&apos;s address: %1</source>
        <translation>Die Adresse des eingebauten Brokers kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The built-in broker is not running</source>
        <translation>Der eingebaute Broker läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>Cannot create topic &quot;%1&quot; with %n partition(s): %2</source>
        <translation>
            <numerusform>Topic &quot;%1&quot; mit %n Partition kann nicht angelegt werden: %2</numerusform>
            <numerusform>Topic &quot;%1&quot; mit %n Partitionen kann nicht angelegt werden: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::EventLogModel</name>
    <message>
        <source>d%1 rolled %2</source>
        <translation>d%1 würfelte %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>, initiative %1</source>
        <translation>, Initiative %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>game %1</source>
        <translation>Spiel %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>dnd::EventLogWidget</name>
    <message>
        <source>Filter by player</source>
        <translation>Nach Spieler filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Neuen Ereignissen folgen</translation>
    </message>
    <message>
        <source>Copy &amp;payload (JSON)</source>
        <translation>&amp;Nutzdaten kopieren (JSON)</translation>
    </message>
</context>
<context>
    <name>dnd::EventTypeChart</name>
    <message>
        <source>Events by type</source>
        <translation>Ereignisse nach Typ</translation>
    </message>
</context>
<context>
    <name>dnd::GuiCampaign</name>
    <message>
        <source>History needs the campaign archive, which is off (--no-archive).</source>
        <translation>Der Verlauf braucht das Kampagnenarchiv, das ausgeschaltet ist (--no-archive).</translation>
    </message>
    <message>
        <source>opening the campaign…</source>
        <translation>Kampagne wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening campaign %1…</source>
        <translation>Kampagne %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening the campaign %1…</source>
        <translation>Die Kampagne %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>History needs the campaign archive, which could not be opened (see the status bar).</source>
        <translation>Der Verlauf braucht das Kampagnenarchiv, das nicht geöffnet werden konnte (siehe Statusleiste).</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Ereignisse werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Importing events from %1…</source>
        <translation>Ereignisse werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>The events could not be exported to %1.</source>
        <translation>Die Ereignisse konnten nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>The events of %1 could not be imported.</source>
        <translation>Die Ereignisse von %1 konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>%1 already in the campaign (same event_id, or same content without one)</source>
        <translation>%1 schon in der Kampagne (gleiche event_id, oder ohne sie gleicher Inhalt)</translation>
    </message>
    <message>
        <source>Campaign archive</source>
        <translation>Kampagnenarchiv</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <source>This run is kept in memory only (--no-archive).</source>
        <translation>Dieser Lauf wird nur im Speicher gehalten (--no-archive).</translation>
    </message>
    <message>
        <source>Not archived: %1</source>
        <translation>Nicht archiviert: %1</translation>
    </message>
    <message>
        <source>Every event is archived in %1</source>
        <translation>Jedes Ereignis wird in %1 archiviert</translation>
    </message>
</context>
<context>
    <name>dnd::GuiController</name>
    <message>
        <source>starting the built-in broker…</source>
        <translation>eingebauter Broker startet …</translation>
    </message>
    <message>
        <source>connecting to %1…</source>
        <translation>verbinde mit %1 …</translation>
    </message>
    <message>
        <source>built-in broker at %1</source>
        <translation>eingebauter Broker an %1</translation>
    </message>
    <message>
        <source>switching to the built-in broker…</source>
        <translation>wechsle zum eingebauten Broker …</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>librdkafka: %1</source>
        <translation>librdkafka: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, retrying</source>
        <translation>%1, neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>dnd::HeadlessRunner</name>
    <message>
        <source>simulated producer failed: %1</source>
        <translation>simulierter Producer fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>SIGINT/SIGTERM können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <source>invalid configuration:
  %1</source>
        <translation>ungültige Konfiguration:
  %1</translation>
    </message>
    <message>
        <source>port %1 is taken; the built-in broker listens on %2 instead</source>
        <translation>Port %1 ist belegt; der eingebaute Broker lauscht stattdessen an %2</translation>
    </message>
    <message>
        <source>cannot reach broker %1 within %2 s: %3</source>
        <translation>Broker %1 ist innerhalb von %2 s nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; does not exist on broker %2 (%3)</source>
        <translation>Topic &quot;%1&quot; existiert auf Broker %2 nicht (%3)</translation>
    </message>
    <message>
        <source>%1 more events were gone from the broker before they could be read (retention, or the built-in broker&apos;s window); %2 in all</source>
        <translation>%1 weitere Ereignisse waren beim Broker verschwunden, bevor sie gelesen werden konnten (Aufbewahrungsfrist oder das Fenster des eingebauten Brokers); insgesamt %2</translation>
    </message>
    <message>
        <source>broker unreachable: %1 (retrying)</source>
        <translation>Broker nicht erreichbar: %1 (neuer Versuch läuft)</translation>
    </message>
    <message>
        <source>could not consume topic &quot;%1&quot; from broker %2 within %3 s: %4</source>
        <translation>Topic &quot;%1&quot; konnte innerhalb von %3 s nicht von Broker %2 gelesen werden: %4</translation>
    </message>
    <message>
        <source>broker %1 unreachable for %2 s (--broker-timeout): %3</source>
        <translation>Broker %1 seit %2 s nicht erreichbar (--broker-timeout): %3</translation>
    </message>
    <message>
        <source>campaign %1: %2 events restored, %3 new
</source>
        <translation>Kampagne %1: %2 Ereignisse wiederhergestellt, %3 neu
</translation>
    </message>
</context>
<context>
    <name>dnd::HistoryController</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every player&apos;s rolls, session by session</source>
        <translation>Die Würfe jedes Spielers, Sitzung für Sitzung</translation>
    </message>
    <message>
        <source>History needs the campaign archive, which is off (--no-archive).</source>
        <translation>Der Verlauf braucht das Kampagnenarchiv, das ausgeschaltet ist (--no-archive).</translation>
    </message>
</context>
<context>
    <name>dnd::HistoryModel</name>
    <message>
        <source>Session %1 · no date</source>
        <translation>Sitzung %1 · ohne Datum</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3, %Ln event(s) in all</source>
        <translation>
            <numerusform>%1, %2 bis %3, insgesamt %Ln Ereignis</numerusform>
            <numerusform>%1, %2 bis %3, insgesamt %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>A fair d20 averages 10.5.</source>
        <translation>Ein fairer d20 hat im Mittel 10,5.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>d20 rolls</source>
        <translation>d20-Würfe</translation>
    </message>
    <message>
        <source>Average d20</source>
        <translation>Durchschnitt d20</translation>
    </message>
    <message>
        <source>vs 10.5</source>
        <translation>gegenüber 10,5</translation>
    </message>
    <message>
        <source>Nat 20s</source>
        <translation>Natürliche 20en</translation>
    </message>
    <message>
        <source>Nat 1s</source>
        <translation>Natürliche 1en</translation>
    </message>
</context>
<context>
    <name>dnd::HistoryTrendChart</name>
    <message>
        <source>Average d20 per session</source>
        <translation>Durchschnitt d20 je Sitzung</translation>
    </message>
    <message>
        <source>Fair die 10.5</source>
        <translation>Fairer Würfel 10,5</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>dnd::HistoryWidget</name>
    <message>
        <source>No sessions yet. Every game the tracker follows is kept in the campaign file and shows up here, session by session.</source>
        <translation>Noch keine Sitzungen. Jedes Spiel, das der Tracker verfolgt, wird in der Kampagnendatei aufbewahrt und erscheint hier, Sitzung für Sitzung.</translation>
    </message>
</context>
<context>
    <name>dnd::Keyring</name>
    <message>
        <source>no desktop keyring is available</source>
        <translation>kein Desktop-Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>no desktop keyring is available (%1)</source>
        <translation>kein Desktop-Schlüsselbund verfügbar (%1)</translation>
    </message>
</context>
<context>
    <name>dnd::LoopbackForwarder</name>
    <message>
        <source>Invalid forwarding target &quot;%1&quot; (expected host:port)</source>
        <translation>Ungültiges Weiterleitungsziel &quot;%1&quot; (erwartet wird Host:Port)</translation>
    </message>
    <message>
        <source>No forwarding target</source>
        <translation>Kein Weiterleitungsziel</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>An 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>dnd::MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start game</source>
        <translation>Spiel starten</translation>
    </message>
    <message>
        <source>Start a simulated game into the topic</source>
        <translation>Ein simuliertes Spiel in das Topic starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop game</source>
        <translation>Spiel beenden</translation>
    </message>
    <message>
        <source>Stop the simulated game</source>
        <translation>Das simulierte Spiel beenden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export statistics, charts or the campaign</source>
        <translation>Statistik, Diagramme oder die Kampagne exportieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the simulated game</source>
        <translation>Das simulierte Spiel fortsetzen</translation>
    </message>
    <message>
        <source>Pause the simulated game</source>
        <translation>Das simulierte Spiel pausieren</translation>
    </message>
</context>
<context>
    <name>dnd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export statistics as &amp;CSV…</source>
        <translation>Statistik als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export statistics as &amp;JSON…</source>
        <translation>Statistik als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Replay from the beginning</source>
        <translation>Von &amp;vorn neu lesen</translation>
    </message>
    <message>
        <source>Read the topic again from its first event and recount</source>
        <translation>Das Topic ab seinem ersten Ereignis neu lesen und neu zählen</translation>
    </message>
    <message>
        <source>Replay from the beginning?</source>
        <translation>Von vorn neu lesen?</translation>
    </message>
    <message>
        <source>Every count is cleared and the topic is read again from its first event. Events the broker no longer keeps are not counted again.</source>
        <translation>Alle Zählungen werden gelöscht und das Topic wird ab seinem ersten Ereignis neu gelesen. Ereignisse, die der Broker nicht mehr vorhält, werden nicht erneut gezählt.</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <source>Re&amp;set statistics</source>
        <translation>Statistik &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Forget every count; new events are counted from zero</source>
        <translation>Alle Zählungen vergessen; neue Ereignisse werden ab null gezählt</translation>
    </message>
    <message>
        <source>Reset statistics?</source>
        <translation>Statistik zurücksetzen?</translation>
    </message>
    <message>
        <source>Every count is set to zero; events that arrive from now on are counted from zero. This cannot be undone.</source>
        <translation>Alle Zählungen werden auf null gesetzt; ab jetzt eintreffende Ereignisse werden ab null gezählt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
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
        <source>Tab %1</source>
        <translation>Tab %1</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Gehe zu Tab</translation>
    </message>
    <message>
        <source>&amp;Players</source>
        <translation>S&amp;pieler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About D&amp;&amp;D Event Tracker</source>
        <translation>Ü&amp;ber D&amp;&amp;D Event Tracker</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open player tab…</source>
        <translation>Spieler-Tab ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open player tab</source>
        <translation>Spieler-Tab öffnen</translation>
    </message>
    <message>
        <source>Player:</source>
        <translation>Spieler:</translation>
    </message>
    <message numerus="yes">
        <source>%n more player(s) in the Overview…</source>
        <translation>
            <numerusform>%n weiterer Spieler in der Übersicht …</numerusform>
            <numerusform>%n weitere Spieler in der Übersicht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>Unbekanntes Exportformat %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>Statistics saved to %1</source>
        <translation>Statistik gespeichert in %1</translation>
    </message>
    <message>
        <source>D&amp;D Event Tracker %1

Follows a Kafka stream of Dungeons &amp; Dragons events and charts every player live.

Qt %2 (built with %3)
librdkafka %4</source>
        <translation>D&amp;D Event Tracker %1

Verfolgt einen Kafka-Stream von Dungeons-&amp;-Dragons-Ereignissen und zeigt jeden Spieler live in Diagrammen.

Qt %2 (erstellt mit %3)
librdkafka %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About D&amp;D Event Tracker</source>
        <translation>Über D&amp;D Event Tracker</translation>
    </message>
    <message>
        <source>&amp;Close player tab</source>
        <translation>Spieler-Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>Type to filter the players or the event log</source>
        <translation>Tippen, um die Spieler oder das Ereignisprotokoll zu filtern</translation>
    </message>
    <message>
        <source>D&amp;D Event Tracker</source>
        <translation>D&amp;D Event Tracker</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Start a simulated game</source>
        <translation>Ein simuliertes Spiel starten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Statistics of %1</source>
        <translation>Statistik von %1</translation>
    </message>
    <message>
        <source>Start a simulated game to see live charts for every player, or point another producer at this app&apos;s topic.</source>
        <translation>Starten Sie ein simuliertes Spiel, um Live-Diagramme für jeden Spieler zu sehen, oder richten Sie einen anderen Producer auf das Topic dieser App.</translation>
    </message>
    <message>
        <source>The built-in Kafka broker listens at %1; other clients (kcat, the original Python producer) can produce to it.</source>
        <translation>Der eingebaute Kafka-Broker lauscht an %1; andere Clients (kcat, der ursprüngliche Python-Producer) können dorthin schreiben.</translation>
    </message>
    <message>
        <source>Reading from the Kafka cluster at %1.</source>
        <translation>Liest vom Kafka-Cluster an %1.</translation>
    </message>
    <message>
        <source>Export &amp;tab as PNG, SVG or PDF…</source>
        <translation>&amp;Tab als PNG, SVG oder PDF exportieren …</translation>
    </message>
    <message>
        <source>Save the cards and charts of the current tab under a title</source>
        <translation>Die Karten und Diagramme des aktuellen Tabs mit einem Titel speichern</translation>
    </message>
    <message>
        <source>%1 on the built-in broker</source>
        <translation>%1 auf dem eingebauten Broker</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Export tab</source>
        <translation>Tab exportieren</translation>
    </message>
    <message>
        <source>There is nothing to export yet: open a player&apos;s tab or the overview once events have arrived.</source>
        <translation>Noch gibt es nichts zu exportieren: Öffnen Sie den Tab eines Spielers oder die Übersicht, sobald Ereignisse eingetroffen sind.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Rates, lag per partition and lost messages of the topic</source>
        <translation>Raten, Rückstand je Partition und verlorene Nachrichten des Topics</translation>
    </message>
</context>
<context>
    <name>dnd::OverviewWidget</name>
    <message>
        <source>Filter players</source>
        <translation>Spieler filtern</translation>
    </message>
    <message>
        <source>No players yet. Start a simulated game in the Simulator panel, or connect to a topic that carries D&amp;D events.</source>
        <translation>Noch keine Spieler. Starten Sie ein simuliertes Spiel im Simulator-Bereich oder verbinden Sie sich mit einem Topic, das D&amp;D-Ereignisse enthält.</translation>
    </message>
    <message>
        <source>Events by type, players with the most events</source>
        <translation>Ereignisse nach Typ, Spieler mit den meisten Ereignissen</translation>
    </message>
    <message>
        <source>other types</source>
        <translation>andere Typen</translation>
    </message>
</context>
<context>
    <name>dnd::PartitionTableModel</name>
    <message>
        <source>Nothing read from this partition yet</source>
        <translation>Aus dieser Partition wurde noch nichts gelesen</translation>
    </message>
    <message>
        <source>The broker has not reported this partition&apos;s end yet</source>
        <translation>Der Broker hat das Ende dieser Partition noch nicht gemeldet</translation>
    </message>
    <message>
        <source>Offset of the next message to read</source>
        <translation>Offset der nächsten zu lesenden Nachricht</translation>
    </message>
    <message>
        <source>Offset after the last message in the partition (high watermark)</source>
        <translation>Offset nach der letzten Nachricht der Partition (High Watermark)</translation>
    </message>
    <message>
        <source>Messages in the partition not read yet</source>
        <translation>Noch nicht gelesene Nachrichten der Partition</translation>
    </message>
    <message>
        <source>Messages read from the partition per second</source>
        <translation>Aus der Partition gelesene Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
</context>
<context>
    <name>dnd::PlayerTab</name>
    <message>
        <source>Spells cast</source>
        <translation>Gewirkte Zauber</translation>
    </message>
    <message>
        <source>Monsters encountered</source>
        <translation>Begegnete Monster</translation>
    </message>
    <message>
        <source>No events from %1 yet.

Start a simulated game in the Simulator panel, or connect to a topic that %1 plays on; this tab fills in as soon as the first event arrives.</source>
        <translation>Noch keine Ereignisse von %1.

Starten Sie ein simuliertes Spiel im Simulator-Bereich oder verbinden Sie sich mit einem Topic, auf dem %1 spielt; dieser Tab füllt sich, sobald das erste Ereignis eintrifft.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Würfe</translation>
    </message>
    <message>
        <source>Average d20</source>
        <translation>Durchschnitt d20</translation>
    </message>
    <message>
        <source>Nat 20s</source>
        <translation>Natürliche 20en</translation>
    </message>
    <message>
        <source>Nat 1s</source>
        <translation>Natürliche 1en</translation>
    </message>
    <message>
        <source>d20 fairness</source>
        <translation>Fairness des d20</translation>
    </message>
    <message>
        <source>Favourite spell</source>
        <translation>Lieblingszauber</translation>
    </message>
    <message>
        <source>Most fought monster</source>
        <translation>Häufigster Gegner</translation>
    </message>
    <message>
        <source>d%1</source>
        <translation>d%1</translation>
    </message>
    <message>
        <source>Die shown in the roll distribution</source>
        <translation>In der Wurfverteilung gezeigter Würfel</translation>
    </message>
    <message>
        <source>&amp;Die:</source>
        <translation>&amp;Würfel:</translation>
    </message>
    <message>
        <source>looks fair</source>
        <translation>wirkt fair</translation>
    </message>
    <message>
        <source>a little odd</source>
        <translation>etwas seltsam</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>verdächtig</translation>
    </message>
    <message>
        <source>very likely loaded</source>
        <translation>sehr wahrscheinlich gezinkt</translation>
    </message>
    <message>
        <source>not enough rolls yet</source>
        <translation>noch nicht genug Würfe</translation>
    </message>
    <message>
        <source>%1 of %2 rolls needed</source>
        <translation>%1 von %2 nötigen Würfen</translation>
    </message>
    <message numerus="yes">
        <source>p %1 (Holm, %n test(s)), %2</source>
        <translation>
            <numerusform>p %1 (Holm, %n Test), %2</numerusform>
            <numerusform>p %1 (Holm, %n Tests), %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roll(s)</source>
        <translation>
            <numerusform>%n Wurf</numerusform>
            <numerusform>%n Würfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Chi-square test of each die&apos;s faces against a fair die; a die is tested once every face expects at least 5 rolls.</source>
        <translation>Chi-Quadrat-Test der Seiten jedes Würfels gegen einen fairen Würfel; ein Würfel wird getestet, sobald jede Seite mindestens 5 Würfe erwarten lässt.</translation>
    </message>
    <message numerus="yes">
        <source>p-values corrected with Holm&apos;s method across the %n test(s) shown at once (every tested die of every player tab).</source>
        <translation>
            <numerusform>p-Werte mit der Holm-Methode über den %n gleichzeitig gezeigten Test korrigiert (jeder getestete Würfel jedes Spieler-Tabs).</numerusform>
            <numerusform>p-Werte mit der Holm-Methode über die %n gleichzeitig gezeigten Tests korrigiert (jeder getestete Würfel jedes Spieler-Tabs).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough rolls, %2 of %3</source>
        <translation>%1: nicht genug Würfe, %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2, n = %3, chi-square = %4, p %5, Holm-corrected p %6</source>
        <translation>%1: %2, n = %3, Chi-Quadrat = %4, p %5, Holm-korrigiertes p %6</translation>
    </message>
    <message>
        <source>d%1 fairness</source>
        <translation>Fairness des d%1</translation>
    </message>
    <message numerus="yes">
        <source>fair die: 10.5, %1 roll(s)</source>
        <translation>
            <numerusform>fairer Würfel: 10,5; %1 Wurf</numerusform>
            <numerusform>fairer Würfel: 10,5; %1 Würfe</numerusform>
        </translation>
    </message>
    <message>
        <source>fair die: 10.5</source>
        <translation>fairer Würfel: 10,5</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message numerus="yes">
        <source>%n cast(s)</source>
        <translation>
            <numerusform>%n-mal gewirkt</numerusform>
            <numerusform>%n-mal gewirkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s)</source>
        <translation>
            <numerusform>%n Begegnung</numerusform>
            <numerusform>%n Begegnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::PlayerTableModel</name>
    <message numerus="yes">
        <source>%n d20 roll(s); a fair die averages 10.5</source>
        <translation>
            <numerusform>%n d20-Wurf; ein fairer Würfel hat im Mittel 10,5</numerusform>
            <numerusform>%n d20-Würfe; ein fairer Würfel hat im Mittel 10,5</numerusform>
        </translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Würfe</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Spells</source>
        <translation>Zauber</translation>
    </message>
    <message>
        <source>Average d20</source>
        <translation>Durchschnitt d20</translation>
    </message>
    <message>
        <source>Nat 20s</source>
        <translation>Natürliche 20en</translation>
    </message>
    <message>
        <source>Nat 1s</source>
        <translation>Natürliche 1en</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>dnd::PreferencesDialog</name>
    <message>
        <source>Resume where the campaign left off</source>
        <translation>Dort weitermachen, wo die Kampagne aufgehört hat</translation>
    </message>
    <message>
        <source>Today (since midnight)</source>
        <translation>Heute (seit Mitternacht)</translation>
    </message>
    <message>
        <source>Earliest (the whole game)</source>
        <translation>Frühestens (das ganze Spiel)</translation>
    </message>
    <message>
        <source>Latest (new events only)</source>
        <translation>Neueste (nur neue Ereignisse)</translation>
    </message>
    <message>
        <source>Committed position of the group</source>
        <translation>Bestätigte Position der Gruppe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Game (reads like play)</source>
        <translation>Spiel (liest sich wie ein Spielverlauf)</translation>
    </message>
    <message>
        <source>Random (like the original producer)</source>
        <translation>Zufällig (wie der ursprüngliche Producer)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Use the built-in broker</source>
        <translation>Den eingebauten Broker verwenden</translation>
    </message>
    <message>
        <source>host:port, host:port</source>
        <translation>Host:Port, Host:Port</translation>
    </message>
    <message>
        <source>Default: unique to this installation</source>
        <translation>Standard: eindeutig für diese Installation</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Stravos, Wurs</source>
        <translation>Durch Kommas getrennt, z. B. Stravos, Wurs</translation>
    </message>
    <message>
        <source> events/s</source>
        <translation> Ereignisse/s</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Stravos, Ya, Sylas, Wurs</source>
        <translation>Durch Kommas getrennt, z. B. Stravos, Ya, Sylas, Wurs</translation>
    </message>
    <message>
        <source>This value %1</source>
        <translation>Dieser Wert %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>No answer within 10 seconds.</source>
        <translation>Keine Antwort innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <source>the built-in broker</source>
        <translation>der eingebaute Broker</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Overridden by %1; in use: %2</source>
        <translation>Überschrieben durch %1; in Verwendung: %2</translation>
    </message>
    <message>
        <source>Enter at least one broker as host:port, or use the built-in broker.</source>
        <translation>Geben Sie mindestens einen Broker als Host:Port ein oder verwenden Sie den eingebauten Broker.</translation>
    </message>
    <message>
        <source>Add at least one player.</source>
        <translation>Fügen Sie mindestens einen Spieler hinzu.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Verbunden. %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>librdkafka properties for an external cluster, as kcat -X: they win over the app&apos;s own choices. The built-in broker ignores them.</source>
        <translation>librdkafka-Eigenschaften für einen externen Cluster, wie kcat -X: sie haben Vorrang vor den eigenen Einstellungen der App. Der eingebaute Broker ignoriert sie.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1 of the table</source>
        <translation>Zeile %1 der Tabelle</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Default: campaign.sqlite in the application data folder</source>
        <translation>Standard: campaign.sqlite im Datenordner der Anwendung</translation>
    </message>
    <message>
        <source>Campaign file</source>
        <translation>Kampagnendatei</translation>
    </message>
    <message>
        <source>Campaigns (*.sqlite)</source>
        <translation>Kampagnen (*.sqlite)</translation>
    </message>
    <message>
        <source>None (no client certificate)</source>
        <translation>Keines (kein Client-Zertifikat)</translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation>Nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Not saved: %1. The passwords are kept for this run only.</source>
        <translation>Nicht gespeichert: %1. Die Passwörter gelten nur für diesen Lauf.</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring: the passwords, never the settings file.</source>
        <translation>Im Schlüsselbund des Desktops aufbewahrt: die Passwörter, nie die Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>dnd::ProblemsModel</name>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>dnd::ProblemsWidget</name>
    <message>
        <source>Copy &amp;payload (escaped preview)</source>
        <translation>&amp;Nutzdaten kopieren (maskierte Vorschau)</translation>
    </message>
    <message>
        <source>Rejected messages by reason, since the stream started</source>
        <translation>Abgelehnte Nachrichten nach Grund, seit Beginn des Streams</translation>
    </message>
    <message>
        <source>Select a rejected message to see its details.</source>
        <translation>Wählen Sie eine abgelehnte Nachricht aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No rejected messages</source>
        <translation>Keine abgelehnten Nachrichten</translation>
    </message>
    <message>
        <source>Partition %1, offset %2: %3
%4</source>
        <translation>Partition %1, Offset %2: %3
%4</translation>
    </message>
    <message>
        <source>Rejected messages carry no game_id: the game chosen under Show: does not narrow this list (a session or dates do).</source>
        <translation>Abgelehnte Nachrichten tragen keine game_id: Das unter „Zeigen:“ gewählte Spiel schränkt diese Liste nicht ein (eine Sitzung oder ein Zeitraum schon).</translation>
    </message>
</context>
<context>
    <name>dnd::PropertiesTableModel</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>dnd::RecentRollsChart</name>
    <message>
        <source>Last 100 d20 rolls</source>
        <translation>Die letzten 100 d20-Würfe</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Wurf</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Fair die 10.5</source>
        <translation>Fair 10,5</translation>
    </message>
</context>
<context>
    <name>dnd::RejectReason</name>
    <message>
        <source>Not valid UTF-8</source>
        <translation>Kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>Kein gültiges JSON</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Missing or empty player</source>
        <translation>Spieler fehlt oder ist leer</translation>
    </message>
    <message>
        <source>Player name too long</source>
        <translation>Spielername zu lang</translation>
    </message>
    <message>
        <source>Control or invisible characters in player name</source>
        <translation>Steuer- oder unsichtbare Zeichen im Spielernamen</translation>
    </message>
    <message>
        <source>Missing event type</source>
        <translation>Ereignistyp fehlt</translation>
    </message>
    <message>
        <source>Missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>Field has the wrong type</source>
        <translation>Feld hat den falschen Typ</translation>
    </message>
    <message>
        <source>Unknown die</source>
        <translation>Unbekannter Würfel</translation>
    </message>
    <message>
        <source>Roll is not an integer</source>
        <translation>Wurf ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Roll outside the die</source>
        <translation>Wurf außerhalb des Würfels</translation>
    </message>
    <message>
        <source>Text field too long</source>
        <translation>Textfeld zu lang</translation>
    </message>
    <message>
        <source>Control or invisible characters in a field</source>
        <translation>Steuer- oder unsichtbare Zeichen in einem Feld</translation>
    </message>
</context>
<context>
    <name>dnd::ResolvedSettings</name>
    <message>
        <source>%1 %2 from %3: %4</source>
        <translation>%1 %2 aus %3: %4</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>%1 %2 from %3: the built-in broker speaks PLAINTEXT only; name an external cluster with --broker or KAFKA_BROKER_ADDRESS</source>
        <translation>%1 %2 aus %3: der eingebaute Broker spricht nur PLAINTEXT; geben Sie einen externen Cluster mit --broker oder KAFKA_BROKER_ADDRESS an</translation>
    </message>
</context>
<context>
    <name>dnd::RollDistributionChart</name>
    <message>
        <source>Roll distribution</source>
        <translation>Wurfverteilung</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Würfe</translation>
    </message>
    <message>
        <source>Expected if fair</source>
        <translation>Erwartet, wenn fair</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Roll distribution, d%1 (%2 roll(s))</source>
        <translation>
            <numerusform>Wurfverteilung, d%1 (%2 Wurf)</numerusform>
            <numerusform>Wurfverteilung, d%1 (%2 Würfe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll distribution, d%1 (no rolls yet)</source>
        <translation>Wurfverteilung, d%1 (noch keine Würfe)</translation>
    </message>
</context>
<context>
    <name>dnd::Settings</name>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (%n Zeichen)</numerusform>
            <numerusform> (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::SimulatedProducer</name>
    <message>
        <source>Cannot start the simulated producer: %1</source>
        <translation>Der simulierte Producer kann nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not delivered: %1</source>
        <translation>
            <numerusform>%n Ereignis nicht zugestellt: %1</numerusform>
            <numerusform>%n Ereignisse nicht zugestellt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::SimulationState</name>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>dnd::SimulatorPanel</name>
    <message>
        <source>&amp;Start game</source>
        <translation>Spiel &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Start producing simulated events to the topic</source>
        <translation>Simulierte Ereignisse in das Topic schreiben</translation>
    </message>
    <message>
        <source>Pause or resume the simulated producer</source>
        <translation>Den simulierten Producer pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the simulated producer</source>
        <translation>Den simulierten Producer beenden</translation>
    </message>
    <message>
        <source>Random (like the original producer)</source>
        <translation>Zufällig (wie der ursprüngliche Producer)</translation>
    </message>
    <message>
        <source>Events per second, on a log scale</source>
        <translation>Ereignisse pro Sekunde, logarithmische Skala</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Events per second: 0.2 (one every 5 seconds) to 100,000</source>
        <translation>Ereignisse pro Sekunde: 0,2 (eines alle 5 Sekunden) bis 100.000</translation>
    </message>
    <message>
        <source>The same seed, mode and roster give the same game</source>
        <translation>Gleicher Startwert, Modus und gleiche Besetzung ergeben dasselbe Spiel</translation>
    </message>
    <message>
        <source>Players of the next game; double-click a name to rename it</source>
        <translation>Spieler des nächsten Spiels; Doppelklick auf einen Namen benennt ihn um</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>Roster:</source>
        <translation>Besetzung:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Erzeugt:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Zugestellt:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Player %1</source>
        <translation>Spieler %1</translation>
    </message>
    <message>
        <source>Game (reads like play)</source>
        <translation>Spiel (liest sich wie ein Spielverlauf)</translation>
    </message>
</context>
<context>
    <name>dnd::StatCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dnd::StatsExport</name>
    <message>
        <source>%1 events, %2 rejected, %3 players
</source>
        <translation>%1 Ereignisse, %2 abgelehnt, %3 Spieler
</translation>
    </message>
    <message>
        <source>  rejected, %1: %2
</source>
        <translation>  abgelehnt, %1: %2
</translation>
    </message>
    <message>
        <source>  gone from the broker before they were read: %1
</source>
        <translation>  beim Broker verschwunden, bevor sie gelesen wurden: %1
</translation>
    </message>
    <message>
        <source>  %1: %2 events (%3)</source>
        <translation>  %1: %2 Ereignisse (%3)</translation>
    </message>
    <message>
        <source>, d20 mean %1 over %2 rolls, %3 nat 20, %4 nat 1</source>
        <translation>, d20-Mittel %1 über %2 Würfe, %3 natürliche 20, %4 natürliche 1</translation>
    </message>
</context>
<context>
    <name>dnd::StatusBarWidget</name>
    <message>
        <source>Where the app reads events from; other clients (kcat, the original Python producer) can use the same address</source>
        <translation>Woher die App Ereignisse liest; andere Clients (kcat, der ursprüngliche Python-Producer) können dieselbe Adresse verwenden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 Ereignis</numerusform>
            <numerusform>%1 Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>dnd::StreamRateChart</name>
    <message>
        <source>seconds ago</source>
        <translation>vor Sekunden</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>vor Minuten</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>vor Stunden</translation>
    </message>
</context>
<context>
    <name>dnd::StreamTab</name>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Last &amp;10 minutes</source>
        <translation>Letzte &amp;10 Minuten</translation>
    </message>
    <message>
        <source>&amp;Whole session</source>
        <translation>&amp;Ganze Sitzung</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>lag, all partitions</source>
        <translation>Rückstand, alle Partitionen</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>Lag per partition</source>
        <translation>Rückstand je Partition</translation>
    </message>
    <message>
        <source>Messages lost</source>
        <translation>Verlorene Nachrichten</translation>
    </message>
</context>
<context>
    <name>dnd::TabExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported by D&amp;D Event Tracker</source>
        <translation>Exportiert vom D&amp;D Event Tracker</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing to export: open a tab that shows charts.</source>
        <translation>Nichts zu exportieren: Öffnen Sie einen Tab mit Diagrammen.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .png, .svg oder .pdf endet.</translation>
    </message>
</context>
<context>
    <name>dnd::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as shown, cells separated by tabs</source>
        <translation>Die ausgewählten Zeilen wie angezeigt kopieren, Zellen durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Copy partition and &amp;offset</source>
        <translation>Partition und &amp;Offset kopieren</translation>
    </message>
</context>
<context>
    <name>dnd::TrackerSession</name>
    <message>
        <source>Could not start the built-in broker: %1</source>
        <translation>Der eingebaute Broker konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
