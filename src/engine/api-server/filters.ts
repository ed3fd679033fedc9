// The generic filter chain every request passes, in DefaultBuildHandlerChain's execution order:
// authentication → audit → impersonation → priority and fairness → authorization.
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import { record, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { authenticate, type UserInfo } from './authn';
import { classify } from './apf';
import { attributes, authorize, forbiddenMessage } from './authz';
import { requestInfo, type RequestInfo } from './request-info';
import { statusFailure } from './status';

export interface Admitted {
  user: UserInfo;
  info: RequestInfo;
}

export function runFilters(ctx: Ctx, ex: Exchange): Admitted | null {
  const info = requestInfo(ex.request.method, ex.request.path);
  const level = ex.story.chain;
  const base = { actor: 'kube-apiserver' as const, from: 'kube-apiserver' as const, to: 'kube-apiserver' as const };
  const authn = authenticate(ex.credential);
  const user = authn.user;
  record(ctx, {
    ...base,
    id: 'apiserver.authn',
    level,
    stage: 'authentication',
    text: { key: ex.credential.type === 'token' ? 'apiserver.authn.token' : 'apiserver.authn', params: { user: user.name, groups: user.groups.join(', '), verb: info.verb, resource: info.resource } },
    detail: { authenticator: authn.authenticator, user: user.name, groups: user.groups },
  });
  record(ctx, {
    ...base,
    id: 'apiserver.audit',
    level: 'deep',
    stage: 'audit',
    text: { key: 'apiserver.audit', params: {} },
    detail: { policy: 'none (kubeadm sets no --audit-policy-file)', stages: ['RequestReceived', 'ResponseComplete'] },
  });
  record(ctx, {
    ...base,
    id: 'apiserver.impersonation',
    level: 'deep',
    stage: 'impersonation',
    text: { key: 'apiserver.impersonation', params: { user: user.name } },
  });
  const apf = classify(user, info);
  record(ctx, {
    ...base,
    id: 'apiserver.apf',
    level: 'deep',
    stage: 'priority-and-fairness',
    text: { key: 'apiserver.apf', params: { flowSchema: apf.flowSchema, priorityLevel: apf.priorityLevel } },
    misconception: 'apf-before-authn',
    detail: { flowSchema: apf.flowSchema, priorityLevel: apf.priorityLevel, seats: '400 + 200 (max-requests-inflight + max-mutating-requests-inflight)' },
  });
  const decision = authorize(ctx.state.etcd, user, info);
  const attrs = attributes(user, info);
  record(ctx, {
    ...base,
    id: 'apiserver.authz',
    level,
    stage: 'authorization',
    text: {
      key: decision.allowed ? 'apiserver.authz' : 'apiserver.authz.denied',
      params: { user: user.name, verb: info.verb, resource: info.subresource ? `${info.resource}/${info.subresource}` : info.resource, authorizer: decision.authorizer, reason: decision.reason },
    },
    detail: { attributes: attrs, modes: 'Node,RBAC', allowed: decision.allowed, reason: decision.reason },
  });
  if (!decision.allowed) {
    const details: JsonObject = info.name ? { name: info.name, kind: info.resource } : { kind: info.resource };
    respond(ctx, ex, jsonResponse(403, statusFailure(403, 'Forbidden', forbiddenMessage(user, info), details)), {
      text: { key: 'apiserver.response.error', params: { status: 403, reason: 'Forbidden' } },
    });
    return null;
  }
  return { user, info };
}
