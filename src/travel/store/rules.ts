/** The analysts' risk rules, stored and edited through the API. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db.js';
import { nowIso } from '../../store/db.js';
import { InputError } from '../../errors.js';
import type { RiskRule } from '../screen/rules.js';
import type { RiskRuleTable } from './schema.js';
import './schema.js';

export interface RiskRuleInput {
  name: string;
  description?: string;
  action: 'refer' | 'refuse';
  nationalities?: string[];
  origins?: string[];
  destinations?: string[];
  enabled?: boolean;
}

function fromRow(r: RiskRuleTable): RiskRule {
  const arr = (v: string | null) => (v ? (JSON.parse(v) as string[]) : undefined);
  const nationalities = arr(r.nationalities);
  const origins = arr(r.origins);
  const destinations = arr(r.destinations);
  return {
    id: r.id, name: r.name, description: r.description, action: r.action, enabled: r.enabled === 1,
    ...(nationalities ? { nationalities } : {}), ...(origins ? { origins } : {}), ...(destinations ? { destinations } : {}),
  };
}

export async function listRules(db: Db, opts: { enabledOnly?: boolean } = {}): Promise<RiskRule[]> {
  let q = db.kysely.selectFrom('travel_risk_rules').selectAll();
  if (opts.enabledOnly) q = q.where('enabled', '=', 1);
  return (await q.orderBy('name').execute()).map(fromRow);
}

function codes(v: string[] | undefined, field: string, pattern: RegExp): string | null {
  if (!v?.length) return null;
  for (const c of v) if (!pattern.test(c)) throw new InputError(`"${c}" is not a valid code`, { field });
  return JSON.stringify(v.map((c) => (field === 'nationalities' ? c.toLowerCase() : c.toUpperCase())));
}

/** Creates a rule (no id) or replaces one (with its id). */
export async function saveRule(db: Db, input: RiskRuleInput, by: string, id?: string): Promise<RiskRule> {
  if (!input.name?.trim()) throw new InputError('a rule needs a name', { field: 'name' });
  if (input.action !== 'refer' && input.action !== 'refuse') throw new InputError('action must be refer or refuse', { field: 'action' });
  const row: RiskRuleTable = {
    id: id ?? randomUUID(),
    name: input.name.trim(),
    description: input.description ?? '',
    action: input.action,
    nationalities: codes(input.nationalities, 'nationalities', /^[A-Za-z]{2}$/),
    origins: codes(input.origins, 'origins', /^[A-Za-z0-9]{3,5}$/),
    destinations: codes(input.destinations, 'destinations', /^[A-Za-z0-9]{3,5}$/),
    enabled: input.enabled === false ? 0 : 1,
    updated_at: nowIso(),
    updated_by: by,
  };
  if (!row.nationalities && !row.origins && !row.destinations) throw new InputError('a rule needs at least one of nationalities, origins, destinations', { field: 'nationalities' });
  await db.kysely.transaction().execute(async (tx) => {
    if (id) {
      const r = await tx.deleteFrom('travel_risk_rules').where('id', '=', id).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw new InputError(`no risk rule ${id}`, { field: 'id' });
    }
    await tx.insertInto('travel_risk_rules').values(row).execute();
  });
  return fromRow(row);
}

export async function deleteRule(db: Db, id: string): Promise<boolean> {
  const r = await db.kysely.deleteFrom('travel_risk_rules').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
