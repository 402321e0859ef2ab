import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { Biometrics, defaultFaceModel } from './service.js';
import { portraits, type Portrait } from './sample-faces.js';
import { encodeJpeg, encodePng } from './image.js';
import { blur, brightness, rotate, scale } from './alter.js';
import type { EncounterInput } from './encounter-input.js';

const officer: Principal = { id: 'u-2', kind: 'user', name: 'Officer Vega', role: 'officer', agency: 'migration' };
const KEY = randomBytes(32).toString('hex');
let faces: Portrait[] = [];
before(async () => {
  faces = await portraits(defaultFaceModel(), 1); // three people, each found again in their portrait
});

const enc = (name: string, bytes: Uint8Array, extra: Partial<EncounterInput> = {}): EncounterInput => ({
  person: { fullName: name }, post: 'Frontera Norte', circumstance: 'migrant-reception', legalBasis: 'Ley 761 art. 3', images: [{ bytes }], ...extra,
});

test('an uncertain link waits for an officer; confirming it merges the identities and their names', async () => {
  const db = await testDatabases()[0]!.open();
  // a profile whose review band holds the altered copy's score (about 0.99)
  const bio = new Biometrics(db, { dataKey: KEY, thresholds: { name: 'test', match: 0.9999, review: 0.9 } });
  try {
    const a = await bio.enrol(officer, enc('Karim Nasser', faces[0]!.jpeg));
    const b = await bio.enrol(officer, enc('Kareem Naser', encodeJpeg(brightness(rotate(faces[0]!.image, 5), 25), 70)));
    assert.equal(b.link, 'new');
    assert.equal(b.reviews.length, 1);
    assert.equal(b.reviews[0]!.identityId, a.identityId);
    const pending = await bio.pendingReviews(officer);
    assert.deepEqual(pending.map((p) => p.reviewId), [b.reviews[0]!.reviewId]);
    const decided = await bio.decideReview(officer, b.reviews[0]!.reviewId, 'confirm', 'same scar, same travel companions');
    assert.equal(decided.identityId, a.identityId);
    const ident = await bio.identity(officer, a.identityId);
    assert.deepEqual(ident.names.map((n) => n.name).sort(), ['Kareem Naser', 'Karim Nasser']);
    assert.equal((await bio.pendingReviews(officer)).length, 0);
    await assert.rejects(bio.identity(officer, b.identityId), /no identity/);
    await assert.rejects(bio.decideReview(officer, b.reviews[0]!.reviewId, 'reject'), /already confirmed/);
  } finally {
    await bio.close();
    await db.close();
  }
});

for (const tdb of testDatabases()) test(`[${tdb.name}] purge deletes encounters past their retention, from the database and from 1:N search`, async () => {
  const db = await tdb.open();
  const bio = new Biometrics(db, { dataKey: KEY });
  try {
    const old = await bio.enrol(officer, enc('Old Crossing', faces[1]!.jpeg, { circumstance: 'border-crossing', occurredAt: '2020-01-10T08:00:00Z' }));
    const kept = await bio.enrol(officer, enc('Recent Arrest', faces[2]!.jpeg, { circumstance: 'arrest', occurredAt: '2020-01-10T08:00:00Z' }));
    const r = await bio.purge(officer, new Date('2026-01-01T00:00:00Z'));
    assert.deepEqual(r, { encounters: 1, identities: 1 });
    const left = await db.kysely.selectFrom('bio_encounters').select('id').execute();
    assert.deepEqual(left.map((e) => e.id), [kept.encounterId]);
    assert.equal((await db.kysely.selectFrom('bio_templates').select('id').execute()).length, 1);
    const found = await bio.identify(officer, faces[1]!.jpeg);
    assert.ok(!found.candidates.some((c) => c.encounterId === old.encounterId));
  } finally {
    await bio.close();
    await db.close();
  }
});

test('the quality gate refuses a blurred face and a tiny face, saying which test failed', async () => {
  const db = await testDatabases()[0]!.open();
  const bio = new Biometrics(db, { dataKey: KEY });
  try {
    await assert.rejects(bio.enrol(officer, enc('Blur', encodeJpeg(blur(faces[0]!.image, 2), 90))), /not sharp enough: sharpness 0\.\d+ < 0\.5/);
    await assert.rejects(bio.enrol(officer, enc('Tiny', encodePng(scale(faces[0]!.image, 0.22)))), /face too small: \d+ px between the eyes|no face found/);
    assert.equal((await db.kysely.selectFrom('bio_encounters').select('id').execute()).length, 0);
  } finally {
    await bio.close();
    await db.close();
  }
});

test('a batch uses worker threads, enrols each encounter in order and reports refusals one by one', async () => {
  const db = await testDatabases()[0]!.open();
  const bio = new Biometrics(db, { dataKey: KEY });
  try {
    const blank = encodePng({ width: 200, height: 200, data: new Uint8Array(200 * 200 * 3).fill(90) });
    const res = await bio.enrolBatch(officer, [
      enc('First', faces[0]!.jpeg), enc('Nobody', blank), enc('Second', faces[1]!.jpeg), enc('First again', encodeJpeg(rotate(faces[0]!.image, -6), 80)),
    ], { threads: 2 });
    assert.deepEqual(res.map((r) => r.ok), [true, false, true, true]);
    assert.match((res[1] as { error: string }).error, /no face found/);
    const first = res[0] as { result: { identityId: string } }, again = res[3] as { result: { identityId: string; link: string } };
    assert.equal(again.result.link, 'linked');
    assert.equal(again.result.identityId, first.result.identityId);
  } finally {
    await bio.close();
    await db.close();
  }
});
