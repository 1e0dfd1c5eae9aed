import type { FastifyReply } from 'fastify';
import type { DossierDocument } from '@motcua/store';
import { ApiError } from '../errors/api-error';
import { contentDispositionOf, entityTagOf, matchesNoneOf, rangeOf, rangeStillApplies } from '../http/byte-ranges';
import type { DocumentsService } from './documents.service';

/** A stored file's bytes, as the headers ask: 304 when the client's copy is current, 206 for one range, 416 past the end. */
export async function sendDocument(
  documents: DocumentsService,
  document: DossierDocument,
  headers: Record<string, string | undefined>,
  reply: FastifyReply,
): Promise<void> {
  const etag = entityTagOf(document.contentHash);
  void reply
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    // Files are the legal record: private to the caller, revalidated by their ETag.
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  if (matchesNoneOf(headers['if-none-match'], etag)) return void (await reply.status(304).send());
  const range = rangeStillApplies(headers['if-range'], etag)
    ? rangeOf(headers.range, document.size)
    : ({ kind: 'whole' } as const);
  if (range.kind === 'unsatisfiable') {
    void reply.header('content-range', `bytes */${document.size}`);
    throw ApiError.of('RANGE_NOT_SATISFIABLE', `the file has ${document.size} bytes`);
  }
  const body = await documents.read(document, range.kind === 'part' ? range : undefined);
  void reply
    .header('content-type', document.mediaType)
    .header('content-disposition', contentDispositionOf(document.fileName));
  if (range.kind === 'part') {
    void reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${document.size}`)
      .header('content-length', String(range.end - range.start + 1));
  } else void reply.status(200).header('content-length', String(document.size));
  await reply.send(body);
}
