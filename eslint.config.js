// @ts-check
import path from 'node:path';
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

// web/ is checked by the web-imports rule below: its own i18n/ folder shares a name with src/i18n.
const boundaries = Object.entries(ALLOWED).filter(([layer]) => layer !== 'web').map(([layer, allowed]) => ({
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

/**
 * web/ may import from itself, from packages, and types only from server/. Patterns cannot
 * say this ('../i18n/x' is web's own catalogue from one folder and src/i18n from another),
 * so the rule resolves each relative import against the importing file.
 * @type {import('eslint').Rule.RuleModule}
 */
const webImports = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const web = path.resolve(import.meta.dirname, 'src/web');
    const server = path.resolve(import.meta.dirname, 'src/server');
    return {
      /** @param {any} node an ImportDeclaration or an export ... from */
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration'(node) {
        const source = node.source?.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const target = path.resolve(path.dirname(context.filename), source);
        const inside = (dir) => target === dir || target.startsWith(dir + path.sep);
        if (inside(web)) return;
        const typeOnly = node.importKind === 'type' || node.exportKind === 'type'
          || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
        if (inside(server) && typeOnly) return;
        context.report({ node: node.source, message: inside(server) ? 'web/ may import only types from server/: it talks to it over HTTP.' : 'web/ may import only from itself and types from server/ (see docs/ARCHITECTURE.md).' });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx'],
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
  // The web UI has its own program (DOM lib, JSX); its names are checked by the compiler, so
  // no browser globals list is needed (typescript-eslint turns no-undef off for TS files).
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    languageOptions: { parserOptions: { project: './src/web/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  ...boundaries,
  // The browser bundle takes only types from server/ (its API's shapes), never its code, and
  // no Node module; the Vite config runs in Node and is the exception.
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/vite.config.ts', 'src/web/**/*.test.ts'],
    plugins: { maillon: { rules: { 'web-imports': webImports } } },
    rules: {
      'maillon/web-imports': 'error',
      'no-restricted-imports': ['error', {
        patterns: [{ group: NODE_ONLY.filter((m) => m !== 'react'), message: 'web/ runs in the browser: no Node modules or server libraries.' }],
      }],
    },
  },
  // Only dialects/ may name a database driver.
  { files: ['src/storage/**/*.ts'], ignores: ['src/storage/dialects/**'], rules: { 'no-restricted-imports': ['error', { paths: ['better-sqlite3', 'pg'].map((name) => ({ name, message: 'Only storage/dialects/ names a driver.' })), patterns: [{ group: ['**/app/*', '**/cli/*', '**/formats/*', '**/server/*', '**/web/*', '**/i18n/*'], message: 'storage/ may import only from core.' }] }] } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked, languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
