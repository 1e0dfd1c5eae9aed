import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { PNG_BYTES, TEXT_BYTES, XML_BYTES, pdfBytes } from '../../../../test/support/files';
import { DocumentFormatNotAllowed, DocumentTooLarge, type BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore } from './s3-blob-store';
import { DOCUMENT_FORMATS } from './media-types';

const LIMITS = { maxBytes: 1_000_000, formats: DOCUMENT_FORMATS };
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A stream that yields `bytes` in chunks and then fails, as a request whose client went away. */
function brokenStream(bytes: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(bytes);
      } else this.destroy(new Error('aborted'));
    },
  });
}

/** Both stores keep the same promises: whole blobs under their hash, nothing on failure. */
function behavesAsABlobStore(name: string, make: () => Promise<{ store: BlobStore; keys: () => Promise<string[]> }>) {
  describe(name, () => {
    let store: BlobStore;
    let keys: () => Promise<string[]>;
    beforeAll(async () => ({ store, keys } = await make()));

    it('stores a file under its SHA-256, recognised from its bytes, and reads it back whole or by range', async () => {
      const bytes = pdfBytes('ho so 1');
      const blob = await store.put(Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]), LIMITS);
      expect(blob).toEqual({ contentHash: sha256(bytes), size: bytes.length, format: 'pdf' });
      expect(Buffer.from(await text(await store.read(blob.contentHash)), 'latin1')).toEqual(bytes);
      expect(await text(await store.read(blob.contentHash, { start: 0, end: 7 }))).toBe('%PDF-1.4');
      // The same bytes again: the same blob, stored once.
      const again = await store.put(Readable.from([bytes]), LIMITS);
      expect(again.contentHash).toBe(blob.contentHash);
      expect((await keys()).filter((k) => k.endsWith(blob.contentHash.slice(7)))).toHaveLength(1);
    });

    it('recognises PNG and XML, and refuses what is not an allowed format, storing nothing', async () => {
      expect((await store.put(Readable.from([PNG_BYTES]), LIMITS)).format).toBe('png');
      expect((await store.put(Readable.from([XML_BYTES]), LIMITS)).format).toBe('xml');
      const before = await keys();
      await expect(store.put(Readable.from([TEXT_BYTES]), LIMITS)).rejects.toBeInstanceOf(DocumentFormatNotAllowed);
      await expect(store.put(Readable.from([PNG_BYTES]), { ...LIMITS, formats: ['pdf'] })).rejects.toBeInstanceOf(
        DocumentFormatNotAllowed,
      );
      expect(await keys()).toEqual(before);
    });

    it('refuses a file over the limit and a stream that breaks off, storing nothing', async () => {
      const before = await keys();
      const big = Buffer.concat([pdfBytes(), randomBytes(2_000)]);
      await expect(store.put(Readable.from([big]), { ...LIMITS, maxBytes: 1_000 })).rejects.toBeInstanceOf(
        DocumentTooLarge,
      );
      await expect(store.put(brokenStream(pdfBytes('cut')), LIMITS)).rejects.toThrow('aborted');
      expect(await keys()).toEqual(before);
    });
  });
}

describe('blob stores', () => {
  let scratch: string;
  let s3: { endpoint: string; stop: () => Promise<void> } | undefined;
  const clients: S3Client[] = [];

  beforeAll(async () => {
    const { makeScratchDir } = await import('../../../../scripts/infra/scratch.mjs');
    scratch = makeScratchDir('blobs-');
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await s3?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const filesUnder = (dir: string): string[] => {
    try {
      return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
        (f) => /[0-9a-f]{64}$/.test(f) || f.endsWith('.part'),
      );
    } catch {
      return [];
    }
  };

  behavesAsABlobStore('on the local disk', async () => {
    const root = join(scratch, 'local');
    return { store: new LocalBlobStore(root), keys: async () => filesUnder(root).sort() };
  });

  behavesAsABlobStore('in an S3-compatible server (moto)', async () => {
    const { startS3Server } = await import('../../../../scripts/infra/s3-server.mjs');
    s3 = await startS3Server();
    const settings = {
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: 'motcua-test',
      accessKeyId: 'test',
      secretAccessKey: 'test',
    };
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    clients.push(client);
    await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
    const store = new S3BlobStore(settings, join(scratch, 's3-spool'));
    return {
      store,
      keys: async () => {
        const listed = await client.send(new ListObjectsV2Command({ Bucket: settings.bucket }));
        const spooled = filesUnder(join(scratch, 's3-spool'));
        return [...(listed.Contents ?? []).map((o) => o.Key!), ...spooled].sort();
      },
    };
  });

  it('removes spooled uploads a process left behind an hour ago, and only those', async () => {
    const root = join(scratch, 'stale');
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'old.part'), 'x');
    writeFileSync(join(root, 'tmp', 'new.part'), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(join(root, 'tmp', 'old.part'), twoHoursAgo, twoHoursAgo);
    expect(await new LocalBlobStore(root).removeStaleUploads()).toBe(1);
    expect(readdirSync(join(root, 'tmp'))).toEqual(['new.part']);
  });
});
