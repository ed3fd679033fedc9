import type { ApiServerStage, JsonObject, Level, Text } from '../types';
import { record, type Ctx } from '../core/ctx';

/** Records a step that happens inside kube-apiserver. */
export function apiStep(
  ctx: Ctx,
  s: { id: string; level: Level; stage: ApiServerStage; text: Text; detail?: JsonObject; misconception?: string },
): void {
  record(ctx, { ...s, actor: 'kube-apiserver', from: 'kube-apiserver', to: 'kube-apiserver' });
}
