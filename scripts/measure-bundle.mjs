// Initial JavaScript budget: sums the gzip size of every script the built index.html loads up
// front (its module script and modulepreload links). Run after `vite build`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { budget, finish } from './budget.mjs';

const BUDGET_KB = Number(process.env.BUDGET_KB ?? 180);
const DIST = process.env.DIST ?? 'dist';
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const srcs = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
const files = [...new Set(srcs)].map((src) => {
  const bytes = readFileSync(join(DIST, src.replace(/^\//, '')));
  return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = files.reduce((sum, f) => sum + f.gzip, 0);
for (const f of files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} kB gzip  ${(f.raw / 1024).toFixed(1).padStart(7)} kB raw  ${f.src}`);
const kb = total / 1024;
budget('initial JavaScript of the app (index.html), gzip', `${kb.toFixed(1)} kB`, `≤ ${BUDGET_KB} kB`, kb <= BUDGET_KB, 'size');
// The engine, catalog and scenarios load right after the first paint; report them beside it.
for (const name of readdirSync(join(DIST, 'assets')).filter((n) => /^domain-.*\.js$/.test(n))) {
  const gz = gzipSync(readFileSync(join(DIST, 'assets', name)), { level: 9 }).length / 1024;
  console.log(`loaded after the first paint: ${gz.toFixed(1)} kB gzip  /assets/${name} (engine, catalog, scenarios)`);
}
if (files.length === 0) {
  console.error('no scripts found in dist/index.html: is the build broken?');
  process.exit(1);
}
finish();
