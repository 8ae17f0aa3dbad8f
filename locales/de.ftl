# so-tenant-status: Deutsch. Keys as in en.ftl.

## Health words

health-ok = OK
health-maintenance = Wartung
health-pending = Ausstehend
health-unknown = Unbekannt
health-down = Ausgefallen
health-gone = Entfernt
health-word-ok = ok
health-word-maintenance = Wartung
health-word-pending = ausstehend
health-word-unknown = unbekannt
health-word-down = ausgefallen
health-word-gone = entfernt

## States

state-unknown = Der Mandant ist unbekannt oder die Umgebung hat Probleme; war der Mandant vorher in einem anderen Zustand, ist dies wahrscheinlich eine Störung.
state-provisioning = Der Mandant wird angelegt und ist in Kürze bereit.
state-running = Der Mandant läuft normal, seine API kann genutzt werden.
state-deleted = Der Mandant wurde endgültig gelöscht.
state-suspended = Der Mandant ist auf dem Weg zur Kündigung gesperrt; der Kunde kann ihn noch reaktivieren lassen.
state-online-maintenance = Im Hintergrund laufen Wartungsaufgaben; der normale Betrieb geht weiter.
state-offline-maintenance = Der Mandant ist wegen Wartung offline, meist für ein Upgrade, in der Regel für einige Minuten.
state-provisioning-failed = Das Anlegen des Mandanten ist fehlgeschlagen.
state-deleting = Der Mandant wird gelöscht.
state-delete-failed = Das Löschen des Mandanten ist fehlgeschlagen; es wird erneut versucht.
state-migration-pending = Die Migration des Mandanten nach Online ist nicht abgeschlossen; das dauert oft Tage oder Wochen.
state-unrecognised = Dieser Zustand steht nicht in der dokumentierten Tabelle von SuperOffice; behandeln Sie den Mandanten als nicht nutzbar, bis er geklärt ist.

## Change notifications

change-upgrade = Die Installation wurde auf eine neue Version aktualisiert.
change-upgrade-badge = Meist geht OfflineMaintenance voraus; das Abzeichen wird wieder OK, wenn das Upgrade fertig ist.
change-upgrade-integration = Lesen Sie die Versionsangaben erneut aus dem Api-Dokument; Funktionen und Schema können sich geändert haben.
change-backup-restored = Der Mandant wurde aus einer Sicherung wiederhergestellt.
change-backup-restored-badge = Das Abzeichen ändert sich nicht, sobald der Mandant wieder Running ist.
change-backup-restored-integration = Die Daten können zeitlich zurückgesprungen sein: Synchronisieren Sie alles neu, was Sie vom Mandanten zwischengespeichert oder kopiert haben.
change-suspend = Der Mandant wurde gesperrt.
change-suspend-badge = Das Abzeichen wird Ausgefallen (Suspended).
change-suspend-integration = Rufen Sie die API des Mandanten nicht mehr auf und pausieren Sie geplante Jobs; der Kunde kann noch reaktiviert werden.
change-resume = Der Mandant wurde nach einem anderen Vorgang fortgesetzt.
change-resume-badge = Das Abzeichen wird bei der nächsten Prüfung wieder OK (Running).
change-resume-integration = Fragen Sie die Status-API erneut und nehmen Sie Aufrufe und geplante Jobs wieder auf, sobald sie Running meldet.
change-delete = Der Mandant wurde gelöscht.
change-delete-badge = Das Abzeichen wird Entfernt (Deleting, dann Deleted).
change-delete-integration = Stellen Sie alle Aufrufe endgültig ein und entfernen Sie gespeicherte Zugangsdaten und Daten dieses Mandanten.
change-move = Der Mandant wurde auf einen anderen öffentlichen Endpunkt verschoben (siehe PublicEndpoint).
change-move-badge = Das Abzeichen behält seinen Zustand; der Endpoint-Link ändert sich bei der nächsten Prüfung.
change-move-integration = Vergessen Sie zwischengespeicherte Endpunkte: Fragen Sie die Status-API nach dem neuen Endpoint (Aufrufe an den alten Host antworten mit 421).
change-unrecognised = Der Änderungstyp { $code } ist von SuperOffice nicht dokumentiert.
change-unrecognised-badge = Das Abzeichen zeigt, was die Status-API meldet.
change-unrecognised-integration = Fragen Sie die Status-API, bevor Sie den Mandanten aufrufen; schließen Sie nichts aus dieser Benachrichtigung.
change-unrecognised-name = Änderungstyp { $code }

## Failed checks

error-network = Die Status-API war nicht erreichbar: durch CORS blockiert, offline oder der Proxy ist ausgefallen; der Mandant selbst kann in Ordnung sein.
error-timeout = Die Status-API hat nicht rechtzeitig geantwortet; der Mandant selbst kann in Ordnung sein.
error-not-found = Die Status-API kennt diesen Mandanten nicht (404): Prüfen Sie die Kontext-ID und die Umgebung.
error-misdirected = Die Status-API hat zweimal hintereinander mit 421 (Mandant verschoben) geantwortet; sie wird gleich erneut gefragt.
error-rate-limited = Die Status-API hat uns gebeten, langsamer zu werden (429); die nächste Prüfung wird verschoben.
error-server = Die Status-API hatte einen Fehler ({ $status }); der Mandant selbst kann in Ordnung sein.
error-http = Die Status-API hat mit HTTP { $status } geantwortet; der Zustand des Mandanten ist nicht bekannt.
error-invalid-payload = Die Status-API hat geantwortet, aber nicht mit einem verwertbaren Zustand: { $detail }
error-invalid-input = Nichts wurde geprüft: { $detail }
summary-network = Nicht erreichbar (Netzwerk oder CORS)
summary-timeout = Zeitüberschreitung
summary-not-found = Nicht gefunden (404)
summary-misdirected = Verschoben (421)
summary-rate-limited = Gedrosselt (429)
summary-server = Serverfehler ({ $status })
summary-http = HTTP-Fehler { $status }
summary-invalid-payload = Unbrauchbare Antwort
summary-invalid-input = Ungültige Eingabe

## The badge

badge-checking = Wird geprüft…
badge-checking-health = Prüfung läuft
badge-checking-api = Noch unbekannt, ob die API verfügbar ist
badge-checking-description = Die Status-API wird nach dem Zustand dieses Mandanten gefragt.
badge-not-checked = Nicht geprüft
badge-failed-health = Prüfung fehlgeschlagen
badge-failed-api = Unbekannt, ob die API verfügbar ist
badge-failed-description = Die Prüfung ist fehlgeschlagen; das sagt nichts über den Zustand des Mandanten.
badge-api-available = API verfügbar
badge-api-unavailable = API nicht verfügbar
badge-stale = Letzter bekannter Zustand: Die letzte Prüfung ist fehlgeschlagen oder überfällig, er kann also veraltet sein.
badge-retry = Erneut versuchen
badge-refresh = Aktualisieren
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, zuletzt bekannt
badge-name-checking = { $context }: wird geprüft
badge-name-failed = { $context }: Prüfung fehlgeschlagen
time-now = jetzt
badge-checked = geprüft { $ago }
badge-next-check = nächste Prüfung { $time }
badge-notified = { $change } gemeldet um { $time }, wird bestätigt…
badge-notified-move = { $change } gemeldet um { $time }: Umzug nach { $host }, wird bestätigt…
badge-moved = Verschoben von { $from } nach { $to } um { $time }
badge-unknown-place = einem unbekannten Ort
badge-endpoint = Endpoint
badge-api = Api

## The live region

announce-change = { $context } ist jetzt { $state }: { $health }

## Legends

legend-states = Zustände
legend-changes = Änderungsbenachrichtigungen
legend-state = Zustand
legend-code = Nr.
legend-health = Verfügbarkeit
legend-api = API
legend-meaning = Bedeutung
legend-change = Änderung
legend-what-happened = Was geschah
legend-for-badge = Für das Abzeichen
legend-for-integration = Für eine Integration
legend-api-available = verfügbar
legend-api-unavailable = nicht verfügbar

## The board

board-summary = Mandanten nach Zustand: zum Filtern umschalten
board-all = Alle
board-all-count = Alle Mandanten: { $count }
board-count = { $label }: { $count }
board-search = Suche
board-search-placeholder = Kontext-ID, z. B. Cust123
board-search-label = Nach Kontext-ID suchen
board-layout = Ansicht
board-table = Tabelle
board-cards = Karten
board-no-match = Kein Mandant passt zum Filter.
board-caption = Mandanten, schlechtester Zustand zuerst, sofern nicht anders sortiert
board-col-health = Verfügbarkeit
board-col-state = Zustand
board-col-context-id = Kontext-ID
board-col-api = API
board-col-version = Version
board-col-checked = Geprüft
board-checked-failed = fehlgeschlagen
board-checked-not-yet = noch nicht
board-show-details = { $context }: Details anzeigen

## The page

page-title = SuperOffice-Mandantenstatus
page-intro = Ob der SuperOffice-Online-Mandant jedes Kunden gerade nutzbar ist, laut seiner öffentlichen Status-API.
page-demo-note = Demo: Diese Mandanten liefert die lokale Test-API, einer je dokumentiertem Zustand plus jeder Fehler, den sie zeigen kann.
page-env = Umgebung
page-env-sod = Entwicklung (sod)
page-env-qaonline = Staging (qaonline)
page-env-online = Produktion (online)
page-contexts = Kontext-IDs
page-contexts-placeholder = Cust12345, Cust67890 (oder eine Tabellenspalte einfügen)
page-base = Basis-URL (optional: ein Proxy, der /api/state/… weiterleitet)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Prüfen
input-env = env: erwartet sod, qaonline, online oder stage, erhalten { $value }
input-context-id = contextId: erwartet Cust gefolgt von 1 bis 10 Ziffern (z. B. Cust12345), erhalten { $value }
input-base-url-not-http = baseUrl: erwartet eine http://- oder https://-URL
input-base-url-characters = baseUrl: darf keine Leerzeichen, Steuerzeichen oder Backslashes enthalten
input-base-url-query = baseUrl: darf keine Abfrage und kein Fragment haben
input-base-url-user-info = baseUrl: darf keine Benutzerinformationen enthalten
input-base-url-host = baseUrl: erwartet einen Hostnamen, optional mit Port
input-base-url-path = baseUrl: der Pfad darf kein '.', '..', '//' oder '%' enthalten
page-no-contexts = contextId: Geben Sie eine oder mehrere Kontext-IDs ein, z. B. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API-Aufrufe erlaubt.
guidance-call-maintenance = API-Aufrufe erlaubt; im Hintergrund läuft Wartung.
guidance-pause = Aufrufe bis zur Zeit in ValidUntil pausieren.
guidance-pause-until = Aufrufe bis { $until } pausieren.
guidance-stop = Geplante Jobs stoppen; bei einer Resume-Benachrichtigung fortsetzen.
guidance-purge = Stoppen und zwischengespeicherte Daten löschen.
guidance-unavailable = Als nicht verfügbar behandeln; status.superoffice.com prüfen.
legend-guidance = Was eine Integration tut
window-recycle = nächtlicher Neustart der Anwendungspools
window-patch = Patch-Fenster am Donnerstag
window-maintenance = Wartungsfenster am Samstag
window-upgrade = Upgrade-Fenster
forecast-heading = Wartung
forecast-next = Nächstes Fenster: { $when } ({ $relative }), { $window }
forecast-now = Jetzt: { $window }, bis { $until }
maintenance-expected = Erwartet: { $window }
note-unscheduled = Außerplanmäßig: außerhalb der veröffentlichten Wartungsfenster
note-incident = Wahrscheinlich eine Störung, keine Wartung
note-stuck-hour = Seit 1 Stunde festgefahren
note-stuck-hours = Seit { $hours } Stunden festgefahren
note-stuck-days = Seit { $days } Tagen festgefahren
history-heading = Letzte Änderungen
history-since = { $state } seit { $from }
history-span = { $state } { $from }–{ $to }
history-none = Noch keine Änderungen gesehen.
board-col-changed = Geändert
board-changed-never = nicht gesehen

## Notification inspector (issue #15)
inspect-link = Eine Änderungsbenachrichtigung prüfen
inspect-title = Prüfung von Änderungsbenachrichtigungen
inspect-intro = Fügen Sie den Inhalt ein, den SuperOffice an Ihren Webhook gesendet hat. Er wird nur auf dieser Seite dekodiert: Nichts, was Sie einfügen, verlässt sie.
inspect-label = Webhook-Inhalt (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Zurück zum Mandantenstatus
inspect-error = Keine Änderungsbenachrichtigung: { $error }
inspect-change = Änderung
inspect-what = Was geschah
inspect-integration = Für eine Integration
inspect-badge = Für das Statusabzeichen
inspect-tenant = Mandant
inspect-version-name = Versionsname
inspect-file-version = Dateiversion
inspect-public-endpoint = Öffentlicher Endpunkt
inspect-not-sent = nicht gesendet
inspect-token = Claims des Tokens
inspect-unverified = Im Browser nicht verifiziert: Verifizieren Sie das Token auf Ihrem Server, bevor Sie irgendetwas davon vertrauen.
inspect-token-error = Das Token konnte nicht gelesen werden: { $error }
inspect-token-missing = Es wurde kein Token gesendet.
inspect-warnings = Warnungen

timeline-24h = Letzte 24 Stunden
timeline-7d = Letzte 7 Tage
timeline-name = { $window }: { $parts }
timeline-unwatched-for = nicht beobachtet { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: nicht beobachtet
decimal-sign = ,
percent = { $number } %
availability-none = –
availability-observed = { $window }: OK { $percent } der beobachteten Zeit, von diesem Browser beobachtet
board-availability = Letzte 24 Std., von diesem Browser beobachtet: OK { $percent }
board-col-observed = Letzte 24 Std.
duration-under-minute = < 1 Min.
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
duration-days = { $days } Tg.
duration-days-hours = { $days } Tg. { $hours } Std.
board-export-csv = CSV herunterladen
board-export-json = Als JSON kopieren
board-export-copied = { $count } Zeilen als JSON kopiert.
board-export-saved = { $count } Zeilen als { $file } gespeichert.
board-export-failed = Nicht kopiert: Der Browser verweigert die Zwischenablage.
board-export = Exportieren

alert-one = { $context }: { $state }, { $health }
alert-many = { $count } Mandanten { $health }: { $list }
alert-mixed = { $count } Mandanten mit geändertem Zustand: { $list }
alert-was = { $context } war { $health }
alert-more = { $list } und { $more } weitere
title-worst = ({ $count } { $health }) { $title }
board-alerts = Benachrichtigungen
board-alerts-on = An: eine Benachrichtigung, wenn sich der Zustand eines Mandanten ändert.
board-alerts-denied = Benachrichtigungen sind für diese Website blockiert: in den Website-Einstellungen (links neben der Adresse) erlauben, dann erneut Benachrichtigungen drücken.
board-alerts-unsupported = In diesem Browser nicht verfügbar.
board-export-unavailable = Nicht gespeichert: Der Export konnte nicht geladen werden (offline?). Bitte erneut versuchen.
