import { loadSyntheticDossiers } from '../../../../scripts/synthetic/load-synthetic';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { rebuildReadModels } from '../projections/rebuild';
import { Index766Reports } from './index766-reports';

/**
 * `npm run generate` at a small scale: dossiers and feedback played through the deciders, rebuilt, and
 * a scorecard where every indicator the events can answer has data (1.3 waits on the catalogue).
 */
describe('a generated province', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('produces every indicator from its dossiers and feedback', async () => {
    const now = new Date('2026-11-30T10:00:00+07:00');
    await loadSyntheticDossiers(db.dataSource, {
      count: 600,
      feedback: 60,
      seed: 5,
      agencies: 3,
      from: new Date('2026-01-01T00:00:00+07:00'),
      to: new Date('2026-11-20T00:00:00+07:00'),
      now,
      firstNumber: 9_000_000,
    });
    await rebuildReadModels(db.dataSource);
    const [{ n }] = await db.dataSource.query("SELECT count(*)::int AS n FROM feedbacks WHERE stage <> 'none'");
    expect(n).toBe(60);
    const { scorecard } = await new Index766Reports(db.dataSource).scorecard({
      scope: { agencies: '*' },
      period: { from: '2026-01-01', to: '2026-12-31' },
      // The catalogue is as recorded (seeded now): the figures as they stand now.
      asOf: new Date(),
    });
    const noData = scorecard.indicators.filter((i) => i.noData).map((i) => `${i.id} ${i.noData}`);
    expect(noData).toEqual(['1.3 CONTENT_NOT_RECORDED']);
    const byId = Object.fromEntries(scorecard.indicators.map((i) => [i.id, i]));
    expect(byId['5.2'].denominator).toBeGreaterThanOrEqual(60);
    expect(byId['5.1a'].numerator! + byId['5.1b'].numerator!).toBeGreaterThan(0);
    expect(byId['5.2'].points).toBeGreaterThan(0);
    expect(byId['5.2'].points).toBeLessThan(6);
  });
});
