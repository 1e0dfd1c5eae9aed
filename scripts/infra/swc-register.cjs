// Lets plain `node -r ./scripts/infra/swc-register.cjs file.ts` run our TypeScript (CommonJS, legacy
// decorators), with the same swc settings as jest. Used to run the real worker entry point as a child
// process in tests (so it can be killed) and by developer scripts, without a build step.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const { sourcePathOf } = require('./packages.cjs');

const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  // Keep import() as is, so TypeScript scripts can load our .mjs infrastructure modules.
  module: { type: 'commonjs', ignoreDynamic: true },
});

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), options(filename));
  module._compile(code, filename);
};

// Our packages (`@motcua/domain`…) resolve to their source folders, as tsconfig's paths say.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveOurPackages(request, ...rest) {
  return resolveFilename.call(this, sourcePathOf(request) ?? request, ...rest);
};
