// npm run trace -- <scenario-id> [--format json|md] [--state]
// Prints a scenario's trace as JSON (for tests and reviewers) or a Markdown transcript (for docs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../src/engine';
import { en } from '../src/catalog/en';
import { renderTrace } from '../src/catalog/render';
import { parseScenario } from '../src/scenario/parse';
import { formatErrors } from '../src/scenario/format';
import type { Scenario } from '../src/scenario/types';
import { toJson, toMarkdown } from './trace-format';

const ROOT = join(import.meta.dirname, '..');
const SCENARIO_DIRS = ['scenarios'];

function loadScenarios(): Scenario[] {
  return SCENARIO_DIRS.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`))
    .map((file) => {
      const result = parseScenario(readFileSync(join(ROOT, file), 'utf8'), file);
      if (!result.ok) {
        process.stderr.write(`${formatErrors(result.errors)}\n`);
        process.exit(1);
      }
      return result.scenario;
    });
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const formatIndex = argv.indexOf('--format');
  const format = argv.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? (formatIndex >= 0 ? argv[formatIndex + 1] : 'json');
  const withState = argv.includes('--state');
  const id = args.filter((a) => a !== format)[0];
  const scenarios = loadScenarios();
  const known = scenarios.map((s) => s.id);
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) {
    process.stderr.write(`${id ? `unknown scenario "${id}"` : 'no scenario id given'}; known scenarios: ${known.join(', ')}\nusage: npm run trace -- <scenario-id> [--format json|md] [--state]\n`);
    return 2;
  }
  if (format !== 'json' && format !== 'md') {
    process.stderr.write(`unknown format "${String(format)}"; use json or md\n`);
    return 2;
  }
  const rendered = renderTrace(simulate(scenario), en, scenario.notes);
  process.stdout.write(format === 'md' ? toMarkdown(scenario, rendered) : `${JSON.stringify(toJson(rendered, withState), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
