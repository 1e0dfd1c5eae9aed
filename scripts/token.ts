/**
 * Mints a local bearer token (HS256, the secret of `npm start` in .data/secrets.json or AUTH_JWT_SECRET):
 *   npm run token -- officer STP-KH [subject] [--hours 8] [--units desk,P-HCTP]
 *   npm run token -- leader STP-KH giam-doc --units leadership
 *   npm run token -- supervisor '*'
 */
import { mintToken } from '@motcua/api/auth/tokens';
import { ROLES, type Role } from '@motcua/api/auth/principal';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const [role, agencies = 'STP-KH', subject] = args.filter(
    (a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'),
  );
  const hours = Number(option('--hours') ?? 8);
  const units = option('--units')?.split(',');
  const roles = (role ?? '').split('+') as Role[];
  if (!roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    console.error(
      `usage: npm run token -- <${ROLES.join('|')}>[+role] <agency,agency|*> [subject] [--hours N] [--units unit,unit]`,
    );
    process.exit(2);
  }
  const { localSecrets } = await import('./infra/local-secrets.mjs');
  const { AUTH_JWT_SECRET } = localSecrets(process.env.MOTCUA_DATA_DIR ?? `${__dirname}/../.data`);
  const token = await mintToken(
    AUTH_JWT_SECRET,
    { id: subject ?? `${roles.join('-')}-${agencies}`, roles, agencies: agencies.split(','), units },
    { expiresIn: `${hours}h` },
  );
  console.log(token);
}

void main();
