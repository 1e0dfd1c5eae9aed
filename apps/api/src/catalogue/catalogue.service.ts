import { Injectable } from '@nestjs/common';
import { DEFAULT_PROCESS, type InternalProcess, type ProcedureTerms, type WorkingCalendarConfig } from '@motcua/domain';
import { CatalogueStore, type CatalogueProcedure, type UnitCalendar } from '@motcua/store';
import { ApiError } from '../errors/api-error';

/** Procedures and unit calendars, read from their event streams (the catalogue's own history). */
@Injectable()
export class CatalogueService {
  constructor(readonly store: CatalogueStore) {}

  /** The procedure's terms as a dossier records them; 422 when unknown or not offered by the agency. */
  async procedure(code: string, agencyCode: string): Promise<ProcedureTerms> {
    const found = (await this.store.procedure(code))?.value;
    if (!found) throw unknown('procedureCode', 'PROCEDURE_NOT_FOUND', `procedure ${code} is not in the catalogue`);
    if (!found.agencyCodes.includes(agencyCode)) {
      throw unknown('procedureCode', 'PROCEDURE_NOT_FOUND', `agency ${agencyCode} does not handle procedure ${code}`);
    }
    return termsOf(found);
  }

  /** The unit's calendar; 422 for an agency without one (an unknown agency). */
  async calendarOf(agencyCode: string): Promise<WorkingCalendarConfig> {
    const found = (await this.store.calendar(agencyCode))?.value;
    if (!found) throw unknown('agencyCode', 'AGENCY_NOT_FOUND', `agency ${agencyCode} is not known`);
    return found.calendar;
  }

  /** The internal process in force for a procedure (the default when it defines none), with its catalogue version. */
  async processOf(procedureCode: string): Promise<InternalProcess> {
    const found = await this.store.procedure(procedureCode);
    const steps = found?.value.process?.steps;
    return steps ? { version: found.version, steps } : DEFAULT_PROCESS;
  }

  async calendars(): Promise<UnitCalendar[]> {
    return (await this.store.calendars()).map((c) => c.value);
  }
}

/** The dossier-relevant part of a catalogue entry. */
function termsOf(p: CatalogueProcedure): ProcedureTerms {
  return {
    code: p.code,
    name: p.name,
    durations: p.durations,
    returnsResultDocument: p.returnsResultDocument,
    ...(p.supplementDeadline ? { supplementDeadline: p.supplementDeadline } : {}),
    ...(p.supplementRestartsClock ? { supplementRestartsClock: true } : {}),
  };
}

function unknown(path: string, code: 'PROCEDURE_NOT_FOUND' | 'AGENCY_NOT_FOUND', message: string): ApiError {
  return ApiError.of(code, message, { errors: [{ path, message }] });
}
