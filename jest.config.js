// One jest run for every level; see README "Tests". Temporal and PostgreSQL are started once per run
// by test/global-setup.mjs and shared by the int and e2e suites (each file gets its own database and
// task queue, and its own time-skipping test server where it needs one).
const swcTs = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
const { PACKAGES } = require('./scripts/infra/packages.cjs');
/** Our packages (`@motcua/domain`, `@motcua/store/...`) resolved to their source folders. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(PACKAGES).flatMap(([name, folder]) => [
    [`^${name}$`, `<rootDir>/${folder}`],
    [`^${name}/(.*)$`, `<rootDir>/${folder}/$1`],
  ]),
);
const swcJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swcTs], '^.+\\.m?js$': ['@swc/jest', swcJs] },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|cookie|content-disposition|jose)/)',
  ],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tools/', '/.data/', '/.tmp/'],
  // In the project, not the system's /tmp: a test run leaves nothing outside the project's folders.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.spec.ts'] },
  ],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 120_000,
};
