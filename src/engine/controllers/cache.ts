// kube-controller-manager's shared informer caches, and helpers the controllers read them with.
import type { JsonObject } from '../types';
import type { ControllerState } from '../core/state';
import { update, type Ctx } from '../core/ctx';
import { list, str } from '../core/json';

export function controllers(ctx: Ctx): ControllerState {
  return ctx.state.controllers;
}

export function setControllers(ctx: Ctx, patch: Partial<ControllerState>): void {
  update(ctx, { controllers: { ...ctx.state.controllers, ...patch } });
}

export const keyOf = (o: JsonObject): string => `${str(o, 'metadata.namespace') ?? ''}/${str(o, 'metadata.name') ?? ''}`;

/** The controller owner (ownerReferences with controller: true) of an object. */
export function controllerOf(o: JsonObject): JsonObject | undefined {
  return list(o, 'metadata.ownerReferences').find((r) => r.controller === true);
}

export function ownerRef(o: JsonObject, kind: string): JsonObject {
  return { apiVersion: 'apps/v1', kind, name: str(o, 'metadata.name') ?? '', uid: str(o, 'metadata.uid') ?? '', controller: true, blockOwnerDeletion: true };
}

export function objectRef(o: JsonObject, kind: string, apiVersion: string): JsonObject {
  return { kind, namespace: str(o, 'metadata.namespace') ?? '', name: str(o, 'metadata.name') ?? '', uid: str(o, 'metadata.uid') ?? '', apiVersion, resourceVersion: str(o, 'metadata.resourceVersion') ?? '' };
}
