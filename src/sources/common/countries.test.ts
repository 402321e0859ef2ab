import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, countryCodeAny, countryOrText } from './countries.js';

test('country names as the lists write them map to ISO alpha-2', () => {
  const cases: [string, string][] = [
    ["Democratic People's Republic of Korea", 'kp'], ['Korea, North', 'kp'], ['Burma', 'mm'],
    ['Iran (Islamic Republic of)', 'ir'], ['Syrian Arab Republic', 'sy'], ['Congo, Democratic Republic of the.', 'cd'],
    ['United Kingdom of Great Britain and Northern Ireland', 'gb'], ['Turkey', 'tr'], ['Türkiye', 'tr'],
    ['Bosnia-Herzegovina', 'ba'], ['Palestinian', 'ps'], ['Mexico.', 'mx'], ['IRAQ', 'iq'], ['Germany', 'de'], ['France', 'fr'],
  ];
  for (const [name, code] of cases) assert.equal(countryCode(name), code, name);
});

test('unknown names stay as written; "na" is not Namibia; alpha-3 and ICAO codes map too', () => {
  assert.equal(countryCode('na'), undefined);
  assert.equal(countryOrText('Atlantis'), 'Atlantis');
  assert.equal(countryCodeAny('FRA'), 'fr');
  assert.equal(countryCodeAny('D'), 'de');
  assert.equal(countryCodeAny('PRK'), 'kp');
  assert.equal(countryCodeAny('GBR'), 'gb');
});

test('alpha-3 codes read the same as in a passport MRZ (one ICAO table for lists and travel)', async () => {
  const { countryOf } = await import('./icao-codes.js');
  for (const code of ['MMR', 'PSE', 'TZA', 'MAC', 'GBD', 'RKS', 'FRA', 'D']) {
    assert.equal(countryCodeAny(code), countryOf(code) ?? undefined, code);
  }
  assert.equal(countryCodeAny('MMR'), 'mm');
  assert.equal(countryCodeAny('TZA'), 'tz');
  assert.equal(countryCodeAny('UTO'), undefined); // the specimen state is no country
});
