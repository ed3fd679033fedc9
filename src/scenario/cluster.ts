// Validates the optional `cluster:` section; anything left out comes from the default cluster.
import type { ClusterSpec, JsonValue, NodeSpec, Taint } from '../engine/types';
import { defaultCluster, isQuantity, isUserPreset, USER_PRESETS, withUser } from '../engine';
import { parsePolicy, POLICY_FIELDS } from './cluster-policy';
import { parseLeaseStops } from './lease-stops';
import type { Checker } from './checker';
import { text } from '../engine/core/json';
import { w } from '../catalog/said';

const NODE_FIELDS = ['name', 'role', 'allocatable', 'taints', 'unschedulable', 'images', 'internalIP', 'podCIDR'] as const;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
const CREDENTIALS = ['x509', 'token', 'invalid-token', 'none'] as const;

function node(c: Checker, path: (string | number)[], v: JsonValue, index: number): NodeSpec | null {
  if (!c.object(path, v, NODE_FIELDS)) return null;
  if (!c.string([...path, 'name'], v.name, w`give the node a name, e.g. node-3`)) return null;
  const role = v.role ?? 'worker';
  if (role !== 'worker' && role !== 'control-plane') c.fail([...path, 'role'], w`unknown role "${text(role)}"`, w`use worker or control-plane`);
  const base = defaultCluster().nodes[1] as NodeSpec;
  const allocatable = { ...base.allocatable };
  if (v.allocatable !== undefined && c.object([...path, 'allocatable'], v.allocatable, ['cpu', 'memory', 'pods'])) {
    for (const [k, kind] of [['cpu', 'cpu'], ['memory', 'memory'], ['pods', 'count']] as const) {
      const q = v.allocatable[k];
      if (q === undefined) continue;
      const quantity = text(q);
      if (!isQuantity(kind, quantity)) c.fail([...path, 'allocatable', k], w`"${quantity}" is not a ${kind} quantity`, kind === 'cpu' ? w`write e.g. "2" or "500m"` : kind === 'memory' ? w`write e.g. "4Gi" or "512Mi"` : w`write a whole number, e.g. "110"`);
      else allocatable[k] = quantity;
    }
  }
  const taints: Taint[] = [];
  if (v.taints !== undefined) {
    if (!Array.isArray(v.taints)) c.fail([...path, 'taints'], w`expected a list`, w`write taints as a list of {key, value, effect}`);
    else v.taints.forEach((t, i) => {
      const tp = [...path, 'taints', i];
      if (!c.object(tp, t, ['key', 'value', 'effect'])) return;
      if (!c.string([...tp, 'key'], t.key, w`a taint needs a key`)) return;
      if (!EFFECTS.includes(t.effect as Taint['effect'])) return c.fail([...tp, 'effect'], w`unknown effect "${text(t.effect)}"`, w`use one of ${EFFECTS.join(', ')}`);
      taints.push(typeof t.value === 'string' ? { key: t.key, value: t.value, effect: t.effect as Taint['effect'] } : { key: t.key, effect: t.effect as Taint['effect'] });
    });
  }
  const images = v.images === undefined ? [...base.images] : c.stringList([...path, 'images'], v.images, w`list image names`) ? v.images : [];
  const out: NodeSpec = {
    name: v.name,
    role: role === 'control-plane' ? 'control-plane' : 'worker',
    allocatable,
    taints,
    unschedulable: v.unschedulable === true,
    images,
    internalIP: typeof v.internalIP === 'string' ? v.internalIP : `192.168.56.${10 + index}`,
    podCIDR: typeof v.podCIDR === 'string' ? v.podCIDR : `10.244.${index}.0/24`,
  };
  return out;
}

export function parseCluster(c: Checker, v: JsonValue | undefined): ClusterSpec {
  const cluster = defaultCluster();
  if (v === undefined) return cluster;
  if (!c.object(['cluster'], v, ['nodes', 'user', 'namespaces', 'leaseStops', ...POLICY_FIELDS])) return cluster;
  if (v.nodes !== undefined) {
    if (!Array.isArray(v.nodes) || v.nodes.length === 0) c.fail(['cluster', 'nodes'], w`expected a non-empty list of nodes`, w`list at least one node, or leave nodes out for the default cluster`);
    else cluster.nodes = v.nodes.map((n, i) => node(c, ['cluster', 'nodes', i], n, i)).filter((n): n is NodeSpec => n !== null);
    const names = cluster.nodes.map((n) => n.name);
    names.forEach((n, i) => names.indexOf(n) !== i && c.fail(['cluster', 'nodes', i, 'name'], w`duplicate node name "${n}"`, w`give every node its own name`));
  }
  if (typeof v.user === 'string') {
    const preset = v.user;
    if (isUserPreset(preset)) Object.assign(cluster, withUser(cluster, preset));
    else c.fail(['cluster', 'user'], w`unknown user "${preset}"`, w`use one of ${USER_PRESETS.join(', ')}, or a mapping {name, groups, credential}`);
  } else if (v.user !== undefined && c.object(['cluster', 'user'], v.user, ['name', 'groups', 'credential'])) {
    const u = v.user;
    if (c.string(['cluster', 'user', 'name'], u.name, w`the certificate CN, e.g. jane`)) cluster.user.name = u.name;
    if (u.groups !== undefined && c.stringList(['cluster', 'user', 'groups'], u.groups, w`the certificate O fields, e.g. [developers]`)) cluster.user.groups = u.groups;
    if (u.credential !== undefined) {
      const credential = CREDENTIALS.find((k) => k === u.credential);
      if (credential) cluster.user.credential = credential;
      else c.fail(['cluster', 'user', 'credential'], w`unknown credential "${text(u.credential)}"`, w`use one of ${CREDENTIALS.join(', ')}`);
    }
  }
  if (v.namespaces !== undefined && c.stringList(['cluster', 'namespaces'], v.namespaces, w`list namespace names`)) {
    // A user preset may have added its namespace already; keep it.
    cluster.namespaces = [...new Set([...v.namespaces, ...cluster.namespaces.filter((n) => !defaultCluster().namespaces.includes(n))])];
  }
  parsePolicy(c, v, cluster);
  if (v.leaseStops !== undefined) parseLeaseStops(c, v.leaseStops, cluster);
  return cluster;
}
