import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  hexOf,
  removeStaleSpools,
  spool,
  type BlobStore,
  type ByteRange,
  type StoredBlob,
  type UploadLimits,
} from './blob-store';

/**
 * Blobs on the local disk (the embedded default, `.data/documents`): `sha256/<2 hex>/<hex>`. An upload
 * is written to `tmp/`, fsynced, then renamed under its hash and the folder fsynced: a crash never
 * leaves a partial blob under a hash (at worst a spool file in `tmp/`, removed at the next start).
 */
export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  removeStaleUploads(now = Date.now()): Promise<number> {
    return removeStaleSpools(join(this.root, 'tmp'), now);
  }

  async put(source: Readable, limits: UploadLimits): Promise<StoredBlob> {
    const { path, ...blob } = await spool(source, join(this.root, 'tmp'), limits);
    const target = this.pathOf(blob.contentHash);
    await mkdir(dirname(target), { recursive: true });
    await rename(path, target);
    await syncFolder(dirname(target));
    return blob;
  }

  async read(contentHash: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(contentHash);
    await stat(path);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  private pathOf(contentHash: string): string {
    const hex = hexOf(contentHash);
    return join(this.root, 'sha256', hex.slice(0, 2), hex);
  }
}

/** A rename is durable once its folder is synced. */
async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
