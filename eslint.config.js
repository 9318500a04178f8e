import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Language codes of the shipped packs, bare or with a region ("en", "ru-RU"). */
const LANGUAGE_CODE = '/^(?:en|az|ru)(?:[-_][A-Za-z]+)?$/';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      // Why: unused code hides bugs; an underscore marks a deliberately ignored argument.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Why: `any` switches the type checker off at exactly the boundaries we want checked.
      '@typescript-eslint/no-explicit-any': 'error',
      // Why: console output bypasses structured logs; the CLI and benchmarks opt in explicitly.
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Why: a file or a function that does not fit in a reader's head hides what it does; split
    // it into named pieces. Data lists, fixtures and migrations (frozen) are exempt.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: [
      'src/analysis/data/**',
      'src/ingest/demo/demo-content*.ts',
      'test/fixtures/**',
      'src/storage/migrations/**',
    ],
    rules: {
      'max-lines': ['error', { max: 500 }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  {
    // A suite's describe() callback holds its tests: long by nature, while each test stays short.
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // Why: what the code knows about a language lives in its pack (src/languages); a comparison with
    // a language code elsewhere is that knowledge leaking out, and a new language would miss it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/languages/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${LANGUAGE_CODE}]`,
          message: 'Ask the language pack (packFor(language)…) instead of comparing with a language code.',
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'bin/**', '.ci/**', 'src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['.ci/**/*.mjs'],
    languageOptions: { globals: { fetch: 'readonly', AbortSignal: 'readonly' } },
  },
  {
    files: ['src/site/assets/**/*.js', 'bin/**'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        localStorage: 'readonly',
        getComputedStyle: 'readonly',
        navigator: 'readonly',
      },
    },
  },
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
