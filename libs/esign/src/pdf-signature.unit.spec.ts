import { type X509Certificate } from 'node:crypto';
import { testCertificateAuthority, plainPdf, type TestCertificateAuthority } from '../../../test/support/esign';
import { trustAnchorsFrom, verifyPdfSignature } from './index';

const DAY_MS = 86_400_000;

describe('the digital signature of a PDF', () => {
  let ca: TestCertificateAuthority;
  let anchors: X509Certificate[];

  beforeAll(() => {
    ca = testCertificateAuthority();
    anchors = trustAnchorsFrom(ca.rootPem);
  });

  it('verifies a whole, intact file signed under a trusted authority, and says who signed it when', async () => {
    const signingTime = new Date(Date.now() - DAY_MS);
    const pdf = await ca.signedPdf('Phiếu lý lịch tư pháp số 123', { signer: 'Nguyễn Văn Ký', signingTime });
    const check = await verifyPdfSignature(pdf, anchors);
    expect(check).toEqual({
      valid: true,
      verification: {
        signer: 'CN=Nguyễn Văn Ký, C=VN',
        issuer: 'CN=motcua Test Root CA, C=VN',
        serialNumber: expect.stringMatching(/^01[0-9A-F]{16}$/),
        signingTime: new Date(Math.floor(signingTime.getTime() / 1000) * 1000).toISOString(),
        result: 'verified',
      },
    });
  });

  it('refuses a file with one byte changed inside the signed range', async () => {
    const pdf = await ca.signedPdf('Kết quả');
    const at = pdf.indexOf('/Type /Catalog'); // inside the first signed range
    expect(at).toBeGreaterThan(0);
    pdf[at + 2] ^= 0x01;
    expect(await verifyPdfSignature(pdf, anchors)).toMatchObject({ valid: false, reason: 'TAMPERED' });
  });

  it('refuses bytes added after signing, an unsigned file and a garbled signature', async () => {
    const pdf = await ca.signedPdf('Kết quả');
    const appended = Buffer.concat([pdf, Buffer.from('\n% sửa sau khi ký\n')]);
    expect(await verifyPdfSignature(appended, anchors)).toMatchObject({ valid: false, reason: 'NOT_WHOLE_FILE' });
    expect(await verifyPdfSignature(await plainPdf('Không ký'), anchors)).toMatchObject({
      valid: false,
      reason: 'NO_SIGNATURE',
    });
    const text = pdf.toString('latin1');
    const start = text.lastIndexOf('/Contents <') + '/Contents <'.length;
    const garbled = Buffer.from(pdf);
    garbled.write('ff'.repeat(20), start, 'latin1');
    expect(await verifyPdfSignature(garbled, anchors)).toMatchObject({ valid: false, reason: 'MALFORMED' });
  });

  it('refuses a signer another authority certified, and a signature made outside the certificate’s validity', async () => {
    const stranger = testCertificateAuthority('Unknown CA');
    expect(await verifyPdfSignature(await stranger.signedPdf('Kết quả'), anchors)).toMatchObject({
      valid: false,
      reason: 'UNTRUSTED',
    });
    const expired = await ca.signedPdf('Kết quả', {
      validFrom: new Date(Date.now() - 400 * DAY_MS),
      validTo: new Date(Date.now() - 10 * DAY_MS),
    });
    expect(await verifyPdfSignature(expired, anchors)).toMatchObject({ valid: false, reason: 'OUTSIDE_VALIDITY' });
    expect(await verifyPdfSignature(await ca.signedPdf('Kết quả'), [])).toMatchObject({
      valid: false,
      reason: 'UNTRUSTED',
    });
  });
});
