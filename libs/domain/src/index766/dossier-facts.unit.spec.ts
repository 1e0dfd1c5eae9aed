import type { DossierCommand } from '../dossier/commands';
import {
  eSignedDoc,
  history,
  officer,
  pauseCommand,
  resume,
  sameDay,
  submitCommand,
  vn,
} from '../dossier/dossier.fixtures';
import { foldEvents } from '../dossier/evolve';
import { dossierFacts, type DossierFact } from './dossier-facts';

const facts = (...commands: DossierCommand[]) => dossierFacts(foldEvents(history(...commands)));
const byKind = (list: DossierFact[]) => Object.fromEntries(list.map((f) => [f.kind, { at: f.at, amount: f.amount }]));

const submit = submitCommand(vn('2025-03-07T15:00'));
const accept: DossierCommand = { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer };
const result = (local: string): DossierCommand => ({
  type: 'IssueResult',
  at: vn(local),
  actor: officer,
  decision: 'approved',
  documents: [eSignedDoc('lltp.pdf', 'LLTP-1')],
});
// Ten working days from Monday 10/03 09:00 end on Monday 24/03 09:00 (fixture calendar: 07:30–11:30, 13:00–17:00).
const DUE = vn('2025-03-24T09:00');

const acknowledge = (acknowledged: 'record' | 'personalStore', local: string): DossierCommand => ({
  type: 'RecordPortalAcknowledgement',
  at: vn(local),
  actor: { id: 'motcua', role: 'system' },
  acknowledged,
  messageId: `m-${acknowledged}`,
  acknowledgedAt: vn(local),
});

describe('the 766 facts of a dossier', () => {
  it('counts the portal’s acknowledgements: the record with the receipt (1.4), the e-result with it (4.4)', () => {
    const synced = byKind(
      facts(
        submit,
        accept,
        acknowledge('record', '2025-03-10T09:01'),
        result('2025-03-20T09:00'),
        acknowledge('personalStore', '2025-03-20T09:02'),
      ),
    );
    expect(synced.reachedPortal).toEqual({ at: vn('2025-03-10T09:00'), amount: 1 });
    expect(synced.eResultInPersonalStore).toEqual(synced.eResult);
    const unsynced = byKind(facts(submit, accept, result('2025-03-20T09:00')));
    expect(unsynced.reachedPortal).toBeUndefined();
    expect(unsynced.eResultInPersonalStore).toBeUndefined();
  });

  it('has none before acceptance, nor when refused at receipt', () => {
    expect(facts(submit)).toEqual([]);
    expect(
      facts(submit, { type: 'RefuseDossier', at: vn('2025-03-10T08:00'), actor: officer, reason: 'Sai thẩm quyền' }),
    ).toEqual([]);
  });

  it('dates receipt flags at acceptance and predicts the overdue instant of a dossier in progress', () => {
    expect(byKind(facts(submit, accept))).toEqual({
      received: { at: vn('2025-03-10T09:00'), amount: 1 },
      receivedOnline: { at: vn('2025-03-10T09:00'), amount: 1 },
      digitised: { at: vn('2025-03-10T09:00'), amount: 1 },
      withFee: { at: vn('2025-03-10T09:00'), amount: 1 },
      paidOnline: { at: vn('2025-03-10T09:00'), amount: 1 },
      overdue: { at: DUE, amount: 1 },
    });
  });

  it('counts a desk dossier without fee, with reused and paper components, by what it has', () => {
    const desk = submitCommand(vn('2025-03-10T08:00'), {
      channel: 'desk',
      actor: officer,
      fee: 0,
      paidOnline: false,
      components: [
        { code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: true },
        { code: 'CCCD', name: 'CCCD', copies: 1, digitised: false, reused: false },
      ],
    });
    expect(Object.keys(byKind(facts(desk, accept))).sort()).toEqual(['overdue', 'received', 'reusedData']);
  });

  it('records an early result with its processing time, its e-result, and no overdue', () => {
    // Monday 10/03 09:00 → Thursday 20/03 09:00 = 8 working days.
    expect(byKind(facts(submit, accept, result('2025-03-20T09:00')))).toMatchObject({
      finishedEarly: { at: vn('2025-03-20T09:00'), amount: 8 },
      returnsDocument: { at: vn('2025-03-20T09:00'), amount: 1 },
      eResult: { at: vn('2025-03-20T09:00'), amount: 1 },
    });
    expect(byKind(facts(submit, accept, result('2025-03-20T09:00'))).overdue).toBeUndefined();
  });

  it('leaves clock stops out of the processing time, and moves the overdue instant by them', () => {
    const paused = [submit, accept, pauseCommand('2025-03-12T09:00'), resume('2025-03-13T09:00')];
    expect(byKind(facts(...paused)).overdue.at).toBe(vn('2025-03-25T09:00'));
    // Monday 10/03 09:00 → Friday 21/03 09:00 = 9 working days, 1 of them paused.
    expect(byKind(facts(...paused, result('2025-03-21T09:00'))).finishedEarly.amount).toBe(8);
  });

  it('dates a late dossier overdue at its due instant and finished late at its result', () => {
    // 10 working days + 1 hour = 10.125 days, kept to 1/100 day.
    expect(byKind(facts(submit, accept, result('2025-03-24T10:00')))).toMatchObject({
      finishedLate: { at: vn('2025-03-24T10:00'), amount: 10.13 },
      overdue: { at: DUE, amount: 1 },
    });
  });

  it('holds the overdue instant back while the clock is stopped, unless it stopped after the due date', () => {
    expect(byKind(facts(submit, accept, pauseCommand('2025-03-20T09:00'))).overdue).toBeUndefined();
    expect(byKind(facts(submit, accept, pauseCommand('2025-03-25T09:00'))).overdue.at).toBe(DUE);
  });

  it('dates a "not satisfied" rating at the rating, and a satisfied one not at all', () => {
    const rate = (satisfied: boolean): DossierCommand => ({
      type: 'RateSatisfaction',
      at: vn('2025-03-21T08:00'),
      actor: { id: 'applicant-1', role: 'applicant' },
      satisfied,
    });
    expect(byKind(facts(submit, accept, result('2025-03-20T09:00'), rate(false))).notSatisfied.at).toBe(
      vn('2025-03-21T08:00'),
    );
    expect(byKind(facts(submit, accept, result('2025-03-20T09:00'), rate(true))).notSatisfied).toBeUndefined();
  });

  it('gives no result-document facts to a procedure that returns no document', () => {
    const copy = submitCommand(vn('2025-03-10T08:00'), { procedure: sameDay });
    const done = facts(
      copy,
      { ...accept, at: vn('2025-03-10T08:30') },
      {
        type: 'IssueResult',
        at: vn('2025-03-10T10:00'),
        actor: officer,
        decision: 'approved',
        documents: [],
      },
    );
    expect(byKind(done).finishedOnTime).toEqual({ at: vn('2025-03-10T10:00'), amount: 0.19 });
    expect(byKind(done).returnsDocument).toBeUndefined();
  });

  it('records population data taken for the applicant or any component, at acceptance', () => {
    const at = vn('2025-03-10T09:00');
    const viaApplicant = submitCommand(vn('2025-03-07T15:00'), {
      applicant: { kind: 'citizen', name: 'Lê Thị Hoa', idNumber: '079203009999', populationData: true },
    });
    expect(byKind(facts(viaApplicant, accept)).populationData).toEqual({ at, amount: 1 });
    const viaComponent = submitCommand(vn('2025-03-07T15:00'), {
      components: [
        { code: 'CT', name: 'Xác nhận cư trú', copies: 1, digitised: true, reused: false, populationData: true },
      ],
    });
    expect(byKind(facts(viaComponent, accept)).populationData).toEqual({ at, amount: 1 });
    expect(byKind(facts(submit, accept)).populationData).toBeUndefined();
  });

  it('records certified copies at the result, and those certified electronically (a verified signature)', () => {
    const withCopies = (documents: IssueResultDocuments): DossierCommand => ({
      type: 'IssueResult',
      at: vn('2025-03-20T09:00'),
      actor: officer,
      decision: 'approved',
      documents,
    });
    const electronic = facts(
      submit,
      accept,
      withCopies([{ ...eSignedDoc('ban-sao.pdf', 'BS-1'), certifiedCopy: true }]),
    );
    expect(byKind(electronic)).toMatchObject({
      certifiedCopy: { at: vn('2025-03-20T09:00'), amount: 1 },
      certifiedCopyElectronic: { at: vn('2025-03-20T09:00'), amount: 1 },
    });
    const paper = facts(
      submit,
      accept,
      withCopies([
        {
          fileName: 'ban-sao.pdf',
          contentHash: `sha256:${'1'.repeat(64)}`,
          code: 'BS-2',
          eSigned: false,
          certifiedCopy: true,
        },
      ]),
    );
    expect(byKind(paper).certifiedCopy).toBeDefined();
    expect(byKind(paper).certifiedCopyElectronic).toBeUndefined();
    expect(byKind(facts(submit, accept, result('2025-03-20T09:00'))).certifiedCopy).toBeUndefined();
  });
});

type IssueResultDocuments = Extract<DossierCommand, { type: 'IssueResult' }>['documents'];
