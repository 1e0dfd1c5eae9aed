import type { Browser, Page } from 'playwright-core';
import { bearer, type TestSystem } from './support/api';
import { apiClient } from './support/http';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system';
import { chooseOption, launchBrowser, openPage, pickFile, sendFromPage, signIn, visit } from './support/browser';
import { sharedTestCertificateAuthority } from './support/esign';
import { pdfBytes } from './support/files';

const PDF = (name: string, text = name) => ({ name, mimeType: 'application/pdf', buffer: pdfBytes(text) });

/**
 * The officer's day in a real Chromium: sign in, receive at the desk with a scan, accept and print the
 * receipt, request a supplement and receive it, hand over to the processing unit, whose officer takes
 * it, pauses with a ground document, resumes, issues an e-signed result and hands it back; the desk
 * returns it. Every page visited is screenshotted and checked for accessibility.
 */
describe('web app: the officer at the desk', () => {
  let world: BrowserSystem;
  let system: TestSystem;
  let browser: Browser;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    world = await startBrowserSystem();
    ({ system, browser } = world);
    page = await openPage(browser);
  });
  afterAll(() => world?.stop());

  it('signs in on the local page and lands on the desk, in Vietnamese', async () => {
    await page.goto(`${system.baseUrl}/`);
    await page.waitForURL(/\/dang-nhap$/);
    await visit(page, 'officer-01-sign-in');
    await signIn(page, system.baseUrl!, { role: 'officer', roleLabel: 'Cán bộ một cửa', name: 'Trần Thị Bình' });
    await expect(page.getByRole('heading', { name: 'Bàn làm việc' }).textContent()).resolves.toBe('Bàn làm việc');
    await visit(page, 'officer-02-desk-empty');
  });

  it('receives a dossier at the desk with a scanned component and opens it', async () => {
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ trực tiếp' }).click();
    await page.getByLabel('Thủ tục hành chính').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '2.000488' }).click();
    await page.getByLabel('Họ tên / tên tổ chức').fill('Nguyễn Văn An');
    await page.getByLabel('Số định danh / mã số').fill('079203001234');
    await page.getByLabel('Thông tin người nộp khai thác từ Cơ sở dữ liệu quốc gia về dân cư (VNeID)').check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Đính kèm bản quét' }).first().click();
    await (await chooser).setFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: pdfBytes('to khai') });
    await visit(page, 'officer-03-submit-form');
    await page.getByRole('button', { name: 'Nhận hồ sơ' }).click();
    await page.waitForURL(/\/ho-so\/STP-KH-/);
    code = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: /^Hồ sơ STP-KH-/ }).waitFor();
    await page.getByRole('tab', { name: 'Tài liệu' }).click();
    await page.getByRole('cell', { name: 'to-khai.pdf', exact: true }).waitFor();
    await visit(page, 'officer-04-dossier-received');
    // Recorded for indicator 4.5 (population data taken through VNeID).
    const recorded = await apiClient(system, await bearer('officer'))
      .get(`/dossiers/${code}`)
      .expect(200);
    expect(recorded.body.applicant).toMatchObject({ name: 'Nguyễn Văn An', populationData: true });
  });

  it('accepts the dossier and prints the receipt in one click', async () => {
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    const printed = page.waitForResponse((r) => /\/slips\/receipt$/.test(new URL(r.url()).pathname));
    await page.getByRole('button', { name: 'In phiếu' }).click();
    const response = await printed;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await page.getByText('Đã tiếp nhận').first().waitFor();
    await visit(page, 'officer-05-accepted');
  });

  it('requests the one supplement allowed, then receives it with its file', async () => {
    await sendFromPage(page, 'Yêu cầu bổ sung', async (dialog) => {
      await dialog.getByLabel('Nội dung yêu cầu bổ sung').fill('Bản chụp CCCD không rõ nét');
      await dialog.getByLabel('Thành phần cần bổ sung, hoàn thiện').fill('Bản chụp CCCD');
      await dialog.getByLabel('Thành phần cần bổ sung, hoàn thiện').press('Enter');
    });
    await page.getByText('Yêu cầu bổ sung', { exact: true }).first().waitFor();
    await page.getByText('1/1').waitFor();
    await visit(page, 'officer-06-supplement-requested');
    await sendFromPage(page, 'Nhận bổ sung', async (dialog) => {
      await dialog.getByLabel('Thành phần nhận bổ sung').fill('Bản chụp CCCD');
      await pickFile(page, () => dialog.getByRole('button', { name: 'Chọn tệp' }).click(), PDF('cccd.pdf'));
      await dialog.getByText('Đã tải lên: cccd.pdf').waitFor();
    });
    await expect(page.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).count()).resolves.toBe(0);
  });

  it('hands the dossier over to the processing unit, whose officer takes it, pauses and resumes', async () => {
    await sendFromPage(page, 'Chuyển bước tiếp', async (dialog) => {
      await chooseOption(page, 'Chuyển đến đơn vị', 'Phòng chuyên môn');
      await dialog.getByLabel('Ghi chú').fill('Hồ sơ đầy đủ, chuyển giải quyết');
    });
    // The processing unit's officer, on a browser of their own.
    const theirs = await launchBrowser();
    const processing = await openPage(theirs);
    try {
      await signIn(processing, system.baseUrl!, {
        role: 'officer',
        roleLabel: 'Cán bộ một cửa',
        unitLabel: 'Phòng chuyên môn',
        name: 'Lê Minh Tâm',
      });
      await visit(processing, 'officer-07-processing-desk');
      await processing.getByRole('link', { name: code }).click();
      await sendFromPage(processing, 'Nhận hồ sơ');
      await processing.getByRole('tab', { name: 'Phiếu kiểm soát' }).click();
      await processing
        .getByRole('cell', { name: /officer-STP-KH-processing/ })
        .first()
        .waitFor();
      await visit(processing, 'officer-08-control-slip');
      await sendFromPage(processing, 'Tạm dừng', async (dialog) => {
        await chooseOption(processing, 'Căn cứ tạm dừng', 'Chờ xác minh');
        await dialog.getByLabel('Lý do tạm dừng').fill('Chờ kết quả xác minh của Công an tỉnh');
        await pickFile(
          processing,
          () => dialog.getByRole('button', { name: 'Tải văn bản lên' }).click(),
          PDF('cv-xac-minh.pdf'),
        );
        await dialog.getByText('Đã tải lên: cv-xac-minh.pdf').waitFor();
        await chooseOption(processing, 'Hình thức thông báo cho người nộp', 'Bưu chính');
        await dialog.getByLabel('Số văn bản thông báo').fill('125/TB-STP');
      });
      await processing.getByText('Đang tạm dừng tính thời gian').waitFor();
      await visit(processing, 'officer-09-paused');
      await sendFromPage(processing, 'Tiếp tục');
      await expect(processing.getByText('Đang tạm dừng tính thời gian').count()).resolves.toBe(0);

      await sendFromPage(processing, 'Ban hành kết quả', async (dialog) => {
        const signed = await sharedTestCertificateAuthority().signedPdf('Phiếu lý lịch tư pháp số 1234');
        await pickFile(processing, () => dialog.getByRole('button', { name: 'Tải văn bản kết quả' }).click(), {
          name: 'phieu-lltp.pdf',
          mimeType: 'application/pdf',
          buffer: signed,
        });
        await dialog.getByText('Đã tải lên: phieu-lltp.pdf').waitFor();
        await dialog.getByLabel('Số, ký hiệu văn bản').fill('1234/LLTP');
      });
      await processing.getByText('Đã xử lý xong').first().waitFor();
      await sendFromPage(processing, 'Chuyển bước tiếp', async () => {
        await chooseOption(processing, 'Chuyển đến đơn vị', 'Bộ phận Một cửa');
      });
    } finally {
      await theirs.close();
    }
  });

  it('the desk takes the result back and returns it; the timeline tells the whole story in Vietnamese', async () => {
    await page.getByRole('link', { name: 'Bàn làm việc' }).click();
    await page.getByRole('tab', { name: 'Chờ trả kết quả' }).click();
    await page.getByRole('link', { name: code }).click();
    await sendFromPage(page, 'Nhận hồ sơ');
    await sendFromPage(page, 'Trả kết quả');
    await page.getByText('Đã trả kết quả').first().waitFor();
    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    for (const fact of [
      'Nộp hồ sơ',
      'Tiếp nhận hồ sơ',
      'Yêu cầu bổ sung hồ sơ',
      'Tạm dừng tính thời gian',
      'Trả kết quả',
    ]) {
      await page.getByText(fact, { exact: true }).first().waitFor();
    }
    await visit(page, 'officer-10-returned');
  });
});
