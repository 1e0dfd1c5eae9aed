import type { Browser, Page } from 'playwright-core';
import { startTestSystem, type TestSystem } from './support/api';
import { launchBrowser, openPage, signIn, visit } from './support/browser';
import { pdfBytes } from './support/files';

/** The officer's day in a real Chromium: sign in, receive at the desk with a scan, accept, print the receipt. */
describe('web app: the officer at the desk', () => {
  let system: TestSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestSystem({ listen: true }), launchBrowser()]);
    page = await openPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

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
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Đính kèm bản quét' }).first().click();
    await (await chooser).setFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: pdfBytes('to khai') });
    await visit(page, 'officer-03-submit-form');
    await page.getByRole('button', { name: 'Nhận hồ sơ' }).click();
    await page.waitForURL(/\/ho-so\/STP-KH-/);
    await page.getByRole('heading', { name: /^Hồ sơ STP-KH-/ }).waitFor();
    await page.getByRole('tab', { name: 'Tài liệu' }).click();
    await page.getByRole('cell', { name: 'to-khai.pdf', exact: true }).waitFor();
    await visit(page, 'officer-04-dossier-received');
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
});
