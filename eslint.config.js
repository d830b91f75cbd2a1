import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Lint is part of `npm test`: correctness rules only, formatting is left alone.
export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/generated/**', 'web/.next/**', 'web/.next-*/**', 'web/src/gql/**', '.lab/**', '.run/**', 'web/next-env.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Grants are keyed by user-chosen names: `projects[name]` would match `constructor` and
      // friends. Read them with projectRole() / workspaceRole() (own-property lookups).
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[computed=true][object.type='MemberExpression'][object.property.name=/^(projects|workspaces)$/]",
          message: 'Look grants up with projectRole() / workspaceRole() from @meridian/core (own-property checks only).',
        },
      ],
    },
  },
  {
    files: ['packages/core/src/identity.ts', '**/test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
