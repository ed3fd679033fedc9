// kubewalk-embed.js: the host page's side. Sizes every kubewalk iframe on the page to its content
// and offers a small API: `kubewalk.get(iframe or selector)` → { goTo, next, previous, play, pause,
// setLevel, setTheme, on, state }. Messages are matched to their iframe by window and origin, so
// two embeds never answer for each other; anything malformed is dropped.
import type { Level } from '../engine/types';
import type { EmbedCommand, EmbedEvent, StepInfo, Theme } from './protocol';
import { parseEvent } from './protocol';

type EventType = Exclude<EmbedEvent['type'], 'resize'>;
type Listener = (info: StepInfo) => void;

export interface KubewalkEmbed {
  iframe: HTMLIFrameElement;
  /** The last step reported, or null before ready. */
  readonly state: StepInfo | null;
  goTo: (step: number) => void;
  next: () => void;
  previous: () => void;
  play: () => void;
  pause: () => void;
  setLevel: (level: Level) => void;
  setTheme: (theme: Theme) => void;
  /** Calls `listener` on ready, stepChanged or ended; returns a function that stops it. */
  on: (type: EventType, listener: Listener) => () => void;
}

const EMBED_PATH = /\/embed(\.html|\/[a-z0-9-]+\.html)$/;

function originOf(iframe: HTMLIFrameElement): string | null {
  try {
    const url = new URL(iframe.src, document.baseURI);
    return iframe.hasAttribute('data-kubewalk') || EMBED_PATH.test(url.pathname) ? url.origin : null;
  } catch {
    return null;
  }
}

function createEmbed(iframe: HTMLIFrameElement, origin: string) {
  let state: StepInfo | null = null;
  let connected = false;
  const queue: EmbedCommand[] = [];
  const listeners = new Map<EventType, Set<Listener>>();
  const post = (command: EmbedCommand) => {
    if (!connected) return void queue.push(command);
    iframe.contentWindow?.postMessage(command, origin);
  };
  const hello = () => iframe.contentWindow?.postMessage({ kubewalk: 1, type: 'hello' } satisfies EmbedCommand, origin);
  iframe.addEventListener('load', hello);
  // Loaded before this script ran: it may have sent its height already; ask again.
  if (document.readyState === 'complete') hello();

  const api: KubewalkEmbed = {
    iframe,
    get state() {
      return state;
    },
    goTo: (step) => post({ kubewalk: 1, type: 'goTo', step }),
    next: () => post({ kubewalk: 1, type: 'next' }),
    previous: () => post({ kubewalk: 1, type: 'previous' }),
    play: () => post({ kubewalk: 1, type: 'play' }),
    pause: () => post({ kubewalk: 1, type: 'pause' }),
    setLevel: (level) => post({ kubewalk: 1, type: 'setLevel', level }),
    setTheme: (theme) => post({ kubewalk: 1, type: 'setTheme', theme }),
    on: (type, listener) => {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };

  const receive = (event: EmbedEvent) => {
    if (!connected) {
      connected = true;
      for (const command of queue.splice(0)) post(command);
    }
    if (event.type === 'resize') {
      iframe.style.height = `${event.height}px`;
      return;
    }
    const { kubewalk: _v, type, ...info } = event;
    state = info;
    for (const listener of listeners.get(type) ?? []) listener(info);
    iframe.dispatchEvent(new CustomEvent(`kubewalk:${type.toLowerCase()}`, { detail: info }));
  };
  return { api, origin, receive };
}

type Managed = ReturnType<typeof createEmbed>;

function install(): void {
  const managed = new Map<HTMLIFrameElement, Managed>();
  const scan = () => {
    for (const iframe of document.querySelectorAll('iframe')) {
      const origin = originOf(iframe);
      const known = managed.get(iframe);
      if (known && known.origin === origin) continue;
      if (origin) managed.set(iframe, createEmbed(iframe, origin));
      else managed.delete(iframe);
    }
  };
  window.addEventListener('message', (e: MessageEvent) => {
    for (const [iframe, m] of managed) {
      if (iframe.contentWindow !== e.source || e.origin !== m.origin) continue;
      const event = parseEvent(e.data);
      if (event) m.receive(event);
      return;
    }
  });
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });

  const get = (target: HTMLIFrameElement | string): KubewalkEmbed | null => {
    scan();
    const el = typeof target === 'string' ? document.querySelector(target) : target;
    return el instanceof HTMLIFrameElement ? (managed.get(el)?.api ?? null) : null;
  };
  const api = { version: 1, get, embeds: () => (scan(), [...managed.values()].map((m) => m.api)) };
  Object.defineProperty(window, 'kubewalk', { value: Object.freeze(api), configurable: false, writable: false });
}

// At once, so a script right after this one can use `kubewalk`; iframes parsed later are found
// by the MutationObserver.
if (typeof window !== 'undefined' && !('kubewalk' in window)) install();
