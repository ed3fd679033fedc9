import type { ApiServerStage, JsonObject, Level, Text } from '../types';
import { recordApi, type Ctx } from '../core/ctx';

/**
 * Records a step that happens inside kube-apiserver, straight from the caller's fields (a spread
 * of callers' objects, each its own shape, made a dictionary-mode copy per step).
 */
export function apiStep(
  ctx: Ctx,
  s: { id: string; level: Level; stage: ApiServerStage; text: Text; detail?: JsonObject; misconception?: string },
): void {
  recordApi(ctx, s.id, s.level, s.stage, s.text, s.misconception, s.detail);
}
