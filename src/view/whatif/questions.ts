// The words of the "What if?" offers, keyed by the engine's what-if id: the question on the
// button, and what changed, said once the branch is taken. They live in the UI catalogs
// (`whatif.<id>.question` / `.change`).
import { isUiKey } from '../../catalog/ui-text';
import { t } from '../../store/lang';

export interface WhatIfWords {
  question: string;
  change: string;
}

/** Words for a what-if; one the catalog does not know yet still gets a readable question. */
export function whatIfWords(id: string): WhatIfWords {
  const question = `whatif.${id}.question`;
  const change = `whatif.${id}.change`;
  if (isUiKey(question) && isUiKey(change)) return { question: t(question), change: t(change) };
  return { question: t('whatif.unknown.question', { name: id.replaceAll('-', ' ') }), change: t('whatif.unknown.change', { id }) };
}
