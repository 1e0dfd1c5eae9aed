import { Body, Controller, Inject, Param, Req } from '@nestjs/common';
import { CLOCK, type Clock } from '../tokens';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { WorkingCalendar, processProblems } from '@motcua/domain';
import type { CatalogueProcedure, UnitCalendar, Versioned } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { CatalogueService } from '../catalogue/catalogue.service';
import { DossierService, type CalendarFanOut } from '../dossiers/dossier.service';
import { ApiError } from '../errors/api-error';
import { expectedVersionOf } from '../http/if-match';
import { Route } from '../http/route';
import { ADMIN_ROUTES } from './admin.routes';
import { AGENCY_CODE, PROCEDURE_CODE } from '../catalogue/catalogue.schemas';
import { ZodPipe } from '../validation';
import { calendarBody, procedureBody } from './admin.schemas';

const PROCEDURE_CODE_PIPE = new ZodPipe(PROCEDURE_CODE);
const AGENCY_CODE_PIPE = new ZodPipe(AGENCY_CODE);

/** Administration: the procedure catalogue and unit calendars. Every change is an event. */
@Controller()
export class AdminController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly dossiers: DossierService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(ADMIN_ROUTES.adminProcedures)
  procedures(): Promise<Versioned<CatalogueProcedure>[]> {
    return this.catalogue.store.procedures();
  }

  @Route(ADMIN_ROUTES.adminProcedure)
  async reviseProcedure(
    @Param('procedureCode', PROCEDURE_CODE_PIPE) code: string,
    @Body(new ZodPipe(procedureBody)) body: z.infer<typeof procedureBody>,
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
  ): Promise<Versioned<CatalogueProcedure>> {
    const problems = body.process ? processProblems(body.process.steps, body.durations.desk) : [];
    if (problems.length > 0) {
      throw ApiError.of('VALIDATION_FAILED', `invalid process: ${problems.join('; ')}`, {
        errors: problems.map((message) => ({ path: 'process', message })),
      });
    }
    const procedure: CatalogueProcedure = { code, ...body };
    const version = await this.catalogue.store.reviseProcedure(
      procedure,
      metadataOf(caller),
      expectedVersionOf(request.headers['if-match']),
    );
    return { version, value: procedure };
  }

  @Route(ADMIN_ROUTES.adminCalendars)
  calendars(): Promise<Versioned<UnitCalendar>[]> {
    return this.catalogue.store.calendars();
  }

  /**
   * A new version of a unit's calendar (e.g. a year confirmed): stored as an event, then sent to every
   * open dossier of the unit, whose workflow recomputes its pending deadlines (never past facts).
   */
  @Route(ADMIN_ROUTES.adminCalendar)
  async reviseCalendar(
    @Param('agency', AGENCY_CODE_PIPE) agencyCode: string,
    @Body(new ZodPipe(calendarBody)) body: z.infer<typeof calendarBody>,
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
  ): Promise<{ version: number } & CalendarFanOut> {
    try {
      new WorkingCalendar(body.calendar).addWorkingMinutes(this.clock.now(), 1);
    } catch (error) {
      throw ApiError.of('VALIDATION_FAILED', `invalid calendar: ${(error as Error).message}`, {
        errors: [{ path: 'calendar', message: (error as Error).message }],
      });
    }
    const unit: UnitCalendar = { agencyCode, agencyName: body.agencyName, calendar: body.calendar };
    const version = await this.catalogue.store.reviseCalendar(
      unit,
      metadataOf(caller),
      expectedVersionOf(request.headers['if-match']),
    );
    const fanOut = await this.dossiers.reviseCalendarOfOpenDossiers(agencyCode, `v${version}`, body.calendar);
    return { version, ...fanOut };
  }
}

function metadataOf(caller: Caller): { actorId: string; actorRole: string } {
  return { actorId: caller.principal.id, actorRole: caller.role };
}
