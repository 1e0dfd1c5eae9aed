import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BlobStoreUnavailable,
  hexOf,
  removeStaleSpools,
  spool,
  type BlobStore,
  type ByteRange,
  type StoredBlob,
  type UploadLimits,
} from './blob-store';

export interface S3Settings {
  readonly endpoint?: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  /** Path-style addressing (`endpoint/bucket/key`), as MinIO and most S3-compatible servers want. */
  readonly forcePathStyle?: boolean;
}

/**
 * Blobs in an S3-compatible store (AWS S3, MinIO…), key `sha256/<hex>`. An upload is spooled to a
 * local file while it is hashed and checked, then put under its hash once complete (a key is only
 * ever written with its whole content; a blob already there is not sent again).
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    private readonly spoolDir: string,
  ) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle ?? true,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }

  removeStaleUploads(now = Date.now()): Promise<number> {
    return removeStaleSpools(join(this.spoolDir, 'tmp'), now);
  }

  async put(source: Readable, limits: UploadLimits): Promise<StoredBlob> {
    const { path, ...blob } = await spool(source, join(this.spoolDir, 'tmp'), limits);
    try {
      const key = this.keyOf(blob.contentHash);
      if (!(await this.exists(key))) {
        await reaching(() =>
          this.client.send(
            new PutObjectCommand({
              Bucket: this.settings.bucket,
              Key: key,
              Body: createReadStream(path),
              ContentLength: blob.size,
              ChecksumSHA256: Buffer.from(hexOf(blob.contentHash), 'hex').toString('base64'),
            }),
          ),
        );
      }
      return blob;
    } finally {
      await rm(path, { force: true });
    }
  }

  async read(contentHash: string, range?: ByteRange): Promise<Readable> {
    const { Body } = await reaching(() =>
      this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.keyOf(contentHash),
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      ),
    );
    return Body as Readable;
  }

  destroy(): void {
    this.client.destroy();
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await reaching(() => this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key })));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  private keyOf(contentHash: string): string {
    return `sha256/${hexOf(contentHash)}`;
  }
}

/**
 * Runs a request of the store; one that cannot reach it or that it fails on its side (no HTTP answer,
 * or a 5xx after the client's retries) is {@link BlobStoreUnavailable}, told apart from a refusal.
 */
async function reaching<O>(request: () => Promise<O>): Promise<O> {
  try {
    return await request();
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined || status >= 500) throw new BlobStoreUnavailable(error);
    throw error;
  }
}

/** The HTTP status the store answered with, undefined when it did not answer. */
function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
