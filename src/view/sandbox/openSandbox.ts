// Entering the sandbox from the app: the address bar becomes the session's link, then the mode
// changes and the (lazily loaded) sandbox shell replays what the link says.
import { playerStore } from '../../store/hooks';
import { encodeSandboxUrl } from '../../store/sandboxUrl';
import { useUi } from '../../store/ui';

function enter(search: string): void {
  playerStore().getState().dispatch({ type: 'paused' });
  // The app's own URL sync writes once more on the mode change: the sandbox link goes in after it.
  useUi.getState().setMode('sandbox');
  const { pathname, hash } = globalThis.location;
  globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}${hash}`);
}

/** An empty session on the default cluster. */
export function openEmptySandbox(): void {
  enter(encodeSandboxUrl({ commands: [], edits: [] }));
}

/**
 * "Try it yourself": a session on the scenario's cluster that has already run the scenario's
 * commands up to and including the one the current step belongs to.
 */
export function tryItYourself(): void {
  const { scenario, trace, playback } = playerStore().getState();
  const upTo = trace.steps[playback.cursor]?.command ?? scenario.commands.length - 1;
  enter(encodeSandboxUrl({ from: scenario.id, commands: scenario.commands.slice(0, upTo + 1), edits: [] }));
}
