import { Client, Connection } from '@temporalio/client';
import { dossierWorkflowId } from '@motcua/workflows/messages';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { apiClient } from './support/http';
import { devServerAddress } from './support/temporal';

const QUIET_MS = 1_500;

/**
 * Temporal holds only live dossiers: a closed dossier's workflow completes after a quiet period, and a
 * late rating or audit review wakes it (Update-with-Start; the new run folds the stored events first).
 * A review is never refused for age.
 */
describe('a closed dossier whose workflow has completed', () => {
  let system: TestSystem;
  let client: Client;
  let officer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startTestSystem({ dossierQuietPeriodMs: QUIET_MS });
    client = new Client({ connection: await Connection.connect({ address: devServerAddress() }) });
    officer = apiClient(system, await bearer('officer', ['STP-KH'], 'officer-closed'));
  });
  afterAll(async () => {
    await client?.connection.close();
    await system?.stop();
  });

  const completed = async (code: string) => {
    const handle = client.workflow.getHandle(dossierWorkflowId(code));
    await handle.result();
    return (await handle.describe()).status.name;
  };

  it('is woken by a rating and by the review of its pause, each applied once, and completes again', async () => {
    const code = (await officer.submit().expect(201)).body.dossierCode as string;
    await officer.command(code, 'accept').expect(200);
    await officer.papersIssued(code); // the receipt, before the next command
    await officer
      .command(code, 'pause', {
        reasonCode: 'VERIFICATION',
        reason: 'Chờ xác minh',
        attachment: await officer.attach(code, 'pauseGround'),
        notice: { channel: 'post', reference: '12/TB' },
      })
      .expect(200);
    await officer.command(code, 'resume').expect(200);
    await officer
      .command(code, 'result', {
        decision: 'approved',
        documents: [{ ...(await officer.attach(code, 'result')), code: 'KQ-1', eSigned: false }],
      })
      .expect(200);
    await officer.command(code, 'return', { method: 'desk' }).expect(200);
    expect(await completed(code)).toBe('COMPLETED');

    const applicant = apiClient(system, await bearer('applicant', ['STP-KH'], 'portal'));
    const ratingKey = { 'idempotency-key': `rating-${code}` };
    const rated = await applicant.command(code, 'rating', { satisfied: false, comment: 'Chậm' }, ratingKey).expect(200);
    expect(rated.body).toMatchObject({ satisfied: false, version: 8 });
    expect(await completed(code)).toBe('COMPLETED');
    // The same rating again (same key) after the run completed once more: the same answer, nothing appended.
    expect(
      (await applicant.command(code, 'rating', { satisfied: false, comment: 'Chậm' }, ratingKey).expect(200)).body,
    ).toEqual(rated.body);

    const supervisor = apiClient(system, await bearer('supervisor', ['STP-KH'], 'supervisor-closed'));
    const reviewed = await supervisor
      .post(`/audit/actions/${code}:pause-1/review`, { verdict: 'unjustified', note: 'Không có căn cứ' })
      .expect(200);
    expect(reviewed.body.auditedActions[0]).toMatchObject({ verdict: 'unjustified' });
    const events = await officer.get(`/dossiers/${code}/events`).expect(200);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'DossierSubmitted',
      'DossierAccepted',
      'SlipIssued',
      'ProcessingPaused',
      'ProcessingResumed',
      'ResultIssued',
      'ResultReturned',
      'SatisfactionRated',
      'AuditedActionReviewed',
    ]);
    expect(await completed(code)).toBe('COMPLETED');
  });

  it('answers a command to a dossier that was never submitted with 404, starting no workflow', async () => {
    const code = 'STP-KH-261201-999999999';
    const res = await officer.command(code, 'accept');
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'DOSSIER_NOT_FOUND' });
    await expect(client.workflow.getHandle(dossierWorkflowId(code)).describe()).rejects.toThrow(/not found/i);
  });
});
