import { DEMO_CALENDARS, DEMO_PROCEDURES } from '@motcua/store';
import type { RouteSpec } from '../http/route';
import { calendarBody, procedureBody } from './admin.schemas';

/** Administration of the procedure catalogue and the unit calendars. */
export const ADMIN_ROUTES = {
  adminProcedures: {
    method: 'GET',
    path: '/admin/procedures',
    summary: 'The procedure catalogue',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    response: 'array',
  },
  adminProcedure: {
    method: 'PUT',
    path: '/admin/procedures/{procedureCode}',
    summary: 'Publish or revise a procedure (an event; If-Match guards concurrent edits)',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    body: procedureBody,
    example: DEMO_PROCEDURES[0],
  },
  adminCalendars: {
    method: 'GET',
    path: '/admin/calendars',
    summary: 'Unit working calendars',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    response: 'array',
  },
  adminCalendar: {
    method: 'PUT',
    path: '/admin/calendars/{agency}',
    summary: 'Revise a unit calendar (an event); open dossiers recompute their pending deadlines',
    tag: 'administration',
    roles: ['admin'],
    scope: 'agency',
    status: 200,
    body: calendarBody,
    example: {
      agencyName: DEMO_CALENDARS[0].agencyName,
      calendar: {
        timeZone: 'Asia/Ho_Chi_Minh',
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
        holidays: ['2027-02-05'],
      },
    },
  },
} as const satisfies Record<string, RouteSpec>;
