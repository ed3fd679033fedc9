// kube-apiserver's entry point: the filter chain, then the resource handler the path selects.
import type { Exchange } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { runFilters } from './filters';
import { statusFailure } from './status';
import { handleList } from './list';
import { handleEventList } from './list-events';
import { handleGet } from './get';
import { handleWatch } from './watch';
import { handleConnect } from './connect';
import { handleDelete } from './delete';
import { handleUpdate } from './update';
import { handleAccessReview } from './access-review';
import { handleCreate } from './create';
import { handleBinding } from './binding';
import { handleStatusPatch } from './status-patch';
import { handleTokenRequest } from './token';
import { APPLY_PATCH, handleApplyPatch } from './apply-patch';

export function handleRequest(ctx: Ctx, ex: Exchange): void {
  const admitted = runFilters(ctx, ex);
  if (!admitted) return;
  const { info } = admitted;
  const route = `${info.verb} ${info.resource}${info.subresource ? `/${info.subresource}` : ''}`;
  switch (route) {
    case 'list nodes':
    case 'list pods':
      return handleList(ctx, ex, info);
    case 'list events':
      return handleEventList(ctx, ex, info);
    case 'patch deployments/scale':
      return handleUpdate(ctx, ex, admitted, 'scale');
    case 'update replicasets':
    case 'update deployments':
      return handleUpdate(ctx, ex, admitted, 'replace');
    case 'patch pods':
      if (ex.request.headers['Content-Type'] === APPLY_PATCH) return handleApplyPatch(ctx, ex, admitted);
      return handleUpdate(ctx, ex, admitted, 'patch');
    case 'patch nodes':
      return handleUpdate(ctx, ex, admitted, 'patch');
    case 'update nodes/status':
    case 'update leases':
      return handleUpdate(ctx, ex, admitted, 'replace');
    case 'delete pods':
      return handleDelete(ctx, ex, admitted);
    case 'get pods/log':
    case 'get pods/exec':
      return handleConnect(ctx, ex, admitted);
    case 'watch pods':
      return handleWatch(ctx, ex, info);
    case 'get pods':
    case 'get nodes':
    case 'get deployments':
      return handleGet(ctx, ex, info);
    case 'create selfsubjectaccessreviews':
      return handleAccessReview(ctx, ex, admitted);
    case 'create pods':
    case 'create events':
    case 'create deployments':
    case 'create replicasets':
    case 'create secrets':
      return handleCreate(ctx, ex, admitted);
    case 'create pods/binding':
      return handleBinding(ctx, ex, admitted);
    case 'patch pods/status':
      return handleStatusPatch(ctx, ex, admitted);
    case 'create serviceaccounts/token':
      return handleTokenRequest(ctx, ex, admitted);
    default:
      respond(ctx, ex, jsonResponse(404, statusFailure(404, 'NotFound', 'the server could not find the requested resource')), {
        text: { key: 'apiserver.response.error', params: { status: 404, reason: 'NotFound' } },
      });
  }
}
