# so-tenant-status: svenska. Keys as in en.ftl.

## Health words

health-ok = OK
health-maintenance = Underhåll
health-pending = Väntar
health-unknown = Okänd
health-down = Nere
health-gone = Borta
health-word-ok = ok
health-word-maintenance = underhåll
health-word-pending = väntar
health-word-unknown = okänd
health-word-down = nere
health-word-gone = borta

## States

state-unknown = Tenanten är okänd eller miljön har problem; om tenanten var i ett annat tillstånd tidigare är detta troligen en incident.
state-provisioning = Tenanten skapas och är snart klar.
state-running = Tenanten körs normalt och dess API kan användas.
state-deleted = Tenanten har raderats för gott.
state-suspended = Tenanten är avstängd på väg mot avslut; kunden kan fortfarande få den återaktiverad.
state-online-maintenance = Underhållsuppgifter körs i bakgrunden; normal drift fortsätter.
state-offline-maintenance = Tenanten är nedkopplad för underhåll, oftast en uppgradering, vanligen i några minuter.
state-provisioning-failed = Det gick inte att skapa tenanten.
state-deleting = Tenanten raderas.
state-delete-failed = Det gick inte att radera tenanten; det görs ett nytt försök.
state-migration-pending = Tenantens migrering till Online är inte klar; det tar ofta dagar eller veckor.
state-unrecognised = Det här tillståndet finns inte i SuperOffices dokumenterade tabell; behandla tenanten som oanvändbar tills det är förklarat.

## Change notifications

change-upgrade = Installationen uppgraderades till en ny version.
change-upgrade-badge = Föregås oftast av OfflineMaintenance; märket blir OK igen när uppgraderingen är klar.
change-upgrade-integration = Läs versionsuppgifterna på nytt från Api-dokumentet; funktioner och schema kan ha ändrats.
change-backup-restored = Tenanten återställdes från en säkerhetskopia.
change-backup-restored-badge = Märket påverkas inte när tenanten är Running igen.
change-backup-restored-integration = Data kan ha gått tillbaka i tiden: synkronisera om allt du cachat eller kopierat från tenanten.
change-suspend = Tenanten stängdes av.
change-suspend-badge = Märket blir Nere (Suspended).
change-suspend-integration = Sluta anropa tenantens API och pausa schemalagda jobb; kunden kan fortfarande återaktiveras.
change-resume = Tenanten återupptogs efter en annan åtgärd.
change-resume-badge = Märket blir OK (Running) igen vid nästa kontroll.
change-resume-integration = Fråga tillstånds-API:t igen och återuppta anrop och schemalagda jobb när det rapporterar Running.
change-delete = Tenanten raderades.
change-delete-badge = Märket blir Borta (Deleting, sedan Deleted).
change-delete-integration = Stoppa alla anrop för gott och rensa sparade inloggningsuppgifter och data för den här tenanten.
change-move = Tenanten flyttades till en annan publik slutpunkt (se PublicEndpoint).
change-move-badge = Märket behåller sin hälsa; Endpoint-länken ändras vid nästa kontroll.
change-move-integration = Glöm cachade slutpunkter: fråga tillstånds-API:t efter den nya Endpoint (anrop till den gamla värden svarar 421).
change-unrecognised = Ändringstyp { $code } är inte dokumenterad av SuperOffice.
change-unrecognised-badge = Märket visar det som tillstånds-API:t rapporterar.
change-unrecognised-integration = Fråga tillstånds-API:t innan du anropar tenanten; anta ingenting utifrån den här aviseringen.
change-unrecognised-name = Ändringstyp { $code }

## Failed checks

error-network = Kunde inte nå tillstånds-API:t: blockerat av CORS, offline, eller så är proxyn nere; själva tenanten kan vara i ordning.
error-timeout = Tillstånds-API:t svarade inte i tid; själva tenanten kan vara i ordning.
error-not-found = Tillstånds-API:t känner inte till den här tenanten (404): kontrollera kontext-id och miljö.
error-misdirected = Tillstånds-API:t svarade 421 (tenanten flyttad) två gånger i rad; det tillfrågas igen om en stund.
error-rate-limited = Tillstånds-API:t bad oss sakta ner (429); nästa kontroll skjuts upp.
error-server = Tillstånds-API:t hade ett fel ({ $status }); själva tenanten kan vara i ordning.
error-http = Tillstånds-API:t svarade med HTTP { $status }; tenantens tillstånd är okänt.
error-invalid-payload = Tillstånds-API:t svarade, men inte med ett användbart tillstånd: { $detail }
error-invalid-input = Ingenting kontrollerades: { $detail }
summary-network = Onåbar (nätverk eller CORS)
summary-timeout = Tidsgräns överskriden
summary-not-found = Hittades inte (404)
summary-misdirected = Flyttad (421)
summary-rate-limited = Begränsad (429)
summary-server = Serverfel ({ $status })
summary-http = HTTP-fel { $status }
summary-invalid-payload = Oanvändbart svar
summary-invalid-input = Ogiltig indata

## The badge

badge-checking = Kontrollerar…
badge-checking-health = Kontrollerar
badge-checking-api = Ännu okänt om API:t är tillgängligt
badge-checking-description = Frågar tillstånds-API:t om den här tenantens tillstånd.
badge-not-checked = Inte kontrollerad
badge-failed-health = Kontrollen misslyckades
badge-failed-api = Okänt om API:t är tillgängligt
badge-failed-description = Kontrollen misslyckades, vilket inte säger något om tenantens hälsa.
badge-api-available = API:t är tillgängligt
badge-api-unavailable = API:t är inte tillgängligt
badge-stale = Senast kända tillstånd: den senaste kontrollen misslyckades eller är försenad, så detta kan vara inaktuellt.
badge-retry = Försök igen
badge-refresh = Uppdatera
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, senast känt
badge-name-checking = { $context }: kontrollerar
badge-name-failed = { $context }: kontrollen misslyckades
time-now = nu
badge-checked = kontrollerad { $ago }
badge-next-check = nästa kontroll { $time }
badge-notified = { $change } aviserad kl. { $time }, bekräftar…
badge-notified-move = { $change } aviserad kl. { $time }: flyttas till { $host }, bekräftar…
badge-moved = Flyttad från { $from } till { $to } kl. { $time }
badge-unknown-place = en okänd plats
badge-endpoint = Endpoint
badge-api = Api

## The live region

announce-change = { $context } är nu { $state }: { $health }

## Legends

legend-states = Tillstånd
legend-changes = Ändringsaviseringar
legend-state = Tillstånd
legend-code = Kod
legend-health = Hälsa
legend-api = API
legend-meaning = Betydelse
legend-change = Ändring
legend-what-happened = Vad hände
legend-for-badge = För märket
legend-for-integration = För en integration
legend-api-available = tillgängligt
legend-api-unavailable = inte tillgängligt

## The board

board-summary = Tenanter efter hälsa: välj för att filtrera
board-all = Alla
board-all-count = Alla tenanter: { $count }
board-count = { $label }: { $count }
board-search = Sök
board-search-placeholder = Kontext-id, t.ex. Cust123
board-search-label = Sök på kontext-id
board-layout = Vy
board-table = Tabell
board-cards = Kort
board-no-match = Ingen tenant matchar filtret.
board-caption = Tenanter, sämst hälsa först om inget annat är sorterat
board-col-health = Hälsa
board-col-state = Tillstånd
board-col-context-id = Kontext-id
board-col-api = API
board-col-version = Version
board-col-checked = Kontrollerad
board-checked-failed = misslyckades
board-checked-not-yet = inte än
board-show-details = { $context }: visa detaljer

## The page

page-title = Status för SuperOffice-tenanter
page-intro = Om varje kunds SuperOffice Online-tenant går att använda just nu, enligt dess publika tillstånds-API.
page-demo-note = Demo: de här tenanterna betjänas av det lokala test-API:t, en per dokumenterat tillstånd plus varje fel det kan visa.
page-env = Miljö
page-env-sod = Utveckling (sod)
page-env-qaonline = Test (qaonline)
page-env-online = Produktion (online)
page-contexts = Kontext-id
page-contexts-placeholder = Cust12345, Cust67890 (eller klistra in en kalkylbladskolumn)
page-base = Bas-URL (valfri: en proxy som vidarebefordrar /api/state/…)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Kontrollera
input-env = env: förväntade sod, qaonline, online eller stage, fick { $value }
input-context-id = contextId: förväntade Cust följt av 1 till 10 siffror (t.ex. Cust12345), fick { $value }
input-base-url-not-http = baseUrl: förväntade en http://- eller https://-URL
input-base-url-characters = baseUrl: får inte innehålla mellanslag, styrtecken eller omvända snedstreck
input-base-url-query = baseUrl: får inte ha frågesträng eller fragment
input-base-url-user-info = baseUrl: får inte innehålla användaruppgifter
input-base-url-host = baseUrl: förväntade ett värdnamn, eventuellt med port
input-base-url-path = baseUrl: sökvägen får inte innehålla '.', '..', '//' eller '%'
page-no-contexts = contextId: ange ett eller flera kontext-id, t.ex. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API-anrop är tillåtna.
guidance-call-maintenance = API-anrop är tillåtna; underhåll körs i bakgrunden.
guidance-pause = Pausa anropen till tiden i ValidUntil.
guidance-pause-until = Pausa anropen till { $until }.
guidance-stop = Stoppa schemalagda jobb; återuppta dem vid en Resume-avisering.
guidance-purge = Stoppa och rensa cachad data.
guidance-unavailable = Behandla som otillgänglig; kontrollera status.superoffice.com.
legend-guidance = Vad en integration gör
window-recycle = nattlig omstart av programpooler
window-patch = torsdagens patchfönster
window-maintenance = lördagens underhållsfönster
window-upgrade = uppgraderingsfönster
forecast-heading = Underhåll
forecast-next = Nästa fönster: { $when } ({ $relative }), { $window }
forecast-now = Nu: { $window }, till { $until }
maintenance-expected = Väntat: i { $window }
note-unscheduled = Oplanerat: utanför de publicerade underhållsfönstren
note-incident = Troligen en incident, inte underhåll
note-stuck-hour = Fast i 1 timme
note-stuck-hours = Fast i { $hours } timmar
note-stuck-days = Fast i { $days } dagar
history-heading = Senaste ändringar
history-since = { $state } sedan { $from }
history-span = { $state } { $from }–{ $to }
history-none = Inga ändringar sedda ännu.
board-col-changed = Ändrad
board-changed-never = inte sett

## Notification inspector (issue #15)
inspect-link = Granska en ändringsavisering
inspect-title = Granskare för ändringsaviseringar
inspect-intro = Klistra in innehållet SuperOffice skickade till din webhook. Det avkodas bara på den här sidan: inget du klistrar in lämnar den.
inspect-label = Webhook-innehåll (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Tillbaka till tenantstatus
inspect-error = Inte en ändringsavisering: { $error }
inspect-change = Ändring
inspect-what = Vad som hände
inspect-integration = För en integration
inspect-badge = För statusmärket
inspect-tenant = Tenant
inspect-version-name = Versionsnamn
inspect-file-version = Filversion
inspect-public-endpoint = Offentlig slutpunkt
inspect-not-sent = inte skickad
inspect-token = Tokenets anspråk
inspect-unverified = Inte verifierat i webbläsaren: verifiera token på din server innan du litar på något av detta.
inspect-token-error = Token kunde inte läsas: { $error }
inspect-token-missing = Ingen token skickades.
inspect-warnings = Varningar

timeline-24h = Senaste 24 timmarna
timeline-7d = Senaste 7 dagarna
timeline-name = { $window }: { $parts }
timeline-unwatched-for = inte bevakad { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: inte bevakad
decimal-sign = ,
percent = { $number } %
availability-none = –
availability-observed = { $window }: OK { $percent } av den bevakade tiden, observerat från den här webbläsaren
board-availability = Senaste 24 h, observerat från den här webbläsaren: OK { $percent }
board-col-observed = Senaste 24 h
duration-under-minute = < 1 min
duration-minutes = { $minutes } min
duration-hours = { $hours } tim
duration-hours-minutes = { $hours } tim { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } tim
board-export-csv = Ladda ned CSV
board-export-json = Kopiera som JSON
board-export-copied = Kopierade { $count } rader som JSON.
board-export-saved = Sparade { $count } rader som { $file }.
board-export-failed = Inte kopierat: webbläsaren nekade urklipp.
board-export = Exportera

alert-one = { $context }: { $state }, { $health }
alert-many = { $count } tenanter { $health }: { $list }
alert-mixed = { $count } tenanter ändrade hälsa: { $list }
alert-was = { $context } var { $health }
alert-more = { $list } och { $more } till
title-worst = ({ $count } { $health }) { $title }
board-alerts = Aviseringar
board-alerts-on = På: en avisering när en tenants hälsa ändras.
board-alerts-denied = Aviseringar är blockerade för webbplatsen: tillåt dem i webbplatsinställningarna (till vänster om adressen) och tryck på Aviseringar igen.
board-alerts-unsupported = Inte tillgängligt i den här webbläsaren.
board-export-unavailable = Inte sparat: exporten kunde inte laddas (offline?). Försök igen.
