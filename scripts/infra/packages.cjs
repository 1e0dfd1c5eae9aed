// The project's own packages and the folder each one's source lives in. Imports across parts use
// these names (`@motcua/domain`, `@motcua/store/...`) instead of deep relative paths; every tool
// resolves them from this one table: TypeScript and ESLint (tsconfig paths, checked equal by a test),
// jest (moduleNameMapper), the swc require hook, the workflow bundler (webpack aliases) and the
// compiled tree (links under dist/node_modules, made by the build).
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..', '..');

/** Package name → source folder, relative to the project root. */
const PACKAGES = {
  '@motcua/domain': 'libs/domain/src',
  '@motcua/store': 'libs/store/src',
  '@motcua/config': 'libs/config/src',
  '@motcua/slips': 'libs/slips/src',
  '@motcua/esign': 'libs/esign/src',
  '@motcua/workflows': 'workflows/src',
  '@motcua/api': 'apps/api/src',
  '@motcua/worker': 'apps/worker/src',
};

/** The source path `request` (a package name, or one with a subpath) stands for, or undefined. */
function sourcePathOf(request) {
  for (const [name, folder] of Object.entries(PACKAGES)) {
    if (request === name) return join(ROOT, folder);
    if (request.startsWith(`${name}/`)) return join(ROOT, folder, request.slice(name.length + 1));
  }
  return undefined;
}

/** Aliases for webpack (the workflow bundler): package name → absolute source folder. */
function webpackAliases() {
  return Object.fromEntries(Object.entries(PACKAGES).map(([name, folder]) => [name, join(ROOT, folder)]));
}

/** A `webpackConfigHook` for bundleWorkflowCode that resolves our package names. */
function withPackageAliases(config) {
  return { ...config, resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...webpackAliases() } } };
}

module.exports = { PACKAGES, ROOT, sourcePathOf, webpackAliases, withPackageAliases };
