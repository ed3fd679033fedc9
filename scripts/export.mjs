// Pictures of a scenario for places without scripts (READMEs, slides, print), made by the built
// embed page in the project's Chromium, through its own "Download image" controls.
//   npm run export -- <scenario> [--step N] [--format png|apng] [--to M] [--level L] [--theme light|dark] [--out FILE]
// png: step N (default 1). apng: an animated PNG of steps N (default 1) to M (default the last).
// Needs a build (npm run build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serveDist } from './export-serve.mjs';

const USAGE = 'usage: npm run export -- <scenario> [--step N] [--format png|apng] [--to M] [--level overview|standard|deep] [--theme light|dark] [--out FILE]';
const args = process.argv.slice(2);
const flags = new Map();
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) flags.set(args[i].slice(2), args[++i]);
  else positional.push(args[i]);
}
const fail = (message) => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};
const [scenario] = positional;
if (!scenario) fail('which scenario?');
const known = ['format', 'step', 'to', 'level', 'theme', 'out'];
for (const [name, value] of flags) {
  if (!known.includes(name)) fail(`unknown option --${name}`);
  if (value === undefined) fail(`--${name} needs a value`);
}
const format = flags.get('format') ?? 'png';
if (format === 'gif') fail('--format gif: kubewalk writes animated PNG (APNG) instead; it keeps text sharp and animates wherever GIF does. Use --format apng');
if (!['png', 'apng'].includes(format)) fail(`unknown format "${format}"`);
const number = (name, fallback) => {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) fail(`--${name} must be a step number (1 or more), not "${v}"`);
  return Number(v);
};
const step = number('step', 1);
const to = number('to', undefined);
const level = flags.get('level') ?? 'standard';
if (!['overview', 'standard', 'deep'].includes(level)) fail(`unknown level "${level}"`);
const theme = flags.get('theme') ?? 'light';
if (!['light', 'dark'].includes(theme)) fail(`unknown theme "${theme}"`);

if (!existsSync('dist/embed.html')) fail('no build found: run npm run build first');
const ids = readdirSync('dist/oembed').map((f) => f.replace(/\.json$/, ''));
if (!ids.includes(scenario)) fail(`unknown scenario "${scenario}"; one of: ${ids.join(', ')}`);

const browserConfig = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? browserConfig.path, args: browserConfig.args });
let code = 0;
try {
  const page = await browser.newPage({ acceptDownloads: true, reducedMotion: 'reduce' });
  const query = new URLSearchParams({ scenario, level, step: String(step), theme });
  await page.goto(`${server.url}/embed.html?${query}`);
  await page.getByRole('button', { name: 'Start the walkthrough' }).click();
  const narration = page.getByRole('region', { name: 'Step narration' });
  await narration.waitFor();
  if (Number(await narration.getAttribute('data-step-index')) !== step) {
    throw new Error(`step ${step} does not exist at the ${level} level of ${scenario}`);
  }
  let button = page.getByRole('button', { name: 'Download image' });
  if (format === 'apng') {
    const last = Number(await page.getByLabel('to', { exact: true }).getAttribute('max'));
    await page.getByLabel('Animate steps').fill(String(step));
    await page.getByLabel('to', { exact: true }).fill(String(Math.min(to ?? last, last)));
    button = page.getByRole('button', { name: 'Download animation' });
  }
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const out = flags.get('out') ?? download.suggestedFilename();
  await download.saveAs(out);
  console.log(`wrote ${out}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  code = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(code);
