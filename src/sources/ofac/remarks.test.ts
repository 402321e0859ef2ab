import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIdentifier, parseRemarks } from './remarks.js';

test('remarks: every DOB shape, POB with its country, nationality, citizenship, gender', () => {
  const f = parseRemarks('DOB 1962; alt. DOB circa 1964; alt. DOB 01 Jan 1960 to 31 Dec 1965; POB Beirut, Lebanon; nationality Lebanon; citizen Syria; Gender Female.');
  assert.deepEqual(f.props.birthDate, ['1962', '1964~', '1960-01-01/1965-12-31']);
  assert.deepEqual(f.props.birthPlace, ['Beirut, Lebanon']);
  assert.deepEqual(f.props.birthCountry, ['lb']);
  assert.deepEqual(f.props.nationality, ['lb']);
  assert.deepEqual(f.props.citizenship, ['sy']);
  assert.deepEqual(f.props.gender, ['female']);
  assert.deepEqual(f.unreadable, []);
});

test('remarks: names by strength, vessel identifiers, documents and tax numbers', () => {
  const f = parseRemarks("a.k.a. 'ALPHA'; weak a.k.a. 'ABU X'; f.k.a. 'BETA'; Vessel Registration Identification IMO 9256860 (Russia); MMSI 572469210; Former Vessel Flag Malta; Passport A123 (Iran) issued 02 Feb 2010 expires 01 Feb 2020; National ID No. 77 (Iran); Tax ID No. 7702070139 (Russia)");
  assert.deepEqual(f.props.alias, ['ALPHA']);
  assert.deepEqual(f.props.weakAlias, ['ABU X']);
  assert.deepEqual(f.props.previousName, ['BETA']);
  assert.deepEqual(f.props.imoNumber, ['9256860']);
  assert.deepEqual(f.props.mmsi, ['572469210']);
  assert.deepEqual(f.props.pastFlags, ['mt']);
  assert.deepEqual(f.props.taxNumber, ['7702070139']);
  assert.equal(f.documents.length, 2);
  assert.deepEqual(f.documents[0], { number: 'A123', country: 'ir', issueDate: '2010-02-02', endDate: '2020-02-01', type: 'Passport', passport: true });
  assert.equal(f.documents[1]!.passport, false);
});

test('remarks: a DOB in no known shape is reported as unreadable', () => {
  assert.deepEqual(parseRemarks('DOB sometime in the sixties').unreadable, ['DOB sometime in the sixties']);
  assert.equal(parseIdentifier('')?.number, undefined);
});
