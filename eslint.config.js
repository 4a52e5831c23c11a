import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine runs in the browser, in Node (CLI) and in tests: it must not reach
// for React, zustand, Dexie or the DOM. Import direction: engine -> db/store -> ui.
const engineForbidden = {
  paths: [
    { name: 'react', message: 'src/engine is pure: no React.' },
    { name: 'react-dom', message: 'src/engine is pure: no React.' },
    { name: 'zustand', message: 'src/engine is pure: no zustand.' },
    { name: 'dexie', message: 'src/engine is pure: no Dexie.' },
    { name: 'dexie-react-hooks', message: 'src/engine is pure: no Dexie.' },
    { name: '@xstate/react', message: 'src/engine is pure: no React.' },
  ],
  patterns: [
    { group: ['@/ui/*', '@/db/*', '@/store/*', '../ui/*', '../db/*', '../store/*', '**/ui/*', '**/db/*', '**/store/*'], message: 'src/engine must not import from ui, db or store.' },
    { group: ['node:*'], message: 'src/engine runs in the browser too: no Node built-ins.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'reports', 'bench/results.json', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', engineForbidden],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'HTMLElement'],
    },
  },
  {
    // The API contract is shared with the browser bundle: zod only.
    files: ['src/server/api-contract.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '@/server/*', '@/ui/*', '@/db/*', '@/store/*'], message: 'api-contract.ts is imported by the browser: zod only.' }] }],
    },
  },
  {
    files: ['src/db/**/*.ts', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/ui/*', '../ui/*'], message: 'db and store must not import from ui.' }] }],
    },
  },
);
