// metav1.Status: how kube-apiserver reports failures (reference C, "Status object shape").
import type { JsonObject } from '../types';

export function statusFailure(
  code: number,
  reason: string,
  message: string,
  details?: JsonObject,
): JsonObject {
  const s: JsonObject = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message };
  // reason is omitempty: an admission webhook's denial often carries none.
  if (reason) s.reason = reason;
  if (details) s.details = details;
  s.code = code;
  return s;
}

export function statusSuccess(code: number): JsonObject {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code };
}
