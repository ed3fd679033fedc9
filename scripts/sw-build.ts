// Writes dist/sw.js from scripts/sw-template.js once the build is written: the list of every file
// of the build to precache (app, embed pages, lazily loaded chunks, scenario pages) and a version
// that changes whenever any of them changes (a hash of their contents).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Files a browser never asks for: Vite's manifest, the worker itself. */
const SKIP = /(^|\/)\.vite\/|^\/sw\.js$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function writeServiceWorker(dist: string, template: string): { version: string; files: number } {
  const files = walk(dist)
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`)
    .filter((f) => !SKIP.test(f))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
  const version = hash.digest('hex').slice(0, 12);
  const source = readFileSync(template, 'utf8')
    .replace("'__VERSION__'", () => JSON.stringify(version))
    .replace("'__PRECACHE__'", () => JSON.stringify(JSON.stringify(files)));
  writeFileSync(join(dist, 'sw.js'), source);
  return { version, files: files.length };
}

/** Runs last in the app build (after every plugin has written its files); not in dev. */
export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'kubewalk-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved: (resolved) => void (config = resolved),
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!config || config.build.ssr || config.build.lib) return;
        const dist = resolve(config.root, config.build.outDir);
        const { version, files } = writeServiceWorker(dist, resolve(config.root, 'scripts/sw-template.js'));
        config.logger.info(`service worker ${version}: ${files} files precached`);
      },
    },
  };
}
