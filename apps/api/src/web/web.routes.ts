import { z } from 'zod';
import type { RouteSpec } from '../http/route';
import { ROLES } from '../auth/principal';

/** `POST /web/dev-sign-in`: who the local sign-in page signs in as. */
export const devSignInBody = z.strictObject({
  role: z.enum(ROLES),
  agency: z.string().regex(/^[A-Z0-9.-]{1,32}$/),
  /** The unit of the agency they work in (`desk`, a department, `leadership`); absent: the role's default. */
  unit: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(100).optional(),
});
export type DevSignIn = z.infer<typeof devSignInBody>;

const webSettingsBody = z.object({
  signIn: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('dev') }),
    z.object({ mode: z.literal('oidc'), authority: z.string(), clientId: z.string(), scope: z.string() }),
    z.object({ mode: z.literal('none') }),
  ]),
  agencies: z.array(z.object({ code: z.string(), name: z.string() })),
  units: z.array(z.string()),
  apologyLeadWorkingMinutes: z.number().int(),
});
const devTokenBody = z.object({ token: z.string(), expiresInSeconds: z.number().int() });

/** What the browser app needs before anyone signs in, and the local sign-in. */
export const WEB_ROUTES = {
  webConfig: {
    method: 'GET',
    path: '/web/config',
    summary: 'How the web app signs people in (dev page, OIDC or none), and the agencies and units to choose from',
    tag: 'web app',
    roles: 'public',
    scope: 'none',
    status: 200,
    responseBody: webSettingsBody,
  },
  devSignIn: {
    method: 'POST',
    path: '/web/dev-sign-in',
    summary:
      'Local sign-in (DEV_SIGN_IN=true with AUTH_MODE=hs256 only, else 404): an 8-hour token for the chosen role and agency',
    tag: 'web app',
    roles: 'public',
    scope: 'none',
    status: 201,
    body: devSignInBody,
    responseBody: devTokenBody,
    example: { role: 'officer', agency: 'STP-KH', unit: 'desk', name: 'Trần Thị Bình' },
  },
} as const satisfies Record<string, RouteSpec>;
