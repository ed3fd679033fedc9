// SelfSubjectAccessReview (`kubectl auth can-i`): the authorizer answers for the caller itself.
// Nothing is stored; the response is the review with its status filled in.
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { isObject, obj, str } from '../core/json';
import { apiServerOf } from '../config/of';
import { apiStep } from './step';
import { attributes, authorize, type AuthzAttributes } from './authz';
import type { Admitted } from './filters';

export function handleAccessReview(ctx: Ctx, ex: Exchange, { user }: Admitted): void {
  const body: JsonObject = ex.request.body ?? {};
  const ra = obj(body, 'spec.resourceAttributes');
  const attrs: AuthzAttributes = {
    verb: str(ra, 'verb') ?? '',
    apiGroup: str(ra, 'group') ?? '',
    resource: str(ra, 'resource') ?? '',
    subresource: str(ra, 'subresource') ?? '',
    namespace: str(ra, 'namespace') ?? '',
    name: str(ra, 'name') ?? '',
  };
  const decision = authorize(ctx.state.etcd, user, attrs, apiServerOf(ctx.cluster).authorizationModes);
  apiStep(ctx, {
    id: 'apiserver.accessreview',
    level: ex.story.chain,
    stage: 'authorization',
    text: { key: decision.allowed ? 'apiserver.accessreview.allowed' : 'apiserver.accessreview.denied', params: { user: user.name, verb: attrs.verb, resource: attrs.resource, namespace: attrs.namespace || '(cluster)', reason: decision.reason } },
    detail: { attributes: attributes(user, attrs), allowed: decision.allowed, reason: decision.reason },
  });
  const status: JsonObject = { allowed: decision.allowed };
  if (decision.allowed) status.reason = `RBAC: ${decision.reason}`;
  const metadata = isObject(body.metadata) ? body.metadata : {};
  respond(ctx, ex, jsonResponse(201, { ...body, metadata, status }), {
    text: { key: 'apiserver.response.accessreview', params: { status: 201, allowed: decision.allowed ? 'yes' : 'no' } },
  });
}
