// kubectl describe pod: the resource builder GETs the pod, the pod describer GETs it again, then
// searches its events by involvedObject name, namespace and uid (the kind is left out, so events
// recorded against a mirror pod still match). Only then does it print.
import type { JsonObject } from '../types';
import type { Exchange, HttpRequest, HttpResponse, KubectlPhase } from '../core/messages';
import { isObject, list, str } from '../core/json';
import type { KubectlCommand } from './parse';
import { describePod } from './describe-pod';

export type DescribeCommand = Extract<KubectlCommand, { verb: 'describe' }>;

export type DescribeNext =
  | { request: HttpRequest; phase: KubectlPhase; held?: JsonObject; key: string }
  | { lines: string[] };

/** The same client, session and identity as the request before; only the path and Accept change. */
function follow(exchange: Exchange, path: string, accept: string): HttpRequest {
  const { Authorization: _auth, ...headers } = exchange.request.headers;
  return { method: 'GET', path, headers: { ...headers, Accept: accept } };
}

/** fields.SelectorFromSet sorts the keys; url.Values encodes `=` and `,`. */
export function eventSearchPath(pod: JsonObject): string {
  const ns = str(pod, 'metadata.namespace') ?? '';
  const selector = `involvedObject.name=${str(pod, 'metadata.name') ?? ''},involvedObject.namespace=${ns},involvedObject.uid=${str(pod, 'metadata.uid') ?? ''}`;
  return `/api/v1/namespaces/${ns}/events?fieldSelector=${encodeURIComponent(selector)}&limit=500`;
}

export function describeNext(exchange: Exchange, response: HttpResponse, phase: KubectlPhase | undefined, held: JsonObject | undefined, clock: number): DescribeNext {
  const body = isObject(response.body) ? response.body : {};
  if (phase === 'read') return { request: follow(exchange, exchange.request.path, 'application/json, */*'), phase: 'describe', key: 'kubectl.request.GET.describe.pod' };
  if (phase === 'describe') return { request: follow(exchange, eventSearchPath(body), 'application/json, */*'), phase: 'events', held: body, key: 'kubectl.request.GET.events' };
  // A failed event search is ignored: describe prints the pod without an Events section.
  return { lines: describePod(held ?? {}, response.status < 400 ? list(body, 'items') : null, clock) };
}
