import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Me, type Role, type User } from '../shared/api/auth.js';
import { api, setCsrfToken } from './api/client.js';
import { invalidate } from './api/use-query.js';

interface AuthState {
  user: User | null;
  /** False until /api/auth/me has answered. */
  ready: boolean;
  signIn(username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  can(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  // Counts sign-ins and sign-outs: the page's first question about the session may be answered
  // after one of them, and then that answer (asked with the old cookie) must not undo it.
  const sessionChanges = useRef(0);

  useEffect(() => {
    const asked = sessionChanges.current;
    api.get('/api/auth/me', Me).then(
      (me) => {
        if (sessionChanges.current === asked) {
          setCsrfToken(me.csrfToken);
          setUser(me.user);
        }
        setReady(true);
      },
      () => setReady(true),
    );
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await api.post('/api/auth/signin', { username, password }, Me);
    sessionChanges.current += 1;
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setReady(true);
    invalidate('/api/');
    if (!session.user) throw new Error('the server did not sign you in');
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    await api.post('/api/auth/signout', undefined, null);
    sessionChanges.current += 1;
    setCsrfToken(null);
    setUser(null);
    invalidate('/api/');
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      ready,
      signIn,
      signOut,
      can: (...roles) => !!user && (user.role === 'admin' || roles.includes(user.role)),
    }),
    [user, ready, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
