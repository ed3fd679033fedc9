// The one boundary where scenario files become data: YAML → validated Scenario, or a list of
// errors precise enough to fix (file, line, column, field, message, hint).
import { LineCounter, parseDocument } from 'yaml';
import type { JsonObject, JsonValue } from '../engine/types';
import { text as jsonText } from '../engine/core/json';
import { parseCommand, SUPPORTED_VERSIONS, SUPPORTED_COMMANDS } from '../engine';
import { SCENARIO_TAGS, type ParseResult, type Scenario, type ScenarioTag } from './types';
import { w } from '../catalog/said';
import { checker, problem, type Checker } from './checker';
import { parseCluster } from './cluster';
import { checkLeaseStopCommands } from './lease-stops';
import { parseApiServer } from './api-server';
import { closest } from './locate';
import { parseCheckpoints, parseStepNotes } from './checkpoints';

const TOP_FIELDS = ['id', 'title', 'summary', 'tags', 'kubernetesVersion', 'cluster', 'commands', 'files', 'notes', 'speakerNotes', 'checkpoints', 'apiServer', 'start'] as const;

export function parseScenario(text: string, file: string): ParseResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return problem({ file, line: pos.line, column: pos.col, field: '(document)' }, e.message.split('\n')[0] ?? e.message, w`fix the YAML syntax (indentation, quotes, colons)`);
      }),
    };
  }
  const raw = doc.toJS() as JsonValue | undefined;
  const c = checker(file, doc, lc);
  if (raw === undefined || raw === null) {
    return { ok: false, errors: [problem({ file, line: 0, column: 0, field: '(document)' }, w`the file is empty`, w`write a mapping with ${TOP_FIELDS.join(', ')}`)] };
  }
  if (!c.object([], raw, TOP_FIELDS)) return { ok: false, errors: c.errors };
  const id = c.string(['id'], raw.id, w`a short kebab-case id, e.g. create-pod`) ? raw.id : '';
  if (id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) c.fail(['id'], w`"${id}" is not kebab-case`, w`use lower-case letters, digits and dashes, e.g. create-pod`);
  const title = c.string(['title'], raw.title, w`a short title for the picker`) ? raw.title : '';
  const summary = c.string(['summary'], raw.summary, w`one line for the gallery`) ? raw.summary : '';
  const tags = parseTags(c, raw.tags);
  const version = raw.kubernetesVersion;
  if (typeof version !== 'string' || !SUPPORTED_VERSIONS.includes(version)) {
    c.fail(['kubernetesVersion'], w`unsupported kubernetesVersion ${JSON.stringify(version ?? null)}`, w`write it as a quoted string, one of: ${SUPPORTED_VERSIONS.map((v) => `"${v}"`).join(', ')}`);
  }
  const cluster = parseCluster(c, raw.cluster);
  const apiServer = parseApiServer(c, raw.apiServer);
  if (apiServer) cluster.apiServer = apiServer;
  const files = parseFiles(c, raw.files);
  const commands = parseCommands(c, raw.commands, files);
  checkLeaseStopCommands(c, cluster, commands.length);
  const notes = parseStepNotes(c, 'notes', raw.notes);
  const speakerNotes = parseStepNotes(c, 'speakerNotes', raw.speakerNotes);
  const checkpoints = parseCheckpoints(c, raw.checkpoints);
  if (raw.start !== undefined && raw.start !== 'control-plane') c.fail(['start'], w`unknown start ${JSON.stringify(raw.start)}`, w`write start: control-plane, or leave it out`);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const scenario: Scenario = { id, title, summary, tags, kubernetesVersion: jsonText(version), cluster, commands, files, notes, speakerNotes, checkpoints };
  if (raw.start === 'control-plane') scenario.start = 'control-plane';
  return { ok: true, scenario };
}

function parseTags(c: Checker, v: JsonValue | undefined): ScenarioTag[] {
  if (v === undefined) return [];
  if (!c.stringList(['tags'], v, w`tags are any of ${SCENARIO_TAGS.join(', ')}`)) return [];
  return v.filter((t, i): t is ScenarioTag => {
    if ((SCENARIO_TAGS as readonly string[]).includes(t)) return true;
    const guess = closest(t, SCENARIO_TAGS);
    c.fail(['tags', i], w`unknown tag "${t}"`, guess ? w`did you mean "${guess}"?` : w`use any of ${SCENARIO_TAGS.join(', ')}`);
    return false;
  });
}

function parseFiles(c: Checker, v: JsonValue | undefined): Record<string, JsonObject> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.fail(['files'], w`expected a mapping of file name to manifest`, w`write files: then "pod.yaml:" and the manifest indented below it`);
    return {};
  }
  const out: Record<string, JsonObject> = {};
  for (const [name, manifest] of Object.entries(v)) {
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      c.fail(['files', name], w`expected a Kubernetes manifest (a mapping)`, w`write apiVersion, kind, metadata and spec under the file name`);
      continue;
    }
    // An EncryptionConfiguration is read by kube-apiserver (--encryption-provider-config), never sent.
    const encryption = manifest.kind === 'EncryptionConfiguration' && manifest.apiVersion === 'apiserver.config.k8s.io/v1';
    // A Deployment file is for kubectl replace -f (checked against the command below).
    const deployment = manifest.kind === 'Deployment' && manifest.apiVersion === 'apps/v1';
    if (!encryption && !deployment && (manifest.kind !== 'Pod' || manifest.apiVersion !== 'v1')) {
      c.fail(['files', name, 'kind'], w`unsupported manifest kind ${JSON.stringify(manifest.kind ?? null)} (apiVersion ${JSON.stringify(manifest.apiVersion ?? null)})`, w`the simulator creates apiVersion: v1, kind: Pod, and replaces apiVersion: apps/v1, kind: Deployment`);
      continue;
    }
    out[name] = manifest;
  }
  return out;
}

function parseCommands(c: Checker, v: JsonValue | undefined, files: Record<string, JsonObject>): string[] {
  if (!Array.isArray(v) || v.length === 0) {
    c.fail(['commands'], w`expected a non-empty list of kubectl commands`, w`supported commands: ${SUPPORTED_COMMANDS.join('; ')}`);
    return [];
  }
  return v.flatMap((line, i) => {
    if (typeof line !== 'string') {
      c.fail(['commands', i], w`expected a command line (a string)`, w`supported commands: ${SUPPORTED_COMMANDS.join('; ')}`);
      return [];
    }
    const parsed = parseCommand(line);
    if (!parsed.ok) {
      // kubectl's reason and hint are words a catalog says (the terminal alone prints them in English).
      c.fail(['commands', i], parsed.error, parsed.hint);
      return [];
    }
    const cmd = parsed.command;
    if ((cmd.verb === 'create' || cmd.verb === 'apply' || cmd.verb === 'replace') && !(cmd.file in files)) {
      const known = Object.keys(files);
      c.fail(['commands', i], w`file "${cmd.file}" is not defined under files:`, known.length ? w`defined files: ${known.join(', ')}` : w`add it under files: with its manifest`);
    }
    // replace -f takes a Deployment; create -f and apply -f a Pod.
    const file = cmd.verb === 'create' || cmd.verb === 'apply' || cmd.verb === 'replace' ? cmd.file : '';
    const kind = files[file]?.kind;
    if (kind !== undefined && (cmd.verb === 'replace') !== (kind === 'Deployment')) {
      c.fail(['commands', i], w`${cmd.verb} -f ${file}: the file is a ${JSON.stringify(kind)}`, cmd.verb === 'replace' ? w`replace -f takes a Deployment manifest` : w`${cmd.verb} -f takes a Pod manifest`);
    }
    return [line];
  });
}
