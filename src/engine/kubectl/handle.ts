// kubectl as a component: turns a command line into its request and prints the answer.
import type { HttpResponse, Exchange, Credential, Story } from '../core/messages';
import { record, update, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { uuid } from '../core/prng';
import { buildRequest, USER_AGENT } from './request';
import { parseCommand, type KubectlCommand } from './parse';
import { printResponse, warningLines } from './print';

const USER_STORY: Story = { request: 'overview', chain: 'overview', write: 'overview', response: 'overview' };

function credential(ctx: Ctx): Credential {
  const u = ctx.cluster.user;
  if (u.credential === 'none') return { type: 'none', commonName: '', organizations: [] };
  if (u.credential === 'invalid-token') return { type: 'token', commonName: u.name, organizations: u.groups, invalid: true };
  return { type: u.credential, commonName: u.name, organizations: u.groups };
}

function print(ctx: Ctx, lines: string[]): void {
  update(ctx, { kubectlOutput: [...ctx.state.kubectlOutput, ...lines] });
}

function requestKey(command: KubectlCommand): string {
  const suffix = command.flags.as ? '.as' : '';
  switch (command.verb) {
    case 'get':
      if (command.name) return `kubectl.request.GET.one${suffix}`;
      return command.flags.output === 'yaml' || command.flags.output === 'json' ? `kubectl.request.GET.object${suffix}` : `kubectl.request.GET${suffix}`;
    case 'auth-can-i':
      return `kubectl.request.POST.review${suffix}`;
    case 'run':
    case 'create':
      return `kubectl.request.POST${suffix}`;
  }
}

function printKey(command: KubectlCommand): string {
  if (command.verb === 'get' && (command.flags.output === 'yaml' || command.flags.output === 'json')) return 'kubectl.print.get.object';
  return `kubectl.print.${command.verb}`;
}

function discoveryResource(command: KubectlCommand): string {
  if (command.verb === 'get') return command.resource;
  return command.verb === 'auth-can-i' ? 'selfsubjectaccessreviews' : 'pods';
}

export function handleCommand(ctx: Ctx, line: string): void {
  const parsed = parseCommand(line);
  if (!parsed.ok) {
    print(ctx, [`error: ${parsed.error}`]);
    record(ctx, {
      id: 'kubectl.error',
      level: 'overview',
      actor: 'kubectl',
      from: 'kubectl',
      to: 'kubectl',
      text: { key: 'kubectl.error', params: { error: parsed.error, hint: parsed.hint } },
    });
    return;
  }
  const command = parsed.command;
  if (command.verb === 'create' && !(command.file in ctx.input.files)) {
    const error = `the path "${command.file}" does not exist`;
    print(ctx, [`error: ${error}`]);
    record(ctx, { id: 'kubectl.error', level: 'overview', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.error', params: { error, hint: 'list the file under files: in the scenario' } } });
    return;
  }
  record(ctx, {
    id: 'kubectl.discovery',
    level: 'deep',
    actor: 'kubectl',
    from: 'kubectl',
    to: 'kubectl',
    text: { key: command.verb === 'create' ? 'kubectl.discovery.openapi' : 'kubectl.discovery', params: { resource: discoveryResource(command) } },
    detail: { cache: '~/.kube/cache/discovery/<host_port>/', ttl: '6h', userAgent: USER_AGENT },
  });
  if (command.verb === 'run') {
    record(ctx, {
      id: 'kubectl.build',
      level: 'standard',
      actor: 'kubectl',
      from: 'kubectl',
      to: 'kubectl',
      text: { key: 'kubectl.build', params: { name: command.name, image: command.image } },
      misconception: 'run-creates-deployment',
    });
  }
  const request = buildRequest(command, uuid(ctx.rng), ctx.input.files);
  // A bearer token travels in a header; a client certificate travels in the TLS handshake.
  if (ctx.cluster.user.credential === 'token' || ctx.cluster.user.credential === 'invalid-token') request.headers = { ...request.headers, Authorization: 'Bearer <token from kubeconfig, elided>' };
  const [path] = request.path.split('?');
  sendRequest(
    ctx,
    { from: 'kubectl', credential: credential(ctx), request, story: USER_STORY, purpose: { kind: 'kubectl', command } },
    {
      id: 'kubectl.request',
      text: { key: requestKey(command), params: { method: request.method, path: path ?? request.path, as: command.flags.as ?? '' } },
      ...(request.method === 'GET' ? { misconception: 'get-is-post' } : {}),
    },
  );
}

export function handleKubectlResponse(ctx: Ctx, exchange: Exchange, command: KubectlCommand, response: HttpResponse): void {
  const lines = [...warningLines(response), ...printResponse(command, response)];
  print(ctx, lines);
  record(ctx, {
    id: 'kubectl.print',
    level: response.status >= 400 ? 'overview' : 'standard',
    actor: 'kubectl',
    from: 'kubectl',
    to: 'kubectl',
    text: {
      key: response.status >= 400 ? 'kubectl.print.error' : printKey(command),
      params: { first: lines[0] ?? '', count: lines.length, status: response.status, exchange: exchange.id },
    },
    detail: { output: lines },
  });
}
