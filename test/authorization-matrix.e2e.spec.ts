import request from 'supertest';
import { ROLES, type Role } from '@motcua/api/auth/principal';
import type { RouteSpec } from '@motcua/api/http/route';
import { ROUTES } from '@motcua/api/routes';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { PNG_BYTES } from './support/files';

const OWN = 'STP-KH';
const OTHER = 'STP-PT';
type Side = 'own' | 'other';

/** A request for `spec` aimed at a dossier or agency of one side (the dossiers need not exist: the guard decides first). */
function requestFor(system: TestSystem, spec: RouteSpec, side: Side): request.Test {
  const agency = side === 'own' ? OWN : OTHER;
  const code = `${agency}-261123-000001`;
  const path = spec.path
    .replace('{code}', code)
    .replace('{id}', `${code}:pause-1`)
    .replace('{feedbackCode}', `${agency}-261123-PA000001`)
    .replace('{indicator}', '2.1')
    .replace('{agency}', agency)
    .replace('{procedureCode}', '9.999999')
    .replace('{documentId}', '00000000-0000-4000-8000-000000000000')
    .replace('{slip}', 'receipt');
  const query =
    spec.scope === 'agency' && spec.method === 'GET'
      ? `?agency=${agency}`
      : spec.path.startsWith('/public')
        ? '?key=WRONGKEY00'
        : spec.response === 'events'
          ? '?seconds=0'
          : '';
  const call = request(system.http)[spec.method === 'GET' ? 'get' : spec.method === 'POST' ? 'post' : 'put'](
    path + query,
  );
  if (spec.upload) return call.field('kind', 'component').attach('file', PNG_BYTES, 'anh.png');
  if (spec.body) {
    const example = spec.example as Record<string, unknown>;
    const receipt = spec.path === '/dossiers' || spec.path === '/feedback';
    return call.send(receipt ? { ...example, agencyCode: agency } : example);
  }
  return call;
}

function expectedAllowed(spec: RouteSpec, role: Role, side: Side): boolean {
  if (spec.roles === 'public') return true;
  return spec.roles.includes(role) && (spec.scope === 'none' || side === 'own');
}

describe('authorisation matrix: every route × every role × own / other agency', () => {
  let system: TestSystem;
  const specs = Object.entries(ROUTES) as [string, RouteSpec][];

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  it('allows exactly the declared roles, in their own agency only, and never answers 5xx', async () => {
    const tokens = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, await bearer(role, [OWN])] as const)),
    );
    const mismatches: string[] = [];
    let cells = 0;
    for (const [name, spec] of specs) {
      for (const role of ROLES) {
        for (const side of ['own', 'other'] as Side[]) {
          const res = await requestFor(system, spec, side).set('authorization', tokens[role]);
          const allowed = res.status !== 401 && res.status !== 403;
          cells += 1;
          if (res.status >= 500) mismatches.push(`${name} ${role} ${side}: ${res.status} ${JSON.stringify(res.body)}`);
          else if (allowed !== expectedAllowed(spec, role, side))
            mismatches.push(`${name} ${role} ${side}: got ${res.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(specs.length * ROLES.length * 2);
    console.log(`[matrix] ${specs.length} routes × ${ROLES.length} roles × 2 agencies = ${cells} cells checked`);
  });

  it('refuses every non-public route without a token, or with a forged or expired one', async () => {
    const forged = `Bearer ${(await bearer('admin', ['*'])).split(' ')[1].slice(0, -4)}AAAA`;
    for (const [name, spec] of specs) {
      if (spec.roles === 'public') continue;
      const anonymous = await requestFor(system, spec, 'own');
      expect({ name, status: anonymous.status, code: anonymous.body.code }).toEqual({
        name,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      const bad = await requestFor(system, spec, 'own').set('authorization', forged);
      expect({ name, status: bad.status }).toEqual({ name, status: 401 });
    }
  });

  it('lets a wildcard scope act in every agency', async () => {
    const provincial = await bearer('supervisor', ['*']);
    await request(system.http).get(`/dossiers?agency=${OTHER}`).set('authorization', provincial).expect(200);
    await request(system.http).get('/audit/actions').set('authorization', provincial).expect(200);
  });
});
