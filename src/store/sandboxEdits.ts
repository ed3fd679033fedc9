// Cluster edits of a sandbox session: small, named changes applied in order to the starting
// cluster, with a compact text form for the share link (`cluster=+node-3,cpu:node-1:4,…`).
import type { ClusterSpec, NodeSpec, Taint } from '../engine/types';
import { assertNever } from '../playback/assertNever';
import { t } from './lang';

export const CAPACITY_RESOURCES = ['cpu', 'memory', 'pods'] as const;
export type CapacityResource = (typeof CAPACITY_RESOURCES)[number];
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
/** What the engine's ResourceQuota admission counts. */
export const QUOTA_RESOURCES = ['pods', 'requests.cpu', 'requests.memory', 'cpu', 'memory'] as const;
export const RESTRICTED_LABEL = 'pod-security.kubernetes.io/enforce';

export type ClusterEdit =
  | { type: 'nodeAdded'; node: string }
  | { type: 'nodeRemoved'; node: string }
  | { type: 'capacitySet'; node: string; resource: CapacityResource; value: string }
  | { type: 'taintAdded'; node: string; taint: Taint }
  | { type: 'quotaAdded'; namespace: string; resource: string; value: string }
  | { type: 'namespaceRestricted'; namespace: string };

/** The engine's quantity check (engine/core/quantity.ts), passed in: the engine arrives lazily. */
export type QuantityCheck = (kind: 'cpu' | 'memory' | 'count', q: string) => boolean;

const kindOf = (resource: string): 'cpu' | 'memory' | 'count' => (resource.endsWith('cpu') ? 'cpu' : resource.endsWith('memory') ? 'memory' : 'count');

export type EditResult = { ok: true; cluster: ClusterSpec } | { ok: false; error: string };

/** Names as Kubernetes allows them (DNS labels, label keys with a prefix). */
const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

function freeNumber(used: string[], first: number): number {
  let n = first;
  while (used.includes(String(n))) n++;
  return n;
}

/** A new worker like kubeadm's: the first worker's capacity and images, its own IP and pod CIDR. */
function newWorker(cluster: ClusterSpec, name: string): NodeSpec {
  const like = cluster.nodes.find((n) => n.role === 'worker') ?? cluster.nodes[0];
  const host = freeNumber(cluster.nodes.map((n) => n.internalIP.split('.')[3] ?? ''), 10 + cluster.nodes.length);
  const net = freeNumber(cluster.nodes.map((n) => n.podCIDR?.split('.')[2] ?? ''), cluster.nodes.length);
  return {
    name,
    role: 'worker',
    allocatable: like ? { ...like.allocatable } : { cpu: '2', memory: '3920Mi', pods: '110' },
    taints: [],
    unschedulable: false,
    images: like ? [...like.images] : [],
    internalIP: `192.168.56.${host}`,
    podCIDR: `10.244.${net}.0/24`,
  };
}

function withNode(cluster: ClusterSpec, name: string, change: (n: NodeSpec) => NodeSpec): ClusterSpec {
  return { ...cluster, nodes: cluster.nodes.map((n) => (n.name === name ? change(n) : n)) };
}

/** Applies one edit, or says why it cannot apply. */
export function applyEdit(cluster: ClusterSpec, edit: ClusterEdit, isQuantity: QuantityCheck): EditResult {
  const node = 'node' in edit ? cluster.nodes.find((n) => n.name === edit.node) : undefined;
  const fail = (error: string): EditResult => ({ ok: false, error });
  switch (edit.type) {
    case 'nodeAdded':
      if (!NAME.test(edit.node)) return fail(t('edit.nodeName', { node: edit.node }));
      if (node) return fail(t('edit.nodeExists', { node: edit.node }));
      return { ok: true, cluster: { ...cluster, nodes: [...cluster.nodes, newWorker(cluster, edit.node)] } };
    case 'nodeRemoved':
      if (!node) return fail(t('edit.noNode', { node: edit.node }));
      if (node.role !== 'worker') return fail(t('edit.controlPlane', { node: edit.node }));
      return { ok: true, cluster: { ...cluster, nodes: cluster.nodes.filter((n) => n !== node) } };
    case 'capacitySet': {
      if (!node) return fail(t('edit.noNode', { node: edit.node }));
      if (!isQuantity(kindOf(edit.resource), edit.value)) return fail(t('edit.quantity', { value: edit.value, resource: edit.resource, example: edit.resource === 'pods' ? '110' : edit.resource === 'cpu' ? t('edit.quantityOr', { a: '4', b: '500m' }) : '8Gi' }));
      return { ok: true, cluster: withNode(cluster, edit.node, (n) => ({ ...n, allocatable: { ...n.allocatable, [edit.resource]: edit.value } })) };
    }
    case 'taintAdded': {
      const { key, value = '', effect } = edit.taint;
      if (!node) return fail(t('edit.noNode', { node: edit.node }));
      if (!KEY.test(key)) return fail(t('edit.taintKey', { key }));
      if (!VALUE.test(value)) return fail(t('edit.taintValue', { value }));
      if (!(TAINT_EFFECTS as readonly string[]).includes(effect)) return fail(t('edit.taintEffect', { effect: String(effect), effects: TAINT_EFFECTS.join(', ') }));
      if (node.taints.some((t) => t.key === key && t.effect === effect)) return fail(t('edit.taintExists', { node: edit.node, key, effect }));
      const taint: Taint = value ? { key, value, effect } : { key, effect };
      return { ok: true, cluster: withNode(cluster, edit.node, (n) => ({ ...n, taints: [...n.taints, taint] })) };
    }
    case 'quotaAdded': {
      if (!cluster.namespaces.includes(edit.namespace)) return fail(t('edit.noNamespace', { namespace: edit.namespace }));
      if (!(QUOTA_RESOURCES as readonly string[]).includes(edit.resource)) return fail(t('edit.quotaResource', { resource: edit.resource, resources: QUOTA_RESOURCES.join(', ') }));
      if (!isQuantity(kindOf(edit.resource), edit.value)) return fail(t('edit.quotaQuantity', { value: edit.value, resource: edit.resource }));
      // One quota object per namespace, named after the sandbox; each edit sets one hard limit.
      const quotas = cluster.quotas ?? [];
      const mine = quotas.find((q) => q.namespace === edit.namespace && q.name === 'sandbox-quota');
      const hard = { ...(mine?.hard ?? {}), [edit.resource]: edit.value };
      const others = quotas.filter((q) => q !== mine);
      return { ok: true, cluster: { ...cluster, quotas: [...others, { name: 'sandbox-quota', namespace: edit.namespace, hard }] } };
    }
    case 'namespaceRestricted': {
      if (!cluster.namespaces.includes(edit.namespace)) return fail(t('edit.noNamespace', { namespace: edit.namespace }));
      const labels = { ...(cluster.namespaceLabels?.[edit.namespace] ?? {}), [RESTRICTED_LABEL]: 'restricted' };
      return { ok: true, cluster: { ...cluster, namespaceLabels: { ...cluster.namespaceLabels, [edit.namespace]: labels } } };
    }
    default:
      return assertNever(edit);
  }
}

/** Applies edits in order; one that no longer applies is left out and said why. */
export function applyEdits(
  cluster: ClusterSpec,
  edits: readonly ClusterEdit[],
  isQuantity: QuantityCheck,
): { cluster: ClusterSpec; applied: ClusterEdit[]; errors: string[] } {
  let out = cluster;
  const applied: ClusterEdit[] = [];
  const errors: string[] = [];
  for (const edit of edits) {
    const r = applyEdit(out, edit, isQuantity);
    if (r.ok) {
      out = r.cluster;
      applied.push(edit);
    } else errors.push(r.error);
  }
  return { cluster: out, applied, errors };
}

/** One edit as text: `+node-3`, `-node-2`, `cpu:node-1:4`, `taint:node-1:key=value:NoSchedule`, `quota:default:pods=2`, `restricted:default`. */
export function editToText(edit: ClusterEdit): string {
  switch (edit.type) {
    case 'nodeAdded':
      return `+${edit.node}`;
    case 'nodeRemoved':
      return `-${edit.node}`;
    case 'capacitySet':
      return `${edit.resource}:${edit.node}:${edit.value}`;
    case 'taintAdded':
      return `taint:${edit.node}:${edit.taint.key}${edit.taint.value ? `=${edit.taint.value}` : ''}:${edit.taint.effect}`;
    case 'quotaAdded':
      return `quota:${edit.namespace}:${edit.resource}=${edit.value}`;
    case 'namespaceRestricted':
      return `restricted:${edit.namespace}`;
    default:
      return assertNever(edit);
  }
}

/** The inverse of editToText; null for text that is no edit (validity is applyEdit's job). */
export function editFromText(text: string): ClusterEdit | null {
  if (text.startsWith('+')) return { type: 'nodeAdded', node: text.slice(1) };
  if (text.startsWith('-')) return { type: 'nodeRemoved', node: text.slice(1) };
  const [kind, target = '', ...rest] = text.split(':');
  const tail = rest.join(':');
  if ((CAPACITY_RESOURCES as readonly string[]).includes(kind ?? '') && rest.length === 1) {
    return { type: 'capacitySet', node: target, resource: kind as CapacityResource, value: tail };
  }
  if (kind === 'taint' && rest.length === 2) {
    const [kv = '', effect = ''] = rest;
    const [key = '', value] = kv.split('=');
    const taint = { key, effect: effect as Taint['effect'] };
    return { type: 'taintAdded', node: target, taint: value ? { ...taint, value } : taint };
  }
  if (kind === 'quota' && rest.length === 1) {
    const [resource = '', value = ''] = tail.split('=');
    return { type: 'quotaAdded', namespace: target, resource, value };
  }
  if (kind === 'restricted' && rest.length === 0 && target) return { type: 'namespaceRestricted', namespace: target };
  return null;
}

export function editsToText(edits: readonly ClusterEdit[]): string {
  return edits.map(editToText).join(',');
}

/** Parses `a,b,c`; unreadable parts come back as errors. */
export function editsFromText(text: string): { edits: ClusterEdit[]; errors: string[] } {
  const edits: ClusterEdit[] = [];
  const errors: string[] = [];
  for (const part of text.split(',').filter((p) => p.length > 0)) {
    const edit = editFromText(part);
    if (edit) edits.push(edit);
    else errors.push(t('edit.unreadable', { part }));
  }
  return { edits, errors };
}
