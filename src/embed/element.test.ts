import { describe, expect, it } from 'vitest';

describe('<kube-walkthrough> module', () => {
  it('imports without a DOM (server-side rendering) and defines nothing there', async () => {
    expect(typeof globalThis.customElements).toBe('undefined');
    expect(typeof globalThis.HTMLElement).toBe('undefined');
    const element = await import('./element');
    expect(element.TAG).toBe('kube-walkthrough');
    expect(() => element.defineKubeWalkthrough()).not.toThrow();
  });
});
