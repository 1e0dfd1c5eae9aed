import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Screenshots of every page a journey visits, for a person to look at (git-ignored). */
export const WEB_ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'web');

/** A Chromium binary and how to start it (what `resolveChromium()` of scripts/infra/chromium.mjs returns). */
export interface ChromiumBinary {
  readonly executablePath: string;
  readonly args: string[];
  readonly env: Record<string, string>;
}

/** Headless Chromium: by default the run's (unpacked once by the global setup from the npm package). */
export function launchBrowser(
  found: ChromiumBinary | null = JSON.parse(process.env.MOTCUA_TEST_CHROMIUM ?? 'null') as ChromiumBinary | null,
): Promise<Browser> {
  if (!found) throw new Error('no Chromium: the global setup did not run');
  return chromium.launch({
    executablePath: found.executablePath,
    args: found.args,
    env: { ...process.env, ...found.env } as Record<string, string>,
    headless: true,
  });
}

/**
 * A fresh page of its own context (axe opens pages beside it), at a size and in Vietnam's locale and
 * time, asking for reduced motion. Leave it open: closing a context takes the whole single-process Chromium down with it.
 */
export async function openPage(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<Page> {
  // Reduced motion: the charts are drawn at once, so a screenshot shows their final figures.
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  // A script error in the page is a failure to see in the test's output, not a blank screenshot.
  page.on('pageerror', (error) => console.error(`page error at ${page.url()}: ${error.stack ?? error.message}`));
  return page;
}

/** What `settled` asks of the page's document (the tests compile without the DOM's types). */
interface PageDocument {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { length: number };
}

/**
 * Waits until the page shows what it loaded: no spinner nor skeleton, then a moment for the last paint.
 * (Not "network idle": the live-updates stream stays open on every signed-in page.)
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // Runs in the page (a function, not a string: the page's content policy forbids eval).
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    return (
      doc.querySelector('main h1') !== null && doc.querySelectorAll('.ant-spin-spinning, .ant-skeleton').length === 0
    );
  });
  await page.waitForTimeout(300);
}

/** Saves a full-page screenshot as test-artifacts/web/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(WEB_ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(WEB_ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The page's serious and critical accessibility violations (axe-core), as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** Screenshot, then the accessibility check: every page a journey visits gets both. */
export async function visit(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  expect(await seriousViolations(page)).toEqual([]);
}

/** Signs in on the dev sign-in page as `who` and waits for their first page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  who: { role: string; roleLabel: string; unit?: string; unitLabel?: string; name: string },
): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Họ và tên').fill(who.name);
  await chooseOption(page, 'Vai trò', who.roleLabel);
  if (who.unitLabel) await chooseOption(page, 'Đơn vị (bỏ trống: mặc định của vai trò)', who.unitLabel);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** Picks an option of an antd Select by its field label and the option's text. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Sends a command from the dossier page: its button, its form (`fill`), the dialog's confirm button,
 * then the page's acknowledgement.
 */
export async function sendFromPage(
  page: Page,
  button: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const done = page.getByText(`${button}: đã ghi nhận`).last();
  const refused = dialog.locator('[role="alert"], .ant-form-item-explain-error').first();
  try {
    await done.or(refused).waitFor();
  } catch (error) {
    // Neither acknowledged nor refused: what the page showed is the only witness on CI.
    await screenshot(page, `stuck-${button}`);
    throw error;
  }
  if (!(await done.isVisible())) {
    await screenshot(page, `failed-${button}`);
    throw new Error(`${button}: ${await dialog.innerText()}`);
  }
  await dialog.waitFor({ state: 'detached' });
}

/** Uploads a file through the next file picker `click` opens. */
export async function pickFile(
  page: Page,
  click: () => Promise<void>,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await click();
  await (await chooser).setFiles(file);
}
