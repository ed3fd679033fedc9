// What kubectl prints for a response: the Table the server rendered, `pod/nginx created`, or the
// server's Status as "Error from server (Reason): message".
import type { JsonObject, JsonValue } from '../types';
import type { HttpResponse } from '../core/messages';
import { namespaceFor, type KubectlCommand } from './parse';
import { namespaceOf } from './request';
import { toYaml } from './yaml';
import { nodePrinted } from './node-patch';
import { at, isObject, list, str, text } from '../core/json';

/** text/tabwriter as kubectl configures it: minwidth 6, padding 3. */
export function tabulate(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max((widths[i] ?? 0) + 3, 6))))
      .join(''),
  );
}

function cellText(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return '<none>';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export interface PrintOptions {
  /** The namespace for "No resources found in X namespace."; null for cluster-scoped or -A. */
  namespace: string | null;
  wide: boolean;
  /** -A: kubectl adds a NAMESPACE column in front, from each row's object metadata. */
  withNamespace: boolean;
}

export function printTable(table: JsonObject, opts: PrintOptions): string[] {
  const columns = list(table, 'columnDefinitions');
  const maxPriority = opts.wide ? 1 : 0;
  const shown = columns.map((c, i) => ({ c, i })).filter(({ c }) => typeof c.priority === 'number' && c.priority <= maxPriority);
  const rows = list(table, 'rows');
  if (rows.length === 0) {
    return [opts.namespace ? `No resources found in ${opts.namespace} namespace.` : 'No resources found'];
  }
  const header = shown.map(({ c }) => text(c.name).toUpperCase());
  const body = rows.map((r) => {
    const cells = Array.isArray(r.cells) ? r.cells : [];
    const row = shown.map(({ i }) => cellText(cells[i]));
    return opts.withNamespace && isObject(r.object) ? [str(r.object, 'metadata.namespace') ?? '', ...row] : row;
  });
  return tabulate([opts.withNamespace ? ['NAMESPACE', ...header] : header, ...body]);
}

/** kubectl prints each `Warning: 299 - "…"` header from the server as `Warning: …`. */
export function warningLines(response: HttpResponse): string[] {
  const header = response.headers.Warning;
  if (!header) return [];
  return [...header.matchAll(/299 - "((?:[^"\\]|\\.)*)"/g)].map((m) => `Warning: ${(m[1] ?? '').replace(/\\"/g, '"')}`);
}

/** -o yaml: kubectl prints a list as a v1 List, keys sorted (it goes through a map). */
function printObject(body: JsonObject, format: 'yaml' | 'json'): string[] {
  const kind = str(body, 'kind') ?? '';
  const out: JsonObject = kind.endsWith('List') ? { apiVersion: 'v1', items: list(body, 'items'), kind: 'List', metadata: { resourceVersion: '' } } : body;
  return format === 'json' ? JSON.stringify(out, null, 4).split('\n') : toYaml(out);
}

/**
 * cmdutil.AddSourceToErr: a command that read its object from a file puts the file into the
 * server's message, saying what it was doing. `failed` is the request that failed.
 */
export function errorSource(command: KubectlCommand, failed: { method: string }, manifest: JsonObject): string {
  if (command.verb === 'create') return `error when creating "${command.file}": `;
  if (command.verb === 'replace') return `error when replacing "${command.file}": `;
  // Server-side apply returns the server's error as it is; client-side names its create or its read.
  if (command.verb !== 'apply' || command.flags.serverSide) return '';
  if (failed.method === 'POST') return `error when creating "${command.file}": `;
  if (failed.method !== 'GET') return '';
  // resource.Info's String(): its REST mapping, then its name and namespace.
  const ns = command.flags.namespace ?? namespaceOf(manifest);
  const info = `Resource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=Pod"\nName: "${str(manifest, 'metadata.name') ?? ''}", Namespace: "${ns}"`;
  return `error when retrieving current configuration of:\n${info}\nfrom server for: "${command.file}": `;
}

export function printResponse(command: KubectlCommand, response: HttpResponse, source = ''): string[] {
  const body = isObject(response.body) ? response.body : {};
  if (response.status === 401) return ['error: You must be logged in to the server (Unauthorized)'];
  if (response.status >= 400) {
    const reason = str(body, 'reason');
    return `Error from server${reason ? ` (${reason})` : ''}: ${source}${str(body, 'message') ?? ''}`.split('\n');
  }
  switch (command.verb) {
    case 'get': {
      const { output, allNamespaces } = command.flags;
      if (output === 'yaml' || output === 'json') return printObject(body, output);
      const namespaced = command.resource === 'pods' && !allNamespaces;
      return printTable(body, { namespace: namespaced ? namespaceFor(command.flags) : null, wide: output === 'wide', withNamespace: command.resource === 'pods' && allNamespaces });
    }
    case 'run':
    case 'create':
      return [`pod/${cellText(at(body, 'metadata.name'))} created`];
    case 'apply':
      if (command.flags.serverSide) return [`pod/${cellText(at(body, 'metadata.name'))} serverside-applied`];
      return [`pod/${cellText(at(body, 'metadata.name'))} ${response.status === 201 ? 'created' : 'configured'}`];
    case 'auth-can-i':
      return [at(body, 'status.allowed') === true ? 'yes' : 'no'];
    case 'logs':
    case 'exec':
      return typeof response.body === 'string' ? response.body.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1) : [];
    case 'create-deployment':
      return [`deployment.apps/${command.name} created`];
    case 'create-secret':
      return [`secret/${command.name} created`];
    case 'replace':
      return [`deployment.apps/${cellText(at(body, 'metadata.name'))} replaced`];
    case 'scale':
      return [`deployment.apps/${command.name} scaled`];
    case 'cordon':
    case 'uncordon':
    case 'taint':
      return [nodePrinted(command)];
    case 'describe':
      // Only describe's failures come here; its output is printed once the events arrive (kubectl/describe.ts).
      return [];
    case 'delete':
      return command.flags.force
        ? ['Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.', `pod "${command.name}" force deleted`]
        : [`pod "${command.name}" deleted`];
  }
}
