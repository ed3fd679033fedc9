// English words for issue #7: the kube-apiserver flags the engine models, the audit and raft
// steps they switch on, and how the control plane starts from static Pod manifests.
import type { StepWords } from './types';

export const enStepsConfig: Record<string, StepWords> = {
  'apiserver.authn.rejected': { title: 'No credentials accepted: 401', narration: 'No authenticator identifies the caller and anonymous authentication is off (--anonymous-auth=false, or reset to false by AlwaysAllow), so the request stops with 401 Unauthorized.' },
  'apiserver.authn.unverified': { title: 'Certificate unverified: system:anonymous', narration: 'kubectl presents its client certificate, but without --client-ca-file there is no x509 authenticator to verify it, so it names nobody. Anonymous authentication is on: the user becomes system:anonymous in group system:unauthenticated, and authorization decides.' },
  'apiserver.authz.modes': { title: 'API server authorizes {verb} {resource}', narration: 'The authorizer chain is --authorization-mode={modes}, tried in that order after the system:masters check. The {authorizer} authorizer decides for {user}: {reason}.' },
  'apiserver.audit.received': { title: 'Audit: RequestReceived for {user}', narration: 'With --audit-policy-file and --audit-log-path set, the audit filter writes an audit.k8s.io/v1 Event at stage RequestReceived for {user} ({verb}) to {path}. The policy\'s level decides how much of the request it records.' },
  'apiserver.audit.response': { title: 'Audit: {stage} ({status})', narration: 'As the response goes out, the audit filter writes the same audit ID again at stage {stage} with the response code {status}, one JSON line in {path}. A watch logs ResponseStarted now and ResponseComplete only when it ends.' },
  'kubelet.serve.unauthorized': { title: 'kubelet refuses: 401 Unauthorized', narration: 'kube-apiserver called {url} without a client certificate (no --kubelet-client-certificate/--kubelet-client-key). The kubelet accepts no anonymous callers, so it answers 401 and no log or exec reaches the user.' },
  'etcd.raft': { title: 'etcd commits on a quorum', narration: 'With {members} etcd members the write is a raft proposal: the leader appends it to its log, sends it to the followers and commits once {quorum} members have it. Then revision {revision} is applied and answered.' },
  'bootstrap.kubelet.manifests': { title: 'kubelet reads /etc/kubernetes/manifests', narration: 'systemd starts the kubelet on {node}. Its file source (staticPodPath, which kubeadm sets to {dir}) holds {count} manifests: {files}. There is no API server and no scheduler yet; the kubelet needs neither to run these Pods.' },
  'bootstrap.kubelet.start': { title: 'kubelet starts {component}', narration: 'The kubelet runs the static Pod {pod} itself, through the container runtime (RunPodSandbox, CreateContainer, StartContainer), with host networking on {ip}. Its command line is the manifest\'s: {summary}.' },
  'bootstrap.etcd.ready': { title: 'etcd serves on 2379', narration: 'etcd listens for clients on {url} and keeps its data in /var/lib/etcd on the node. Only kube-apiserver will talk to it.' },
  'bootstrap.apiserver.ready': { title: 'kube-apiserver answers on {port}', narration: 'kube-apiserver connects to etcd ({etcd}) and serves HTTPS on port {port}. Its post-start hooks write the system namespaces and the bootstrap RBAC policy, and give the kubernetes Service the first address of --service-cluster-ip-range: {clusterIP}.' },
  'bootstrap.kubelet.mirror': { title: 'kubelet registers mirror Pod {pod}', narration: 'Now that the API server answers, the kubelet creates a mirror Pod for its static Pod {pod} in kube-system: a read-only copy with the kubernetes.io/config.mirror annotation, so kubectl can see it. Deleting it does not stop the Pod.' },
  'bootstrap.ps': { title: 'ps aux on {node}', narration: 'The processes on the control-plane node: the kubelet (a systemd service, not a Pod) and the four control-plane components it started from their manifests, each with its flags.' },
};

/** One sentence per modelled flag: what it does to a request. */
export const enFlags: Record<string, string> = {
  'authorization-mode': 'Which authorizers decide after authentication, in order; the first Allow or Deny wins. kubeadm sets Node,RBAC; the binary alone defaults to AlwaysAllow.',
  'authorization-webhook-config-file': 'The kubeconfig of the server the Webhook authorizer POSTs SubjectAccessReviews to (required with mode Webhook).',
  'enable-admission-plugins': 'Admission plugins to switch on besides the defaults. They run in the fixed order of the code, never in the order listed here. kubeadm adds NodeRestriction.',
  'disable-admission-plugins': 'Default admission plugins to switch off.',
  'anonymous-auth': 'Whether a request no authenticator identifies becomes system:anonymous (then usually 403) instead of 401. Forced off when AlwaysAllow is a mode.',
  'client-ca-file': 'The CA that signs client certificates. Without it there is no x509 authenticator: kubectl\'s certificate identifies nobody.',
  'audit-policy-file': 'The audit policy: which requests are logged and at what level. Needs a backend (--audit-log-path) too; kubeadm sets neither.',
  'audit-log-path': 'The file audit events are written to, one JSON line per stage.',
  'encryption-provider-config': 'An EncryptionConfiguration: Secrets are stored in etcd as k8s:enc:aescbc:v1:<key>: ciphertext instead of plain protobuf. Not simulated yet: kubewalk has no kubectl create secret.',
  'etcd-servers': 'The etcd members kube-apiserver writes to. With three, each write is committed by a raft quorum (2 of 3).',
  'secure-port': 'The HTTPS port kube-apiserver listens on (kubeadm: 6443), the port in every kubeconfig\'s server address.',
  'service-cluster-ip-range': 'The range Service ClusterIPs come from; the kubernetes Service gets its first address.',
  'kubelet-client-certificate': 'The client certificate kube-apiserver shows a kubelet on :10250 for logs and exec.',
  'kubelet-client-key': 'The key of that certificate.',
  'event-ttl': 'How long Events live: they are written with an etcd lease of this TTL (default 1h).',
};

/** Flags and plugins older course notes show that today's kube-apiserver no longer has. */
export const enRemoved: Record<string, string> = {
  'insecure-port': 'Served the API over plain HTTP with no authentication or authorization. Deprecated, then removed (v1.24): the binary now stops with "unknown flag: --insecure-port".',
  'insecure-bind-address': 'The address of that plain-HTTP port; removed with it.',
  'experimental-encryption-provider-config': 'The old name of --encryption-provider-config; renamed, then removed. Use --encryption-provider-config.',
  'enable-swagger-ui': 'Served the old Swagger UI at /swagger-ui; removed with Swagger 1.2. The API publishes OpenAPI at /openapi/v2 and /openapi/v3.',
  'admission-control': 'The old single list of admission plugins, in the order given; replaced by --enable-admission-plugins and --disable-admission-plugins, whose order does not matter.',
  Initializers: 'An alpha admission plugin (with InitializerConfiguration) that let controllers modify objects before they became visible; removed in favour of mutating admission webhooks. Listing it now fails with: enable-admission-plugins plugin "Initializers" is unknown.',
};
