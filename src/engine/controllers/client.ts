// How kube-controller-manager's controllers call kube-apiserver: kubeadm sets
// --use-service-account-credentials, so each controller has its own service account token.
import type { JsonObject } from '../types';
import type { Credential, HttpMethod, Purpose, Story } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { userAgent } from '../version';
import { timestamp } from '../core/time';
import { eventName } from '../core/events';

/** Named after each controller's service account (`node-controller` is the node lifecycle controller's). */
export type ControllerName = 'deployment' | 'replicaset' | 'node' | 'taint-eviction';

function defaultPurpose(controller: ControllerName, key: string): Purpose {
  return controller === 'deployment' || controller === 'replicaset' ? { kind: 'controller', controller, key } : { kind: 'event' };
}

export function controllerUser(controller: ControllerName): string {
  return `system:serviceaccount:kube-system:${controller}-controller`;
}

function credential(controller: ControllerName): Credential {
  return { type: 'token', commonName: controllerUser(controller), organizations: ['system:serviceaccounts', 'system:serviceaccounts:kube-system'] };
}

export function controllerRequest(
  ctx: Ctx,
  c: { controller: ControllerName; key: string; method: HttpMethod; path: string; body: JsonObject; story: Story; purpose?: Purpose },
  step: { id: string; key: string; params: Record<string, string | number> },
): void {
  const headers: Record<string, string> = {
    'Content-Type': 'application/vnd.kubernetes.protobuf',
    'User-Agent': `${userAgent('kube-controller-manager')}/${controllerUser(c.controller)}`,
    Authorization: 'Bearer <service account token, elided>',
  };
  sendRequest(
    ctx,
    { from: 'kube-controller-manager', credential: credential(c.controller), request: { method: c.method, path: c.path, headers, body: c.body }, story: c.story, purpose: c.purpose ?? defaultPurpose(c.controller, c.key) },
    { id: step.id, text: { key: step.key, params: step.params } },
  );
}

/** A core/v1 Event from a controller's recorder, regarding one object. */
export function controllerEvent(ctx: Ctx, controller: ControllerName, regarding: JsonObject, reason: string, message: string, key: string, level: Story['request'] = 'deep'): void {
  const ns = typeof regarding.namespace === 'string' ? regarding.namespace : 'default';
  const name = typeof regarding.name === 'string' ? regarding.name : '';
  const now = timestamp(ctx.state.clock);
  const body: JsonObject = {
    kind: 'Event',
    apiVersion: 'v1',
    metadata: { name: eventName(name, ctx.state.clock, ctx.state.exchanges), namespace: ns },
    involvedObject: regarding,
    reason,
    message,
    source: { component: `${controller}-controller` },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type: 'Normal',
    reportingComponent: `${controller}-controller`,
    reportingInstance: '',
  };
  controllerRequest(
    ctx,
    { controller, key, method: 'POST', path: `/api/v1/namespaces/${ns}/events`, body, story: { request: level, chain: 'deep', write: 'deep', response: 'deep' } },
    { id: 'controller.event', key: 'controller.event', params: { reason, message } },
  );
}

/** Where a controller's own decisions happen (a step with no request): inside kube-controller-manager. */
export const IN_CONTROLLER_MANAGER = { actor: 'kube-controller-manager', from: 'kube-controller-manager', to: 'kube-controller-manager' } as const;
