// Events on a watch kubectl opened: get -w prints each change as a Table row (each row through
// its own tabwriter, which is why -w output does not line up); delete stops waiting at DELETED.
import type { JsonObject } from '../types';
import { record, update, type Ctx } from '../core/ctx';
import { str } from '../core/json';
import { closeWatch } from '../api-server/watch';
import { printTable } from './print';

export function kubectlWatch(ctx: Ctx, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: JsonObject, key: string, exchangeId: string, fieldSelector?: string): void {
  const reg = ctx.state.watches.find((w) => w.exchangeId === exchangeId);
  if (!reg) return;
  const watch = { watcher: 'kubectl' as const, type, key, resource: reg.resource, resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) };
  const base = { actor: 'kubectl' as const, from: 'kube-apiserver' as const, to: 'kubectl' as const, watch };
  if (reg.table) {
    const allNamespaces = reg.prefix === '/registry/pods/';
    const [, ...rows] = printTable(object, { namespace: null, wide: false, withNamespace: allNamespaces });
    update(ctx, { kubectlOutput: [...ctx.state.kubectlOutput, ...rows] });
    record(ctx, { ...base, id: 'kubectl.watch', level: 'standard', text: { key: 'kubectl.watch.row', params: { type, first: rows[0] ?? '' } }, detail: { output: rows, exchange: exchangeId } });
    return;
  }
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (type !== 'DELETED') {
    record(ctx, { ...base, id: 'kubectl.watch', level: 'deep', text: { key: 'kubectl.watch.waiting', params: { type, name } }, detail: { exchange: exchangeId } });
    return;
  }
  closeWatch(ctx, exchangeId);
  record(ctx, { ...base, id: 'kubectl.watch', level: 'standard', text: { key: 'kubectl.watch.deleted', params: { name } }, detail: { exchange: exchangeId } });
}
