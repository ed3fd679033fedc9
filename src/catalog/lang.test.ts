import { describe, expect, it } from 'vitest';
import { chooseLang, matchLang } from './lang';

describe('choosing the language', () => {
  it('maps tags to the catalogs we ship', () => {
    expect(matchLang('en-GB')).toBe('en');
    expect(matchLang('zh')).toBe('zh-CN');
    expect(matchLang('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLang('ZH-cn')).toBe('zh-CN');
    expect(matchLang('fr')).toBeNull();
    expect(matchLang('')).toBeNull();
  });

  it('?lang= wins over the browser, and says when it wins', () => {
    expect(chooseLang('zh-CN', ['en-US'])).toEqual({ lang: 'zh-CN', unknown: null, fromUrl: true });
    expect(chooseLang('en', ['zh-CN'])).toEqual({ lang: 'en', unknown: null, fromUrl: true });
  });

  it('without ?lang= the first browser language we ship is taken', () => {
    expect(chooseLang(null, ['fr-FR', 'zh-TW', 'en'])).toEqual({ lang: 'zh-CN', unknown: null, fromUrl: false });
    expect(chooseLang(null, ['de', 'en-US', 'zh'])).toEqual({ lang: 'en', unknown: null, fromUrl: false });
    expect(chooseLang(null, ['de'])).toEqual({ lang: 'en', unknown: null, fromUrl: false });
  });

  it('an unknown ?lang= gives English and names what was asked', () => {
    expect(chooseLang('xx', ['zh-CN'])).toEqual({ lang: 'en', unknown: 'xx', fromUrl: false });
  });
});
