// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers of docs/ARCHITECTURE.md: each folder may import only the folders listed
// against it. A wrong arrow is a lint error, and `npm test` runs lint.
const LAYERS = ['core', 'storage', 'formats', 'app', 'cli', 'server', 'web', 'i18n'];
const ALLOWED = {
  core: [],
  i18n: ['core'],
  formats: ['core'],
  storage: ['core'],
  app: ['core', 'storage', 'formats'],
  cli: ['app', 'core', 'i18n'],
  server: ['app', 'core', 'i18n'],
  web: ['server'],
};
const NODE_ONLY = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'kysely', 'better-sqlite3', 'pg', 'hono', 'react', 'commander'];

const boundaries = Object.entries(ALLOWED).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        {
          group: LAYERS.filter((l) => l !== layer && !allowed.includes(l)).flatMap((l) => [`**/${l}/*`, `**/${l}/**`]),
          message: `${layer}/ may import only from ${allowed.length ? allowed.join(', ') : 'itself'} (see docs/ARCHITECTURE.md).`,
        },
        ...(layer === 'core' ? [{ group: NODE_ONLY, message: 'core/ is pure: no I/O, no drivers, no frameworks.' }] : []),
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      // French typography puts a narrow no-break space before ':' and inside « »: allowed in text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  // Tests read JSON output without declaring its type at every step.
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...boundaries,
  // Only dialects/ may name a database driver.
  { files: ['src/storage/**/*.ts'], ignores: ['src/storage/dialects/**'], rules: { 'no-restricted-imports': ['error', { paths: ['better-sqlite3', 'pg'].map((name) => ({ name, message: 'Only storage/dialects/ names a driver.' })), patterns: [{ group: ['**/app/*', '**/cli/*', '**/formats/*', '**/server/*', '**/web/*', '**/i18n/*'], message: 'storage/ may import only from core.' }] }] } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked, languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
