/**
 * Builds data/model.json from the 80% tuning side of the transliteration sets:
 * `node --import tsx src/matching/romanize/build-model.ts`. The letter-model weight of each
 * script is chosen on a slice of the 80% (learned on the rest), never on the held-out 20%.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetPath, isHeldOut, LANGUAGES, readPairs, type TranslitPair } from './dataset.js';
import { recall } from './evaluate.js';
import { learnTable } from './learn.js';
import { countTrigrams, decode, LetterModel, type ModelData } from './model.js';
import { toAscii } from '../text.js';
import type { RomanScript } from './units.js';

const MAX_CHUNK: Record<RomanScript, number> = { han: 5, hangul: 5, arabic: 4, hebrew: 4, cyrillic: 4 };
const WEIGHTS = [0, 0.25, 0.5, 0.75, 1];

/** A second fixed cut inside the 80%: one eighth for choosing the letter-model weight. */
function isTuning(latin: string): boolean {
  let h = 7;
  for (let i = 0; i < latin.length; i++) h = (Math.imul(h, 31) + latin.charCodeAt(i)) >>> 0;
  return h % 8 === 0;
}

const scripts = Object.keys(LANGUAGES) as RomanScript[];
const train = new Map<RomanScript, TranslitPair[]>();
for (const s of scripts) train.set(s, readPairs(datasetPath(s)).filter((p) => !isHeldOut(p.latin)));

const lmNames = (keep: (p: TranslitPair) => boolean): [string, number][] =>
  [...train.values()].flat().filter(keep).map((p) => [p.latin, 1 + Math.log(p.count)] as [string, number]);

const data: ModelData = {
  source: 'coling2018_wd_*_20.tsv (Wikidata, CC0), 80% side of the fixed split; built by build-model.ts',
  scripts: {},
  trigrams: countTrigrams(lmNames(() => true)),
};
const tuneLm = new LetterModel(countTrigrams(lmNames((p) => !isTuning(p.latin))));
for (const s of scripts) {
  const pairs = train.get(s)!;
  const fit = pairs.filter((p) => !isTuning(p.latin));
  const tune = pairs.filter((p) => isTuning(p.latin));
  const t0 = Date.now();
  const table = learnTable(fit, MAX_CHUNK[s]);
  let best = { w: 0.5, at5: -1, at1: -1 };
  for (const w of WEIGHTS) {
    table.lmWeight = w;
    const r = recall(tune, (p) => decode(p.units, table, tuneLm, (u) => toAscii(u)).map((h) => h.text));
    console.log(`${s} weight ${w}: recall@1 ${r.at1} @5 ${r.at5} (${r.pairs} tuning pairs)`);
    if (r.at1 + r.at5 > best.at1 + best.at5) best = { w, at1: r.at1, at5: r.at5 };
  }
  data.scripts[s] = learnTable(pairs, MAX_CHUNK[s], best.w);
  console.log(`${s}: weight ${best.w}, ${pairs.length} pairs, ${Date.now() - t0} ms`);
}
const out = fileURLToPath(new URL('./data/model.json', import.meta.url));
fs.writeFileSync(out, JSON.stringify(data));
console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
