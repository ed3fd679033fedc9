// Tab completion for the sandbox console: commands, resources and flags come from the engine's own
// list of supported commands and its flag help, names from the cluster as it is now. Nothing here
// lists kubectl's commands, so a command the engine learns completes without a change here.

export interface Names {
  pods: { namespace: string; name: string }[];
  deployments: { namespace: string; name: string }[];
  nodes: string[];
  namespaces: string[];
}

interface Template {
  /** Words in order: literals (`get`, `pods`) and placeholders (`NAME`). */
  words: string[];
  /** Flags the template names: `--image=`, `--force`. */
  flags: string[];
}

interface Flag {
  names: string[];
  /** What follows the flag: fixed choices, namespaces, anything (no completion), or nothing. */
  value: string[] | 'namespace' | 'free' | null;
}

export interface Grammar {
  templates: Template[];
  flags: Flag[];
  /** Console words that are not kubectl (help, clear). */
  builtins: string[];
}

/** `NAME`, `POD`, `KEY[=VALUE]:EFFECT[-]`: upper case, no lower-case letter. */
const PLACEHOLDER = /^[A-Z][^a-z]*$/;
const isFlag = (w: string) => w.startsWith('-') && w !== '--';

/**
 * Reads the engine's `SUPPORTED_COMMANDS` (`kubectl delete pod NAME [--force]`) and its flag list,
 * `FLAG_HELP` (`-n/--namespace NS, -o wide|yaml|json, --force`).
 */
export function grammarFrom(supported: readonly string[], flagHelp: string, builtins: string[]): Grammar {
  const templates = supported.map((line) => {
    const tokens = line.split(/\s+/).map((t) => (/^\[.*\]$/.test(t) ? t.slice(1, -1) : t));
    const words = tokens.filter((t) => !isFlag(t));
    const flags = tokens.filter(isFlag).map((t) => (t.includes('=') ? `${t.slice(0, t.indexOf('='))}=` : t));
    return { words, flags };
  });
  const flags = flagHelp.split(', ').map((item): Flag => {
    const [names = '', value] = item.trim().split(/\s+/);
    const kind = value === undefined ? null : value === 'NS' ? 'namespace' : value.includes('|') ? value.split('|') : 'free';
    return { names: names.split('/'), value: kind };
  });
  return { templates, flags, builtins };
}

function flagNamed(grammar: Grammar, name: string): Flag | undefined {
  return grammar.flags.find((f) => f.names.includes(name));
}

/** The positional words typed before the current one, and the namespace the line targets. */
function readLine(grammar: Grammar, words: string[]): { positional: string[]; namespace: string | null; afterDashes: boolean } {
  const positional: string[] = [];
  let namespace: string | null = 'default';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') return { positional, namespace, afterDashes: true };
    if (!isFlag(w)) {
      positional.push(w);
      continue;
    }
    const [name = '', inline] = w.split('=');
    const flag = flagNamed(grammar, name);
    if (flag?.value === 'namespace') namespace = inline ?? words[i + 1] ?? namespace;
    if (name === '-A' || name === '--all-namespaces') namespace = null;
    if (flag?.value && inline === undefined) i++;
  }
  return { positional, namespace, afterDashes: false };
}

const matches = (t: Template, positional: string[]) =>
  t.words.length > positional.length && positional.every((w, i) => t.words[i] === w || PLACEHOLDER.test(t.words[i] ?? ''));

function namesFor(t: Template, placeholder: string, names: Names, namespace: string | null): string[] {
  const inNs = (o: { namespace: string; name: string }) => namespace === null || o.namespace === namespace;
  if (placeholder === 'RESOURCE') return ['pods', 'nodes', 'deployments'];
  if (placeholder === 'NODE') return names.nodes;
  if (placeholder === 'NS' || placeholder === 'NAMESPACE') return names.namespaces;
  if (placeholder !== 'NAME' && placeholder !== 'POD') return [];
  if (t.words.some((w) => w.startsWith('deploy'))) return names.deployments.filter(inNs).map((d) => d.name);
  if (t.words.includes('node') || t.words.includes('nodes')) return names.nodes;
  // `run NAME` and `create deployment NAME` name something new: nothing to complete.
  if (t.words.includes('run')) return [];
  return names.pods.filter(inNs).map((p) => p.name);
}

function candidates(grammar: Grammar, words: string[], current: string, names: Names): string[] {
  const { positional, namespace, afterDashes } = readLine(grammar, words);
  if (afterDashes) return [];
  const previous = words[words.length - 1];
  const valueOf = previous && isFlag(previous) && !previous.includes('=') ? flagNamed(grammar, previous)?.value : null;
  if (valueOf) return valueOf === 'namespace' ? names.namespaces : valueOf === 'free' ? [] : valueOf;
  const templates = grammar.templates.filter((t) => matches(t, positional));
  if (isFlag(current)) {
    const eq = current.indexOf('=');
    if (eq > 0) {
      const flag = flagNamed(grammar, current.slice(0, eq));
      const values = flag?.value === 'namespace' ? names.namespaces : Array.isArray(flag?.value) ? flag.value : [];
      return values.map((v) => `${current.slice(0, eq)}=${v}`);
    }
    // Flags of the command typed so far (`run NAME` is complete, yet takes `--image=`), then global ones.
    const own = grammar.templates.filter((t) => t.words.length >= positional.length && matches({ ...t, words: [...t.words, ''] }, positional));
    const all = new Set([...own.flatMap((t) => t.flags), ...grammar.flags.flatMap((f) => f.names)]);
    return [...all].filter((f) => !all.has(`${f}=`));
  }
  const position = positional.length;
  const out = templates.flatMap((t) => {
    const word = t.words[position] ?? '';
    return PLACEHOLDER.test(word) ? namesFor(t, word, names, namespace) : [word];
  });
  return position === 0 ? [...out, ...grammar.builtins] : out;
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Completes the word at the end of `line`: one match is filled in (with a space after it unless it
 * ends in `=`); several are filled to their common start and listed.
 */
export function complete(line: string, grammar: Grammar, names: Names): { line: string; options: string[] } {
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  const current = /\s$/.test(line) || line.length === 0 ? '' : (words.pop() ?? '');
  const found = [...new Set(candidates(grammar, words, current, names))].filter((c) => c.startsWith(current));
  const head = line.slice(0, line.length - current.length);
  if (found.length === 0) return { line, options: [] };
  if (found.length === 1) {
    const only = found[0] as string;
    return { line: `${head}${only}${only.endsWith('=') ? '' : ' '}`, options: [] };
  }
  return { line: `${head}${commonPrefix(found)}`, options: found };
}
