// The ResourceQuota admission plugin: the pod's usage plus what the namespace already uses must
// stay within every matching quota's hard limits, or the create is refused with 403.
import type { JsonObject } from '../../types';
import type { EtcdState } from '../../core/state';
import { obj, str, text } from '../../core/json';
import { bytes, milliCpu } from '../../core/quantity';
import { getEntry, keysWithPrefix } from '../../etcd/kv';
import { podRequests } from '../../scheduler/resources';

export type QuotaOutcome = { ok: true; result: string } | { ok: false; message: string; result: string };

type Usage = Record<string, number>;

function usageOf(pod: JsonObject): Usage {
  const r = podRequests(pod, false);
  return { pods: 1, 'requests.cpu': r.cpu, cpu: r.cpu, 'requests.memory': r.memory, memory: r.memory };
}

function parse(resource: string, q: string): number {
  if (resource.endsWith('cpu')) return milliCpu(q);
  return resource.endsWith('memory') ? bytes(q) : Number(q);
}

function show(resource: string, n: number): string {
  if (resource.endsWith('cpu')) return n % 1000 === 0 ? String(n / 1000) : `${n}m`;
  if (resource.endsWith('memory') && n % 2 ** 20 === 0 && n > 0) return n % 2 ** 30 === 0 ? `${n / 2 ** 30}Gi` : `${n / 2 ** 20}Mi`;
  return String(n);
}

/** Checks every quota in the namespace; the message is the plugin's "exceeded quota: …". */
export function checkQuota(etcd: EtcdState, namespace: string, podName: string, pod: JsonObject): QuotaOutcome {
  const quotas = keysWithPrefix(etcd, `/registry/resourcequotas/${namespace}/`);
  if (quotas.length === 0) return { ok: true, result: `no ResourceQuota in ${namespace}` };
  const used: Usage = {};
  for (const key of keysWithPrefix(etcd, `/registry/pods/${namespace}/`)) {
    const p = getEntry(etcd, key)?.value;
    const phase = p ? str(p, 'status.phase') : undefined;
    if (!p || phase === 'Succeeded' || phase === 'Failed') continue;
    for (const [k, v] of Object.entries(usageOf(p))) used[k] = (used[k] ?? 0) + v;
  }
  const requested = usageOf(pod);
  for (const key of quotas) {
    const quota = getEntry(etcd, key)?.value ?? {};
    const name = str(quota, 'metadata.name') ?? '';
    const hard = obj(quota, 'spec.hard');
    const exceeded = Object.keys(hard).sort().filter((r) => r in requested && (used[r] ?? 0) + (requested[r] ?? 0) > parse(r, text(hard[r])));
    if (exceeded.length === 0) continue;
    const list = (f: (r: string) => string): string => exceeded.map((r) => `${r}=${f(r)}`).join(',');
    const message = `pods "${podName}" is forbidden: exceeded quota: ${name}, requested: ${list((r) => show(r, requested[r] ?? 0))}, used: ${list((r) => show(r, used[r] ?? 0))}, limited: ${list((r) => text(hard[r]))}`;
    return { ok: false, message, result: `exceeded quota ${name}` };
  }
  return { ok: true, result: `within quota (${quotas.map((k) => k.slice(k.lastIndexOf('/') + 1)).join(', ')}); status.used is incremented` };
}
