import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { Session } from './session';
import { claimsOf } from './token-claims';

interface OidcSettings {
  readonly authority: string;
  readonly clientId: string;
  readonly scope: string;
}

let manager: UserManager | undefined;

/**
 * Sign-in through the province's identity provider: the authorization-code flow with PKCE. The tokens
 * stay in memory; only the flow's one-time state (the PKCE verifier) lives in sessionStorage for the
 * redirect, and is removed once the code is exchanged. One manager per page, so its renewal timer is one.
 */
export function userManagerOf(settings: OidcSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/dang-nhap`,
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewed with the refresh token (kept in memory) before the access token expires; no hidden iframe.
    automaticSilentRenew: true,
    monitorSession: false,
  });
  return manager;
}

/** What the pages know of the person, from the access token the API verifies. */
function sessionOf(user: User): Session {
  const claims = claimsOf(user.access_token);
  return {
    token: user.access_token,
    role: claims.roles[0] ?? '',
    agency: claims.agencies[0] ?? '',
    name: claims.name ?? claims.sub,
    ...(claims.units?.[0] ? { unit: claims.units[0] } : {}),
  };
}

/**
 * Finishes the redirect back from the identity provider into a session, or undefined when not returning
 * from it. From then on each renewed token replaces the session's (`renewed`); a renewal that fails ends
 * the session (`ended`), and the person signs in again.
 */
export function completeSignIn(
  manager: UserManager,
  on: { renewed(session: Session): void; ended(): void },
): Promise<Session | undefined> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') || !params.has('state')) return Promise.resolve(undefined);
  // A code is exchanged once: a second render asking again gets the same answer.
  completing ??= exchange(manager, on);
  return completing;
}

let completing: Promise<Session> | undefined;

async function exchange(
  manager: UserManager,
  on: { renewed(session: Session): void; ended(): void },
): Promise<Session> {
  const user = await manager.signinRedirectCallback();
  window.history.replaceState({}, '', '/dang-nhap');
  manager.events.addUserLoaded((renewed) => on.renewed(sessionOf(renewed)));
  manager.events.addSilentRenewError(() => {
    void manager.removeUser();
    on.ended();
  });
  return sessionOf(user);
}

/** Forgets the tokens and stops renewing them (signing out of motcua, not of the identity provider). */
export async function endOidcSession(): Promise<void> {
  await manager?.removeUser();
}
