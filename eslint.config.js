import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettier from 'eslint-config-prettier'
import i18next from 'eslint-plugin-i18next'

// zod is imported through src/domain/zod only: it configures zod for the app's CSP (no eval)
// before any schema exists, and keeps zod out of the JavaScript loaded before the first frame
const ZOD_PATH = { name: 'zod', message: "import { z } from src/domain/zod (configured for the CSP), not from 'zod'" }

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'assets'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A domain folder is used through its index.ts (its public face), so it can be rearranged
    // without touching callers (STYLE section 1).
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/domain/*/*'], message: 'import a domain folder through its index' }] },
      ],
    },
  },
  {
    // The domain layer stays pure: no react, three, zustand or DOM (DESIGN section 2); a folder
    // reaches another folder only through its index.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*'],
              message: 'src/domain is pure',
            },
            { group: ['../*/*'], message: 'import another domain folder through its index' },
          ],
          paths: [ZOD_PATH],
        },
      ],
    },
  },
  {
    // the one place that imports zod itself (and configures it for the CSP)
    files: ['src/domain/zod/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // outside the domain, zod is not imported at all (it is the validator's, loaded lazily)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/domain/*/*'], message: 'import a domain folder through its index' }], paths: [ZOD_PATH] },
      ],
    },
  },
  {
    // Interface words go through i18next (issue 13): no text written into the JSX of the app
    // and no hard-coded label, title, placeholder or alt, so a new button cannot come in
    // English only. Symbols, punctuation and numbers (✕, ·, 1.) are not words and pass.
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
              'emptyLabel',
            ],
          },
          'should-validate-template': true,
          // t from useTranslation; tc: a second one for the common namespace
          callees: {
            exclude: [
              'i18n(ext)?',
              't',
              'tc',
              'tDiary',
              'format[A-Z]\\w*',
              'require',
              'addEventListener',
              'removeEventListener',
              'getElementById',
            ],
          },
          words: { exclude: [/^[^\p{L}]*$/u] },
          message: 'interface words go through i18next (t(...) with a key in src/locales)',
        },
      ],
    },
  },
  prettier,
)
