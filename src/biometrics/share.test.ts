import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { InputError } from '../errors.js';
import { Biometrics, defaultFaceModel } from './service.js';
import { portraits } from './sample-faces.js';
import { decodeTransaction, first } from './ansi-nist.js';
import { exportEncounter, importEncounter, shares } from './share.js';

const us: Principal = { id: 'u-1', kind: 'user', name: 'Officer Soto', role: 'officer', agency: 'migration' };
const partner: Principal = { id: 'u-9', kind: 'user', name: 'Officer Weber', role: 'partner', agency: 'partner-police' };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('an encounter round-trips through an ANSI/NIST-ITL 1-2011 transaction and a JSON package', async () => {
  const [face] = await portraits(defaultFaceModel(), 3);
  const [ours, theirs] = [await testDatabases()[0]!.open(), await testDatabases()[0]!.open()];
  const key = randomBytes(32).toString('base64');
  const bio = new Biometrics(ours, { dataKey: key });
  const bio2 = new Biometrics(theirs, { dataKey: randomBytes(32).toString('hex') });
  try {
    const enrolled = await bio.enrol(us, {
      person: { surname: 'Núñez', givenNames: 'José Luis', birthDate: '1987-03', sex: 'M', nationality: 'ni', documentType: 'passport', documentNumber: 'C0123456', documentCountry: 'ni' },
      post: 'Peñas Blancas', place: 'lane 3', latitude: 11.2167, longitude: -85.6167, occurredAt: '2026-11-20T10:15:00Z',
      circumstance: 'border-crossing', legalBasis: 'Ley de Migración art. 7', images: [{ bytes: face!.jpeg, kind: 'live' }],
    });

    const nist = await exportEncounter(bio, us, enrolled.encounterId, 'partner-police', 'ansi-nist');
    const recs = decodeTransaction(nist.bytes);
    assert.deepEqual(recs.map((r) => r.type), [1, 2, 10]);
    assert.equal(first(recs[0]!, 2), '0500');
    assert.equal(first(recs[0]!, 7), 'partner-police');
    assert.equal(first(recs[0]!, 15), '3'); // UTF-8 declared: the names carry accents
    assert.equal(first(recs[1]!, 18), 'Núñez,José Luis');
    assert.equal(first(recs[1]!, 22), '19870300');
    assert.equal(first(recs[2]!, 3), 'FACE');
    assert.equal(first(recs[2]!, 11), 'JPEGB');
    assert.equal(first(recs[2]!, 6), String(face!.image.width));
    assert.equal(sha(recs[2]!.data!), sha(face!.jpeg));

    // the partner takes it in: same person, same photograph, their own record of where it came from
    const imported = await importEncounter(bio2, partner, nist.bytes, { partner: 'migration', legalBasis: 'MoU 2025 art. 4', file: nist.fileName });
    assert.equal(imported.format, 'ansi-nist');
    assert.equal(imported.reference, enrolled.encounterId);
    const e = await bio2.encounter(partner, imported.encounterId);
    assert.equal(e.person.fullName, 'José Luis Núñez');
    assert.equal(e.person.birthDate, '1987-03');
    assert.equal(e.person.documentNumber, 'C0123456');
    assert.equal(e.post, 'Peñas Blancas');
    assert.equal(e.latitude, 11.2167);
    assert.equal(e.occurredAt, '2026-11-20T10:15:00.000Z');
    assert.equal(e.origin, 'import:migration');
    assert.match(e.legalBasis, /MoU 2025.*Ley de Migración/);
    assert.equal(e.images[0]!.sha256, sha(face!.jpeg));

    // the JSON package comes back into our own system and links to the same identity
    const json = await exportEncounter(bio, us, enrolled.encounterId, 'partner-police', 'json');
    const pkg = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(pkg.format, 'atalaya.biometric-encounter');
    const back = await importEncounter(bio, us, json.bytes, { partner: 'partner-police', legalBasis: 'MoU 2025 art. 4' });
    assert.equal(back.link, 'linked');
    assert.equal(back.identityId, enrolled.identityId);

    const log = await shares(bio, enrolled.encounterId);
    assert.deepEqual(log.map((s) => [s.direction, s.partner, s.format]), [['export', 'partner-police', 'ansi-nist'], ['export', 'partner-police', 'json']]);
    assert.equal(log[0]!.sha256, nist.sha256);
  } finally {
    await bio.close(); await bio2.close();
    await ours.close(); await theirs.close();
  }
});

test('a truncated ANSI/NIST-ITL transaction is refused, naming the record', () => {
  const ok = Buffer.from('1.001:40\x1d1.002:0500\x1d1.003:1\x1f0\x1d1.004:ENC\x1c');
  assert.throws(() => decodeTransaction(ok.subarray(0, 30), 'x.an2'), (e: unknown) => e instanceof InputError && /x\.an2, record 1/.test((e as Error).message));
});
