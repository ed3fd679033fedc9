// Lighthouse, mobile preset (its default), against the production build served by `vite preview`.
// Usage: npm run build && npm run measure:lighthouse [-- --runs 3]. Prints each run and the medians,
// and exits 1 when a median misses the budget (issue 6, item 7). LH_PATH picks the page
// (default the app's first frame), MEASURE_PORT the port (default 5181), LH_REPORT=<file> keeps
// the last run's full report.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { withPreview, CHROMIUM, CHROMIUM_FLAGS, median } from './preview-server.mjs';
import { budget, finish } from './budget.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const path = process.env.LH_PATH ?? '/?scenario=create-pod';
// CPU calibration (Lighthouse's throttling guide): the mobile preset's 4× slowdown assumes a host
// with a benchmarkIndex of about 1533, so the simulated phone is ≈ 383. This machine is shared and
// its index swings with load, so each run first measures it in the same Chromium and sets the
// slowdown to index / 383 (at least 1×): the phone stays the same, whatever else the machine does.
const PHONE_INDEX = 1533 / 4;

async function benchmarkIndex(port) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    const index = await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`);
    await page.close();
    return index;
  } finally {
    await browser.close();
  }
}

// Lighthouse's mobile preset (mobileSlow4G), spelled out so that only the CPU multiplier changes.
const MOBILE_SLOW_4G = { rttMs: 150, throughputKbps: 1.6 * 1024, requestLatencyMs: 150 * 3.75, downloadThroughputKbps: 1.6 * 1024 * 0.9, uploadThroughputKbps: 750 * 0.9 };

const results = await withPreview(Number(process.env.MEASURE_PORT ?? 5181), async (base) => {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
    try {
      const index = await benchmarkIndex(chrome.port);
      const cpuSlowdownMultiplier = Math.max(1, index / PHONE_INDEX);
      const { lhr } = await lighthouse(
        base + path,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        { extends: 'lighthouse:default', settings: { throttling: { ...MOBILE_SLOW_4G, cpuSlowdownMultiplier } } },
      );
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
      scores.lcpMs = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      scores.tbtMs = Math.round(lhr.audits['total-blocking-time'].numericValue);
      scores.fcpMs = Math.round(lhr.audits['first-contentful-paint'].numericValue);
      scores.cls = Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3));
      scores.documentBytes = lhr.audits['network-requests'].details.items.find((r) => r.resourceType === 'Document')?.transferSize ?? Infinity;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      console.log(`run ${i + 1}: benchmarkIndex ${Math.round(index)} → CPU ×${cpuSlowdownMultiplier.toFixed(2)}`, JSON.stringify(scores), failing.length ? `failing audits: ${failing.join(', ')}` : '');
      all.push(scores);
      // LH_REPORT=<file>: the last run's full report, for a look at what missed.
      if (process.env.LH_REPORT) writeFileSync(process.env.LH_REPORT, JSON.stringify(lhr));
    } finally {
      await chrome.kill();
    }
  }
  return all;
});

const m = (key) => median(results.map((r) => r[key]));
const name = (key) => `Lighthouse mobile ${key}, median of ${results.length}`;
// Scores: at least. Those that depend on the machine's speed are timings; accessibility, best
// practices and SEO are checks: load does not change them.
const atLeast = (key, limit, kind) => budget(name(key), String(m(key)), `≥ ${limit}`, m(key) >= limit, kind);
atLeast('performance', 98, 'timing');
atLeast('accessibility', 100, 'check');
atLeast('best-practices', 100, 'check');
atLeast('seo', 100, 'check');
console.log(`median fcpMs: ${m('fcpMs')}`);
// Times and shift: below.
const below = (key, limit) => budget(name(key), String(m(key)), `< ${limit}`, m(key) < limit, 'timing');
// The budget, knowingly unmet: Lantern's LCP counts every request that ended before the
// observed paint, from the end of the task that issued it. Any script a prerendered page loads (here
// src/early.ts) is issued in Chrome's first parse task (the head and 250 tokens, 10–12 ms), so the
// floor is the document (~605 ms at 150 ms RTT) + that task × the CPU slowdown + one round trip:
// 810–850 ms at ×4.5–7, and about the same with no inline CSS at all (815 against 819 at ×4.5).
below('lcpMs', 800);
below('tbtMs', 100);
below('cls', 0.01);
// The page as Chrome received it (gzip body and headers) must fit in TCP's first congestion window,
// 10 segments of 1,460 bytes: Lighthouse's simulation gives a page that does not one more round
// trip (150 ms) before its first paint. The same bytes every run: the largest is the figure.
const documentBytes = Math.max(...results.map((r) => r.documentBytes));
budget('prerendered page as sent, in TCP\'s first window', `${documentBytes} bytes`, '≤ 14600 bytes', documentBytes <= 14600, 'size');
finish();
