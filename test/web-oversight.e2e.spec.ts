import type { Browser, Download, Page } from 'playwright-core';
import { DEMO_PROCEDURES, PortalOutbox } from '@motcua/store';
import { bearer, type TestSystem } from './support/api';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system';
import { chooseOption, openPage, signIn, visit } from './support/browser';
import { DESK_DOSSIER, apiClient } from './support/http';

/**
 * The supervisor, the metrics consumer and the applicant in a real Chromium, on a dossier the desk took
 * through its whole life by the API: paused with a ground document, resumed, e-signed result, returned online.
 */
describe('web app: supervisor, 766 metrics, applicant', () => {
  let world: BrowserSystem;
  let system: TestSystem;
  let browser: Browser;
  let code: string;
  let lookupKey: string;
  let onTimeByItsPause: string;

  beforeAll(async () => {
    world = await startBrowserSystem();
    ({ system, browser } = world);
    onTimeByItsPause = await aDossierOnTimeOnlyThanksToItsPause(system);
    ({ code, lookupKey } = await aDossierReturnedOnline(system));
  });
  afterAll(() => world?.stop());

  it('supervisor: judges a pause unjustified from the audit queue, and the 766 figure moves', async () => {
    const page = await openPage(browser);
    await signIn(page, system.baseUrl!, { role: 'supervisor', roleLabel: 'Giám sát', name: 'Phạm Văn Giám' });
    await page.getByRole('heading', { name: 'Giám sát' }).waitFor();
    // Before: both finished dossiers count as on time (one only because its pause moved its due date).
    await onTimeFigure(page, 2);

    await page.getByRole('link', { name: 'Giám sát' }).click();
    const row = page.getByRole('row', { name: new RegExp(onTimeByItsPause) });
    await row.getByText('Tạm dừng').waitFor();
    await visit(page, 'supervisor-01-audit-queue');
    await row.getByRole('button', { name: 'Kết luận' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Chờ ý kiến của Sở Tài chính').waitFor();
    await dialog.getByLabel('Không có căn cứ').check();
    await dialog.getByLabel('Ghi chú').fill('Không có văn bản đề nghị cho ý kiến');
    await visit(page, 'supervisor-02-verdict');
    await dialog.getByRole('button', { name: 'Ghi nhận kết luận' }).click();
    await page.getByText('Đã ghi nhận kết luận').waitFor();
    await row.waitFor({ state: 'detached' });
    await chooseOption(page, 'Kết luận', 'Không có căn cứ');
    await row.getByText('Không có căn cứ').waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra ngẫu nhiên' }).click();
    await page.getByText('Mã mẫu:').waitFor();
    await page.getByRole('tab', { name: 'Trễ hạn theo bước, cán bộ' }).click();
    await page.getByRole('cell', { name: 'Phòng chuyên môn' }).waitFor();
    await visit(page, 'supervisor-03-step-lateness');

    // After: the pause no longer moves the due date in the metrics, so that dossier is late (domain.md §3.4).
    await onTimeFigure(page, 1);
    await visit(page, 'supervisor-04-766-after-verdict');
  });

  it('metrics: the scorecard, the dossiers behind a figure, the dossier itself; CSV; as of an earlier instant', async () => {
    const page = await openPage(browser);
    await signIn(page, system.baseUrl!, { role: 'supervisor', roleLabel: 'Giám sát', name: 'Phạm Văn Giám' });
    await page.getByRole('link', { name: 'Chỉ số 766' }).click();
    await page.locator('[role="img"][data-rendered="true"]').first().waitFor();
    await page.getByRole('row', { name: /2\.1 Hồ sơ giải quyết đúng hạn/ }).waitFor();
    await visit(page, 'metrics-01-scorecard');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = await textOf(await download);
    expect(csv).toContain('Mã chỉ tiêu');
    expect(csv).toContain('Hồ sơ giải quyết đúng hạn');

    await page.getByRole('button', { name: /^2 hồ sơ: mẫu số chỉ tiêu 2\.1$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: code }).waitFor();
    await visit(page, 'metrics-02-drill-down');
    await dialog.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();

    await page.goBack();
    await page.getByLabel('Số liệu tại thời điểm').fill('01/01/2026 08:00');
    await page.getByLabel('Số liệu tại thời điểm').press('Enter');
    await page.getByText(/số liệu tại 01\/01\/2026 08:00/).waitFor();
    // Nothing had been finished then: the figure's denominator is empty.
    await page.getByRole('button', { name: /^0 hồ sơ: mẫu số chỉ tiêu 2\.1$/ }).waitFor();
    await visit(page, 'metrics-03-as-of');
  });

  it('admin: sees a message the national portal refused, inspects it and sends it again', async () => {
    const outbox = new PortalOutbox(system.db.dataSource);
    const [first] = await outbox.ofDossier(code);
    // Only this dossier's messages are left to send, and the portal refuses its first one.
    await system.db.dataSource.query(
      `UPDATE portal_outbox SET state = CASE WHEN dossier_code = $1 THEN 'pending' ELSE 'acknowledged' END`,
      [code],
    );
    await outbox.deliverDue(1, async () => ({ kind: 'dead', error: 'refused 99: NgayHenTra' }));
    const page = await openPage(browser);
    await signIn(page, system.baseUrl!, { role: 'admin', roleLabel: 'Quản trị', name: 'Võ Minh Quản' });
    await page.getByRole('link', { name: 'Đồng bộ Cổng DVCQG' }).click();
    const row = page.getByRole('row', { name: new RegExp(code) });
    await row.getByText('refused 99: NgayHenTra').waitFor();
    await visit(page, 'admin-01-dead-letters');
    await row.getByRole('button', { name: `Xem thông điệp ${first.messageId}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('"MaHoSo"').first().waitFor();
    await visit(page, 'admin-02-dead-letter');
    await dialog.getByRole('button', { name: 'Gửi lại' }).click();
    await page.getByText('Đã đưa thông điệp vào hàng đợi gửi lại').waitFor();
    await page.getByText('Không có thông điệp bị dừng gửi').waitFor();
    expect(await outbox.message(first.messageId)).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('keyboard: the desk’s rows and the dossier’s commands are reached and used without a mouse', async () => {
    const desk = apiClient(system, await bearer('officer', ['STP-KH'], 'officer-STP-KH'));
    const fresh = (await desk.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await system.project();
    const page = await openPage(browser);
    await signIn(page, system.baseUrl!, { role: 'officer', roleLabel: 'Cán bộ một cửa', name: 'Trần Thị Bình' });
    await page.getByRole('row', { name: new RegExp(fresh) }).waitFor();
    const focused = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
          ).document.activeElement?.getAttribute('aria-label') ?? null,
      );
    for (let presses = 0; presses < 60 && (await focused()) !== `Hồ sơ ${fresh}`; presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe(`Hồ sơ ${fresh}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Hồ sơ ${fresh}` }).waitFor();
    const accept = page.getByRole('button', { name: 'Tiếp nhận', exact: true });
    for (
      let presses = 0;
      presses < 30 &&
      !(await accept.evaluate((b) => b === (b.ownerDocument as { activeElement: unknown }).activeElement));
      presses++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('applicant: the receipt’s QR code opens the lookup on a phone; their papers and e-result download', async () => {
    const page = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${system.baseUrl}/tra-cuu?ma=${code}&khoa=${lookupKey}`);
    await page.getByText('Đã trả kết quả').waitFor();
    await page.getByText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', { exact: false }).waitFor();
    await visit(page, 'applicant-01-lookup-phone');
    // No one's name in the public history.
    await expect(page.getByText('Nguyễn').count()).resolves.toBe(0);
    await expect(page.getByText('officer').count()).resolves.toBe(0);

    const receipt = page.waitForEvent('download');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'GIẤY TIẾP NHẬN' })
      .getByRole('button', { name: 'Tải về' })
      .click();
    expect((await bytesOf(await receipt)).subarray(0, 5).toString()).toBe('%PDF-');
    const result = page.waitForEvent('download');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Kết quả điện tử' })
      .getByRole('button', { name: 'Tải về' })
      .click();
    expect((await bytesOf(await result)).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`${system.baseUrl}/tra-cuu?ma=${code}&khoa=WRONGKEY00`);
    await page.getByText('Không tìm thấy hồ sơ (hoặc mã tra cứu không đúng).').waitFor();
    await visit(page, 'applicant-02-wrong-key');
  });
});

/** Opens the 766 page and waits until indicator 2.1 (finished on time) counts `dossiers`. */
async function onTimeFigure(page: Page, dossiers: number): Promise<void> {
  await page.getByRole('link', { name: 'Chỉ số 766' }).click();
  await page.getByRole('button', { name: `${dossiers} hồ sơ: tử số chỉ tiêu 2.1`, exact: true }).waitFor();
}

async function bytesOf(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function textOf(download: Download): Promise<string> {
  return (await bytesOf(download)).toString('utf8');
}

/** Through the API: received, accepted, handed to the processing unit, paused and resumed, e-signed result, returned online. */
async function aDossierReturnedOnline(system: TestSystem): Promise<{ code: string; lookupKey: string }> {
  const { desk, specialist, code, submitted } = await pausedAtTheProcessingUnit(system, DESK_DOSSIER, {
    reasonCode: 'VERIFICATION',
    reason: 'Chờ xác minh của Công an tỉnh',
    reference: '125/TB-STP',
  });
  await specialist.command(code, 'resume').expect(200);
  const result = await specialist.attachSigned(code);
  await specialist
    .command(code, 'result', { decision: 'approved', documents: [{ ...result, code: '1234/LLTP', eSigned: true }] })
    .expect(200);
  await specialist.command(code, 'handover', { toUnit: 'desk' }).expect(200);
  await desk.command(code, 'receive').expect(200);
  await desk.command(code, 'return', { method: 'online' }).expect(200);
  await desk.papersIssued(code);
  await system.project();
  return { code, lookupKey: submitted.lookupKey as string };
}

/** Through the API: received at the desk, accepted, handed to the processing unit, taken there and paused. */
async function pausedAtTheProcessingUnit(
  system: TestSystem,
  dossier: object,
  pause: { reasonCode: string; reason: string; reference: string },
) {
  const desk = apiClient(system, await bearer('officer'));
  const specialist = apiClient(system, await bearer('officer', ['STP-KH'], 'chuyen-vien-tam', ['processing']));
  const submitted = (await desk.submit(dossier).expect(201)).body;
  const code = submitted.dossierCode as string;
  const accepted = (await desk.command(code, 'accept').expect(200)).body;
  await desk.command(code, 'handover', { toUnit: 'processing' }).expect(200);
  await specialist.command(code, 'receive').expect(200);
  const attachment = await specialist.attach(code, 'pauseGround');
  await specialist
    .command(code, 'pause', {
      reasonCode: pause.reasonCode,
      reason: pause.reason,
      attachment,
      notice: { channel: 'post', reference: pause.reference },
    })
    .expect(200);
  return { desk, specialist, code, submitted, accepted };
}

const TEN_WORKING_SECONDS = { unit: 'workingHours', value: 10 / 3600 } as const;

/**
 * A dossier on time only because its pause moved its due date: its procedure lasts ten working seconds on
 * a calendar where every hour is a working one; it is paused at once, resumed after its first due date has
 * passed, and its result issued then. Judged unjustified, the pause stops counting and the dossier is late.
 */
async function aDossierOnTimeOnlyThanksToItsPause(system: TestSystem): Promise<string> {
  const admin = apiClient(system, await bearer('admin', ['*'], 'quan-tri'));
  await admin
    .put('/admin/calendars/STP-KH', {
      agencyName: 'Sở Tư pháp tỉnh Khánh Hòa',
      calendar: { timeZone: 'Asia/Ho_Chi_Minh', sessions: [{ start: '00:00', end: '24:00' }], weekendDays: [] },
    })
    .expect(200);
  const { code: _code, process: _process, ...procedure } = DEMO_PROCEDURES.find((p) => p.code === '2.000488')!;
  await admin
    .put('/admin/procedures/9.000010', {
      ...procedure,
      name: 'Thủ tục thử nghiệm (thời hạn mười giây)',
      durations: { desk: TEN_WORKING_SECONDS, online: TEN_WORKING_SECONDS },
    })
    .expect(200);
  const { specialist, code, accepted } = await pausedAtTheProcessingUnit(
    system,
    { ...DESK_DOSSIER, procedureCode: '9.000010' },
    { reasonCode: 'CONSULTATION', reason: 'Chờ ý kiến của Sở Tài chính', reference: '126/TB-STP' },
  );
  const firstDueAt = Date.parse(accepted.dueAt as string);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstDueAt - Date.now()) + 1_000));
  const resumed = await specialist.command(code, 'resume').expect(200);
  expect(Date.parse(resumed.body.dueAt as string)).toBeGreaterThan(Date.now() + 5_000);
  const result = await specialist.attachSigned(code);
  await specialist
    .command(code, 'result', { decision: 'approved', documents: [{ ...result, code: '1235/LLTP', eSigned: true }] })
    .expect(200);
  return code;
}
