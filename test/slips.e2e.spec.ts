import { join } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { foldEvents, slipContentOf, type DossierEvent, type IssuedSlip } from '@motcua/domain';
import { lookupKeyOf, renderSlip } from '@motcua/slips';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { binaryBody, sha256Of } from './support/files';
import { DESK_DOSSIER, apiClient } from './support/http';
import { ARTIFACTS, flatText, readPdfs } from './support/pdf';
import { TEST_LOOKUP_KEY_SECRET } from './support/temporal';

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global Buffer (an ArrayBuffer), which Node's typings no longer match.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('the papers motcua issues, through HTTP', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startTestSystem();
    officer = apiClient(system, await bearer('officer', ['STP-KH'], 'can-bo-lan'));
  });
  afterAll(() => system?.stop());

  const pdfOf = async (path: string) => {
    const res = await officer.get(path).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return res.body as Buffer;
  };

  it('issues the receipt with the acceptance: numbered, filed, recorded, and re-rendered to the same bytes', async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    const accepted = await officer.command(code, 'accept').expect(200);
    // The command answers at once; the receipt it owes follows by milliseconds, and a print waits for it.
    expect(accepted.body.pendingSlips).toEqual([{ slip: 'receipt', ofVersion: 2 }]);
    const bytes = await pdfOf(`/dossiers/${code}/slips/receipt`);
    const listed = await officer.get(`/dossiers/${code}/slips`).expect(200);
    expect(listed.body.issued).toEqual([
      expect.objectContaining({
        slip: 'receipt',
        ofVersion: 2,
        form: 'Mẫu số 01',
        number: expect.stringMatching(/^\d+\/TNHS$/),
      }),
    ]);
    const receipt = listed.body.issued[0] as IssuedSlip;
    expect(sha256Of(bytes)).toBe(receipt.contentHash);
    const documents = await officer.get(`/dossiers/${code}/documents`).expect(200);
    expect(documents.body.items).toContainEqual(
      expect.objectContaining({
        id: receipt.documentId,
        kind: 'slip',
        mediaType: 'application/pdf',
        uploadedBy: 'motcua',
      }),
    );

    // Anyone can check the recorded hash: the events up to the acceptance and what the event recorded.
    const events = (await officer.get(`/dossiers/${code}/events`).expect(200)).body.items as {
      type: string;
      data: object;
    }[];
    const upTo = events.slice(0, receipt.ofVersion).map((e) => ({ type: e.type, data: e.data }) as DossierEvent);
    const recorded = events[2].data as IssuedSlip;
    const again = await renderSlip(
      slipContentOf('receipt', {
        state: foldEvents(upTo),
        event: upTo[upTo.length - 1],
        issue: {
          number: recorded.number,
          issuer: recorded.issuer,
          issuedAt: recorded.issuedAt,
          lookupUrl: recorded.lookupUrl,
        },
      }),
    );
    expect(sha256Of(again)).toBe(receipt.contentHash);

    const key = lookupKeyOf(TEST_LOOKUP_KEY_SECRET, code);
    const text = flatText(readPdfs(new Map([['receipt', bytes]]), join(ARTIFACTS, 'e2e'))['receipt']);
    for (const line of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'SỞ TƯ PHÁP TỈNH KHÁNH HÒA',
      `Mã hồ sơ: ${code}`,
      `/tra-cuu?ma=${code}&khoa=${key}`,
    ]) {
      expect(text).toContain(line);
    }
  });

  it('issues the supplement request; keeps the control slip current; the applicant gets their papers by key only', async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await officer.command(code, 'accept').expect(200);
    await officer
      .command(code, 'request-supplement', { reason: 'Tờ khai thiếu chữ ký', missingComponents: ['TK'] })
      .expect(200);
    await officer.papersIssued(code);
    const listed = await officer.get(`/dossiers/${code}/slips`).expect(200);
    expect(listed.body.issued.map((s: IssuedSlip) => [s.slip, s.form])).toEqual([
      ['receipt', 'Mẫu số 01'],
      ['supplementRequest', 'Mẫu số 02'],
    ]);
    expect(listed.body.controlSlip).toEqual({ form: 'Mẫu số 06', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' });
    const read = readPdfs(
      new Map([
        ['supplement-request', await pdfOf(`/dossiers/${code}/slips/supplementRequest`)],
        ['control-slip', await pdfOf(`/dossiers/${code}/slips/controlSlip`)],
      ]),
      join(ARTIFACTS, 'e2e'),
    );
    expect(flatText(read['supplement-request'])).toContain('Lý do: Tờ khai thiếu chữ ký');
    expect(flatText(read['control-slip'])).toContain('Người nhận: can-bo-lan');
    await officer.get(`/dossiers/${code}/slips/refusal`).expect(404);

    const key = lookupKeyOf(TEST_LOOKUP_KEY_SECRET, code);
    const pub = (path: string) => request(system.http).get(path);
    const mine = await pub(`/public/dossiers/${code}/slips/receipt?key=${key.toLowerCase()}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(sha256Of(mine.body as Buffer)).toBe(listed.body.issued[0].contentHash);
    expect((await pub(`/public/dossiers/${code}/slips/receipt?key=AAAAAAAAAA`)).body.code).toBe('DOSSIER_NOT_FOUND');
    expect((await pub(`/public/dossiers/${code}/slips/controlSlip?key=${key}`)).status).toBe(404);
  });

  it('keeps the unit’s register of the period as a workbook, one line per dossier received', async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await officer.command(code, 'accept').expect(200);
    await system.project();
    const res = await officer.get('/registers?agency=STP-KH').buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = (await workbookOf(res.body as Buffer)).worksheets[0];
    expect([1, 2, 3].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'Mẫu số 07',
      'SỞ TƯ PHÁP TỈNH KHÁNH HÒA',
      'SỔ THEO DÕI HỒ SƠ',
    ]);
    expect(sheet.getRow(6).values).toEqual(expect.arrayContaining(['STT', 'Mã hồ sơ', 'Hẹn trả kết quả']));
    const lines = sheet.getRows(7, sheet.rowCount - 6)!.map((row) => row.getCell(2).value);
    expect(lines).toContain(code);
    expect(sheet.getRows(7, sheet.rowCount - 6)!.map((row) => row.getCell(1).value)).toEqual(
      lines.map((_, i) => String(i + 1)),
    );

    const other = apiClient(system, await bearer('officer', ['STP-PT'], 'khac'));
    expect((await other.get('/registers?agency=STP-KH')).status).toBe(403);
    const bad = await officer.get('/registers?agency=STP-KH&from=2026-12-31&to=2026-12-01');
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const empty = await officer
      .get('/registers?agency=STP-KH&from=2020-01-01&to=2020-01-31')
      .buffer(true)
      .parse(binaryBody);
    const none = (await workbookOf(empty.body as Buffer)).worksheets[0];
    expect(none.getCell(4, 1).value).toBe('Từ ngày 01/01/2020 đến ngày 31/01/2020');
    expect(none.rowCount).toBe(6);
  });
});
