// The README's "Adding a scenario" example must stay a valid scenario file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

describe('README scenario example', () => {
  it('parses without errors', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Adding a scenario'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'the README has a yaml block under "Adding a scenario"').toBeTruthy();
    const result = parseScenario(block ?? '', 'README.md');
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.field}: ${e.message}`)).toEqual([]);
  });
});
