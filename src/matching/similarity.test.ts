import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editSimilarity, editSimilarityAtLeast, levenshtein, tokenForms, tokenSimilarity } from './similarity.js';

test('editSimilarityAtLeast is editSimilarity from its floor up, and below the floor otherwise', () => {
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const word = () => Array.from({ length: Math.floor(rnd() * 14) }, () => 'abcdeio'[Math.floor(rnd() * 7)]).join('');
  for (let k = 0; k < 20_000; k++) {
    const a = word(), b = rnd() < 0.5 ? word() : a.slice(0, Math.floor(rnd() * a.length)) + word().slice(0, 2);
    const floor = rnd();
    const exact = editSimilarity(a, b), bounded = editSimilarityAtLeast(a, b, floor);
    if (exact >= floor) assert.equal(bounded, exact, `${a} / ${b} at ${floor}`);
    else assert.ok(bounded < floor, `${a} / ${b} at ${floor}: ${bounded}`);
  }
});

/** The edit table itself, as the reference. */
function tableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

test('levenshtein (bit-parallel up to 32 letters) equals the edit table', () => {
  let s = 11;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const letters = 'abcdeiouyзжعبد金';
  const word = (max: number) => Array.from({ length: Math.floor(rnd() * max) }, () => letters[Math.floor(rnd() * letters.length)]).join('');
  for (let k = 0; k < 20_000; k++) {
    const max = k % 10 === 0 ? 45 : 14;
    const a = word(max), b = rnd() < 0.5 ? word(max) : a.slice(0, Math.floor(rnd() * a.length)) + word(4) + a.slice(Math.floor(rnd() * a.length));
    assert.equal(levenshtein(a, b), tableDistance(a, b), `${a} / ${b}`);
  }
});

test('tokenSimilarityAtLeast is tokenSimilarity from its floor up, and below the floor otherwise', async () => {
  const { cachedForms, tokenSimilarity, tokenSimilarityAtLeast } = await import('./similarity.js');
  const { NICKNAME_GROUPS } = await import('./data/given-names.js');
  let s = 5;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const names = [...new Set(NICKNAME_GROUPS.join(' ').split(' '))];
  const extra = ['mohammed', 'muhammad', 'elmasri', 'masri', 'alhussein', 'hussein', 'yaqubi', 'yaghoubi', 'halavanau', 'golovanov', 'hryhoryavich', 'grigoryevich', 'sviatlana', 'svetlana', 'baseer', 'basir', 'ulhaq', 'haq', 'ghasem', 'qasem', 'abdelrazaq', 'abdelrazak'];
  const pool = [...extra, ...names];
  const slip = (w: string) => { const i = Math.floor(rnd() * w.length); return w.slice(0, i) + 'aeioulnrst'[Math.floor(rnd() * 10)] + w.slice(i + (rnd() < 0.5 ? 1 : 0)); };
  for (let k = 0; k < 40_000; k++) {
    const x = pool[k < extra.length * extra.length ? k % extra.length : Math.floor(rnd() * pool.length)]!;
    const y0 = k < extra.length * extra.length ? extra[Math.floor(k / extra.length)]! : pool[Math.floor(rnd() * pool.length)]!;
    const y = rnd() < 0.3 ? slip(x) : y0;
    const a = cachedForms(x, k % 7 === 3 ? 'cyrillic' : 'latin'), b = cachedForms(y, k % 11 === 5 ? 'greek' : 'latin');
    const floor = k % 2 ? 0.5 : 0.8;
    const exact = tokenSimilarity(a, b), bounded = tokenSimilarityAtLeast(a, b, floor);
    if (exact.sim >= floor) assert.deepEqual(bounded, exact, `${x} / ${y} at ${floor}`);
    else assert.ok(bounded.sim < floor, `${x} / ${y} at ${floor}: ${bounded.sim}`);
  }
});

test('tokenSimilarityAtLeast across scripts (Arabic, Hebrew, kana against Latin and each other) is tokenSimilarity from its floor up', async () => {
  const { tokenSimilarity, tokenSimilarityAtLeast } = await import('./similarity.js');
  const { prepareName } = await import('./prepare.js');
  const names = ['محمد عبد الرحمن الصبار', 'حسين حسن حمزة فريدة', 'عصبة الأنصار', 'أحمد شاه مسعود', 'عثمان إبراهيم خالد', 'משה כהן אברהם', 'יוסף לוי', 'サトウ タロウ', 'ヤマダ ハナコ',
    'Muhammad Abdurrahman Essabar', 'Husayn Hasan Hamza Farida', 'Asbat al-Ansar', 'Ahmad Shah Massoud', 'Uthman Ibrahim Khalid', 'Moshe Cohen Avraham', 'Yosef Levi', 'Sato Taro', 'Yamada Hanako',
    'Christos Virchow', 'Elmasri Alhussein', 'Zahid Gaddafi', 'Ali Sam Mahmud', 'Abdallah Djamel Kamal'];
  const tokens = names.flatMap((n) => prepareName(n, 'person').tokens);
  for (const a of tokens) for (const b of tokens) {
    if (a.script === 'latin' && b.script === 'latin') continue;
    for (const floor of [0.5, 0.8, 0.9]) {
      const exact = tokenSimilarity(a, b), bounded = tokenSimilarityAtLeast(a, b, floor);
      if (exact.sim >= floor) assert.deepEqual(bounded, exact, `${a.text} / ${b.text} at ${floor}`);
      else assert.ok(bounded.sim < floor, `${a.text} / ${b.text} at ${floor}: ${bounded.sim}`);
    }
  }
});

test('tokenSimilarityAtLeast of Han and Hangul transcriptions and of Latin words with glued articles, gh, q, kh is tokenSimilarity from its floor up', async () => {
  const { cachedForms, tokenSimilarity, tokenSimilarityAtLeast } = await import('./similarity.js');
  const { prepareName } = await import('./prepare.js');
  // Foreign names written in Han and Hangul (not native Chinese or Korean names: bounded by
  // mayReachTranscribed), and Latin words the glued-article, gh/q and Arabic-letter rules compare.
  const names = ['奥萨马·本·拉登', '乔治·布什', '奥斯卡·福特', '朝鲜光鲜银行', '오사마 빈 라덴', '스미스 존', '포드 조지', '조선광선은행'];
  const latin = ['osama', 'usama', 'bin', 'laden', 'ladin', 'george', 'bush', 'oscar', 'ford', 'smith', 'john', 'guangxian', 'gwangseon', 'kwangson',
    'elmasri', 'masri', 'almasry', 'alhussein', 'hussein', 'ulhaq', 'haq', 'yaqubi', 'yaghoubi', 'ghasem', 'qasem', 'gasem', 'qadhafi', 'gaddafi',
    'mukhlis', 'moklis', 'khalid', 'kalid', 'aulaqi', 'awlaki', 'tawfiq', 'taufiq', 'xasan', 'hasan', 'cabdi', 'abdi'];
  const tokens = [...names.flatMap((n) => prepareName(n, n.includes('银行') || n.includes('은행') ? 'org' : 'person').tokens), ...latin.map((w) => cachedForms(w, 'latin'))];
  for (const a of tokens) for (const b of tokens) {
    for (const floor of [0.5, 0.8, 0.9]) {
      // (The bound first: the exact similarity, asked first, would be remembered and answer for it.)
      const bounded = tokenSimilarityAtLeast(a, b, floor), exact = tokenSimilarity(a, b);
      if (exact.sim >= floor) assert.deepEqual(bounded, exact, `${a.text} / ${b.text} at ${floor}`);
      else assert.ok(bounded.sim < floor, `${a.text} / ${b.text} at ${floor}: ${bounded.sim}`);
    }
  }
});

test('a phonetic key of one consonant is not enough: Saee is not Sheikh or Chuy; Isa / Eesa and Wari / Varee still sound alike', () => {
  const sim = (a: string, b: string) => tokenSimilarity(tokenForms(a, 'latin'), tokenForms(b, 'latin')).sim;
  assert.ok(sim('saee', 'sheikh') < 0.6);
  assert.ok(sim('saee', 'chuy') < 0.6);
  assert.ok(sim('wari', 'varee') >= 0.85);
  assert.ok(sim('shai', 'shay') >= 0.85);
});
