/**
 * Security tests of the routes of auth, users, alerts, cases, sharing and audit, through the real
 * server and the real src/auth: every route against every role (allowed or 403), another
 * agency's records by id (404), SQL injection and oversized text in every text field (never a
 * 500, nothing changed), brute-force lockout, CSRF on console sessions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../app/context.js';
import { loadConfig } from '../../config.js';
import { testDatabases } from '../../store/testing.js';
import type { Db } from '../../store/db.js';
import { buildServer, type ApiApp } from '../server.js';
import { ROLES, SYSTEM, type Role } from '../../auth/principal.js';
import { createApiKey } from '../../auth/apikeys.js';
import { createUser } from '../../auth/users.js';
import { ensureAgency } from '../../auth/agencies.js';
import { raiseAlert } from '../../cases/alerts.js';
import { alertFor, listedPersons } from '../../cases/testing.js';
import { verifyAudit } from '../../audit/verify.js';

process.env.ATALAYA_SCRYPT_LOG2N ??= '10';

interface World { app: ApiApp; db: Db; keys: Record<Role, string>; customsKey: string; userIds: Record<string, string>; n: number }

async function world(db: Db): Promise<World> {
  const ctx = await createContext(loadConfig({}), { db });
  const app = await buildServer(ctx);
  await ensureAgency(db, 'interpol', { kind: 'partner' });
  await ensureAgency(db, 'customs');
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) keys[role] = (await createApiKey(db, { name: `${role} key`, role, agency: role === 'partner' ? 'interpol' : 'border-police' })).key;
  const customsKey = (await createApiKey(db, { name: 'customs analyst', role: 'analyst', agency: 'customs' })).key;
  const officer = await createUser(db, SYSTEM, { username: 'officer1', role: 'officer', agency: 'border-police', password: 'long enough password' });
  return { app, db, keys, customsKey, userIds: { officer: officer.id }, n: 0 };
}

async function freshAlert(w: World, agency = 'border-police'): Promise<string> {
  const p = listedPersons()[w.n % listedPersons().length]!;
  return (await raiseAlert(w.db, alertFor(p, { agency, subjectKey: `doc:${++w.n}`, sourceRef: `crossing:${w.n}` }))).id;
}

async function call(w: World, key: string, method: string, url: string, body?: unknown) {
  return w.app.inject({ method: method as 'GET', url, headers: { 'x-api-key': key }, ...(body !== undefined ? { payload: body as object } : {}) });
}

/** A supervisor adjudicates as a separate person so that another may approve. */
async function pendingAlert(w: World): Promise<string> {
  const id = await freshAlert(w);
  const r = await call(w, w.keys.analyst, 'POST', `/api/alerts/${id}/adjudicate`, { decision: 'confirmed', reason: 'same passport number' });
  assert.equal(r.statusCode, 200, r.body);
  return id;
}

async function openCase(w: World): Promise<string> {
  const r = await call(w, w.keys.supervisor, 'POST', '/api/cases', { title: 'case', subjectKey: `doc:c${++w.n}`, subjectName: 'Someone' });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}

type Route = { name: string; method: string; allowed: Role[]; url: (w: World) => Promise<string> | string; body?: (w: World) => unknown };
const ALL = [...ROLES];
const ROUTES: Route[] = [
  { name: 'me', method: 'GET', url: () => '/api/auth/me', allowed: ALL },
  { name: 'users list', method: 'GET', url: () => '/api/users', allowed: ['admin'] },
  { name: 'users create', method: 'POST', url: () => '/api/users', allowed: ['admin'], body: (w) => ({ username: `u${++w.n}`, role: 'officer', agency: 'border-police', password: 'long enough password' }) },
  { name: 'users update', method: 'PATCH', url: (w) => `/api/users/${w.userIds.officer}`, allowed: ['admin'], body: () => ({ unlock: true }) },
  { name: 'agencies list', method: 'GET', url: () => '/api/agencies', allowed: ALL },
  { name: 'agencies add', method: 'POST', url: () => '/api/agencies', allowed: ['admin'], body: (w) => ({ code: `agency-${++w.n}`, name: 'An agency' }) },
  { name: 'alert queue', method: 'GET', url: () => '/api/alerts?limit=5', allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'alerts shared with us', method: 'GET', url: () => '/api/alerts/shared', allowed: ALL },
  { name: 'alert stats', method: 'GET', url: () => '/api/alerts/stats', allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'alert detail', method: 'GET', url: (w) => freshAlert(w).then((id) => `/api/alerts/${id}`), allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'alert export', method: 'GET', url: (w) => freshAlert(w).then((id) => `/api/alerts/${id}/export?format=html`), allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'alert assign', method: 'POST', url: (w) => freshAlert(w).then((id) => `/api/alerts/${id}/assign`), allowed: ['analyst', 'supervisor'], body: (w) => ({ assignee: w.userIds.officer }) },
  { name: 'alert adjudicate', method: 'POST', url: (w) => freshAlert(w).then((id) => `/api/alerts/${id}/adjudicate`), allowed: ['officer', 'analyst', 'supervisor'], body: () => ({ decision: 'inconclusive', reason: 'photo unclear' }) },
  { name: 'alert approve', method: 'POST', url: (w) => pendingAlert(w).then((id) => `/api/alerts/${id}/approve`), allowed: ['supervisor'], body: () => ({ approve: true, reason: 'agreed' }) },
  { name: 'case list', method: 'GET', url: () => '/api/cases', allowed: ALL },
  { name: 'case open', method: 'POST', url: () => '/api/cases', allowed: ['analyst', 'supervisor'], body: (w) => ({ title: 'A case', subjectKey: `doc:${++w.n}`, subjectName: 'Someone' }) },
  { name: 'case detail', method: 'GET', url: (w) => openCase(w).then((id) => `/api/cases/${id}`), allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'case note', method: 'POST', url: (w) => openCase(w).then((id) => `/api/cases/${id}/notes`), allowed: ['analyst', 'supervisor'], body: () => ({ text: 'note' }) },
  { name: 'case link', method: 'POST', url: (w) => openCase(w).then((id) => `/api/cases/${id}/links`), allowed: ['analyst', 'supervisor'], body: () => ({ kind: 'document', ref: 'P1234567' }) },
  { name: 'case action', method: 'POST', url: (w) => openCase(w).then((id) => `/api/cases/${id}/actions`), allowed: ['analyst', 'supervisor'], body: () => ({ type: 'detain', due: '2026-12-24' }) },
  { name: 'case status', method: 'POST', url: (w) => openCase(w).then((id) => `/api/cases/${id}/status`), allowed: ['analyst', 'supervisor'], body: () => ({ status: 'monitoring', reason: 'waiting for the partner' }) },
  { name: 'case export', method: 'GET', url: (w) => openCase(w).then((id) => `/api/cases/${id}/export`), allowed: ['officer', 'analyst', 'supervisor', 'admin'] },
  { name: 'cases due', method: 'GET', url: () => '/api/cases/due?until=2027-01-01', allowed: ['officer', 'analyst', 'supervisor', 'admin', 'partner'] },
  { name: 'share', method: 'POST', url: () => '/api/shares', allowed: ['analyst', 'supervisor'], body: async (w) => ({ kind: 'case', id: await openCase(w), toAgency: 'interpol', scope: 'summary', purpose: 'notice' }) },
  { name: 'share record', method: 'GET', url: () => '/api/shares', allowed: ['analyst', 'supervisor'] },
  { name: 'audit verify', method: 'GET', url: () => '/api/audit/verify', allowed: ['admin'] },
  { name: 'audit export', method: 'GET', url: () => '/api/audit/export', allowed: ['admin'] },
  { name: 'audit trail', method: 'GET', url: () => '/api/audit/trail?subject=alert:x', allowed: ['supervisor', 'admin'] },
];

for (const t of testDatabases()) {
  test(`every route answers each role as the permission table says, never 500, on ${t.name}`, async () => {
    const db = await t.open();
    const w = await world(db);
    try {
      const wrong: string[] = [];
      for (const r of ROUTES) {
        for (const role of ROLES) {
          const url = await r.url(w);
          const body = r.body ? await r.body(w) : undefined;
          const res = await call(w, w.keys[role], r.method, url, body);
          const ok = res.statusCode < 400;
          // a partner has read permissions but sees only what was shared: refused with 403 or 404
          const denied = res.statusCode === 403 || (role === 'partner' && res.statusCode === 404);
          if (r.allowed.includes(role) ? !ok : !denied) wrong.push(`${r.name} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
        const anon = await w.app.inject({ method: r.method as 'GET', url: await r.url(w) });
        if (anon.statusCode !== 401) wrong.push(`${r.name} without credentials: ${anon.statusCode}`);
      }
      assert.deepEqual(wrong, []);
    } finally {
      await w.app.close();
      await db.close();
    }
  });

  test(`another agency's alerts and cases are not found by id, unless shared, on ${t.name}`, async () => {
    const db = await t.open();
    const w = await world(db);
    try {
      const alertId = await freshAlert(w);
      const caseId = await openCase(w);
      for (const [m, url, body] of [
        ['GET', `/api/alerts/${alertId}`], ['GET', `/api/alerts/${alertId}/export`], ['POST', `/api/alerts/${alertId}/adjudicate`, { decision: 'confirmed', reason: 'mine now' }],
        ['POST', `/api/alerts/${alertId}/assign`, { assignee: null }], ['GET', `/api/cases/${caseId}`], ['POST', `/api/cases/${caseId}/notes`, { text: 'x' }],
        ['GET', `/api/cases/${caseId}/export`], ['POST', '/api/shares', { kind: 'case', id: caseId, toAgency: 'customs', scope: 'full', purpose: 'grab it' }],
      ] as [string, string, unknown?][]) {
        const r = await call(w, w.customsKey, m, url, body);
        assert.equal(r.statusCode, 404, `${m} ${url}: ${r.statusCode} ${r.body}`);
      }
      assert.equal((await call(w, w.customsKey, 'GET', '/api/alerts')).json().items.length, 0);
      assert.equal((await call(w, w.customsKey, 'GET', '/api/cases')).json().cases.length, 0);
      const s = await call(w, w.keys.analyst, 'POST', '/api/shares', { kind: 'case', id: caseId, toAgency: 'customs', scope: 'evidence', purpose: 'joint operation' });
      assert.equal(s.statusCode, 201, s.body);
      const seen = await call(w, w.customsKey, 'GET', `/api/cases/${caseId}`);
      assert.equal(seen.statusCode, 200);
      assert.equal(seen.json().scope, 'evidence');
      assert.equal((await call(w, w.customsKey, 'POST', `/api/cases/${caseId}/notes`, { text: 'x' })).statusCode, 403, 'shared is read-only');
      assert.equal((await call(w, w.customsKey, 'GET', `/api/alerts/${alertId}`)).statusCode, 404, 'the case share does not reach unrelated alerts');
      assert.equal((await call(w, w.customsKey, 'GET', '/api/alerts/shared')).json().items.length, 0);
      assert.equal((await call(w, w.keys.analyst, 'POST', '/api/shares', { kind: 'alert', id: alertId, toAgency: 'customs', scope: 'summary', purpose: 'heads-up' })).statusCode, 201);
      assert.deepEqual((await call(w, w.customsKey, 'GET', '/api/alerts/shared')).json().items.map((a: { id: string }) => a.id), [alertId]);
      const summary = (await call(w, w.customsKey, 'GET', `/api/alerts/${alertId}`)).json();
      assert.equal(summary.scope, 'summary');
      assert.equal(summary.reasons, undefined);
    } finally {
      await w.app.close();
      await db.close();
    }
  });

  test(`SQL injection and oversized text in every text field are refused or stored as text, never a 500, on ${t.name}`, async () => {
    const db = await t.open();
    const w = await world(db);
    try {
      const nasty = ["' OR '1'='1", "x'); DROP TABLE alerts; --", '"; DELETE FROM audit_log; --', '\u0000', 'x'.repeat(100_000)];
      const bodies: [Role, string, (w: World) => Promise<string>, Record<string, unknown>][] = [
        ['admin', 'POST', async () => '/api/users', { username: 'userx', role: 'officer', agency: 'customs', password: 'long enough password', displayName: 'd' }],
        ['admin', 'POST', async () => '/api/agencies', { code: 'c', name: 'n' }],
        ['analyst', 'POST', async (x) => `/api/alerts/${await freshAlert(x)}/adjudicate`, { decision: 'inconclusive', reason: 'r' }],
        ['analyst', 'POST', async (x) => `/api/alerts/${await freshAlert(x)}/assign`, { assignee: 'a' }],
        ['analyst', 'POST', async () => '/api/cases', { title: 't', subjectKey: 'k', subjectName: 'n' }],
        ['analyst', 'POST', async (x) => `/api/cases/${await openCase(x)}/notes`, { text: 't' }],
        ['analyst', 'POST', async (x) => `/api/cases/${await openCase(x)}/links`, { kind: 'document', ref: 'r', text: 't' }],
        ['analyst', 'POST', async (x) => `/api/cases/${await openCase(x)}/actions`, { type: 'detain', text: 't', due: '2026-12-01' }],
        ['analyst', 'POST', async (x) => `/api/cases/${await openCase(x)}/status`, { status: 'open', reason: 'r' }],
        ['analyst', 'POST', async () => '/api/shares', { kind: 'case', id: 'i', toAgency: 'interpol', scope: 'summary', purpose: 'p' }],
      ];
      const problems: string[] = [];
      for (const [role, method, url, base] of bodies) {
        for (const field of Object.keys(base).filter((k) => typeof base[k] === 'string')) {
          for (const value of nasty) {
            const r = await call(w, w.keys[role], method, await url(w), { ...base, [field]: value });
            if (r.statusCode >= 500) problems.push(`${url} ${field}=${JSON.stringify(value.slice(0, 20))}: ${r.statusCode}`);
            if (value.length > 50_000 && r.statusCode < 400) problems.push(`${field}: oversized value accepted`);
          }
        }
      }
      for (const q of ["status=open' OR 1=1 --", `list=${encodeURIComponent("x' UNION SELECT * FROM users --")}`, 'assignee=' + 'x'.repeat(5000), 'from=2026-01-01%27%3B']) {
        const r = await call(w, w.keys.analyst, 'GET', `/api/alerts?${q}`);
        if (r.statusCode >= 500) problems.push(`queue ${q.slice(0, 30)}: ${r.statusCode}`);
      }
      for (const [role, url] of [['admin', '/api/users?agency=a%00b'], ['officer', '/api/travel/crossings?post=a%00b'], ['officer', '/api/travel/stays?docNumber=a%00b'], ['supervisor', '/api/audit/trail?subject=a%00b']] as const) {
        const r = await call(w, w.keys[role], 'GET', url);
        if (r.statusCode >= 500) problems.push(`${url}: ${r.statusCode}`);
      }
      for (const url of ['/api/alerts/%00', '/api/cases/x%00y', '/api/alerts/' + 'x'.repeat(5000), "/api/cases/1'%20OR%20'1'='1"]) {
        const r = await call(w, w.keys.analyst, 'GET', url);
        if (r.statusCode >= 500 || r.statusCode < 400) problems.push(`${url.slice(0, 40)}: ${r.statusCode}`);
      }
      const login = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer1\u0000', password: '\u0000' } });
      if (login.statusCode !== 401) problems.push(`login with NUL: ${login.statusCode}`);
      assert.deepEqual(problems, []);
      for (const table of ['alerts', 'users', 'audit_log', 'cases'] as const) await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).execute();
      assert.equal((await verifyAudit(db)).ok, true);
    } finally {
      await w.app.close();
      await db.close();
    }
  });

  test(`console sign-in: lockout after repeated failures, HttpOnly cookie, CSRF required on changes, on ${t.name}`, async () => {
    const db = await t.open();
    const w = await world(db);
    try {
      const bad = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer1', password: 'wrong password!' } });
      assert.equal(bad.statusCode, 401);
      const good = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer1', password: 'long enough password' } });
      assert.equal(good.statusCode, 200, good.body);
      const setCookie = String(good.headers['set-cookie']);
      assert.match(setCookie, /HttpOnly/i);
      assert.match(setCookie, /Secure/i);
      assert.match(setCookie, /SameSite=Strict/i);
      const cookie = setCookie.split(';')[0]!;
      const { csrfToken } = good.json();
      const me = await w.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().user.agency, 'border-police');
      assert.equal(me.json().csrfToken, csrfToken);
      const alertId = await freshAlert(w);
      const body = { decision: 'inconclusive', reason: 'document damaged' };
      assert.equal((await w.app.inject({ method: 'POST', url: `/api/alerts/${alertId}/adjudicate`, headers: { cookie }, payload: body })).statusCode, 401, 'no CSRF token');
      assert.equal((await w.app.inject({ method: 'POST', url: `/api/alerts/${alertId}/adjudicate`, headers: { cookie, 'x-csrf-token': csrfToken }, payload: body })).statusCode, 200);
      const out = await w.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrfToken } });
      assert.equal(out.statusCode, 200);
      assert.equal((await w.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode, 401);
      for (let i = 0; i < 5; i++) await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer1', password: `guess ${i} guess` } });
      const locked = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer1', password: 'long enough password' } });
      assert.equal(locked.statusCode, 423, locked.body);
      const token = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'long enough password', token: true } });
      assert.equal(token.statusCode, 401);
    } finally {
      await w.app.close();
      await db.close();
    }
  });
}
