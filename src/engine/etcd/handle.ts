// etcd as a component. Only kube-apiserver sends it requests; it answers, and notifies the
// API server's watch (one etcd watch per resource prefix, feeding the watch cache).
import type { EtcdPayload } from '../types';
import type { EtcdOp, EtcdResult, Exchange, StorageStep } from '../core/messages';
import { record, send, update, type Ctx } from '../core/ctx';
import { HOP_MS } from '../core/http';
import { deeper } from '../api-server/levels';
import { compareAndDelete, compareAndPut, range } from './kv';
import { raftCommit } from './raft';

export function handleEtcdRequest(ctx: Ctx, exchange: Exchange, op: EtcdOp, then: StorageStep): void {
  if (op.op === 'Range') {
    const rows = range(ctx.state.etcd, op.key, op.prefix);
    const result: EtcdResult = {
      succeeded: true,
      revision: ctx.state.etcd.revision,
      modRevision: rows.length === 1 && !op.prefix ? (rows[0]?.entry.modRevision ?? 0) : 0,
      kvs: op.countOnly ? [] : rows.map((r) => ({ key: r.key, value: r.entry.value, modRevision: r.entry.modRevision })),
    };
    const revisionCheck = then.kind === 'list-revision-check';
    const payload: EtcdPayload = { op: 'Range', key: op.key, succeeded: true, revision: result.revision, modRevision: result.modRevision };
    record(ctx, {
      id: 'etcd.range',
      actor: 'etcd',
      from: 'kube-apiserver',
      to: 'etcd',
      level: revisionCheck || then.kind === 'get' || then.kind === 'list-range' ? deeper(exchange.story.chain) : 'deep',
      stage: 'storage',
      text: { key: revisionCheck ? 'etcd.range.revision' : then.kind === 'list-range' ? 'etcd.range.list' : 'etcd.range.get', params: { key: op.key, revision: result.revision, count: rows.length } },
      etcd: payload,
      misconception: revisionCheck && op.key === '/registry/minions/' ? 'nodes-registry-path' : undefined,
    });
    send(ctx, { type: 'etcd.response', exchange, op, then, result }, HOP_MS);
    return;
  }
  const expected = op.op === 'Create' ? 0 : op.expectedModRevision;
  const outcome = op.op === 'Delete' ? compareAndDelete(ctx.state.etcd, op.key, expected) : compareAndPut(ctx.state.etcd, op.key, expected, op.value, op.op === 'Create' ? op.leaseTtl : undefined);
  update(ctx, { etcd: outcome.etcd });
  const compare = `mod_revision("${op.key}") == ${expected}`;
  // Drafts are written field by field: conditional spreads gave each step its own object shape.
  record(ctx, {
    id: 'etcd.txn',
    actor: 'etcd',
    from: 'kube-apiserver',
    to: 'etcd',
    level: exchange.story.write,
    stage: 'storage',
    text: {
      key: `etcd.txn.${op.op.toLowerCase()}${outcome.succeeded ? '' : '.failed'}`,
      params: { key: op.key, revision: outcome.etcd.revision, expected },
    },
    etcd: { op: 'Txn', key: op.key, compare, then: op.op === 'Delete' ? 'Delete' : 'Put', succeeded: outcome.succeeded, revision: outcome.etcd.revision, modRevision: outcome.modRevision, ...(op.op === 'Create' && op.stored ? { stored: op.stored } : {}) },
    misconception:
      op.op === 'Create' && outcome.succeeded && !op.stored?.startsWith('k8s:enc:')
        ? 'etcd-stores-json'
        : op.op === 'Update' && then.kind === 'update-write' && exchange.purpose.kind === 'binding'
          ? 'rv-per-object'
          : undefined,
  });
  if (outcome.succeeded) raftCommit(ctx, op.key, outcome.etcd.revision);
  const result: EtcdResult = { succeeded: outcome.succeeded, revision: outcome.etcd.revision, modRevision: outcome.modRevision, kvs: [] };
  send(ctx, { type: 'etcd.response', exchange, op, then, result }, HOP_MS);
  if (outcome.event) send(ctx, { type: 'etcd.notify', event: outcome.event }, HOP_MS);
}
