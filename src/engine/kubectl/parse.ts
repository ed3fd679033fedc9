// Parses the kubectl command lines the engine supports into what kubectl would do.

export type KubectlCommand =
  | { verb: 'get'; resource: 'nodes' | 'pods' }
  | { verb: 'run'; name: string; image: string }
  | { verb: 'create'; file: string };

export type ParsedCommand = { ok: true; command: KubectlCommand } | { ok: false; error: string; hint: string };

export const SUPPORTED_COMMANDS: readonly string[] = [
  'kubectl get nodes',
  'kubectl get pods',
  'kubectl run NAME --image=IMAGE',
  'kubectl create -f FILE',
];

const RESOURCE_ALIASES: Record<string, 'nodes' | 'pods'> = {
  nodes: 'nodes',
  node: 'nodes',
  no: 'nodes',
  pods: 'pods',
  pod: 'pods',
  po: 'pods',
};

const HINT = `supported commands: ${SUPPORTED_COMMANDS.join('; ')}`;

function fail(error: string): ParsedCommand {
  return { ok: false, error, hint: HINT };
}

export function parseCommand(line: string): ParsedCommand {
  const words = line.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words[0] !== 'kubectl') return fail(`"${line.trim()}" is not a kubectl command`);
  const [, verb, ...rest] = words;
  if (verb === 'get') {
    const resource = rest.length === 1 && rest[0] ? RESOURCE_ALIASES[rest[0]] : undefined;
    if (!resource) return fail(`unsupported: "${line.trim()}" (get takes exactly one of: nodes, pods)`);
    return { ok: true, command: { verb: 'get', resource } };
  }
  if (verb === 'run') return parseRun(line, rest);
  if (verb === 'create') {
    if (rest.length === 2 && (rest[0] === '-f' || rest[0] === '--filename') && rest[1]) {
      return { ok: true, command: { verb: 'create', file: rest[1] } };
    }
    const eq = rest.length === 1 && rest[0] ? /^--filename=(.+)$/.exec(rest[0]) : null;
    if (eq?.[1]) return { ok: true, command: { verb: 'create', file: eq[1] } };
    return fail(`unsupported: "${line.trim()}" (create takes -f FILE)`);
  }
  return fail(`unsupported kubectl command: "${line.trim()}"`);
}

function parseRun(line: string, rest: string[]): ParsedCommand {
  let name: string | undefined;
  let image: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] as string;
    if (w.startsWith('--image=')) image = w.slice('--image='.length);
    else if (w === '--image') image = rest[++i];
    else if (!w.startsWith('-') && name === undefined) name = w;
    else return fail(`unsupported: "${line.trim()}" (unexpected "${w}")`);
  }
  if (!name) return fail(`"${line.trim()}": run needs a NAME`);
  if (!image) return fail(`"${line.trim()}": run needs --image=IMAGE`);
  return { ok: true, command: { verb: 'run', name, image } };
}
