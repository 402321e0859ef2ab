import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parsePaxlst, parsePaxlstInterchange } from './parse.js';
import { buildPaxlst, type GenManifest } from './generate.js';
import { InputError } from '../../errors.js';

const DIR = new URL('../../../../shared/data/travel/paxlst/', import.meta.url);
const read = (f: string) => fs.readFileSync(new URL(f, DIR), 'utf8');
const TODAY = new Date('2026-11-27T00:00:00Z');

/** How many traveller NAD segments a file holds, counted independently of the parser. */
function nadCount(text: string, element: string, segment: string): number {
  return text.split(segment).filter((s) => new RegExp(`^\\s*NAD\\s*\\${element}(FL|FM)\\${element}`).test(s)).length;
}

test('paxlst reads every GTAS sample message into a manifest with legs and travellers', () => {
  const files = fs.readdirSync(DIR);
  assert.equal(files.length, 5);
  for (const f of files) {
    const text = read(f);
    const m = parsePaxlst(text, { file: f, today: TODAY });
    const element = f.endsWith('.edi') ? '*' : '+';
    const terminator = f.endsWith('.edi') ? '$' : "'";
    assert.equal(m.travellers.length, nadCount(text, element, terminator), f);
    assert.ok(m.legs.length >= 1, f);
    for (const t of m.travellers) {
      assert.ok(t.lastName, f);
      assert.ok(t.birthDate && /^\d{4}-\d\d-\d\d$/.test(t.birthDate), `${f}: ${t.birthDate}`);
      assert.ok(t.embarkation && t.debarkation, f);
    }
  }
});

test('paxlst reads the D:05B manifest with three legs, DOC and NAT', () => {
  const m = parsePaxlst(read('gtas_multiple_flight_leg_apis.txt'), { today: TODAY });
  assert.equal(m.version, 'D:05B');
  assert.deepEqual(m.legs.map((l) => `${l.flight} ${l.from}-${l.to}`), ['QQ877 MIA-IAD', 'QQ827 IAD-JFK', 'QQ827 JFK-CDG']);
  assert.equal(m.legs[2]!.departure, '2008-08-10T20:00');
  assert.equal(m.legs[2]!.arrival, '2008-08-11T06:30');
  assert.equal(m.flight, 'QQ827');
  assert.equal(m.transactionRef, 'BART34567890');
  const [todd, kristin] = m.travellers;
  assert.deepEqual([todd!.lastName, todd!.firstNames, todd!.sex, todd!.birthDate], ['BARRETT', 'TODD', 'male', '1968-02-23']);
  assert.equal(todd!.nationalityCountry, 'fr');
  assert.deepEqual(todd!.documents[0], { type: 'P', number: 'YY3478621G', expiryDate: '2008-12-30', issuingState: 'FRA', issuingCountry: 'fr' });
  assert.equal(todd!.reservationRef, 'GJIO3RT');
  assert.equal(kristin!.residenceCountry, 'es');
  assert.equal(kristin!.embarkation, 'MIA');
  assert.equal(kristin!.debarkation, 'CDG');
  // the file carries a date after its UNZ: loaded, and said
  assert.ok(m.warnings.some((w) => /after UNZ/.test(w.message)));
});

test('paxlst reads the two-leg D:05B message indented line by line', () => {
  const m = parsePaxlst(read('gtas_apisMessage.txt'), { today: TODAY });
  assert.deepEqual(m.legs.map((l) => `${l.flight} ${l.from}-${l.to}`), ['AA123 ATL-ORD', 'AA124 ORD-JFK']);
  assert.equal(m.travellers[1]!.embarkation, 'ORD');
  assert.deepEqual(m.travellers[0]!.references.map((r) => r.qualifier), ['AVF', 'ABO', 'AEA', 'CR']);
  assert.deepEqual(m.warnings, []);
});

test('paxlst reads non-default UNA separators and reports the wrong trailer counts as warnings', () => {
  const m = parsePaxlst(read('gtas_airline2.edi'), { today: TODAY });
  assert.equal(m.kind, 'passengers');
  assert.equal(m.airline, 'AMERICAN AIRLINES');
  assert.equal(m.travellers.length, 10);
  assert.equal(m.travellers[0]!.documents[0]!.number, '178556534');
  assert.ok(m.warnings.some((w) => w.tag === 'UNT' && w.element === '1' && /UNT counts 121 segments; the message has 111/.test(w.message)));
  assert.ok(m.warnings.some((w) => w.tag === 'UNT' && w.element === '2'));
  assert.ok(m.warnings.some((w) => /CNT declares 136/.test(w.message)));
});

test('paxlst reads a crew list (BGM 250) and a 260-passenger message on one line', () => {
  const crew = parsePaxlst(read('gtas_Test1.txt'), { today: TODAY });
  assert.equal(crew.kind, 'crew');
  assert.ok(crew.travellers.every((t) => t.role === 'crew'));
  assert.equal(crew.declaredCount, 8);
  assert.equal(crew.travellers[0]!.birthPlace, 'Hartford USA');
  const big = parsePaxlst(read('gtas_Test3.txt'), { today: TODAY });
  assert.equal(big.travellers.length, 260);
  assert.equal(big.reportingParty?.name, 'DELTA GLOBAL ASSISTANCE');
});

const SMALL: GenManifest = {
  carrier: 'AT',
  legs: [{ flight: 'AT100', from: 'MAD', to: 'PTY', departure: '2026-11-28T10:00', arrival: '2026-11-28T16:30' }],
  travellers: [
    { lastName: "O'NEIL", firstNames: 'ANA MARIA', sex: 'F', birthDate: '1980-02-03', nationality: 'IRL', documents: [{ type: 'P', number: 'PA1234567', expiryDate: '2031-05-06', issuingState: 'IRL' }], reservationRef: 'Q1W2E3' },
    { lastName: 'SMITH+JONES', firstNames: 'JOHN', sex: 'M', birthDate: '1975-12-31', nationality: 'GBD', residence: 'GBR' },
  ],
};

test('paxlst reads what the generator writes, escaping separators with the release character', () => {
  for (const separators of [undefined, { component: '*', element: '|', decimal: '.', release: '\\', segment: '~' }]) {
    for (const version of ['D:02B', 'D:05B'] as const) {
      const m = parsePaxlst(buildPaxlst(SMALL, { version, newlines: true, ...(separators ? { separators } : {}) }), { today: TODAY });
      assert.equal(m.version, version);
      assert.deepEqual(m.warnings, []);
      assert.equal(m.travellers[0]!.lastName, "O'NEIL");
      assert.equal(m.travellers[1]!.lastName, 'SMITH+JONES');
      assert.equal(m.travellers[1]!.nationalityCountry, 'gb');
      assert.equal(m.travellers[0]!.documents[0]!.expiryDate, '2031-05-06');
    }
  }
});

test('paxlst refuses a message cut off before UNT, naming the segment', () => {
  const text = buildPaxlst(SMALL);
  const cut = text.slice(0, text.indexOf('CNT'));
  assert.throws(() => parsePaxlst(cut, { file: 'cut.edi' }), (e: unknown) => e instanceof InputError && /no UNT/.test(e.message) && e.where?.file === 'cut.edi' && e.where.segment != null);
  const unterminated = text.slice(0, text.indexOf('UNE') - 3);
  assert.throws(() => parsePaxlst(unterminated), InputError);
});

test('paxlst refuses a traveller without a name and a DOC without a number, naming segment and element', () => {
  const text = buildPaxlst(SMALL).replace("NAD+FL+++O?'NEIL:ANA:MARIA", 'NAD+FL+++');
  assert.throws(() => parsePaxlst(text), (e: unknown) => e instanceof InputError && e.where?.segment === 13 && /party name/.test(e.where.element ?? ''));
  const noDoc = buildPaxlst(SMALL).replace('DOC+P:110:111+PA1234567', 'DOC+P:110:111');
  assert.throws(() => parsePaxlst(noDoc), (e: unknown) => e instanceof InputError && /document number/.test(e.where?.element ?? ''));
});

test('paxlst refuses input that is not a PAXLST interchange', () => {
  assert.throws(() => parsePaxlst('hello world'), /no UNA or UNB/);
  assert.throws(() => parsePaxlst(buildPaxlst(SMALL).replace('PAXLST:D', 'CUSRES:D')), /not PAXLST/);
  assert.throws(() => parsePaxlst("UNB+UNOA:4+X+Y+1:1+1'UNZ+0+1'"), /no PAXLST message/);
});

test('paxlst reads each message of an interchange that holds two', () => {
  const one = buildPaxlst(SMALL, { ref: 'M1' });
  const body = one.slice(one.indexOf('UNH'), one.indexOf('UNE'));
  const two = one.replace('UNE+1+M1', `${body.replaceAll('M1', 'M2')}UNE+2+M1`);
  const all = parsePaxlstInterchange(two);
  assert.deepEqual(all.map((m) => m.messageRef), ['M1', 'M2']);
  assert.deepEqual(all[0]!.warnings, []);
});
