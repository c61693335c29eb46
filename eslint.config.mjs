// Lint: typescript-eslint with type information over the TypeScript sources and tests. Formatting
// is Prettier's (npm run format); these rules catch what a formatter cannot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.cache/', '.vscode-test/', 'test-results/', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // The encoding checks look for NUL and other control bytes on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The client talks to the server through shared/protocol.ts only; the client project (which
    // references only shared) rejects such an import as well, this says why.
    files: ['client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server(/|$)',
              message: 'The client imports only shared/: ask the server with a request declared in shared/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI writes to the terminal, and tests and scripts may print.
    files: ['server/src/cli.ts', 'server/src/cli/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests pass methods of assert and of fakes around (assert.equal, source.open).
    files: ['test/**'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/require-await': 'off' },
  },
);
