// ESLint: typescript-eslint's strict type-checked rules over all hand-written TypeScript.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules that would fight it); max-len stays on
// after it, because Prettier leaves long strings, comments and template literals as they are.
import eslint from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'
import maxLinesPerFunctionExceptDescribe from './eslint/max-lines-per-function-except-describe.js'

const MAX_FUNCTION_LINES = { max: 60, skipBlankLines: true, skipComments: true }

export default tseslint.config(
  { ignores: ['codegen/**', 'node_modules/**', 'dist/**', '.data/**', '.bench/**', 'eslint.config.js', 'eslint/**'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { local: { rules: { 'max-lines-per-function-except-describe': maxLinesPerFunctionExceptDescribe } } },
    rules: {
      // Numbers in messages ("at most 3 per 60 s") are the common, safe case.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a parameter kept for its position, or a property destructured only to drop it
      // from the rest object; both are deliberate, everything else unused is still an error.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // No line over 120 characters, strings and template literals included: long SQL runs over several lines,
      // long messages and test titles are concatenated. URLs and regular expressions cannot be cut; a string that
      // truly cannot be (a standard's CSV header) takes an eslint-disable-next-line with its reason.
      'max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
      'max-lines-per-function': ['error', MAX_FUNCTION_LINES],
    },
  },
  {
    // A test file's describe callback is a list of cases, not a function with a role to split by; every other
    // function in a test (each case, each helper) is held to the same 60 lines.
    files: ['**/*.test.ts'],
    rules: {
      'max-lines-per-function': 'off',
      'local/max-lines-per-function-except-describe': ['error', MAX_FUNCTION_LINES],
    },
  },
)
