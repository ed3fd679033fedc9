import { describe, expect, it } from 'vitest';
import { asksForFrame, pageScenario } from './frame';

const asks = (search: string, languages: string[] = ['en-US'], pathname = '/', marker = 'create-pod:standard:1') => asksForFrame(marker, { pathname, search }, languages);

describe('asksForFrame', () => {
  it('is the frame when the address names it or nothing else', () => {
    expect(asks('')).toBe(true);
    expect(asks('?scenario=create-pod&level=standard&step=1&lang=en')).toBe(true);
    expect(asks('?lang=en', ['zh-CN'])).toBe(true);
    expect(asks('', ['en'], '/s/get-nodes.html', 'get-nodes:standard:1')).toBe(true);
    expect(asks('', ['en'], '/s/get-nodes', 'get-nodes:standard:1')).toBe(true);
  });
  it('is another frame for another scenario, level, step, language or key', () => {
    expect(asks('?scenario=get-nodes')).toBe(false);
    expect(asks('', ['en'], '/s/get-nodes.html')).toBe(false);
    expect(asks('?level=deep')).toBe(false);
    expect(asks('?step=2')).toBe(false);
    expect(asks('', ['zh-CN', 'en'])).toBe(false);
    expect(asks('?lang=zh-CN')).toBe(false);
    expect(asks('?mode=present')).toBe(false);
  });
  it('is not the frame for a language we do not ship: the app adds a notice', () => {
    expect(asks('?lang=fr')).toBe(false);
  });
});

describe('pageScenario', () => {
  it("reads a scenario's own page", () => {
    expect(pageScenario('/s/get-nodes.html')).toBe('get-nodes');
    expect(pageScenario('/s/get-nodes')).toBe('get-nodes');
    expect(pageScenario('/kubewalk/s/apply-server-side.html')).toBe('apply-server-side');
    expect(pageScenario('/')).toBe(null);
    expect(pageScenario('/s/Bad.html')).toBe(null);
  });
});
