# so-tenant-status: norsk bokmål. Keys as in en.ftl.

## Health words

health-ok = OK
health-maintenance = Vedlikehold
health-pending = Venter
health-unknown = Ukjent
health-down = Nede
health-gone = Borte
health-word-ok = ok
health-word-maintenance = vedlikehold
health-word-pending = venter
health-word-unknown = ukjent
health-word-down = nede
health-word-gone = borte

## States

state-unknown = Tenanten er ukjent, eller miljøet har problemer; var tenanten i en annen tilstand før, er dette trolig en hendelse.
state-provisioning = Tenanten opprettes og er snart klar.
state-running = Tenanten kjører normalt, og API-et kan brukes.
state-deleted = Tenanten er slettet for godt.
state-suspended = Tenanten er suspendert på vei mot avslutning; kunden kan fortsatt få den reaktivert.
state-online-maintenance = Vedlikeholdsoppgaver kjører i bakgrunnen; vanlig drift fortsetter.
state-offline-maintenance = Tenanten er frakoblet for vedlikehold, vanligvis en oppgradering, som regel i noen minutter.
state-provisioning-failed = Opprettelsen av tenanten mislyktes.
state-deleting = Tenanten slettes.
state-delete-failed = Slettingen av tenanten mislyktes; den blir forsøkt på nytt.
state-migration-pending = Migreringen av tenanten til Online er ikke ferdig; det tar ofte dager eller uker.
state-unrecognised = Denne tilstanden står ikke i SuperOffice sin dokumenterte tabell; regn tenanten som ubrukelig til den er forklart.

## Change notifications

change-upgrade = Installasjonen ble oppgradert til en ny versjon.
change-upgrade-badge = Kommer vanligvis etter OfflineMaintenance; merket går tilbake til OK når oppgraderingen er ferdig.
change-upgrade-integration = Les versjonsdetaljene på nytt fra Api-dokumentet; funksjoner og skjema kan ha endret seg.
change-backup-restored = Tenanten ble gjenopprettet fra en sikkerhetskopi.
change-backup-restored-badge = Merket påvirkes ikke når tenanten er Running igjen.
change-backup-restored-integration = Data kan ha gått tilbake i tid: synkroniser på nytt alt du har mellomlagret eller kopiert fra tenanten.
change-suspend = Tenanten ble suspendert.
change-suspend-badge = Merket blir Nede (Suspended).
change-suspend-integration = Slutt å kalle tenantens API og sett planlagte jobber på pause; kunden kan fortsatt bli reaktivert.
change-resume = Tenanten ble gjenopptatt etter en annen operasjon.
change-resume-badge = Merket går tilbake til OK (Running) ved neste sjekk.
change-resume-integration = Spør tilstands-API-et på nytt, og gjenoppta kall og planlagte jobber når det melder Running.
change-delete = Tenanten ble slettet.
change-delete-badge = Merket blir Borte (Deleting, så Deleted).
change-delete-integration = Stopp alle kall for godt, og rydd bort lagrede påloggingsdata og data for denne tenanten.
change-move = Tenanten ble flyttet til et annet offentlig endepunkt (se PublicEndpoint).
change-move-badge = Merket beholder helsen sin; Endpoint-lenken endres ved neste sjekk.
change-move-integration = Glem mellomlagrede endepunkter: spør tilstands-API-et om det nye Endpoint (kall til den gamle verten svarer 421).
change-unrecognised = Endringstype { $code } er ikke dokumentert av SuperOffice.
change-unrecognised-badge = Merket viser det tilstands-API-et melder.
change-unrecognised-integration = Spør tilstands-API-et før du kaller tenanten; ikke anta noe ut fra dette varselet.
change-unrecognised-name = Endringstype { $code }

## Failed checks

error-network = Fikk ikke kontakt med tilstands-API-et: blokkert av CORS, frakoblet, eller proxyen er nede; selve tenanten kan være i orden.
error-timeout = Tilstands-API-et svarte ikke i tide; selve tenanten kan være i orden.
error-not-found = Tilstands-API-et kjenner ikke denne tenanten (404): sjekk kontekst-ID-en og miljøet.
error-misdirected = Tilstands-API-et svarte 421 (tenanten er flyttet) to ganger på rad; det blir spurt igjen om litt.
error-rate-limited = Tilstands-API-et ba oss sette ned farten (429); neste sjekk er utsatt.
error-server = Tilstands-API-et hadde en feil ({ $status }); selve tenanten kan være i orden.
error-http = Tilstands-API-et svarte med HTTP { $status }; tenantens tilstand er ikke kjent.
error-invalid-payload = Tilstands-API-et svarte, men ikke med en brukbar tilstand: { $detail }
error-invalid-input = Ingenting ble sjekket: { $detail }
summary-network = Utilgjengelig (nettverk eller CORS)
summary-timeout = Tidsavbrudd
summary-not-found = Ikke funnet (404)
summary-misdirected = Flyttet (421)
summary-rate-limited = Begrenset (429)
summary-server = Serverfeil ({ $status })
summary-http = HTTP-feil { $status }
summary-invalid-payload = Ubrukelig svar
summary-invalid-input = Ugyldig inndata

## The badge

badge-checking = Sjekker…
badge-checking-health = Sjekker
badge-checking-api = Ikke kjent ennå om API-et er tilgjengelig
badge-checking-description = Spør tilstands-API-et om denne tenantens tilstand.
badge-not-checked = Ikke sjekket
badge-failed-health = Sjekken mislyktes
badge-failed-api = Ikke kjent om API-et er tilgjengelig
badge-failed-description = Sjekken mislyktes, og det sier ingenting om tenantens helse.
badge-api-available = API-et er tilgjengelig
badge-api-unavailable = API-et er ikke tilgjengelig
badge-stale = Sist kjente tilstand: siste sjekk mislyktes eller er forsinket, så dette kan være utdatert.
badge-retry = Prøv igjen
badge-refresh = Oppdater
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, sist kjent
badge-name-checking = { $context }: sjekker
badge-name-failed = { $context }: sjekken mislyktes
time-now = nå
badge-checked = sjekket { $ago }
badge-next-check = neste sjekk { $time }
badge-notified = { $change } varslet kl. { $time }, bekrefter…
badge-notified-move = { $change } varslet kl. { $time }: flytter til { $host }, bekrefter…
badge-moved = Flyttet fra { $from } til { $to } kl. { $time }
badge-unknown-place = et ukjent sted
badge-endpoint = Endpoint
badge-api = Api

## The live region

announce-change = { $context } er nå { $state }: { $health }

## Legends

legend-states = Tilstander
legend-changes = Endringsvarsler
legend-state = Tilstand
legend-code = Kode
legend-health = Helse
legend-api = API
legend-meaning = Betydning
legend-change = Endring
legend-what-happened = Hva skjedde
legend-for-badge = For merket
legend-for-integration = For en integrasjon
legend-api-available = tilgjengelig
legend-api-unavailable = ikke tilgjengelig

## The board

board-summary = Tenanter etter helse: velg for å filtrere
board-all = Alle
board-all-count = Alle tenanter: { $count }
board-count = { $label }: { $count }
board-search = Søk
board-search-placeholder = Kontekst-ID, f.eks. Cust123
board-search-label = Søk etter kontekst-ID
board-layout = Visning
board-table = Tabell
board-cards = Kort
board-no-match = Ingen tenant passer filteret.
board-caption = Tenanter, dårligst helse først med mindre annen sortering er valgt
board-col-health = Helse
board-col-state = Tilstand
board-col-context-id = Kontekst-ID
board-col-api = API
board-col-version = Versjon
board-col-checked = Sjekket
board-checked-failed = mislyktes
board-checked-not-yet = ikke ennå
board-show-details = { $context }: vis detaljer

## The page

page-title = SuperOffice-tenantstatus
page-intro = Om hver kundes SuperOffice Online-tenant kan brukes akkurat nå, fra det offentlige tilstands-API-et.
page-demo-note = Demo: disse tenantene betjenes av det lokale test-API-et, én per dokumentert tilstand pluss hver feil det kan vise.
page-env = Miljø
page-env-sod = Utvikling (sod)
page-env-qaonline = Test (qaonline)
page-env-online = Produksjon (online)
page-contexts = Kontekst-ID-er
page-contexts-placeholder = Cust12345, Cust67890 (eller lim inn en regnearkkolonne)
page-base = Base-URL (valgfri: en proxy som videresender /api/state/…)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Sjekk
input-env = env: forventet sod, qaonline, online eller stage, fikk { $value }
input-context-id = contextId: forventet Cust fulgt av 1 til 10 sifre (f.eks. Cust12345), fikk { $value }
input-base-url-not-http = baseUrl: forventet en http://- eller https://-URL
input-base-url-characters = baseUrl: kan ikke inneholde mellomrom, kontrolltegn eller omvendte skråstreker
input-base-url-query = baseUrl: kan ikke ha spørring eller fragment
input-base-url-user-info = baseUrl: kan ikke inneholde brukerinformasjon
input-base-url-host = baseUrl: forventet et vertsnavn, eventuelt med port
input-base-url-path = baseUrl: stien kan ikke inneholde '.', '..', '//' eller '%'
page-no-contexts = contextId: skriv inn én eller flere kontekst-ID-er, f.eks. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API-kall er tillatt.
guidance-call-maintenance = API-kall er tillatt; vedlikehold kjører i bakgrunnen.
guidance-pause = Sett kall på pause til tidspunktet i ValidUntil.
guidance-pause-until = Sett kall på pause til { $until }.
guidance-stop = Stopp planlagte jobber; start dem igjen ved en Resume-varsling.
guidance-purge = Stopp, og slett mellomlagrede data.
guidance-unavailable = Regn tenanten som utilgjengelig; sjekk status.superoffice.com.
legend-guidance = Hva en integrasjon gjør
window-recycle = nattlig resirkulering
window-patch = torsdagens oppdateringsvindu
window-maintenance = lørdagens vedlikeholdsvindu
window-upgrade = oppgraderingsvindu
forecast-heading = Vedlikehold
forecast-next = Neste vindu: { $when } ({ $relative }), { $window }
forecast-now = Nå: { $window }, til { $until }
maintenance-expected = Ventet: i { $window }
note-unscheduled = Uplanlagt: utenfor de publiserte vedlikeholdsvinduene
note-incident = Sannsynligvis en hendelse, ikke vedlikehold
note-stuck-hour = Fast i 1 time
note-stuck-hours = Fast i { $hours } timer
note-stuck-days = Fast i { $days } dager
history-heading = Siste endringer
history-since = { $state } siden { $from }
history-span = { $state } { $from }–{ $to }
history-none = Ingen endringer sett ennå.
board-col-changed = Endret
board-changed-never = ikke sett

## Notification inspector (issue #15)
inspect-link = Inspiser en endringsvarsling
inspect-title = Inspektør for endringsvarsler
inspect-intro = Lim inn innholdet SuperOffice sendte til webhooken din. Det dekodes bare på denne siden: ingenting du limer inn, forlater den.
inspect-label = Webhook-innhold (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Tilbake til tenantstatus
inspect-error = Ikke en endringsvarsling: { $error }
inspect-change = Endring
inspect-what = Hva som skjedde
inspect-integration = For en integrasjon
inspect-badge = For statusmerket
inspect-tenant = Tenant
inspect-version-name = Versjonsnavn
inspect-file-version = Filversjon
inspect-public-endpoint = Offentlig endepunkt
inspect-not-sent = ikke sendt
inspect-token = Tokenets påstander
inspect-unverified = Ikke verifisert i nettleseren: verifiser tokenet på serveren din før du stoler på noe av dette.
inspect-token-error = Tokenet kunne ikke leses: { $error }
inspect-token-missing = Ingen token ble sendt.
inspect-warnings = Advarsler

timeline-24h = Siste 24 timer
timeline-7d = Siste 7 dager
timeline-name = { $window }: { $parts }
timeline-unwatched-for = ikke overvåket { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: ikke overvåket
decimal-sign = ,
percent = { $number } %
availability-none = –
availability-observed = { $window }: OK { $percent } av overvåket tid, observert fra denne nettleseren
board-availability = Siste 24 t, observert fra denne nettleseren: OK { $percent }
board-col-observed = Siste 24 t
duration-under-minute = < 1 min
duration-minutes = { $minutes } min
duration-hours = { $hours } t
duration-hours-minutes = { $hours } t { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } t
board-export-csv = Last ned CSV
board-export-json = Kopier som JSON
board-export-copied = Kopierte { $count } rader som JSON.
board-export-saved = Lagret { $count } rader som { $file }.
board-export-failed = Ikke kopiert: nettleseren nektet utklippstavlen.
board-export = Eksport

alert-one = { $context }: { $state }, { $health }
alert-many = { $count } tenanter { $health }: { $list }
alert-mixed = { $count } tenanter endret tilstand: { $list }
alert-was = { $context } var { $health }
alert-more = { $list } og { $more } til
title-worst = ({ $count } { $health }) { $title }
board-alerts = Varsler
board-alerts-on = På: et varsel når en tenants tilstand endres.
board-alerts-denied = Varsler er blokkert for dette nettstedet: tillat dem i nettstedsinnstillingene (til venstre for adressen), og trykk Varsler igjen.
board-alerts-unsupported = Ikke tilgjengelig i denne nettleseren.
board-export-unavailable = Ikke lagret: eksporten kunne ikke lastes (frakoblet?). Prøv igjen.
