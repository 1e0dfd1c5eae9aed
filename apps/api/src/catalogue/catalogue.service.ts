import { Injectable } from '@nestjs/common';
import {
  civilServiceCalendarConfig,
  type ProcedureTerms,
  type WorkingCalendarConfig,
} from '../../../../libs/domain/src';
import { ApiError } from '../errors/api-error';
import { DEMO_AGENCIES, DEMO_PROCEDURES, type Agency } from './demo-catalogue';

/** Procedures and unit calendars the API submits against. */
@Injectable()
export class CatalogueService {
  private readonly calendar = civilServiceCalendarConfig();

  procedure(code: string): ProcedureTerms {
    const found = DEMO_PROCEDURES.find((p) => p.code === code);
    if (!found)
      throw new ApiError(422, 'PROCEDURE_NOT_FOUND', `procedure ${code} is not in the catalogue`, {
        errors: [{ path: 'procedureCode', message: 'unknown procedure' }],
      });
    return found;
  }

  agency(code: string): Agency {
    const found = DEMO_AGENCIES.find((a) => a.code === code);
    if (!found)
      throw new ApiError(422, 'NOT_FOUND', `agency ${code} is not known`, {
        errors: [{ path: 'agencyCode', message: 'unknown agency' }],
      });
    return found;
  }

  /** The working calendar of a unit: the national civil-service calendar with the unit's sessions. */
  calendarOf(_agencyCode: string): WorkingCalendarConfig {
    return this.calendar;
  }
}
