// ESLint flat config: type-aware TypeScript rules, React hooks rules, and the one-way layer order
// of DESIGN.md (engine ← catalog ← scenario ← playback ← store ← view/motion ← shells).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const LAYERS = ['engine', 'catalog', 'scenario', 'playback', 'store', 'view', 'motion', 'shells'];
const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'motion', 'framer-motion', '@xyflow/react'];

/** What a layer may not import: every layer to its right, plus packages it must not depend on. */
function layerRule(layer, { forbidUi = false, forbidYaml = false } = {}) {
  const right = {
    engine: LAYERS.slice(1),
    catalog: LAYERS.slice(2),
    scenario: LAYERS.slice(3),
    playback: LAYERS.slice(4),
    store: ['view', 'motion', 'shells'],
    view: ['shells'],
    motion: ['shells'],
    shells: [],
  }[layer];
  const patterns = [];
  if (right.length > 0) {
    patterns.push({
      regex: `(^|/)(${right.join('|')})(/|$)`,
      message: `src/${layer} may not import from a layer to its right (DESIGN.md layout).`,
    });
  }
  const paths = [];
  if (forbidUi) {
    for (const name of UI_PACKAGES) paths.push({ name, message: `src/${layer} stays free of UI packages.` });
    patterns.push({ regex: '^(@xyflow/|motion/|react-dom/|react/)', message: `src/${layer} stays free of UI packages.` });
  }
  if (forbidYaml) paths.push({ name: 'yaml', message: 'The browser never ships the yaml parser: scenarios are compiled at build time.' });
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (DESIGN.md rule 8).' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layerRule('engine', { forbidUi: true, forbidYaml: true }),
  layerRule('catalog', { forbidUi: true, forbidYaml: true }),
  layerRule('scenario', { forbidUi: true }),
  layerRule('playback', { forbidUi: true, forbidYaml: true }),
  layerRule('store', { forbidYaml: true }),
  layerRule('view', { forbidYaml: true }),
  layerRule('motion', { forbidYaml: true }),
  layerRule('shells', { forbidYaml: true }),
  {
    // Config files are the tools' own format and must default-export.
    files: ['*.config.{js,ts}', 'scripts/vite-plugin-*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
