// `npm test`: the one gate (DESIGN.md rule 10). Type-check, lint, unit tests, build, bundle budget,
// browser tests; stops at the first failure and always ends with the line CI reads:
// `N passed, N failed, N skipped`, totalled from vitest's and Playwright's JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

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
// Budgets measured in a browser (issue 6, item 7). Each prints its figure beside its budget.
// `timing` ones depend on the CPU: on a machine too loaded to measure fairly (load average above
// twice the cores), a miss is reported as not judged instead of failing, unless STRICT_BUDGETS=1.
const measurePort = process.env.MEASURE_PORT ?? String(Number(process.env.E2E_PORT ?? 4173) + 1000);
const stages = [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--pretty', 'false']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  ['bundle budget', 'node', ['scripts/measure-bundle.mjs'], { budget: true }],
  ['browser', bin('playwright'), ['test']],
  ['Lighthouse budget', 'node', ['scripts/measure-lighthouse.mjs', '--runs', '3'], { budget: true, timing: true }],
  ['key press budget', 'node', ['scripts/measure-keypress.mjs'], { budget: true, timing: true }],
  ['long task budget', 'node', ['scripts/measure-longtasks.mjs'], { budget: true, timing: true }],
  ...(existsSync('scripts/measure-pan.mjs') ? [['pan budget', 'node', ['scripts/measure-pan.mjs'], { budget: true, timing: true }]] : []),
  ['soak', 'node', ['scripts/soak.mjs', '--minutes', process.env.SOAK_MINUTES ?? '2'], { budget: true }],
];

const overloaded = () => loadavg()[0] > 2 * cpus().length;
const budgetLines = [];
let failedStage = null;
let notJudged = 0;
for (const [name, cmd, args, opts = {}] of stages) {
  if (name === 'browser' && !ensureChromium()) {
    failedStage = name;
    break;
  }
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const busyBefore = overloaded();
  const env = { ...process.env, FORCE_COLOR: '0', MEASURE_PORT: measurePort };
  const run = spawnSync(cmd, args, { stdio: opts.budget ? ['ignore', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8' });
  if (opts.budget) {
    process.stdout.write(run.stdout ?? '');
    budgetLines.push(...(run.stdout ?? '').split('\n').filter((l) => /budget/.test(l)));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0 && opts.timing && !process.env.STRICT_BUDGETS && (busyBefore || overloaded())) {
    notJudged++;
    const load = loadavg()[0].toFixed(1);
    console.log(`◀ ${name}: missed, NOT JUDGED in ${seconds} s: load average ${load} on ${cpus().length} cores is too high to time fairly (STRICT_BUDGETS=1 makes it fail)`);
    budgetLines.push(`(${name} not judged: load average ${load} on ${cpus().length} cores)`);
    continue;
  }
  console.log(`◀ ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  if (run.status !== 0) {
    failedStage = name;
    break;
  }
}
if (budgetLines.length) console.log(`\nBudgets:\n  ${budgetLines.join('\n  ')}`);

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
counts.skipped += notJudged;
// A stage that fails outside the runners (type-check, lint, build, budget) still counts as a failure.
if (failedStage && counts.failed === 0) counts.failed = 1;
if (failedStage) console.log(`\nnpm test stopped at: ${failedStage}`);
const summary = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
writeFileSync(`${REPORTS}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(failedStage ? 1 : 0);
