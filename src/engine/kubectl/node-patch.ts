// kubectl cordon, uncordon and taint: each reads the Node first (GET), works out the change on the
// client, then sends one strategic merge PATCH of the Node, or nothing when there is nothing to change.
import type { JsonObject, JsonValue, Taint } from '../types';
import type { HttpRequest } from '../core/messages';
import { at, list, text } from '../core/json';
import type { KubectlCommand } from './parse';
import { USER_AGENT } from './request';

export type NodeCommand = Extract<KubectlCommand, { verb: 'cordon' | 'uncordon' | 'taint' }>;

export function isNodeCommand(c: KubectlCommand): c is NodeCommand {
  return c.verb === 'cordon' || c.verb === 'uncordon' || c.verb === 'taint';
}

function headers(command: NodeCommand, session: string, extra: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { ...extra };
  if (command.flags.as) h['Impersonate-User'] = command.flags.as;
  return { ...h, 'User-Agent': USER_AGENT, 'Kubectl-Command': `kubectl ${command.verb}`, 'Kubectl-Session': session };
}

/** A taint as Go marshals it from the two-way merge patch (map keys sorted). */
function taintJson(t: JsonObject): JsonObject {
  const out: JsonObject = { effect: text(t.effect), key: text(t.key) };
  if (t.timeAdded !== undefined) out.timeAdded = t.timeAdded;
  if (typeof t.value === 'string' && t.value !== '') out.value = t.value;
  return out;
}

const sameTaint = (a: JsonObject, b: Taint): boolean => a.key === b.key && a.effect === b.effect;

/** What kubectl does with the Node it read: a PATCH to send, or lines to print without one. */
export function nodePatch(command: NodeCommand, node: JsonObject, session: string): { request: HttpRequest } | { lines: string[] } {
  const name = command.node;
  let spec: JsonObject;
  if (command.verb !== 'taint') {
    const want = command.verb === 'cordon';
    if ((at(node, 'spec.unschedulable') === true) === want) return { lines: [`node/${name} already ${command.verb}ed`] };
    spec = { unschedulable: want ? true : null };
  } else {
    const taints = list(node, 'spec.taints');
    const exists = taints.some((t) => sameTaint(t, command.taint));
    if (!command.remove && exists) return { lines: [`error: node ${name} already has ${command.taint.key} taint(s) with same effect(s) and --overwrite is false`] };
    if (command.remove && !exists) return { lines: [`error: taint "${command.taint.key}:${command.taint.effect}" not found`] };
    const next: JsonValue[] = command.remove
      ? taints.filter((t) => !sameTaint(t, command.taint)).map(taintJson)
      : [...taints.map(taintJson), taintJson({ ...command.taint })];
    spec = { taints: next.length ? next : null };
  }
  const query = command.verb === 'taint' ? '?fieldManager=kubectl-taint' : '';
  return {
    request: {
      method: 'PATCH',
      path: `/api/v1/nodes/${name}${query}`,
      headers: headers(command, session, { Accept: 'application/json', 'Content-Type': 'application/strategic-merge-patch+json' }),
      body: { spec },
    },
  };
}

export function nodePrinted(command: NodeCommand): string {
  if (command.verb === 'taint') return `node/${command.node} ${command.remove ? 'untainted' : 'tainted'}`;
  return `node/${command.node} ${command.verb}ed`;
}
