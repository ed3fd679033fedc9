// The generic filter chain every request passes, in DefaultBuildHandlerChain's execution order:
// authentication → audit → impersonation → priority and fairness → authorization.
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import { record, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { ANONYMOUS, authenticate, type UserInfo } from './authn';
import { auditReceived } from './audit';
import { apiServerOf } from '../config/of';
import { impersonatedUser, impersonationChecks, impersonationOf } from './impersonation';
import { classify } from './apf';
import { attributes, authorize, forbiddenMessage, type AuthzAttributes } from './authz';
import { requestInfo, type RequestInfo } from './request-info';
import { statusFailure } from './status';

export interface Admitted {
  user: UserInfo;
  info: RequestInfo;
}

function reject(ctx: Ctx, ex: Exchange, code: number, reason: string, message: string, details?: JsonObject, headers?: Record<string, string>): null {
  const response = jsonResponse(code, statusFailure(code, reason, message, details));
  if (headers) response.headers = { ...response.headers, ...headers };
  respond(ctx, ex, response, { text: { key: 'apiserver.response.error', params: { status: code, reason } } });
  return null;
}

function forbidden(ctx: Ctx, ex: Exchange, user: UserInfo, info: AuthzAttributes): null {
  const details: JsonObject = info.name ? { name: info.name, kind: info.resource } : { kind: info.resource };
  return reject(ctx, ex, 403, 'Forbidden', forbiddenMessage(user, info), details);
}

// Details that are the same for every request: shared (and frozen) plain JSON.
const SEATS = '400 + 200 (max-requests-inflight + max-mutating-requests-inflight)';
const APF_DETAILS = new Map<string, JsonObject>();

function apfDetail(flowSchema: string, priorityLevel: string): JsonObject {
  const k = `${flowSchema}/${priorityLevel}`;
  let d = APF_DETAILS.get(k);
  if (!d) {
    d = Object.freeze({ flowSchema, priorityLevel, seats: SEATS });
    APF_DETAILS.set(k, d);
  }
  return d;
}

// Drafts are written out field by field: spreading a shared base made a dictionary-mode copy per step.
const API = 'kube-apiserver' as const;

export function runFilters(ctx: Ctx, ex: Exchange): Admitted | null {
  const info = requestInfo(ex.request.method, ex.request.path);
  const level = ex.story.chain;
  const config = apiServerOf(ctx.cluster);
  const authn = authenticate(ex.credential, { x509: config.clientCaFile !== null, anonymous: config.anonymousAuth });
  const anonymous = authn.user.name === ANONYMOUS.name;
  const authnKey = !authn.ok ? (ex.credential.invalid ? 'apiserver.authn.failed' : 'apiserver.authn.rejected') : anonymous ? (ex.credential.type === 'x509' ? 'apiserver.authn.unverified' : 'apiserver.authn.anonymous') : ex.credential.type === 'token' ? 'apiserver.authn.token' : 'apiserver.authn';
  record(ctx, {
    id: 'apiserver.authn', actor: API, from: API, to: API,
    level,
    stage: 'authentication',
    text: { key: authnKey, params: { user: authn.user.name, groups: authn.user.groups.join(', '), verb: info.verb, resource: info.resource } },
    detail: { authenticator: authn.authenticator, user: authn.user.name, groups: authn.user.groups },
    misconception: anonymous ? 'no-credentials-401' : undefined,
  });
  // A failed authentication is answered at once (it is audited by WithFailedAuthenticationAudit).
  if (!authn.ok) return reject(ctx, ex, 401, 'Unauthorized', 'Unauthorized');
  let user = authn.user;
  auditReceived(ctx, ex, user, info);
  const impersonation = impersonationOf(ex.request.headers);
  if (impersonation) {
    const denied = impersonationChecks(impersonation).find((check) => !authorize(ctx.state.etcd, user, check, config.authorizationModes).allowed);
    const as = impersonatedUser(impersonation);
    record(ctx, {
      id: 'apiserver.impersonation', actor: API, from: API, to: API,
      level,
      stage: 'impersonation',
      text: { key: denied ? 'apiserver.impersonation.denied' : 'apiserver.impersonation.as', params: { user: user.name, as: as.name, groups: as.groups.join(', ') } },
      detail: { caller: user.name, impersonateUser: impersonation.user, impersonateGroups: impersonation.groups, checks: impersonationChecks(impersonation).map((c) => attributes(user, c)) },
    });
    if (denied) return forbidden(ctx, ex, user, denied);
    user = as;
  } else {
    record(ctx, { id: 'apiserver.impersonation', actor: API, from: API, to: API, level: 'deep', stage: 'impersonation', text: { key: 'apiserver.impersonation', params: { user: user.name } } });
  }
  const apf = classify(user, info);
  const saturated = ctx.cluster.apfSaturated === true && ex.purpose.kind === 'kubectl' && apf.priorityLevel !== 'exempt';
  record(ctx, {
    id: 'apiserver.apf', actor: API, from: API, to: API,
    level: saturated ? level : 'deep',
    stage: 'priority-and-fairness',
    text: { key: saturated ? 'apiserver.apf.rejected' : 'apiserver.apf', params: { flowSchema: apf.flowSchema, priorityLevel: apf.priorityLevel } },
    misconception: 'apf-before-authn',
    detail: saturated ? { flowSchema: apf.flowSchema, priorityLevel: apf.priorityLevel, seats: SEATS, queues: 'full', outcome: 'rejected' } : apfDetail(apf.flowSchema, apf.priorityLevel),
  });
  if (saturated) return reject(ctx, ex, 429, 'TooManyRequests', 'Too many requests, please try again later.', { retryAfterSeconds: 1 }, { 'Retry-After': '1' });
  const decision = authorize(ctx.state.etcd, user, info, config.authorizationModes);
  const attrs = attributes(user, info);
  const modes = config.authorizationModes.join(',');
  record(ctx, {
    id: 'apiserver.authz', actor: API, from: API, to: API,
    level,
    stage: 'authorization',
    text: {
      key: !decision.allowed ? 'apiserver.authz.denied' : modes === 'Node,RBAC' ? 'apiserver.authz' : 'apiserver.authz.modes',
      params: { user: user.name, verb: info.verb, resource: info.subresource ? `${info.resource}/${info.subresource}` : info.resource, authorizer: decision.authorizer, reason: decision.reason, ...(modes === 'Node,RBAC' ? {} : { modes }) },
    },
    detail: { attributes: attrs, modes, allowed: decision.allowed, reason: decision.reason },
  });
  if (!decision.allowed) return forbidden(ctx, ex, user, info);
  return { user, info };
}
