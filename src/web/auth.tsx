import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

  useEffect(() => {
    api.get('/api/auth/me', Me).then(
      (me) => {
        setCsrfToken(me.csrfToken);
        setUser(me.user);
        setReady(true);
      },
      () => setReady(true),
    );
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await api.post('/api/auth/signin', { username, password }, Me);
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    invalidate('/api/');
    if (!session.user) throw new Error('the server did not sign you in');
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    await api.post('/api/auth/signout', undefined, null);
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
