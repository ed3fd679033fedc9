// Parses the kubectl command lines the engine supports into what kubectl would do. Global flags
// (-n, -A, -o, --as, --as-group) may appear anywhere, as in real kubectl.
import { parseFlags, FLAG_HELP, type Flags } from './flags';
import type { Taint } from '../types';
import { parseCreateSecret } from './secret';
import { w, type Said } from '../core/said';

export type { Flags } from './flags';

export type GetResource = 'nodes' | 'pods';

export type KubectlCommand =
  | { verb: 'get'; resource: GetResource; name?: string; flags: Flags }
  | { verb: 'run'; name: string; image: string; flags: Flags }
  | { verb: 'create'; file: string; flags: Flags }
  | { verb: 'auth-can-i'; canVerb: string; canResource: string; flags: Flags }
  | { verb: 'delete'; resource: 'pods'; name: string; flags: Flags }
  | { verb: 'create-deployment'; name: string; image: string; replicas: number; flags: Flags }
  | { verb: 'scale'; name: string; replicas: number; flags: Flags }
  | { verb: 'logs'; name: string; flags: Flags }
  | { verb: 'exec'; name: string; command: string[]; flags: Flags }
  | { verb: 'cordon' | 'uncordon'; node: string; flags: Flags }
  | { verb: 'taint'; node: string; taint: Taint; remove: boolean; flags: Flags }
  | { verb: 'describe'; resource: 'pods'; name: string; flags: Flags }
  | { verb: 'apply'; file: string; flags: Flags }
  | { verb: 'replace'; file: string; flags: Flags }
  | { verb: 'create-secret'; name: string; data: Record<string, string>; flags: Flags };

export type ParsedCommand = { ok: true; command: KubectlCommand } | { ok: false; error: Said; hint: Said };

export const SUPPORTED_COMMANDS: readonly string[] = [
  'kubectl get nodes',
  'kubectl get pods',
  'kubectl run NAME --image=IMAGE',
  'kubectl create -f FILE',
  'kubectl get pod NAME',
  'kubectl auth can-i VERB RESOURCE',
  'kubectl get pods -w',
  'kubectl delete pod NAME [--grace-period=N] [--force]',
  'kubectl create deployment NAME --image=IMAGE [--replicas=N]',
  'kubectl scale deployment NAME --replicas=N',
  'kubectl logs POD',
  'kubectl exec POD -- COMMAND [ARGS]',
  'kubectl cordon NODE',
  'kubectl uncordon NODE',
  'kubectl taint nodes NODE KEY[=VALUE]:EFFECT[-]',
  'kubectl describe pod NAME',
  'kubectl apply -f FILE [--server-side]',
  'kubectl replace -f FILE',
  'kubectl create secret generic NAME --from-literal=KEY=VALUE [...]',
];

const RESOURCE_ALIASES: Record<string, GetResource> = {
  nodes: 'nodes',
  node: 'nodes',
  no: 'nodes',
  pods: 'pods',
  pod: 'pods',
  po: 'pods',
};

const CAN_I_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', '*'];

/** The hint on every refusal: words, so a catalog can say them; the commands and flags stay kubectl's. */
export const GENERAL_HINT = w`supported commands: ${SUPPORTED_COMMANDS.join('; ')}; flags: ${FLAG_HELP}`;

function fail(error: Said): ParsedCommand {
  return { ok: false, error, hint: GENERAL_HINT };
}

export function parseCommand(line: string): ParsedCommand {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).filter((word) => word.length > 0);
  if (words[0] !== 'kubectl') return fail(w`"${trimmed}" is not a kubectl command`);
  // Everything after `--` belongs to the command kubectl exec runs, not to kubectl.
  const dashes = words.indexOf('--');
  const after = dashes >= 0 ? words.slice(dashes + 1) : [];
  const parsed = parseFlags(words.slice(1, dashes >= 0 ? dashes : undefined));
  if (!parsed.ok) return fail(w`${parsed.error} in "${trimmed}"`);
  const { flags, args, image, file } = parsed;
  const [verb, ...rest] = args;
  if (flags.serverSide && verb !== 'apply') return fail(w`unsupported: "${trimmed}" (--server-side only applies to apply)`);
  if (verb === 'get') {
    const resource = rest[0] ? RESOURCE_ALIASES[rest[0]] : undefined;
    if (!resource || rest.length > 2) return fail(w`unsupported: "${trimmed}" (get takes nodes or pods, and for pods an optional NAME)`);
    const name = rest[1];
    if (name && resource === 'nodes') return fail(w`unsupported: "${trimmed}" (get a single node is not modelled; use kubectl get nodes)`);
    if (image !== undefined || file !== undefined) return fail(w`unsupported: "${trimmed}" (get takes no --image or -f)`);
    if (flags.watch && (resource !== 'pods' || name || flags.output === 'yaml' || flags.output === 'json')) return fail(w`unsupported: "${trimmed}" (-w is modelled for kubectl get pods [-n NS|-A] [-o wide])`);
    return { ok: true, command: name ? { verb: 'get', resource, name, flags } : { verb: 'get', resource, flags } };
  }
  if (flags.watch) return fail(w`unsupported: "${trimmed}" (-w only applies to get)`);
  if (verb === 'delete') {
    const [kind, name, extra] = rest;
    if (!kind || RESOURCE_ALIASES[kind] !== 'pods' || !name || extra) return fail(w`unsupported: "${trimmed}" (delete takes pod NAME)`);
    if (flags.force && flags.gracePeriod !== 0) return fail(w`"${trimmed}": --force needs --grace-period=0, as in kubectl delete pod ${name} --grace-period=0 --force`);
    return { ok: true, command: { verb: 'delete', resource: 'pods', name, flags } };
  }
  if (dashes >= 0 && verb !== 'exec') return fail(w`unsupported: "${trimmed}" (only exec takes -- COMMAND)`);
  if (verb === 'logs' || verb === 'exec') {
    const [name, extra] = rest;
    if (!name || extra) return fail(w`"${trimmed}": ${verb} takes one POD name`);
    if (verb === 'logs') return { ok: true, command: { verb: 'logs', name, flags } };
    if (after.length === 0) return fail(w`"${trimmed}": exec needs -- COMMAND, e.g. kubectl exec ${name} -- ls /`);
    return { ok: true, command: { verb: 'exec', name, command: after, flags } };
  }
  if (verb === 'cordon' || verb === 'uncordon') {
    const [node, extra] = rest;
    if (!node || extra) return fail(w`"${trimmed}": ${verb} takes one NODE name`);
    if (image !== undefined || file !== undefined || flags.output || flags.replicas !== undefined) return fail(w`unsupported: "${trimmed}" (${verb} takes only a NODE)`);
    return { ok: true, command: { verb, node, flags } };
  }
  if (verb === 'taint') return parseTaint(trimmed, rest, flags);
  if (verb === 'describe') return parseDescribe(trimmed, rest, flags, image ?? file);
  if (flags.fromLiterals && !(verb === 'create' && rest[0] === 'secret')) return fail(w`unsupported: "${trimmed}" (--from-literal only applies to create secret generic)`);
  if (verb === 'create' && rest[0] === 'secret') {
    if (image !== undefined || file !== undefined || flags.output || flags.replicas !== undefined) return fail(w`unsupported: "${trimmed}" (create secret generic takes NAME, --from-literal and -n NS)`);
    const secret = parseCreateSecret(rest.slice(1), flags);
    return secret.ok ? { ok: true, command: { verb: 'create-secret', name: secret.name, data: secret.data, flags } } : fail(w`"${trimmed}": ${secret.error}`);
  }
  if (verb === 'create' && rest[0] === 'deployment') return parseCreateDeployment(trimmed, rest.slice(1), flags, image);
  if (verb === 'scale') return parseScale(trimmed, rest, flags);
  if (flags.replicas !== undefined) return fail(w`unsupported: "${trimmed}" (--replicas only applies to create deployment and scale)`);
  if (flags.gracePeriod !== undefined || flags.force || flags.noWait) return fail(w`unsupported: "${trimmed}" (--grace-period, --force, --now and --wait only apply to delete)`);
  if (flags.allNamespaces) return fail(w`unsupported: "${trimmed}" (-A/--all-namespaces only applies to get)`);
  if (flags.output && verb !== 'get') return fail(w`unsupported: "${trimmed}" (-o only applies to get)`);
  if (verb === 'run') {
    if (rest.length !== 1 || !rest[0]) return fail(w`"${trimmed}": run needs exactly one NAME`);
    if (!image) return fail(w`"${trimmed}": run needs --image=IMAGE`);
    return { ok: true, command: { verb: 'run', name: rest[0], image, flags } };
  }
  if (verb === 'apply') {
    if (!file || rest.length > 0 || image !== undefined) return fail(w`unsupported: "${trimmed}" (apply takes -f FILE)`);
    return { ok: true, command: { verb: 'apply', file, flags } };
  }
  if (verb === 'replace') {
    if (!file || rest.length > 0 || image !== undefined) return fail(w`unsupported: "${trimmed}" (replace takes -f FILE, a Deployment manifest)`);
    return { ok: true, command: { verb: 'replace', file, flags } };
  }
  if (verb === 'create') {
    if (!file || rest.length > 0) return fail(w`unsupported: "${trimmed}" (create takes -f FILE)`);
    return { ok: true, command: { verb: 'create', file, flags } };
  }
  if (verb === 'auth' && rest[0] === 'can-i') {
    const [, canVerb, canResource] = rest;
    if (!canVerb || !canResource || rest.length !== 3) return fail(w`"${trimmed}": auth can-i takes VERB RESOURCE, e.g. kubectl auth can-i create pods`);
    if (!CAN_I_VERBS.includes(canVerb)) return fail(w`"${trimmed}": unknown verb "${canVerb}" (use one of ${CAN_I_VERBS.join(', ')})`);
    return { ok: true, command: { verb: 'auth-can-i', canVerb, canResource: RESOURCE_ALIASES[canResource] ?? canResource, flags } };
  }
  return fail(w`unsupported kubectl command: "${trimmed}"`);
}

/** The namespace a namespaced request goes to: -n, else the kubeconfig context's (default). */
export function namespaceFor(flags: Flags): string {
  return flags.namespace ?? 'default';
}

const DEPLOYMENT = ['deployment', 'deployments', 'deploy'];

function parseCreateDeployment(line: string, rest: string[], flags: Flags, image: string | undefined): ParsedCommand {
  const [name, extra] = rest;
  if (!name || extra) return fail(w`"${line}": create deployment takes exactly one NAME`);
  if (!image) return fail(w`"${line}": create deployment needs --image=IMAGE`);
  return { ok: true, command: { verb: 'create-deployment', name, image, replicas: flags.replicas ?? 1, flags } };
}

/** `scale deployment web`, `scale deploy/web` and `scale deployment/web` all name one Deployment. */
function parseScale(line: string, rest: string[], flags: Flags): ParsedCommand {
  const [first = '', second, extra] = rest;
  const slash = first.split('/');
  const name = slash.length === 2 && DEPLOYMENT.includes(slash[0] ?? '') && !second ? slash[1] : DEPLOYMENT.includes(first) && !extra ? second : undefined;
  if (!name) return fail(w`unsupported: "${line}" (scale takes deployment NAME)`);
  if (flags.replicas === undefined) return fail(w`"${line}": scale needs --replicas=N`);
  return { ok: true, command: { verb: 'scale', name, replicas: flags.replicas, flags } };
}

const EFFECTS: readonly Taint['effect'][] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** `taint nodes NODE key=value:Effect`, or `key:Effect-` to remove it. */
function parseTaint(line: string, rest: string[], flags: Flags): ParsedCommand {
  const [kind, node, spec, extra] = rest;
  if (!kind || RESOURCE_ALIASES[kind] !== 'nodes' || !node || !spec || extra) return fail(w`unsupported: "${line}" (taint takes nodes NODE KEY[=VALUE]:EFFECT, one taint at a time)`);
  const remove = spec.endsWith('-');
  const m = /^([A-Za-z0-9][-A-Za-z0-9_./]*)(?:=([-A-Za-z0-9_.]*))?:([A-Za-z]+)$/.exec(remove ? spec.slice(0, -1) : spec);
  const effect = m ? EFFECTS.find((e) => e === m[3]) : undefined;
  if (!m || !effect) return fail(w`"${line}": invalid taint spec "${spec}" (write KEY[=VALUE]:EFFECT with EFFECT one of ${EFFECTS.join(', ')})`);
  const taint: Taint = m[2] ? { key: m[1] as string, value: m[2], effect } : { key: m[1] as string, effect };
  return { ok: true, command: { verb: 'taint', node, taint, remove, flags } };
}

/** `describe pod NAME` or `describe pod/NAME`. */
function parseDescribe(line: string, rest: string[], flags: Flags, extraFlag: string | undefined): ParsedCommand {
  const [first = '', second, extra] = rest;
  const slash = first.split('/');
  const [kind, name] = slash.length === 2 && !second ? slash : [first, second];
  if (!kind || RESOURCE_ALIASES[kind] !== 'pods' || !name || extra) return fail(w`unsupported: "${line}" (describe takes pod NAME)`);
  if (extraFlag !== undefined || flags.output || flags.allNamespaces || flags.replicas !== undefined || flags.gracePeriod !== undefined || flags.force || flags.noWait) return fail(w`unsupported: "${line}" (describe pod takes only NAME and -n NS)`);
  return { ok: true, command: { verb: 'describe', resource: 'pods', name, flags } };
}
