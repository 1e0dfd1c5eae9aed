import { Controller, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ruleSetAt, shortDate, slipFormOf } from '@motcua/domain';
import { registerWorkbook } from '@motcua/slips';
import { CatalogueStore, DossierRegister } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { agenciesInScope } from '../http/cursor';
import { contentDispositionOf } from '../http/byte-ranges';
import { Route } from '../http/route';
import { CLOCK, type Clock } from '../tokens';
import { ZodPipe } from '../validation';
import { SLIP_ROUTES, registerQuery, type RegisterQuery } from './slips.routes';

const VIETNAM = '+07:00';
const DAY_MS = 86_400_000;

@Controller()
export class RegisterController {
  constructor(
    private readonly register: DossierRegister,
    private readonly catalogue: CatalogueStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The register as the unit keeps it; its form number is the rule set's in force at the period's end. */
  @Route(SLIP_ROUTES.register)
  async workbook(
    @Query(new ZodPipe(registerQuery)) query: RegisterQuery,
    @CurrentCaller() caller: Caller,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    agenciesInScope(caller.principal.agencies, query.agency);
    const { from, to } = query.from && query.to ? { from: query.from, to: query.to } : this.thisMonth();
    const start = new Date(`${from}T00:00:00${VIETNAM}`).toISOString();
    const end = new Date(Date.parse(`${to}T00:00:00${VIETNAM}`) + DAY_MS).toISOString();
    const unit = (await this.catalogue.calendar(query.agency))?.value;
    const ruleSet = ruleSetAt(new Date(end));
    const xlsx = await registerWorkbook({
      form: slipFormOf(ruleSet.id, 'register'),
      issuer: { unitName: unit?.agencyName ?? query.agency },
      period: `Từ ngày ${shortDate(start)} đến ngày ${shortDate(new Date(Date.parse(end) - 1).toISOString())}`,
      dossiers: await this.register.received(query.agency, start, end),
    });
    await reply
      .status(200)
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', contentDispositionOf(`so-theo-doi-ho-so-${query.agency}-${from}-${to}.xlsx`))
      .header('content-length', String(xlsx.length))
      .send(xlsx);
  }

  /** The current month in Vietnam time, first to last day. */
  private thisMonth(): { from: string; to: string } {
    const local = new Date(this.clock.now().getTime() + 7 * 3_600_000);
    const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1));
    const last = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0));
    return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
  }
}
