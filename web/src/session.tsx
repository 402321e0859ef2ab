/** Who is signed in, as the server says (GET /api/auth/me); the console never decides access itself. */
import { createContext, useContext } from 'react';

export interface Me {
  id: string;
  name: string;
  username?: string;
  role: 'officer' | 'analyst' | 'supervisor' | 'admin' | 'partner';
  agency: string;
  permissions?: string[];
}

export const SessionCtx = createContext<{ me: Me; refresh(): void } | null>(null);

export function useSession() {
  const c = useContext(SessionCtx);
  if (!c) throw new Error('useSession outside the signed-in console');
  return c;
}

/** Mirrors the server's permission table for showing or hiding buttons; the server enforces it. */
export function allowed(me: Me, permission: string): boolean {
  if (me.permissions) return me.permissions.includes(permission);
  return me.role === 'admin';
}
