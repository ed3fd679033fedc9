// The sandbox's share link: `?mode=sandbox[&from=<scenario>]&cmd=…&cmd=…[&user=<preset>][&cluster=<edits>]`.
// Opening it replays the same session: same starting cluster, same edits, same commands.
import type { ClusterEdit } from './sandboxEdits';
import { editsFromText, editsToText } from './sandboxEdits';
import { t } from './lang';

export interface SandboxSession {
  /** The scenario whose cluster (and files) the session starts from; absent: the default cluster. */
  from?: string;
  commands: string[];
  /** A user preset; absent: the starting cluster's own user. */
  user?: string;
  edits: ClusterEdit[];
}

export interface SandboxUrlContext {
  scenarioIds: readonly string[];
  userPresets: readonly string[];
}

/** Most commands a link replays: a guard against a pasted link that would run for minutes. */
export const MAX_LINK_COMMANDS = 50;

export function encodeSandboxUrl(session: SandboxSession): string {
  const params = new URLSearchParams({ mode: 'sandbox' });
  if (session.from) params.set('from', session.from);
  for (const c of session.commands) params.append('cmd', c);
  if (session.user) params.set('user', session.user);
  if (session.edits.length > 0) params.set('cluster', editsToText(session.edits));
  return `?${params.toString()}`;
}

export function decodeSandboxUrl(search: string, ctx: SandboxUrlContext): { session: SandboxSession; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const session: SandboxSession = { commands: [], edits: [] };
  const from = params.get('from');
  if (from) {
    if (ctx.scenarioIds.includes(from)) session.from = from;
    else notices.push(t('sandbox.url.scenario', { asked: from }));
  }
  const commands = params.getAll('cmd').map((c) => c.trim()).filter((c) => c.length > 0);
  if (commands.length > MAX_LINK_COMMANDS) notices.push(t('sandbox.url.tooMany', { count: commands.length, max: MAX_LINK_COMMANDS }));
  session.commands = commands.slice(0, MAX_LINK_COMMANDS);
  const user = params.get('user');
  if (user) {
    if (ctx.userPresets.includes(user)) session.user = user;
    else notices.push(t('sandbox.url.user', { asked: user, presets: ctx.userPresets.join(', ') }));
  }
  const { edits, errors } = editsFromText(params.get('cluster') ?? '');
  session.edits = edits;
  notices.push(...errors.map((e) => t('sandbox.url.leftOut', { error: e })));
  return { session, notices };
}
