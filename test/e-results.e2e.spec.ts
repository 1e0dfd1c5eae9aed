import request from 'supertest';
import { lookupKeyOf } from '@motcua/slips';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { sharedTestCertificateAuthority, testCertificateAuthority } from './support/esign';
import { binaryBody, pdfBytes, PNG_BYTES, sha256Of } from './support/files';
import { DESK_DOSSIER, apiClient } from './support/http';
import { TEST_LOOKUP_KEY_SECRET } from './support/temporal';

describe('e-results: the signature verified, recorded, and delivered online', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startTestSystem();
    officer = apiClient(system, await bearer('officer', ['STP-KH'], 'can-bo-tra'));
  });
  afterAll(() => system?.stop());

  const accepted = async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await officer.command(code, 'accept').expect(200);
    await officer.papersIssued(code); // the receipt, so the counts below are the commands' own
    return code;
  };
  const issue = (code: string, reference: { documentId: string }, eSigned = true) =>
    officer.command(code, 'result', { decision: 'approved', documents: [{ ...reference, code: 'LLTP-7', eSigned }] });

  it('records who signed, under which authority and when, and counts the dossier as an e-result', async () => {
    const code = await accepted();
    const issued = await issue(code, await officer.attachSigned(code)).expect(200);
    expect(issued.body.eResult).toBe(true);
    const events = (await officer.get(`/dossiers/${code}/events`).expect(200)).body.items as {
      type: string;
      data: { documents: { signature?: object }[] };
    }[];
    const result = events.find((e) => e.type === 'ResultIssued')!;
    expect(result.data.documents[0].signature).toEqual({
      signer: 'CN=Sở Tư pháp tỉnh Khánh Hòa, C=VN',
      issuer: 'CN=motcua Test Root CA, C=VN',
      serialNumber: expect.stringMatching(/^[0-9A-F]+$/),
      signingTime: expect.any(String),
      result: 'verified',
    });
  });

  it.each([
    ['an unsigned PDF', async () => pdfBytes('khong ky'), 'NO_SIGNATURE'],
    [
      'a signed PDF with one byte changed',
      async () => tampered(await sharedTestCertificateAuthority().signedPdf('Kết quả')),
      'TAMPERED',
    ],
    [
      'a PDF signed under an unknown authority',
      async () => testCertificateAuthority('Unknown CA').signedPdf('Kết quả'),
      'UNTRUSTED',
    ],
    ['a picture', async () => PNG_BYTES, 'NOT_A_PDF'],
  ])('refuses %s declared e-signed with 422 E_SIGNATURE_INVALID and changes nothing', async (_what, bytes, reason) => {
    const code = await accepted();
    const before = (await officer.get(`/dossiers/${code}/events`).expect(200)).body.items.length;
    const file = await bytes();
    const reference = await officer.attach(
      code,
      'result',
      file,
      reason === 'NOT_A_PDF' ? 'ket-qua.png' : 'ket-qua.pdf',
    );
    const refused = await issue(code, reference);
    expect({ status: refused.status, code: refused.body.code, reason: refused.body.reason }).toEqual({
      status: 422,
      code: 'E_SIGNATURE_INVALID',
      reason,
    });
    expect(refused.body.documentId).toBe(reference.documentId);
    expect((await officer.get(`/dossiers/${code}/events`).expect(200)).body.items).toHaveLength(before);
    // The same scan, not declared e-signed, is a result — not an e-result.
    const scanned = await issue(code, reference, false).expect(200);
    expect(scanned.body.eResult).toBe(false);
  });

  it('delivers the e-result to the applicant by the receipt key once returned online, not before', async () => {
    const code = await accepted();
    const reference = await officer.attachSigned(code, 'Phiếu lý lịch tư pháp số 77');
    await issue(code, reference).expect(200);
    const key = lookupKeyOf(TEST_LOOKUP_KEY_SECRET, code);
    const lookup = () => request(system.http).get(`/public/dossiers/${code}?key=${key}`).expect(200);
    const download = (k: string) =>
      request(system.http)
        .get(`/public/dossiers/${code}/e-results/${reference.documentId}?key=${k}`)
        .buffer(true)
        .parse(binaryBody);
    expect((await lookup()).body.eResults).toEqual([]);
    expect((await download(key)).status).toBe(404);

    await officer.command(code, 'return', { method: 'online' }).expect(200);
    await officer.papersIssued(code);
    expect((await lookup()).body).toMatchObject({
      eResults: [{ documentId: reference.documentId, code: 'LLTP-7', fileName: 'ket-qua-ky-so.pdf' }],
      papers: [{ slip: 'receipt', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' }],
    });
    const delivered = await download(key).expect(200);
    const stored = await officer
      .get(`/dossiers/${code}/documents/${reference.documentId}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(sha256Of(delivered.body as Buffer)).toBe(sha256Of(stored.body as Buffer));
    const wrongKey = await request(system.http).get(
      `/public/dossiers/${code}/e-results/${reference.documentId}?key=AAAAAAAAAA`,
    );
    expect({ status: wrongKey.status, code: wrongKey.body.code }).toEqual({ status: 404, code: 'DOSSIER_NOT_FOUND' });
  });
});

/** The file with one byte of its first signed range changed (the document catalogue entry). */
function tampered(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  copy[copy.indexOf('/Type /Catalog') + 2] ^= 0x01;
  return copy;
}
