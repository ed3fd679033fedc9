// How the kubelet on a node calls kube-apiserver: its client certificate (CN system:node:<node>,
// O system:nodes, which the Node authorizer and NodeRestriction key on) and its User-Agent.
import type { Credential } from '../core/messages';
import { userAgent } from '../version';

export const kubeletCredential = (node: string): Credential => ({ type: 'x509', commonName: `system:node:${node}`, organizations: ['system:nodes'] });

export const KUBELET_USER_AGENT = userAgent('kubelet');
