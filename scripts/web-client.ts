// The web app's typed API client: types generated from the API's own OpenAPI document (the route
// table), written to apps/web/src/api/schema.d.ts. `--check` exits 1 when the committed file is stale
// (a test runs it, so CI fails when the API changed and the client was not regenerated).
// Usage: npm run web:client [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { openApiDocument } from '@motcua/api/openapi/openapi';

export const SCHEMA_FILE = join(__dirname, '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');
const HEADER = "// Generated from the API's OpenAPI document by `npm run web:client`: do not edit.\n";

/** The client's type declarations, formatted as the repository formats TypeScript. */
export async function generatedSchema(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0], { exportType: true });
  return format(HEADER + astToString(ast), { filepath: SCHEMA_FILE, singleQuote: true, printWidth: 120 });
}

async function main(): Promise<void> {
  const fresh = await generatedSchema();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== fresh) {
      console.error(`${SCHEMA_FILE} is stale: run npm run web:client and commit it`);
      process.exit(1);
    }
    console.log('the web client matches the API');
    return;
  }
  writeFileSync(SCHEMA_FILE, fresh);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
