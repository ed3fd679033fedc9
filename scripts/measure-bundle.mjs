// Initial JavaScript budget per entry page, from Vite's manifest (run after `vite build`). An
// entry's initial JavaScript is its own chunk, every chunk it imports statically, and the app
// chunk it starts right after the first paint (src/boot.tsx) with that chunk's static imports:
// everything that must arrive before the page answers a click. The domain chunk (engine, catalog,
// scenarios) loads beside it and is reported apart.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { budget, finish } from './budget.mjs';

const DIST = process.env.DIST ?? 'dist';
/** Budget (kB gzip) per entry page; an entry without one gets BUDGET_KB. */
const BUDGETS = { 'index.html': 180, 'embed.html': 150 };
const DEFAULT_KB = Number(process.env.BUDGET_KB ?? 180);
/** Dynamic imports an entry starts at once, whatever the user does. */
const STARTED_AT_ONCE = new Set(['src/boot.tsx']);
const DEFERRED = new Set(['src/store/domain.ts']);

const manifestFile = join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`no ${manifestFile}: build with build.manifest on (vite.config.ts)`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entries = Object.entries(manifest).filter(([key, c]) => c.isEntry && key.endsWith('.html'));
if (entries.length === 0) {
  console.error('no HTML entries in the manifest: is the build broken?');
  process.exit(1);
}
for (const [key, chunk] of entries) {
  const started = (chunk.dynamicImports ?? []).filter((k) => STARTED_AT_ONCE.has(k));
  const initial = closure([key, ...started]);
  const files = [...initial].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const f of files) {
    const size = gz(f);
    total += size;
    console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB gzip  /${f}`);
  }
  const limit = BUDGETS[key] ?? DEFAULT_KB;
  const kb = total / 1024;
  budget(`initial JavaScript of ${key}, gzip`, `${kb.toFixed(1)} kB`, `≤ ${limit} kB`, kb <= limit, 'size');
  const deferred = [...closure((chunk.dynamicImports ?? []).filter((k) => DEFERRED.has(k)))].filter((k) => !initial.has(k));
  if (deferred.length > 0) {
    const size = deferred.reduce((sum, k) => sum + gz(manifest[k].file), 0) / 1024;
    console.log(`  loaded beside it: ${size.toFixed(1)} kB gzip (engine, catalog, scenarios)`);
  }
}
finish();
