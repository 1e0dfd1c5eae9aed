import { z } from 'zod';

/** A procedure's code in the national catalogue (e.g. `2.000488`). */
export const PROCEDURE_CODE = z.string().regex(/^[0-9A-Za-z.]{1,32}$/, 'not a procedure code');
/** An agency (unit) code, e.g. `STP-KH`. */
export const AGENCY_CODE = z.string().regex(/^[A-Z0-9.-]{1,32}$/, 'not an agency code');
