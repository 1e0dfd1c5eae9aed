import type { DataSource } from 'typeorm';
import { isoOrNull } from '../sql-filter';

/** What a dossier's file is, as the desk files it. */
export const DOCUMENT_KINDS = ['component', 'supplement', 'pauseGround', 'result', 'slip', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One file of a dossier: its metadata (the bytes are in the blob store under `contentHash`). */
export interface DossierDocument {
  readonly id: string;
  readonly dossierCode: string;
  readonly agencyCode: string;
  readonly kind: DocumentKind;
  /** As the uploader named it (never trusted for anything but display). */
  readonly fileName: string;
  /** As recognised from the bytes. */
  readonly mediaType: string;
  readonly size: number;
  readonly contentHash: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** The files of dossiers (table `documents`): added, listed, looked up; never changed nor removed. */
export class DocumentRegistry {
  constructor(private readonly db: DataSource) {}

  /**
   * Files the document unless the dossier already holds the same bytes as the same kind (a retried
   * upload: the first is answered) or it would take the dossier past `maxDossierBytes`. One dossier's
   * uploads are filed one at a time (a transaction-scoped advisory lock), so concurrent uploads can
   * neither pass the limit together nor file the same bytes twice.
   */
  async file(document: DossierDocument, maxDossierBytes: number): Promise<FilingOutcome> {
    return this.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('documents:' || $1))", [document.dossierCode]);
      const [same] = await tx.query(
        'SELECT * FROM documents WHERE dossier_code = $1 AND content_hash = $2 AND kind = $3 ORDER BY uploaded_at LIMIT 1',
        [document.dossierCode, document.contentHash, document.kind],
      );
      if (same) return { kind: 'alreadyFiled', document: toDocument(same) };
      const [{ total }] = await tx.query(TOTAL_SIZE, [document.dossierCode]);
      if (Number(total) + document.size > maxDossierBytes)
        return { kind: 'overDossierLimit', filedBytes: Number(total) };
      await tx.query(
        `INSERT INTO documents (id, dossier_code, agency_code, kind, file_name, media_type, size, content_hash, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          document.id,
          document.dossierCode,
          document.agencyCode,
          document.kind,
          document.fileName,
          document.mediaType,
          document.size,
          document.contentHash,
          document.uploadedBy,
          document.uploadedAt,
        ],
      );
      return { kind: 'filed', document };
    });
  }

  /** The dossier's files, oldest first. */
  async list(dossierCode: string): Promise<DossierDocument[]> {
    const rows = await this.db.query('SELECT * FROM documents WHERE dossier_code = $1 ORDER BY uploaded_at, id', [
      dossierCode,
    ]);
    return rows.map(toDocument);
  }

  /** One file of the dossier, or undefined (a file of another dossier is not found here). */
  async get(dossierCode: string, id: string): Promise<DossierDocument | undefined> {
    const [row] = await this.db.query('SELECT * FROM documents WHERE dossier_code = $1 AND id = $2', [dossierCode, id]);
    return row ? toDocument(row) : undefined;
  }

  /** Those of `ids` that are documents of the dossier (others are left out). */
  async getMany(dossierCode: string, ids: readonly string[]): Promise<DossierDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query('SELECT * FROM documents WHERE dossier_code = $1 AND id = ANY($2::uuid[])', [
      dossierCode,
      ids,
    ]);
    return rows.map(toDocument);
  }

  /** Bytes the dossier's files take (for the per-dossier limit). */
  async totalSize(dossierCode: string): Promise<number> {
    const [{ total }] = await this.db.query(TOTAL_SIZE, [dossierCode]);
    return Number(total);
  }
}

const TOTAL_SIZE = 'SELECT COALESCE(sum(size), 0)::bigint::text AS total FROM documents WHERE dossier_code = $1';

/** What {@link DocumentRegistry.file} did. */
export type FilingOutcome =
  | { readonly kind: 'filed'; readonly document: DossierDocument }
  | { readonly kind: 'alreadyFiled'; readonly document: DossierDocument }
  | { readonly kind: 'overDossierLimit'; readonly filedBytes: number };

function toDocument(row: Record<string, unknown>): DossierDocument {
  return {
    id: row.id as string,
    dossierCode: row.dossier_code as string,
    agencyCode: row.agency_code as string,
    kind: row.kind as DocumentKind,
    fileName: row.file_name as string,
    mediaType: row.media_type as string,
    size: Number(row.size),
    contentHash: row.content_hash as string,
    uploadedBy: row.uploaded_by as string,
    uploadedAt: isoOrNull(row.uploaded_at)!,
  };
}
