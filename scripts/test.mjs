// `npm test`: the one gate (DESIGN.md rule 10). Type-check, lint, unit tests, build, browser tests,
// then the budgets (issue 6, item 7); stops at the first failing test stage and always ends with the
// line CI reads: `N passed, N failed, N skipped`, totalled from vitest's and Playwright's JSON
// reports. Budgets are not tests: they are listed under "Budgets:" just before that line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { failsGate, parseBudgets, reportOnly } from './budget.mjs';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Two runs in one work tree would overwrite each other's dist/ and reports: wait for the other.
const lock = join(tmpdir(), `kubewalk-test-${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8)}.lock`);
for (let waited = 0; ; waited++) {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    break;
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (!isAlive(holder)) rmSync(lock, { force: true });
    else {
      if (waited === 0) console.log(`waiting for another npm test in this tree (pid ${holder})…`);
      spawnSync('sleep', ['2']);
    }
  }
}
process.on('exit', () => rmSync(lock, { force: true }));

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const bin = (name) => `./node_modules/.bin/${name}`;
// Budgets: each measuring script prints `budget PASS|MISS [kind] name: figure (budget rule)` lines
// (scripts/budget.mjs). Every MISS fails the gate, whatever its kind (size, check, timing, memory),
// except a timing MISS under BUDGETS=report, which is only reported (a busy machine's timings).
// A budget stage never stops the others, so the summary lists every figure. SOAK_MINUTES changes the soak's length.
const measurePort = process.env.MEASURE_PORT ?? String(Number(process.env.E2E_PORT ?? 4173) + 1000);
const budgetStage = (name, script, args = [], { optional = false } = {}) => [name, 'node', [script, ...args], { budget: true, optional }];
const stages = [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--pretty', 'false']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  ['build host script', bin('vite'), ['build', '-c', 'vite.lib.config.ts', '--mode', 'host', '--logLevel', 'warn']],
  ['build web component', bin('vite'), ['build', '-c', 'vite.lib.config.ts', '--mode', 'element', '--logLevel', 'warn']],
  budgetStage('bundle budget', 'scripts/measure-bundle.mjs'),
  budgetStage('embed budget', 'scripts/measure-embed.mjs'),
  ['browser', bin('playwright'), ['test']],
  budgetStage('long task budget', 'scripts/measure-longtasks.mjs', ['create-pod', '--level', 'standard']),
  budgetStage('pan budget', 'scripts/measure-pan.mjs'),
  // Slot: key press → next step painted, p95 (the viewperf engineer ports the script).
  budgetStage('key press budget', 'scripts/measure-keypress.mjs', [], { optional: true }),
  // Slot: Lighthouse mobile preset, median of 3 (the prerender engineer owns the script).
  budgetStage('Lighthouse budget', 'scripts/measure-lighthouse.mjs', ['--runs', '3'], { optional: true }),
  budgetStage('soak', 'scripts/soak.mjs', ['--minutes', process.env.SOAK_MINUTES ?? '2']),
];

/** A script that prints no budget line is judged by its exit status; its lines naming a budget are the figures. */
function fallbackBudgets(name, output, status) {
  const lines = output.split('\n').filter((l) => /budget/i.test(l));
  const figures = lines.length > 0 ? lines : [`exit status ${status}`];
  return figures.map((text) => ({ pass: status === 0, kind: 'exit', text: `${name}: ${text.trim()} [no budget line: judged by exit status ${status}]` }));
}

/** CSP violations the browser reported to the preview server while the specs ran (scripts/csp-plugin.ts). */
function cspBudget() {
  const file = `${REPORTS}/csp-violations.jsonl`;
  const reports = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  for (const r of reports.slice(0, 5)) console.log(`  CSP violation: ${r.slice(0, 400)}`);
  return { pass: reports.length === 0, kind: 'check', text: `CSP violations reported during the browser tests: ${reports.length} (budget 0)` };
}

const budgets = [];
let failedStage = null;
for (const [name, cmd, args, opts = {}] of stages) {
  if (name === 'browser' && !ensureChromium()) {
    failedStage = name;
    break;
  }
  if (opts.optional && !existsSync(args[0])) {
    console.log(`\n▷ ${name}: skipped (${args[0]} does not exist yet)`);
    continue;
  }
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const env = { ...process.env, FORCE_COLOR: '0', MEASURE_PORT: measurePort, ...(opts.budget ? { BUDGET_REPORT: '1' } : {}) };
  const run = spawnSync(cmd, args, { stdio: opts.budget ? ['ignore', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let failed = run.status !== 0;
  if (opts.budget) {
    const output = run.stdout ?? '';
    process.stdout.write(output);
    const lines = parseBudgets(output);
    // A script that crashed after printing some figures still missed: its exit status says so.
    const found = lines.length > 0 && run.status === 0 ? lines : [...lines, ...fallbackBudgets(name, lines.length > 0 ? '' : output, run.status)];
    budgets.push(...found);
    failed = found.some((b) => !b.pass);
  }
  if (name === 'browser') budgets.push(cspBudget());
  console.log(`◀ ${name}: ${failed ? (opts.budget ? 'MISSED' : 'FAILED') : 'ok'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failed && !opts.budget) {
    failedStage = name;
    break;
  }
}

if (budgets.length > 0) {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const mode = reportOnly() ? 'BUDGETS=report: timing misses are reported, not failed' : 'every MISS fails the gate';
  console.log(`\nBudgets (load average ${load} on ${cpus().length} cores; ${mode}):`);
  for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'MISS'} [${b.kind}] ${b.text}`);
}
const failing = budgets.filter(failsGate);
if (!failedStage && failing.length > 0) failedStage = `budgets (${failing.length} missed)`;

const counts = { passed: 0, failed: 0, skipped: 0 };
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const vitest = read(`${REPORTS}/vitest.json`);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const pw = read(`${REPORTS}/playwright.json`);
if (pw) {
  counts.passed += pw.stats.expected + pw.stats.flaky;
  counts.failed += pw.stats.unexpected;
  counts.skipped += pw.stats.skipped;
}
// A stage that fails outside the runners (type-check, lint, build, budget) still counts as a failure.
if (failedStage && counts.failed === 0) counts.failed = 1;
if (failedStage) console.log(`\nnpm test stopped at: ${failedStage}`);
const summary = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
writeFileSync(`${REPORTS}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(failedStage ? 1 : 0);
