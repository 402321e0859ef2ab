import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { prepareName } from './prepare.js';
import { tokenSimilarity } from './similarity.js';

/**
 * The Wikidata transliteration sets (CC0, ../shared/data/names/transliteration): a Latin name
 * word and the same word in another script. We measure how often our word comparison finds them
 * alike (≥ 0.6, the level at which the name alignment counts a cross-script pair), on a fixed
 * sample per script, against unrelated words of the same set.
 */
const SETS: [string, number][] = [['russian', 0.9], ['arabic', 0.75], ['hebrew', 0.75], ['korean', 0.7], ['chinese', 0.75]];

for (const [script, floor] of SETS) {
  test(`${script} name words match their Latin forms (recall ≥ ${floor}) and rarely unrelated ones`, () => {
    const file = new URL(`../../../shared/data/names/transliteration/coling2018_wd_${script}_20.tsv`, import.meta.url);
    const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 400).map((l) => l.split('\t'));
    let hit = 0, falseHit = 0;
    rows.forEach(([latin, other], i) => {
      const a = prepareName(latin!, 'person').tokens[0]!;
      // As one word of a longer name (a lone Han or Hangul word would be read as a native name).
      const word = (s: string) => prepareName(`${s.replace(/ /g, '')} ${s.replace(/ /g, '')}`, 'person').tokens[0];
      const b = word(other!);
      const unrelated = word(rows[(i + 37) % rows.length]![1]!);
      if (b && tokenSimilarity(a, b).sim >= 0.6) hit++;
      if (unrelated && tokenSimilarity(a, unrelated).sim >= 0.75) falseHit++;
    });
    assert.ok(hit / rows.length >= floor, `${script}: recall ${hit / rows.length}`);
    assert.ok(falseHit / rows.length < 0.1, `${script}: unrelated pairs alike ${falseHit / rows.length}`);
  });
}

test('the long vowels and edges an abjad writes must be in the Latin spelling too', () => {
  const sim = (a: string, b: string) => tokenSimilarity(prepareName(a, 'person').tokens[0]!, prepareName(b, 'person').tokens[0]!).sim;
  assert.ok(sim('حسين', 'Hussein') >= 0.9);
  assert.ok(sim('حسين', 'Hasan') < 0.8); // حسن is Hasan; حسين Husayn
  assert.ok(sim('محمود', 'Mahmoud') >= 0.9);
  assert.ok(sim('حامد', 'Ahmadi') < 0.7); // Ahmadi would be written احمدي
  assert.ok(sim('בייסינגר', 'Basinger') >= 0.7); // two yod: the diphthong English writes "a"
});

test("a woman's final -a, a written ya's -i, a word's initial vowel and the Latin long vowels count too", () => {
  const sim = (a: string, b: string) => tokenSimilarity(prepareName(a, 'person').tokens[0]!, prepareName(b, 'person').tokens[0]!).sim;
  assert.ok(sim('حسنہ', 'Husna') >= 0.9);
  assert.ok(sim('حسنہ', 'Hasan') < 0.7); // the man's name
  assert.ok(sim('حسنہ', 'Hussein') < 0.6); // Hussein is written حسین
  assert.ok(sim('فريدة', 'Farida') >= 0.9);
  assert.ok(sim('عبدالی', 'Abdali') >= 0.9);
  assert.ok(sim('عبدالی', 'Abdullah') < 0.8);
  assert.ok(sim('فائز', 'Faiz') >= 0.8); // the hamza between the consonants writes the "ai"
  assert.ok(sim('عثمان', 'Osman') >= 0.9);
  assert.ok(sim('إبراهيم', 'Brahim') >= 0.75); // the Maghrebi spelling pays once
});

test('two abjad spellings agree on the long vowels and the final -a they write', () => {
  const sim = (a: string, b: string) => tokenSimilarity(prepareName(a, 'person').tokens[0]!, prepareName(b, 'person').tokens[0]!).sim;
  assert.ok(sim('حسن', 'حسين') < 0.8);
  assert.ok(sim('حسنہ', 'حسن') < 0.8);
  assert.ok(sim('فاطمه', 'فاطمة') >= 0.95);
  assert.ok(sim('حسين', 'حسین') >= 0.95);
});

test("Arabic تش is the ch of foreign names, which Latin writes ch or c (ć, č)", () => {
  const word = (s: string) => prepareName(s, 'person').tokens[0]!;
  for (const [a, b] of [['تشارلز', 'Charles'], ['ميتشل', 'Mitchell'], ['تشيهارا', 'Chihara'], ['مودريتش', 'Modric'], ['ملاديتش', 'Mladic']]) {
    assert.ok(tokenSimilarity(word(a!), word(b!)).sim >= 0.7, `${a} / ${b}: ${tokenSimilarity(word(a!), word(b!)).sim}`);
  }
  // ش and ت in the other order, or apart, are still sh and t.
  assert.ok(tokenSimilarity(word('مشتاق'), word('Mushtaq')).sim >= 0.9);
});

test('the w, j and x of German, Slavic and Spanish names are read as Arabic and Hebrew spell them', () => {
  const word = (s: string) => prepareName(s, 'person').tokens[0]!;
  for (const [a, b] of [['فيتمان', 'Wittmann'], ['يارومير', 'Jaromir'], ['أليخو', 'Alejo'], ['خيسكو', 'Xisco'], ['نايت', 'Knight']]) {
    assert.ok(tokenSimilarity(word(a!), word(b!)).sim >= 0.7, `${a} / ${b}: ${tokenSimilarity(word(a!), word(b!)).sim}`);
  }
  // Polish cz and sz: ch and sh (0.55 letter by letter).
  assert.ok(tokenSimilarity(word("קושצ'אק"), word('Kuszczak')).sim >= 0.6);
  // A Latin zh, sh, kh whose h is a letter of its own (أزهر Azhar, اسحاق Ishaq).
  assert.ok(tokenSimilarity(word('أزهر'), word('Azhar')).sim >= 0.7);
  assert.ok(tokenSimilarity(word('اسحاق'), word('Ishaq')).sim >= 0.7);
  // The Arabic j stays ج.
  assert.ok(tokenSimilarity(word('جمال'), word('Jamal')).sim >= 0.9);
});

test('an Arabic-script name is no Latin title its consonants spell (عمر Omar is not Mr)', () => {
  const roles = (n: string) => prepareName(n, 'person').tokens.map((t) => t.role);
  assert.deepEqual(roles('ملا عمر'), ['honorific', 'word']);
  assert.deepEqual(roles('حاجی محمد'), ['honorific', 'word']);
});
