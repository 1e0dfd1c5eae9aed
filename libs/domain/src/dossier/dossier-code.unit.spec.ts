import { agencyOfDossierCode, dossierStreamId, formatDossierCode } from './dossier-code';

describe('dossier codes', () => {
  it('are the agency, the local day of receipt in Vietnam and a zero-padded number', () => {
    // 18:00 UTC on 23 November is 01:00 on the 24th in Vietnam (+07:00).
    expect(formatDossierCode('STP-KH', new Date('2026-11-23T18:00:00Z'), 42)).toBe('STP-KH-261124-000042');
    expect(formatDossierCode('STP-KH', new Date('2026-11-23T16:59:59Z'), 42)).toBe('STP-KH-261123-000042');
    expect(formatDossierCode('UBND.X1', new Date('2026-01-02T03:00:00Z'), '7', 8)).toBe('UBND.X1-260102-00000007');
  });

  it('keep numbers longer than the padding whole', () => {
    expect(formatDossierCode('STP', new Date('2026-03-01T03:00:00Z'), 1234567)).toBe('STP-260301-1234567');
  });

  it('name their agency, which is read back from the code', () => {
    const at = new Date('2026-11-23T03:00:00Z');
    for (const agency of ['STP-KH', 'UBND.X1', 'A', 'STP-KH-2']) {
      expect(agencyOfDossierCode(formatDossierCode(agency, at, 1))).toBe(agency);
    }
  });

  it.each([
    ['lower-case agency', 'stp-kh-261124-000001'],
    ['number under six digits', 'STP-KH-261124-00001'],
    ['number over twelve digits', 'STP-KH-261124-1234567890123'],
    ['day not six digits', 'STP-KH-26112-000001'],
    ['trailing action', 'STP-KH-261124-000001:pause-1'],
    ['agency over 32 characters', `${'A'.repeat(33)}-261124-000001`],
    ['no agency', '-261124-000001'],
  ])('malformed (%s) have no agency', (_why, code) => {
    expect(agencyOfDossierCode(code)).toBeUndefined();
  });

  it('name the event-store stream of their dossier', () => {
    expect(dossierStreamId('STP-KH-261124-000001')).toBe('dossier-STP-KH-261124-000001');
  });
});
