import { Controller, Headers, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DossierDocument } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { dossierCodeSchema } from '../dossiers/dossier.schemas';
import { ApiError } from '../errors/api-error';
import { contentDispositionOf, entityTagOf, matchesNoneOf, rangeOf, rangeStillApplies } from '../http/byte-ranges';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { DOCUMENT_ROUTES } from './documents.routes';
import { DocumentsService } from './documents.service';

const documentIdSchema = z.uuid('not a document id');

@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Route(DOCUMENT_ROUTES.uploadDocument)
  upload(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Req() request: FastifyRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierDocument> {
    return this.documents.upload(code, request, caller);
  }

  @Route(DOCUMENT_ROUTES.documents)
  async list(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<{ items: DossierDocument[] }> {
    return { items: await this.documents.list(code) };
  }

  /** The bytes, as the headers ask: 304 when the client's copy is current, 206 for one range, 416 past the end. */
  @Route(DOCUMENT_ROUTES.document)
  async download(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Param('documentId', new ZodPipe(documentIdSchema)) documentId: string,
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = await this.documents.describe(code, documentId);
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
    const body = await this.documents.read(document, range.kind === 'part' ? range : undefined);
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
}
