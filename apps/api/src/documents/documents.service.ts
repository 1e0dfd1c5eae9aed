import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { agencyOfDossierCode } from '@motcua/domain';
import {
  DOCUMENT_KINDS,
  DocumentFormatNotAllowed,
  DocumentRegistry,
  DocumentTooLarge,
  UploadIncomplete,
  EventStore,
  MEDIA_TYPES,
  type BlobStore,
  type DocumentKind,
  type DossierDocument,
  type StoredBlob,
} from '@motcua/store';
import { dossierStreamId } from '@motcua/workflows/messages';
import type { Caller } from '../auth/auth.guard';
import { ApiError } from '../errors/api-error';
import { CLOCK, type Clock } from '../tokens';
import { BLOB_STORE, DOCUMENT_POLICY, type DocumentPolicy } from './document-storage';

/** Longest file name kept (a longer one is cut: it is only ever displayed). */
const MAX_FILE_NAME = 255;

/** A file about to be sent: its metadata and its bytes, whole or one range. */
export interface DocumentDownload {
  readonly document: DossierDocument;
  readonly body: Readable;
}

/**
 * A dossier's files: each upload streamed into the blob store (hashed, measured and recognised on
 * the way, nothing kept when it fails) and then filed in the registry; listed and read back.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(DOCUMENT_POLICY) private readonly policy: DocumentPolicy,
    private readonly registry: DocumentRegistry,
    private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores the request's file as a document of the dossier. The same bytes filed again as the same
   * kind (a retried upload) answer with the document filed first.
   */
  async upload(dossierCode: string, request: FastifyRequest, caller: Caller): Promise<DossierDocument> {
    await this.mustExist(dossierCode);
    if (!request.isMultipart()) {
      throw ApiError.of(
        'UNSUPPORTED_MEDIA_TYPE',
        'an upload is multipart/form-data: the field kind, then the part file',
      );
    }
    // The parser throws on a multipart type without its boundary (no part can be found): refused first.
    if (!/;\s*boundary=/i.test(request.headers['content-type'] ?? '')) {
      throw ApiError.of('UNSUPPORTED_MEDIA_TYPE', 'multipart/form-data needs its boundary parameter');
    }
    const room = this.policy.maxDossierBytes - (await this.registry.totalSize(dossierCode));
    if (room <= 0) throw this.dossierFull();
    const maxBytes = Math.min(this.policy.maxFileBytes, room);
    // One byte past the limit reaches the store, which refuses it (the parser would only truncate).
    const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 4, fieldSize: 200 } });
    if (!part || part.fieldname !== 'file') {
      throw ApiError.of('VALIDATION_FAILED', 'the upload needs one part named file', {
        errors: [{ path: 'file', message: 'required' }],
      });
    }
    const kind = kindOf(part.fields.kind);
    const blob = await this.store(part.file, maxBytes, maxBytes < this.policy.maxFileBytes);
    const filing = await this.registry.file(
      {
        id: randomUUID(),
        dossierCode,
        agencyCode: agencyOfDossierCode(dossierCode)!,
        kind,
        fileName: fileNameOf(part.filename),
        mediaType: MEDIA_TYPES[blob.format],
        size: blob.size,
        contentHash: blob.contentHash,
        uploadedBy: caller.principal.id,
        uploadedAt: this.clock.now().toISOString(),
      },
      this.policy.maxDossierBytes,
    );
    // Two uploads raced past the room left: the later one is refused (its blob stays unreferenced).
    if (filing.kind === 'overDossierLimit') throw this.dossierFull();
    return filing.document;
  }

  async list(dossierCode: string): Promise<DossierDocument[]> {
    await this.mustExist(dossierCode);
    return this.registry.list(dossierCode);
  }

  /** The document's metadata (404 when the dossier holds no such document). */
  async describe(dossierCode: string, documentId: string): Promise<DossierDocument> {
    const document = await this.registry.get(dossierCode, documentId);
    if (!document) throw ApiError.of('NOT_FOUND', `dossier ${dossierCode} holds no document ${documentId}`);
    return document;
  }

  /** The document's bytes, whole or the inclusive range [start, end]. */
  read(document: DossierDocument, range?: { start: number; end: number }): Promise<Readable> {
    return this.blobs.read(document.contentHash, range);
  }

  private async store(file: Readable, maxBytes: number, limitedByDossier: boolean): Promise<StoredBlob> {
    try {
      return await this.blobs.put(file, { maxBytes, formats: this.policy.formats });
    } catch (error) {
      if (error instanceof DocumentTooLarge || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw limitedByDossier ? this.dossierFull() : tooLarge(this.policy.maxFileBytes);
      if (error instanceof DocumentFormatNotAllowed) {
        throw ApiError.of('DOCUMENT_TYPE_NOT_ALLOWED', error.message, { allowed: this.policy.formats });
      }
      if (error instanceof UploadIncomplete) {
        throw ApiError.of('UPLOAD_INCOMPLETE', `${error.message}; nothing was stored`);
      }
      throw error;
    }
  }

  private async mustExist(dossierCode: string): Promise<void> {
    if ((await this.events.versionOf(dossierStreamId(dossierCode))) === 0)
      throw ApiError.of('DOSSIER_NOT_FOUND', `no dossier ${dossierCode}`);
  }

  private dossierFull(): ApiError {
    return ApiError.of(
      'DOCUMENT_TOO_LARGE',
      `the dossier's files may take at most ${megabytes(this.policy.maxDossierBytes)}; this file does not fit`,
      { maxDossierBytes: this.policy.maxDossierBytes },
    );
  }
}

function tooLarge(maxFileBytes: number): ApiError {
  return ApiError.of('DOCUMENT_TOO_LARGE', `a file may be at most ${megabytes(maxFileBytes)}`, { maxFileBytes });
}

function kindOf(field: unknown): DocumentKind {
  const value = (field as { value?: unknown } | undefined)?.value;
  if (typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value)) return value as DocumentKind;
  throw ApiError.of(
    'VALIDATION_FAILED',
    `the field kind, before the file, must be one of ${DOCUMENT_KINDS.join(', ')}`,
    {
      errors: [{ path: 'kind', message: `one of ${DOCUMENT_KINDS.join(', ')}, sent before the file` }],
    },
  );
}

/** The name as given, NFC, without path or control characters; `tệp` when none is left. */
function fileNameOf(given: string | undefined): string {
  const base = (given ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = [...base.replace(/\p{Cc}/gu, '').trim()].slice(0, MAX_FILE_NAME).join('');
  return clean === '' ? 'tệp' : clean;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1_048_576) * 100) / 100} MB`;
}
