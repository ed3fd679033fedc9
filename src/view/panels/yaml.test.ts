import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonValue } from '../../engine/types';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes a Pod the way kubectl prints it', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nginx', labels: { run: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [] }], restartPolicy: 'Always' },
    };
    expect(toYaml(pod)).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: nginx',
        '  labels:',
        '    run: nginx',
        'spec:',
        '  containers:',
        '  - name: nginx',
        '    image: nginx',
        '    ports: []',
        '  restartPolicy: Always',
      ].join('\n'),
    );
  });

  it('quotes strings YAML would misread', () => {
    expect(toYaml({ a: 'true', b: '123', c: '', d: 'x: y', e: '#c', f: 'k8s\u0000', g: '- a', h: '1.5' })).toBe(
      ['a: "true"', 'b: "123"', 'c: ""', 'd: "x: y"', 'e: "#c"', 'f: "k8s\\u0000"', 'g: "- a"', 'h: "1.5"'].join('\n'),
    );
  });

  it('round-trips through a real YAML parser', () => {
    const values: JsonValue[] = [
      { kind: 'Status', code: 403, details: { causes: [{ field: 'metadata.name', message: 'Invalid value: "Bad_Name"' }] } },
      { list: [[1, 2], [], {}, [{ a: null }]], 'weird key': 'no', 'null': 'Null', nested: { e: [] } },
      ['a', { b: ['c', { d: 'e' }] }, 'multi\nline', ' lead', 'trail ', 'ok (fine)', 'node.kubernetes.io/not-ready'],
      'plain',
      42,
      null,
    ];
    for (const v of values) expect(parse(toYaml(v))).toEqual(v);
  });
});
