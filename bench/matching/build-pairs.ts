/**
 * Builds the labelled pairs in bench/data/matching/ from the shared data, reproducibly (seeded):
 *   npx tsx bench/matching/build-pairs.ts
 * Writes pairs-dev.jsonl (the engine is tuned on it) and pairs-test.jsonl (reported, not tuned
 * on), split by entity so that one listed entity's pairs stay on one side, and stats.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HARD_CASES } from './hard-cases.js';
import { aliasPositives, ftmPairs, listNegatives, renamedVesselPositives, vesselNameNegatives, type Counts } from './list-pairs.js';
import { DATA, readFtm, readOfacSet, readOfacVessels, readShadowfleetNames, readUn } from './lists.js';
import { makePair, pe, type Pair } from './pair.js';
import { hash32, Rng } from './rng.js';
import { transliterationPairs } from './transliteration-pairs.js';

export const PAIRS_DIR = path.resolve(process.cwd(), 'bench/data/matching');

function hardCasePairs(): Pair[] {
  return HARD_CASES.map(([schema, qa, cb, match, ea = {}, eb = {}, why], i) => {
    const arr = (o: Record<string, string | string[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
    return makePair(pe(schema, qa, arr(ea)), pe(schema, cb, arr(eb)), match, { source: 'bench/matching/hard-cases.ts', kind: 'hard-case', group: `hard:${i}`, note: why });
  });
}

export function buildPairs(): { pairs: Pair[]; counts: Counts } {
  const rng = new Rng(20260227);
  const counts: Counts = {};
  const ofac = readOfacSet();
  const un = readUn();
  const ofacFile = 'lists/ofac/set_2021-07';
  const unFile = 'lists/un/un_consolidated_2026-02-27.xml';
  const history = readShadowfleetNames();
  const pairs: Pair[] = [
    ...aliasPositives(ofac, ofacFile, { Person: 500, Organization: 350, Vessel: 60 }, rng, counts),
    ...listNegatives(ofac, ofacFile, { sameSurname: 200, sameGivenName: 150, sameNameOtherDob: 60, orgSharedWord: 150, similarPerson: 200, similarOrg: 200, similarVessel: 40 }, rng),
    ...aliasPositives(un, unFile, { Person: 600, Organization: 150 }, rng, counts),
    ...listNegatives(un, unFile, { sameSurname: 80, sameGivenName: 80, sameNameOtherDob: 20, orgSharedWord: 50, similarPerson: 100, similarOrg: 40 }, rng),
    ...renamedVesselPositives(history, 150, rng),
    ...vesselNameNegatives(readOfacVessels(), history, 150, rng),
    ...listNegatives(readOfacVessels(), 'vessels/ofac_sdn_vessels_2026-03-22.json', { similarVessel: 100 }, rng),
    ...['lists/ftm/yente_t1_eu_fsf.ftm.json', 'lists/ftm/yente_zala_sanctions_cluster.ftm.json'].flatMap((f) => ftmPairs(readFtm(path.join(DATA, f)), f, rng)),
    ...transliterationPairs(120, rng),
    ...hardCasePairs(),
  ];
  // The same two entities can be drawn twice (e.g. as a look-alike and as sharing a surname): keep one.
  const seen = new Set<string>();
  const unique = pairs.filter((p) => {
    const key = JSON.stringify([p.a, p.b]);
    return !seen.has(key) && seen.add(key);
  });
  counts.duplicatesDropped = pairs.length - unique.length;
  return { pairs: unique, counts };
}

/** dev or test, by a stable hash of the pair's group. */
export const splitOf = (p: Pair) => (hash32(p.group) % 2 === 0 ? 'dev' : 'test');

function tally(pairs: Pair[], key: (p: Pair) => string) {
  const t: Record<string, { pos: number; neg: number }> = {};
  for (const p of pairs) {
    const k = key(p);
    t[k] ??= { pos: 0, neg: 0 };
    t[k][p.match ? 'pos' : 'neg']++;
  }
  return t;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pairs, counts } = buildPairs();
  fs.mkdirSync(PAIRS_DIR, { recursive: true });
  for (const split of ['dev', 'test']) {
    const part = pairs.filter((p) => splitOf(p) === split);
    fs.writeFileSync(path.join(PAIRS_DIR, `pairs-${split}.jsonl`), part.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const stats = {
    total: pairs.length,
    bySplit: tally(pairs, splitOf),
    bySchema: tally(pairs, (p) => p.schema),
    byScript: tally(pairs, (p) => p.script),
    byKind: tally(pairs, (p) => p.kind),
    excluded: counts,
  };
  fs.writeFileSync(path.join(PAIRS_DIR, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  console.log(JSON.stringify(stats, null, 2));
}
