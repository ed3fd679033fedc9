// Embed budget: the gzip size of every script dist/embed.html loads up front (its module script
// and modulepreload links: the poster; the walkthrough loads on the click), and how soon the
// poster paints (first contentful paint in headless Chromium against the built files). Run after
// the build. EMBED_BUDGET_KB (150) and POSTER_BUDGET_MS (1500) set the limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from './export-serve.mjs';
import { withApp } from './preview-server.mjs';
import { budget, finish } from './budget.mjs';

const BUDGET_KB = Number(process.env.EMBED_BUDGET_KB ?? 150);
const POSTER_MS = Number(process.env.POSTER_BUDGET_MS ?? 1500);
const DIST = process.env.DIST ?? 'dist';

const html = readFileSync(join(DIST, 'embed.html'), 'utf8');
const srcs = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
if (srcs.length === 0) {
  console.error('no scripts found in dist/embed.html: is the build broken?');
  process.exit(1);
}
let total = 0;
for (const src of new Set(srcs)) {
  const bytes = readFileSync(join(DIST, src.replace(/^\//, '')));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} kB gzip  ${(bytes.length / 1024).toFixed(1).padStart(7)} kB raw  ${src}`);
}
const kb = total / 1024;
budget('initial JavaScript of the embed (embed.html), gzip', `${kb.toFixed(1)} kB`, `≤ ${BUDGET_KB} kB`, kb <= BUDGET_KB, 'size');
const host = gzipSync(readFileSync(join(DIST, 'kubewalk-embed.js')), { level: 9 }).length / 1024;
console.log(`kubewalk-embed.js (host script): ${host.toFixed(1)} kB gzip`);

// The poster's first paint, served from the built files by a bare static server.
const server = await serveDist(DIST);
// The poster marks nothing: it is ready once its start button is there.
const poster = (page) => page.getByRole('button', { name: 'Start the walkthrough' }).waitFor();
let fcp;
try {
  fcp = await withApp(server.url, '/embed.html?scenario=create-pod', { ready: poster }, (page) =>
    page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity),
  );
} finally {
  await server.close();
}
budget('embed poster first contentful paint', `${fcp.toFixed(0)} ms`, `≤ ${POSTER_MS} ms`, fcp <= POSTER_MS, 'timing');
finish();
