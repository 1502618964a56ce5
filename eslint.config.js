// One lint gate with the runtime boundaries of ARCHITECTURE.md: the path tells the runtime.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run outside Node: no node:* imports.' };
const electronOnlyInShell = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (plain Node would try to download the binary).",
};
const lowdbOnlyInStorage = { name: 'lowdb', message: 'lowdb is wrapped once, in electron/services/storage.' };
const pdfmakeOnlyInPdf = { group: ['pdfmake', 'pdfmake/*', 'pdfkit', 'pdfkit/*'], message: 'pdfmake is wrapped once, in electron/services/pdf.' };
const reactOutsideRenderer = { group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form'], message: 'React belongs to renderer/.' };

export default tseslint.config(
  { ignores: ['zz_*_tmp.ts', '.tmp-*.ts', '.tmp/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: { tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Draft-mutating callbacks legitimately return `T | void` (mutate in place or return a new value).
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, lowdbOnlyInStorage], patterns: [nodeBuiltins, pdfmakeOnlyInPdf, reactOutsideRenderer] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, lowdbOnlyInStorage], patterns: [nodeBuiltins, pdfmakeOnlyInPdf] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, lowdbOnlyInStorage], patterns: [pdfmakeOnlyInPdf, reactOutsideRenderer] }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [lowdbOnlyInStorage], patterns: [pdfmakeOnlyInPdf, reactOutsideRenderer] }],
    },
  },
  {
    files: ['electron/services/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [pdfmakeOnlyInPdf, reactOutsideRenderer] }],
    },
  },
  {
    files: ['electron/services/pdf/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, lowdbOnlyInStorage], patterns: [reactOutsideRenderer] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
