import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { InputError } from '../errors.js';
import { Biometrics, defaultFaceModel } from './service.js';
import { portraits } from './sample-faces.js';
import { encodeJpeg } from './image.js';
import { brightness, rotate } from './alter.js';

const officer: Principal = { id: 'u-3', kind: 'user', name: 'Officer Mora', role: 'officer', agency: 'border-police' };
const vectors = JSON.parse(fs.readFileSync(path.resolve('../shared/data/travel/mrz/cheminfo_mrz_test_vectors.json'), 'utf8')) as { test: string; lines: string[]; expected_valid: boolean | null }[];

test('verify 1:1: the live photo matches its own document photo and not another person', async () => {
  const db = await testDatabases()[0]!.open();
  const bio = new Biometrics(db, { dataKey: randomBytes(32).toString('hex') });
  try {
    const [a, b] = await portraits(defaultFaceModel(), 1);
    const live = encodeJpeg(brightness(rotate(a!.image, -6), -30), 70);
    const same = await bio.verify(officer, live, a!.jpeg);
    assert.equal(same.decision, 'match');
    const other = await bio.verify(officer, live, b!.jpeg);
    assert.equal(other.decision, 'no-match');
    assert.ok(other.score < same.score);
  } finally {
    await bio.close();
    await db.close();
  }
});

test('an encounter takes the person from a valid MRZ and refuses one whose check digits fail', async () => {
  const db = await testDatabases()[0]!.open();
  const bio = new Biometrics(db, { dataKey: randomBytes(32).toString('hex') });
  try {
    const [face] = await portraits(defaultFaceModel(), 1);
    const swiss = vectors.find((v) => v.test === 'swiss ID - valid')!;
    const r = await bio.enrol(officer, { mrz: swiss.lines.join('\n'), post: 'Basel SBB', circumstance: 'border-crossing', legalBasis: 'AIG art. 102', images: [{ bytes: face!.jpeg }] });
    const e = await bio.encounter(officer, r.encounterId);
    assert.equal(e.person.surname, 'SMITH');
    assert.equal(e.person.givenNames, 'JOHN ALBERT');
    assert.equal(e.person.birthDate, '1975-10-25');
    assert.equal(e.person.sex, 'M');
    assert.equal(e.person.documentNumber, 'A1234567');
    const broken = swiss.lines.map((l, i) => (i === 1 ? l.replace('7510256', '7510257') : l)).join('\n');
    await assert.rejects(bio.enrol(officer, { mrz: broken, post: 'Basel SBB', circumstance: 'border-crossing', legalBasis: 'AIG art. 102', images: [{ bytes: face!.jpeg }] }),
      (err: unknown) => err instanceof InputError && /field mrz: MRZ does not read/.test((err as Error).message));
  } finally {
    await bio.close();
    await db.close();
  }
});
