// What kubectl prints for a response: the Table the server rendered, `pod/nginx created`, or the
// server's Status as "Error from server (Reason): message".
import type { JsonObject, JsonValue } from '../types';
import type { HttpResponse } from '../core/messages';
import type { KubectlCommand } from './parse';
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

export function printTable(table: JsonObject, namespace: string | null): string[] {
  const columns = list(table, 'columnDefinitions');
  const shown = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.priority === 0);
  const rows = list(table, 'rows');
  if (rows.length === 0) {
    return [namespace ? `No resources found in ${namespace} namespace.` : 'No resources found'];
  }
  const header = shown.map(({ c }) => text(c.name).toUpperCase());
  const body = rows.map((r) => {
    const cells = Array.isArray(r.cells) ? r.cells : [];
    return shown.map(({ i }) => cellText(cells[i]));
  });
  return tabulate([header, ...body]);
}

/** kubectl prints each `Warning: 299 - "…"` header from the server as `Warning: …`. */
export function warningLines(response: HttpResponse): string[] {
  const header = response.headers.Warning;
  if (!header) return [];
  return [...header.matchAll(/299 - "((?:[^"\\]|\\.)*)"/g)].map((m) => `Warning: ${(m[1] ?? '').replace(/\\"/g, '"')}`);
}

export function printResponse(command: KubectlCommand, response: HttpResponse): string[] {
  const body = isObject(response.body) ? response.body : {};
  if (response.status >= 400) {
    return [`Error from server (${str(body, 'reason') ?? 'Unknown'}): ${str(body, 'message') ?? ''}`];
  }
  switch (command.verb) {
    case 'get':
      return printTable(body, command.resource === 'pods' ? 'default' : null);
    case 'run':
    case 'create':
      return [`pod/${cellText(at(body, 'metadata.name'))} created`];
  }
}
