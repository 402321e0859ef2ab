import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { testApi, type TestApi } from '../testing.js';
import { portraits, type Portrait } from '../../biometrics/sample-faces.js';
import { defaultFaceModel } from '../../biometrics/service.js';
import { rotate, brightness } from '../../biometrics/alter.js';
import { encodeJpeg } from '../../biometrics/image.js';

let t: TestApi;
let faces: Portrait[];
before(async () => {
  t = await testApi({ lists: [] });
  faces = (await portraits(defaultFaceModel(), 6)).slice(0, 2);
});
after(async () => t.close());

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const encounter = (name: string, img: Uint8Array) => ({ person: { fullName: name }, post: 'Aeropuerto Tocumen', circumstance: 'border-crossing', legalBasis: 'Decreto 3/2008', images: [{ data: b64(img) }] });

test('biometric routes refuse to handle faces when the server has no data key (503, says why)', async () => {
  const r = await t.app.inject({ method: 'POST', url: '/api/biometrics/encounters', headers: t.keys.officer, payload: encounter('A B', faces[0]!.jpeg) });
  assert.equal(r.statusCode, 503, r.body);
  assert.match(r.json().message, /ATALAYA_DATA_KEY/);
});

test('enrol over HTTP, identify the re-photographed face at rank 1, read the identity; partners may not enrol', async () => {
  t.ctx.config.dataKey = randomBytes(32).toString('hex');
  for (const [i, f] of faces.entries()) {
    const r = await t.app.inject({ method: 'POST', url: '/api/biometrics/encounters', headers: t.keys.officer, payload: encounter(`Person ${i}`, f.jpeg) });
    assert.equal(r.statusCode, 200, r.body);
  }
  const probe = encodeJpeg(brightness(rotate(faces[1]!.image, 6), 20), 70);
  const id = await t.app.inject({ method: 'POST', url: '/api/biometrics/identify', headers: t.keys.officer, payload: { image: b64(probe), k: 5 } });
  assert.equal(id.statusCode, 200, id.body);
  const top = id.json().candidates[0];
  assert.equal(top.fullName, 'Person 1');
  const ident = await t.app.inject({ method: 'GET', url: `/api/biometrics/identities/${top.identityId}`, headers: t.keys.officer });
  assert.deepEqual(ident.json().names.map((n: { name: string }) => n.name), ['Person 1']);
  const denied = await t.app.inject({ method: 'POST', url: '/api/biometrics/encounters', headers: t.keys.partner, payload: encounter('X', faces[0]!.jpeg) });
  assert.equal(denied.statusCode, 403);
  const bad = await t.app.inject({ method: 'POST', url: '/api/biometrics/identify', headers: t.keys.officer, payload: { image: b64(Buffer.alloc(300, 7)) } });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /not a JPEG or PNG/);
});
