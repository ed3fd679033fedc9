// The embed page's side of the postMessage protocol. Commands are taken only from the parent
// window (never from other frames or the page itself) and only when they parse exactly; events go
// to the parent. They carry nothing private (step numbers and ids), so any origin may read them.
import type { EmbedCommand, EmbedEvent } from '../../embed/protocol';
import { parseCommand } from '../../embed/protocol';

export interface Bridge {
  emit: (event: EmbedEvent) => void;
  onCommand: (listener: (command: EmbedCommand) => void) => void;
}

export function createBridge(root: HTMLElement): Bridge {
  const parent = window.parent;
  const embedded = parent !== window;
  const emit = (event: EmbedEvent) => {
    if (embedded) parent.postMessage(event, '*');
  };
  const listeners: ((command: EmbedCommand) => void)[] = [];

  // The content's own height (it never depends on the iframe's height, so sizing cannot loop).
  let height = 0;
  const sendHeight = (force = false) => {
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h > 0 && (force || h !== height)) {
      height = h;
      emit({ kubewalk: 1, type: 'resize', height: h });
    }
  };
  new ResizeObserver(() => sendHeight()).observe(root);

  window.addEventListener('message', (e: MessageEvent) => {
    if (!embedded || e.source !== parent) return;
    const command = parseCommand(e.data);
    if (!command) return;
    if (command.type === 'hello') sendHeight(true);
    for (const listener of listeners) listener(command);
  });
  return { emit, onCommand: (listener) => void listeners.push(listener) };
}
