// POST serviceaccounts/<name>/token (TokenRequest): kube-apiserver signs a short-lived token bound
// to a pod. Nothing is written to etcd; NodeRestriction lets a kubelet ask only for pods on it.
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { isObject, str } from '../core/json';
import { timestamp } from '../core/time';
import { getEntry } from '../etcd/kv';
import { apiStep } from './step';
import { statusFailure } from './status';
import type { Admitted } from './filters';

export function handleTokenRequest(ctx: Ctx, ex: Exchange, { info }: Admitted): void {
  const body: JsonObject = ex.request.body ?? {};
  const podName = str(body, 'spec.boundObjectRef.name') ?? '';
  const node = ex.credential.commonName.replace(/^system:node:/, '');
  const pod = getEntry(ctx.state.etcd, `/registry/pods/${info.namespace}/${podName}`)?.value;
  const boundTo = pod ? (str(pod, 'spec.nodeName') ?? '') : '';
  apiStep(ctx, { id: 'apiserver.decode', level: 'deep', stage: 'decode', text: { key: 'apiserver.decode', params: { kind: 'TokenRequest', changes: 0, fieldValidation: 'Warn' } } });
  apiStep(ctx, { id: 'apiserver.admission.mutating', level: 'deep', stage: 'mutating-admission', text: { key: 'apiserver.admission.noderestriction.token', params: { node, pod: podName, boundTo } } });
  if (!pod || boundTo !== node) {
    const message = `serviceaccounts "${info.name}" is forbidden: node requested token bound to a pod scheduled on a different node`;
    respond(ctx, ex, jsonResponse(403, statusFailure(403, 'Forbidden', message)), { text: { key: 'apiserver.response.error', params: { status: 403, reason: 'Forbidden' } } });
    return;
  }
  const seconds = typeof (isObject(body.spec) ? body.spec.expirationSeconds : undefined) === 'number' ? Number((body.spec as JsonObject).expirationSeconds) : 3600;
  apiStep(ctx, {
    id: 'apiserver.token',
    level: 'deep',
    stage: 'storage',
    text: { key: 'apiserver.token', params: { serviceAccount: `${info.namespace}/${info.name}`, pod: podName, seconds } },
    detail: { stored: false, audience: 'https://kubernetes.default.svc.cluster.local', boundTo: `Pod ${podName}` },
  });
  const response: JsonObject = {
    ...body,
    metadata: { name: info.name, namespace: info.namespace, creationTimestamp: timestamp(ctx.state.clock) },
    status: { token: 'eyJhbGciOiJSUzI1NiIsImtpZCI6…(signed JWT, elided)', expirationTimestamp: timestamp(ctx.state.clock + seconds * 1000) },
  };
  respond(ctx, ex, jsonResponse(201, response), { text: { key: 'apiserver.response.token', params: { status: 201, seconds } } });
}
