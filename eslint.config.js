import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureCore = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ is pure TypeScript: no React.' },
    { group: ['electron', 'electron/*'], message: 'core/ is pure TypeScript: no Electron.' },
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'core/ runs in the browser too: no Node modules.',
    },
    { group: ['@xyflow/*'], message: 'core/ does not know the canvas.' },
    {
      group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
      message: 'Dependencies point inward: core imports nothing of theirs.',
    },
  ],
};

/** The renderer renders and dispatches: verdicts (versions, ranges, release fit) are core's. */
export const verdictsInCore = {
  patterns: [
    {
      group: ['**/core/util/pep440', '@renovatebot/pep440', 'pep440'],
      message: 'Version verdicts live in core: ask core (core/check/targets.ts, the analysis) instead.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'renderer/dist/',
      'cli/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain scripts copied into the renderer's build as they are (start-guard.js).
    files: ['renderer/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', verdictsInCore],
    },
  },
  {
    files: ['core/**/*.ts', 'catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore],
      'no-restricted-globals': ['error', 'window', 'document', 'Buffer', 'process', 'require'],
    },
  },
  {
    files: ['core/**/*.test.ts', 'catalog/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['cli/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='only']", message: 'No .only in tests.' },
      ],
    },
  },
);
