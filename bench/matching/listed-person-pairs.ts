/**
 * Two proxies for the persons rules on names nobody labelled, from UN + OFAC (Latin names):
 * - alias pairs: every two names one listed person is given (up to 8 names each), and how many
 *   reach review; a rule that separates relatives should not separate these;
 * - namesake pairs: the first names of two different listed persons sharing a word of four
 *   letters or more (neither listed under a name of the other, birth dates not equal), and how
 *   many reach review; a rule that joins spellings should not join these.
 * Neither is a quality figure (aliases are often other names, namesakes sometimes the same
 * person listed twice): compare them before and after a change.
 *   npx tsx bench/matching/listed-person-pairs.ts [alias-misses.txt] [namesake-hits.txt]
 */
import fs from 'node:fs';
import { nameSimilarity } from '../../src/matching/names.js';
import { personNameValues } from '../../src/matching/person-name-values.js';
import { prepareName } from '../../src/matching/prepare.js';
import { allNames, readOfacSet, readUn } from './lists.js';

const REVIEW = 0.62;
const LATIN = /^[\p{Script=Latin}\p{P}\s\d]+$/u;
const persons = [...readUn(), ...readOfacSet()].filter((e) => e.schema === 'Person');
const score = (a: string, b: string) => nameSimilarity(prepareName(a, 'person'), prepareName(b, 'person'), false).score;

let aliasPairs = 0, aliasAtReview = 0;
const misses: string[] = [];
for (const e of persons) {
  const names = [...new Set(allNames(e).flatMap((v) => personNameValues(v)))].filter((x) => LATIN.test(x)).slice(0, 8);
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
    const s = score(names[i]!, names[j]!);
    aliasPairs++;
    if (s >= REVIEW) aliasAtReview++; else misses.push(`${s.toFixed(3)} ${names[i]} | ${names[j]}`);
  }
}

const first = persons.map((e) => allNames(e)[0] ?? '');
const dob = persons.map((e) => String((e.properties as Record<string, unknown[]>).birthDate?.[0] ?? ''));
const byWord = new Map<string, number[]>();
first.forEach((n, i) => {
  for (const w of new Set(n.toLowerCase().split(/[^a-z]+/).filter((x) => x.length >= 4))) byWord.set(w, [...(byWord.get(w) ?? []), i]);
});
let namesakePairs = 0, namesakesAtReview = 0;
const hits: string[] = [];
const seen = new Set<string>();
for (const list of byWord.values()) {
  if (list.length > 30) continue; // a very common word pairs everyone with everyone
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
    const i = list[a]!, j = list[b]!, key = `${Math.min(i, j)},${Math.max(i, j)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (dob[i] && dob[i] === dob[j]) continue;
    const ni = allNames(persons[i]!).map((x) => x.toLowerCase()), nj = allNames(persons[j]!).map((x) => x.toLowerCase());
    if (ni.some((x) => nj.includes(x))) continue;
    const s = score(first[i]!, first[j]!);
    namesakePairs++;
    if (s >= REVIEW) { namesakesAtReview++; hits.push(`${s.toFixed(3)} ${first[i]} | ${first[j]}`); }
  }
}
console.log(`alias pairs at review: ${aliasAtReview} of ${aliasPairs}; namesake pairs at review: ${namesakesAtReview} of ${namesakePairs}`);
if (process.argv[2]) fs.writeFileSync(process.argv[2], misses.sort().join('\n'));
if (process.argv[3]) fs.writeFileSync(process.argv[3], hits.sort().join('\n'));
