import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { compare } from './compare.js';
import { countryCode } from './countries.js';
import { bestDateEvidence, compareDates, parseDate } from './dates.js';
import { compareIdentifiers, imoNumber } from './identifiers.js';
import { matchPairLine } from './pairs.js';
import { consonantSimilarity, nameKey } from './phonetic.js';
import { prepareName } from './prepare.js';
import { tokenize } from './text.js';
import { areVariants } from './variants.js';

test('romanisations of one name share a name key; different names do not', () => {
  for (const group of [['mohammed', 'muhammad', 'mohamed', 'mukhammad'], ['yevgeny', 'evgeniy', 'jewgeni'], ['tsvetkov', 'zwetkow']]) {
    assert.equal(new Set(group.map(nameKey)).size, 1, group.join('/'));
  }
  assert.notEqual(nameKey('john'), nameKey('jane'));
});

test('Arabic and Hebrew are read into consonants that meet their Latin spellings', () => {
  const [mhmd] = tokenize('محمد');
  assert.equal(mhmd!.abjad, 'mhmd');
  assert.deepEqual(tokenize('عبد الرحمن').map((t) => t.text), ['bd', 'al', 'rhmn']);
  assert.ok(consonantSimilarity(tokenize('أسامة')[0]!.abjad!, 'sm') === 1);
  assert.ok(consonantSimilarity('brnk', 'brng') > 0.9, 'g and k are one sound class');
});

test('nicknames from the shared data are variants of their formal names', () => {
  const csv = fs.readFileSync(new URL('../../../shared/data/names/carltonnorthern_nicknames.csv', import.meta.url), 'utf8').split(/\r?\n/).slice(1, 400);
  let ok = 0, n = 0;
  for (const line of csv) {
    const [a, , b] = line.split(',');
    if (!a || !b || b.length < 3) continue;
    n++;
    if (areVariants(a, b)) ok++;
  }
  assert.equal(ok, n);
});

test('legal forms are recognised and folded, generic words weigh little', () => {
  const n = prepareName('Obshchestvo s Ogranichennoy Otvetstvennostyu "Inter Tobacco"', 'org');
  assert.equal(n.legalForm, 'llc');
  const bank = prepareName('Golden Trading Bank', 'org');
  assert.ok(bank.tokens.find((t) => t.text === 'trading')!.weight < 0.5);
});

test('dates of birth in every published shape, for and against', () => {
  assert.deepEqual(parseDate('1960/1965'), { from: 1960, to: 1965, month: undefined, day: undefined, approximate: false, original: '1960/1965' });
  assert.equal(parseDate('1965~')!.approximate, true);
  assert.equal(parseDate('12.03.1970')!.month, 3);
  const d = (a: string, b: string) => compareDates(parseDate(a)!, parseDate(b)!).weight;
  assert.ok(d('1970-03-12', '1970-03-12') > d('1970-03-12', '1970'));
  assert.ok(d('1970-03-12', '1970-12-03') > 0, 'day and month swapped');
  assert.ok(d('1963', '1960/1965') > 0 && d('1967', '1965~') > 0);
  assert.ok(d('1950', '1985') < -0.3);
  // Two full dates years apart are two people; a year against a full date may be a rounded year.
  assert.ok(d('1968-08-07', '1966-01-28') < -0.38 && d('1968', '1966-01-28') > -0.3);
});

test('the best date evidence is the first pair of the highest weight, worded as compareDates words it', () => {
  // bestDateEvidence weighs the pairs without wording them, then words the best: the same as
  // wording every pair and keeping the first of the highest weight.
  const shapes = ['1970', '1970-03-12', '1970-12-03', '1971', '1968-08-07', '1966/1972', '1969~', '12.03.1970', '1970-03', '1970-04', '1985', 'unknown'];
  let seed = 7;
  const pick = () => shapes[(seed = (seed * 1103515245 + 12345) % 2147483648) % shapes.length]!;
  for (let n = 0; n < 400; n++) {
    const qs = Array.from({ length: 1 + (n % 2) }, pick), cs = Array.from({ length: 1 + (n % 4) }, pick);
    let expected: ReturnType<typeof compareDates> | undefined;
    for (const q of qs.map(parseDate)) for (const c of cs.map(parseDate)) {
      if (!q || !c) continue;
      const e = compareDates(q, c);
      if (!expected || e.weight > expected.weight) expected = e;
    }
    assert.deepEqual(bestDateEvidence(qs, cs), expected, `${qs} / ${cs}`);
  }
});

test('IMO numbers are read with their check digit; a different IMO is evidence against', () => {
  assert.equal(imoNumber('IMO 9187629'), '9187629');
  assert.equal(imoNumber('9187620'), undefined);
  const [same] = compareIdentifiers({ imoNumber: ['IMO 9187629'] }, { imoNumber: ['9187629'] });
  const [diff] = compareIdentifiers({ imoNumber: ['9187629'] }, { imoNumber: ['9305609'] });
  assert.ok(same!.weight > 0.5 && diff!.weight < -0.3);
  const [doc] = compareIdentifiers({ passportNumber: ['A-123 456'] }, { idNumber: ['a123456'] });
  assert.ok(doc!.same);
});

test('FtM codes a subject has only one of (LEI, Wikidata item) count for and against; contact details only for', () => {
  const [lei] = compareIdentifiers({ leiCode: ['5493 00KJ TII3 3BTXC 818'] }, { leiCode: ['549300KJTII33BTXC818'] });
  assert.ok(lei!.same && lei!.weight > 0.3);
  const [wd] = compareIdentifiers({ wikidataId: ['Q7747'] }, { wikidataId: ['Q1058'] });
  assert.ok(!wd!.same && wd!.weight <= -0.3);
  const [site] = compareIdentifiers({ website: ['https://www.example.ru/'] }, { website: ['example.ru'] });
  assert.ok(site!.same && site!.weight > 0);
  assert.equal(compareIdentifiers({ email: ['a@example.ru'] }, { email: ['b@example.ru'] }).length, 0, 'another address says nothing');
  // Malformed values are not compared at all.
  assert.equal(compareIdentifiers({ leiCode: ['123'] }, { leiCode: ['549300KJTII33BTXC818'] }).length, 0);
});

test("between vehicles a registration (tail) number or serial number names one machine; a company's registration number weighs less", () => {
  const [tail] = compareIdentifiers({ registrationNumber: ['EP-MNA'] }, { registrationNumber: ['EPMNA'] }, true);
  const [firm] = compareIdentifiers({ registrationNumber: ['EP-MNA'] }, { registrationNumber: ['EPMNA'] });
  assert.ok(tail!.same && firm!.same && tail!.weight >= 0.7 && firm!.weight < tail!.weight);
  // Two aircraft of one model (listed by the model's name) with other serial numbers are two aircraft.
  const pair = (msn: string) => ({ id: msn, schema: 'Airplane', properties: { name: ['BOEING 747-2J9F'], serialNumber: [msn] } });
  assert.equal(compare(pair('21507'), pair('21486')).band, 'none');
  assert.equal(compare(pair('21507'), pair('21507')).band, 'block');
  // Re-registered abroad: another tail number says less against than another serial number.
  const [reg] = compareIdentifiers({ registrationNumber: ['EP-ABC'] }, { registrationNumber: ['UP-ABC'] }, true);
  const [msn] = compareIdentifiers({ serialNumber: ['21507'] }, { serialNumber: ['21486'] }, true);
  assert.ok(reg!.weight < 0 && msn!.weight < reg!.weight);
});

test("a company's registration numbers of one form that differ are two companies; numbers of other forms are other kinds of number", () => {
  // Two 10-digit numbers (two INNs): strong evidence against.
  const [inn] = compareIdentifiers({ registrationNumber: ['7701234567'] }, { registrationNumber: ['5009876543'] });
  assert.ok(!inn!.same && inn!.sameForm && inn!.weight <= -0.3);
  // A 10-digit INN against a 13-digit OGRN of the same company says little.
  const [kinds] = compareIdentifiers({ registrationNumber: ['7701234567'] }, { registrationNumber: ['1027700132195'] });
  assert.ok(!kinds!.same && !kinds!.sameForm && kinds!.weight > -0.1);
  const firm = (name: string, reg: string) => ({ id: reg, schema: 'Organization', properties: { name: [name], registrationNumber: [reg] } });
  const r = compare(firm('Argument LLC', '7701234567'), firm('ARGUMENT JSC', '5009876543'));
  assert.equal(r.band, 'none');
  assert.match(r.explanation.map((e) => e.text).join(' '), /Different registration number of the same kind/);
});

test('countries as codes, alpha-3 and names', () => {
  assert.equal(countryCode('IRN'), 'ir');
  assert.equal(countryCode('Iran'), 'ir');
  assert.equal(countryCode('kp'), 'kp');
  assert.equal(countryCode('Russian Federation'), 'ru');
});

test('match --pairs lines: odd entities are scored, bad lines become numbered errors', () => {
  const ok = matchPairLine('{"a":{"schema":"Person","properties":{"name":"Vladimir Putin"}},"b":{"schema":"Alien","properties":{"name":["PUTIN, Vladimir"],"birthDate":[1952]}}}', 1);
  assert.ok(ok.score! > 0.8 && ok.band !== 'none');
  assert.match(matchPairLine('{"a":', 7).error!, /^line 7: not valid JSON/);
  assert.match(matchPairLine('{"a":[],"b":{}}', 8).error!, /^line 8: "a" is not an entity object/);
  const empty = matchPairLine('{"a":{"schema":"Person","properties":{"name":[""]}},"b":{}}', 9);
  assert.equal(empty.band, 'none');
});
