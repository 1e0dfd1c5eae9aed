import { Controller, Headers, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DossierDocument } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { dossierCodeSchema } from '../dossiers/dossier.schemas';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { DOCUMENT_ROUTES } from './documents.routes';
import { DocumentsService } from './documents.service';
import { sendDocument } from './send-document';

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
    await sendDocument(this.documents, await this.documents.describe(code, documentId), headers, reply);
  }
}
