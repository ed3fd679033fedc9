// The main thread's tasks while a prerendered page starts, from navigation to a second after it is
// live, each with what filled it (layout, a script's functions, React's slices…): where Lighthouse's
// total blocking time comes from. Not a budget. Lighthouse multiplies each task's length by its CPU
// slowdown, so a task counts once it is longer than 50 ms / slowdown (10 ms at ×5).
// Usage: npm run build && npm run measure:startup [-- --runs 3 --min 5 --path /s/get-nodes.html]
import { chromium } from '@playwright/test';
import { withPreview, CHROMIUM, CHROMIUM_FLAGS, median } from './preview-server.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const minMs = Number(arg('min', 5));
const path = arg('path', '/?scenario=create-pod');
const SLOWDOWN = 5;
// Trace events that say what a task did; the rest (their parents and children) would count twice.
const KINDS = /^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|ParseHTML|ParseAuthorStyleSheet|EvaluateScript|FunctionCall|TimerFire|RunMicrotasks|v8\.compileModule|v8\.evaluateModule|MinorGC|MajorGC|DocumentLoader::CommitNavigation)$/;

function describe(task, events) {
  const by = new Map();
  for (const e of events) {
    if (e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || !KINDS.test(e.name)) continue;
    const url = e.args?.data?.url ?? '';
    const key = url ? `${e.name}(${url.replace(/.*\//, '').replace(/\?.*/, '')})` : e.name;
    by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ');
}

const results = await withPreview(Number(process.env.MEASURE_PORT ?? 5181), async (base) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const all = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading'] });
      await page.goto(base + path);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await page.waitForTimeout(1000);
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
      await context.close();
      const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
      const main = traceEvents.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X');
      const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= minMs * 1000).sort((a, b) => a.ts - b.ts);
      console.log(`run ${run} (ms from the first contentful paint, real ms, what filled the task):`);
      for (const t of tasks) console.log(`  ${((t.ts - fcp.ts) / 1000).toFixed(0).padStart(6)} ${(t.dur / 1000).toFixed(1).padStart(6)}  ${describe(t, main)}`);
      // As Lighthouse counts it: the part of each task after the first paint, slowed down.
      const blocking = tasks.reduce((sum, t) => sum + Math.max(0, (SLOWDOWN * (t.ts + t.dur - Math.max(t.ts, fcp.ts))) / 1000 - 50), 0);
      all.push({ longest: Math.max(0, ...tasks.filter((t) => t.ts + t.dur > fcp.ts).map((t) => t.dur / 1000)), blocking });
    }
  } finally {
    await browser.close();
  }
  return all;
});

console.log(`longest task after the first paint, median of ${runs}: ${median(results.map((r) => r.longest)).toFixed(1)} ms`);
console.log(`those tasks at ×${SLOWDOWN}, blocking time over 50 ms each, median of ${runs}: ${median(results.map((r) => r.blocking)).toFixed(0)} ms`);
