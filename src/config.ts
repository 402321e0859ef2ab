/**
 * Every setting Atalaya reads from the environment, read once, in one place.
 */
import path from 'node:path';

export interface Config {
  /** `sqlite:PATH`, `postgres://...`, or unset for `sqlite:./data/atalaya.db`. */
  databaseUrl: string;
  host: string;
  port: number;
  /** Folder with the public lists loaded on first start. */
  bundledListsDir: string;
  /** Key for encrypting biometric data at rest (hex or base64, 32 bytes). */
  dataKey: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || `sqlite:${path.resolve('data', 'atalaya.db')}`,
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 8080),
    bundledListsDir: env.ATALAYA_LISTS_DIR || path.resolve('lists'),
    dataKey: env.ATALAYA_DATA_KEY,
  };
}
