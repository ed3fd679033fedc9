import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain, scenarioById, traceFor } from '../store/traces';
import { buildLayout } from '../view/graph/layout';
import { posterFrame, stepSvg } from './posterFrame';

beforeAll(loadDomain);

describe('posterFrame', () => {
  it('draws every component and highlights only the ones the step involves', () => {
    const { cluster } = scenarioById('create-pod');
    const layout = buildLayout(cluster.nodes);
    const step = traceFor('create-pod').steps.find((s) => s.from !== s.to && s.http);
    if (!step) throw new Error('create-pod has no HTTP step');
    const svg = stepSvg(step, layout);
    expect(svg.match(/class="kw-pf-box[^"]*"/g)).toHaveLength(Object.keys(layout.boxes).length);
    expect(svg).toContain('kw-pf-box kw-pf-on');
    expect(svg).toContain('kw-pf-link kw-pf-on');
    expect(svg).toContain('kw-pf-packet');
  });

  it('writes the step text as text, never as markup', () => {
    const layout = buildLayout(scenarioById('create-pod').cluster.nodes);
    const [first] = traceFor('create-pod').steps;
    if (!first) throw new Error('create-pod has no steps');
    const html = posterFrame('create-pod', { ...first, title: '<b>t</b>', narration: 'a & "b"' }, layout);
    expect(html).toContain('&lt;b&gt;t&lt;/b&gt;');
    expect(html).toContain('a &amp; &quot;b&quot;');
    expect(html).not.toContain('<b>');
  });
});
