// Plays a whole scenario at 2× with motion on and records every long task (> 50 ms) the browser
// reports. `node scripts/measure-longtasks.mjs [scenario=create-pod] [--level deep|standard|overview]`
// (deep, the default, has the most steps). Run after `npm run build`.
import { withApp, withPreview } from './preview-server.mjs';
import { budget, finish } from './budget.mjs';

const args = process.argv.slice(2);
const levelAt = args.indexOf('--level');
const level = levelAt >= 0 ? args[levelAt + 1] : 'deep';
const scenario = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--level') ?? 'create-pod';
const recordLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
};

// Checkpoint questions stay off (withApp): they pause playback, and this is a play-through.
const result = await withPreview(Number(process.env.MEASURE_PORT ?? 5182), (base) =>
  withApp(base, `/?scenario=${scenario}&level=${level}&step=1`, { setup: (page) => page.addInitScript(recordLongTasks) }, async (page) => {
    const loadTasks = await page.evaluate(() => window.__longTasks.splice(0));
    await page.getByLabel('Speed').selectOption({ label: '2×' }).catch(async () => {
      await page.getByRole('radio', { name: '2×' }).check();
    });
    // From here on, CSS selectors and a slow poll only: a role query computes accessible names
    // over the whole page, in the page, and was itself reported as a 30–45 ms long task.
    const play = page.locator('.kw-controls .kw-btn-primary');
    await play.waitFor();
    loadTasks.push(...(await page.evaluate(() => window.__longTasks.splice(0))));
    const started = Date.now();
    await play.click();
    await page.waitForFunction(() => document.querySelector('.kw-controls .kw-btn-primary')?.textContent === 'Play', null, {
      polling: 500,
      timeout: 300_000,
    });
    const steps = await page.locator('[aria-label="Step narration"]').getAttribute('data-step-index');
    const total = await page.locator('.kw-controls input[type="range"]').getAttribute('max');
    const playTasks = await page.evaluate(() => window.__longTasks);
    return { loadTasks, playTasks, steps, total, seconds: (Date.now() - started) / 1000 };
  }),
);

const longest = Math.max(0, ...result.playTasks.map((t) => t.ms));
console.log(`played ${scenario} at 2× to step ${result.steps} of ${result.total} in ${result.seconds.toFixed(1)} s`);
if (result.steps !== result.total) {
  console.error('playback stopped before the last step: nothing measured past it');
  process.exit(1);
}
console.log(`long tasks during load and setup: ${result.loadTasks.length} (${result.loadTasks.map((t) => t.ms + ' ms').join(', ') || 'none'})`);
console.log(`long tasks while playing: ${result.playTasks.length} (${result.playTasks.map((t) => t.ms + ' ms').join(', ') || 'none'})`);
budget(`longest task during a 2× play-through (${scenario}, ${level})`, `${longest} ms`, 'none over 50 ms', result.playTasks.length === 0);
finish();
