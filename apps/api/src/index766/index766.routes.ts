import {
  indicatorDossiersBody,
  indicatorReportBody,
  rankingReportBody,
  scorecardReportBody,
  timelinessReportBody,
} from '../openapi/response-bodies';
import type { Role } from '../auth/principal';
import type { RouteSpec } from '../http/route';
import { indicatorDossiersQuery, reportTableQuery, scorecardQuery } from './index766.schemas';

/** The 766 figures: metrics consumers, and supervisors for their agencies. */
const INDEX_READERS: Role[] = ['metrics', 'supervisor'];
const CSV_NOTE = ' (JSON, or CSV with Vietnamese headers for `Accept: text/csv`)';

/** The Decision 766 index: scorecard, timeliness, indicators and the dossiers behind them. */
export const INDEX766_ROUTES = {
  index766Scorecard: {
    method: 'GET',
    path: '/index-766/scorecard',
    summary: `The 766 scorecard: every indicator with numerator and denominator, groups, total, band; asOf = as it stood then${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    responseBody: scorecardReportBody,
    query: scorecardQuery,
  },
  index766Ranking: {
    method: 'GET',
    path: '/index-766/ranking',
    summary: `The agencies in scope ranked by their own scorecard total (with band and on-time rate), best first${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    responseBody: rankingReportBody,
    query: scorecardQuery,
  },
  index766Timeliness: {
    method: 'GET',
    path: '/index-766/timeliness',
    summary: `Carried over, received, early / on time / late, in time / overdue and rates, by agency, procedure, channel or month${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    responseBody: timelinessReportBody,
    query: reportTableQuery,
  },
  index766Indicator: {
    method: 'GET',
    path: '/index-766/indicators/{indicator}',
    summary: `One indicator by agency, procedure, channel or month${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    responseBody: indicatorReportBody,
    query: reportTableQuery,
  },
  index766Dossiers: {
    method: 'GET',
    path: '/index-766/indicators/{indicator}/dossiers',
    summary: `The dossiers behind an indicator's numerator, denominator (or 5.4's late and not-satisfied parts), by code${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    responseBody: indicatorDossiersBody,
    query: indicatorDossiersQuery,
  },
} as const satisfies Record<string, RouteSpec>;
