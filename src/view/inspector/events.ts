// The Events section of `kubectl describe`, built from the Event objects etcd holds at the shown
// step. etcd rows carry only a summary, so each object is taken from the exchange that stored it
// (201 to a POST, 200 to a PATCH or PUT of the event). Every step of an exchange carries the whole
// exchange, so the object is known from its request on, and the etcd rows decide whether it is
// stored yet.
import type { Step } from '../../catalog/types';
import type { ClusterView, JsonObject, JsonValue } from '../../engine/types';
import { humanDuration } from '../../engine/core/time';
import { countUpTo, indicesWith } from './stepIndex';

const EVENTS_PATH = /^\/(?:api\/v1|apis\/events\.k8s\.io\/v1)\/namespaces\/([^/]+)\/events(?:\/([^/?]+))?(?:\?|$)/;

export interface StoredEvent {
  /** `/registry/events/<namespace>/<name>` */
  key: string;
  object: JsonObject;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(o: JsonValue | undefined, path: string): JsonValue | undefined {
  let at: JsonValue | undefined = o;
  for (const part of path.split('.')) at = isObject(at) ? at[part] : undefined;
  return at;
}

function text(o: JsonValue | undefined, path: string): string {
  const v = field(o, path);
  return typeof v === 'string' ? v : '';
}

/** Every Event object in etcd at step `upTo`, in the order they were first stored. */
export function storedEvents(steps: readonly Step[], upTo: number, state: ClusterView): StoredEvent[] {
  const inEtcd = new Set(state.etcd.filter((r) => r.key.startsWith('/registry/events/')).map((r) => r.key));
  if (inEtcd.size === 0) return [];
  const latest = new Map<string, JsonObject>();
  const indices = indicesWith(steps, 'http');
  const n = countUpTo(indices, upTo);
  for (let i = 0; i < n; i++) {
    const http = steps[indices[i] ?? -1]?.http;
    if (!http || http.status >= 300 || !isObject(http.responseBody)) continue;
    const m = EVENTS_PATH.exec(http.path);
    if (!m || http.method === 'GET' || http.method === 'DELETE') continue;
    const body = http.responseBody;
    const key = `/registry/events/${m[1] ?? ''}/${text(body, 'metadata.name')}`;
    latest.set(key, body);
  }
  return [...latest].filter(([key]) => inEtcd.has(key)).map(([key, object]) => ({ key, object }));
}

/** What the event is about, as `kind/name` (`pod/nginx`); events.k8s.io calls it `regarding`. */
export function regardingOf(event: JsonObject): string {
  const ref = isObject(event.involvedObject) ? event.involvedObject : isObject(event.regarding) ? event.regarding : {};
  return `${text(ref, 'kind').toLowerCase()}/${text(ref, 'name')}`;
}

function timeOf(value: string): number | null {
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

function since(value: string, now: number): string {
  const t = timeOf(value);
  return t === null ? '<unknown>' : humanDuration(now - t);
}

/** The newest time any stored event carries: the "now" when the view has no clock of its own. */
export function newestEventTime(events: readonly StoredEvent[]): number | null {
  let newest: number | null = null;
  for (const { object } of events) {
    for (const path of ['eventTime', 'lastTimestamp', 'series.lastObservedTime', 'deprecatedLastTimestamp']) {
      const t = timeOf(text(object, path));
      if (t !== null && (newest === null || t > newest)) newest = t;
    }
  }
  return newest;
}

/** One row as kubectl describe reads a core/v1 Event (events.k8s.io fields mapped as the API server converts them). */
function row(e: JsonObject, now: number): string[] {
  const eventTime = text(e, 'eventTime');
  const first = eventTime ? since(eventTime, now) : since(text(e, 'firstTimestamp') || text(e, 'deprecatedFirstTimestamp'), now);
  const count = Number(field(e, 'count') ?? field(e, 'deprecatedCount') ?? 0);
  let age = first;
  if (isObject(e.series)) age = `${since(text(e, 'series.lastObservedTime'), now)} (x${Number(field(e, 'series.count') ?? 0)} over ${first})`;
  else if (count > 1) age = `${since(text(e, 'lastTimestamp') || text(e, 'deprecatedLastTimestamp'), now)} (x${count} over ${first})`;
  const from = text(e, 'source.component') || text(e, 'deprecatedSource.component') || text(e, 'reportingController') || text(e, 'reportingComponent');
  const message = (text(e, 'message') || text(e, 'note')).trim();
  return [text(e, 'type'), text(e, 'reason'), age, from, message];
}

/** text/tabwriter as describe sets it up: minwidth 0, padding 2; the last cell is not padded. */
function tabulate(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.slice(0, -1).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 2))).join(''));
}

const lastSeen = (e: JsonObject): number => timeOf(text(e, 'lastTimestamp') || text(e, 'deprecatedLastTimestamp')) ?? 0;

/** The `Events:` block exactly as `kubectl describe` prints it, sorted by last timestamp. */
export function describeEvents(events: readonly JsonObject[], now: number): string[] {
  if (events.length === 0) return ['Events:  <none>'];
  const sorted = [...events].sort((a, b) => lastSeen(a) - lastSeen(b));
  const rows = [['  Type', 'Reason', 'Age', 'From', 'Message'], ['  ----', '------', '----', '----', '-------']];
  for (const e of sorted) {
    const [type = '', ...rest] = row(e, now);
    rows.push([`  ${type}`, ...rest]);
  }
  return ['Events:', ...tabulate(rows)];
}

/** Stored events grouped by what they are about, in first-seen order. */
export function eventsByObject(events: readonly StoredEvent[]): { regarding: string; events: JsonObject[] }[] {
  const groups = new Map<string, JsonObject[]>();
  for (const { object } of events) {
    const r = regardingOf(object);
    groups.set(r, [...(groups.get(r) ?? []), object]);
  }
  return [...groups].map(([regarding, list]) => ({ regarding, events: list }));
}
