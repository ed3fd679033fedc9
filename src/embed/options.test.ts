import { describe, expect, it } from 'vitest';
import { deepLink, readOptions } from './options';

const from = (search: string) => {
  const p = new URLSearchParams(search);
  return (name: string) => p.get(name);
};

describe('embed options', () => {
  it('defaults to what a docs page wants: auto theme, full controls, no autoplay', () => {
    expect(readOptions(from(''))).toEqual({ theme: 'auto', controls: 'full', autoplay: false, src: null });
  });

  it('reads known values and ignores unknown ones', () => {
    expect(readOptions(from('theme=dark&controls=none&autoplay=1&src=https%3A%2F%2Fh%2Fs.yaml'))).toEqual({
      theme: 'dark', controls: 'none', autoplay: true, src: 'https://h/s.yaml',
    });
    expect(readOptions(from('theme=neon&controls=lots&autoplay=0'))).toMatchObject({ theme: 'auto', controls: 'full', autoplay: false });
  });

  it('keeps only the deep-link parameters for the player', () => {
    expect(deepLink(from('scenario=get-nodes&step=3&theme=dark&level=deep'))).toBe('?scenario=get-nodes&step=3&level=deep');
    expect(deepLink(from('step=2'), 'delete-pod')).toBe('?scenario=delete-pod&step=2');
    expect(deepLink(from(''))).toBe('');
  });
});
