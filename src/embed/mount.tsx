// Mounts one independent walkthrough: its own player store (through PlayerStoreContext), its own
// React root, keys on its own root element. The embed page and every <kube-walkthrough> use this.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedShell } from '../shells/embed/EmbedShell';
import { ScenarioErrors } from '../shells/embed/ScenarioErrors';
import { PlayerStoreContext } from '../store/hooks';
import { createPlayerStore } from '../store/player';
import { loadDomain } from '../store/traces';
import { ErrorBoundary } from '../view/ErrorBoundary';
import { applyCommand, stepInfo, watchSteps } from './controller';
import { loadCustomScenario } from './customScenario';
import { listenKeys } from './keys';
import type { EmbedOptions } from './options';
import type { EmbedCommand, EmbedEvent } from './protocol';
import { setTheme } from './theme';

export interface MountOptions {
  /** Deep-link query (scenario, step, level). */
  search: string;
  options: EmbedOptions;
  /** Address of the full app (its index.html), for "Open in kubewalk". */
  appUrl: string;
  /** Base address `?src=` is resolved against. */
  baseUrl: string;
  emit: (event: EmbedEvent) => void;
  /** Whether the walkthrough owns the page (the embed page) and so gives it its h1. */
  heading?: boolean;
}

export interface EmbedHandle {
  command: (command: EmbedCommand) => void;
  unmount: () => void;
}

/** `root` carries theme and keys; React renders into `container` (the root itself, or inside it). */
export async function mountWalkthrough(root: HTMLElement, container: HTMLElement, opts: MountOptions): Promise<EmbedHandle> {
  await loadDomain();
  const react = createRoot(container);
  let search = opts.search;
  if (opts.options.src) {
    const custom = await loadCustomScenario(opts.options.src, opts.baseUrl);
    if (!custom.ok) {
      react.render(<ScenarioErrors message={custom.message} errors={custom.errors} heading={opts.heading ?? false} />);
      return { command: (c) => (c.type === 'setTheme' ? setTheme(root, c.theme) : undefined), unmount: () => react.unmount() };
    }
    const params = new URLSearchParams(search);
    params.set('scenario', custom.id);
    search = `?${params.toString()}`;
  }
  const store = createPlayerStore(search);
  const appUrl = opts.options.src ? null : opts.appUrl;
  react.render(
    <StrictMode>
      <ErrorBoundary>
        <PlayerStoreContext.Provider value={store}>
          <EmbedShell root={root} controls={opts.options.controls} appUrl={appUrl} heading={opts.heading ?? false} />
        </PlayerStoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
  const offSteps = watchSteps(store, opts.emit);
  const offKeys = listenKeys(root, store);
  opts.emit({ kubewalk: 1, type: 'ready', ...stepInfo(store.getState()) });
  return {
    command: (c) => {
      if (c.type === 'hello') opts.emit({ kubewalk: 1, type: 'ready', ...stepInfo(store.getState()) });
      applyCommand(store, c, (theme) => setTheme(root, theme));
    },
    unmount: () => {
      offSteps();
      offKeys();
      react.unmount();
    },
  };
}
