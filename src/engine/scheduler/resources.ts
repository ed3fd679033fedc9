// Requests the scheduler adds up: real requests for fit, "non-zero" requests (100m CPU, 200Mi
// memory for containers that set none) for scoring, as the scheduler framework does.
import type { JsonObject } from '../types';
import { isObject, list } from '../core/json';
import { bytes, milliCpu } from '../core/quantity';

export interface Requests {
  cpu: number;
  memory: number;
}

const NON_ZERO_CPU = 100;
const NON_ZERO_MEMORY = 200 * 2 ** 20;

// Per containers array (shared by every revision of a pod whose spec did not change).
const MEMO = new WeakMap<object, { real: Requests; nonZero: Requests }>();

export function podRequests(pod: JsonObject, nonZero: boolean): Requests {
  const containers = isObject(pod.spec) ? pod.spec.containers : undefined;
  if (!Array.isArray(containers)) return compute(pod, nonZero);
  let m = MEMO.get(containers);
  if (!m) {
    m = { real: compute(pod, false), nonZero: compute(pod, true) };
    MEMO.set(containers, m);
  }
  return nonZero ? m.nonZero : m.real;
}

function compute(pod: JsonObject, nonZero: boolean): Requests {
  let cpu = 0;
  let memory = 0;
  for (const c of list(pod, 'spec.containers')) {
    const res = isObject(c.resources) ? c.resources : {};
    const req = isObject(res.requests) ? res.requests : {};
    const rc = typeof req.cpu === 'string' ? milliCpu(req.cpu) : typeof req.cpu === 'number' ? req.cpu * 1000 : 0;
    const rm = typeof req.memory === 'string' ? bytes(req.memory) : typeof req.memory === 'number' ? req.memory : 0;
    cpu += rc === 0 && nonZero ? NON_ZERO_CPU : rc;
    memory += rm === 0 && nonZero ? NON_ZERO_MEMORY : rm;
  }
  return { cpu, memory };
}

export function sum(a: Requests, b: Requests): Requests {
  return { cpu: a.cpu + b.cpu, memory: a.memory + b.memory };
}
