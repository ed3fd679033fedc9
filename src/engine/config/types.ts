// The kube-apiserver configuration the engine runs with: kubeadm's command line with a scenario's
// overrides applied, resolved into the behaviour each modelled flag selects. Plain JSON.

export const AUTHORIZATION_MODES = ['AlwaysAllow', 'AlwaysDeny', 'ABAC', 'Webhook', 'RBAC', 'Node'] as const;
export type AuthorizationMode = (typeof AUTHORIZATION_MODES)[number];

/** Flag name (without `--`) → value; `null` removes a flag kubeadm sets. */
export type ApiServerOverrides = Record<string, string | null>;

export interface ApiServerFlag {
  name: string;
  value: string;
}

export interface ApiServerConfig {
  /** The effective command line, in kubeadm's order, overrides appended. */
  flags: ApiServerFlag[];
  authorizationModes: AuthorizationMode[];
  /** Enabled admission plugins in the fixed code order (never the flag's order). */
  admissionPlugins: string[];
  /** After the AlwaysAllow reset: anonymous requests are accepted as system:anonymous. */
  anonymousAuth: boolean;
  /** --client-ca-file: the x509 authenticator exists only with it. */
  clientCaFile: string | null;
  /** Audit runs only with a policy file and a log backend. */
  audit: { policyFile: string; logPath: string } | null;
  encryptionProviderConfig: string | null;
  etcdServers: string[];
  securePort: number;
  serviceClusterIpRange: string;
  kubeletClientCertificate: string | null;
  kubeletClientKey: string | null;
  eventTtlSeconds: number;
  /** Flags given that the engine does not model: shown, never silently ignored. */
  notSimulated: string[];
  /** What the binary logs at start (klog warnings), e.g. the AlwaysAllow anonymous reset. */
  warnings: string[];
}

export type ResolveResult = { ok: true; config: ApiServerConfig } | { ok: false; errors: { flag: string; message: string }[] };
