// WithAudit with --audit-policy-file and --audit-log-path: an audit.k8s.io/v1 Event per stage,
// written as one JSON line to the log. Without both flags (kubeadm's default) nothing is logged
// (reference B1 step 8). kubewalk's policy file holds one rule: `level: Metadata`.
import type { JsonObject, Level } from '../types';
import type { Exchange, HttpResponse } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { timestamp } from '../core/time';
import { apiServerOf } from '../config/of';
import { authenticate, type UserInfo } from './authn';
import { impersonatedUser, impersonationOf } from './impersonation';
import { requestInfo, type RequestInfo } from './request-info';
import { apiStep } from './step';
import { deeper } from './levels';
import { deepFreeze } from '../core/shared';

export const AUDIT_POLICY_LEVEL = 'Metadata';

/** A stable, UUID-shaped audit ID per exchange (FNV-1a of its id): both stages share it. */
function auditId(exchangeId: string): string {
  const hex = (seed: number): string => {
    let h = seed;
    for (const ch of exchangeId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  const a = hex(2166136261) + hex(3323198485) + hex(1500450271) + hex(2654435761);
  return `${a.slice(0, 8)}-${a.slice(8, 12)}-4${a.slice(13, 16)}-8${a.slice(17, 20)}-${a.slice(20, 32)}`;
}

function event(ex: Exchange, info: RequestInfo, user: UserInfo, stage: string, at: string, code?: number): JsonObject {
  const objectRef: JsonObject = { resource: info.resource, apiVersion: info.apiGroup ? `${info.apiGroup}/v1` : 'v1' };
  if (info.namespace) objectRef.namespace = info.namespace;
  if (info.name) objectRef.name = info.name;
  if (info.subresource) objectRef.subresource = info.subresource;
  const e: JsonObject = {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: AUDIT_POLICY_LEVEL,
    auditID: auditId(ex.id),
    stage,
    requestURI: ex.request.path,
    verb: info.verb,
    user: { username: user.name, groups: user.groups },
    userAgent: ex.request.headers['User-Agent'] ?? '',
    objectRef,
  };
  if (code !== undefined) e.responseStatus = { metadata: {}, code };
  e.requestReceivedTimestamp = at;
  e.stageTimestamp = at;
  return e;
}

// Without audit flags every request's audit step is the same: one shared frozen copy.
const NO_AUDIT = deepFreeze({
  text: { key: 'apiserver.audit', params: {} },
  detail: { policy: 'none (kubeadm sets no --audit-policy-file)', stages: ['RequestReceived', 'ResponseComplete'] },
});

const level = (ex: Exchange): Level => (ex.purpose.kind === 'kubectl' ? deeper(ex.story.chain) : 'deep');

/** The audit filter's step: RequestReceived when audit is on, otherwise what kubeadm's cluster does (nothing). */
export function auditReceived(ctx: Ctx, ex: Exchange, user: UserInfo, info: RequestInfo): void {
  const audit = apiServerOf(ctx.cluster).audit;
  if (!audit) {
    apiStep(ctx, { id: 'apiserver.audit', level: 'deep', stage: 'audit', text: NO_AUDIT.text, detail: NO_AUDIT.detail });
    return;
  }
  const e = event(ex, info, user, 'RequestReceived', timestamp(ctx.state.clock));
  apiStep(ctx, { id: 'apiserver.audit', level: level(ex), stage: 'audit', text: { key: 'apiserver.audit.received', params: { path: audit.logPath, user: user.name, verb: info.verb } }, detail: { file: audit.logPath, policy: `${audit.policyFile} (level: ${AUDIT_POLICY_LEVEL})`, event: e } });
}

/**
 * The closing stage, when the response goes out: ResponseComplete, or ResponseStarted for a watch
 * (its response never completes here). Failed authentications are audited too.
 */
export function auditResponse(ctx: Ctx, ex: Exchange, response: HttpResponse): void {
  const audit = apiServerOf(ctx.cluster).audit;
  if (!audit) return;
  const info = requestInfo(ex.request.method, ex.request.path);
  const authn = authenticate(ex.credential, { x509: apiServerOf(ctx.cluster).clientCaFile !== null, anonymous: apiServerOf(ctx.cluster).anonymousAuth });
  const imp = authn.ok ? impersonationOf(ex.request.headers) : null;
  const user = imp && response.status !== 403 ? impersonatedUser(imp) : authn.user;
  const stage = info.verb === 'watch' && response.status === 200 ? 'ResponseStarted' : 'ResponseComplete';
  const e = event(ex, info, user, stage, timestamp(ctx.state.clock), response.status);
  apiStep(ctx, { id: 'apiserver.audit.event', level: level(ex), stage: 'audit', text: { key: 'apiserver.audit.response', params: { stage, status: response.status, path: audit.logPath } }, detail: { file: audit.logPath, event: e } });
}
