/**
 * Labelled pairs from the published lists: aliases and original-script names as positives, and
 * hard negatives between different listed entities that share name parts, look alike, share a
 * name but contradict on birth date, or are vessels of the same name with another IMO number.
 *
 * Evidence is attached symmetrically so that its presence says nothing about the label: the
 * candidate side carries what the list says (birth dates, nationalities, IMO); the query side
 * carries its own entity's evidence in 30% of pairs, positives and negatives alike.
 */
import type { Entity } from '../../src/model/entity.js';
import { BaselineIndex, jaroWinkler, nameSimilarity, normalise } from './baseline.js';
import { allNames } from './lists.js';
import { makePair, pe, type Pair } from './pair.js';
import { Rng } from './rng.js';
import { scriptOf } from './scripts.js';

/** Particles, legal forms and generic words: sharing one says nothing about identity. */
const STOP = new Set(
  ('al el ul ad ud ash as at bin ibn bint abu abd abdul umm bin van von der den de da di del la le los las du dos das the of and for ' +
    'co ltd llc inc corp corporation company limited sa s a de cv ag gmbh jsc ojsc cjsc pjsc ooo zao oao llp plc bv nv fze fzco ' +
    'trading international group holding holdings bank industries industrial services enterprise enterprises establishment organization ' +
    'general national islamic state republic foundation commercial investment development shipping').split(' '),
);

const tokensOf = (name: string) => normalise(name).split(' ').filter((t) => t.length >= 3 && !STOP.has(t));

/** Latin names are "related" when they share a distinctive, not common token (Jaro-Winkler >= 0.85): an alias
 *  that shares nothing with the name ("ABU ZUBAYDAH" / "AL-WAHAB, Abd Al-Hadi") cannot be found by
 *  names at all and is left out of the name-pair set (counted in the README). */
export function related(a: string, b: string, common: Set<string> = new Set()): boolean {
  const tb = tokensOf(b).filter((t) => !common.has(t));
  return tokensOf(a).some((x) => !common.has(x) && tb.some((y) => jaroWinkler(x, y) >= 0.85));
}

/**
 * Name parts carried by more than 0.5% of a list's entities ("mohammad", "ali", "abdul"): sharing
 * one does not make an alias a spelling of the name ("Gul Mohammad Kamran" is not a variant of
 * "MOHAMMAD NAIM BARICH KHUDAIDAD", though OFAC lists both for one man).
 */
export function commonTokens(entities: Entity[]): Set<string> {
  const df = new Map<string, number>();
  for (const e of entities) for (const t of new Set(allNames(e).flatMap(tokensOf))) df.set(t, (df.get(t) ?? 0) + 1);
  const limit = Math.max(5, entities.length * 0.005);
  return new Set([...df].filter(([, n]) => n > limit).map(([t]) => t));
}

const isAcronym = (s: string) => !/\s/.test(s.trim()) && s.replace(/[^A-Za-z]/g, '').length <= 5;

const LISTED = ['birthDate', 'nationality', 'gender', 'imoNumber', 'flag'];
/** What the list says about the candidate, beyond its name. */
function listed(e: Entity): Record<string, string[] | undefined> {
  return Object.fromEntries(LISTED.map((k) => [k, e.properties[k]]));
}
/** The query's own evidence (first value of each), in 30% of pairs. */
function queryEvidence(e: Entity, rng: Rng, always = false): Record<string, string[] | undefined> {
  if (!always && !rng.chance(0.3)) return {};
  return Object.fromEntries(LISTED.map((k) => [k, e.properties[k]?.slice(0, 1)]));
}

const primary = (e: Entity) => e.properties.name?.[0] ?? allNames(e)[0]!;

export interface Counts {
  [k: string]: number;
}

/** Positives: each entity's aliases and original-script names against its primary name. */
export function aliasPositives(entities: Entity[], file: string, perSchema: Record<string, number>, rng: Rng, counts: Counts): Pair[] {
  const bySchema = new Map<string, Pair[]>();
  const common = commonTokens(entities);
  for (const e of entities) {
    const main = primary(e);
    for (const prop of ['alias', 'previousName']) {
      for (const alias of e.properties[prop] ?? []) {
        if (normalise(alias) === normalise(main)) continue;
        const cross = scriptOf(alias) !== 'latin' || scriptOf(main) !== 'latin';
        if (!cross && isAcronym(alias)) { counts.excludedAcronyms = (counts.excludedAcronyms ?? 0) + 1; continue; }
        let kind = cross ? 'original-script' : prop === 'alias' ? 'alias' : 'former-name';
        const a = pe(e.schema, alias, queryEvidence(e, rng));
        const b = pe(e.schema, main, listed(e));
        if (!cross && !related(alias, main, common)) {
          // A renamed vessel is still found by its IMO number; other unrelated aliases are not name pairs.
          if (e.schema !== 'Vessel' || !e.properties.imoNumber) { counts.excludedUnrelatedAliases = (counts.excludedUnrelatedAliases ?? 0) + 1; continue; }
          kind = 'renamed-same-imo';
          a.properties.imoNumber = [...e.properties.imoNumber];
        }
        // Original-script names are all kept (there are few); Latin aliases are sampled per schema.
        const key = cross ? 'cross' : e.schema;
        const list = bySchema.get(key) ?? [];
        list.push(makePair(a, b, true, { source: `${file} ${e.provenance?.sourceId}`, kind, group: e.id }));
        bySchema.set(key, list);
      }
    }
  }
  return [...bySchema].flatMap(([key, pairs]) => (key === 'cross' ? pairs : rng.sample(pairs, perSchema[key] ?? 0)));
}

const sameName = (a: string, b: string) => normalise(a).split(' ').sort().join(' ') === normalise(b).split(' ').sort().join(' ');

/** Something on both sides that tells the two apart: contradicting birth dates or different IMO numbers. */
function evidenceAgainst(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  if (datesContradict(a.birthDate, b.birthDate)) return true;
  return !!a.imoNumber?.length && !!b.imoNumber?.length && !a.imoNumber.some((i) => b.imoNumber!.includes(i));
}

/**
 * A negative pair, or nothing when it would be unfair: two different records with the same name
 * and nothing on both sides to tell them apart ("NATIONAL LIBERATION ARMY" is two OFAC groups)
 * must be reviewed by any sensible matcher, so they are not "different" for a name matcher.
 */
function negative(x: Entity, y: Entity, file: string, kind: string, rng: Rng, both = false): Pair[] {
  // Mostly the primary name (the one that shares the part), sometimes one of its Latin aliases.
  const name = rng.chance(0.7) ? primary(x) : rng.pick(allNames(x).filter((n) => scriptOf(n) === 'latin').concat(primary(x)));
  const a = pe(x.schema, name, queryEvidence(x, rng, both));
  const b = pe(y.schema, primary(y), listed(y));
  if (allNames(y).some((n) => sameName(n, name)) && !evidenceAgainst(a.properties, b.properties)) return [];
  return [makePair(a, b, false, { source: `${file} ${x.provenance?.sourceId} / ${y.provenance?.sourceId}`, kind, group: [x.id, y.id].sort().join('|') })];
}

/** Person surname and first given name, from "SURNAME, Given Names" or "GIVEN ... SURNAME". */
function nameParts(e: Entity): { surname?: string; given?: string } {
  const n = primary(e);
  if (n.includes(',')) {
    const [s, g] = n.split(',');
    return { surname: tokensOf(s!).join(' ') || undefined, given: tokensOf(g ?? '')[0] };
  }
  const t = tokensOf(n);
  return t.length >= 2 ? { surname: t[t.length - 1], given: t[0] } : {};
}

function pairsSharing(entities: Entity[], key: (e: Entity) => string | undefined, n: number, rng: Rng): [Entity, Entity][] {
  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    const k = key(e);
    if (k) groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const multi = [...groups.values()].filter((g) => g.length >= 2);
  const out: [Entity, Entity][] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n * 5 && out.length < n && multi.length; i++) {
    const [x, y] = rng.sample(rng.pick(multi), 2) as [Entity, Entity];
    const key = [x.id, y.id].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([x, y]);
  }
  return out;
}

/** Birth dates that cannot be the same person's: different years (ranges compared by their ends). */
export function datesContradict(a: string[] = [], b: string[] = []): boolean {
  const years = (ds: string[]) => ds.flatMap((d) => d.replace(/[~?]/g, '').split('/').map((x) => Number(x.slice(0, 4))));
  const ya = years(a);
  const yb = years(b);
  if (!ya.length || !yb.length) return false;
  return Math.min(...ya) > Math.max(...yb) + 1 || Math.min(...yb) > Math.max(...ya) + 1;
}

/** Hard negatives among the entities of one list. */
export function listNegatives(entities: Entity[], file: string, n: Record<string, number>, rng: Rng): Pair[] {
  const out: Pair[] = [];
  const persons = entities.filter((e) => e.schema === 'Person');
  const orgs = entities.filter((e) => e.schema === 'Organization');
  for (const [x, y] of pairsSharing(persons, (e) => nameParts(e).surname, n.sameSurname ?? 0, rng)) out.push(...negative(x, y, file, 'same-surname', rng));
  for (const [x, y] of pairsSharing(persons, (e) => nameParts(e).given, n.sameGivenName ?? 0, rng)) out.push(...negative(x, y, file, 'same-given-name', rng));
  // Same name, contradicting birth dates: evidence on both sides, always.
  const namesakes = pairsSharing(persons.filter((e) => e.properties.birthDate), (e) => normalise(primary(e)).split(' ').sort().join(' '), 400, rng)
    .filter(([x, y]) => datesContradict(x.properties.birthDate, y.properties.birthDate));
  for (const [x, y] of namesakes.slice(0, n.sameNameOtherDob ?? 0)) out.push(...negative(x, y, file, 'same-name-other-dob', rng, true));
  // Exact namesakes are rare in one list; people sharing surname and first given name are not.
  const nearName = pairsSharing(persons.filter((e) => e.properties.birthDate), (e) => { const p = nameParts(e); return p.surname && p.given ? `${p.surname}|${p.given}` : undefined; }, 400, rng)
    .filter(([x, y]) => datesContradict(x.properties.birthDate, y.properties.birthDate));
  for (const [x, y] of nearName.slice(0, n.sameNameOtherDob ?? 0)) out.push(...negative(x, y, file, 'same-surname-and-given-other-dob', rng, true));
  for (const [x, y] of pairsSharing(orgs, (e) => rng.pick(tokensOf(primary(e)).concat([''])) || undefined, n.orgSharedWord ?? 0, rng)) out.push(...negative(x, y, file, 'org-shared-word', rng));
  // Across scripts: an entity's original-script name against the Latin name of its closest look-alike.
  const latinIndex = new BaselineIndex();
  entities.forEach((e) => latinIndex.add({ ...e, properties: { name: allNames(e).filter((x) => scriptOf(x) === 'latin') } }));
  for (const x of entities) {
    const original = allNames(x).find((x) => scriptOf(x) !== 'latin');
    if (!original || scriptOf(primary(x)) !== 'latin') continue;
    const hit = latinIndex.search({ ...x, properties: { name: [primary(x)] } }, { limit: 5 }).find((h) => h.entity.id !== x.id && h.entity.schema === x.schema);
    if (!hit) continue;
    const a = pe(x.schema, original, queryEvidence(x, rng));
    const b = pe(hit.entity.schema, primary(hit.entity), listed(hit.entity));
    // The same rule as negative(): a look-alike that bears the entity's own Latin name, with nothing
    // to tell them apart, is the same person listed twice (UN lists some under two regimes).
    if (allNames(hit.entity).some((n) => sameName(n, primary(x))) && !evidenceAgainst(a.properties, b.properties)) continue;
    out.push(makePair(a, b, false, {
      source: `${file} ${x.provenance?.sourceId} / ${hit.entity.provenance?.sourceId}`, kind: 'original-script-other-entity', group: [x.id, hit.entity.id].sort().join('|'),
    }));
  }
  // Look-alikes: each sampled entity against the most similar other entity of its schema.
  for (const [schema, count] of [['Person', n.similarPerson ?? 0], ['Organization', n.similarOrg ?? 0], ['Vessel', n.similarVessel ?? 0]] as const) {
    const pool = entities.filter((e) => e.schema === schema);
    const index = new BaselineIndex();
    pool.forEach((e) => index.add(e));
    let made = 0;
    for (const x of rng.sample(pool, count * 4)) {
      if (made >= count) break;
      const q = { ...x, properties: { name: [primary(x)] } };
      const hit = index.search(q, { limit: 5 }).find((h) => h.entity.id !== x.id && !(x.properties.imoNumber?.some((i) => h.entity.properties.imoNumber?.includes(i))));
      if (!hit || nameSimilarity(primary(x), primary(hit.entity)) < 0.8) continue;
      const pair = negative(x, hit.entity, file, 'similar-name', rng);
      out.push(...pair);
      made += pair.length;
    }
  }
  return out;
}

/** Renamed vessels: consecutive names of one IMO number (positives, IMO on both sides). */
export function renamedVesselPositives(history: Map<string, string[]>, n: number, rng: Rng): Pair[] {
  const out: Pair[] = [];
  for (const [imo, names] of history) {
    for (let i = 1; i < names.length; i++) {
      out.push(makePair(pe('Vessel', names[i - 1]!, { imoNumber: [imo] }), pe('Vessel', names[i]!, { imoNumber: [imo] }), true, {
        source: `vessels/ftm_shadowfleet_vessel_names.csv IMO ${imo}`, kind: 'renamed-same-imo', group: `imo:${imo}`,
      }));
    }
  }
  return rng.sample(out, n);
}

/** Vessels of the same name with different IMO numbers, both shown. */
export function vesselNameNegatives(vessels: Entity[], history: Map<string, string[]>, n: number, rng: Rng): Pair[] {
  const byName = new Map<string, Set<string>>();
  const note = (name: string, imo: string) => {
    const k = normalise(name);
    byName.set(k, (byName.get(k) ?? new Set()).add(`${imo}\t${name}`));
  };
  for (const v of vessels) for (const imo of v.properties.imoNumber ?? []) note(primary(v), imo);
  for (const [imo, names] of history) for (const name of names) note(name, imo);
  const out: Pair[] = [];
  for (const set of byName.values()) {
    const byImo = new Map([...set].map((s) => s.split('\t') as [string, string]));
    if (byImo.size < 2) continue;
    const [[i1, n1], [i2, n2]] = rng.sample([...byImo], 2) as [[string, string], [string, string]];
    // The IMO numbers on both sides are what tells them apart: without them, a review is right.
    out.push(makePair(pe('Vessel', n1, { imoNumber: [i1] }), pe('Vessel', n2, { imoNumber: [i2] }), false, {
      source: 'vessels/ofac_sdn_vessels_2026-03-22.json + ftm_shadowfleet_vessel_names.csv', kind: 'same-name-other-imo', group: `imo:${[i1, i2].sort().join('|')}`,
    }));
  }
  return rng.sample(out, n);
}

/** All name pairs within each FtM entity (many scripts), and pairs across its different persons. */
export function ftmPairs(entities: Entity[], file: string, rng: Rng): Pair[] {
  const out: Pair[] = [];
  for (const e of entities) {
    const names = allNames(e);
    const pairs: Pair[] = [];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        if (normalise(names[i]!) === normalise(names[j]!)) continue;
        pairs.push(makePair(pe(e.schema, names[i]!, queryEvidence(e, rng)), pe(e.schema, names[j]!, listed(e)), true, { source: `${file} ${e.id}`, kind: 'multi-script', group: e.id }));
      }
    }
    out.push(...rng.sample(pairs, 12));
  }
  const pos = out.length;
  // Persons only: the cluster's companies include split records of one company, not safe negatives.
  for (const schema of ['Person']) {
    const pool = entities.filter((e) => e.schema === schema);
    for (let i = 0; i < pool.length; i++) for (let j = 0; j < pool.length; j++) {
      if (i === j || !rng.chance(0.5)) continue;
      const [x, y] = [pool[i]!, pool[j]!];
      const a = pe(x.schema, rng.pick(allNames(x)), queryEvidence(x, rng));
      const b = pe(y.schema, rng.pick(allNames(y)), listed(y));
      out.push(makePair(a, b, false, { source: `${file} ${x.id} / ${y.id}`, kind: 'different-entity', group: [x.id, y.id].sort().join('|') }));
    }
  }
  return out.slice(0, pos).concat(rng.sample(out.slice(pos), pos));
}
