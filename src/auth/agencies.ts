/** Agencies (domestic) and foreign partners: the unit of data scoping and of sharing. */
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import type { AgencyTable } from './schema.js';
import './schema.js';

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function checkAgencyCode(code: unknown, field = 'agency'): string {
  if (typeof code !== 'string' || !CODE.test(code)) throw new InputError('agency must be a lower-case code of letters, digits and "-" (at most 64)', { field });
  if (code === 'system') throw new InputError('"system" is reserved', { field });
  return code;
}

export async function ensureAgency(db: Db, code: string, opts: { name?: string; kind?: 'agency' | 'partner'; country?: string } = {}): Promise<AgencyTable> {
  checkAgencyCode(code);
  // eslint-disable-next-line no-control-regex
  for (const [k, v] of [['name', opts.name], ['country', opts.country]] as const) if (v != null && (typeof v !== 'string' || v.length > 200 || /[\u0000-\u001f]/.test(v))) throw new InputError(`${k} must be at most 200 characters, no control characters`, { field: k });
  const found = await db.kysely.selectFrom('agencies').selectAll().where('code', '=', code).executeTakeFirst();
  if (found) return found;
  const row: AgencyTable = { code, name: (opts.name ?? code).slice(0, 200), kind: opts.kind ?? 'agency', country: opts.country ?? null, created_at: new Date().toISOString() };
  await db.kysely.insertInto('agencies').values(row).onConflict((oc) => oc.column('code').doNothing()).execute();
  return row;
}

export async function listAgencies(db: Db): Promise<AgencyTable[]> {
  return db.kysely.selectFrom('agencies').selectAll().orderBy('code').execute();
}
