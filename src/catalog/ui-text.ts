// t(key, params): a UI string from the page's catalog, or English when that catalog lacks the key.
import { fill } from './render';
import type { UiCatalog, UiKey } from './ui-en';
import { uiEn } from './ui-en';

export type Params = Record<string, string | number>;
export type Translate = (key: UiKey, params?: Params) => string;

export function translator(catalog: UiCatalog): Translate {
  return (key, params = {}) => fill(catalog[key] ?? uiEn[key], params);
}

/** For words keyed by data from elsewhere (a keymap action): the word itself when no key exists. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiEn, key);
}
