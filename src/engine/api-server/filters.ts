// The generic filter chain every request passes, in DefaultBuildHandlerChain's execution order:
// authentication → audit → impersonation → priority and fairness → authorization.
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import { record, recordApi, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { ANONYMOUS, authenticate, type UserInfo } from './authn';
import { auditReceived } from './audit';
import { apiServerOf } from '../config/of';
import { impersonatedUser, impersonationChecks, impersonationOf } from './impersonation';
import { classify } from './apf';
import { attributes, authorize, forbiddenMessage, type AuthzAttributes, type AuthzDecision } from './authz';
import { requestInfo, type RequestInfo } from './request-info';
import { statusFailure } from './status';
import { sharedTable } from '../core/shared';
import type { Text } from '../types';

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

interface Parts {
  text: Text;
  detail: JsonObject;
}

// Each request's authentication, impersonation, APF and authorization steps repeat the text and
// detail of every earlier request by the same user with the same verb: one shared frozen copy.
const AUTHN = sharedTable<Parts>();
const IMPERSONATION = sharedTable<Text>();
const APF_TEXT = sharedTable<Text>();
const AUTHZ = sharedTable<Parts>();
const SEP = '\u0000';

function authnStep(key: string, user: UserInfo, authenticator: string, info: RequestInfo): Parts {
  const k = key + SEP + user.name + SEP + user.groups.join(SEP) + SEP + authenticator + SEP + info.verb + SEP + info.resource;
  return AUTHN.get(k) ?? AUTHN.set(k, {
    text: { key, params: { user: user.name, groups: user.groups.join(', '), verb: info.verb, resource: info.resource } },
    detail: { authenticator, user: user.name, groups: user.groups.slice() },
  });
}

function notImpersonating(user: string): Text {
  return IMPERSONATION.get(user) ?? IMPERSONATION.set(user, { key: 'apiserver.impersonation', params: { user } });
}

function apfText(key: string, flowSchema: string, priorityLevel: string): Text {
  const k = key + SEP + flowSchema + SEP + priorityLevel;
  return APF_TEXT.get(k) ?? APF_TEXT.set(k, { key, params: { flowSchema, priorityLevel } });
}

function authzStep(user: UserInfo, info: RequestInfo, decision: AuthzDecision, modes: string): Parts {
  const k = [user.name, user.groups.join(SEP), info.verb, info.apiGroup, info.resource, info.subresource, info.namespace, info.name, modes, decision.allowed, decision.authorizer, decision.reason].join(SEP);
  const hit = AUTHZ.get(k);
  if (hit) return hit;
  const usual = modes === 'Node,RBAC';
  return AUTHZ.set(k, {
    text: {
      key: !decision.allowed ? 'apiserver.authz.denied' : usual ? 'apiserver.authz' : 'apiserver.authz.modes',
      params: { user: user.name, verb: info.verb, resource: info.subresource ? `${info.resource}/${info.subresource}` : info.resource, authorizer: decision.authorizer, reason: decision.reason, ...(usual ? {} : { modes }) },
    },
    detail: { attributes: { ...attributes(user, info), groups: user.groups.slice() }, modes, allowed: decision.allowed, reason: decision.reason },
  });
}

const API = 'kube-apiserver' as const;

export function runFilters(ctx: Ctx, ex: Exchange): Admitted | null {
  const info = requestInfo(ex.request.method, ex.request.path);
  const level = ex.story.chain;
  const config = apiServerOf(ctx.cluster);
  const authn = authenticate(ex.credential, { x509: config.clientCaFile !== null, anonymous: config.anonymousAuth });
  const anonymous = authn.user.name === ANONYMOUS.name;
  const authnKey = !authn.ok ? (ex.credential.invalid ? 'apiserver.authn.failed' : 'apiserver.authn.rejected') : anonymous ? (ex.credential.type === 'x509' ? 'apiserver.authn.unverified' : 'apiserver.authn.anonymous') : ex.credential.type === 'token' ? 'apiserver.authn.token' : 'apiserver.authn';
  const authnParts = authnStep(authnKey, authn.user, authn.authenticator, info);
  recordApi(ctx, 'apiserver.authn', level, 'authentication', authnParts.text, anonymous ? 'no-credentials-401' : undefined, authnParts.detail);
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
    recordApi(ctx, 'apiserver.impersonation', 'deep', 'impersonation', notImpersonating(user.name));
  }
  const apf = classify(user, info);
  const saturated = ctx.cluster.apfSaturated === true && ex.purpose.kind === 'kubectl' && apf.priorityLevel !== 'exempt';
  recordApi(
    ctx, 'apiserver.apf', saturated ? level : 'deep', 'priority-and-fairness',
    apfText(saturated ? 'apiserver.apf.rejected' : 'apiserver.apf', apf.flowSchema, apf.priorityLevel),
    'apf-before-authn',
    saturated ? { flowSchema: apf.flowSchema, priorityLevel: apf.priorityLevel, seats: SEATS, queues: 'full', outcome: 'rejected' } : apfDetail(apf.flowSchema, apf.priorityLevel),
  );
  if (saturated) return reject(ctx, ex, 429, 'TooManyRequests', 'Too many requests, please try again later.', { retryAfterSeconds: 1 }, { 'Retry-After': '1' });
  const decision = authorize(ctx.state.etcd, user, info, config.authorizationModes);
  const authzParts = authzStep(user, info, decision, config.authorizationModes.join(','));
  recordApi(ctx, 'apiserver.authz', level, 'authorization', authzParts.text, undefined, authzParts.detail);
  if (!decision.allowed) return forbidden(ctx, ex, user, info);
  return { user, info };
}
