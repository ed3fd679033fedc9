// Build-time prerender: after the browser build, builds scripts/prerender-entry.tsx for Node and
// renders the first frame of the app (index.html: the default scenario) and of each scenario
// (s/<id>.html) into the page, with the CSS a frame may use inline and the seed the browser
// hydrates it from (src/boot.tsx) in a JSON file beside the page, so the reader sees the graph and
// the first narration before any script or stylesheet arrives.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { build } from 'vite';
import { namesIn, type PageNames } from './critical-css.js';
import { splitSheets } from './late-css.js';
import { CSP } from './measure-server.mjs';
import type { Prerendered } from './prerender-entry';

const SLOT = /<!--prerender-->[\s\S]*?<!--\/prerender-->/;
const POSTER_SLOT = /<!--poster-->[\s\S]*?<!--\/poster-->/;
const PAGE_ID = /^[a-z0-9][a-z0-9-]*$/;

type Render = (search: string) => Promise<Prerendered>;

/** One fresh module instance per page: the app's stores are singletons read from the URL. */
async function renderPage(bundle: string, search: string): Promise<Prerendered> {
  const url = `${pathToFileURL(bundle).href}?page=${encodeURIComponent(search)}`;
  const mod = (await import(url)) as { render: Render };
  return mod.render(search);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The seed is a file beside the page, not part of it: the page stays small enough to arrive in one
 * round trip. src/main.tsx fetches it once the frame has painted.
 */
export function seedMeta(href: string): string {
  return `<meta name="kubewalk-seed" content="${escapeHtml(href)}" />`;
}

/** The frame the page shows (`scenario:level:cursor`): src/early.ts hides it when the address asks for another. */
export function frameMeta(marker: string): string {
  return `<meta name="kubewalk-frame" content="${escapeHtml(marker)}" />`;
}

export function fillTemplate(template: string, page: Prerendered, seedHref: string, meta?: { title: string; description: string }): string {
  if (!SLOT.test(template)) throw new Error('index.html has no <!--prerender--> slot inside #root');
  // The production CSP refuses inline scripts: a prerender that needs one would show a broken page.
  if (/<script/i.test(page.html)) throw new Error(`the prerendered ${page.seed.scenario.id} page contains an inline script`);
  let html = template.replace(SLOT, () => page.html).replace(/<meta charset="UTF-8" \/>/, (m) => `${m}\n    ${seedMeta(seedHref)}\n    ${frameMeta(page.seed.marker)}`);
  if (meta) {
    html = html
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
      .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, (_, a: string, b: string) => `${a}${escapeHtml(meta.description)}${b}`);
  }
  return html;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*href="(\/[^"]+\.css)"[^>]*>/g;

/** The stylesheets a page built from index.html links, in order. */
const stylesheetsOf = (html: string): string[] => [...html.matchAll(STYLESHEET)].map((m) => m[1] ?? '');

/**
 * The rules of the app's stylesheets that a first frame may need go into the page (`css`, the same
 * for every page: scripts/late-css.ts): no round trip before the first paint. Each stylesheet stays
 * as a disabled link that is never enabled (Vite's loader, which looks for a chunk's stylesheet
 * before fetching it, finds it there), and is followed by its late version (`late(href)`: the
 * rest), which src/main.tsx enables once the frame has painted; hydration waits for it.
 */
function inlineStyles(html: string, css: string, late: (href: string) => string): string {
  const links = html.replace(STYLESHEET, (_, href: string) => `<link rel="stylesheet" href="${href}" disabled /><link rel="stylesheet" href="${late(href)}" disabled data-late />`);
  const inline = css.replace(/<\/style/gi, '<\\/style');
  return links.replace(/<link rel="stylesheet"[^>]*disabled \/>/, (first) => `<style>${inline}</style>${first}`);
}

/**
 * src/early.ts as an async module at the top of the head: it runs as soon as it arrives, while the
 * body is still being parsed, and never blocks the first paint. At low priority: Chrome then does
 * not rank it with the render-blocking requests, and neither does Lighthouse (a high-priority
 * script that ends before the first paint is counted as needed for it, one round trip more).
 *
 * Before it, the production policy as a meta tag: a page keeps it on a host that cannot send
 * headers (a docs site's static hosting). Chrome also holds the preloads it finds after a policy
 * until the parser has read that policy, so the script is requested from the parse, not from the
 * navigation's commit task, which Lighthouse's LCP simulation then no longer runs first.
 */
export function earlyScript(html: string, src: string): string {
  if (/["&<>]/.test(CSP)) throw new Error('the CSP would need escaping in an attribute');
  // Its sources are 'self': a build whose assets live on another origin (an absolute base) goes without.
  const policy = /^([a-z][a-z+.-]*:|\/\/)/i.test(src) ? '' : `\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
  return html.replace(/<meta charset="UTF-8" \/>/, (m) => `${m}${policy}\n    <script type="module" async fetchpriority="low" crossorigin src="${src}"></script>`);
}

/**
 * The page's SVG favicon as a `data:` URL: no request of its own competes with the page's script
 * for the connection while the page starts (on HTTP/1.1 it queued ahead of it).
 */
export function inlineFavicon(html: string, read: (href: string) => string): string {
  return html.replace(/<link rel="icon" href="(\/[^"]+\.svg)"/, (_, href: string) => {
    const svg = read(href).trim().replace(/"/g, "'").replace(/#/g, '%23').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\s*\n\s*/g, ' ');
    return `<link rel="icon" href="data:image/svg+xml,${svg}"`;
  });
}

/**
 * src/early.ts built on its own, as one file: the page's one script must not wait on a second
 * request for what it shares with the app (src/frame.ts and the language rule it reads). The app
 * has its own copy, which stands aside where this one has run. Returns its path in `dist`.
 */
async function buildEarly(root: string, dist: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { write: false, target: 'es2022', copyPublicDir: false, modulePreload: false, rolldownOptions: { input: join(root, 'src/early.ts') } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`src/early.ts must build to one file, not ${chunks.length}`);
  const { code } = chunks[0];
  const name = `assets/early-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  writeFileSync(join(dist, name), code);
  return name;
}

/**
 * The app's entry and its preloads leave the page's markup for a `<meta name="kubewalk-app">` that
 * src/early.ts reads: it fetches them once the page has been parsed and painted. A script the
 * parser finds competes with the first paint for the connection (and Lighthouse counts every
 * request that ends before the largest paint as needed for it); the prerendered page needs none.
 */
export function deferAppScripts(html: string, app: readonly string[]): string {
  const entry = /\n?\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry?.[1]) throw new Error('index.html has no module entry script to defer');
  const preloads = [...html.matchAll(/\n?\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  const hrefs = [...new Set([entry[1], ...preloads.map((m) => m[1]), ...app])].join(' ');
  const rest = [entry, ...preloads].reduce((out, m) => out.replace(m[0], ''), html);
  return rest.replace('</head>', () => `  <meta name="kubewalk-app" content="${escapeHtml(hrefs)}" />\n  </head>`);
}

/**
 * embed.html's poster gets the picture of its scenario's first step in place of the generic
 * diagram: still HTML and CSS, no script before Start.
 */
export function fillPoster(template: string, page: Prerendered): string {
  if (!POSTER_SLOT.test(template)) throw new Error('embed.html has no <!--poster--> slot');
  return template
    .replace(POSTER_SLOT, () => page.poster)
    .replace('</head>', () => `<style>${page.posterCss}</style>\n  </head>`)
    .replace('<main id="kw-embed"', () => `<main data-poster-of="${escapeHtml(page.posterOf)}" id="kw-embed"`);
}

/** Splits the stylesheets for the pages (scripts/late-css.ts) and writes each late sheet beside its stylesheet: the inline CSS, and href → late href. */
function splitStyles(dist: string, hrefs: readonly string[], read: (href: string) => string, pages: readonly PageNames[]): { inline: string; late: Map<string, string> } {
  const { inline, late: sheets } = splitSheets(hrefs.map(read), pages);
  const late = new Map<string, string>();
  hrefs.forEach((href, i) => {
    const css = sheets[i] ?? '';
    const name = href.replace(/\.css$/, `.late-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`);
    writeFileSync(join(dist, name.slice(1)), css);
    late.set(href, name);
  });
  return { inline, late };
}

/**
 * What a prerendered page runs while it starts (the entry, the view, the engine) gets V8's explicit
 * compile hint as its first line: V8 then compiles each such file whole, off the main thread, as it
 * arrives, rather than function by function on the main thread at each one's first call. Main-
 * thread compiling after the first paint went from 123 to 33 ms (median of 12 loads, this
 * machine); a file that ran only in part would cost background time and memory for what it never
 * calls. Returns src/boot.tsx's chunk and everything it imports: the entry evaluates them a few at
 * a time, so they are all fetched at once beforehand.
 */
function hintStartup(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  /** A module's chunk and everything it imports, statically. */
  const closure = (module: string) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const dep of byName.get(name)?.imports ?? []) visit(dep);
    };
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
    if (chunk) visit(chunk.fileName);
    return [...seen];
  };
  const boot = closure('/src/boot.tsx');
  for (const name of new Set([...closure('/src/main.tsx'), ...boot, ...closure('/src/store/domain.ts')])) {
    const chunk = byName.get(name);
    if (chunk) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  }
  return boot;
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let app: string[] = [];
  const client = () => !config.build.ssr && !config.build.lib;
  return {
    name: 'kubewalk-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After Vite's own, which puts a line of its own at the top of chunks that import others.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        if (client()) app = hintStartup(bundle).map((name) => `${config.base}${name}`);
      },
    },
    async closeBundle() {
      // The server build below loads this config too; and library builds have no index.html.
      if (!client()) return;
      const dist = resolve(config.root, config.build.outDir);
      const early = await buildEarly(config.root, dist);
      // Per process: worktrees that share node_modules may build at the same time.
      const out = join(config.root, 'node_modules', '.cache', `kubewalk-prerender-${process.pid}`);
      await build({
        configFile: config.configFile,
        logLevel: 'warn',
        build: {
          ssr: join(config.root, 'scripts/prerender-entry.tsx'),
          outDir: out,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'entry.mjs' } },
        },
      });
      const bundle = join(out, 'entry.mjs');
      const read = (href: string) => readFileSync(join(dist, href.slice(1)), 'utf8');
      const index = inlineFavicon(readFileSync(join(dist, 'index.html'), 'utf8'), read);
      const template = deferAppScripts(earlyScript(index, `${config.base}${early}`), app);
      const home = await renderPage(bundle, '');
      const pages = [{ file: 'index.html', page: home, html: fillTemplate(template, home, `${config.base}index.seed.json`) }];
      const embed = join(dist, 'embed.html');
      if (existsSync(embed)) writeFileSync(embed, fillPoster(readFileSync(embed, 'utf8'), home));
      for (const { id } of home.seed.scenarios) {
        if (!PAGE_ID.test(id)) throw new Error(`scenario id "${id}" cannot be a page name`);
        const page = await renderPage(bundle, `?scenario=${id}`);
        pages.push({ file: `s/${id}.html`, page, html: fillTemplate(template, page, `${config.base}s/${id}.seed.json`, { title: `${page.title} — kubewalk`, description: page.summary }) });
      }
      const { inline, late } = splitStyles(dist, stylesheetsOf(template), read, pages.map((p) => namesIn(p.html)));
      mkdirSync(join(dist, 's'), { recursive: true });
      for (const { file, page, html } of pages) {
        writeFileSync(join(dist, file.replace(/\.html$/, '.seed.json')), JSON.stringify(page.seed));
        writeFileSync(join(dist, file), inlineStyles(html, inline, (href) => late.get(href) ?? href));
      }
      rmSync(out, { recursive: true, force: true });
      config.logger.info(`prerendered index.html and ${home.seed.scenarios.length} scenario pages (s/<id>.html)`);
    },
  };
}
