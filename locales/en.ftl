# so-tenant-status: English, the reference. Every key here exists in every
# other locales/*.ftl (a test checks it). State names, change-type names,
# context ids, URLs and versions are never in these files: they stay as
# SuperOffice writes them. A host overrides any key with the `messages`
# option; the value is a Fluent pattern, so `{ $context }` inserts a variable.

## Health words: as a label ("Down") and inside a sentence ("down").

health-ok = OK
health-maintenance = Maintenance
health-pending = Pending
health-unknown = Unknown
health-down = Down
health-gone = Gone
health-word-ok = ok
health-word-maintenance = maintenance
health-word-pending = pending
health-word-unknown = unknown
health-word-down = down
health-word-gone = gone

## What each documented state means.

state-unknown = The tenant is unknown or the environment is in trouble; if the tenant was in another state before, this is likely an incident.
state-provisioning = The tenant is being created and will be ready shortly.
state-running = The tenant is running normally and its API can be used.
state-deleted = The tenant has been deleted for good.
state-suspended = The tenant is suspended on its way to termination; the customer can still have it reactivated.
state-online-maintenance = Background maintenance tasks are running; normal operation continues.
state-offline-maintenance = The tenant is offline for maintenance, typically an upgrade, usually for a few minutes.
state-provisioning-failed = Creating the tenant failed.
state-deleting = The tenant is being deleted.
state-delete-failed = Deleting the tenant failed; it will be retried.
state-migration-pending = The tenant's migration to Online has not finished; this often takes days or weeks.
state-unrecognised = This state is not in SuperOffice's documented table; treat the tenant as not usable until it is explained.

## What each change notification means: what happened, what it does to
## the badge, and what an integration should do.

change-upgrade = The installation was upgraded to a new version.
change-upgrade-badge = Usually preceded by OfflineMaintenance; the badge returns to OK when the upgrade is done.
change-upgrade-integration = Re-read the version details from the Api document; features and schema may have changed.
change-backup-restored = The tenant was restored from a backup.
change-backup-restored-badge = The badge is unaffected once the tenant is Running again.
change-backup-restored-integration = Data may have gone back in time: re-synchronise anything you cached or copied from the tenant.
change-suspend = The tenant was placed in suspension.
change-suspend-badge = The badge turns Down (Suspended).
change-suspend-integration = Stop calling the tenant's API and pause scheduled jobs; the customer may still be reactivated.
change-resume = The tenant was resumed after another operation.
change-resume-badge = The badge returns to OK (Running) at its next check.
change-resume-integration = Ask the state API again, then resume calls and scheduled jobs once it reports Running.
change-delete = The tenant was deleted.
change-delete-badge = The badge turns Gone (Deleting, then Deleted).
change-delete-integration = Stop all calls for good and clean up stored credentials and data for this tenant.
change-move = The tenant was moved to another public endpoint (see PublicEndpoint).
change-move-badge = The badge keeps its health; the Endpoint link changes at the next check.
change-move-integration = Forget cached endpoints: ask the state API for the new Endpoint (calls to the old host answer 421).
change-unrecognised = Change type { $code } is not documented by SuperOffice.
change-unrecognised-badge = The badge shows whatever the state API reports.
change-unrecognised-integration = Ask the state API before calling the tenant; do not assume anything from this notification.
change-unrecognised-name = Change type { $code }

## A check that gave no state: the sentence on the badge, and a few words
## for a table cell.

error-network = Could not reach the state API: blocked by CORS, offline, or the proxy is down; the tenant itself may be fine.
error-timeout = The state API did not answer in time; the tenant itself may be fine.
error-not-found = The state API does not know this tenant (404): check the context id and the environment.
error-misdirected = The state API answered 421 (tenant moved) twice in a row; it will be asked again shortly.
error-rate-limited = The state API asked us to slow down (429); the next check is delayed.
error-server = The state API had an error ({ $status }); the tenant itself may be fine.
error-http = The state API answered with HTTP { $status }; the tenant's state is not known.
error-invalid-payload = The state API answered, but not with a usable state: { $detail }
error-invalid-input = Nothing was checked: { $detail }
summary-network = Unreachable (network or CORS)
summary-timeout = Timed out
summary-not-found = Not found (404)
summary-misdirected = Moved (421)
summary-rate-limited = Rate limited (429)
summary-server = Server error ({ $status })
summary-http = HTTP error { $status }
summary-invalid-payload = Unusable answer
summary-invalid-input = Invalid input

## The badge.

badge-checking = Checking…
badge-checking-health = Checking
badge-checking-api = API availability not known yet
badge-checking-description = Asking the state API for this tenant's state.
badge-not-checked = Not checked
badge-failed-health = Check failed
badge-failed-api = API availability not known
badge-failed-description = The check failed, which says nothing about the tenant's health.
badge-api-available = API available
badge-api-unavailable = API not available
badge-stale = Last known state: the latest check failed or is overdue, so this may be out of date.
badge-retry = Retry
badge-refresh = Refresh
badge-name = { $context }: { $state }, { $health }
badge-name-stale = { $context }: { $state }, { $health }, last known
badge-name-checking = { $context }: checking
badge-name-failed = { $context }: check failed
time-now = now
badge-checked = checked { $ago }
badge-next-check = next check { $time }
badge-notified = { $change } notified at { $time }, confirming…
badge-notified-move = { $change } notified at { $time }: moving to { $host }, confirming…
badge-moved = Moved from { $from } to { $to } at { $time }
badge-unknown-place = an unknown place
badge-endpoint = Endpoint
badge-api = Api

## The live region.

announce-change = { $context } is now { $state }: { $health }

## Legends.

legend-states = States
legend-changes = Change notifications
legend-state = State
legend-code = Code
legend-health = Health
legend-api = API
legend-meaning = Meaning
legend-change = Change
legend-what-happened = What happened
legend-for-badge = For the badge
legend-for-integration = For an integration
legend-api-available = available
legend-api-unavailable = not available

## The board: summary bar, search, layout switch and table.

board-summary = Tenants by health: toggle to filter
board-all = All
board-all-count = All tenants: { $count }
board-count = { $label }: { $count }
board-search = Search
board-search-placeholder = Context id, e.g. Cust123
board-search-label = Search by context id
board-layout = Layout
board-table = Table
board-cards = Cards
board-no-match = No tenant matches the filter.
board-caption = Tenants, worst health first unless sorted otherwise
board-col-health = Health
board-col-state = State
board-col-context-id = Context id
board-col-api = API
board-col-version = Version
board-col-checked = Checked
board-checked-failed = failed
board-checked-not-yet = not yet
board-show-details = { $context }: show details

## The page.

page-title = SuperOffice tenant status
page-intro = Whether each customer's SuperOffice Online tenant is usable right now, from its public state API.
page-demo-note = Demo: these tenants are served by the local mock state API, one per documented state plus every fault it can show.
page-env = Environment
page-env-sod = Development (sod)
page-env-qaonline = Stage (qaonline)
page-env-online = Production (online)
page-contexts = Context ids
page-contexts-placeholder = Cust12345, Cust67890 (or paste a spreadsheet column)
page-base = Base URL (optional: a proxy that forwards /api/state/…)
page-base-placeholder = https://portal.example.com/so/online
page-submit = Check
input-env = env: expected sod, qaonline, online or stage, got { $value }
input-context-id = contextId: expected Cust followed by 1 to 10 digits (e.g. Cust12345), got { $value }
input-base-url-not-http = baseUrl: expected an http:// or https:// URL
input-base-url-characters = baseUrl: must not contain spaces, control characters or backslashes
input-base-url-query = baseUrl: must not have a query or fragment
input-base-url-user-info = baseUrl: must not contain user info
input-base-url-host = baseUrl: expected a host name, optionally with a port
input-base-url-path = baseUrl: the path must not contain '.', '..', '//' or '%'
page-no-contexts = contextId: enter one or more context ids, e.g. Cust12345

## Guidance, maintenance forecast and history (issue #15)
guidance-call = API calls allowed.
guidance-call-maintenance = API calls allowed; background maintenance is running.
guidance-pause = Pause calls until the time in ValidUntil.
guidance-pause-until = Pause calls until { $until }.
guidance-stop = Stop scheduled jobs; resume them on a Resume notification.
guidance-purge = Stop, and purge cached data.
guidance-unavailable = Treat as unavailable; check status.superoffice.com.
legend-guidance = What an integration does
window-recycle = nightly recycle
window-patch = Thursday patch window
window-maintenance = Saturday maintenance window
window-upgrade = upgrade window
forecast-heading = Maintenance
forecast-next = Next window: { $when } ({ $relative }), { $window }
forecast-now = Now: { $window }, until { $until }
maintenance-expected = Expected: in the { $window }
note-unscheduled = Unscheduled: outside the published maintenance windows
note-incident = Likely incident, not maintenance
note-stuck-hour = Stuck for 1 hour
note-stuck-hours = Stuck for { $hours } hours
note-stuck-days = Stuck for { $days } days
history-heading = Recent changes
history-since = { $state } since { $from }
history-span = { $state } { $from }–{ $to }
history-none = No changes seen yet.
board-col-changed = Changed
board-changed-never = not seen

## Notification inspector (issue #15)
inspect-link = Inspect a change notification
inspect-title = Change notification inspector
inspect-intro = Paste the body SuperOffice posted to your webhook. It is decoded in this page only: nothing you paste leaves it.
inspect-label = Webhook body (JSON)
inspect-placeholder = {"{"} "ChangeType": 5, "ContextIdentifier": "Cust12345", … {"}"}
inspect-back = Back to tenant status
inspect-error = Not a change notification: { $error }
inspect-change = Change
inspect-what = What happened
inspect-integration = For an integration
inspect-badge = For the status badge
inspect-tenant = Tenant
inspect-version-name = Version name
inspect-file-version = File version
inspect-public-endpoint = Public endpoint
inspect-not-sent = not sent
inspect-token = Token claims
inspect-unverified = Not verified in the browser: verify the token on your server before you trust any of it.
inspect-token-error = The token could not be read: { $error }
inspect-token-missing = No token was sent.
inspect-warnings = Warnings

## Timelines, observed availability and export.
timeline-24h = Last 24 hours
timeline-7d = Last 7 days
timeline-name = { $window }: { $parts }
timeline-unwatched-for = not watched { $duration }
timeline-segment = { $from }–{ $to }: { $state }, { $health }
timeline-segment-unwatched = { $from }–{ $to }: not watched
decimal-sign = .
percent = { $number }%
availability-none = –
availability-observed = { $window }: OK { $percent } of the watched time, observed from this browser
board-availability = Last 24 h, observed from this browser: OK { $percent }
board-col-observed = Last 24 h
duration-under-minute = < 1 min
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } h
board-export-csv = Download CSV
board-export-json = Copy as JSON
board-export-copied = Copied { $count } rows as JSON.
board-export-saved = Saved { $count } rows as { $file }.
board-export-failed = Not copied: the browser refused the clipboard.
board-export = Export

## Alerts and the page's title.
alert-one = { $context }: { $state }, { $health }
alert-many = { $count } tenants { $health }: { $list }
alert-mixed = { $count } tenants changed health: { $list }
alert-was = { $context } was { $health }
alert-more = { $list } and { $more } more
title-worst = ({ $count } { $health }) { $title }
board-alerts = Alerts
board-alerts-on = On: a notification when a tenant's health changes.
board-alerts-denied = Notifications are blocked for this site: allow them in the site settings (left of the address), then press Alerts again.
board-alerts-unsupported = Not available in this browser.
board-export-unavailable = Not saved: the export could not be loaded (offline?). Try again.
