import type { DossierCommand } from './commands';
import { given, history, officer, submitCommand, system, vn } from './dossier.fixtures';
import { isCurrentFor } from './evolve';

const submit = submitCommand(vn('2025-03-07T15:00'));
const accept: DossierCommand = { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer };
const acknowledge = (acknowledged: 'record' | 'personalStore', local: string): DossierCommand => ({
  type: 'RecordPortalAcknowledgement',
  at: vn(local),
  actor: system,
  acknowledged,
  messageId: `m-${acknowledged}-${local}`,
  acknowledgedAt: vn(local),
});

describe('RecordPortalAcknowledgement', () => {
  it('records the first acknowledgement of each kind, and nothing for the same kind again', () => {
    const accepted = history(submit, accept);
    const state = given(accepted)
      .when(acknowledge('record', '2025-03-10T09:01'))
      .then([{ type: 'PortalAcknowledged', data: { acknowledged: 'record', acknowledgedAt: vn('2025-03-10T09:01') } }]);
    expect(state.portal).toEqual({ record: vn('2025-03-10T09:01') });
    const recorded = history(submit, accept, acknowledge('record', '2025-03-10T09:01'));
    given(recorded).when(acknowledge('record', '2025-03-10T09:05')).then([]);
    given(recorded)
      .when(acknowledge('personalStore', '2025-03-10T09:05'))
      .then([{ type: 'PortalAcknowledged' }]);
  });

  it('is taken on a closed dossier too, and is not a change an officer’s If-Match must follow', () => {
    const refused = history(submit, {
      type: 'RefuseDossier',
      at: vn('2025-03-10T08:00'),
      actor: officer,
      reason: 'Sai thẩm quyền',
    });
    const before = given(refused).state;
    const after = given(refused)
      .when(acknowledge('record', '2025-03-10T08:01'))
      .then([{ type: 'PortalAcknowledged' }]);
    expect(after.version).toBe(before.version + 1);
    expect(isCurrentFor(after, before.version)).toBe(true);
  });
});
