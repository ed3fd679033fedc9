// Build-time help for the embed page: (1) a virtual module with every scenario's id, title and
// summary, so the poster can name the scenario without loading the engine; (2) for GitBook and
// other oEmbed consumers, `oembed/<id>.json` per scenario and `embed/<id>.html`, a copy of the
// embed page whose discovery link points at that scenario's oEmbed file. oEmbed needs absolute
// addresses: they come from KUBEWALK_URL (where the site is served), default the local preview.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const VIRTUAL = 'virtual:kubewalk-scenario-titles';
const RESOLVED = `\0${VIRTUAL}`;

export interface ScenarioTitle {
  id: string;
  title: string;
  summary: string;
}

export function scenarioTitles(dir = 'scenarios'): ScenarioTitle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8')) as Partial<ScenarioTitle> | null;
      return { id: String(doc?.id ?? f.replace(/\.yaml$/, '')), title: String(doc?.title ?? ''), summary: String(doc?.summary ?? '') };
    });
}

export function siteUrl(): string {
  const url = process.env.KUBEWALK_URL ?? 'http://localhost:4173/';
  return url.endsWith('/') ? url : `${url}/`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EMBED_HEIGHT = 560;

/** The oEmbed 1.0 "rich" response for one scenario. */
export function oembedFor(s: ScenarioTitle, base: string): Record<string, string | number> {
  const src = `${base}embed.html?scenario=${encodeURIComponent(s.id)}`;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'kubewalk',
    provider_url: base,
    title: `kubewalk: ${s.title}`,
    width: 800,
    height: EMBED_HEIGHT,
    html: `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`kubewalk: ${s.title}`)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy" allowfullscreen></iframe>`,
  };
}

function discoveryLink(s: ScenarioTitle, base: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(`${base}oembed/${s.id}.json`)}" title="${escapeAttr(`kubewalk: ${s.title}`)}" />`;
}

export function embedPlugin(): Plugin {
  return {
    name: 'kubewalk-embed',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const f of readdirSync('scenarios')) this.addWatchFile(join(process.cwd(), 'scenarios', f));
      return `export const titles = ${JSON.stringify(scenarioTitles())};\n`;
    },
    // embed.html names the default scenario's oEmbed file; embed/<id>.html names its own.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('embed.html')) return html;
        const first = scenarioTitles().find((s) => s.id === 'create-pod');
        return first ? html.replace('</head>', `    ${discoveryLink(first, siteUrl())}\n  </head>`) : html;
      },
    },
    generateBundle: {
      // After Vite's HTML plugin has emitted embed.html.
      order: 'post',
      handler(_options, bundle) {
      const page = bundle['embed.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      const base = siteUrl();
      const html = page.source.replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');
      for (const s of scenarioTitles()) {
        this.emitFile({ type: 'asset', fileName: `oembed/${s.id}.json`, source: `${JSON.stringify(oembedFor(s, base), null, 2)}\n` });
        const meta = `<meta name="kubewalk-scenario" content="${escapeAttr(s.id)}" />\n    <meta name="kubewalk-app" content="../" />\n    ${discoveryLink(s, base)}`;
        this.emitFile({ type: 'asset', fileName: `embed/${s.id}.html`, source: html.replace('</head>', `  ${meta}\n  </head>`) });
      }
      },
    },
  };
}
