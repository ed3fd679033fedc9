// The PodSecurity admission plugin: checks a Pod against the level its namespace enforces
// (`pod-security.kubernetes.io/enforce`). The checks and messages are pod-security-admission's.
import type { JsonObject } from '../../types';
import { at, isObject, list, obj, str } from '../../core/json';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

function containerNames(pod: JsonObject): string[] {
  return list(pod, 'spec.containers').map((c) => (typeof c.name === 'string' ? c.name : ''));
}

function quoted(names: string[]): string {
  return `${names.length === 1 ? 'container' : 'containers'} ${names.map((n) => `"${n}"`).join(', ')}`;
}

function baseline(pod: JsonObject): string[] {
  const out: string[] = [];
  const privileged = list(pod, 'spec.containers').filter((c) => at(c, 'securityContext.privileged') === true).map((c) => str(c, 'name') ?? '');
  if (privileged.length) out.push(`privileged (${quoted(privileged)} must not set securityContext.privileged=true)`);
  if (at(pod, 'spec.hostNetwork') === true) out.push('host namespaces (hostNetwork=true)');
  return out;
}

function restricted(pod: JsonObject): string[] {
  const out: string[] = [];
  const containers = list(pod, 'spec.containers');
  const podSc = obj(pod, 'spec.securityContext');
  const sc = (c: JsonObject): JsonObject => (isObject(c.securityContext) ? c.securityContext : {});
  const names = (pred: (c: JsonObject) => boolean): string[] => containers.filter(pred).map((c) => str(c, 'name') ?? '');
  const ape = names((c) => sc(c).allowPrivilegeEscalation !== false);
  if (ape.length) out.push(`allowPrivilegeEscalation != false (${quoted(ape)} must set securityContext.allowPrivilegeEscalation=false)`);
  const caps = names((c) => {
    const drop = at(sc(c), 'capabilities.drop');
    return !Array.isArray(drop) || !drop.includes('ALL');
  });
  if (caps.length) out.push(`unrestricted capabilities (${quoted(caps)} must set securityContext.capabilities.drop=["ALL"])`);
  const nonRoot = names((c) => (sc(c).runAsNonRoot ?? podSc.runAsNonRoot) !== true);
  if (nonRoot.length) out.push(`runAsNonRoot != true (pod or ${quoted(nonRoot)} must set securityContext.runAsNonRoot=true)`);
  const seccomp = names((c) => {
    const type = at(sc(c), 'seccompProfile.type') ?? at(podSc, 'seccompProfile.type');
    return type !== 'RuntimeDefault' && type !== 'Localhost';
  });
  if (seccomp.length) out.push(`seccompProfile (pod or ${quoted(seccomp)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`);
  return out;
}

/** The violations of `level`, in pod-security-admission's order; empty when the Pod passes. */
export function podSecurityViolations(pod: JsonObject, level: PodSecurityLevel): string[] {
  if (level === 'privileged' || containerNames(pod).length === 0) return [];
  return level === 'baseline' ? baseline(pod) : [...baseline(pod), ...restricted(pod)];
}
