import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The import directions of ../shared/ARCHITECTURE.md (Layout). */
const NOT_FROM_CLIENT = {
  regex: '(^|/)(cloudfunctions|local)(/|$)',
  message: 'The mini-program reaches the back end only through src/services/, and never imports local/.',
};
const NOT_DEPLOYED = { regex: '(^|/)local(/|$)', message: 'Deployed code never imports the local runtime.' };
const RENDERERS_LAZILY = {
  regex: '(^|/)documents/',
  message: 'Load a renderer with `await import()` in the action that renders, so a cold start does not load it.',
};
const DOMAIN_ONLY = {
  regex: '^\\.\\./(?!\\.\\./\\.\\./\\.\\./types/)',
  message: 'domain/ holds pure rules: it imports only types/ and other domain modules.',
};
const SDKS = ['wx-server-sdk', 'exceljs', 'docx'].map((name) => ({
  name,
  message: 'domain/ holds pure rules: no SDK, no I/O, no renderer.',
}));
const TYPES_ONLY = {
  message: 'types/ is data and contracts only: it imports nothing outside itself.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-h5/**',
      'cloudfunctions/api/index.js',
      'cloudfunctions/api/documents/**',
      '.data/**',
      '.tmp/**',
      'test-results/**',
      'config/**/*.js',
      'babel.config.js',
      'jest.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [NOT_FROM_CLIENT] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Taro', property: 'cloud', message: 'Pages reach the back end only through src/services/.' },
      ],
    },
  },
  {
    files: ['cloudfunctions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_DEPLOYED, RENDERERS_LAZILY] }] },
  },
  {
    files: ['cloudfunctions/api/src/documents/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_DEPLOYED] }] },
  },
  {
    files: ['cloudfunctions/api/src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: SDKS, patterns: [NOT_DEPLOYED, DOMAIN_ONLY] }] },
  },
  {
    files: ['types/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ ...TYPES_ONLY, regex: '^(?!\\./)' }] }] },
  },
  {
    files: ['types/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ ...TYPES_ONLY, regex: '^(?!\\.\\.?/)|^\\.\\./\\.\\./' }] }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
