import { describe, expect, it } from 'vitest';
import { parseCommand, parseEvent } from './protocol';

const info = { scenario: 'create-pod', level: 'standard', step: 3, stepCount: 20, stepId: 'apiserver.authn', playing: false };

describe('parseCommand', () => {
  it('accepts every command of version 1', () => {
    expect(parseCommand({ kubewalk: 1, type: 'goTo', step: 4 })).toEqual({ kubewalk: 1, type: 'goTo', step: 4 });
    for (const type of ['next', 'previous', 'play', 'pause', 'hello']) expect(parseCommand({ kubewalk: 1, type })).toEqual({ kubewalk: 1, type });
    expect(parseCommand({ kubewalk: 1, type: 'setLevel', level: 'deep' })).toEqual({ kubewalk: 1, type: 'setLevel', level: 'deep' });
    expect(parseCommand({ kubewalk: 1, type: 'setTheme', theme: 'dark' })).toEqual({ kubewalk: 1, type: 'setTheme', theme: 'dark' });
  });

  it.each([
    ['a string', 'next'],
    ['null', null],
    ['an array', [1, 'next']],
    ['another version', { kubewalk: 2, type: 'next' }],
    ['a version as text', { kubewalk: '1', type: 'next' }],
    ['no version', { type: 'next' }],
    ['an unknown type', { kubewalk: 1, type: 'eval' }],
    ['an extra field', { kubewalk: 1, type: 'next', html: '<img onerror=alert(1)>' }],
    ['a missing argument', { kubewalk: 1, type: 'goTo' }],
    ['a step of 0', { kubewalk: 1, type: 'goTo', step: 0 }],
    ['a fractional step', { kubewalk: 1, type: 'goTo', step: 2.5 }],
    ['a step as text', { kubewalk: 1, type: 'goTo', step: '3' }],
    ['an unknown level', { kubewalk: 1, type: 'setLevel', level: 'expert' }],
    ['an unknown theme', { kubewalk: 1, type: 'setTheme', theme: 'url(x)' }],
    ['a class instance', Object.assign(new (class X {})(), { kubewalk: 1, type: 'next' })],
  ])('ignores %s', (_label, data) => {
    expect(parseCommand(data)).toBeNull();
  });
});

describe('parseEvent', () => {
  it('accepts step events and resize', () => {
    expect(parseEvent({ kubewalk: 1, type: 'stepChanged', ...info })).toEqual({ kubewalk: 1, type: 'stepChanged', ...info });
    expect(parseEvent({ kubewalk: 1, type: 'resize', height: 640 })).toEqual({ kubewalk: 1, type: 'resize', height: 640 });
  });

  it('rejects malformed events', () => {
    expect(parseEvent({ kubewalk: 1, type: 'ready', ...info, extra: 1 })).toBeNull();
    expect(parseEvent({ kubewalk: 1, type: 'ready', ...info, level: 'x' })).toBeNull();
    expect(parseEvent({ kubewalk: 1, type: 'resize', height: -5 })).toBeNull();
    expect(parseEvent({ kubewalk: 1, type: 'resize', height: 1e9 })).toBeNull();
    expect(parseEvent({ kubewalk: 1, type: 'goTo', step: 1 })).toBeNull();
  });
});
