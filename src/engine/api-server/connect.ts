// pods/log and pods/exec: the only requests for which kube-apiserver dials a kubelet. It reads the
// Pod, finds its node, and calls https://<node IP>:10250 with its kubelet client certificate;
// the kubelet's answer is streamed back (reference C12).
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { HOP_MS, jsonResponse, respond } from '../core/http';
import { list, str, text } from '../core/json';
import { apiStep } from './step';
import { statusFailure } from './status';
import type { Admitted } from './filters';
import { hasKubeletClientCert, kubeletClientCert, kubeletRejects } from './kubelet-client';
import { nodeSpec } from '../core/node-spec';

export function handleConnect(ctx: Ctx, ex: Exchange, { info }: Admitted): void {
  const key = `/registry/pods/${info.namespace}/${info.name}`;
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'connect-read', subresource: info.subresource } }, 1);
}

export function connectRead(ctx: Ctx, ex: Exchange, subresource: string, kv: EtcdResult['kvs'][number] | undefined, key: string): void {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const fail = (code: number, reason: string, message: string): void =>
    respond(ctx, ex, jsonResponse(code, statusFailure(code, reason, message, { name, kind: 'pods' })), { text: { key: 'apiserver.response.error', params: { status: code, reason } } });
  if (!kv) return fail(404, 'NotFound', `pods "${name}" not found`);
  const node = str(kv.value, 'spec.nodeName');
  if (!node) return fail(400, 'BadRequest', `pod ${name} does not have a host assigned`);
  const ip = nodeSpec(ctx.cluster, node)?.internalIP ?? '';
  const container = text(list(kv.value, 'spec.containers')[0]?.name);
  const ns = str(kv.value, 'metadata.namespace') ?? '';
  const url = subresource === 'log' ? `https://${ip}:10250/containerLogs/${ns}/${name}/${container}` : `https://${ip}:10250/exec/${ns}/${name}/${container}`;
  apiStep(ctx, {
    id: 'apiserver.connect',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: 'apiserver.connect', params: { pod: `${ns}/${name}`, node, url } },
    detail: { url, clientCertificate: kubeletClientCert(ctx), servingCertificateVerified: 'no (kubeadm sets no --kubelet-certificate-authority)' },
  });
  if (!hasKubeletClientCert(ctx)) return kubeletRejects(ctx, ex, node, url);
  send(ctx, { type: 'kubelet.serve', node, exchange: ex, pod: kv.value, subresource, url }, HOP_MS);
}

/** The kubelet answered: stream its output back to the client. */
export function kubeletAnswered(ctx: Ctx, ex: Exchange, status: number, body: string): void {
  if (status >= 400) {
    respond(ctx, ex, jsonResponse(status, statusFailure(status, 'Unauthorized', body)), { text: { key: 'apiserver.response.error', params: { status, reason: 'Unauthorized' } } });
    return;
  }
  const upgrade = status === 101;
  respond(ctx, ex, { status, statusText: upgrade ? 'Switching Protocols' : 'OK', headers: upgrade ? { Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-Websocket-Protocol': 'v5.channel.k8s.io' } : { 'Content-Type': 'text/plain' }, body }, {
    text: { key: upgrade ? 'apiserver.response.exec' : 'apiserver.response.logs', params: { status } },
  });
}
