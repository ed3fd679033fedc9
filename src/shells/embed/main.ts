// The embed page's entry: a still poster (scenario title and a Start button) that paints at once
// and loads nothing heavy. The walkthrough loads on the click, with autoplay=1, or when the host
// page sends a command. The page talks to its host over postMessage from the start.
import { titles } from 'virtual:kubewalk-scenario-titles';
import { chooseLang } from '../../catalog/lang';
import { POSTER_WORDS } from '../../catalog/ui-poster';
import type { EmbedHandle } from '../../embed/mount';
import { setTheme } from '../../embed/theme';
import { deepLink, readOptions } from '../../embed/options';
import type { EmbedCommand } from '../../embed/protocol';
import { createBridge } from './bridge';
import { DEFAULT_LEVEL } from '../../playback/state';
import { registerServiceWorker } from '../../view/boundary/serviceWorker';

const root = document.getElementById('kw-embed');
if (!root) throw new Error('embed.html has no #kw-embed element');

const params = new URLSearchParams(location.search);
const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
const options = readOptions((name) => params.get(name));
const search = deepLink((name) => params.get(name), meta('kubewalk-scenario'));
setTheme(root, options.theme);

// The poster names what the reader is about to start (text only, from the build's scenario list).
const asked = new URLSearchParams(search).get('scenario') ?? 'create-pod';
const known = titles.find((t) => t.id === asked) ?? titles.find((t) => t.id === 'create-pod');
const fill = (id: string, text: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
};
// The poster speaks the page's language at once; the walkthrough loads the full catalog (start.ts).
const lang = chooseLang(params.get('lang'), navigator.languages).lang;
const words = POSTER_WORDS[lang];
document.documentElement.lang = lang;
root.setAttribute('aria-label', words.label);
fill('kw-poster-brand', words.brand);
fill('kw-start-label', words.start);
fill('kw-poster-title', options.src ? words.custom : (known?.title ?? 'kubewalk'));
fill('kw-poster-summary', options.src ? words.from.replace('{src}', options.src) : (known?.summary ?? ''));

// The build drew the first step of one scenario at its default level into the poster: any other
// deep link (or a scenario from ?src=) would show the wrong picture, so it goes.
const link = new URLSearchParams(search);
const shown = `${asked}:${link.get('level') ?? DEFAULT_LEVEL}`;
if (options.src || shown !== root.dataset.posterOf || (link.get('step') ?? '1') !== '1') root.querySelector('.kw-pf')?.remove();

const bridge = createBridge(root);
let handle: Promise<EmbedHandle> | null = null;
const begin = (): Promise<EmbedHandle> =>
  (handle ??= import('./start').then(({ start }) =>
    start(root, {
      search,
      options,
      appUrl: new URL(meta('kubewalk-app') ?? './', location.href).href,
      baseUrl: location.href,
      emit: bridge.emit,
      heading: true,
    }),
  ));

const button = document.getElementById('kw-start');
button?.addEventListener('click', () => {
  button.setAttribute('aria-busy', 'true');
  void begin().then(() => root.focus());
});

bridge.onCommand((command: EmbedCommand) => {
  // A theme change or a hello does not start anything; every other command is the host's start.
  if (command.type === 'setTheme') setTheme(root, command.theme);
  if (command.type === 'setTheme' || (command.type === 'hello' && !handle)) {
    if (handle) void handle.then((h) => h.command(command));
    return;
  }
  void begin().then((h) => h.command(command));
});

if (options.autoplay) void begin().then((h) => h.command({ kubewalk: 1, type: 'play' }));

// Offline too (scripts/sw-template.js), once the poster is up: never before its first paint.
if (document.readyState === 'complete') registerServiceWorker();
else addEventListener('load', registerServiceWorker, { once: true });
