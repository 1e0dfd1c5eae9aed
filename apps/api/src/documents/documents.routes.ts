import { documentListBody } from '../openapi/response-bodies';
import type { RouteSpec } from '../http/route';

/** Who files a dossier's papers: the desk, the units working it, and the applicant's channel. */
const FILERS = ['officer', 'leader', 'applicant'] as const;
/** Who reads them: whoever works or audits the dossier, and the applicant's channel. */
const READERS = ['officer', 'leader', 'supervisor', 'applicant'] as const;

/** A dossier's files: uploaded by streaming multipart, listed, downloaded (ETag, Range). Never deleted. */
export const DOCUMENT_ROUTES = {
  uploadDocument: {
    method: 'POST',
    path: '/dossiers/{code}/documents',
    summary:
      'Upload a file of the dossier (multipart: the field `kind`, then the part `file`); hashed and recognised from its bytes',
    tag: 'documents',
    roles: FILERS,
    scope: 'dossier',
    status: 201,
    upload: true,
  },
  documents: {
    method: 'GET',
    path: '/dossiers/{code}/documents',
    summary: 'The dossier’s files, oldest first',
    tag: 'documents',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    responseBody: documentListBody,
  },
  document: {
    method: 'GET',
    path: '/dossiers/{code}/documents/{documentId}',
    summary: 'One file’s bytes (ETag = content hash; If-None-Match, Range and If-Range honoured)',
    tag: 'documents',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    response: 'binary',
  },
} as const satisfies Record<string, RouteSpec>;
