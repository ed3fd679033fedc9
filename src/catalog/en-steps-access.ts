// English words for the request variants of issue #3: single reads, -o yaml, impersonation,
// access reviews and the failure branches of the filter chain and admission.
import type { StepWords } from './types';

const AS = ' The Impersonate-User header asks the API server to treat the request as {as}.';

export const enStepsAccess: Record<string, StepWords> = {
  'kubectl.request.GET.one': { title: 'kubectl sends GET {path}', narration: 'kubectl sends an HTTPS GET for one named object and asks for a server-rendered Table. There is no limit parameter: it is not a list.' },
  'kubectl.request.GET.object': { title: 'kubectl sends GET {path}', narration: 'For -o yaml or -o json kubectl asks for plain JSON (Accept: application/json), not a Table, and formats the objects itself.' },
  'kubectl.request.POST.review': { title: 'kubectl asks "can I?"', narration: 'kubectl auth can-i POSTs a SelfSubjectAccessReview: the API server answers whether the caller may do the verb on the resource. Nothing is stored.' },
  'kubectl.request.GET.as': { title: 'kubectl sends GET {path} as {as}', narration: `kubectl sends an HTTPS GET to kube-apiserver, asking for a server-rendered Table and at most 500 items (limit=500).${AS}` },
  'kubectl.request.POST.as': { title: 'kubectl sends POST {path} as {as}', narration: `kubectl sends the Pod as JSON in an HTTPS POST to kube-apiserver.${AS}` },
  'kubectl.request.GET.one.as': { title: 'kubectl sends GET {path} as {as}', narration: `kubectl sends an HTTPS GET for one named object.${AS}` },
  'kubectl.request.GET.object.as': { title: 'kubectl sends GET {path} as {as}', narration: `kubectl asks for plain JSON (Accept: application/json) to format it as YAML or JSON.${AS}` },
  'kubectl.request.POST.review.as': { title: 'kubectl asks "can {as}?"', narration: `kubectl auth can-i POSTs a SelfSubjectAccessReview.${AS}` },
  'kubectl.print.get.object': { title: 'kubectl prints the object', narration: 'kubectl formats the JSON it received as {count} lines of YAML or JSON. A list becomes a v1 List, as kubectl always prints it.' },
  'kubectl.print.auth-can-i': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}": the answer in the review\'s status.allowed. The check ran the same authorizers as a real request would.' },

  'apiserver.authn.failed': { title: 'Authentication fails: 401', narration: 'No authenticator accepts the bearer token (expired, revoked or mistyped), so the request stops with 401 Unauthorized before audit, authorization or anything else.' },
  'apiserver.authn.anonymous': { title: 'No credentials: system:anonymous', narration: 'The request carries no client certificate and no token. Anonymous authentication is on, so it is not a 401: the user becomes system:anonymous in group system:unauthenticated, and authorization decides.' },
  'apiserver.impersonation.as': { title: '{user} impersonates {as}', narration: 'The Impersonate-User header asks to act as {as}. {user} may impersonate, so from here on the request is {as} with groups {groups}.' },
  'apiserver.impersonation.denied': { title: 'Impersonation denied: 403', narration: '{user} asked to act as {as}, but no RBAC rule lets {user} impersonate that user, so the request stops with 403 Forbidden.' },
  'apiserver.apf.rejected': { title: 'Priority and fairness rejects: 429', narration: 'FlowSchema {flowSchema} sends the request to priority level {priorityLevel}, whose seats are busy and queues full. APF rejects it with 429 Too Many Requests and Retry-After; client-go would retry it.' },
  'apiserver.get': { title: 'API server reads one {resource}', narration: 'A GET of one object with no resourceVersion asks for the most recent version, so kube-apiserver reads {key} from etcd with a quorum read rather than from its watch cache. Reads never run admission.' },
  'apiserver.response.get': { title: 'API server answers 200 OK', narration: 'kube-apiserver answers 200 with {name} at resourceVersion {resourceVersion}, the etcd revision of its last write.' },
  'apiserver.accessreview.allowed': { title: 'Review: {user} may {verb} {resource}', narration: 'The SelfSubjectAccessReview runs the authorizers for {user}, {verb} {resource} in {namespace}: allowed, {reason}.' },
  'apiserver.accessreview.denied': { title: 'Review: {user} may not {verb}', narration: 'The SelfSubjectAccessReview runs the authorizers for {user}, {verb} {resource} in {namespace}: no rule allows it. The review itself still succeeds.' },
  'apiserver.response.accessreview': { title: 'API server answers 201: {allowed}', narration: 'kube-apiserver answers 201 Created with the review and status.allowed filled in. Reviews are computed, never stored in etcd.' },
  'apiserver.admission.validating.rejected': { title: '{plugin} rejects the Pod', narration: 'Validating admission runs after validation. The {plugin} plugin refuses this Pod, so the request ends here and nothing is written to etcd.' },

  'kubectl.request.DELETE': { title: 'kubectl sends DELETE {path}', narration: 'kubectl sends an HTTPS DELETE for the pod with DeleteOptions propagationPolicy Background (and gracePeriodSeconds if you gave --grace-period).' },
  'kubectl.request.DELETE.as': { title: 'kubectl sends DELETE {path} as {as}', narration: `kubectl sends an HTTPS DELETE for the pod with DeleteOptions.${AS}` },
  'kubectl.request.watch': { title: 'kubectl opens a watch', narration: 'kubectl get -w printed the list; now it sends one more GET with watch=true and the list\'s resourceVersion, and keeps that response open: each change arrives on it as an event.' },
  'kubectl.request.watch.delete': { title: 'kubectl waits with a watch', narration: 'kubectl delete waits until the pod is really gone: it watches the one pod (fieldSelector metadata.name) from the resourceVersion the DELETE returned.' },
  'kubectl.print.delete': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}" when the DELETE answers 200. For a running pod that only means deletion has started: the pod is Terminating until its kubelet stops it.' },
  'kubectl.watch.row': { title: 'Watch event {type}: kubectl prints', narration: 'A {type} event arrives on the open watch, already rendered as a Table row because kubectl asked for as=Table. kubectl prints it: {first}' },
  'kubectl.watch.waiting': { title: 'kubectl sees {type}, keeps waiting', narration: 'kubectl\'s wait receives {type} for {name}: the pod still exists, so it keeps waiting.' },
  'kubectl.watch.deleted': { title: 'kubectl sees DELETED; done', narration: 'The watch delivers DELETED for {name}: the object has left etcd. kubectl closes the watch and returns.' },

  'apiserver.delete.graceful': { title: 'Graceful delete: {seconds}s', narration: 'The pod strategy picks a grace period of {seconds} s ({why}). The pod is not removed: kube-apiserver sets metadata.deletionTimestamp and deletionGracePeriodSeconds, and the pod shows as Terminating.' },
  'apiserver.delete.pending': { title: 'Pod is already terminating', narration: '{pod} already has a deletionTimestamp; the delete does not shorten it, so nothing is written.' },
  'apiserver.delete.now': { title: 'Delete at once (grace 0)', narration: 'The grace period is 0 ({why}), so kube-apiserver removes {pod} from etcd right away with a compare-and-delete.' },
  'apiserver.response.deleted': { title: 'API server answers 200: deleted', narration: 'kube-apiserver answers 200 with the last state of {name}; the key is gone from etcd.' },
  'apiserver.response.terminating': { title: 'API server answers 200: terminating', narration: 'kube-apiserver answers 200 with {name} carrying its deletionTimestamp. The object still exists; the kubelet will finish the job.' },
  'apiserver.watch': { title: 'API server opens a watch', narration: 'kube-apiserver registers a watcher on its watch cache for {prefix} (field selector: {fieldSelector}) from resourceVersion {resourceVersion}. It does not poll: changes are pushed on this one response as they happen.' },
  'apiserver.response.watch': { title: 'API server starts the stream', narration: 'kube-apiserver answers 200 at once with a chunked body that stays open; each watch event is one JSON object on it.' },
  'etcd.txn.delete': { title: 'etcd deletes {key}', narration: 'A Txn deletes the key only if its mod_revision is still {expected}. etcd\'s revision becomes {revision}, and its watch reports a DELETE.' },
  'etcd.txn.delete.failed': { title: 'etcd refuses: object changed', narration: 'The compare failed because {key} changed since it was read; kube-apiserver reads it again and retries.' },

  'kubelet.kill': { title: 'kubelet stops {pod}', narration: 'The kubelet\'s watch shows a deletionTimestamp on {pod}. The pod worker runs any preStop hook, then asks the runtime to stop each container with the remaining grace of {seconds} s.' },
  'kubelet.kill.removed': { title: 'kubelet cleans up {pod}', narration: '{pod} was force-deleted: the API object is already gone, but its containers may still run. The kubelet stops them now; no final DELETE is needed.' },
  'kubelet.delete': { title: 'kubelet sends the final DELETE', narration: 'With every container stopped and the sandbox torn down, the kubelet\'s status manager DELETEs {pod} with gracePeriodSeconds 0 and a UID precondition ({uid}), so it can only remove this very pod.' },
  'kubelet.pull.failed': { title: 'Image pull fails: ErrImagePull', narration: 'containerd could not pull {image}. The kubelet records Failed events and reports the container waiting with reason ErrImagePull; the pod stays Pending.' },
  'kubelet.pull.backoff': { title: 'ImagePullBackOff for {image}', narration: 'On the next sync the image is in back-off (10 s, doubling up to 5 min), so the kubelet does not pull yet and reports ImagePullBackOff. It keeps retrying on that schedule.' },
  'kubelet.cri.StopContainer': { title: 'CRI StopContainer', narration: 'The kubelet asks containerd to stop the container with a timeout of {timeout} s: the runtime sends SIGTERM, and SIGKILL if the process is still there when the timeout ends.' },
  'kubelet.cri.StopPodSandbox': { title: 'CRI StopPodSandbox', narration: 'containerd stops the pause container and calls the CNI plugin with DEL, which releases the pod\'s IP address.' },
  'kubelet.cri.PullImage.failed': { title: 'CRI PullImage {image} fails', narration: 'containerd resolves {image} in the registry and gets not found. The PullImage call returns a gRPC NotFound error to the kubelet.' },
};
