// Pans the graph of `kubectl scale deployment web --replicas=1000` on a 100-node cluster (the
// test-only scenario scale-100x1000) and reports the frame times seen while panning: the deltas
// between animation frames, as a median (budget: under 20 ms) and 95th percentile. Two passes:
// fitted (every node on screen) and zoomed in to a readable size (most nodes culled). Run after
// `npm run build`; `node scripts/measure-pan.mjs [scenario-id]`.
import { withApp, withPreview, median } from './preview-server.mjs';
import { budget, finish } from './budget.mjs';

const scenario = process.argv[2] ?? 'scale-100x1000';
const BUDGET_MS = 20;
const MOVES = 90;

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Drags the pane in small steps while the page records every animation frame's delta. */
async function pan(page, from, dx, dy) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__panning = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__panning) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    // Out and back, so the pass ends where it began and can be repeated.
    const k = i <= MOVES / 2 ? i : MOVES - i;
    await page.mouse.move(from.x + (dx * k) / (MOVES / 2), from.y + (dy * k) / (MOVES / 2));
  }
  await page.mouse.up();
  return page.evaluate(() => {
    window.__panning = false;
    return window.__frames.slice(1);
  });
}

const result = await withPreview(Number(process.env.MEASURE_PORT ?? 5186), (base) =>
  withApp(base, `/?scenario=${scenario}&level=overview`, { page: { viewport: { width: 1440, height: 900 } } }, async (page) => {
    // From the navigation's start to the live app.
    const loadSeconds = (await page.evaluate(() => performance.now())) / 1000;
    // The last step: every Pod placed and Running.
    await page.keyboard.press('End');
    const graph = page.locator('section.kw-graph');
    if ((await graph.getAttribute('data-grid')) !== 'true') throw new Error(`${scenario} does not lay its nodes out in a grid`);
    const box = await graph.boundingBox();
    const chips = await page.locator('.kw-pod-count').count();
    // A blank spot of the pane: left of the control plane row.
    const from = { x: box.x + 30, y: box.y + 40 };
    const fitted = await pan(page, from, 300, 160);
    // CSS, not roles: at this size the etcd table and step list hold thousands of rows, and a
    // role query walks the whole accessibility tree.
    for (let i = 0; i < 8; i++) await page.locator('button[aria-label="Zoom in"]').click();
    const zoom = await page.evaluate(() => {
      const m = /scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '');
      return m ? Number(m[1]) : NaN;
    });
    const zoomed = await pan(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 400, 250);
    const mounted = await page.locator('.react-flow__node').count();
    return { loadSeconds, chips, fitted, zoomed, zoom, mounted };
  }),
);

const line = (name, frames) =>
  `${name}: ${frames.length} frames, median ${median(frames).toFixed(1)} ms, p95 ${percentile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`;
console.log(`${scenario}: loaded and simulated in ${result.loadSeconds.toFixed(1)} s; ${result.chips} phase count chips on the last step`);
console.log(line('pan, fitted (all nodes in view)', result.fitted));
console.log(line(`pan, zoomed to ${result.zoom.toFixed(2)} (${result.mounted} graph nodes mounted)`, result.zoomed));
const worst = Math.max(median(result.fitted), median(result.zoomed));
budget(`pan frame time, median of the worse pass (${scenario})`, `${worst.toFixed(1)} ms`, `< ${BUDGET_MS} ms`, worst < BUDGET_MS);
finish();
