import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { IdempotencyKeys } from './idempotency-keys';

describe('IdempotencyKeys on PostgreSQL', () => {
  let db: TestDatabase;
  let keys: IdempotencyKeys;
  let n = 0;
  const fresh = () => `key-${++n}-${Date.now()}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    keys = new IdempotencyKeys(db.dataSource);
  });
  afterAll(() => db?.drop());

  it('replays the answer of the attempt that held the key, and refuses the key for another request', async () => {
    const key = fresh();
    const claim = await keys.claim('p', key, 'POST /x', 'h1', 10_000);
    expect(claim).toMatchObject({ kind: 'claimed', dossierCode: null });
    if (claim.kind !== 'claimed') return;
    expect(await keys.answer('p', key, claim.attempt, 201, { ok: 'nul \u0000 kept' })).toBe(true);
    expect(await keys.claim('p', key, 'POST /x', 'h1', 10_000)).toEqual({
      kind: 'answered',
      status: 201,
      body: { ok: 'nul \u0000 kept' },
    });
    expect(await keys.claim('p', key, 'POST /x', 'h2', 10_000)).toEqual({ kind: 'reused' });
  });

  it('lets a retry take over a claim whose lease ended, with the dossier code the first attempt kept', async () => {
    const key = fresh();
    const first = await keys.claim('p', key, 'POST /dossiers', 'h', 300);
    if (first.kind !== 'claimed') throw new Error('not claimed');
    expect(await keys.keepDossierCode('p', key, 'STP-KH-261201-000001')).toBe('STP-KH-261201-000001');
    expect(await keys.claim('p', key, 'POST /dossiers', 'h', 300)).toMatchObject({ kind: 'held' });
    await new Promise((resolve) => setTimeout(resolve, 350));
    const second = await keys.claim('p', key, 'POST /dossiers', 'h', 10_000);
    expect(second).toMatchObject({ kind: 'claimed', dossierCode: 'STP-KH-261201-000001' });
    // A code reserved by a later attempt does not replace the kept one.
    expect(await keys.keepDossierCode('p', key, 'STP-KH-261201-000002')).toBe('STP-KH-261201-000001');
    // The first attempt lost its claim: its late answer is not stored.
    expect(await keys.answer('p', key, first.attempt, 500, null)).toBe(false);
    if (second.kind !== 'claimed') return;
    expect(await keys.answer('p', key, second.attempt, 201, { dossierCode: 'STP-KH-261201-000001' })).toBe(true);
  });

  it('gives an expired claim to exactly one of many concurrent retries', async () => {
    const key = fresh();
    await keys.claim('p', key, 'POST /x', 'h', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const claims = await Promise.all(Array.from({ length: 10 }, () => keys.claim('p', key, 'POST /x', 'h', 10_000)));
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'held')).toHaveLength(9);
  });

  it('frees a released claim at once for the next retry', async () => {
    const key = fresh();
    const claim = await keys.claim('p', key, 'POST /x', 'h', 60_000);
    if (claim.kind !== 'claimed') throw new Error('not claimed');
    await keys.release('p', key, claim.attempt);
    expect(await keys.claim('p', key, 'POST /x', 'h', 60_000)).toMatchObject({ kind: 'claimed' });
  });
});
