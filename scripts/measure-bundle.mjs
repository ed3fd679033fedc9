// Initial JavaScript budget: the gzip size of every script the app runs before it is live. That is
// the page's own script (src/early.ts, which records early input), the entry, what it loads at once
// (src/boot.tsx hydrates) and everything those import statically, followed through Vite's
// manifest. The domain chunk (engine, catalog, scenarios) also loads at once and is reported
// beside the budget. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { budget, finish } from './budget.mjs';

const BUDGET_KB = Number(process.env.BUDGET_KB ?? 180);
const DIST = process.env.DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
// Loaded by the entry unconditionally, before the app is live. (The entry's own copy of
// src/early.ts loads only where the page has not run it: not on the prerendered index.html.)
const STARTUP = ['src/boot.tsx'];

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
if (!entry) {
  console.error('no index.html entry in dist/.vite/manifest.json: is the build broken?');
  process.exit(1);
}
const missing = STARTUP.filter((k) => !manifest[entry].dynamicImports?.includes(k));
if (missing.length) console.log(`note: the entry no longer loads ${missing.join(', ')} itself`);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const files = [...closure([entry, ...STARTUP.filter((k) => !missing.includes(k))])].map((k) => {
  const file = manifest[k].file;
  return { file, raw: readFileSync(join(DIST, file)).length, gzip: gz(file) };
});
// The prerendered page's own script (src/early.ts built as one file) is not in the manifest.
const page = readFileSync(join(DIST, 'index.html'), 'utf8');
for (const [, src] of page.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) {
  if (!files.some((f) => f.file === src)) files.push({ file: src, raw: readFileSync(join(DIST, src)).length, gzip: gz(src) });
}
for (const f of files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} kB gzip  ${(f.raw / 1024).toFixed(1).padStart(7)} kB raw  /${f.file}`);
const kb = files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
budget('initial JavaScript of the app (index.html), gzip', `${kb.toFixed(1)} kB`, `≤ ${BUDGET_KB} kB`, kb <= BUDGET_KB, 'size');
const domain = manifest['src/store/domain.ts'];
if (domain) {
  const own = [...closure(['src/store/domain.ts'])].filter((k) => !files.some((f) => f.file === manifest[k].file));
  const dkb = own.reduce((sum, k) => sum + gz(manifest[k].file), 0) / 1024;
  console.log(`loaded right after: ${dkb.toFixed(1)} kB gzip  /${domain.file} and its own imports (engine, catalog, scenarios)`);
}
finish();
