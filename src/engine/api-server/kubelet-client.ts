// --kubelet-client-certificate / --kubelet-client-key: the identity kube-apiserver presents when it
// dials a kubelet on :10250 for logs and exec (reference C12). kubeadm's kubelets accept only
// authenticated callers (anonymous off, webhook authentication on), so without the pair the
// kubelet answers 401 and the API server passes the error on.
import type { Exchange } from '../core/messages';
import { record, send, type Ctx } from '../core/ctx';
import { HOP_MS } from '../core/http';
import { apiServerOf } from '../config/of';

const KUBEADM_CERT = '/etc/kubernetes/pki/apiserver-kubelet-client.crt';

export function hasKubeletClientCert(ctx: Ctx): boolean {
  const c = apiServerOf(ctx.cluster);
  return c.kubeletClientCertificate !== null && c.kubeletClientKey !== null;
}

export function kubeletClientCert(ctx: Ctx): string {
  const c = apiServerOf(ctx.cluster);
  if (!hasKubeletClientCert(ctx)) return 'none: no --kubelet-client-certificate/--kubelet-client-key';
  return c.kubeletClientCertificate === KUBEADM_CERT ? '--kubelet-client-certificate' : `--kubelet-client-certificate=${c.kubeletClientCertificate ?? ''}`;
}

export function kubeletRejects(ctx: Ctx, ex: Exchange, node: string, url: string): void {
  record(ctx, {
    id: 'kubelet.serve',
    level: 'overview',
    actor: `kubelet/${node}`,
    from: 'kube-apiserver',
    to: `kubelet/${node}`,
    text: { key: 'kubelet.serve.unauthorized', params: { node, url } },
    detail: { url, status: '401 Unauthorized', why: 'the API server presented no client certificate; the kubelet does not allow anonymous requests' },
  });
  send(ctx, { type: 'apiserver.kubeletAnswer', exchange: ex, status: 401, body: 'Unauthorized' }, HOP_MS);
}
