/**
 * Screening profiles: the thresholds that turn a score into a band, which lists apply and which
 * kinds of listed entity a door cares about. Built-in: default, border, maritime, financial.
 * Users add their own (and may override a built-in) through the API; those are stored.
 */
import type { Db } from '../store/db.js';
import { nowIso } from '../store/db.js';
import type { Thresholds } from '../matching/types.js';
import { DEFAULT_THRESHOLDS } from '../matching/index.js';
import { InputError } from '../errors.js';
import './schema.js';

export interface Profile extends Thresholds {
  name: string;
  description: string;
  /** List ids to screen against; undefined: every list. */
  lists?: string[];
  /** Schemata a hit may have; undefined: any. */
  schemata?: string[];
  builtin: boolean;
}

const PERSONS_AND_ORGS = ['Person', 'Organization', 'Company', 'LegalEntity'];

/**
 * The engine's thresholds are calibrated on the labelled pairs (docs/matching.md): review where
 * F1 is best while under 1% of ordinary people are flagged, block at about 97% precision. The
 * default and border profiles use them as they are; the financial profile asks for more before a
 * bank's queue fills.
 */
const { review, block } = DEFAULT_THRESHOLDS;

export const BUILTIN_PROFILES: readonly Profile[] = [
  { name: 'default', description: 'Every list, every kind of entity.', review, block, builtin: true },
  {
    name: 'border',
    description: 'Travellers at the border: persons only, at the calibrated thresholds (a miss costs more than a second look).',
    review,
    block,
    schemata: ['Person'],
    builtin: true,
  },
  {
    name: 'maritime',
    description: 'Vessels and their owners and operators.',
    review,
    block,
    schemata: ['Vessel', ...PERSONS_AND_ORGS],
    builtin: true,
  },
  {
    name: 'financial',
    description: 'Customers and counterparties of banks: persons and organisations; stricter review to keep queues workable.',
    review: Math.round((review + 0.06) * 100) / 100,
    block: Math.round((block + 0.05) * 100) / 100,
    schemata: PERSONS_AND_ORGS,
    builtin: true,
  },
];

export const PROFILE_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

export async function listProfiles(db: Db): Promise<Profile[]> {
  const stored = (await db.kysely.selectFrom('screening_profiles').selectAll().orderBy('name').execute()).map(fromRow);
  const byName = new Map<string, Profile>(BUILTIN_PROFILES.map((p) => [p.name, p]));
  for (const p of stored) byName.set(p.name, p);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The named profile; an unknown name is bad input. */
export async function getProfile(db: Db, name = 'default'): Promise<Profile> {
  const row = await db.kysely.selectFrom('screening_profiles').selectAll().where('name', '=', name).executeTakeFirst();
  if (row) return fromRow(row);
  const builtin = BUILTIN_PROFILES.find((p) => p.name === name);
  if (builtin) return builtin;
  const known = (await listProfiles(db)).map((p) => p.name).join(', ');
  throw new InputError(`unknown profile "${name}" (known: ${known})`, { field: 'profile' });
}

/**
 * `getProfile` as the screening hot path wants it: a profile read in the last PROFILE_CACHE_MS
 * is reused, so a screening costs no profile query. A change made in this process (saveProfile,
 * deleteProfile) applies at once; one made by another process (the other HTTP workers) within
 * PROFILE_CACHE_MS.
 */
const PROFILE_CACHE_MS = 2_000;
const profileCache = new WeakMap<Db, Map<string, { profile: Promise<Profile>; until: number }>>();

export function cachedProfile(db: Db, name = 'default'): Promise<Profile> {
  let cache = profileCache.get(db);
  if (!cache) profileCache.set(db, (cache = new Map()));
  const hit = cache.get(name);
  if (hit && hit.until > Date.now()) return hit.profile;
  const profile = getProfile(db, name);
  // Unknown names are bad input, not cached: the error names the profiles known now.
  profile.catch(() => cache.delete(name));
  if (cache.size > 1000) cache.clear();
  cache.set(name, { profile, until: Date.now() + PROFILE_CACHE_MS });
  return profile;
}

export interface ProfileInput {
  description?: string;
  review: number;
  block: number;
  lists?: string[] | null;
  schemata?: string[] | null;
}

/** Creates or replaces a stored profile. */
export async function saveProfile(db: Db, name: string, input: ProfileInput, by: string): Promise<Profile> {
  if (!PROFILE_NAME.test(name)) throw new InputError('a profile name is 1-40 lower-case letters, digits, "-" or "_", starting with a letter', { field: 'name' });
  for (const k of ['review', 'block'] as const) {
    if (!(input[k] >= 0 && input[k] <= 1)) throw new InputError(`${k} must be between 0 and 1`, { field: k });
  }
  if (input.block < input.review) throw new InputError('block must not be below review', { field: 'block' });
  const row = {
    name,
    description: input.description ?? '',
    review: input.review,
    block: input.block,
    lists: input.lists?.length ? JSON.stringify(input.lists) : null,
    schemata: input.schemata?.length ? JSON.stringify(input.schemata) : null,
    updated_at: nowIso(),
    updated_by: by,
  };
  await db.kysely.transaction().execute(async (tx) => {
    await tx.deleteFrom('screening_profiles').where('name', '=', name).execute();
    await tx.insertInto('screening_profiles').values(row).execute();
  });
  profileCache.get(db)?.delete(name);
  return fromRow(row);
}

/** Removes a stored profile (a built-in returns to its defaults). False when there was none. */
export async function deleteProfile(db: Db, name: string): Promise<boolean> {
  const r = await db.kysely.deleteFrom('screening_profiles').where('name', '=', name).executeTakeFirst();
  profileCache.get(db)?.delete(name);
  return Number(r.numDeletedRows) > 0;
}

function fromRow(r: { name: string; description: string; review: number; block: number; lists: string | null; schemata: string | null }): Profile {
  return {
    name: r.name,
    description: r.description,
    review: Number(r.review),
    block: Number(r.block),
    ...(r.lists ? { lists: JSON.parse(r.lists) as string[] } : {}),
    ...(r.schemata ? { schemata: JSON.parse(r.schemata) as string[] } : {}),
    builtin: false,
  };
}
