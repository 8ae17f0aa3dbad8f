# so-tenant-status: Nederlands. Keys as in en.ftl.

## Health words

health-ok = OK
health-maintenance = Onderhoud
health-pending = In afwachting
health-unknown = Onbekend
health-down = Onbruikbaar
health-gone = Verdwenen
health-word-ok = ok
health-word-maintenance = onderhoud
health-word-pending = in afwachting
health-word-unknown = onbekend
health-word-down = onbruikbaar
health-word-gone = verdwenen

## States

state-unknown = De tenant is onbekend of de omgeving heeft problemen; als de tenant eerder in een andere toestand was, is dit waarschijnlijk een storing.
state-provisioning = De tenant wordt aangemaakt en is binnenkort klaar.
state-running = De tenant draait normaal en de API kan worden gebruikt.
state-deleted = De tenant is definitief verwijderd.
state-suspended = De tenant is opgeschort op weg naar beëindiging; de klant kan hem nog laten heractiveren.
state-online-maintenance = Er draaien onderhoudstaken op de achtergrond; de normale werking gaat door.
state-offline-maintenance = De tenant is offline voor onderhoud, meestal een upgrade, doorgaans enkele minuten.
state-provisioning-failed = Het aanmaken van de tenant is mislukt.
state-deleting = De tenant wordt verwijderd.
state-delete-failed = Het verwijderen van de tenant is mislukt; het wordt opnieuw geprobeerd.
state-migration-pending = De migratie van de tenant naar Online is niet klaar; dat duurt vaak dagen of weken.
state-unrecognised = Deze toestand staat niet in de gedocumenteerde tabel van SuperOffice; beschouw de tenant als onbruikbaar tot het is opgehelderd.

## Change notifications

change-upgrade = De installatie is bijgewerkt naar een nieuwe versie.
change-upgrade-badge = Meestal voorafgegaan door OfflineMaintenance; de badge wordt weer OK als de upgrade klaar is.
change-upgrade-integration = Lees de versiegegevens opnieuw uit het Api-document; functies en schema kunnen zijn gewijzigd.
change-backup-restored = De tenant is hersteld uit een back-up.
change-backup-restored-badge = De badge verandert niet zodra de tenant weer Running is.
change-backup-restored-integration = Gegevens kunnen terug in de tijd zijn gegaan: synchroniseer alles opnieuw wat u van de tenant hebt gecachet of gekopieerd.
change-suspend = De tenant is opgeschort.
change-suspend-badge = De badge wordt Onbruikbaar (Suspended).
change-suspend-integration = Stop met het aanroepen van de API van de tenant en pauzeer geplande taken; de klant kan nog worden heractiveerd.
change-resume = De tenant is hervat na een andere bewerking.
change-resume-badge = De badge wordt bij de volgende controle weer OK (Running).
change-resume-integration = Vraag de status-API opnieuw en hervat aanroepen en geplande taken zodra die Running meldt.
change-delete = De tenant is verwijderd.
change-delete-badge = De badge wordt Verdwenen (Deleting, daarna Deleted).
change-delete-integration = Stop alle aanroepen definitief en ruim opgeslagen inloggegevens en gegevens van deze tenant op.
change-move = De tenant is verplaatst naar een ander openbaar eindpunt (zie PublicEndpoint).
change-move-badge = De badge behoudt zijn gezondheid; de Endpoint-link verandert bij de volgende controle.
change-move-integration = Vergeet gecachete eindpunten: vraag de status-API om het nieuwe Endpoint (aanroepen naar de oude host antwoorden 421).
change-unrecognised = Wijzigingstype { $code } is niet gedocumenteerd door SuperOffice.
change-unrecognised-badge = De badge toont wat de status-API meldt.
change-unrecognised-integration = Vraag de status-API voordat u de tenant aanroept; neem niets aan op basis van deze melding.
change-unrecognised-name = Wijzigingstype { $code }

## Failed checks

error-network = De status-API was niet bereikbaar: geblokkeerd door CORS, offline, of de proxy is uitgevallen; de tenant zelf kan in orde zijn.
error-timeout = De status-API antwoordde niet op tijd; de tenant zelf kan in orde zijn.
error-not-found = De status-API kent deze tenant niet (404): controleer de context-id en de omgeving.
error-misdirected = De status-API antwoordde twee keer achter elkaar 421 (tenant verplaatst); het wordt zo opnieuw gevraagd.
error-rate-limited = De status-API vroeg ons het rustiger aan te doen (429); de volgende controle is uitgesteld.
error-server = De status-API had een fout ({ $status }); de tenant zelf kan in orde zijn.
error-http = De status-API antwoordde met HTTP { $status }; de toestand van de tenant is niet bekend.
error-invalid-payload = De status-API antwoordde, maar niet met een bruikbare toestand: { $detail }
error-invalid-input = Er is niets gecontroleerd: { $detail }
summary-network = Onbereikbaar (netwerk of CORS)
summary-timeout = Time-out
summary-not-found = Niet gevonden (404)
summary-misdirected = Verplaatst (421)
summary-rate-limited = Beperkt (429)
summary-server = Serverfout ({ $status })
summary-http = HTTP-fout { $status }
summary-invalid-payload = Onbruikbaar antwoord
summary-invalid-input = Ongeldige invoer

## The badge

badge-checking = Bezig met controleren…
badge-checking-health = Controleren
badge-checking-api = Nog onbekend of de API beschikbaar is
badge-checking-description = De status-API wordt gevraagd naar de toestand van deze tenant.
badge-not-checked = Niet gecontroleerd
badge-failed-health = Controle mislukt
badge-failed-api = Onbekend of de API beschikbaar is
badge-failed-description = De controle is mislukt; dat zegt niets over de gezondheid van de tenant.
badge-api-available = API beschikbaar
badge-api-unavailable = API niet beschikbaar
badge-stale = Laatst bekende toestand: de laatste controle is mislukt of te laat, dus dit kan verouderd zijn.
badge-retry = Opnieuw proberen
badge-refresh = Vernieuwen
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, laatst bekend
badge-name-checking = { $context }: wordt gecontroleerd
badge-name-failed = { $context }: controle mislukt
time-now = zojuist
badge-checked = gecontroleerd { $ago }
badge-next-check = volgende controle { $time }
badge-notified = { $change } gemeld om { $time }, wordt bevestigd…
badge-notified-move = { $change } gemeld om { $time }: verhuist naar { $host }, wordt bevestigd…
badge-moved = Verplaatst van { $from } naar { $to } om { $time }
badge-unknown-place = een onbekende plek
badge-endpoint = Endpoint
badge-api = Api

## The live region

announce-change = { $context } is nu { $state }: { $health }

## Legends

legend-states = Toestanden
legend-changes = Wijzigingsmeldingen
legend-state = Toestand
legend-code = Nummer
legend-health = Gezondheid
legend-api = API
legend-meaning = Betekenis
legend-change = Wijziging
legend-what-happened = Wat er gebeurde
legend-for-badge = Voor de badge
legend-for-integration = Voor een integratie
legend-api-available = beschikbaar
legend-api-unavailable = niet beschikbaar

## The board

board-summary = Tenants per gezondheid: schakel om te filteren
board-all = Alle
board-all-count = Alle tenants: { $count }
board-count = { $label }: { $count }
board-search = Zoeken
board-search-placeholder = Context-id, bijv. Cust123
board-search-label = Zoeken op context-id
board-layout = Weergave
board-table = Tabel
board-cards = Kaarten
board-no-match = Geen tenant voldoet aan het filter.
board-caption = Tenants, slechtste gezondheid eerst tenzij anders gesorteerd
board-col-health = Gezondheid
board-col-state = Toestand
board-col-context-id = Context-id
board-col-api = API
board-col-version = Versie
board-col-checked = Gecontroleerd
board-checked-failed = mislukt
board-checked-not-yet = nog niet
board-show-details = { $context }: details tonen

## The page

page-title = Status van SuperOffice-tenants
page-intro = Of de SuperOffice Online-tenant van elke klant nu bruikbaar is, volgens de openbare status-API.
page-demo-note = Demo: deze tenants komen van de lokale test-API, één per gedocumenteerde toestand plus elke fout die hij kan tonen.
page-env = Omgeving
page-env-sod = Ontwikkeling (sod)
page-env-qaonline = Acceptatie (qaonline)
page-env-online = Productie (online)
page-contexts = Context-id's
page-contexts-placeholder = Cust12345, Cust67890 (of plak een spreadsheetkolom)
page-base = Basis-URL (optioneel: een proxy die /api/state/… doorstuurt)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Controleren
input-env = env: verwacht sod, qaonline, online of stage, kreeg { $value }
input-context-id = contextId: verwacht Cust gevolgd door 1 tot 10 cijfers (bijv. Cust12345), kreeg { $value }
input-base-url-not-http = baseUrl: verwacht een http://- of https://-URL
input-base-url-characters = baseUrl: mag geen spaties, stuurtekens of backslashes bevatten
input-base-url-query = baseUrl: mag geen query of fragment hebben
input-base-url-user-info = baseUrl: mag geen gebruikersgegevens bevatten
input-base-url-host = baseUrl: verwacht een hostnaam, eventueel met poort
input-base-url-path = baseUrl: het pad mag geen '.', '..', '//' of '%' bevatten
page-no-contexts = contextId: voer een of meer context-id's in, bijv. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API-aanroepen toegestaan.
guidance-call-maintenance = API-aanroepen toegestaan; op de achtergrond loopt onderhoud.
guidance-pause = Pauzeer aanroepen tot het tijdstip in ValidUntil.
guidance-pause-until = Pauzeer aanroepen tot { $until }.
guidance-stop = Stop geplande taken; hervat ze bij een Resume-melding.
guidance-purge = Stop, en wis gecachte gegevens.
guidance-unavailable = Behandel als onbeschikbaar; controleer status.superoffice.com.
legend-guidance = Wat een integratie doet
window-recycle = nachtelijke herstart van de applicatiepools
window-patch = patchvenster op donderdag
window-maintenance = onderhoudsvenster op zaterdag
window-upgrade = upgradevenster
forecast-heading = Onderhoud
forecast-next = Volgend venster: { $when } ({ $relative }), { $window }
forecast-now = Nu: { $window }, tot { $until }
maintenance-expected = Verwacht: { $window }
note-unscheduled = Ongepland: buiten de gepubliceerde onderhoudsvensters
note-incident = Waarschijnlijk een storing, geen onderhoud
note-stuck-hour = Al 1 uur vastgelopen
note-stuck-hours = Al { $hours } uur vastgelopen
note-stuck-days = Al { $days } dagen vastgelopen
history-heading = Recente wijzigingen
history-since = { $state } sinds { $from }
history-span = { $state } { $from }–{ $to }
history-none = Nog geen wijzigingen gezien.
board-col-changed = Gewijzigd
board-changed-never = niet gezien

## Notification inspector (issue #15)
inspect-link = Een wijzigingsmelding inspecteren
inspect-title = Inspectie van wijzigingsmeldingen
inspect-intro = Plak de inhoud die SuperOffice naar je webhook stuurde. Die wordt alleen op deze pagina gedecodeerd: niets wat je plakt verlaat haar.
inspect-label = Webhook-inhoud (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Terug naar tenantstatus
inspect-error = Geen wijzigingsmelding: { $error }
inspect-change = Wijziging
inspect-what = Wat er gebeurde
inspect-integration = Voor een integratie
inspect-badge = Voor de statusbadge
inspect-tenant = Tenant
inspect-version-name = Versienaam
inspect-file-version = Bestandsversie
inspect-public-endpoint = Openbaar eindpunt
inspect-not-sent = niet verzonden
inspect-token = Claims van het token
inspect-unverified = Niet geverifieerd in de browser: verifieer het token op je server voordat je er iets van vertrouwt.
inspect-token-error = Het token kon niet worden gelezen: { $error }
inspect-token-missing = Er is geen token verzonden.
inspect-warnings = Waarschuwingen

timeline-24h = Afgelopen 24 uur
timeline-7d = Afgelopen 7 dagen
timeline-name = { $window }: { $parts }
timeline-unwatched-for = niet bewaakt { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: niet bewaakt
decimal-sign = ,
percent = { $number }%
availability-none = –
availability-observed = { $window }: OK { $percent } van de bewaakte tijd, waargenomen vanuit deze browser
board-availability = Afgelopen 24 u, waargenomen vanuit deze browser: OK { $percent }
board-col-observed = Afgelopen 24 u
duration-under-minute = < 1 min
duration-minutes = { $minutes } min
duration-hours = { $hours } u
duration-hours-minutes = { $hours } u { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } u
board-export-csv = CSV downloaden
board-export-json = Kopiëren als JSON
board-export-copied = { $count } rijen gekopieerd als JSON.
board-export-saved = { $count } rijen opgeslagen als { $file }.
board-export-failed = Niet gekopieerd: de browser weigerde het klembord.
board-export = Exporteren

alert-one = { $context }: { $state }, { $health }
alert-many = { $count } tenants { $health }: { $list }
alert-mixed = { $count } tenants van status veranderd: { $list }
alert-was = { $context } was { $health }
alert-more = { $list } en nog { $more }
title-worst = ({ $count } { $health }) { $title }
board-alerts = Meldingen
board-alerts-on = Aan: een melding wanneer de status van een tenant verandert.
board-alerts-denied = Meldingen zijn geblokkeerd voor deze site: sta ze toe in de site-instellingen (links van het adres) en druk opnieuw op Meldingen.
board-alerts-unsupported = Niet beschikbaar in deze browser.
board-export-unavailable = Niet opgeslagen: de export kon niet worden geladen (offline?). Probeer het opnieuw.
