import { describe, expect, it } from 'vitest';
import type { KeyInput } from './keymap';
import { commandForKey } from './keymap';

function key(k: string, over: Partial<KeyInput> = {}): KeyInput {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, ...over };
}

describe('commandForKey', () => {
  it('maps presenter and keyboard keys', () => {
    const cases: [string, string][] = [
      ['ArrowRight', 'next'], ['PageDown', 'next'], ['n', 'next'], ['N', 'next'],
      ['ArrowLeft', 'previous'], ['PageUp', 'previous'], ['p', 'previous'],
      ['Home', 'first'], ['End', 'last'],
      [' ', 'togglePlay'], ['k', 'togglePlay'], ['K', 'togglePlay'],
      ['f', 'fullscreen'], ['?', 'help'],
    ];
    for (const [k, command] of cases) expect(commandForKey(key(k))).toBe(command);
  });

  it('ignores unmapped keys, including prototype names', () => {
    for (const k of ['x', 'Enter', 'Escape', 'constructor', 'toString', '']) expect(commandForKey(key(k))).toBeNull();
  });

  it('leaves keys to form fields and editable content', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) expect(commandForKey(key('ArrowRight', { targetTag: tag }))).toBeNull();
    expect(commandForKey(key('n', { targetTag: 'DIV', targetEditable: true }))).toBeNull();
  });

  it('keeps Space for play/pause when a button has focus; Enter stays with the button', () => {
    expect(commandForKey(key(' ', { targetTag: 'BUTTON' }))).toBe('togglePlay');
    expect(commandForKey(key('Enter', { targetTag: 'BUTTON' }))).toBeNull();
    expect(commandForKey(key('k', { targetTag: 'BUTTON' }))).toBe('togglePlay');
    expect(commandForKey(key('ArrowRight', { targetTag: 'BUTTON' }))).toBe('next');
  });

  it('adds blackout, overview, go-to and reveal in presenter mode, whatever has focus', () => {
    const cases: [string, string][] = [['b', 'blackout'], ['.', 'blackout'], ['O', 'overview'], ['g', 'goTo'], ['a', 'reveal'], ['S', 'speaker']];
    for (const [k, command] of cases) expect(commandForKey(key(k, { targetTag: 'INPUT' }), true)).toBe(command);
    expect(commandForKey(key('b'))).toBeNull();
    expect(commandForKey(key('PageDown', { targetTag: 'INPUT' }), true)).toBe('next');
  });

  it('leaves browser shortcuts alone', () => {
    expect(commandForKey(key('f', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandForKey(key('p', { metaKey: true }))).toBeNull();
  });
});
