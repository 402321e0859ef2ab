/** Tables of users, agencies, sessions and API keys, merged into the store's `Database`. */
import type { Generated } from 'kysely';

export interface AgencyTable {
  code: string;
  name: string;
  /** "agency" (domestic) or "partner" (a foreign partner: read-only, only what was shared) */
  kind: 'agency' | 'partner';
  country: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  agency: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  disabled: number;
  created_at: string;
  last_login_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the token: a stolen table does not give working tokens */
  token_hash: string;
  user_id: string;
  kind: 'console' | 'api';
  csrf_token: string | null;
  ip: string | null;
  created_at: string;
  expires_at: string;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  role: string;
  agency: string;
  secret_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  ip: string;
  username: string;
  at: string;
}

declare module '../store/schema.js' {
  interface Database {
    agencies: AgencyTable;
    users: UserTable;
    sessions: SessionTable;
    api_keys: ApiKeyTable;
    login_failures: LoginFailureTable;
  }
}
