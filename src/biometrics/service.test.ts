import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { Biometrics, defaultFaceModel } from './service.js';
import { portraits, type Portrait } from './sample-faces.js';
import { encodeJpeg, encodePng } from './image.js';
import { rotate, brightness, recompress, scale, occlude } from './alter.js';
import { FaceRefusedError } from './pipeline.js';
import { MissingDataKeyError } from './crypto.js';
import type { EncounterInput } from './encounter-input.js';

const officer: Principal = { id: 'u-officer', kind: 'user', name: 'Officer Ruiz', role: 'officer', agency: 'border-police' };
const KEY = randomBytes(32).toString('hex');
let faces: Portrait[] = [];

before(async () => {
  faces = await portraits(defaultFaceModel(), 1); // three different people
});

function encounter(name: string, image: Uint8Array, extra: Partial<EncounterInput> = {}): EncounterInput {
  return { person: { fullName: name }, post: 'Puerto Cortes', circumstance: 'border-crossing', legalBasis: 'Migration Act art. 12', images: [{ bytes: image }], ...extra };
}

/** "The same face photographed again": rotated, rescaled, brighter, recompressed, partly covered. */
function rephotographed(p: Portrait): Buffer {
  let img = rotate(scale(p.image, 0.8), 8);
  img = occlude(recompress(brightness(img, 30), 40), 0, img.height * 0.85, img.width * 0.4, img.height * 0.15);
  return encodeJpeg(img, 75);
}

for (const tdb of testDatabases()) {
  test(`[${tdb.name}] enrolment, 1:N at rank 1, identity across names, refusal, watchlist alert`, async () => {
    assert.equal(faces.length, 3);
    const db = await tdb.open();
    const bio = new Biometrics(db, { dataKey: KEY });
    try {
      const names = ['Amira Haddad', 'Jon Berg', 'Lucia Ferreira'];
      const enrolled = [];
      for (const [i, f] of faces.entries()) enrolled.push(await bio.enrol(officer, encounter(names[i]!, f.jpeg)));
      // different people in one group photograph: three identities, none auto-linked
      assert.deepEqual(enrolled.map((e) => e.link), ['new', 'new', 'new']);
      assert.equal(new Set(enrolled.map((e) => e.identityId)).size, 3);

      // 1:N: the re-photographed face comes back at rank 1, in the match band
      const found = await bio.identify(officer, rephotographed(faces[0]!));
      assert.equal(found.candidates[0]!.encounterId, enrolled[0]!.encounterId);
      assert.equal(found.candidates[0]!.fullName, 'Amira Haddad');
      assert.ok(found.candidates[0]!.score > (found.candidates[1]?.score ?? -1));

      // the same person met again under another name joins the identity; both names are shown
      const again = await bio.enrol(officer, encounter('Samira Hadad', rephotographed(faces[0]!), { circumstance: 'migrant-reception', post: 'Centro Tapachula' }));
      assert.equal(again.link, 'linked');
      assert.equal(again.identityId, enrolled[0]!.identityId);
      const ident = await bio.identity(officer, again.identityId);
      assert.deepEqual(ident.names.map((n) => n.name).sort(), ['Amira Haddad', 'Samira Hadad']);
      assert.equal(ident.encounters.length, 2);

      // a photograph without a face is refused with the reason, and nothing is stored
      const blank = encodePng({ width: 320, height: 240, data: new Uint8Array(320 * 240 * 3).map((_, i) => (i * 7) % 256) });
      await assert.rejects(bio.enrol(officer, encounter('Nobody', blank)), (err: unknown) => err instanceof FaceRefusedError && /no face found/.test((err as Error).message));
      const count = await db.kysely.selectFrom('bio_encounters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 4);

      // watchlist: a hit raises an alert on the biometrics channel and puts the identity under alert
      // listing a face searches the encounters already enrolled: Lucia was met before the listing
      const listed = await bio.addToWatchlist(officer, { name: 'Lucia F.', image: faces[2]!.jpeg, reason: 'partner notice 2026/114' });
      assert.deepEqual(listed.earlierEncounters.map((h) => h.name), ['Lucia Ferreira']);
      assert.ok(listed.earlierEncounters[0]!.alertId);
      const hit = await bio.enrol(officer, encounter('Maria Lopez', rephotographed(faces[2]!)));
      assert.equal(hit.watchlistHits.length, 1);
      assert.equal(hit.watchlistHits[0]!.name, 'Lucia F.');
      const alert = await db.kysely.selectFrom('alerts').selectAll().where('id', '=', hit.watchlistHits[0]!.alertId!).executeTakeFirstOrThrow();
      assert.equal(alert.channel, 'biometrics');
      assert.equal(alert.agency, 'border-police');
      assert.match(alert.reasons_json, /watchlist photograph of Lucia F\./);
      assert.equal((await bio.identity(officer, hit.identityId)).underAlert, true);

      // every search and view is in the audit log
      const audited = await db.kysely.selectFrom('audit_log').select('action').execute();
      const actions = new Set(audited.map((a) => a.action));
      for (const a of ['biometrics.enrol', 'biometrics.identify', 'biometrics.identity.read', 'biometrics.watchlist.add']) assert.ok(actions.has(a), a);

      // images and templates are sealed at rest: the stored text is not the JPEG
      const img = await db.kysely.selectFrom('bio_images').select('sealed').executeTakeFirstOrThrow();
      assert.ok(!Buffer.from(img.sealed, 'base64').includes(Buffer.from([0xff, 0xd8, 0xff])));
    } finally {
      await bio.close();
      await db.close();
    }
  });
}

test('biometric data is refused without ATALAYA_DATA_KEY, before any image is read', async () => {
  const db = await testDatabases()[0]!.open();
  const bio = new Biometrics(db, { dataKey: undefined });
  await assert.rejects(bio.enrol(officer, encounter('A', Buffer.from('not read'))), MissingDataKeyError);
  await db.close();
});
