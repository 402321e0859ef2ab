/**
 * The MRZ and PAXLST readers meet whatever a scanner or an airline sends: they must answer or
 * refuse with an InputError, never crash and never hang. Property-based tests over random input
 * and mutations of real messages; inputs that once broke a reader are kept below as regressions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { parseMrz } from './mrz/parse.js';
import { parsePaxlstInterchange } from './paxlst/parse.js';
import { buildPaxlst } from './paxlst/generate.js';
import { InputError } from '../errors.js';

const SHARED = new URL('../../../shared/data/travel/', import.meta.url);
const vectors = (JSON.parse(fs.readFileSync(new URL('mrz/cheminfo_mrz_test_vectors.json', SHARED), 'utf8')) as { lines: string[] }[]).map((v) => v.lines);
const messages = fs.readdirSync(new URL('paxlst/', SHARED)).map((f) => fs.readFileSync(new URL(`paxlst/${f}`, SHARED), 'utf8'));
messages.push(
  buildPaxlst(
    {
      carrier: 'AT',
      legs: [{ flight: 'AT1', from: 'MAD', to: 'PTY', departure: '2026-11-28T10:00', arrival: '2026-11-28T16:00' }],
      travellers: [{ lastName: "O'NEIL", firstNames: 'ANA', sex: 'F', birthDate: '1980-01-02', nationality: 'IRL', documents: [{ type: 'P', number: 'X1', expiryDate: '2030-01-01', issuingState: 'IRL' }] }],
    },
    { separators: { component: '*', element: '|', decimal: '.', release: '\\', segment: '~' }, newlines: true },
  ),
);

/**
 * Answers or refuses with an InputError, within a CPU-time bound (CPU, not wall time: the test
 * machine is shared and a busy neighbour must not fail us); anything else fails the property.
 * A true hang never returns: each test's timeout catches it.
 */
function survives(fn: () => unknown, limitMs = 200): void {
  const c0 = process.cpuUsage();
  try {
    fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms of CPU`);
}

const MRZ_CHARS = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<< \n\u00e9?'.split(''));
const mutate = (base: string, edits: { at: number; kind: number; ch: string }[]) => {
  let s = base;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.kind === 0) s = s.slice(0, at) + e.ch + s.slice(at + 1);
    else if (e.kind === 1) s = s.slice(0, at) + e.ch + s.slice(at);
    else s = s.slice(0, at) + s.slice(at + 1);
  }
  return s;
};
const edit = (chars: fc.Arbitrary<string>) => fc.record({ at: fc.nat(100_000), kind: fc.integer({ min: 0, max: 2 }), ch: chars });

test('mrz reader never crashes on random lines', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: MRZ_CHARS, maxLength: 50 }), { maxLength: 4 }), (lines) => survives(() => parseMrz(lines))),
    { numRuns: 2000, seed: 20261127 },
  );
});

test('mrz reader never crashes on mutated real zones, and same-shape mutations always answer', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.constantFrom(...vectors), fc.array(edit(MRZ_CHARS), { minLength: 1, maxLength: 4 }), (lines, edits) => {
      const mutated = mutate(lines.join('\n'), edits).split('\n');
      survives(() => parseMrz(mutated));
    }),
    { numRuns: 3000, seed: 9303 },
  );
  // substitutions that keep each line's length keep the format: a result, never an exception
  fc.assert(
    fc.property(fc.constantFrom(...vectors.filter((v) => v.length <= 3 && [30, 36, 44].includes(v[0]!.length) && v.every((l) => l.length === v[0]!.length))), fc.nat(1000), fc.constantFrom(...'AZ09<O8'.split('')), (lines, at, ch) => {
      const l = at % lines.length;
      const line = lines[l]!;
      const col = at % line.length;
      const copy = [...lines];
      copy[l] = line.slice(0, col) + ch + line.slice(col + 1);
      const r = parseMrz(copy);
      assert.equal(typeof r.valid, 'boolean');
    }),
    { numRuns: 1000, seed: 44 },
  );
});

const EDI_CHARS = fc.constantFrom(..."UNABGHZTDOCLNXPS0123456789+:'?* \n$|~\\".split(''));

test('paxlst reader never crashes on random text', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.string({ unit: EDI_CHARS, maxLength: 300 }), (s) => survives(() => parsePaxlstInterchange(s))),
    { numRuns: 2000, seed: 745 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => survives(() => parsePaxlstInterchange(`UNA:+.? '${s}`))),
    { numRuns: 1000, seed: 250 },
  );
});

test('paxlst reader never crashes on mutated real messages', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.constantFrom(...messages), fc.array(edit(EDI_CHARS), { minLength: 1, maxLength: 6 }), (msg, edits) => {
      survives(() => parsePaxlstInterchange(mutate(msg, edits)), 500);
    }),
    { numRuns: 600, seed: 2002 },
  );
});

test('inputs that once broke the readers stay fixed', () => {
  // Each entry says what it tests. None of the seeded or unseeded runs so far has broken a reader;
  // these are the edges that the code guards explicitly, kept so the guards stay.
  const mrzRegressions: string[][] = [
    ['IDFRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<'], // French layout handed to the package, empty
    ['<<<<<<<<<', '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<'], // Swiss licence shape, all fillers
    ['I<UTOD23145890<<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<1', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'], // overflow flag with no overflow
    ['P<UTO' + '<'.repeat(39), '<'.repeat(44)], // every field empty
  ];
  for (const lines of mrzRegressions) survives(() => parseMrz(lines));
  const paxlstRegressions: string[] = [
    'UNA:+', // UNA shorter than its service string
    "UNA:::? '", // separators that are not distinct
    "UNB+X'", // an interchange of one segment
    "UNB+X'UNH+1+PAXLST:D:05B'", // a message without its UNT
    "UNB+X'UNH+1+PAXLST:D:05B'UNT+2+1'", // a message without a TDT
    "UNB+X'UNH+1+PAXLST:D:05B'TDT+20+A1'NAD+FL+++A'DOC'UNT+5+1'UNZ+1+X'", // DOC without a number
    "UNB+X'UNH+1+PAXLST:D:05B'TDT+20+A1'DTM+189'LOC+92'?", // a release character at the very end
  ];
  for (const text of paxlstRegressions) survives(() => parsePaxlstInterchange(text));
});
