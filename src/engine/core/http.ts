// Sending an HTTP request to kube-apiserver and answering it. The sender's step shows the request;
// the answer copies the outcome into it, so both halves carry the whole exchange.
import type { ComponentId, HttpPayload, JsonObject, Text } from '../types';
import type { Credential, Exchange, HttpRequest, HttpResponse, Purpose, Story } from './messages';
import { nextExchangeId, record, send, type Ctx, type StepDraft } from './ctx';
import { auditResponse } from '../api-server/audit';

/** One network hop inside the cluster, in logical ms. */
export const HOP_MS = 1;

export interface Outgoing {
  from: ComponentId;
  credential: Credential;
  request: HttpRequest;
  story: Story;
  purpose: Purpose;
}

export function sendRequest(
  ctx: Ctx,
  out: Outgoing,
  step: { id: string; text: Text; misconception?: string; extra?: Partial<StepDraft> },
): Exchange {
  // Written out, not spread: see extend() in core/json.ts.
  const exchange: Exchange = { id: nextExchangeId(ctx), from: out.from, credential: out.credential, request: out.request, story: out.story, purpose: out.purpose };
  const draft: StepDraft = {
    id: step.id,
    level: out.story.request,
    actor: out.from,
    from: out.from,
    to: 'kube-apiserver',
    text: step.text,
    http: requestPayload(exchange),
  };
  if (step.extra) Object.assign(draft, step.extra);
  if (step.misconception) draft.misconception = step.misconception;
  ctx.openRequests.set(exchange.id, record(ctx, draft));
  send(ctx, { type: 'http.request', exchange }, HOP_MS);
  return exchange;
}

export function requestPayload(exchange: Exchange): HttpPayload {
  const p: HttpPayload = {
    exchangeId: exchange.id,
    leg: 'request',
    method: exchange.request.method,
    path: exchange.request.path,
    requestHeaders: exchange.request.headers,
    status: 0,
    statusText: '',
    responseHeaders: {},
  };
  if (exchange.request.body !== undefined) p.requestBody = exchange.request.body;
  return p;
}

export function responsePayload(exchange: Exchange, response: HttpResponse): HttpPayload {
  // Written out rather than spread from requestPayload: see extend() in core/json.ts.
  const p: HttpPayload = {
    exchangeId: exchange.id,
    leg: 'response',
    method: exchange.request.method,
    path: exchange.request.path,
    requestHeaders: exchange.request.headers,
    status: response.status,
    statusText: response.statusText,
    responseHeaders: response.headers,
  };
  if (exchange.request.body !== undefined) p.requestBody = exchange.request.body;
  if (response.body !== undefined) p.responseBody = response.body;
  return p;
}

/** kube-apiserver answers: the response step, then the message back to the client. */
export function respond(
  ctx: Ctx,
  exchange: Exchange,
  response: HttpResponse,
  step: { text: Text; misconception?: string; detail?: JsonObject },
): void {
  const draft: StepDraft = {
    id: 'apiserver.response',
    level: exchange.story.response,
    actor: 'kube-apiserver',
    from: 'kube-apiserver',
    to: exchange.from,
    text: step.text,
    http: responsePayload(exchange, response),
  };
  if (step.misconception) draft.misconception = step.misconception;
  if (step.detail) draft.detail = step.detail;
  const answered = record(ctx, draft);
  // The request's step shows the outcome too (the last answer wins, as in a replay of the trace).
  const request = ctx.openRequests.get(exchange.id);
  if (request && answered.http) request.http = { ...answered.http, leg: 'request' };
  auditResponse(ctx, exchange, response);
  send(ctx, { type: 'http.response', exchange, response }, HOP_MS);
}


const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function jsonResponse(status: number, body: JsonObject): HttpResponse {
  return {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'Content-Type': 'application/json' },
    body,
  };
}
