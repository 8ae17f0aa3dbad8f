// Stored history and watched spans for the timeline tests and
// screenshots: what a browser that watched these tenants would have kept.
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/**
 * The stored entry (`so-tenant-status:history`) for tenants watched up to
 * `now - 1 min`: `spec` maps a context id to `{ watched: [[fromAgo,
 * toAgo], ...], changes: [[ago, state, health], ...] }`, times as
 * milliseconds before `now`.
 */
export function seedHistory(now, spec) {
  const tenants = {};
  const watched = {};
  for (const [ctx, { watched: spans = [], changes = [] }] of Object.entries(spec)) {
    tenants[ctx] = changes.map(([ago, state, health]) => ({ atMs: now - ago, state, health, endpoint: null }));
    watched[ctx] = spans.map(([from, to]) => [now - from, now - to]);
  }
  return JSON.stringify({ v: 1, tenants, watched });
}
