// Keeps the audience window and the speaker view on the same step, both ways, over a
// BroadcastChannel. A state that arrives is applied without being sent back.
import type { PlayerStore, SyncedState } from './player';
import { useUi } from './ui';

const CHANNEL = 'kubewalk-presenter';

type Message = { type: 'state'; state: SyncedState } | { type: 'hello' } | { type: 'blackout'; on: boolean };

function snapshot(store: PlayerStore): SyncedState {
  const { playback, checkpoint, branch } = store.getState();
  return { scenarioId: playback.scenarioId, level: playback.level, cursor: playback.cursor, checkpoint, branch };
}

/** `askForState`: the speaker view, opened later, asks the audience window where it is. */
export function syncWindows(store: PlayerStore, askForState: boolean): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  let applying = false;
  const post = () => channel.postMessage({ type: 'state', state: snapshot(store) } satisfies Message);
  channel.onmessage = (e: MessageEvent<Message>) => {
    const message = e.data;
    if (message.type === 'hello') return post();
    applying = true;
    try {
      if (message.type === 'blackout') useUi.getState().setBlackout(message.on);
      else store.getState().applySynced(message.state);
    } finally {
      applying = false;
    }
  };
  const off = store.subscribe((next, prev) => {
    if (applying) return;
    if (next.playback.cursor !== prev.playback.cursor || next.playback.level !== prev.playback.level || next.playback.scenarioId !== prev.playback.scenarioId || next.checkpoint !== prev.checkpoint || next.branch !== prev.branch) post();
  });
  // The black screen follows too: the speaker view can black out the room and bring it back.
  const offUi = useUi.subscribe((next, prev) => {
    if (!applying && next.blackout !== prev.blackout) channel.postMessage({ type: 'blackout', on: next.blackout } satisfies Message);
  });
  if (askForState) channel.postMessage({ type: 'hello' } satisfies Message);
  return () => {
    off();
    offUi();
    channel.close();
  };
}
