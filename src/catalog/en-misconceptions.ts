// "Often said … / what really happens" (reference D).
import type { Misconception } from './types';

export const enMisconceptions: Record<string, Misconception> = {
  'get-is-post': { often: 'kubectl get nodes sends a POST.', really: 'It is a GET (GET /api/v1/nodes?limit=500) with an Accept header that asks for a Table.' },
  'run-creates-deployment': { often: 'kubectl run creates a Deployment.', really: 'Since v1.18 it creates one bare Pod, labelled run=<name>.' },
  'apf-before-authn': { often: 'Rate limiting happens before authentication.', really: 'API Priority and Fairness runs after authentication and impersonation, because it classifies by user, and before authorization.' },
  'admission-on-reads': { often: 'Admission controllers also check reads.', really: 'Admission runs only for create, update, delete and connect, never for get, list or watch.' },
  'every-get-reads-etcd': { often: 'Every get reads etcd.', really: 'Since v1.31 a consistent list is served from the watch cache after a revision check against etcd. Watches are always served from the cache.' },
  'nodes-registry-path': { often: 'Nodes are stored under /registry/nodes.', really: 'They are stored under /registry/minions/<name>, a historical name.' },
  'validation-after-authn': { often: 'The order is authentication, then validation, then etcd.', really: 'The order is authn, audit, impersonation, APF, authz, decode and defaulting, mutating admission, validation, validating admission, then etcd.' },
  'secrets-encrypted': { often: 'Secrets are encrypted in etcd.', really: 'Only with --encryption-provider-config (aescbc, aesgcm, secretbox or kms). kubeadm does not set it, so by default a Secret is stored as plain protobuf; the base64 in its YAML is only an encoding.' },
  'etcd-stores-json': { often: 'etcd stores objects as YAML or JSON.', really: 'Built-in types are stored as protobuf with a k8s\\x00 prefix; only custom resources are stored as JSON.' },
  'created-means-running': { often: '"pod/nginx created" means the pod is running.', really: '201 means only that the Pod is stored in etcd: phase Pending, no nodeName. Scheduling and startup happen later, asynchronously.' },
  'same-event-for-everyone': { often: 'A watch delivers the same event to everyone.', really: 'Watchers with field selectors can see a different type for the same change: the binding is MODIFIED for the scheduler but ADDED for the kubelet.' },
  'scheduler-watches-unscheduled': { often: 'The scheduler watches only unscheduled pods (spec.nodeName=).', really: 'It watches all non-terminal pods (status.phase!=Succeeded,status.phase!=Failed) and sorts them in its own event handlers.' },
  'scheduler-uses-usage': { often: 'The scheduler places pods by actual CPU and memory usage.', really: 'It compares requested resources with allocatable (plus taints, affinity and ports), not live metrics.' },
  'scheduler-writes-pod': { often: 'The scheduler updates the Pod or writes nodeName to etcd.', really: 'It POSTs a Binding to pods/<name>/binding. kube-apiserver sets nodeName; only kube-apiserver talks to etcd.' },
  'podscheduled-by-kubelet': { often: 'The kubelet sets PodScheduled.', really: 'PodScheduled=True is written by the Binding handler in kube-apiserver, together with spec.nodeName.' },
  'update-locks': { often: 'Reading an object to edit it locks it, or the last write simply wins.', really: 'Nothing is locked. An update carries the resourceVersion it was based on; if the object has been written since, the API server answers 409 Conflict and the client must read it again and redo its change (optimistic concurrency).' },
  'rv-per-object': { often: 'resourceVersion is a per-object version number.', really: 'It is etcd\'s global revision at the object\'s last write. Treat it as opaque.' },
  'kubelet-pushed': { often: 'The API server passes the pod to the kubelet.', really: 'The kubelet opened a watch (fieldSelector spec.nodeName=<node>) and receives the bound pod as an event on it. kube-apiserver never dials the kubelet to start pods.' },
  'kubelet-calls-cni': { often: 'The kubelet calls CNI and pulls images.', really: 'The kubelet calls CRI. The container runtime (containerd) runs the CNI plugin and pulls the image.' },
  'apiserver-updates-status': { often: 'The API server updates the pod status.', really: 'The kubelet PATCHes pods/<name>/status; kube-apiserver only validates and stores it.' },
  'no-credentials-401': { often: 'A request without credentials gets 401 Unauthorized.', really: 'With anonymous auth on (the default), it becomes system:anonymous and is usually refused by authorization with 403. Only invalid credentials get 401.' },
  'delete-is-immediate': { often: 'kubectl delete removes the pod at once.', really: 'A running pod gets a deletionTimestamp (30 s grace by default). The kubelet stops its containers, then issues the final DELETE with grace 0; only then does the key leave etcd.' },
  'watch-polls': { often: 'kubectl get -w polls the API server.', really: 'It is one long-lived HTTP response; the API server pushes each change on it from its watch cache.' },
  'heartbeats-to-controller-manager': { often: 'Kubelets send heartbeats to the controller manager, and a failing kubelet reports its node NotReady.', really: 'The kubelet renews a Lease in kube-node-lease through kube-apiserver. The node lifecycle controller watches the Leases; when one stops being renewed, the controller, not the silent kubelet, marks the Node.' },
};
