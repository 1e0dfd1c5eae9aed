import { URGENCY_TONES, urgencyOf } from './remaining-time';

const LEAD = 480; // one working day, as the rule set in force says

describe('remaining-time colouring of the queue', () => {
  it('green with time to spare, amber inside the apology lead time, red once overdue', () => {
    expect(urgencyOf(LEAD + 1, false, LEAD)).toBe('onTrack');
    expect(urgencyOf(LEAD, false, LEAD)).toBe('apologyDue');
    expect(urgencyOf(1, false, LEAD)).toBe('apologyDue');
    expect(urgencyOf(0, false, LEAD)).toBe('apologyDue');
    expect(urgencyOf(-1, false, LEAD)).toBe('overdue');
    expect(URGENCY_TONES.onTrack).toBe('good');
    expect(URGENCY_TONES.apologyDue).toBe('warning');
    expect(URGENCY_TONES.overdue).toBe('bad');
  });

  it('the dossier’s overdue flag wins over minutes computed before it was raised', () => {
    expect(urgencyOf(600, true, LEAD)).toBe('overdue');
    expect(urgencyOf(null, true, LEAD)).toBe('overdue');
  });

  it('no deadline (paused, waiting for the applicant): no colour', () => {
    expect(urgencyOf(null, false, LEAD)).toBe('none');
    expect(urgencyOf(undefined, false, LEAD)).toBe('none');
  });

  it('follows the lead time it is given (a rule set with two days)', () => {
    expect(urgencyOf(700, false, 960)).toBe('apologyDue');
    expect(urgencyOf(700, false, 480)).toBe('onTrack');
  });
});
