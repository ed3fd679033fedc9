// The Events table at the end of kubectl describe, and the time formats describe uses.
import type { JsonObject } from '../types';
import { at, str, text } from '../core/json';
import { EPOCH_MS, humanDuration, parseTimestamp } from '../core/time';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z ("Mon, 15 Sep 2025 09:00:02 +0000"), in UTC as the cluster writes it. */
export function rfc1123z(timestamp: string): string {
  const d = new Date(EPOCH_MS + parseTimestamp(timestamp));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** translateTimestampSince: how long ago, or <unknown> for a zero time. */
export function since(timestamp: string | undefined, clock: number): string {
  return timestamp ? humanDuration(clock - parseTimestamp(timestamp)) : '<unknown>';
}

/** SortableEvents: by lastTimestamp, events without one (events.k8s.io writers) first. */
function sortKey(e: JsonObject): number {
  const last = str(e, 'lastTimestamp');
  return last ? parseTimestamp(last) : Number.MIN_SAFE_INTEGER;
}

/** DescribeEvents: `Events:  <none>`, or the table (a new tabwriter block: describe flushes first). */
export function eventLines(events: JsonObject[], clock: number): string[] {
  if (events.length === 0) return ['Events:\t<none>'];
  const rows = [...events].sort((a, b) => sortKey(a) - sortKey(b)).map((e) => {
    const first = since(str(e, 'eventTime') ?? str(e, 'firstTimestamp'), clock);
    const count = at(e, 'count');
    const age = typeof count === 'number' && count > 1 ? `${since(str(e, 'lastTimestamp'), clock)} (x${count} over ${first})` : first;
    const from = str(e, 'source.component') || text(e.reportingComponent);
    return `  ${text(e.type)}\t${text(e.reason)}\t${age}\t${from}\t${text(e.message).trim()}`;
  });
  return ['Events:', '  Type\tReason\tAge\tFrom\tMessage', '  ----\t------\t----\t----\t-------', ...rows];
}
