// How the kubelet on a node calls kube-apiserver: its client certificate (CN system:node:<node>,
// O system:nodes, which the Node authorizer and NodeRestriction key on) and its User-Agent.
import type { Outgoing } from '../core/http';
import type { Credential, HttpRequest } from '../core/messages';
import type { JsonObject } from '../types';
import { userAgent } from '../version';

const kubeletCredential = (node: string): Credential => ({ type: 'x509', commonName: `system:node:${node}`, organizations: ['system:nodes'] });

const KUBELET_USER_AGENT = userAgent('kubelet');

/** Sender, credential and request of a call from this node's kubelet. */
export function fromKubelet(
  node: string,
  method: HttpRequest['method'],
  path: string,
  contentType: string,
  body: JsonObject,
): Pick<Outgoing, 'from' | 'credential' | 'request'> {
  return {
    from: `kubelet/${node}`,
    credential: kubeletCredential(node),
    request: { method, path, headers: { 'Content-Type': contentType, 'User-Agent': KUBELET_USER_AGENT }, body },
  };
}
