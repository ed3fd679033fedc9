// Soak (issue 6): autoplays every scenario in a loop in headless Chromium, motion on, for a while,
// and checks that the page stays healthy: zero console errors and JS heap growth under 10%. The
// heap is measured after a first pass over every scenario (their traces are cached from then on,
// by design) and again at the end, each time after forcing garbage collection through the
// DevTools protocol. The build is served as a host serves it, under the strict CSP.
// Usage: npm run build && npm run soak -- --minutes 30   (npm test runs 2 minutes)
import { withApp } from './preview-server.mjs';
import { withServer } from './measure-server.mjs';
import { budget, finish } from './budget.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const minutes = arg('minutes', 2);
const MAX_GROWTH = 0.1;

const errors = [];
const watchErrors = (page) => {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
};

const result = await withServer(Number(process.env.MEASURE_PORT ?? 0), (base) =>
  withApp(base, '/?level=standard', { setup: watchErrors }, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.getByLabel('Speed').selectOption({ label: '2×' });
    const picker = page.getByLabel('Scenario');
    const ids = await picker.locator('option').evaluateAll((os) => os.map((o) => o.value));
    const playButton = page.getByRole('button', { name: 'Play', exact: true });
    const play = async (id, ms) => {
      await picker.selectOption(id);
      await playButton.click();
      // Until the scenario ends (the button says Play again) or its time slice is used up.
      await playButton.waitFor({ timeout: ms }).catch(() => undefined);
      const pause = page.getByRole('button', { name: 'Pause', exact: true });
      if (await pause.isVisible()) await pause.click();
    };
    const started = Date.now();
    const budgetMs = minutes * 60_000;
    // Pass 1: every scenario briefly, so each trace is simulated and cached before the baseline.
    for (const id of ids) await play(id, 500);
    const before = await heap();
    const slice = Math.max(2_000, Math.floor((budgetMs - (Date.now() - started)) / ids.length));
    let rounds = 0;
    let played = 0;
    while (Date.now() - started < budgetMs) {
      for (const id of ids) {
        if (Date.now() - started >= budgetMs) break;
        await play(id, slice);
        played++;
      }
      rounds++;
    }
    const after = await heap();
    return { ids, before, after, errors, rounds, played, seconds: (Date.now() - started) / 1000 };
  }),
);

const growth = (result.after - result.before) / result.before;
const mb = (b) => (b / 1048576).toFixed(1);
console.log(`soak: ${result.played} scenario plays over ${result.ids.length} scenarios (${result.rounds} rounds) in ${result.seconds.toFixed(0)} s`);
for (const e of result.errors.slice(0, 5)) console.log(`  console error: ${e}`);
budget('soak console errors', String(result.errors.length), '0', result.errors.length === 0, 'check');
budget('soak JS heap growth after GC', `${mb(result.before)} MB → ${mb(result.after)} MB, ${(growth * 100).toFixed(1)}%`, `< ${MAX_GROWTH * 100}%`, growth < MAX_GROWTH, 'memory');
finish();
