import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PACKAGES, sourcePathOf } from '../scripts/infra/packages.cjs';

const ROOT = join(__dirname, '..');

describe('our package names', () => {
  it('are the same in tsconfig paths as in the one table every other tool reads', () => {
    const { config } = ts.parseConfigFileTextToJson('tsconfig.json', readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
    const expected = Object.fromEntries(
      Object.entries(PACKAGES).flatMap(([name, folder]) => [
        [name, [`./${folder}`]],
        [`${name}/*`, [`./${folder}/*`]],
      ]),
    );
    expect(config.compilerOptions.paths).toEqual(expected);
  });

  it('resolve a name and a subpath to the source, and leave other requests alone', () => {
    expect(sourcePathOf('@motcua/domain')).toBe(join(ROOT, 'libs/domain/src'));
    expect(sourcePathOf('@motcua/workflows/messages')).toBe(join(ROOT, 'workflows/src/messages'));
    expect(sourcePathOf('@motcua/domainx')).toBeUndefined();
    expect(sourcePathOf('typeorm')).toBeUndefined();
  });
});
