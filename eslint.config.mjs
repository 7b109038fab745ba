import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** DESIGN.md section 1: who may import what. Violations are errors. */
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'url', 'stream', 'zlib'],
  message: 'Node built-ins are not available here (DESIGN.md section 1).',
};
const electron = { regex: '^electron(/|$)', message: "Only src/main/electron and src/preload may import 'electron'." };
const naturalRoot = { regex: '^natural/?$', message: "Import natural's parts (natural/lib/natural/...), never its root." };
const mainFromOutside = { group: ['**/main/**', '../main/*', '../../main/*'], message: 'The renderer and shared code never import from main.' };
const outsideShared = { group: ['../main/*', '../renderer/*', '../preload/*', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ imports only shared/.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/results/**', '.electron-native/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [electron, naturalRoot] }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, outsideShared] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, mainFromOutside, naturalRoot] }],
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts', 'test/unit/electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [naturalRoot] }] },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, naturalRoot, { group: ['**/renderer/**', '**/electron/**', '**/server/**', '**/cli/**'], message: 'main/core imports only shared/, node:* and libraries.' }] }] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The `loupe` bin is plain CommonJS: it loads the built CLI with require().
    files: ['bin/**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
