// Every step id, narration key and misconception key the engine can emit. Catalogs must cover
// them all (a test checks), and scenario notes may only be keyed by a STEP_ID.

export const STEP_IDS = [
  'kubectl.error', 'kubectl.discovery', 'kubectl.build', 'kubectl.request', 'kubectl.print',
  'apiserver.authn', 'apiserver.audit', 'apiserver.impersonation', 'apiserver.apf', 'apiserver.authz',
  'apiserver.decode', 'apiserver.admission.mutating', 'apiserver.validation', 'apiserver.admission.validating',
  'apiserver.list.plan', 'apiserver.list', 'apiserver.get', 'apiserver.accessreview', 'apiserver.binding', 'apiserver.watchcache', 'apiserver.response',
  'etcd.range', 'etcd.txn',
  'scheduler.watch', 'scheduler.filter', 'scheduler.score', 'scheduler.unschedulable', 'scheduler.assume',
  'scheduler.bind', 'scheduler.event', 'scheduler.forget', 'scheduler.status',
  'controller-manager.watch',
  'kubelet.watch', 'kubelet.admit', 'kubelet.syncPod', 'kubelet.token', 'kubelet.volumes', 'kubelet.status',
  'kubelet.event', 'kubelet.pleg', 'apiserver.token',
  'kubelet.cri.RunPodSandbox', 'kubelet.cri.PodSandboxStatus', 'kubelet.cri.ImageStatus', 'kubelet.cri.PullImage',
  'kubelet.cri.CreateContainer', 'kubelet.cri.StartContainer', 'containerd.cni',
] as const;

export const TEXT_KEYS = [
  'kubectl.error', 'kubectl.discovery', 'kubectl.discovery.openapi', 'kubectl.build',
  'kubectl.request.GET', 'kubectl.request.POST',
  'kubectl.request.GET.one', 'kubectl.request.GET.object', 'kubectl.request.POST.review',
  'kubectl.request.GET.as', 'kubectl.request.POST.as',
  'kubectl.request.GET.one.as', 'kubectl.request.GET.object.as', 'kubectl.request.POST.review.as',
  'kubectl.print.error', 'kubectl.print.get', 'kubectl.print.get.object', 'kubectl.print.run', 'kubectl.print.create',
  'kubectl.print.auth-can-i',
  'apiserver.authn', 'apiserver.authn.token', 'apiserver.authn.failed', 'apiserver.authn.anonymous',
  'apiserver.audit', 'apiserver.impersonation', 'apiserver.impersonation.as', 'apiserver.impersonation.denied',
  'apiserver.apf', 'apiserver.apf.rejected',
  'apiserver.get', 'apiserver.response.get',
  'apiserver.accessreview.allowed', 'apiserver.accessreview.denied', 'apiserver.response.accessreview',
  'apiserver.admission.validating.rejected',
  'apiserver.authz', 'apiserver.authz.denied',
  'apiserver.list.plan', 'apiserver.list',
  'apiserver.decode', 'apiserver.decode.pod', 'apiserver.decode.patch', 'apiserver.decode.strict',
  'apiserver.admission.mutating', 'apiserver.admission.mutating.rejected', 'apiserver.admission.mutating.none',
  'apiserver.admission.noderestriction', 'apiserver.admission.noderestriction.token', 'apiserver.token',
  'apiserver.response.token',
  'apiserver.validation', 'apiserver.validation.pod', 'apiserver.validation.failed',
  'apiserver.validation.binding', 'apiserver.validation.status',
  'apiserver.admission.validating', 'apiserver.admission.validating.none',
  'apiserver.binding', 'apiserver.watchcache',
  'apiserver.response.error', 'apiserver.response.list', 'apiserver.response.created',
  'apiserver.response.created.pod', 'apiserver.response.binding', 'apiserver.response.status',
  'etcd.range.revision', 'etcd.range.get',
  'etcd.txn.create', 'etcd.txn.update', 'etcd.txn.create.failed', 'etcd.txn.update.failed',
  'scheduler.watch.added', 'scheduler.watch.confirmed', 'scheduler.watch.other',
  'scheduler.filter', 'scheduler.unschedulable', 'scheduler.score', 'scheduler.score.tie',
  'scheduler.assume', 'scheduler.bind', 'scheduler.event', 'scheduler.forget', 'scheduler.status',
  'controller-manager.watch', 'controller-manager.watch.owned',
  'kubelet.watch.added', 'kubelet.watch.other', 'kubelet.admit', 'kubelet.admit.rejected',
  'kubelet.syncPod', 'kubelet.token', 'kubelet.volumes', 'kubelet.status.pending', 'kubelet.status.running', 'kubelet.event', 'kubelet.pleg',
  'kubelet.cri.RunPodSandbox', 'kubelet.cri.PodSandboxStatus', 'kubelet.cri.ImageStatus',
  'kubelet.cri.PullImage', 'kubelet.cri.CreateContainer', 'kubelet.cri.StartContainer',
  'containerd.cni',
] as const;

export const MISCONCEPTION_KEYS = [
  'get-is-post', 'run-creates-deployment', 'apf-before-authn', 'admission-on-reads',
  'every-get-reads-etcd', 'nodes-registry-path', 'validation-after-authn', 'etcd-stores-json',
  'created-means-running', 'same-event-for-everyone', 'scheduler-watches-unscheduled',
  'scheduler-uses-usage', 'scheduler-writes-pod', 'podscheduled-by-kubelet', 'rv-per-object',
  'kubelet-pushed', 'kubelet-calls-cni', 'apiserver-updates-status', 'no-credentials-401',
] as const;

export type StepId = (typeof STEP_IDS)[number];
