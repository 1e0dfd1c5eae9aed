/**
 * Mints a local bearer token (HS256, the secret of `npm start` in .data/secrets.json or AUTH_JWT_SECRET):
 *   npm run token -- officer STP-KH [subject] [--hours 8]
 *   npm run token -- supervisor '*'
 */
import { mintToken } from '@motcua/api/auth/tokens';
import { ROLES, type Role } from '@motcua/api/auth/principal';

async function main(): Promise<void> {
  const [role, agencies = 'STP-KH', subject] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const hoursAt = process.argv.indexOf('--hours');
  const hours = hoursAt > 0 ? Number(process.argv[hoursAt + 1]) : 8;
  const roles = (role ?? '').split('+') as Role[];
  if (!roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    console.error(`usage: npm run token -- <${ROLES.join('|')}>[+role] <agency,agency|*> [subject] [--hours N]`);
    process.exit(2);
  }
  const { localSecrets } = await import('./infra/local-secrets.mjs');
  const { AUTH_JWT_SECRET } = localSecrets(process.env.MOTCUA_DATA_DIR ?? `${__dirname}/../.data`);
  const token = await mintToken(
    AUTH_JWT_SECRET,
    { id: subject ?? `${roles.join('-')}-${agencies}`, roles, agencies: agencies.split(',') },
    { expiresIn: `${hours}h` },
  );
  console.log(token);
}

void main();
