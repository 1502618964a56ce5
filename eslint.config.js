// One lint gate with the runtime boundaries of ARCHITECTURE.md: the path tells the runtime.
import path from 'node:path';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
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

/**
 * Folder layers (ARCHITECTURE.md "Layout"): which folder may import which. Relative specifiers are
 * resolved lexically (the import's folder joined with the specifier), so a forbidden import is
 * reported whether or not the target file exists yet and whatever its extension; bare package
 * names stay unresolved and are left to `no-restricted-imports` above.
 */
const relativeImportResolver = {
  interfaceVersion: 3,
  name: 'zi-desk:relative',
  resolve(modulePath, sourceFile) {
    if (!modulePath.startsWith('./') && !modulePath.startsWith('../')) return { found: false };
    return { found: true, path: path.resolve(path.dirname(sourceFile), modulePath) };
  },
};
const folderLayers = [
  { target: 'shared', from: ['electron', 'renderer'], message: 'shared/ is pure and runs anywhere: it imports nothing from electron/ or renderer/.' },
  { target: 'renderer', from: 'electron', message: 'renderer/ reaches the main side only through the typed client (window.zi), never by importing electron/.' },
  { target: 'electron/services', from: ['electron/handlers', 'electron/web'], message: 'Services are plain Node below the handlers: they never import electron/handlers/ or the web host (electron/web/).' },
  { target: 'electron/handlers', from: ['electron/main', 'electron/preload'], message: 'Handlers are shared by the Electron shell and the web host: they never import electron/main/ or electron/preload/.' },
];

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
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [relativeImportResolver] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: folderLayers }],
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
