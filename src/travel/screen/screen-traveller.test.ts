import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { parsePaxlst } from '../paxlst/parse.js';
import { buildPaxlst } from '../paxlst/generate.js';
import { parseMrz } from '../mrz/parse.js';
import { SltdRegister } from './sltd.js';
import { rankForMeeting, screenTravellers, type TravelScreeningDeps } from './screen-traveller.js';
import { manifestKey, subjectFromMrz, subjectFromPaxlst } from './subject.js';

const TODAY = new Date('2026-11-27T00:00:00Z');
const stolenVisa: Entity = { id: 'sltd-pa-V77', schema: 'Identification', properties: { number: ['V-77 123'], country: ['pa'], notes: ['stolen blank'] }, provenance: { list: 'sltd', version: 3, sourceId: 'pa-V77123' } };

function deps(over: Partial<TravelScreeningDeps> = {}): TravelScreeningDeps {
  const register = new SltdRegister([stolenVisa]);
  return { watchlist: () => [], sltd: (n, c) => register.lookup(n, c), rules: [], today: TODAY, ...over };
}

test('every document a traveller carries is checked against the lost and stolen register, number normalised', async () => {
  const m = parsePaxlst(buildPaxlst({
    carrier: 'AT',
    legs: [{ flight: 'AT1', from: 'MAD', to: 'PTY', departure: '2026-11-28T10:00', arrival: '2026-11-28T16:00' }],
    travellers: [{ lastName: 'ROSSI', firstNames: 'MARCO', sex: 'M', birthDate: '1979-03-03', nationality: 'ITA', documents: [
      { type: 'P', number: 'YA1234567', expiryDate: '2030-01-01', issuingState: 'ITA' },
      { type: 'V', number: 'V77123', expiryDate: '2027-01-01', issuingState: 'PAN' },
    ] }],
  }), { today: TODAY });
  const [r] = await screenTravellers(deps(), m.travellers.map((t) => subjectFromPaxlst(t, manifestKey(m))));
  assert.equal(r!.verdict, 'refuse');
  assert.equal(r!.findings[0]!.check, 'sltd');
  assert.match(r!.findings[0]!.text, /V77123 \(PAN\).*stolen blank/);
  assert.equal(r!.findings[0]!.hit?.listVersion, 3);
});

test('the document itself: expired, specimen, failed check digits, issuer not the nationality', async () => {
  const specimen = subjectFromMrz(parseMrz(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'], { today: TODAY }));
  const misread = subjectFromMrz(parseMrz(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO74O8122F1204159ZE184226B<<<<<10'], { today: TODAY }));
  const foreign = { key: 'k', lastName: 'A', firstNames: 'B', nationalityCode: 'FRA', nationality: 'fr', document: { type: 'P', number: 'X1', issuingState: 'ESP', issuingCountry: 'es', expiryDate: '2030-01-01' } };
  const refugee = { ...foreign, key: 'r', nationalityCode: 'XXB', nationality: null };
  const [s, m, f, g] = await screenTravellers(deps(), [specimen, misread, foreign, refugee]);
  assert.equal(s!.verdict, 'refuse');
  assert.deepEqual(s!.findings.map((x) => x.text.slice(0, 30)).sort(), ['Document L898902C3 expired on ', 'The document is an ICAO specim'].sort());
  assert.ok(m!.findings.some((x) => /Check digits fail for birthDate, composite/.test(x.text) && /was probably "0"/.test(x.text)));
  assert.equal(f!.verdict, 'refer');
  assert.match(f!.findings[0]!.text, /Issued by ESP to a FRA national/);
  assert.equal(g!.verdict, 'clear', 'a refugee travel document differs from its issuer by design');
});

test('travellers to meet: refusals first, then the strongest evidence', async () => {
  const subject = (key: string, n: number) => ({ key, index: n, lastName: key, firstNames: 'X', document: { type: 'P', number: `N${n}`, issuingCountry: 'fr', issuingState: 'FRA', expiryDate: '2030-01-01' } });
  const listed: Entity = { id: 'l1', schema: 'Person', properties: { name: ['Z'] }, provenance: { list: 'un', version: 1, sourceId: 'l1' } };
  const d = deps({
    watchlist: (q) => (q.id === 'weak' ? [{ entity: listed, score: 0.7, band: 'review' as const, explanation: [] }] : q.id === 'strong' ? [{ entity: listed, score: 0.85, band: 'review' as const, explanation: [] }] : []),
    sltd: (n) => (n === 'N4' ? [stolenVisa] : []),
  });
  const r = rankForMeeting(await screenTravellers(d, [subject('weak', 1), subject('clear', 2), subject('strong', 3), subject('stolen', 4)]));
  assert.deepEqual(r.toMeet.map((t) => t.subject.key), ['stolen', 'strong', 'weak']);
  assert.deepEqual(r.counts, { clear: 1, refer: 2, refuse: 1 });
});
