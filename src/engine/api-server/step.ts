import type { ApiServerStage, JsonObject, Level, Text } from '../types';
import { record, type Ctx } from '../core/ctx';

/**
 * Records a step that happens inside kube-apiserver. The draft is written field by field: a
 * spread of callers' objects (each its own shape) made a dictionary-mode copy per step.
 */
export function apiStep(
  ctx: Ctx,
  s: { id: string; level: Level; stage: ApiServerStage; text: Text; detail?: JsonObject; misconception?: string },
): void {
  record(ctx, {
    id: s.id,
    level: s.level,
    actor: 'kube-apiserver',
    from: 'kube-apiserver',
    to: 'kube-apiserver',
    stage: s.stage,
    text: s.text,
    misconception: s.misconception,
    detail: s.detail,
  });
}
