import { allowedCommands } from './allowed-commands';
import { applicant, calendar, history, officer, pauseCommand, submitCommand, vn } from './dossier.fixtures';
import { foldEvents } from './evolve';
import type { DossierCommand } from './commands';
import { decide } from './decide';
import { DEFAULT_PROCESS } from '../process/internal-process';

const SUBMITTED = history(submitCommand(vn('2025-03-07T15:00')));
const ACCEPT: DossierCommand = { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer };
const ACCEPTED = history(submitCommand(vn('2025-03-07T15:00')), ACCEPT);
const allowed = (events: typeof SUBMITTED, actor = officer, at = vn('2025-03-12T10:00')) =>
  allowedCommands(foldEvents(events), actor, at, { calendar, withoutInternalProcess: true });

describe('allowedCommands: what the dossier takes now, decided by the decider', () => {
  it('a submitted dossier: the receipt’s decisions, not the processing’s', () => {
    const commands = allowed(SUBMITTED);
    expect(commands).toEqual(
      expect.arrayContaining(['AcceptDossier', 'RequestCompletion', 'RefuseDossier', 'CancelDossier']),
    );
    expect(commands).not.toContain('PauseProcessing');
    expect(commands).not.toContain('IssueResult');
    expect(commands).not.toContain('ResumeProcessing');
  });

  it('an accepted dossier: pause, supplement request, apology, result; no second acceptance', () => {
    const commands = allowed(ACCEPTED);
    expect(commands).toEqual(
      expect.arrayContaining(['PauseProcessing', 'RequestSupplement', 'IssueApology', 'IssueResult', 'StopProcessing']),
    );
    expect(commands).not.toContain('AcceptDossier');
    expect(commands).not.toContain('ResumeProcessing');
    expect(commands).not.toContain('CancelDossier');
  });

  it('a paused dossier: resume, and no second pause', () => {
    const state = foldEvents(ACCEPTED);
    const paused = [...ACCEPTED, ...decide(pauseCommand('2025-03-11T09:00'), state, { calendar })];
    const commands = allowed(paused);
    expect(commands).toContain('ResumeProcessing');
    expect(commands).not.toContain('PauseProcessing');
  });

  it('roles are the API’s to check; probing never changes the state', () => {
    const state = foldEvents(SUBMITTED);
    const before = JSON.stringify(state);
    expect(allowedCommands(state, applicant, vn('2025-03-10T09:00'), { calendar })).toContain('RequestWithdrawal');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('in the internal process: the holder hands over to the next step, and cannot send back from the first', () => {
    const events = history(submitCommand(vn('2025-03-07T15:00')), { ...ACCEPT, process: DEFAULT_PROCESS });
    const commands = allowedCommands(foldEvents(events), officer, vn('2025-03-10T10:00'), {
      calendar,
      process: DEFAULT_PROCESS,
    });
    expect(commands).toContain('HandOverDossier');
    expect(commands).not.toContain('SendBackDossier');
    expect(commands).not.toContain('ReceiveDossier');
  });

  it('a command older than the last fact is refused: nothing is allowed before it', () => {
    expect(allowed(ACCEPTED, officer, vn('2025-03-01T09:00'))).toEqual([]);
  });
});
