import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, parseListDate } from './dates.js';

test('parseDate reads ISO prefixes, day-month-year with month names, and day-first numerics', () => {
  assert.equal(parseDate('1965'), '1965');
  assert.equal(parseDate('1965-3-7'), '1965-03-07');
  assert.equal(parseDate('2026-02-27T00:00:09.554Z'), '2026-02-27');
  assert.equal(parseDate('13 May 1965'), '1965-05-13');
  assert.equal(parseDate('Nov. 1973'), '1973-11');
  assert.equal(parseDate('August 1961'), '1961-08');
  assert.equal(parseDate('Sept 1977'), '1977-09');
  assert.equal(parseDate('14/03/1971'), '1971-03-14');
  assert.equal(parseDate('30-35 years old'), undefined);
  assert.equal(parseDate('24/06/1402 (Hijri Calendar)'), undefined);
});

test('parseListDate turns OFAC shapes into EDTF: circa, year ranges, day ranges', () => {
  assert.equal(parseListDate('circa 1962'), '1962~');
  assert.equal(parseListDate('1951 to 1953'), '1951/1953');
  assert.equal(parseListDate('01 Jan 1961 to 31 Dec 1962'), '1961-01-01/1962-12-31');
  assert.equal(parseListDate('1960 - 1965'), '1960/1965');
  assert.equal(parseListDate('Apr 1961'), '1961-04');
  assert.equal(parseListDate('1962.'), '1962');
  assert.equal(parseListDate('unknown'), undefined);
});
