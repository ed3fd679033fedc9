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
};
