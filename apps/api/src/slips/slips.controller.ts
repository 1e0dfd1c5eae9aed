import { Controller, Headers, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  APPLICANT_SLIP_KINDS,
  eResultsDelivered,
  foldEvents,
  slipContentOf,
  slipFormOf,
  type DossierEvent,
  type DossierState,
  type IssuedSlip,
  type IssuedSlipKind,
  type PendingSlip,
  type SlipKind,
} from '@motcua/domain';
import { renderSlip } from '@motcua/slips';
import { DocumentsService } from '../documents/documents.service';
import { sendDocument } from '../documents/send-document';
import { dossierCodeSchema } from '../dossiers/dossier.schemas';
import { DossierService } from '../dossiers/dossier.service';
import { LookupKeys } from '../dossiers/lookup-keys';
import { ApiError } from '../errors/api-error';
import { contentDispositionOf } from '../http/byte-ranges';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { SLIP_ROUTES, slipKindSchema } from './slips.routes';

const ISSUE_WAIT_MS = 5_000;

/** What `GET /dossiers/{code}/slips` lists: the issued papers, those owed, and the control slip. */
export interface DossierSlips {
  readonly issued: readonly Omit<IssuedSlip, 'lookupUrl'>[];
  readonly pending: readonly PendingSlip[];
  /** Kept, not issued: rendered from the events whenever asked (from acceptance on). */
  readonly controlSlip: { readonly form?: string; readonly title: string } | null;
}

@Controller()
export class SlipsController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly documents: DocumentsService,
    private readonly keys: LookupKeys,
  ) {}

  @Route(SLIP_ROUTES.slips)
  async list(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<DossierSlips> {
    const state = await this.stateOf(code);
    return {
      // The lookup link carries the applicant's key: the receipt itself shows it, the listing does not.
      issued: state.issuedSlips.map(({ lookupUrl: _link, ...slip }) => slip),
      pending: state.pendingSlips,
      controlSlip: state.acceptedAt ? slipFormOf(state.ruleSetId!, 'controlSlip') : null,
    };
  }

  @Route(SLIP_ROUTES.slip)
  async slip(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Param('slip', new ZodPipe(slipKindSchema)) slip: SlipKind,
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (slip === 'controlSlip') return this.sendControlSlip(await this.stateOf(code), reply);
    await this.sendIssued(await this.issuedState(code, slip), slip, headers, reply);
  }

  /** The applicant's own papers; a wrong key and an unknown code answer alike, as the lookup does. */
  @Route(SLIP_ROUTES.publicSlip)
  async publicSlip(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Param('slip', new ZodPipe(slipKindSchema)) slip: SlipKind,
    @Query() query: { key?: string },
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.mustHoldKey(code, query.key);
    if (!(APPLICANT_SLIP_KINDS as readonly string[]).includes(slip)) {
      throw ApiError.of(
        'NOT_FOUND',
        `the ${slip} stays with the agency; the applicant's papers are ${APPLICANT_SLIP_KINDS.join(', ')}`,
      );
    }
    await this.sendIssued(await this.issuedState(code, slip as IssuedSlipKind), slip as IssuedSlipKind, headers, reply);
  }

  /** An e-result returned online, to the applicant holding the key; anything else is not theirs to download. */
  @Route(SLIP_ROUTES.publicEResult)
  async publicEResult(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Param('documentId', new ZodPipe(z.uuid('not a document id'))) documentId: string,
    @Query() query: { key?: string },
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.mustHoldKey(code, query.key);
    const delivered = eResultsDelivered(await this.eventsOf(code));
    if (!delivered.some((d) => d.documentId === documentId)) {
      throw ApiError.of('NOT_FOUND', `no e-result ${documentId} was returned online for dossier ${code}`);
    }
    await sendDocument(this.documents, await this.documents.describe(code, documentId), headers, reply);
  }

  /** A wrong key and an unknown code answer alike, so codes cannot be probed. */
  private mustHoldKey(code: string, key: string | undefined): void {
    if (!key || !this.keys.matches(code, key))
      throw ApiError.of('DOSSIER_NOT_FOUND', `no dossier ${code} with this key`);
  }

  /**
   * The dossier's state once the paper of `kind` it owes is issued: papers follow the command that owed
   * them by some milliseconds (the worker renders them after the command's answer), so a desk printing
   * right after its command waits for it here — up to ISSUE_WAIT_MS, then 503 with Retry-After.
   */
  private async issuedState(code: string, kind: IssuedSlipKind): Promise<DossierState> {
    const deadline = Date.now() + ISSUE_WAIT_MS;
    for (;;) {
      const state = await this.stateOf(code);
      if (!state.pendingSlips.some((p) => p.slip === kind)) return state;
      if (Date.now() >= deadline) {
        throw ApiError.of('SLIP_PENDING', `the ${kind} of dossier ${code} is being issued; ask again in a moment`, {
          retryAfterSeconds: 1,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The latest paper of its kind, as filed when it was issued. */
  private async sendIssued(
    state: DossierState,
    slip: IssuedSlipKind,
    headers: Record<string, string | undefined>,
    reply: FastifyReply,
  ): Promise<void> {
    const issued = state.issuedSlips.findLast((s) => s.slip === slip);
    if (!issued) throw ApiError.of('NOT_FOUND', `no ${slip} has been issued for dossier ${state.dossierCode}`);
    await sendDocument(
      this.documents,
      await this.documents.describe(state.dossierCode!, issued.documentId),
      headers,
      reply,
    );
  }

  /** The control slip as the events stand now, under the issuer the dossier's papers carry. */
  private async sendControlSlip(state: DossierState, reply: FastifyReply): Promise<void> {
    if (!state.acceptedAt) throw ApiError.of('NOT_FOUND', 'the control slip starts at acceptance');
    const issuer = state.issuedSlips[0]?.issuer ?? { unitName: state.agencyCode! };
    const content = slipContentOf('controlSlip', {
      state,
      event: { type: 'SlipIssued', data: { at: state.lastEventAt! } } as DossierEvent,
      issue: { issuer, issuedAt: state.lastEventAt! },
    });
    const pdf = await renderSlip(content);
    await reply
      .status(200)
      .header('content-type', 'application/pdf')
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', contentDispositionOf(`phieu-kiem-soat-${state.dossierCode}.pdf`))
      .header('content-length', String(pdf.length))
      .send(pdf);
  }

  private async stateOf(code: string): Promise<DossierState> {
    return foldEvents(await this.eventsOf(code));
  }

  private async eventsOf(code: string): Promise<DossierEvent[]> {
    return (await this.dossiers.eventsOf(code)).map((e) => ({ type: e.type, data: e.data }) as DossierEvent);
  }
}
