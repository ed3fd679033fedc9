// The volume manager: before any container starts, it mounts the pod's volumes. The projected
// kube-api-access volume needs a token from the TokenRequest API.
import type { HttpResponse } from '../core/messages';
import { record, send, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { fromKubelet } from './identity';
import { list, str, text } from '../core/json';
import type { KubeletPod } from '../core/state';
import { kubeletPod } from './pods';

export function requestToken(ctx: Ctx, node: string, kp: KubeletPod): void {
  const [ns, name] = kp.key.split('/') as [string, string];
  const sa = str(kp.pod, 'spec.serviceAccountName') ?? 'default';
  sendRequest(
    ctx,
    {
      ...fromKubelet(node, 'POST', `/api/v1/namespaces/${ns}/serviceaccounts/${sa}/token`, 'application/vnd.kubernetes.protobuf', {
        kind: 'TokenRequest',
        apiVersion: 'authentication.k8s.io/v1',
        metadata: { creationTimestamp: null },
        spec: { audiences: null, expirationSeconds: 3607, boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name, uid: kp.uid } },
        status: { token: '', expirationTimestamp: null },
      }),
      story: { request: 'deep', chain: 'deep', write: 'deep', response: 'deep' },
      purpose: { kind: 'token', node, podKey: kp.key },
    },
    { id: 'kubelet.token', text: { key: 'kubelet.token', params: { pod: kp.key, serviceAccount: `${ns}/${sa}` } } },
  );
}

export function kubeletTokenResponse(ctx: Ctx, node: string, podKey: string, response: HttpResponse): void {
  const kp = kubeletPod(ctx.state, node, podKey);
  if (!kp || response.status !== 201) return;
  const volumes = list(kp.pod, 'spec.volumes').map((v) => text(v.name));
  record(ctx, {
    id: 'kubelet.volumes',
    level: 'deep',
    actor: `kubelet/${node}`,
    from: `kubelet/${node}`,
    to: `kubelet/${node}`,
    text: { key: 'kubelet.volumes', params: { pod: podKey, volumes: volumes.join(', ') } },
    detail: { mounted: volumes, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', files: ['token', 'ca.crt', 'namespace'] },
  });
  const [ns, name] = podKey.split('/') as [string, string];
  send(ctx, { type: 'cri.request', node, podKey, call: 'RunPodSandbox', request: { config: { metadata: { name, namespace: ns, uid: kp.uid, attempt: 0 }, hostname: name, log_directory: `/var/log/pods/${ns}_${name}_${kp.uid}` }, runtime_handler: '' } }, 1);
}
