// Corrupt localStorage is ignored (issue 6): every key the app stores, read back from corrupt,
// foreign or unreadable storage, gives the defaults and never throws; the next save repairs it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../playback/progress';
import { loadAskQuestions, localProgressStorage, saveAskQuestions } from './checkpointStorage';

/** The keys this file tests; a key the app starts storing must be added here (last test). */
const TESTED = ['kubewalk.checkpoints', 'kubewalk.questions'];

const CORRUPT = ['{"not": json', '\u0000garbage[', 'null', '42', '"text"', '[]', '{}', '{"version":1,"scenarios":[1,2]}', '{"version":1,"scenarios":{"create-pod":"x"}}', '{"version":"1","scenarios":{}}', `${'['.repeat(5000)}`, 'undefined'];

function fakeStorage(initial: Record<string, string>): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

function useStorage(storage: Storage | (() => never)): void {
  Object.defineProperty(globalThis, 'localStorage', typeof storage === 'function' ? { get: storage, configurable: true } : { value: storage, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('kubewalk.checkpoints (checkpoint progress)', () => {
  it.each(CORRUPT)('reads %j as no progress, and the next save replaces it', (text) => {
    const storage = fakeStorage({ [PROGRESS_KEY]: text });
    useStorage(storage);
    const progress = localProgressStorage();
    expect(progress.load()).toEqual({});
    progress.save({ 'create-pod': { 'scheduler.bind': { choice: 1 } } });
    expect(progress.load()).toEqual({ 'create-pod': { 'scheduler.bind': { choice: 1 } } });
  });

  it('survives storage that throws on every access (disabled, private mode)', () => {
    useStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const progress = localProgressStorage();
    expect(progress.load()).toEqual({});
    expect(() => progress.save({ 'get-nodes': { x: { skipped: true } } })).not.toThrow();
  });
});

describe('kubewalk.questions (asking checkpoint questions)', () => {
  it.each(CORRUPT)('reads %j as the default, asking', (text) => {
    useStorage(fakeStorage({ 'kubewalk.questions': text }));
    expect(loadAskQuestions()).toBe(true);
    saveAskQuestions(false);
    expect(loadAskQuestions()).toBe(false);
  });

  it('survives storage that throws on every access', () => {
    useStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(loadAskQuestions()).toBe(true);
    expect(() => saveAskQuestions(false)).not.toThrow();
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('every stored key', () => {
  it('is one of the keys tested here', () => {
    const keys = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](kubewalk\.[\w.-]+)['"`]/g)) keys.add(m[1] ?? '');
    }
    expect([...keys].sort()).toEqual([...TESTED].sort());
  });
});
