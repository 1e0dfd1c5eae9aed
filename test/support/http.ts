import request from 'supertest';
import { eventually } from './dossiers';
import { sharedTestCertificateAuthority } from './esign';
import type { TestSystem } from './api';
import { pdfBytes } from './files';

let uploads = 0;

export const DESK_DOSSIER = {
  procedureCode: '2.000488',
  agencyCode: 'STP-KH',
  channel: 'desk',
  applicant: { kind: 'citizen', name: 'Lê Thị Hoa', idNumber: '079203009999', phone: '0905000111' },
  components: [{ code: 'TK', name: 'Tờ khai', digitised: true }],
  fee: 200000,
};

/** A small client of the API for tests: one method per call, returning supertest responses. */
export function apiClient(system: TestSystem, token: string) {
  const auth = (t: request.Test) => t.set('authorization', token);
  /** Uploads a file to the dossier (a fresh PDF unless given) and returns the reference a command takes. */
  const attach = async (code: string, kind = 'other', bytes?: Buffer, fileName = 'tep.pdf') => {
    const res = await auth(request(system.http).post(`/dossiers/${code}/documents`))
      .field('kind', kind)
      .attach('file', bytes ?? pdfBytes(`tep ${++uploads} ${Date.now()}`), fileName);
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { documentId: res.body.id as string };
  };
  return {
    submit: (body: object = DESK_DOSSIER, headers: Record<string, string> = {}) =>
      auth(request(system.http).post('/dossiers')).set(headers).send(body),
    command: (code: string, route: string, body: object = {}, headers: Record<string, string> = {}) =>
      auth(request(system.http).post(`/dossiers/${code}/${route}`))
        .set(headers)
        .send(body),
    get: (path: string) => auth(request(system.http).get(path)),
    post: (path: string, body: object = {}) => auth(request(system.http).post(path)).send(body),
    put: (path: string, body: object = {}) => auth(request(system.http).put(path)).send(body),
    attach,
    /** Waits until every paper the dossier's facts owe is issued (they follow their command by milliseconds). */
    papersIssued: (code: string) =>
      eventually(`the papers of ${code} are issued`, async () => {
        const res = await auth(request(system.http).get(`/dossiers/${code}/slips`));
        return res.status === 200 && res.body.pending.length === 0;
      }),
    /** Uploads a result signed under the test CA the test system trusts: a reference for an e-result. */
    attachSigned: async (code: string, text = `Kết quả ${++uploads} ${Date.now()}`) =>
      attach(code, 'result', await sharedTestCertificateAuthority().signedPdf(text), 'ket-qua-ky-so.pdf'),
  };
}
