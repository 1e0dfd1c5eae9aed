import { resolve } from 'node:path';
import type { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore, type S3Settings } from './s3-blob-store';

/** Where blobs live: the local disk (embedded default) or an S3-compatible store, spooled locally first. */
export type BlobStoreSettings =
  { readonly kind: 'local'; readonly dir: string } | (S3Settings & { readonly kind: 's3'; readonly spoolDir: string });

/** The configured store, with uploads a dead process left half-written removed first. */
export async function openBlobStore(settings: BlobStoreSettings): Promise<BlobStore> {
  const store =
    settings.kind === 's3'
      ? new S3BlobStore(settings, resolve(settings.spoolDir))
      : new LocalBlobStore(resolve(settings.dir));
  await store.removeStaleUploads();
  return store;
}
