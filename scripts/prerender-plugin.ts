// Build-time prerender: after the browser build, builds scripts/prerender-entry.tsx for Node,
// renders the app's first frame (default scenario, and each scenario's first step) and writes it
// into dist/index.html and dist/<scenario-id>.html, so the reader sees the graph and the first
// narration before any script runs. src/main.tsx then hydrates it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { build } from 'vite';
import type { Prerendered } from './prerender-entry';
import { writeServiceWorker } from './sw-build.js';

const SLOT = /<!--prerender-->[\s\S]*?<!--\/prerender-->/;

type Render = (search: string) => Promise<Prerendered>;

/** One fresh module instance per page: the app's stores are singletons read from the URL. */
async function renderPage(bundle: string, search: string): Promise<Prerendered> {
  const url = `${pathToFileURL(bundle).href}?page=${encodeURIComponent(search)}`;
  const mod = (await import(url)) as { render: Render };
  return mod.render(search);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fillTemplate(template: string, page: Prerendered, title?: string): string {
  if (!SLOT.test(template)) throw new Error('index.html has no <!--prerender--> slot inside #root');
  let html = template
    .replace(SLOT, () => page.html)
    .replace('<div id="root">', `<div id="root" data-prerendered="${escapeHtml(page.marker)}">`);
  if (title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  return html;
}

/**
 * The first frame's stylesheet goes into the page itself: one round trip less before the first
 * paint on a slow network (the CSP allows inline styles, never inline scripts).
 */
function inlineStyles(html: string, dist: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_, file: string) => {
    const css = readFileSync(join(dist, file), 'utf8').replace(/<\/style/gi, '<\\/style');
    return `<style>${css}</style>`;
  });
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kubewalk-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const dist = join(config.root, config.build.outDir);
      const out = join(config.root, 'node_modules', '.cache', 'kubewalk-prerender');
      const stills = join(config.root, 'scripts/prerender-stills.tsx');
      await build({
        configFile: config.configFile,
        logLevel: 'warn',
        plugins: [
          {
            name: 'kubewalk-prerender-stills',
            enforce: 'pre',
            resolveId: (source) => (/[\\/](AppearMotion|PacketMotion)$/.test(source) ? stills : null),
          },
        ],
        build: {
          ssr: join(config.root, 'scripts/prerender-entry.tsx'),
          outDir: out,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'entry.mjs' } },
        },
      });
      const bundle = join(out, 'entry.mjs');
      const template = inlineStyles(readFileSync(join(dist, 'index.html'), 'utf8'), dist);
      const home = await renderPage(bundle, '');
      writeFileSync(join(dist, 'index.html'), fillTemplate(template, home));
      for (const { id, title } of home.scenarios) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || id === 'index') throw new Error(`scenario id "${id}" cannot be a page name`);
        const page = await renderPage(bundle, `?scenario=${id}`);
        writeFileSync(join(dist, `${id}.html`), fillTemplate(template, page, `${title} — kubewalk`));
      }
      rmSync(out, { recursive: true, force: true });
      config.logger.info(`prerendered index.html and ${home.scenarios.length} scenario pages`);
      // Last, once every file of the build exists: the service worker precaches them all.
      const sw = writeServiceWorker(dist, join(config.root, 'scripts/sw-template.js'));
      config.logger.info(`service worker ${sw.version} precaches ${sw.files} files`);
    },
  };
}
