/**
 * Wires traveller screening to the running service: the screening engine under the border
 * profile, the lost and stolen register from list "sltd" (cached per list version), earlier
 * crossings from the database, and the enabled risk rules.
 */
import type { AppContext } from '../../app/context.js';
import type { Db } from '../../store/db.js';
import { activeEntities } from '../../lists/index.js';
import { getProfile } from '../../screening/profiles.js';
import { matchEntity } from '../../screening/match.js';
import { NotReadyError } from '../../screening/screen.js';
import { listRules } from '../store/rules.js';
import { findEncounters } from '../store/encounters.js';
import { SLTD_LIST, SltdRegister } from './sltd.js';
import { ListedDocuments } from './listed-documents.js';
import { rowEntity } from '../../lists/rows.js';
import type { TravelScreeningDeps, WatchlistHit } from './screen-traveller.js';
import { toWatchlistHit } from './watchlist-hit.js';

const WATCHLIST_LIMIT = 5;
const registers = new WeakMap<Db, { version: number | null; register: SltdRegister }>();
const listedDocs = new WeakMap<AppContext, { versions: string; register: ListedDocuments }>();

/**
 * Document numbers of listed subjects, rebuilt when the engine's list versions change. Only the
 * rows that mention a passport or ID number are read and parsed (a few percent of a list), so
 * the first traveller after a list update does not wait for every listed entity to load.
 */
export async function listedDocuments(ctx: AppContext): Promise<ListedDocuments> {
  const cached = listedDocs.get(ctx);
  if (cached && cached.versions === ctx.index.versionIds) return cached.register;
  const register = new ListedDocuments();
  const rows = await ctx.db.kysely
    .selectFrom('lists as l')
    .innerJoin('list_versions as v', 'v.id', 'l.active_version_id')
    .innerJoin('list_entities as e', 'e.version_id', 'v.id')
    .select(['l.id as list', 'v.seq', 'e.data', 'e.source_id'])
    .where('l.id', '!=', SLTD_LIST)
    .where((eb) => eb.or([eb('e.data', 'like', '%"passportNumber"%'), eb('e.data', 'like', '%"idNumber"%')]))
    .execute();
  for (const r of rows) register.add(rowEntity(r, r.list, Number(r.seq)));
  listedDocs.set(ctx, { versions: ctx.index.versionIds, register });
  return register;
}

/** The register of the active "sltd" list version, loaded once per version. */
export async function sltdRegister(db: Db): Promise<SltdRegister> {
  const row = await db.kysely.selectFrom('lists').select('active_version_id').where('id', '=', SLTD_LIST).executeTakeFirst();
  const version = row?.active_version_id == null ? null : Number(row.active_version_id);
  const cached = registers.get(db);
  if (cached && cached.version === version) return cached.register;
  const register = new SltdRegister();
  if (version != null) for await (const e of activeEntities(db, { lists: [SLTD_LIST] })) register.add(e);
  registers.set(db, { version, register });
  return register;
}

export async function travelDeps(ctx: AppContext, opts: { today?: Date; profile?: string } = {}): Promise<TravelScreeningDeps> {
  const engine = ctx.index.engine;
  if (!ctx.index.ready || !engine) throw new NotReadyError();
  const [profile, register, documents, rules] = await Promise.all([getProfile(ctx.db, opts.profile ?? 'border'), sltdRegister(ctx.db), listedDocuments(ctx), listRules(ctx.db, { enabledOnly: true })]);
  return {
    watchlist: (query): WatchlistHit[] => matchEntity(engine, profile, query, { limit: WATCHLIST_LIMIT }).map(toWatchlistHit),
    sltd: (number, country) => register.lookup(number, country),
    listedDocuments: (number) => documents.lookup(number),
    encounters: (subjects) => findEncounters(ctx.db, subjects),
    rules,
    today: opts.today ?? new Date(),
  };
}
