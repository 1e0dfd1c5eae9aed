import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Session } from './session';
import { claimsOf } from './token-claims';

/**
 * Sign-in through the province's identity provider: the authorization-code flow with PKCE. The tokens
 * stay in memory; only the flow's one-time state (the PKCE verifier) lives in sessionStorage for the
 * redirect, and is removed once the code is exchanged.
 */
export function userManagerOf(settings: { authority: string; clientId: string; scope: string }): UserManager {
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/dang-nhap`,
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Finishes the redirect back from the identity provider into a session, or undefined when not returning from it. */
export async function completeSignIn(manager: UserManager): Promise<Session | undefined> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') || !params.has('state')) return undefined;
  const user = await manager.signinRedirectCallback();
  window.history.replaceState({}, '', '/dang-nhap');
  const claims = claimsOf(user.access_token);
  return {
    token: user.access_token,
    role: claims.roles[0] ?? '',
    agency: claims.agencies[0] ?? '',
    name: claims.name ?? claims.sub,
    ...(claims.units?.[0] ? { unit: claims.units[0] } : {}),
  };
}
