import type { Browser, Locator, Page } from 'playwright-core';
import type { TestSystem } from './support/api';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system';
import { chooseOption, openPage, signIn, visit } from './support/browser';

/**
 * Phản ánh, kiến nghị in a real Chromium: a citizen raises feedback on the public page (no account), the
 * desk classifies, assigns, answers and publishes it, and the citizen reads the answer and rates it.
 */
describe('web app: feedback and petitions', () => {
  let world: BrowserSystem;
  let system: TestSystem;
  let browser: Browser;
  let citizen: Page;
  let code: string;

  beforeAll(async () => {
    world = await startBrowserSystem();
    ({ system, browser } = world);
    citizen = await openPage(browser);
  });
  afterAll(() => world?.stop());

  it('a citizen sends feedback without an account and is given its code and key', async () => {
    await citizen.goto(`${system.baseUrl}/gui-phan-anh`);
    await chooseOption(citizen, 'Cơ quan tiếp nhận', 'Sở Tư pháp tỉnh Khánh Hòa');
    await citizen.getByLabel('Họ và tên').fill('Nguyễn Thị Mai');
    await citizen.getByLabel('Số điện thoại').fill('0905111222');
    await citizen.getByLabel('Tiêu đề').fill('Cán bộ hướng dẫn chưa rõ');
    await citizen.getByLabel('Nội dung phản ánh, kiến nghị').fill('Tôi phải đi lại ba lần vì hướng dẫn không đầy đủ.');
    await visit(citizen, 'feedback-01-public-form');
    await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const sent = citizen.getByRole('status');
    await sent.getByText('Đã tiếp nhận phản ánh, kiến nghị của bạn').waitFor();
    code = (await sent.locator('strong').first().textContent())!;
    expect(code).toMatch(/^STP-KH-\d{6}-PA\d{6,}$/);
    // The lookup below shows it at once, as the desk will see it.
    await citizen.getByText('Đang xử lý').waitFor();
    await visit(citizen, 'feedback-02-public-sent');
  });

  it('the desk classifies, assigns, answers and publishes it', async () => {
    const page = await openPage(browser);
    await signIn(page, system.baseUrl!, { role: 'officer', roleLabel: 'Cán bộ một cửa', name: 'Trần Thị Bình' });
    await page.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await page.getByRole('button', { name: code }).click();
    const detail = page.getByRole('dialog', { name: `Phản ánh, kiến nghị ${code}` });
    await detail.getByText('Tôi phải đi lại ba lần').waitFor();
    await visit(page, 'feedback-03-desk-detail');

    await act(page, detail, 'Phân loại', async (form) => form.getByText('Về hành vi, thái độ của cán bộ').click());
    await act(page, detail, 'Phân công'); // to the officer themself, the form's default
    await act(page, detail, 'Trả lời', async (form) => {
      await form.getByLabel('Nội dung văn bản trả lời').fill('Cơ quan đã nhắc nhở cán bộ và gửi lời xin lỗi ông/bà.');
      await visit(page, 'feedback-04-desk-answer');
    });
    await act(page, detail, 'Công khai trả lời');
    await detail.getByText('Đã công khai trả lời').waitFor();
    await visit(page, 'feedback-05-desk-published');
    await page.close();
  });

  it('the citizen reads the published answer and rates it', async () => {
    await citizen.reload();
    await citizen.getByText('Cơ quan đã nhắc nhở cán bộ').waitFor();
    await citizen.getByRole('button', { name: 'Hài lòng', exact: true }).click();
    await citizen.getByText('Bạn đã đánh giá').waitFor();
    await visit(citizen, 'feedback-06-public-rated');
  });
});

/** One command from the feedback's dialog: its button, its form (`fill`), its confirm button, the acknowledgement. */
async function act(page: Page, detail: Locator, name: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
  await detail.getByRole('button', { name, exact: true }).click();
  const form = page.getByRole('dialog', { name: new RegExp(`^${name} — `) });
  await form.waitFor();
  await fill?.(form);
  await form.getByRole('button', { name, exact: true }).click();
  await page.getByText(`${name}: đã ghi nhận`).last().waitFor();
  await form.waitFor({ state: 'detached' });
}
