// Lint like the Temporal SDK (style.md §14): floating promises, type-only imports, no import
// cycles, explicit module boundaries, strict equality.
import { createRequire } from 'node:module';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const { PACKAGES } = createRequire(import.meta.url)('./scripts/infra/packages.cjs');
const folderOf = (name) => `./${PACKAGES[name]}`;

/**
 * What each part may import (style.md, "Shape of the code"): the domain nothing of ours, the
 * workflows the domain and their own messages, the store and the slips the domain, the API the domain, the store,
 * the config and the workflows' messages and activity contracts, the worker not the API, nobody the
 * apps. Tests, benches and scripts may use anything.
 */
const zone = (target, from, message) => ({ target: folderOf(target), from: from.map(folderOf), message });
const PARTS = [
  zone(
    '@motcua/domain',
    [
      '@motcua/store',
      '@motcua/config',
      '@motcua/slips',
      '@motcua/esign',
      '@motcua/workflows',
      '@motcua/api',
      '@motcua/worker',
    ],
    'the domain is pure: it imports nothing of ours',
  ),
  zone(
    '@motcua/config',
    ['@motcua/domain', '@motcua/store', '@motcua/slips', '@motcua/workflows', '@motcua/api', '@motcua/worker'],
    'configuration stands alone',
  ),
  zone(
    '@motcua/store',
    ['@motcua/config', '@motcua/slips', '@motcua/workflows', '@motcua/api', '@motcua/worker'],
    'the store builds on the domain only',
  ),
  zone(
    '@motcua/esign',
    [
      '@motcua/domain',
      '@motcua/store',
      '@motcua/config',
      '@motcua/slips',
      '@motcua/workflows',
      '@motcua/api',
      '@motcua/worker',
    ],
    'signature checks stand alone: bytes in, a verdict out',
  ),
  zone(
    '@motcua/slips',
    ['@motcua/store', '@motcua/config', '@motcua/workflows', '@motcua/api', '@motcua/worker'],
    'slips lay out what the domain says: they import the domain only',
  ),
  zone(
    '@motcua/workflows',
    ['@motcua/store', '@motcua/config', '@motcua/slips', '@motcua/esign', '@motcua/api', '@motcua/worker'],
    'workflows import the domain and their messages',
  ),
  { ...zone('@motcua/api', ['@motcua/worker'], 'the API never imports the worker'), except: [] },
  {
    target: folderOf('@motcua/api'),
    from: folderOf('@motcua/workflows'),
    except: ['./messages.ts', './feedback-messages.ts', './activities.ts'],
    message: 'the API knows the workflows by their messages only',
  },
  zone('@motcua/worker', ['@motcua/api'], 'the worker never imports the API'),
  {
    target: './apps/web',
    from: Object.values(PACKAGES).map((folder) => `./${folder}`),
    message: 'the web app knows the API through its generated client only',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tools/**', '.data/**', 'coverage/**', '.tmp/**', 'jest.config.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      // Resolves our package names through tsconfig's paths, so cycles and zones see across parts.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
          conditionNames: ['types', 'import', 'require', 'node', 'default'],
          tsconfig: { configFile: './tsconfig.json' },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { zones: PARTS }],
      // Across parts, by package name (`@motcua/store`), never by a path that climbs into another part.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(libs|apps|workflows)/', message: 'import another part by its @motcua/… name' },
          ],
        },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // NestJS resolves constructor parameters from emitted metadata: injected classes must be value imports.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // React components return JSX and hooks the query library's results; their arguments say what they take.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'off' },
  },
  {
    // The domain is pure: no framework, no I/O, no clock.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', '@temporalio/*', 'typeorm', 'pg', 'node:*', 'fs', 'path'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'time is an input in the domain' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'time is an input in the domain',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'the domain is deterministic',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.fixtures.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'off', 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        globalThis: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { eqeqeq: ['error', 'always'] },
  },
);
