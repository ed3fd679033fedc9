// The step ids and narration keys the configuration hooks and the control-plane start add; the
// engine's key lists (keys.ts) include them.

export const CONFIG_STEP_IDS = [
  'apiserver.audit.event', 'etcd.raft',
  'bootstrap.kubelet.manifests', 'bootstrap.kubelet.start', 'bootstrap.etcd.ready', 'bootstrap.apiserver.ready',
  'bootstrap.kubelet.mirror', 'bootstrap.ps',
] as const;

export const CONFIG_TEXT_KEYS = [
  'apiserver.authn.rejected', 'apiserver.authn.unverified', 'apiserver.authz.modes', 'apiserver.audit.received', 'apiserver.audit.response', 'kubelet.serve.unauthorized', 'etcd.raft',
  'bootstrap.kubelet.manifests', 'bootstrap.kubelet.start', 'bootstrap.etcd.ready', 'bootstrap.apiserver.ready',
  'bootstrap.kubelet.mirror', 'bootstrap.ps',
] as const;
