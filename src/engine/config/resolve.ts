// kubeadm's command line + overrides → the configuration the engine runs with, or the errors the
// real binary prints for bad values (pflag parsing, then each options group's Validate()).
import { admissionErrors, enabledPlugins } from './admission';
import { BINARY_DEFAULTS, KUBEADM_APISERVER_FLAGS } from './kubeadm';
import { MODELLED_FLAGS, REMOVED_FLAGS } from './flags';
import { AUTHORIZATION_MODES, type ApiServerConfig, type ApiServerFlag, type ApiServerOverrides, type AuthorizationMode, type ResolveResult } from './types';
import { parseDuration } from './duration';
import { isCidr } from './cidr';

/** kubeadm's flags with the overrides applied: changed in place, removed with null, new ones appended. */
export function effectiveFlags(overrides: ApiServerOverrides = {}): ApiServerFlag[] {
  const out: ApiServerFlag[] = [];
  for (const f of KUBEADM_APISERVER_FLAGS) {
    const o = overrides[f.name];
    if (o === null) continue;
    out.push(o === undefined ? { ...f } : { name: f.name, value: o });
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== null && !KUBEADM_APISERVER_FLAGS.some((f) => f.name === name)) out.push({ name, value });
  }
  return out;
}

const invalid = (flag: string, value: string, why: string): string => `invalid argument "${value}" for "--${flag}" flag: ${why}`;

export function resolveApiServer(overrides: ApiServerOverrides = {}): ResolveResult {
  const flags = effectiveFlags(overrides);
  const get = (name: string): string | undefined => flags.find((f) => f.name === name)?.value;
  const errors: { flag: string; message: string }[] = [];
  const err = (flag: string, message: string): void => void errors.push({ flag, message });
  const notSimulated: string[] = [];
  for (const f of flags) {
    if (REMOVED_FLAGS.includes(f.name)) err(f.name, `unknown flag: --${f.name}`);
    // kubeadm's other flags and any flag kubewalk does not know: listed, never silently dropped.
    else if (!(f.name in MODELLED_FLAGS)) notSimulated.push(f.name);
  }
  // pflag parses typed values first: a bad bool, int or duration stops the binary at once.
  const anon = get('anonymous-auth') ?? String(BINARY_DEFAULTS.anonymousAuth);
  if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(anon)) err('anonymous-auth', invalid('anonymous-auth', anon, `strconv.ParseBool: parsing "${anon}": invalid syntax`));
  const portText = get('secure-port') ?? String(BINARY_DEFAULTS.securePort);
  const port = /^-?\d+$/.test(portText) ? Number(portText) : NaN;
  if (Number.isNaN(port)) err('secure-port', invalid('secure-port', portText, `strconv.ParseInt: parsing "${portText}": invalid syntax`));
  const ttlText = get('event-ttl') ?? BINARY_DEFAULTS.eventTtl;
  const ttl = parseDuration(ttlText);
  if (ttl === null) err('event-ttl', invalid('event-ttl', ttlText, `time: invalid duration "${ttlText}"`));
  if (errors.length) return { ok: false, errors };

  const modes = (get('authorization-mode') ?? BINARY_DEFAULTS.authorizationMode).split(',').map((m) => m.trim()).filter((m) => m.length > 0);
  if (modes.length === 0) err('authorization-mode', 'at least one authorization-mode must be passed');
  for (const m of modes) {
    if (!(AUTHORIZATION_MODES as readonly string[]).includes(m)) err('authorization-mode', `authorization-mode "${m}" is not a valid mode`);
    if (m === 'ABAC' && !get('authorization-policy-file')) err('authorization-mode', "authorization-mode ABAC's authorization policy file not passed");
    if (m === 'Webhook' && !get('authorization-webhook-config-file')) err('authorization-mode', "authorization-mode Webhook's authorization config file not passed");
  }
  if (get('authorization-webhook-config-file') && !modes.includes('Webhook')) err('authorization-webhook-config-file', 'cannot specify --authorization-webhook-config-file without mode Webhook');
  if (new Set(modes).size !== modes.length) err('authorization-mode', `authorization-mode "[${modes.join(' ')}]" has mode specified more than once`);
  for (const e of admissionErrors(get('enable-admission-plugins'), get('disable-admission-plugins'))) err(e.startsWith('disable') ? 'disable-admission-plugins' : 'enable-admission-plugins', e);
  if (port < 1 || port > 65535) err('secure-port', `--secure-port ${port} must be between 1 and 65535, inclusive. It cannot be turned off with 0`);
  const etcdServers = (get('etcd-servers') ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (etcdServers.length === 0) err('etcd-servers', '--etcd-servers must be specified');
  const range = get('service-cluster-ip-range') ?? '10.0.0.0/24';
  if (!isCidr(range)) err('service-cluster-ip-range', 'service-cluster-ip-range[0] is not a valid cidr');
  if (errors.length) return { ok: false, errors };

  const warnings: string[] = [];
  let anonymousAuth = /^(1|t|T|TRUE|true|True)$/.test(anon);
  if (anonymousAuth && modes.includes('AlwaysAllow')) {
    warnings.push('AnonymousAuth is not allowed with the AlwaysAllow authorizer. Resetting AnonymousAuth to false. You should use a different authorizer');
    anonymousAuth = false;
  }
  const policyFile = get('audit-policy-file');
  const logPath = get('audit-log-path');
  const config: ApiServerConfig = {
    flags,
    authorizationModes: modes as AuthorizationMode[],
    admissionPlugins: enabledPlugins(get('enable-admission-plugins'), get('disable-admission-plugins')),
    anonymousAuth,
    clientCaFile: get('client-ca-file') ?? null,
    audit: policyFile && logPath ? { policyFile, logPath } : null,
    encryptionProviderConfig: get('encryption-provider-config') ?? null,
    etcdServers,
    securePort: port,
    serviceClusterIpRange: range,
    kubeletClientCertificate: get('kubelet-client-certificate') ?? null,
    kubeletClientKey: get('kubelet-client-key') ?? null,
    eventTtlSeconds: ttl ?? 3600,
    notSimulated,
    warnings,
  };
  return { ok: true, config };
}
