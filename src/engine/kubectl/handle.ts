// kubectl as a component: turns a command line into its request and prints the answer.
import type { HttpRequest, HttpResponse, Exchange, Credential, Story, KubectlPhase } from '../core/messages';
import type { JsonObject } from '../types';
import { record, update, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { uuid } from '../core/prng';
import { buildRequest, USER_AGENT, watchRequest } from './request';
import { discoveryResource, printKey, requestKey } from './step-keys';
import { at, isObject, text } from '../core/json';
import { parseCommand, type KubectlCommand } from './parse';
import { errorSource, printResponse, warningLines } from './print';
import { isNodeCommand, nodePatch, type NodeCommand } from './node-patch';
import { describeNext, type DescribeCommand } from './describe';
import { applyNext, type ApplyCommand } from './apply';
import { replaceAfterRead, replaceProblem, replaceReadsFirst } from './replace';
import { namespaceOf } from './request';
import { say, w, type Said } from '../core/said';

const USER_STORY: Story = { request: 'overview', chain: 'overview', write: 'overview', response: 'overview' };
/** The follow-up watch is part of the same command, told at standard level. */
const WATCH_STORY: Story = { request: 'standard', chain: 'deep', write: 'deep', response: 'deep' };

function credential(ctx: Ctx): Credential {
  const u = ctx.cluster.user;
  if (u.credential === 'none') return { type: 'none', commonName: '', organizations: [] };
  if (u.credential === 'invalid-token') return { type: 'token', commonName: u.name, organizations: u.groups, invalid: true };
  return { type: u.credential, commonName: u.name, organizations: u.groups };
}

function print(ctx: Ctx, lines: string[]): void {
  update(ctx, { kubectlOutput: [...ctx.state.kubectlOutput, ...lines] });
}

export function handleCommand(ctx: Ctx, line: string): void {
  const parsed = parseCommand(line);
  if (!parsed.ok) {
    // The terminal shows what kubectl prints: English. The step keeps the words for a catalog.
    print(ctx, [`error: ${say(parsed.error)}`]);
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
  const fromFile = command.verb === 'create' || command.verb === 'apply' || command.verb === 'replace';
  const manifest = fromFile ? ctx.input.files[command.file] : undefined;
  const fileProblem: Said | null = !fromFile ? null : !manifest ? w`the path "${command.file}" does not exist` : command.verb === 'replace' ? replaceProblem(manifest) : manifest.kind !== 'Pod' ? w`${command.verb} -f is modelled for Pod manifests; ${command.file} is a ${JSON.stringify(manifest.kind ?? null)}` : null;
  if (fileProblem) {
    print(ctx, [`error: ${say(fileProblem)}`]);
    record(ctx, { id: 'kubectl.error', level: 'overview', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.error', params: { error: fileProblem, hint: manifest ? w`create -f and apply -f take a Pod manifest, replace -f a Deployment` : w`list the file under files: in the scenario` } } });
    return;
  }
  record(ctx, {
    id: 'kubectl.discovery',
    level: 'deep',
    actor: 'kubectl',
    from: 'kubectl',
    to: 'kubectl',
    text: { key: fromFile ? 'kubectl.discovery.openapi' : 'kubectl.discovery', params: { resource: discoveryResource(command) } },
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
  const readsFirst = command.verb === 'replace' && replaceReadsFirst(manifest ?? {});
  const key = readsFirst ? `kubectl.request.GET.replace${command.flags.as ? '.as' : ''}` : requestKey(command);
  send(ctx, command, buildRequest(command, uuid(ctx.rng), ctx.input.files), key, readsFirst || isNodeCommand(command) || command.verb === 'describe' || (command.verb === 'apply' && !command.flags.serverSide) ? 'read' : undefined);
}

function send(ctx: Ctx, command: KubectlCommand, request: HttpRequest, key: string, phase?: KubectlPhase, held?: JsonObject): void {
  const watch = phase === 'watch';
  // A bearer token travels in a header; a client certificate travels in the TLS handshake.
  if (ctx.cluster.user.credential === 'token' || ctx.cluster.user.credential === 'invalid-token') request.headers = { ...request.headers, Authorization: 'Bearer <token from kubeconfig, elided>' };
  if (watch && command.flags.as) request.headers = { ...request.headers, 'Impersonate-User': command.flags.as };
  const [path] = request.path.split('?');
  sendRequest(
    ctx,
    { from: 'kubectl', credential: credential(ctx), request, story: watch || phase === 'describe' ? WATCH_STORY : USER_STORY, purpose: phase ? { kind: 'kubectl', command, phase, ...(held ? { held } : {}) } : { kind: 'kubectl', command } },
    {
      id: 'kubectl.request',
      text: { key, params: { method: request.method, path: path ?? request.path, as: command.flags.as ?? '' } },
      ...(request.method === 'GET' && !watch ? { misconception: 'get-is-post' } : {}),
    },
  );
}

export function handleKubectlResponse(ctx: Ctx, exchange: Exchange, command: KubectlCommand, response: HttpResponse, phase?: KubectlPhase, held?: JsonObject): void {
  // The watch's 200 only opens the stream; its events arrive later, one by one.
  if (phase === 'watch' && response.status < 400) return;
  if (phase === 'read' && response.status < 400 && isNodeCommand(command)) return afterNodeRead(ctx, exchange, command, response);
  if (command.verb === 'apply' && phase === 'read' && (response.status < 400 || response.status === 404)) return afterApplyRead(ctx, exchange, command, response);
  if (command.verb === 'describe' && (response.status < 400 || phase === 'events')) return afterDescribeRead(ctx, exchange, command, response, phase, held);
  if (command.verb === 'replace' && phase === 'read') {
    // Whatever the GET answered, Helper.Replace goes on to the PUT.
    const manifest = ctx.input.files[command.file] ?? {};
    const put = replaceAfterRead(exchange, response.status, isObject(response.body) ? response.body : {}, manifest, command.flags.namespace ?? namespaceOf(manifest));
    return send(ctx, command, put, 'kubectl.request.PUT.replace.read');
  }
  const fromFile = 'file' in command ? ctx.input.files[command.file] ?? {} : {};
  const lines = [...warningLines(response), ...printResponse(command, response, errorSource(command, exchange.request, fromFile))];
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
  if (phase === 'watch' || response.status >= 400) return;
  const rv = at(isObject(response.body) ? response.body : {}, 'metadata.resourceVersion');
  const watch = watchRequest(command, exchange.request.headers['Kubectl-Session'] ?? '', text(rv));
  if (watch) send(ctx, command, watch, command.verb === 'delete' ? 'kubectl.request.watch.delete' : 'kubectl.request.watch', 'watch');
}

/** cordon, uncordon, taint: the Node is read; send the PATCH, or say why there is none. */
function afterNodeRead(ctx: Ctx, exchange: Exchange, command: NodeCommand, response: HttpResponse): void {
  const next = nodePatch(command, isObject(response.body) ? response.body : {}, exchange.request.headers['Kubectl-Session'] ?? '');
  if ('request' in next) {
    record(ctx, { id: 'kubectl.patch', level: 'standard', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: `kubectl.patch.${command.verb}`, params: { node: command.node, patch: JSON.stringify(next.request.body) } } });
    return send(ctx, command, next.request, 'kubectl.request.PATCH.node');
  }
  print(ctx, next.lines);
  record(ctx, { id: 'kubectl.print', level: 'standard', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.print.unchanged', params: { first: next.lines[0] ?? '', count: next.lines.length, status: response.status, exchange: exchange.id } }, detail: { output: next.lines } });
}

/** describe: the second GET, then the event search, then the printout. */
function afterDescribeRead(ctx: Ctx, exchange: Exchange, command: DescribeCommand, response: HttpResponse, phase: KubectlPhase | undefined, held: JsonObject | undefined): void {
  const next = describeNext(exchange, response, phase, held, ctx.state.clock);
  if ('request' in next) return send(ctx, command, next.request, next.key, next.phase, next.held);
  print(ctx, next.lines);
  record(ctx, { id: 'kubectl.print', level: 'standard', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.print.describe', params: { first: next.lines[0] ?? '', count: next.lines.length, status: response.status, exchange: exchange.id } }, detail: { output: next.lines } });
}

/** apply: the GET said whether the object exists; create it, patch it, or say it is unchanged. */
function afterApplyRead(ctx: Ctx, exchange: Exchange, command: ApplyCommand, response: HttpResponse): void {
  const next = applyNext(command, exchange, response.status, isObject(response.body) ? response.body : {}, ctx.input.files[command.file] ?? {});
  if ('request' in next) {
    if (next.request.method === 'PATCH') record(ctx, { id: 'kubectl.patch', level: 'standard', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.patch.apply', params: { patch: JSON.stringify(next.request.body) } } });
    return send(ctx, command, next.request, next.key);
  }
  print(ctx, next.lines);
  record(ctx, { id: 'kubectl.print', level: 'standard', actor: 'kubectl', from: 'kubectl', to: 'kubectl', text: { key: 'kubectl.print.unchanged.apply', params: { first: next.lines[0] ?? '', count: next.lines.length, status: response.status, exchange: exchange.id } }, detail: { output: next.lines } });
}
