// kubectl's flags, split off the positional arguments. Each flag takes `--flag=value`,
// `--flag value` and, for short ones, `-n value`.
import { w, type Said } from '../core/said';

export interface Flags {
  namespace?: string;
  allNamespaces: boolean;
  output?: 'wide' | 'yaml' | 'json';
  /** --as: impersonate this user (sent as Impersonate-User). */
  as?: string;
  asGroups: string[];
  /** get -w: list, then keep one watch open and print each change. */
  watch?: true;
  /** delete --grace-period=N (kubectl turns 0 without --force into 1). */
  gracePeriod?: number;
  /** delete --force: with --grace-period=0, remove the object without waiting for the kubelet. */
  force?: true;
  /** delete --wait=false: do not watch until the object is gone. */
  noWait?: true;
  /** create deployment / scale: --replicas=N. */
  replicas?: number;
  /** apply --server-side: one apply PATCH; the API server merges and tracks field owners. */
  serverSide?: true;
  /** create secret generic: --from-literal=KEY=VALUE, repeatable, in the order given. */
  fromLiterals?: string[];
}

export const FLAG_HELP = '-n/--namespace NS, -A/--all-namespaces, -o wide|yaml|json, -w/--watch, --as USER, --as-group GROUP, --image IMAGE, -f FILE, --grace-period N, --force, --now, --wait=false, --replicas N, --server-side, --from-literal KEY=VALUE';

type ValueFlag = 'namespace' | 'output' | 'as' | 'as-group' | 'image' | 'filename' | 'grace-period' | 'wait' | 'replicas' | 'from-literal';

const VALUE_FLAGS: Record<string, ValueFlag> = {
  '-n': 'namespace',
  '--namespace': 'namespace',
  '-o': 'output',
  '--output': 'output',
  '--as': 'as',
  '--as-group': 'as-group',
  '--image': 'image',
  '-f': 'filename',
  '--filename': 'filename',
  '--grace-period': 'grace-period',
  '--wait': 'wait',
  '--replicas': 'replicas',
  '--from-literal': 'from-literal',
};

const OUTPUTS = ['wide', 'yaml', 'json'] as const;

export type FlagParse =
  | { ok: true; flags: Flags; args: string[]; image?: string; file?: string }
  | { ok: false; error: Said };

export function parseFlags(words: string[]): FlagParse {
  const flags: Flags = { allNamespaces: false, asGroups: [] };
  const args: string[] = [];
  let image: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '-A' || word === '--all-namespaces') {
      flags.allNamespaces = true;
      continue;
    }
    if (word === '-w' || word === '--watch') {
      flags.watch = true;
      continue;
    }
    if (word === '--force') {
      flags.force = true;
      continue;
    }
    if (word === '--server-side') {
      flags.serverSide = true;
      continue;
    }
    if (word === '--now') {
      flags.gracePeriod = 1;
      continue;
    }
    if (!word.startsWith('-')) {
      args.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq > 0 ? word.slice(0, eq) : word;
    const flag = VALUE_FLAGS[name];
    if (!flag) return { ok: false, error: w`unknown flag "${name}"` };
    const value = eq > 0 ? word.slice(eq + 1) : words[++i];
    if (!value) return { ok: false, error: w`flag ${name} needs a value` };
    switch (flag) {
      case 'namespace':
        flags.namespace = value;
        break;
      case 'output': {
        const out = OUTPUTS.find((o) => o === value);
        if (!out) return { ok: false, error: w`unsupported output format "${value}" (use ${OUTPUTS.join(', ')})` };
        flags.output = out;
        break;
      }
      case 'as':
        flags.as = value;
        break;
      case 'as-group':
        flags.asGroups = [...flags.asGroups, value];
        break;
      case 'image':
        image = value;
        break;
      case 'filename':
        file = value;
        break;
      case 'grace-period':
        if (!/^-?\d+$/.test(value)) return { ok: false, error: w`--grace-period takes a whole number of seconds, not "${value}"` };
        flags.gracePeriod = Number(value);
        break;
      case 'replicas':
        if (!/^\d+$/.test(value)) return { ok: false, error: w`--replicas takes a whole number, not "${value}"` };
        flags.replicas = Number(value);
        break;
      case 'from-literal':
        flags.fromLiterals = [...(flags.fromLiterals ?? []), value];
        break;
      case 'wait':
        if (value !== 'true' && value !== 'false') return { ok: false, error: w`--wait takes true or false, not "${value}"` };
        if (value === 'false') flags.noWait = true;
        break;
    }
  }
  const out: FlagParse = { ok: true, flags, args };
  if (image !== undefined) out.image = image;
  if (file !== undefined) out.file = file;
  return out;
}
