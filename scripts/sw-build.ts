// Writes dist/sw.js from scripts/sw-template.js: the list of every file of the build to precache
// and a version that changes whenever any of them changes (a hash of their contents).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files a browser never asks for: Vite's manifest. */
const SKIP = /(^|\/)\.vite\//;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function writeServiceWorker(dist: string, template: string): { version: string; files: number } {
  const files = walk(dist)
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`)
    .filter((f) => f !== '/sw.js' && !SKIP.test(f))
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
