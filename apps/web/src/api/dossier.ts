import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from './client';
import type { paths } from './schema';

/** The JSON a GET of `P` answers with (200), as the OpenAPI document declares it. */
type Json<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

export type DossierView = Json<'/dossiers/{code}'>;
export type CommandRoute = DossierView['allowedCommands'][number];
export type StoredEvent = Json<'/dossiers/{code}/events'>['items'][number];
export type DossierDocument = Json<'/dossiers/{code}/documents'>['items'][number];
export type DocumentKind = 'component' | 'supplement' | 'pauseGround' | 'result' | 'slip' | 'other';

const path = (code: string) => ({ params: { path: { code } } });

/** The latest version of each dossier this page's own commands produced (the read model may be behind). */
const versionsSeen = new Map<string, number>();

/** The dossier, its timeline, files and papers: one query each, refreshed together after a command. */
export const useDossier = (code: string) =>
  useQuery({
    queryKey: ['dossier', code, 'state'],
    queryFn: () => {
      const atLeast = versionsSeen.get(code);
      const query = atLeast === undefined ? {} : { atLeast };
      return answerOf(api.GET('/dossiers/{code}', { params: { path: { code }, query } }));
    },
  });
export const useDossierEvents = (code: string) =>
  useQuery({
    queryKey: ['dossier', code, 'events'],
    queryFn: () => answerOf(api.GET('/dossiers/{code}/events', path(code))),
  });
export const useDossierDocuments = (code: string) =>
  useQuery({
    queryKey: ['dossier', code, 'documents'],
    queryFn: () => answerOf(api.GET('/dossiers/{code}/documents', path(code))),
  });
export const useDossierSlips = (code: string) =>
  useQuery({
    queryKey: ['dossier', code, 'slips'],
    queryFn: () => answerOf(api.GET('/dossiers/{code}/slips', path(code))),
  });

/**
 * Sends a command as the page saw the dossier (`If-Match`: a change by someone else meanwhile is a 412,
 * not a silent overwrite) with a key of its own, so a retried click is applied once.
 */
export function sendCommand(
  code: string,
  route: CommandRoute,
  body: Record<string, unknown>,
  seenVersion: number,
  idempotencyKey: string,
): Promise<unknown> {
  const answer = answerOf(
    api.POST(`/dossiers/{code}/${route}` as '/dossiers/{code}/accept', {
      ...path(code),
      body: body as never,
      headers: { 'If-Match': `"${seenVersion}"`, 'Idempotency-Key': idempotencyKey },
    }),
  );
  // Read your own write: the page's next read asks for at least the version the command produced.
  return answer.then((state) => {
    const version = (state as { version?: number }).version;
    if (version !== undefined) versionsSeen.set(code, Math.max(version, versionsSeen.get(code) ?? 0));
    return state;
  });
}

/** Uploads one file to the dossier (streamed, hashed and checked by the API); answers its document. */
export function uploadDocument(code: string, kind: DocumentKind, file: File): Promise<DossierDocument> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  return answerOf(
    api.POST('/dossiers/{code}/documents', {
      ...path(code),
      body: form as never,
      bodySerializer: (body) => body as unknown as FormData,
    }),
  ) as Promise<DossierDocument>;
}

/** A file of the dossier (a document or an issued paper) as a blob URL the page can show or print. */
export async function documentUrl(code: string, documentId: string): Promise<string> {
  const blob = await answerOf(
    api.GET('/dossiers/{code}/documents/{documentId}', {
      params: { path: { code, documentId } },
      parseAs: 'blob',
    }),
  );
  return URL.createObjectURL(blob as Blob);
}

/** A paper of the dossier (receipt, request, apology…, or the control slip) as a blob URL. */
export async function slipUrl(code: string, slip: string): Promise<string> {
  const blob = await answerOf(
    api.GET('/dossiers/{code}/slips/{slip}', {
      params: { path: { code, slip: slip as never } },
      parseAs: 'blob',
    }),
  );
  return URL.createObjectURL(blob as Blob);
}
