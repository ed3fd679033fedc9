// The kubelet's own HTTPS server on :10250, which kube-apiserver calls for logs and exec. Logs
// come from the container's log file; exec asks the runtime for a streaming endpoint (CRI Exec).
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import { record, send, type Ctx } from '../core/ctx';
import { HOP_MS } from '../core/http';
import { list, str, text } from '../core/json';

/** What the official nginx image writes to stdout when it starts. */
const NGINX_LOG = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

const ROOT = ['bin', 'boot', 'dev', 'docker-entrypoint.d', 'docker-entrypoint.sh', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];

function execOutput(pod: JsonObject, command: string[]): { ok: boolean; text: string } {
  const [cmd = '', ...args] = command;
  const name = str(pod, 'metadata.name') ?? '';
  if (cmd === 'hostname' || (cmd === 'cat' && args[0] === '/etc/hostname')) return { ok: true, text: `${name}\n` };
  if (cmd === 'ls' && (args.length === 0 || args[0] === '/')) return { ok: true, text: `${ROOT.join('\n')}\n` };
  return { ok: false, text: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown` };
}

export function kubeletServe(ctx: Ctx, node: string, ex: Exchange, pod: JsonObject, subresource: string, url: string): void {
  const isLog = subresource === 'log';
  const command = new URLSearchParams(ex.request.path.split('?')[1] ?? '').getAll('command');
  const image = text(list(pod, 'spec.containers')[0]?.image);
  const exec = isLog ? null : execOutput(pod, command);
  record(ctx, {
    id: 'kubelet.serve',
    level: 'overview',
    actor: `kubelet/${node}`,
    from: 'kube-apiserver',
    to: `kubelet/${node}`,
    text: { key: isLog ? 'kubelet.serve.logs' : 'kubelet.serve.exec', params: { node, url, command: command.join(' ') } },
    misconception: 'kubelet-pushed',
    detail: isLog ? { url, source: '/var/log/pods/… (the runtime writes each container\'s stdout and stderr there)' } : { url, cri: 'Exec → streaming URL from containerd', command },
  });
  const body = isLog ? (image.startsWith('nginx') ? `${NGINX_LOG.join('\n')}\n` : '') : (exec?.text ?? '');
  send(ctx, { type: 'apiserver.kubeletAnswer', exchange: ex, status: isLog ? 200 : 101, body: exec && !exec.ok ? `error: ${body}` : body }, HOP_MS);
}
