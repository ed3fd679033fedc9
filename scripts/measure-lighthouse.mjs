// Lighthouse, mobile preset (its default), against the production build served by `vite preview`.
// Usage: npm run build && npm run measure:lighthouse [-- --runs 3]. Prints each run and the medians,
// and exits 1 when a median misses the issue's budget.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { withPreview, CHROMIUM, CHROMIUM_FLAGS, median } from './preview-server.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const path = process.env.LH_PATH ?? '/?scenario=create-pod';
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

const results = await withPreview(5181, async (base) => {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
    try {
      const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' });
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
      scores.lcpMs = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      scores.tbtMs = Math.round(lhr.audits['total-blocking-time'].numericValue);
      scores.fcpMs = Math.round(lhr.audits['first-contentful-paint'].numericValue);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      console.log(`run ${i + 1}:`, JSON.stringify(scores), failing.length ? `failing audits: ${failing.join(', ')}` : '');
      all.push(scores);
    } finally {
      await chrome.kill();
    }
  }
  return all;
});

let ok = true;
for (const key of ['performance', 'accessibility', 'best-practices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs']) {
  const m = median(results.map((r) => r[key]));
  const budget = BUDGET[key];
  const pass = budget === undefined || m >= budget;
  ok &&= pass;
  console.log(`median ${key}: ${m}${budget !== undefined ? ` (budget ≥ ${budget}) ${pass ? 'ok' : 'MISSED'}` : ''}`);
}
process.exit(ok ? 0 : 1);
