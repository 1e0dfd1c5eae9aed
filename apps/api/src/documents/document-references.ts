import { Injectable } from '@nestjs/common';
import { DocumentRegistry, type DossierDocument } from '@motcua/store';
import { ApiError } from '../errors/api-error';

type Json = unknown;

/**
 * Commands name the files they carry (a pause's ground, the result's documents, a supplement's
 * components) by `documentId`: a document already uploaded to the same dossier. Before the command
 * is sent, each reference is completed with the stored document's name and content hash, so the
 * event records what the file is; a reference to no document of the dossier is refused (422
 * DOCUMENT_NOT_FOUND) and nothing is sent.
 */
@Injectable()
export class DocumentReferences {
  constructor(private readonly registry: DocumentRegistry) {}

  async resolve<T extends object>(dossierCode: string, body: T): Promise<T> {
    const ids = [...new Set(referencesIn(body))];
    if (ids.length === 0) return body;
    const found = new Map((await this.registry.getMany(dossierCode, ids)).map((d) => [d.id, d]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw ApiError.of('DOCUMENT_NOT_FOUND', `dossier ${dossierCode} holds no document ${missing.join(', ')}`, {
        documentIds: missing,
      });
    }
    return completed(body, found) as T;
  }
}

/** Every `documentId` named anywhere in a request body. */
function referencesIn(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (!value || typeof value !== 'object') return [];
  const own =
    typeof (value as { documentId?: unknown }).documentId === 'string'
      ? [(value as { documentId: string }).documentId]
      : [];
  return [...own, ...Object.values(value).flatMap(referencesIn)];
}

/** The body with each reference completed by its document's file name and content hash. */
function completed(value: Json, documents: Map<string, DossierDocument>): Json {
  if (Array.isArray(value)) return value.map((v) => completed(v, documents));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, completed(v, documents)] as const);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  const document = typeof object.documentId === 'string' ? documents.get(object.documentId) : undefined;
  return document ? { ...object, fileName: document.fileName, contentHash: document.contentHash } : object;
}
