/**
 * Documents, side by side with their bare baselines in the same run (medians of ROUNDS):
 * - receipts rendered per second on one core: motcua's receipt (its content from the dossier's events,
 *   the Decree 30 layout, QR code, embedded Vietnamese font) beside bare pdfkit writing the same texts
 *   as plain lines with the same font (target: ≥ 50 receipts/s);
 * - a 20 MB upload through the API (multipart over HTTP, hashed and recognised while streaming, fsynced,
 *   filed) beside a plain streamed file copy with fsync of the same bytes (target: ≥ 50 % of its speed).
 *   npm run bench -- documents
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { mintToken } from '@motcua/api/auth/tokens';
import {
  WorkingCalendar,
  civilServiceCalendarConfig,
  decide,
  foldEvents,
  initialState,
  slipContentOf,
  SYSTEM_ACTOR,
  type DossierEvent,
  type SlipBlock,
} from '@motcua/domain';
import { renderSlip } from '@motcua/slips';
import { benchProcessEnvironment } from '../api-environment';
import { slipFonts } from '@motcua/slips/fonts';
import { CatalogueStore, DEMO_CALENDARS, DEMO_PROCEDURES, EventStore, openDatabase } from '@motcua/store';
import { spawnEntryPoint } from '../../test/support/api-process';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { printTable } from '../support';

const ROUNDS = 5;
const RECEIPTS_PER_ROUND = 100;
const UPLOAD_MB = 20;
const SECRET = randomUUID() + randomUUID();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A dossier's events up to its acceptance (the receipt's source), for dossier number `i`. */
function acceptedDossier(i: number): DossierEvent[] {
  const calendar = new WorkingCalendar(civilServiceCalendarConfig());
  const submitted = decide(
    {
      type: 'SubmitDossier',
      at: '2026-12-01T02:00:00.000Z',
      actor: SYSTEM_ACTOR,
      dossierCode: `STP-KH-261201-${String(i).padStart(6, '0')}`,
      agencyCode: 'STP-KH',
      channel: 'desk',
      procedure: DEMO_PROCEDURES[0],
      applicant: { kind: 'citizen', name: `Nguyễn Thị Bình ${i}`, idNumber: '056190001234', phone: '0905123456' },
      components: [
        { code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: 1, digitised: false, reused: false },
      ],
      fee: 200_000,
    },
    initialState(),
    { calendar },
  );
  const accepted = decide(
    { type: 'AcceptDossier', at: '2026-12-01T02:10:00.000Z', actor: { id: 'can-bo', role: 'officer' } },
    foldEvents(submitted),
    { calendar },
  );
  return [...submitted, ...accepted];
}

const ISSUER = { governingBody: 'UBND tỉnh Khánh Hòa', unitName: 'Sở Tư pháp tỉnh Khánh Hòa', place: 'Khánh Hòa' };

function receiptOf(events: DossierEvent[], i: number) {
  return slipContentOf('receipt', {
    state: foldEvents(events),
    event: events[events.length - 1],
    issue: {
      number: `${i}/TNHS`,
      issuer: ISSUER,
      issuedAt: events[1].data.at,
      lookupUrl: `http://127.0.0.1:3000/public/dossiers/x${i}?key=ABCDEFGHJK`,
    },
  });
}

/** Bare pdfkit: the receipt's texts as plain lines, same font (parsed once), no layout, no QR code. */
function bareReceipt(texts: string[]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('regular', slipFonts().regular as unknown as ArrayBuffer);
    doc.font('regular').fontSize(13);
    for (const text of texts) doc.text(text);
    doc.end();
  });
}

function textsOf(blocks: readonly SlipBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'table' ? b.rows.map((r) => r.join(' ')) : b.kind === 'line' ? [`${b.label}: ${b.text}`] : [b.text],
  );
}

async function receiptsPerSecond(): Promise<{ ours: number; bare: number }> {
  const dossiers = Array.from({ length: RECEIPTS_PER_ROUND }, (_, i) => acceptedDossier(i));
  const texts = dossiers.map((events, i) => textsOf(receiptOf(events, i).blocks));
  await renderSlip(receiptOf(dossiers[0], 0)); // fonts parsed, code warm
  const ours: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    for (let i = 0; i < dossiers.length; i++) await renderSlip(receiptOf(dossiers[i], i));
    ours.push((dossiers.length * 1000) / (performance.now() - start));
    start = performance.now();
    for (const t of texts) await bareReceipt(t);
    bare.push((dossiers.length * 1000) / (performance.now() - start));
  }
  return { ours: median(ours), bare: median(bare) };
}

/** A PDF of `mb` megabytes, unique per round (so no upload is answered as a retry of an earlier one). */
function bigPdf(mb: number, round: number): Buffer {
  const bytes = Buffer.alloc(mb * 1_048_576, 0x20);
  bytes.write(`%PDF-1.7\n% round ${round} ${randomUUID()}\n`, 0, 'latin1');
  bytes.write('\n%%EOF\n', bytes.length - 7, 'latin1');
  return bytes;
}

async function uploads(
  workDir: string,
  url: string,
  token: string,
  code: string,
): Promise<{ ours: number; bare: number }> {
  const ours: number[] = [];
  const bare: number[] = [];
  const scratch = join(workDir, 'copies');
  mkdirSync(scratch, { recursive: true });
  for (let round = 0; round < ROUNDS; round++) {
    const bytes = bigPdf(UPLOAD_MB, round);
    const source = join(scratch, `source-${round}.pdf`);
    writeFileSync(source, bytes);
    let start = performance.now();
    const form = new FormData();
    form.append('kind', 'result');
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'ket-qua.pdf');
    const res = await fetch(`${url}/dossiers/${code}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
    ours.push(UPLOAD_MB / ((performance.now() - start) / 1000));
    start = performance.now();
    const target = join(scratch, `copy-${round}.pdf`);
    await pipeline(createReadStream(source), createWriteStream(target));
    const handle = await open(target, 'r');
    await handle.sync();
    await handle.close();
    bare.push(UPLOAD_MB / ((performance.now() - start) / 1000));
  }
  return { ours: median(ours), bare: median(bare) };
}

async function main(): Promise<void> {
  const receipts = await receiptsPerSecond();
  const servers = await startThrowawayServers({ temporal: true });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 4 });
  await new CatalogueStore(db).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  const { freePort } = await import('../../scripts/infra/ports.mjs');
  const port = await freePort();
  const api = spawnEntryPoint(
    'apps/api/src/main.ts',
    benchProcessEnvironment(servers, SECRET, port, {
      DOCUMENT_MAX_MB: String(UPLOAD_MB + 1),
      DOSSIER_DOCUMENTS_MAX_MB: String((UPLOAD_MB + 1) * ROUNDS),
    }),
    'motcua API listening',
  );
  try {
    await api.ready;
    // One submitted dossier to upload to, appended straight to the store (uploads need no workflow).
    const [submitted] = acceptedDossier(0);
    await new EventStore(db).append('dossier-STP-KH-261201-000000', 0, [
      {
        eventId: randomUUID(),
        type: submitted.type,
        data: { ...submitted.data },
        occurredAt: submitted.data.at,
        metadata: { actorId: 'bench', actorRole: 'system' },
      },
    ]);
    const token = await mintToken(SECRET, { id: 'bench-officer', roles: ['officer'], agencies: ['STP-KH'] });
    const upload = await uploads(servers.workDir, `http://127.0.0.1:${port}`, token, 'STP-KH-261201-000000');
    printTable(`documents (median of ${ROUNDS} rounds)`, [
      {
        measure: 'receipts rendered / s (one core)',
        motcua: receipts.ours,
        bare: receipts.bare,
        ratio: receipts.ours / receipts.bare,
      },
      {
        measure: `${UPLOAD_MB} MB upload, MB/s`,
        motcua: upload.ours,
        bare: upload.bare,
        ratio: upload.ours / upload.bare,
      },
    ]);
    console.log(
      'bare receipt: pdfkit writing the same texts as plain lines in the same font; bare upload: streamed file copy + fsync',
    );
  } finally {
    await api.kill('SIGTERM');
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
