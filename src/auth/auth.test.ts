import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import { SYSTEM } from './principal.js';
import { bootstrapAdmin, createUser, updateUser } from './users.js';
import { createApiKey, revokeApiKey } from './apikeys.js';
import { login, LOCKOUT_AFTER, IP_FAILURE_LIMIT, SESSION_COOKIE } from './sessions.js';
import { authenticateRequest, can } from './http.js';
import { hashPassword, verifyPassword } from './password.js';

process.env.ATALAYA_SCRYPT_LOG2N ??= '12'; // fast hashes in tests only

test('scrypt hashes record their parameters and verify only the right password', async () => {
  const h = await hashPassword('correct horse battery');
  assert.match(h, /^scrypt\$4096\$8\$1\$/);
  assert.equal(await verifyPassword('correct horse battery', h), true);
  assert.equal(await verifyPassword('correct horse batterY', h), false);
  assert.notEqual(h, await hashPassword('correct horse battery'), 'salted');
});

test('permission table: partners only read, only supervisors approve, only admins manage users', () => {
  const p = (role: 'officer' | 'analyst' | 'supervisor' | 'admin' | 'partner') => ({ id: 'x', kind: 'user' as const, name: 'x', role, agency: 'customs' });
  assert.equal(can(p('partner'), 'alerts.read'), true);
  assert.equal(can(p('partner'), 'alerts.adjudicate'), false);
  assert.equal(can(p('partner'), 'screen'), false);
  assert.equal(can(p('analyst'), 'alerts.approve'), false);
  assert.equal(can(p('supervisor'), 'alerts.approve'), true);
  assert.equal(can(p('supervisor'), 'users.admin'), false);
  assert.equal(can(p('admin'), 'users.admin'), true);
  assert.equal(can(p('officer'), 'no.such.permission'), false);
  assert.equal(can(null, 'screen'), false);
  assert.equal(can(SYSTEM, 'anything'), true);
});

for (const t of testDatabases()) {
  test(`login locks an account after ${LOCKOUT_AFTER} failures and sessions need CSRF on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const admin = await bootstrapAdmin(db, { username: 'root', password: 'a long admin password', agency: 'ministry' });
      await assert.rejects(bootstrapAdmin(db, { username: 'root2', password: 'a long admin password', agency: 'ministry' }), /exists already/);
      const u = await createUser(db, { ...SYSTEM, id: admin.id }, { username: 'Ana', role: 'analyst', agency: 'customs', password: 'customs analyst pw' });
      assert.equal(u.username, 'ana');
      const ok = await login(db, { username: 'ana', password: 'customs analyst pw', ip: '10.1.1.1' });
      assert.ok(ok.ok && ok.csrfToken);
      const cookies = { [SESSION_COOKIE]: ok.token };
      const viaGet = await authenticateRequest(db, { headers: {}, cookies, method: 'GET', ip: '10.1.1.1' });
      assert.equal(viaGet?.agency, 'customs');
      assert.equal(viaGet?.role, 'analyst');
      assert.equal(await authenticateRequest(db, { headers: {}, cookies, method: 'POST' }), null, 'POST without CSRF token');
      assert.equal(await authenticateRequest(db, { headers: { 'x-csrf-token': 'wrong' }, cookies, method: 'POST' }), null);
      assert.equal((await authenticateRequest(db, { headers: { 'x-csrf-token': ok.csrfToken }, cookies, method: 'POST' }))?.id, u.id);
      // a console cookie is not an API bearer token
      assert.equal(await authenticateRequest(db, { headers: { authorization: `Bearer ${ok.token}` } }), null);
      const api = await login(db, { username: 'ana', password: 'customs analyst pw', kind: 'api' });
      assert.ok(api.ok);
      assert.equal((await authenticateRequest(db, { headers: { authorization: `Bearer ${api.token}` } }))?.id, u.id);

      for (let i = 0; i < LOCKOUT_AFTER; i++) {
        const r = await login(db, { username: 'ana', password: `guess number ${i}`, ip: '10.9.9.9' });
        assert.deepEqual(r, { ok: false, reason: 'invalid' });
      }
      assert.deepEqual(await login(db, { username: 'ana', password: 'customs analyst pw', ip: '10.1.1.1' }), { ok: false, reason: 'locked' });
      const audit = await db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'auth.lockout').execute();
      assert.equal(audit.length, 1);
      await updateUser(db, { ...SYSTEM, id: admin.id }, u.id, { unlock: true, disabled: true });
      assert.equal(await authenticateRequest(db, { headers: { authorization: `Bearer ${api.token}` } }), null, 'disabling ends sessions');
      assert.deepEqual(await login(db, { username: 'ana', password: 'customs analyst pw' }), { ok: false, reason: 'invalid' });
    } finally {
      await db.close();
    }
  });

  test(`an address guessing across many accounts is throttled on ${t.name}`, async () => {
    const db = await t.open();
    try {
      await createUser(db, SYSTEM, { username: 'victim', role: 'officer', agency: 'customs', password: 'the right password' });
      for (let i = 0; i < IP_FAILURE_LIMIT; i++) await login(db, { username: `user${i}`, password: 'some guess or other', ip: '203.0.113.9' });
      assert.deepEqual(await login(db, { username: 'victim', password: 'the right password', ip: '203.0.113.9' }), { ok: false, reason: 'throttled' });
      assert.equal((await login(db, { username: 'victim', password: 'the right password', ip: '198.51.100.1' })).ok, true, 'other addresses are not affected');
    } finally {
      await db.close();
    }
  });

  test(`API keys are shown once, stored hashed, bound to role and agency, revocable on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const k = await createApiKey(db, { name: 'bank gateway', role: 'officer', agency: 'fiu' });
      const stored = await db.kysely.selectFrom('api_keys').selectAll().executeTakeFirstOrThrow();
      const secret = k.key.slice('atl_'.length + 16 + 1); // base64url: may itself hold '_'
      assert.equal(secret.length, 43);
      assert.ok(!JSON.stringify(stored).includes(secret), 'secret not stored');
      const p = await authenticateRequest(db, { headers: { 'x-api-key': k.key }, ip: '192.0.2.1' });
      assert.deepEqual([p?.kind, p?.role, p?.agency, p?.ip], ['apikey', 'officer', 'fiu', '192.0.2.1']);
      assert.equal((await authenticateRequest(db, { headers: { authorization: `Bearer ${k.key}` } }))?.agency, 'fiu');
      const forged = k.key.slice(0, -2) + (k.key.endsWith('A') ? 'BB' : 'AA');
      assert.equal(await authenticateRequest(db, { headers: { 'x-api-key': forged } }), null);
      assert.equal(await authenticateRequest(db, { headers: { 'x-api-key': "atl_' or 1=1 --" } }), null);
      assert.equal(await revokeApiKey(db, k.id), true);
      assert.equal(await authenticateRequest(db, { headers: { 'x-api-key': k.key } }), null);
      await assert.rejects(createApiKey(db, { name: 'x', role: 'god', agency: 'fiu' }), /role must be/);
      await assert.rejects(createApiKey(db, { name: 'x', role: 'officer', agency: 'FIU; drop table users' }), /agency must be/);
    } finally {
      await db.close();
    }
  });
}
