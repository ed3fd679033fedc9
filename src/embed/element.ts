// <kube-walkthrough scenario="create-pod" step="3" level="standard" theme="auto" controls="full">
// Each element has its own player store, shadow root and keys. Importing this module during
// server-side rendering (Docusaurus, VitePress) does nothing: the class is only made where
// customElements exists. React, the view and the engine load on the first start.
import type { EmbedHandle } from './mount';
import { deepLink, readOptions } from './options';
import type { EmbedCommand, EmbedEvent, Theme } from './protocol';
import { isTheme } from './protocol';
import { POSTER_WORDS } from '../catalog/ui-poster';
import { buildPoster, POSTER_CSS } from './poster';
import { setTheme } from './theme';

export const TAG = 'kube-walkthrough';
const ATTRIBUTES = ['scenario', 'step', 'level', 'theme', 'controls', 'autoplay', 'src'] as const;

function createClass() {
  return class KubeWalkthrough extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES];
    #root: HTMLElement | null = null;
    #handle: Promise<EmbedHandle> | null = null;

    connectedCallback(): void {
      if (this.#root) return;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#reset(shadow);
      if (readOptions((n) => this.getAttribute(n)).autoplay) void this.#command({ kubewalk: 1, type: 'play' });
    }

    disconnectedCallback(): void {
      void this.#handle?.then((h) => h.unmount());
      this.#handle = null;
      this.#root = null;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (!this.#root || before === after) return;
      if (name === 'theme') return setTheme(this.#root, isTheme(after) ? after : 'auto');
      if (name === 'step' && after && /^\d+$/.test(after)) return void this.#command({ kubewalk: 1, type: 'goTo', step: Number(after) });
      if (name === 'level' && (after === 'overview' || after === 'standard' || after === 'deep')) return void this.#command({ kubewalk: 1, type: 'setLevel', level: after });
      if (name === 'scenario' || name === 'src' || name === 'controls') {
        // Another walkthrough: back to its poster.
        void this.#handle?.then((h) => h.unmount());
        this.#handle = null;
        if (this.shadowRoot) this.#reset(this.shadowRoot);
      }
    }

    /** Starts the walkthrough (what the Start button does). */
    start(): Promise<void> {
      return this.#start().then(() => undefined);
    }
    goTo(step: number): void {
      void this.#command({ kubewalk: 1, type: 'goTo', step });
    }
    next(): void {
      void this.#command({ kubewalk: 1, type: 'next' });
    }
    previous(): void {
      void this.#command({ kubewalk: 1, type: 'previous' });
    }
    play(): void {
      void this.#command({ kubewalk: 1, type: 'play' });
    }
    pause(): void {
      void this.#command({ kubewalk: 1, type: 'pause' });
    }
    setLevel(level: 'overview' | 'standard' | 'deep'): void {
      void this.#command({ kubewalk: 1, type: 'setLevel', level });
    }
    setTheme(theme: Theme): void {
      if (this.#root && isTheme(theme)) setTheme(this.#root, theme);
    }

    #reset(shadow: ShadowRoot): void {
      const doc = this.ownerDocument;
      const options = readOptions((n) => this.getAttribute(n));
      const style = doc.createElement('style');
      style.textContent = `:host { display: block; } ${POSTER_CSS}`;
      const root = doc.createElement('div');
      root.className = 'kw-embed';
      root.tabIndex = 0;
      root.setAttribute('role', 'group');
      root.setAttribute('aria-label', POSTER_WORDS.en.label);
      setTheme(root, options.theme);
      const scenario = new URLSearchParams(deepLink((n) => this.getAttribute(n))).get('scenario') ?? 'create-pod';
      root.append(buildPoster(doc, scenario, options.src !== null, () => void this.#start().then(() => root.focus())));
      shadow.replaceChildren(style, root);
      this.#root = root;
    }

    #start(): Promise<EmbedHandle> {
      const root = this.#root;
      if (!root) return Promise.reject(new Error('<kube-walkthrough> is not connected'));
      this.#handle ??= import('./element-mount').then(({ SHADOW_CSS, mountWalkthrough }) => {
        const style = this.ownerDocument.createElement('style');
        style.textContent = SHADOW_CSS;
        root.before(style);
        const container = this.ownerDocument.createElement('div');
        root.replaceChildren(container);
        const emit = (event: EmbedEvent) => {
          if (event.type === 'resize') return;
          const { kubewalk: _v, type, ...detail } = event;
          this.dispatchEvent(new CustomEvent(`kubewalk:${type.toLowerCase()}`, { detail, bubbles: true, composed: true }));
        };
        return mountWalkthrough(root, container, {
          search: deepLink((n) => this.getAttribute(n)),
          options: readOptions((n) => this.getAttribute(n)),
          appUrl: new URL(/* @vite-ignore */ '../', import.meta.url).href,
          baseUrl: this.ownerDocument.baseURI,
          emit,
        });
      });
      return this.#handle;
    }

    #command(command: EmbedCommand): Promise<void> {
      return this.#start().then((h) => h.command(command));
    }
  };
}

/** Defines the element (once); a no-op where there is no DOM, as during server-side rendering. */
export function defineKubeWalkthrough(tag: string = TAG): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, createClass());
}

defineKubeWalkthrough();
