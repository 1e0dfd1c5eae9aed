import { Inject, Injectable, type Provider } from '@nestjs/common';
import type { X509Certificate } from 'node:crypto';
import type { Config } from '@motcua/config';
import { ConfigError } from '@motcua/config';
import { readTrustStore, verifyPdfSignature } from '@motcua/esign';
import { DocumentRegistry, type BlobStore } from '@motcua/store';
import { ApiError } from '../errors/api-error';
import { CONFIG } from '../tokens';
import { BLOB_STORE } from './document-storage';

/** Injection token of the authorities e-signed results must chain to. */
export const TRUST_ANCHORS = Symbol('TRUST_ANCHORS');

/** The configured trust store; a file that cannot be read stops the API at boot. */
export const trustAnchorsProvider: Provider = {
  provide: TRUST_ANCHORS,
  inject: [CONFIG],
  useFactory: (config: Config): X509Certificate[] => {
    if (!config.esignTrustStore) return [];
    try {
      return readTrustStore(config.esignTrustStore);
    } catch (error) {
      throw new ConfigError([`ESIGN_TRUST_STORE: ${error instanceof Error ? error.message : String(error)}`]);
    }
  },
};

interface ResultDocumentBody {
  readonly documentId?: string;
  readonly eSigned?: boolean;
}

/**
 * A result's documents declared e-signed (ký số) must carry a signature that verifies (libs/esign):
 * each is read from the store and checked before the command is sent, and the check is recorded with
 * the document. Any that fails refuses the whole command: 422 E_SIGNATURE_INVALID with the reason.
 */
@Injectable()
export class ResultSignatures {
  constructor(
    private readonly registry: DocumentRegistry,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(TRUST_ANCHORS) private readonly anchors: X509Certificate[],
  ) {}

  async verified<T extends { documents?: ResultDocumentBody[] }>(dossierCode: string, body: T): Promise<T> {
    if (!Array.isArray(body.documents)) return body;
    const documents = await Promise.all(body.documents.map((d) => (d.eSigned ? this.checked(dossierCode, d) : d)));
    return { ...body, documents };
  }

  private async checked(dossierCode: string, document: ResultDocumentBody): Promise<ResultDocumentBody> {
    const stored = document.documentId ? await this.registry.get(dossierCode, document.documentId) : undefined;
    if (!stored) return document; // unknown references are refused by DocumentReferences first
    const refuse = (reason: string, message: string) =>
      ApiError.of('E_SIGNATURE_INVALID', `document ${stored.id} (${stored.fileName}): ${message}`, {
        documentId: stored.id,
        reason,
      });
    if (stored.mediaType !== 'application/pdf') throw refuse('NOT_A_PDF', 'only a PDF carries an embedded signature');
    const check = await verifyPdfSignature(await this.bytesOf(stored.contentHash), this.anchors);
    if (!check.valid) throw refuse(check.reason, check.message);
    return { ...document, signature: check.verification } as ResultDocumentBody;
  }

  private async bytesOf(contentHash: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.blobs.read(contentHash)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
