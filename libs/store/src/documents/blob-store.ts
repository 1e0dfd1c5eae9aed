import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES, sniffFormat, type DocumentFormat } from './media-types';

/** A blob as stored: its content address, size and the format its bytes showed. */
export interface StoredBlob {
  /** `sha256:<hex>` of the bytes. */
  readonly contentHash: string;
  readonly size: number;
  readonly format: DocumentFormat;
}

/** What a store takes: files up to `maxBytes`, of these formats. */
export interface UploadLimits {
  readonly maxBytes: number;
  readonly formats: readonly DocumentFormat[];
}

/** An inclusive byte range, as HTTP `Range` names it. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** The upload passed its size limit: nothing was stored. */
export class DocumentTooLarge extends Error {
  override readonly name = 'DocumentTooLarge';
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

/** The upload's bytes are not of an allowed format: nothing was stored. */
export class DocumentFormatNotAllowed extends Error {
  override readonly name = 'DocumentFormatNotAllowed';
  constructor(
    readonly found: DocumentFormat | undefined,
    readonly allowed: readonly DocumentFormat[],
  ) {
    super(
      `the file is ${found ? `a ${found.toUpperCase()} file` : 'of no known format'}; allowed: ${allowed.join(', ')}`,
    );
  }
}

/** The upload's source ended badly (a client gone mid-upload, a multipart body cut short): nothing was stored. */
export class UploadIncomplete extends Error {
  override readonly name = 'UploadIncomplete';
  constructor(override readonly cause: unknown) {
    super(`the upload did not arrive whole (${cause instanceof Error ? cause.message : String(cause)})`);
  }
}

/** The blob store cannot be reached or failed on its side: nothing was stored; retry later. */
export class BlobStoreUnavailable extends Error {
  override readonly name = 'BlobStoreUnavailable';
  constructor(override readonly cause: unknown) {
    super(`the document store cannot be reached (${cause instanceof Error ? cause.message : String(cause)})`);
  }
}

/** Where dossiers' files live, each once under its SHA-256: written whole or not at all, never changed. */
export interface BlobStore {
  /** Stores the bytes of `source`, hashed, measured and recognised while they stream. */
  put(source: Readable, limits: UploadLimits): Promise<StoredBlob>;
  /** The bytes of a stored blob, whole or a range. */
  read(contentHash: string, range?: ByteRange): Promise<Readable>;
  /** Removes spooled uploads a dead process left (older than an hour); how many. Run at start. */
  removeStaleUploads(now?: number): Promise<number>;
}

/** Spooled uploads left by a process that died this long ago are removed at start. */
const STALE_UPLOAD_MS = 3_600_000;

/** Removes the spool files of `dir` older than an hour (younger ones may belong to a live upload). */
export async function removeStaleSpools(dir: string, now: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < STALE_UPLOAD_MS) continue;
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
}

/** A blob spooled to a local file of ours: complete, synced to disk, inspected. */
export interface SpooledBlob extends StoredBlob {
  readonly path: string;
}

/**
 * Streams `source` into a new file of `dir` while hashing, counting and recognising it; fails (and
 * removes the file) when it passes the size limit, is of a format not allowed, or ends badly (a
 * client that went away mid-upload). The file is fsynced before this resolves.
 */
export async function spool(source: Readable, dir: string, limits: UploadLimits): Promise<SpooledBlob> {
  // Heard from the start: the source may fail while the spool file is being made.
  let sourceFailure: unknown = source.errored ?? undefined;
  source.once('error', (error) => (sourceFailure ??= error));
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.part`);
  // Created before streaming, so a failure can never race the file's creation with its removal.
  const file = await open(path, 'wx');
  const inspector = new Inspector(limits);
  try {
    await pipeline(source, inspector, file.createWriteStream());
    await syncFile(path);
    return { path, ...inspector.result() };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(path, { force: true });
    // The limits' refusals first; then a source that broke is the upload's fault, anything else (the disk) ours.
    if (error instanceof DocumentTooLarge || error instanceof DocumentFormatNotAllowed) throw error;
    const cutShort = !source.readableEnded && (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
    if (sourceFailure !== undefined || cutShort) throw new UploadIncomplete(sourceFailure ?? error);
    throw error;
  }
}

/** Flushes a written file to the disk. */
async function syncFile(path: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Hashes, counts and recognises bytes as they pass; errors past the limit or on a format not allowed. */
class Inspector extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private head: Buffer[] = [];
  private headBytes = 0;
  private format: DocumentFormat | undefined;
  private decided = false;

  constructor(private readonly limits: UploadLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limits.maxBytes) return done(new DocumentTooLarge(this.limits.maxBytes));
    this.hash.update(chunk);
    if (!this.decided) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= SNIFF_BYTES) {
        const problem = this.decide();
        if (problem) return done(problem);
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.decided ? null : this.decide());
  }

  private decide(): Error | undefined {
    this.decided = true;
    this.format = sniffFormat(Buffer.concat(this.head).subarray(0, SNIFF_BYTES));
    this.head = [];
    if (!this.format || !this.limits.formats.includes(this.format))
      return new DocumentFormatNotAllowed(this.format, this.limits.formats);
    return undefined;
  }

  result(): StoredBlob {
    return { contentHash: `sha256:${this.hash.digest('hex')}`, size: this.size, format: this.format! };
  }
}

/** The hex digits of a `sha256:<hex>` content hash (refuses anything else: hashes become paths and keys). */
export function hexOf(contentHash: string): string {
  const match = /^sha256:([0-9a-f]{64})$/.exec(contentHash);
  if (!match) throw new RangeError(`not a content hash: ${contentHash}`);
  return match[1];
}
