// ESLint: typescript-eslint's strict type-checked rules over all hand-written TypeScript.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules that would fight it).
import eslint from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['codegen/**', 'node_modules/**', 'dist/**', '.data/**', '.bench/**', 'eslint.config.js'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers in messages ("at most 3 per 60 s") are the common, safe case.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // A test file's describe block is a list of cases, not a function with a role to split by.
    files: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  prettier,
)
