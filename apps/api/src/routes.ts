import { ADMIN_ROUTES } from './admin/admin.routes';
import { AUDIT_ROUTES } from './audit/audit.routes';
import { CATALOGUE_ROUTES } from './catalogue/catalogue.routes';
import { DOCUMENT_ROUTES } from './documents/documents.routes';
import { DOSSIER_ROUTES } from './dossiers/dossiers.routes';
import { FEEDBACK_ROUTES } from './feedback/feedback.routes';
import { HEALTH_ROUTES } from './health/health.routes';
import type { RouteSpec } from './http/route';
import { INDEX766_ROUTES } from './index766/index766.routes';
import { METRICS_ROUTES } from './metrics/metrics.routes';
import { NATIONAL_SYNC_ROUTES } from './national-sync/national-sync.routes';
import { PUBLIC_ROUTES } from './public/public.routes';
import { SLIP_ROUTES } from './slips/slips.routes';
import { WEB_ROUTES } from './web/web.routes';
import { CHANGES_ROUTES } from './web/changes.routes';

/**
 * Every route of the API, each declared by its feature: the OpenAPI document and the authorisation
 * matrix test read this table; routing and the guard read each route's own declaration.
 */
export const ROUTES = {
  ...HEALTH_ROUTES,
  ...METRICS_ROUTES,
  ...DOSSIER_ROUTES,
  ...FEEDBACK_ROUTES,
  ...DOCUMENT_ROUTES,
  ...SLIP_ROUTES,
  ...AUDIT_ROUTES,
  ...ADMIN_ROUTES,
  ...NATIONAL_SYNC_ROUTES,
  ...CATALOGUE_ROUTES,
  ...INDEX766_ROUTES,
  ...PUBLIC_ROUTES,
  ...WEB_ROUTES,
  ...CHANGES_ROUTES,
} as const satisfies Record<string, RouteSpec>;
