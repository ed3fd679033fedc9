import { describe, expect, it } from 'vitest';
import { CSP } from './measure-server.mjs';
import { earlyScript } from './prerender-plugin';

const page = '<head>\n    <meta charset="UTF-8" />\n    <title>t</title>';
const policyAt = (html: string) => html.indexOf('http-equiv="Content-Security-Policy"');

describe('earlyScript', () => {
  it('puts the production policy before the page script when the script is on the same origin', () => {
    const html = earlyScript(page, '/assets/early-1.js');
    expect(html).toContain(`content="${CSP}"`);
    expect(policyAt(html)).toBeGreaterThan(html.indexOf('charset'));
    expect(policyAt(html)).toBeLessThan(html.indexOf('<script'));
  });

  it('leaves the policy out when the script lives on another origin (its sources would not be self)', () => {
    for (const src of ['https://cdn.example/assets/early-1.js', '//cdn.example/assets/early-1.js']) {
      const html = earlyScript(page, src);
      expect(policyAt(html)).toBe(-1);
      expect(html).toContain(`src="${src}"`);
    }
  });
});
