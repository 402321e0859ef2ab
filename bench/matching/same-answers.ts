/**
 * Same answers before and after a speed change: runs a fixed set of 4,000 queries against UN +
 * OFAC SDN and writes every hit (id, score, band, matched name, explanation text) to a file, one
 * line per query. Diff two runs: an optimisation must leave the file identical.
 *   node --import tsx bench/matching/same-answers.ts /tmp/before.jsonl
 * Queries (fixed seed): listed names plain, with a typo in every word, with words reversed,
 * names written in their original script, listed names with a date of birth and nationality,
 * and ordinary people from faker locales with dates of birth and nationalities.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allFakers } from '@faker-js/faker';
import type { Entity } from '../../src/model/entity.js';
import { MatchIndex } from '../../src/matching/index.js';
import { Rng } from './rng.js';
import { readUnOfac, wordTypo } from './speed-inputs.js';

const out = process.argv[2] ?? 'bench/out/same-answers.jsonl';
const rng = new Rng(20261127);
const r = () => rng.next();
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const typo = (s: string) => wordTypo(s, r);

const listed = await readUnOfac();
const index = new MatchIndex();
index.addAll(listed);
index.compact();

const named = listed.filter((e) => e.properties.name?.length);
const namesOf = (e: Entity) => [...(e.properties.name ?? []), ...(e.properties.alias ?? [])];
const nonLatin = named.flatMap((e) => namesOf(e).filter((n) => /[^\u0000-\u024f\s\p{P}\d]/u.test(n)).map((n) => [e, n] as const));
const queries: Entity[] = [];
for (let i = 0; i < 2400; i++) {
  const e = pick(named);
  let name = pick(namesOf(e));
  const words = name.split(/\s+/);
  if (i % 4 === 0) name = words.map(typo).join(' ');
  else if (i % 4 === 1) name = [...words].reverse().join(' ');
  const q: Entity = { id: `l${i}`, schema: e.schema, properties: { name: [name] } };
  if (i % 4 === 3) {
    if (e.properties.birthDate?.length) q.properties.birthDate = [e.properties.birthDate[0]!];
    if (e.properties.nationality?.length) q.properties.nationality = [e.properties.nationality[0]!];
  }
  queries.push(q);
}
for (let i = 0; i < 400 && nonLatin.length; i++) {
  const [e, n] = pick(nonLatin);
  queries.push({ id: `x${i}`, schema: e.schema, properties: { name: [i % 2 ? typo(n) : n] } });
}
const LOCALES = [['en_US', 'US'], ['de', 'DE'], ['fr', 'FR'], ['es', 'ES'], ['it', 'IT'], ['ru', 'RU'], ['uk', 'UA'], ['ar', 'SY'], ['fa', 'IR'], ['tr', 'TR'], ['zh_CN', 'CN'], ['ko', 'KR'], ['ja', 'JP'], ['he', 'IL'], ['pl', 'PL'], ['pt_BR', 'BR'], ['vi', 'VN'], ['id_ID', 'ID'], ['hi', 'IN']].filter(([l]) => l! in allFakers);
for (let i = 0; i < 1200; i++) {
  const [locale, nat] = LOCALES[i % LOCALES.length]!;
  const f = allFakers[locale as keyof typeof allFakers];
  f.seed(1000 + i);
  const name = i % 5 === 0 ? `${f.person.firstName()} ${f.person.firstName()} ${f.person.lastName()}` : `${f.person.firstName()} ${f.person.lastName()}`;
  const props: Record<string, string[]> = { name: [name], birthDate: [`${1940 + Math.floor(r() * 65)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`] };
  if (i % 2) props.nationality = [nat!];
  queries.push({ id: `o${i}`, schema: 'Person', properties: props });
}

const lines: string[] = [];
const t0 = performance.now();
for (const q of queries) {
  const hits = index.search(q, { limit: 10 });
  lines.push(JSON.stringify({ q: q.id, name: q.properties.name![0], hits: hits.map((h) => [h.entity.id, h.score, h.band, h.matchedName, h.explanation.map((x) => `${x.weight} ${x.text}`)]) }));
}
const ms = performance.now() - t0;
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${queries.length} queries, ${lines.reduce((s, l) => s + (JSON.parse(l).hits.length as number), 0)} hits, ${Math.round(ms)} ms -> ${out}`);
