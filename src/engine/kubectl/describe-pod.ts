// What `kubectl describe pod` prints (kubectl's PodDescriber), for the fields the engine's Pod has.
// Lines carry tabs between cells; Go's tabwriter aligns them (kubectl/tabwriter.ts).
import type { JsonObject, JsonValue } from '../types';
import { at, isObject, list, obj, str, text } from '../core/json';
import { eventLines, rfc1123z, since } from './describe-events';
import { tabwrite } from './tabwriter';

/** describe hides the annotation kubectl apply keeps (it would drown the rest). */
const SKIP_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'];

/** printLabelsMultiline and friends: the first entry after the title, the rest under it. */
function multiline(title: string, entries: string[]): string[] {
  if (entries.length === 0) return [`${title}:\t<none>`];
  return entries.map((e, i) => (i === 0 ? `${title}:\t${e}` : `\t${e}`));
}

function labels(title: string, map: JsonObject, sep: string, skip: string[] = []): string[] {
  return multiline(title, Object.keys(map).filter((k) => !skip.includes(k)).sort().map((k) => `${k}${sep}${text(map[k])}`));
}

function tolerations(pod: JsonObject): string[] {
  return multiline('Tolerations', list(pod, 'spec.tolerations').map((t) => {
    let s = text(t.key);
    if (text(t.value)) s += `=${text(t.value)}`;
    if (text(t.effect)) s += `:${text(t.effect)}`;
    if (text(t.operator)) s += ` op=${text(t.operator)}`;
    if (typeof t.tolerationSeconds === 'number') s += ` for ${t.tolerationSeconds}s`;
    return s;
  }));
}

function ports(c: JsonObject, field: 'containerPort' | 'hostPort', title: string): string {
  const all = list(c, 'ports').map((p) => `${typeof p[field] === 'number' ? p[field] : 0}/${text(p.protocol, 'TCP')}`).join(',');
  return all.includes(',') ? `    ${title}s:\t${all}` : `    ${title}:\t${all || '<none>'}`;
}

function state(name: string, s: JsonObject): string[] {
  if (isObject(s.running)) return [`    ${name}:\tRunning`, `      Started:\t${rfc1123z(text(s.running.startedAt))}`];
  if (isObject(s.terminated)) {
    const t = s.terminated;
    const out = [`    ${name}:\tTerminated`];
    if (text(t.reason)) out.push(`      Reason:\t${text(t.reason)}`);
    if (text(t.message)) out.push(`      Message:\t${text(t.message)}`);
    out.push(`      Exit Code:\t${text(t.exitCode, '0')}`);
    if (text(t.startedAt)) out.push(`      Started:\t${rfc1123z(text(t.startedAt))}`);
    if (text(t.finishedAt)) out.push(`      Finished:\t${rfc1123z(text(t.finishedAt))}`);
    return out;
  }
  const reason = isObject(s.waiting) ? text(s.waiting.reason) : '';
  return reason ? [`    ${name}:\tWaiting`, `      Reason:\t${reason}`] : [`    ${name}:\tWaiting`];
}

function resources(c: JsonObject): string[] {
  const out: string[] = [];
  for (const [title, field] of [['Limits', 'limits'], ['Requests', 'requests']] as const) {
    const map = obj(c, `resources.${field}`);
    if (Object.keys(map).length === 0) continue;
    out.push(`    ${title}:`, ...Object.keys(map).sort().map((k) => `      ${k}:\t${text(map[k])}`));
  }
  return out;
}

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => text(x)) : [];
}

function container(c: JsonObject, status: JsonObject | undefined): string[] {
  const out = [`  ${text(c.name)}:`];
  if (status) out.push(`    Container ID:\t${text(status.containerID)}`);
  out.push(`    Image:\t${text(c.image)}`);
  if (status) out.push(`    Image ID:\t${text(status.imageID)}`);
  out.push(ports(c, 'containerPort', 'Port'), ports(c, 'hostPort', 'Host Port'));
  for (const [title, field] of [['Command', 'command'], ['Args', 'args']] as const) {
    const words = strings(c[field]);
    if (words.length) out.push(`    ${title}:`, ...words.map((w) => `      ${w}`));
  }
  if (status) {
    out.push(...state('State', obj(status, 'state')));
    if (isObject(at(status, 'lastState.terminated'))) out.push(...state('Last State', obj(status, 'lastState')));
    out.push(`    Ready:\t${status.ready === true ? 'True' : 'False'}`, `    Restart Count:\t${text(status.restartCount, '0')}`);
  }
  out.push(...resources(c));
  const env = list(c, 'env');
  out.push(...(env.length ? ['    Environment:', ...env.map((e) => `      ${text(e.name)}:\t${isObject(e.valueFrom) ? '<set from valueFrom>' : text(e.value)}`)] : ['    Environment:\t<none>']));
  const mounts = list(c, 'volumeMounts').sort((a, b) => text(a.mountPath).localeCompare(text(b.mountPath)));
  out.push(mounts.length ? '    Mounts:' : '    Mounts:\t<none>');
  for (const m of mounts) out.push(`      ${text(m.mountPath)} from ${text(m.name)} (${m.readOnly === true ? 'ro' : 'rw'})`);
  return out;
}

function volume(v: JsonObject): string[] {
  const out = [`  ${text(v.name)}:`];
  if (isObject(v.projected)) {
    out.push('    Type:\tProjected (a volume that contains injected data from multiple sources)');
    for (const s of list(v, 'projected.sources')) {
      if (isObject(s.secret)) out.push(`    SecretName:\t${text(s.secret.name)}`, `    Optional:\t${s.secret.optional === true}`);
      else if (isObject(s.downwardAPI)) out.push('    DownwardAPI:\ttrue');
      else if (isObject(s.configMap)) out.push(`    ConfigMapName:\t${text(s.configMap.name)}`, `    Optional:\t${s.configMap.optional === true}`);
      else if (isObject(s.serviceAccountToken)) out.push(`    TokenExpirationSeconds:\t${text(s.serviceAccountToken.expirationSeconds)}`);
    }
  } else if (isObject(v.emptyDir)) {
    out.push("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)", `    Medium:\t${text(v.emptyDir.medium)}`, `    SizeLimit:\t${text(v.emptyDir.sizeLimit, '<unset>')}`);
  } else if (isObject(v.hostPath)) {
    out.push('    Type:\tHostPath (bare host directory volume)', `    Path:\t${text(v.hostPath.path)}`, `    HostPathType:\t${text(v.hostPath.type, '<none>')}`);
  } else {
    out.push('    <unknown>');
  }
  return out;
}

function header(pod: JsonObject, clock: number): string[] {
  const out = [`Name:\t${str(pod, 'metadata.name') ?? ''}`, `Namespace:\t${str(pod, 'metadata.namespace') ?? ''}`];
  const priority = at(pod, 'spec.priority');
  if (typeof priority === 'number') out.push(`Priority:\t${priority}`);
  if (str(pod, 'spec.priorityClassName')) out.push(`Priority Class Name:\t${str(pod, 'spec.priorityClassName') ?? ''}`);
  out.push(`Service Account:\t${str(pod, 'spec.serviceAccountName') ?? ''}`);
  const node = str(pod, 'spec.nodeName');
  out.push(`Node:\t${node ? `${node}/${str(pod, 'status.hostIP') ?? ''}` : '<none>'}`);
  const start = str(pod, 'status.startTime');
  if (start) out.push(`Start Time:\t${rfc1123z(start)}`);
  out.push(...labels('Labels', obj(pod, 'metadata.labels'), '='), ...labels('Annotations', obj(pod, 'metadata.annotations'), ': ', SKIP_ANNOTATIONS));
  const phase = str(pod, 'status.phase') ?? '';
  const deleting = str(pod, 'metadata.deletionTimestamp');
  if (deleting && phase !== 'Failed' && phase !== 'Succeeded') {
    out.push(`Status:\tTerminating (lasts ${since(deleting, clock)})`, `Termination Grace Period:\t${text(at(pod, 'metadata.deletionGracePeriodSeconds'), '0')}s`);
  } else {
    out.push(`Status:\t${phase}`);
  }
  if (str(pod, 'status.reason')) out.push(`Reason:\t${str(pod, 'status.reason') ?? ''}`);
  if (str(pod, 'status.message')) out.push(`Message:\t${str(pod, 'status.message') ?? ''}`);
  out.push(`IP:\t${str(pod, 'status.podIP') ?? ''}`);
  const ips = list(pod, 'status.podIPs');
  out.push(...(ips.length ? ['IPs:', ...ips.map((ip) => `  IP:\t${text(ip.ip)}`)] : ['IPs:\t<none>']));
  const owner = list(pod, 'metadata.ownerReferences').find((r) => r.controller === true);
  if (owner) out.push(`Controlled By:\t${text(owner.kind)}/${text(owner.name)}`);
  return out;
}

/** The whole describe output: `events` is null when the event search failed (kubectl then omits the section). */
export function describePod(pod: JsonObject, events: JsonObject[] | null, clock: number): string[] {
  const statuses = list(pod, 'status.containerStatuses');
  const lines = [...header(pod, clock), 'Containers:'];
  for (const c of list(pod, 'spec.containers')) lines.push(...container(c, statuses.find((s) => s.name === c.name)));
  const conditions = list(pod, 'status.conditions');
  if (conditions.length) lines.push('Conditions:', '  Type\tStatus', ...conditions.map((c) => `  ${text(c.type)} \t${text(c.status)} `));
  const volumes = list(pod, 'spec.volumes');
  lines.push(...(volumes.length ? ['Volumes:', ...volumes.flatMap(volume)] : ['Volumes:\t<none>']));
  lines.push(`QoS Class:\t${str(pod, 'status.qosClass') ?? ''}`, ...labels('Node-Selectors', obj(pod, 'spec.nodeSelector'), '='), ...tolerations(pod));
  if (events === null) return tabwrite(lines);
  const table = eventLines(events, clock);
  // An empty list joins the block above; a table follows a flush, so it aligns on its own.
  return events.length === 0 ? tabwrite([...lines, ...table]) : [...tabwrite(lines), ...tabwrite(table)];
}
