// The words of the "What if?" offers, keyed by the engine's what-if id: the question on the
// button, and what changed, said once the branch is taken.
export interface WhatIfWords {
  question: string;
  change: string;
}

export const WHAT_IF_WORDS: Record<string, WhatIfWords> = {
  'expired-token': {
    question: 'What if the token had expired?',
    change: 'kubectl now sends a bearer token the API server no longer accepts.',
  },
  anonymous: {
    question: 'What if kubectl sent no credentials at all?',
    change: 'kubectl now sends neither a client certificate nor a token.',
  },
  developer: {
    question: 'What if this user could not do this here?',
    change: 'kubectl now runs as jane, whose RoleBinding grants edit in the dev namespace only.',
  },
  'apf-saturated': {
    question: 'What if the API server were overloaded?',
    change: 'API Priority and Fairness now has no seats or queue room left for user requests.',
  },
  'pod-security-restricted': {
    question: 'What if the namespace enforced the restricted Pod Security level?',
    change: 'Every namespace now carries pod-security.kubernetes.io/enforce: restricted.',
  },
  'quota-full': {
    question: 'What if a ResourceQuota allowed no more Pods?',
    change: 'Every namespace now has a ResourceQuota with pods: "0".',
  },
  'nodes-cordoned': {
    question: 'What if every worker node were cordoned?',
    change: 'Every worker node is now unschedulable (kubectl cordon).',
  },
  'nodes-small': {
    question: 'What if every worker node could run only one Pod?',
    change: 'Every worker node now has allocatable pods: "1".',
  },
  'image-missing': {
    question: 'What if the image did not exist in the registry?',
    change: 'No registry serves the images this scenario pulls, so every pull fails.',
  },
};

/** Words for a what-if; one the catalog does not know yet still gets a readable question. */
export function whatIfWords(id: string): WhatIfWords {
  return WHAT_IF_WORDS[id] ?? { question: `What if: ${id.replaceAll('-', ' ')}?`, change: `The cluster now has the change "${id}".` };
}
