# so-tenant-status: dansk. Keys as in en.ftl.

## Health words

health-ok = OK
health-maintenance = Vedligeholdelse
health-pending = Afventer
health-unknown = Ukendt
health-down = Nede
health-gone = Væk
health-word-ok = ok
health-word-maintenance = vedligeholdelse
health-word-pending = afventer
health-word-unknown = ukendt
health-word-down = nede
health-word-gone = væk

## States

state-unknown = Tenanten er ukendt, eller miljøet har problemer; var tenanten i en anden tilstand før, er dette sandsynligvis en hændelse.
state-provisioning = Tenanten oprettes og er snart klar.
state-running = Tenanten kører normalt, og dens API kan bruges.
state-deleted = Tenanten er slettet for altid.
state-suspended = Tenanten er suspenderet på vej mod ophør; kunden kan stadig få den genaktiveret.
state-online-maintenance = Vedligeholdelsesopgaver kører i baggrunden; normal drift fortsætter.
state-offline-maintenance = Tenanten er offline for vedligeholdelse, typisk en opgradering, som regel i nogle få minutter.
state-provisioning-failed = Oprettelsen af tenanten mislykkedes.
state-deleting = Tenanten slettes.
state-delete-failed = Sletningen af tenanten mislykkedes; den forsøges igen.
state-migration-pending = Tenantens migrering til Online er ikke færdig; det tager ofte dage eller uger.
state-unrecognised = Denne tilstand står ikke i SuperOffices dokumenterede tabel; betragt tenanten som ubrugelig, indtil den er forklaret.

## Change notifications

change-upgrade = Installationen blev opgraderet til en ny version.
change-upgrade-badge = Kommer som regel efter OfflineMaintenance; mærket går tilbage til OK, når opgraderingen er færdig.
change-upgrade-integration = Læs versionsoplysningerne igen fra Api-dokumentet; funktioner og skema kan være ændret.
change-backup-restored = Tenanten blev gendannet fra en sikkerhedskopi.
change-backup-restored-badge = Mærket påvirkes ikke, når tenanten er Running igen.
change-backup-restored-integration = Data kan være gået tilbage i tid: synkroniser alt, du har cachet eller kopieret fra tenanten, igen.
change-suspend = Tenanten blev suspenderet.
change-suspend-badge = Mærket bliver Nede (Suspended).
change-suspend-integration = Stop kald til tenantens API, og sæt planlagte job på pause; kunden kan stadig blive genaktiveret.
change-resume = Tenanten blev genoptaget efter en anden handling.
change-resume-badge = Mærket går tilbage til OK (Running) ved næste kontrol.
change-resume-integration = Spørg tilstands-API'et igen, og genoptag kald og planlagte job, når det melder Running.
change-delete = Tenanten blev slettet.
change-delete-badge = Mærket bliver Væk (Deleting, derefter Deleted).
change-delete-integration = Stop alle kald for altid, og ryd gemte loginoplysninger og data for denne tenant op.
change-move = Tenanten blev flyttet til et andet offentligt endpoint (se PublicEndpoint).
change-move-badge = Mærket beholder sin sundhed; Endpoint-linket ændres ved næste kontrol.
change-move-integration = Glem cachede endpoints: spørg tilstands-API'et om det nye Endpoint (kald til den gamle vært svarer 421).
change-unrecognised = Ændringstype { $code } er ikke dokumenteret af SuperOffice.
change-unrecognised-badge = Mærket viser det, tilstands-API'et melder.
change-unrecognised-integration = Spørg tilstands-API'et, før du kalder tenanten; antag intet ud fra denne meddelelse.
change-unrecognised-name = Ændringstype { $code }

## Failed checks

error-network = Kunne ikke nå tilstands-API'et: blokeret af CORS, offline, eller proxyen er nede; selve tenanten kan være i orden.
error-timeout = Tilstands-API'et svarede ikke i tide; selve tenanten kan være i orden.
error-not-found = Tilstands-API'et kender ikke denne tenant (404): kontrollér kontekst-id'et og miljøet.
error-misdirected = Tilstands-API'et svarede 421 (tenanten er flyttet) to gange i træk; det bliver spurgt igen om lidt.
error-rate-limited = Tilstands-API'et bad os sætte farten ned (429); næste kontrol er udskudt.
error-server = Tilstands-API'et havde en fejl ({ $status }); selve tenanten kan være i orden.
error-http = Tilstands-API'et svarede med HTTP { $status }; tenantens tilstand er ukendt.
error-invalid-payload = Tilstands-API'et svarede, men ikke med en brugbar tilstand: { $detail }
error-invalid-input = Intet blev kontrolleret: { $detail }
summary-network = Utilgængelig (netværk eller CORS)
summary-timeout = Tiden løb ud
summary-not-found = Ikke fundet (404)
summary-misdirected = Flyttet (421)
summary-rate-limited = Begrænset (429)
summary-server = Serverfejl ({ $status })
summary-http = HTTP-fejl { $status }
summary-invalid-payload = Ubrugeligt svar
summary-invalid-input = Ugyldigt input

## The badge

badge-checking = Kontrollerer…
badge-checking-health = Kontrollerer
badge-checking-api = Endnu ukendt, om API'et er tilgængeligt
badge-checking-description = Spørger tilstands-API'et om denne tenants tilstand.
badge-not-checked = Ikke kontrolleret
badge-failed-health = Kontrollen mislykkedes
badge-failed-api = Ukendt, om API'et er tilgængeligt
badge-failed-description = Kontrollen mislykkedes, hvilket intet siger om tenantens sundhed.
badge-api-available = API'et er tilgængeligt
badge-api-unavailable = API'et er ikke tilgængeligt
badge-stale = Senest kendte tilstand: den seneste kontrol mislykkedes eller er forsinket, så dette kan være forældet.
badge-retry = Prøv igen
badge-refresh = Opdater
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, senest kendt
badge-name-checking = { $context }: kontrollerer
badge-name-failed = { $context }: kontrollen mislykkedes
time-now = nu
badge-checked = kontrolleret { $ago }
badge-next-check = næste kontrol { $time }
badge-notified = { $change } meldt kl. { $time }, bekræfter…
badge-notified-move = { $change } meldt kl. { $time }: flytter til { $host }, bekræfter…
badge-moved = Flyttet fra { $from } til { $to } kl. { $time }
badge-unknown-place = et ukendt sted
badge-endpoint = Endpoint
badge-api = Api

## The live region

announce-change = { $context } er nu { $state }: { $health }

## Legends

legend-states = Tilstande
legend-changes = Ændringsmeddelelser
legend-state = Tilstand
legend-code = Kode
legend-health = Sundhed
legend-api = API
legend-meaning = Betydning
legend-change = Ændring
legend-what-happened = Hvad skete der
legend-for-badge = For mærket
legend-for-integration = For en integration
legend-api-available = tilgængeligt
legend-api-unavailable = ikke tilgængeligt

## The board

board-summary = Tenants efter sundhed: vælg for at filtrere
board-all = Alle
board-all-count = Alle tenants: { $count }
board-count = { $label }: { $count }
board-search = Søg
board-search-placeholder = Kontekst-id, f.eks. Cust123
board-search-label = Søg efter kontekst-id
board-layout = Visning
board-table = Tabel
board-cards = Kort
board-no-match = Ingen tenant passer til filteret.
board-caption = Tenants, dårligst sundhed først, medmindre andet er valgt
board-col-health = Sundhed
board-col-state = Tilstand
board-col-context-id = Kontekst-id
board-col-api = API
board-col-version = Version
board-col-checked = Kontrolleret
board-checked-failed = mislykkedes
board-checked-not-yet = endnu ikke
board-show-details = { $context }: vis detaljer

## The page

page-title = Status for SuperOffice-tenants
page-intro = Om hver kundes SuperOffice Online-tenant kan bruges lige nu, ifølge dens offentlige tilstands-API.
page-demo-note = Demo: disse tenants leveres af det lokale test-API, én pr. dokumenteret tilstand plus hver fejl, det kan vise.
page-env = Miljø
page-env-sod = Udvikling (sod)
page-env-qaonline = Test (qaonline)
page-env-online = Produktion (online)
page-contexts = Kontekst-id'er
page-contexts-placeholder = Cust12345, Cust67890 (eller indsæt en regnearkskolonne)
page-base = Basis-URL (valgfri: en proxy, der videresender /api/state/…)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Kontrollér
input-env = env: forventede sod, qaonline, online eller stage, fik { $value }
input-context-id = contextId: forventede Cust efterfulgt af 1 til 10 cifre (f.eks. Cust12345), fik { $value }
input-base-url-not-http = baseUrl: forventede en http://- eller https://-URL
input-base-url-characters = baseUrl: må ikke indeholde mellemrum, kontroltegn eller omvendte skråstreger
input-base-url-query = baseUrl: må ikke have forespørgsel eller fragment
input-base-url-user-info = baseUrl: må ikke indeholde brugeroplysninger
input-base-url-host = baseUrl: forventede et værtsnavn, eventuelt med port
input-base-url-path = baseUrl: stien må ikke indeholde '.', '..', '//' eller '%'
page-no-contexts = contextId: angiv et eller flere kontekst-id'er, f.eks. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API-kald er tilladt.
guidance-call-maintenance = API-kald er tilladt; vedligeholdelse kører i baggrunden.
guidance-pause = Sæt kald på pause indtil tidspunktet i ValidUntil.
guidance-pause-until = Sæt kald på pause indtil { $until }.
guidance-stop = Stop planlagte job; genoptag dem ved en Resume-notifikation.
guidance-purge = Stop, og slet cachelagrede data.
guidance-unavailable = Betragt som utilgængelig; tjek status.superoffice.com.
legend-guidance = Hvad en integration gør
window-recycle = natlig genstart af programpuljer
window-patch = torsdagens patchvindue
window-maintenance = lørdagens vedligeholdelsesvindue
window-upgrade = opgraderingsvindue
forecast-heading = Vedligeholdelse
forecast-next = Næste vindue: { $when } ({ $relative }), { $window }
forecast-now = Nu: { $window }, indtil { $until }
maintenance-expected = Forventet: i { $window }
note-unscheduled = Uplanlagt: uden for de offentliggjorte vedligeholdelsesvinduer
note-incident = Sandsynligvis en hændelse, ikke vedligeholdelse
note-stuck-hour = Fastlåst i 1 time
note-stuck-hours = Fastlåst i { $hours } timer
note-stuck-days = Fastlåst i { $days } dage
history-heading = Seneste ændringer
history-since = { $state } siden { $from }
history-span = { $state } { $from }–{ $to }
history-none = Ingen ændringer set endnu.
board-col-changed = Ændret
board-changed-never = ikke set

## Notification inspector (issue #15)
inspect-link = Undersøg en ændringsnotifikation
inspect-title = Undersøgelse af ændringsnotifikationer
inspect-intro = Indsæt indholdet, SuperOffice sendte til din webhook. Det afkodes kun på denne side: intet, du indsætter, forlader den.
inspect-label = Webhook-indhold (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Tilbage til tenantstatus
inspect-error = Ikke en ændringsnotifikation: { $error }
inspect-change = Ændring
inspect-what = Hvad der skete
inspect-integration = For en integration
inspect-badge = For statusmærket
inspect-tenant = Tenant
inspect-version-name = Versionsnavn
inspect-file-version = Filversion
inspect-public-endpoint = Offentligt endpoint
inspect-not-sent = ikke sendt
inspect-token = Tokenets påstande
inspect-unverified = Ikke verificeret i browseren: verificer tokenet på din server, før du stoler på noget af det.
inspect-token-error = Tokenet kunne ikke læses: { $error }
inspect-token-missing = Der blev ikke sendt noget token.
inspect-warnings = Advarsler

timeline-24h = Seneste 24 timer
timeline-7d = Seneste 7 dage
timeline-name = { $window }: { $parts }
timeline-unwatched-for = ikke overvåget { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: ikke overvåget
decimal-sign = ,
percent = { $number } %
availability-none = –
availability-observed = { $window }: OK { $percent } af den overvågede tid, observeret fra denne browser
board-availability = Seneste 24 t, observeret fra denne browser: OK { $percent }
board-col-observed = Seneste 24 t
duration-under-minute = < 1 min
duration-minutes = { $minutes } min
duration-hours = { $hours } t
duration-hours-minutes = { $hours } t { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } t
board-export-csv = Download CSV
board-export-json = Kopiér som JSON
board-export-copied = Kopierede { $count } rækker som JSON.
board-export-saved = Gemte { $count } rækker som { $file }.
board-export-failed = Ikke kopieret: browseren afviste udklipsholderen.
board-export = Eksport

alert-one = { $context }: { $state }, { $health }
alert-many = { $count } tenants { $health }: { $list }
alert-mixed = { $count } tenants skiftede sundhed: { $list }
alert-was = { $context } var { $health }
alert-more = { $list } og { $more } mere
title-worst = ({ $count } { $health }) { $title }
board-alerts = Advarsler
board-alerts-on = Til: en notifikation, når en tenants sundhed ændres.
board-alerts-denied = Notifikationer er blokeret for webstedet: tillad dem i webstedsindstillingerne (til venstre for adressen), og tryk på Advarsler igen.
board-alerts-unsupported = Ikke tilgængeligt i denne browser.
board-export-unavailable = Ikke gemt: eksporten kunne ikke indlæses (offline?). Prøv igen.
