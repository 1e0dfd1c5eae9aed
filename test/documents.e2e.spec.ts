import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import request from 'supertest';
import { LocalBlobStore } from '@motcua/store';
import { TEST_JWT_SECRET, bearer, startTestSystem, type TestSystem } from './support/api';
import { spawnEntryPoint } from './support/api-process';
import { devServerAddress } from './support/temporal';
import { pdfBytes, pdfOfSize, PNG_BYTES, sha256Of, TEXT_BYTES, XML_BYTES } from './support/files';
import { DESK_DOSSIER, apiClient } from './support/http';

const MB = 1_048_576;

/** Every file under `dir`, recursively (relative paths). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/**
 * A dossier's files over HTTP: streamed in, hashed and recognised by the server, listed, read back
 * whole, by range or conditionally; bad uploads refused with nothing kept.
 */
describe('dossier documents over HTTP', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;
  let token: string;
  let code: string;
  let documentsDir: string;

  const upload = (dossier: string, kind: string | undefined, bytes: Buffer, fileName = 'to-khai.pdf', auth = token) => {
    const call = request(system.http).post(`/dossiers/${dossier}/documents`).set('authorization', auth);
    if (kind !== undefined) void call.field('kind', kind);
    return call.attach('file', bytes, { filename: fileName, contentType: 'application/pdf' });
  };
  const blobs = () => filesUnder(join(documentsDir, 'sha256'));
  const spooled = () => filesUnder(join(documentsDir, 'tmp'));

  beforeAll(async () => {
    system = await startTestSystem({ documents: { maxFileBytes: 2 * MB, maxDossierBytes: 5 * MB } });
    const store = system.config.documents.store;
    if (store.kind !== 'local') throw new Error('the e2e system keeps documents on the local disk');
    documentsDir = store.dir;
    token = await bearer('officer', ['STP-KH'], 'mot-cua-lan');
    officer = apiClient(system, token);
    code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
  });
  afterAll(() => system?.stop());

  it('stores an upload under the hash it computed, with the type its bytes show, and lists it', async () => {
    const bytes = pdfBytes('to khai');
    // The client claims another type and a decomposed Vietnamese name: neither is trusted as sent.
    const res = await request(system.http)
      .post(`/dossiers/${code}/documents`)
      .set('authorization', token)
      .field('kind', 'component')
      .attach('file', bytes, { filename: 'C:\\hồ sơ\\Tờ khai.pdf'.normalize('NFD'), contentType: 'image/png' })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      dossierCode: code,
      agencyCode: 'STP-KH',
      kind: 'component',
      fileName: 'Tờ khai.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      contentHash: sha256Of(bytes),
      uploadedBy: 'mot-cua-lan',
      uploadedAt: expect.any(String),
    });
    expect(blobs()).toEqual([join(sha256Of(bytes).slice(7, 9), sha256Of(bytes).slice(7))]);
    const list = await officer.get(`/dossiers/${code}/documents`).expect(200);
    expect(list.body.items).toContainEqual(res.body);
  });

  it('answers a retried upload (same bytes, same kind) with the document filed first, even when raced', async () => {
    const bytes = XML_BYTES;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => upload(code, 'supplement', bytes, 'bo-sung.xml')),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers[0].body.mediaType).toBe('application/xml');
    const asOtherKind = await upload(code, 'other', bytes, 'bo-sung.xml').expect(201);
    expect(asOtherKind.body.id).not.toBe(answers[0].body.id);
    const items = (await officer.get(`/dossiers/${code}/documents`)).body.items as { contentHash: string }[];
    expect(items.filter((d) => d.contentHash === sha256Of(bytes))).toHaveLength(2);
  });

  it('serves the bytes with their ETag; 304 when current, 206 for a range, 416 past the end', async () => {
    const bytes = pdfOfSize(5000, 'ranges');
    const { id } = (await upload(code, 'result', bytes, 'Kết quả.pdf').expect(201)).body;
    const path = `/dossiers/${code}/documents/${id}`;
    const whole = await officer.get(path).buffer(true).expect(200);
    expect(Buffer.compare(whole.body as Buffer, bytes)).toBe(0);
    expect(whole.headers).toMatchObject({
      etag: `"${sha256Of(bytes)}"`,
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'accept-ranges': 'bytes',
      'content-disposition': `attachment; filename="Ket qua.pdf"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3.pdf`,
    });
    await officer.get(path).set('if-none-match', whole.headers.etag).expect(304);
    const part = await officer.get(path).set('range', 'bytes=100-199').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.compare(part.body as Buffer, bytes.subarray(100, 200))).toBe(0);
    const tail = await officer.get(path).set('range', 'bytes=-10').buffer(true).expect(206);
    expect(Buffer.compare(tail.body as Buffer, bytes.subarray(-10))).toBe(0);
    const stale = await officer.get(path).set('range', 'bytes=0-9').set('if-range', '"sha256:00"').buffer(true);
    expect(stale.status).toBe(200);
    const past = await officer.get(path).set('range', `bytes=${bytes.length}-`).expect(416);
    expect(past.body.code).toBe('RANGE_NOT_SATISFIABLE');
    expect(past.headers['content-range']).toBe(`bytes */${bytes.length}`);
  });

  it('refuses a file past the limit (413), of a format not allowed (415), or cut short (400): nothing kept', async () => {
    const before = blobs();
    const listed = (await officer.get(`/dossiers/${code}/documents`)).body.items.length;
    const tooBig = await upload(code, 'component', pdfOfSize(2 * MB + 1, 'big'));
    expect({ status: tooBig.status, code: tooBig.body.code }).toEqual({ status: 413, code: 'DOCUMENT_TOO_LARGE' });
    const script = await upload(code, 'component', TEXT_BYTES, 'to-khai.pdf');
    expect({ status: script.status, code: script.body.code }).toEqual({
      status: 415,
      code: 'DOCUMENT_TYPE_NOT_ALLOWED',
    });
    expect(script.body.detail).toMatch(/no known format/);
    // A multipart body whose file part never ends (its closing boundary is missing).
    const boundary = 'motcua-boundary';
    const cut = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncomponent\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      ),
      pdfBytes('cut short'),
    ]);
    const truncated = await request(system.http)
      .post(`/dossiers/${code}/documents`)
      .set('authorization', token)
      .set('content-type', `multipart/form-data; boundary=${boundary}`)
      .send(cut);
    expect({ status: truncated.status, code: truncated.body.code }).toEqual({ status: 400, code: 'UPLOAD_INCOMPLETE' });
    expect(blobs()).toEqual(before);
    expect(spooled()).toEqual([]);
    expect((await officer.get(`/dossiers/${code}/documents`)).body.items).toHaveLength(listed);
  });

  it('asks for the kind before the file, a file part, and a multipart body', async () => {
    const noKind = await upload(code, undefined, PNG_BYTES, 'anh.png');
    expect({ status: noKind.status, code: noKind.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(noKind.body.errors).toEqual([{ path: 'kind', message: expect.stringMatching(/before the file/) }]);
    const badKind = await upload(code, 'receipt', PNG_BYTES, 'anh.png');
    expect(badKind.status).toBe(400);
    const noFile = await request(system.http)
      .post(`/dossiers/${code}/documents`)
      .set('authorization', token)
      .field('kind', 'component');
    expect({ status: noFile.status, code: noFile.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const json = await officer.post(`/dossiers/${code}/documents`, { kind: 'component' });
    expect({ status: json.status, code: json.body.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    // Found by the fuzzer: multipart without its boundary answered 500.
    const noBoundary = await request(system.http)
      .post(`/dossiers/${code}/documents`)
      .set('authorization', token)
      .set('content-type', 'multipart/form-data');
    expect({ status: noBoundary.status, code: noBoundary.body.code }).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(noBoundary.body.detail).toMatch(/boundary/);
  });

  it('keeps a dossier within its total: the file that does not fit is refused (413)', async () => {
    const full = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    await upload(full, 'component', pdfOfSize(2 * MB - 10, 'a')).expect(201);
    await upload(full, 'component', pdfOfSize(2 * MB - 10, 'b')).expect(201);
    const third = await upload(full, 'component', pdfOfSize(2 * MB - 10, 'c'));
    expect({ status: third.status, code: third.body.code }).toEqual({ status: 413, code: 'DOCUMENT_TOO_LARGE' });
    expect(third.body.detail).toMatch(/the dossier's files may take at most 5 MB/);
    await upload(full, 'component', pdfOfSize(MB - 100, 'd')).expect(201);
    expect((await officer.get(`/dossiers/${full}/documents`)).body.items).toHaveLength(3);
  });

  it('answers 404 for an unknown dossier or document, and 403 to another agency', async () => {
    const unknown = await upload('STP-KH-261201-999999', 'component', PNG_BYTES, 'anh.png');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'DOSSIER_NOT_FOUND' });
    const missing = await officer.get(`/dossiers/${code}/documents/00000000-0000-4000-8000-000000000000`);
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const stranger = await bearer('officer', ['STP-PT'], 'stranger');
    expect((await upload(code, 'component', PNG_BYTES, 'anh.png', stranger)).status).toBe(403);
    const list = await request(system.http).get(`/dossiers/${code}/documents`).set('authorization', stranger);
    expect(list.status).toBe(403);
  });

  it('completes the documents a command names from the dossier files; an unknown one is 422 and changes nothing', async () => {
    const dossier = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    await officer.command(dossier, 'accept').expect(200);
    await officer.papersIssued(dossier);
    const pause = (attachment: object) => ({
      reasonCode: 'VERIFICATION',
      reason: 'Chờ xác minh',
      attachment,
      notice: { channel: 'post', reference: '7/TB' },
    });
    const elsewhere = await officer.attach(code, 'pauseGround');
    for (const attachment of [{ documentId: '00000000-0000-4000-8000-000000000000' }, elsewhere]) {
      const refused = await officer.command(dossier, 'pause', pause(attachment));
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'DOCUMENT_NOT_FOUND' });
      expect(refused.body.documentIds).toEqual([attachment.documentId]);
    }
    const typed = await officer.command(dossier, 'pause', pause({ fileName: 'a.pdf', contentHash: 'sha256:00' }));
    expect({ status: typed.status, code: typed.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await officer.get(`/dossiers/${dossier}/events`)).body.items).toHaveLength(3); // with the receipt

    const bytes = pdfBytes('cong van xac minh');
    const ground = await officer.attach(dossier, 'pauseGround', bytes, 'Công văn xác minh.pdf');
    await officer.command(dossier, 'pause', pause(ground)).expect(200);
    const events = (await officer.get(`/dossiers/${dossier}/events`)).body.items;
    expect(events[3]).toMatchObject({
      type: 'ProcessingPaused',
      data: { attachment: { ...ground, fileName: 'Công văn xác minh.pdf', contentHash: sha256Of(bytes) } },
    });
  });

  it('leaves no blob and no document when the API process is killed mid-upload; the spool is swept later', async () => {
    const { freePort } = await import('../scripts/infra/ports.mjs');
    const port = await freePort();
    const dir = join(documentsDir, '..', `killed-${port}`);
    const api = spawnEntryPoint(
      'apps/api/src/main.ts',
      {
        DATABASE_URL: system.db.url,
        TEMPORAL_ADDRESS: devServerAddress(),
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        LOOKUP_KEY_SECRET: 'test-lookup-secret-of-at-least-32-chars',
        API_PORT: String(port),
        DOCUMENTS_DIR: dir,
        LOG_LEVEL: 'error',
      },
      'motcua API listening',
    );
    try {
      await api.ready;
      const boundary = 'killed-boundary';
      const upload = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/dossiers/${code}/documents`,
        headers: { authorization: token, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      upload.on('error', () => undefined);
      upload.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresult\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="killed.pdf"\r\n\r\n`,
      );
      upload.write(pdfOfSize(512 * 1024, 'killed'));
      const spool = join(dir, 'tmp');
      for (let i = 0; i < 200 && filesUnder(spool).length === 0; i++) await sleep(25);
      expect(filesUnder(spool)).toHaveLength(1);
      await api.kill('SIGKILL');
      upload.destroy();

      expect(filesUnder(join(dir, 'sha256'))).toEqual([]);
      const [{ n }] = await system.db.dataSource.query(
        "SELECT count(*)::int AS n FROM documents WHERE dossier_code = $1 AND file_name = 'killed.pdf'",
        [code],
      );
      expect(n).toBe(0);
      // The next start sweeps spool files older than an hour (a younger one may be a live upload).
      const store = new LocalBlobStore(dir);
      expect(await store.removeStaleUploads(Date.now())).toBe(0);
      expect(await store.removeStaleUploads(Date.now() + 2 * 3_600_000)).toBe(1);
      expect(filesUnder(dir)).toEqual([]);
    } finally {
      await api.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The same routes with the files in a real S3-compatible server (moto), and that server going away. */
describe('dossier documents in an S3-compatible store', () => {
  let system: TestSystem;
  let s3: { endpoint: string; stop: () => Promise<void> };
  let officer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    const { startS3Server } = await import('../scripts/infra/s3-server.mjs');
    s3 = await startS3Server();
    const settings = { endpoint: s3.endpoint, region: 'us-east-1', bucket: 'motcua-e2e' };
    const credentials = { accessKeyId: 'motcua', secretAccessKey: 'motcua-secret' };
    const client = new S3Client({ ...settings, forcePathStyle: true, credentials });
    await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
    client.destroy();
    const { makeScratchDir } = await import('../scripts/infra/scratch.mjs');
    system = await startTestSystem({
      documents: { store: { kind: 's3', spoolDir: makeScratchDir('s3-spool-'), ...settings, ...credentials } },
    });
    officer = apiClient(system, await bearer('officer', ['STP-KH'], 'mot-cua-s3'));
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await s3?.stop();
  });

  it('stores, lists and serves files (whole and by range), then answers 503 with Retry-After when S3 is away', async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    const bytes = pdfOfSize(300_000, 's3');
    const { documentId } = await officer.attach(code, 'component', bytes, 'Bản sao CCCD.pdf');
    const path = `/dossiers/${code}/documents/${documentId}`;
    const whole = await officer.get(path).buffer(true).expect(200);
    expect(sha256Of(whole.body as Buffer)).toBe(sha256Of(bytes));
    const part = await officer.get(path).set('range', 'bytes=1000-1999').buffer(true).expect(206);
    expect(Buffer.compare(part.body as Buffer, bytes.subarray(1000, 2000))).toBe(0);

    await s3.stop();
    const down = await request(system.http)
      .post(`/dossiers/${code}/documents`)
      .set('authorization', await bearer('officer', ['STP-KH']))
      .field('kind', 'component')
      .attach('file', pdfBytes('while S3 is away'), 'x.pdf');
    expect({ status: down.status, code: down.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(down.headers['retry-after']).toMatch(/^\d+$/);
    const read = await officer.get(path);
    expect({ status: read.status, code: read.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    // Nothing was filed for the upload that failed.
    expect((await officer.get(`/dossiers/${code}/documents`)).body.items).toHaveLength(1);
    const store = system.config.documents.store;
    expect(store.kind === 's3' && filesUnder(store.spoolDir)).toEqual([]);
  }, 60_000);
});
