/**
 * The web app in the same Chromium as its tests, over 20,000 dossiers, beside the raw API calls for the
 * same data in the same run: opening the desk (sign in → first queue rows), the 766 page (menu click →
 * first chart drawn), and the JavaScript the first page ships (gzipped).
 *   npm run bench -- web        (BENCH_QUEUE_DOSSIERS to change the volume, BENCH_WEB_RUNS the repeats)
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { mintToken } from '@motcua/api/auth/tokens';
import { CatalogueStore, DEMO_CALENDARS, DEMO_PROCEDURES, EventStore, Projector, openDatabase } from '@motcua/store';
import { resolveChromium } from '../../scripts/infra/chromium.mjs';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { spawnEntryPoint } from '../../test/support/api-process';
import { launchBrowser } from '../../test/support/browser';
import { percentile, printTable } from '../support';
import { seedQueue } from '../seed-queue';
import { benchProcessEnvironment } from '../api-environment';

const DOSSIERS = Number(process.env.BENCH_QUEUE_DOSSIERS ?? 20_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 20);
const SECRET = randomUUID() + randomUUID();
const ROOT = join(__dirname, '..', '..');

type Figures = { 'p50 ms': number; 'p95 ms': number; runs: number };
const figures = (ms: number[]): Figures => ({
  'p50 ms': percentile(ms, 50),
  'p95 ms': percentile(ms, 95),
  runs: ms.length,
});

async function timed(runs: number, once: () => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    ms.push(performance.now() - started);
  }
  return ms;
}

/** The first page's JavaScript as the browser fetches it: the entry and what index.html preloads, gzipped. */
function firstPageScriptBytes(webDir: string): { files: number; gzipped: number; raw: number } {
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  const scripts = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = scripts.map((path) => readFileSync(join(webDir, path)));
  return {
    files: scripts.length,
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzipped: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 6 }).length, 0),
  };
}

async function signIn(page: Page, url: string, role: string): Promise<void> {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Vai trò', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: role }).first().click();
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function main(): Promise<void> {
  const servers = await startThrowawayServers({ temporal: true });
  const webDir = join(servers.workDir, 'web');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(ROOT, 'apps/web/vite.config.mts'),
      '--outDir',
      webDir,
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 8 });
  await new CatalogueStore(db).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  await seedQueue(new EventStore(db), DOSSIERS);
  await new Projector(db).drain(300_000);
  const { freePort } = await import('../../scripts/infra/ports.mjs');
  const port = await freePort();
  const api = spawnEntryPoint(
    'apps/api/src/main.ts',
    benchProcessEnvironment(servers, SECRET, port, { WEB_DIR: webDir, DEV_SIGN_IN: 'true' }),
    'motcua API listening',
  );
  const browser = await launchBrowser(await resolveChromium());
  try {
    await api.ready;
    const url = `http://127.0.0.1:${port}`;
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    context.setDefaultTimeout(30_000);

    // Opening the app: from the sign-in page's address to the first rows of the first queue (a new page each time).
    const opening = await timed(RUNS, async () => {
      const page = await context.newPage();
      await signIn(page, url, 'Cán bộ một cửa');
      await page.locator('tr.ant-table-row').first().waitFor();
      await page.close();
    });
    // The desk as officers use it all day: from another page of the app, the menu, to the first queue rows.
    const deskPage = await context.newPage();
    await signIn(deskPage, url, 'Cán bộ một cửa');
    await deskPage.locator('tr.ant-table-row').first().waitFor();
    const desk = await timed(RUNS, async () => {
      await deskPage.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
      await deskPage.getByRole('heading', { name: 'Tra cứu hồ sơ' }).waitFor();
      await deskPage.getByRole('link', { name: 'Bàn làm việc' }).click();
      await deskPage.locator('tr.ant-table-row').first().waitFor();
    });

    // The 766 page: from the menu click to the first chart drawn.
    const metricsPage = await context.newPage();
    await signIn(metricsPage, url, 'Theo dõi chỉ số 766');
    await metricsPage.getByRole('heading').first().waitFor();
    const scorecard = await timed(RUNS, async () => {
      await metricsPage.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
      await metricsPage.getByRole('heading', { name: 'Tra cứu hồ sơ' }).waitFor();
      await metricsPage.getByRole('link', { name: 'Chỉ số 766' }).click();
      await metricsPage.locator('[role="img"][data-rendered="true"]').first().waitFor();
    });

    // The same data straight from the API, in the same run.
    const officer = await mintToken(SECRET, { id: 'bench', roles: ['officer'], agencies: ['STP-KH'] });
    const metrics = await mintToken(SECRET, { id: 'bench-m', roles: ['metrics'], agencies: ['STP-KH'] });
    const call = (path: string, token: string) => async () => {
      const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
    const queueApi = await timed(RUNS, call('/dossiers?status=1&breached=false&limit=50', officer));
    const scorecardApi = await timed(RUNS, call('/index-766/scorecard?period=year', metrics));
    const script = firstPageScriptBytes(webDir);

    printTable(`bench/web — ${DOSSIERS.toLocaleString('en-US')} dossiers, ${RUNS} runs each, one Chromium`, [
      { measure: 'desk: menu click → first queue rows (page)', ...figures(desk) },
      { measure: '  GET /dossiers?status=1&limit=50 (API alone)', ...figures(queueApi) },
      { measure: '766: menu click → first chart drawn (page)', ...figures(scorecard) },
      { measure: '  GET /index-766/scorecard (API alone)', ...figures(scorecardApi) },
    ]);
    const open = figures(opening);
    console.log(
      `\nopening the app (sign-in page → desk rows, new page): p50 ${open['p50 ms'].toFixed(0)} ms, p95 ${open['p95 ms'].toFixed(0)} ms; first, cold cache: ${opening[0].toFixed(0)} ms`,
    );
    console.log(
      `first page's JavaScript: ${script.files} files, ${(script.raw / 1024).toFixed(0)} KB, ${(script.gzipped / 1024).toFixed(0)} KB gzipped`,
    );
    const p95 = (ms: number[]) => percentile(ms, 95);
    console.log(
      `targets: desk p95 < 1,000 ms → ${p95(desk) < 1000 ? 'met' : 'NOT met'}; 766 p95 < 1,500 ms → ${p95(scorecard) < 1500 ? 'met' : 'NOT met'}; script < 350 KB gzipped → ${script.gzipped < 350 * 1024 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await api.stop();
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
