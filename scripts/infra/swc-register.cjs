// Lets plain `node -r ./scripts/infra/swc-register.cjs file.ts` run our TypeScript (CommonJS, legacy
// decorators), with the same swc settings as jest. Used to run the real worker entry point as a child
// process in tests (so it can be killed) and by developer scripts, without a build step.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

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
