import type { Provider } from '@nestjs/common';
import type { Config } from '@motcua/config';
import { ConfigError } from '@motcua/config';
import { DOCUMENT_FORMATS, openBlobStore, type DocumentFormat } from '@motcua/store';
import { CONFIG } from '../tokens';

/** Injection token of the blob store the configuration chose. */
export const BLOB_STORE = Symbol('BLOB_STORE');

/** What an upload may be: per file and per dossier, of which formats. */
export interface DocumentPolicy {
  readonly maxFileBytes: number;
  readonly maxDossierBytes: number;
  readonly formats: readonly DocumentFormat[];
}
export const DOCUMENT_POLICY = Symbol('DOCUMENT_POLICY');

/** The configured formats, each one the store recognises; a name it does not know stops the API at boot. */
export function documentPolicyOf(config: Config): DocumentPolicy {
  const unknown = config.documents.formats.filter((f) => !(DOCUMENT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) {
    throw new ConfigError([`DOCUMENT_FORMATS: unknown ${unknown.join(', ')} (known: ${DOCUMENT_FORMATS.join(', ')})`]);
  }
  return {
    maxFileBytes: config.documents.maxFileBytes,
    maxDossierBytes: config.documents.maxDossierBytes,
    formats: config.documents.formats as DocumentFormat[],
  };
}

export const documentStorageProviders: Provider[] = [
  { provide: BLOB_STORE, inject: [CONFIG], useFactory: (config: Config) => openBlobStore(config.documents.store) },
  { provide: DOCUMENT_POLICY, inject: [CONFIG], useFactory: documentPolicyOf },
];
