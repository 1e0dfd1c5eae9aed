import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useToken } from '../api/client';

/** Who is signed in: their token (in memory only) and what the pages need to know of them. */
export interface Session {
  readonly token: string;
  readonly role: string;
  readonly agency: string;
  readonly name: string;
  readonly unit?: string;
}

interface SessionState {
  readonly session?: Session;
  /** Starts (or renews) the session; `end` runs when the person signs out (e.g. stops a token's renewal). */
  signIn(session: Session, end?: () => void): void;
  signOut(): void;
}

const SessionContext = createContext<SessionState>({ signIn: () => {}, signOut: () => {} });

/** Holds the session in React state: a reload or a closed tab signs out, as nothing is stored. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const ending = useRef<() => void>(undefined);
  const signIn = useCallback((next: Session, end?: () => void) => {
    useToken(next.token);
    if (end) ending.current = end;
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    ending.current?.();
    ending.current = undefined;
    useToken(undefined);
    setSession(undefined);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): SessionState => useContext(SessionContext);

/** The page each role starts on. */
export function homeOf(role: string): string {
  if (role === 'supervisor') return '/giam-sat';
  if (role === 'metrics') return '/chi-so-766';
  if (role === 'applicant') return '/tra-cuu';
  return '/ban-lam-viec';
}
