import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../store/testing.js';
import type { Principal } from '../auth/principal.js';
import { ensureAgency } from '../auth/agencies.js';
import { createUser, principalOf } from '../auth/users.js';
import { verifyAudit } from '../audit/verify.js';
import { raiseAlert } from './alerts.js';
import { alertQueue, queueStats } from './queue.js';
import { adjudicateAlert, approveAlert, assignAlert, closeAlertsForRemovedListing, getAlert } from './adjudicate.js';
import { addAction, addNote, getCase, listCases, setCaseStatus, dueItems } from './cases.js';
import { listShares, revokeShare, shareObject } from './share.js';
import { exportPackage, renderPackageHtml } from './package.js';
import { alertFor, listedPersons } from './testing.js';

process.env.ATALAYA_SCRYPT_LOG2N ??= '10';

async function people(db: Parameters<typeof createUser>[0]) {
  const mk = async (username: string, role: Principal['role'], agency: string) =>
    principalOf(await db.kysely.selectFrom('users').selectAll().where('id', '=', (await createUser(db, { id: 'system', kind: 'system', name: 'test', role: 'admin', agency: 'system' }, { username, role, agency, password: 'long enough password' })).id).executeTakeFirstOrThrow());
  return {
    officer: await mk('olga', 'officer', 'border-police'),
    officer2: await mk('omar', 'officer', 'border-police'),
    analyst: await mk('ali', 'analyst', 'border-police'),
    supervisor: await mk('sara', 'supervisor', 'border-police'),
    supervisor2: await mk('sven', 'supervisor', 'border-police'),
    customs: await mk('carl', 'analyst', 'customs'),
    partner: await mk('pia', 'partner', 'interpol-ncb'),
  };
}

for (const t of testDatabases()) {
  test(`a confirmed match needs a second supervisor, opens a case, and is shared only within scope on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const u = await people(db);
      const [p0, p1, p2] = listedPersons();
      const a = await raiseAlert(db, alertFor(p0!, { score: 0.97 }));
      await raiseAlert(db, alertFor(p1!, { score: 0.71, band: 'review', channel: 'manifest', subjectKey: 'pax:2' }));
      await raiseAlert(db, alertFor(p2!, { agency: 'customs', subjectKey: 'decl:9', channel: 'cargo' }));

      const q = await alertQueue(db, u.analyst);
      assert.deepEqual(q.items.map((i) => i.score), [0.97, 0.71], 'own agency only, best first');
      assert.equal((await alertQueue(db, u.analyst, { channel: 'manifest' })).items.length, 1);
      assert.equal((await alertQueue(db, u.analyst, { band: 'block' })).items[0]!.id, a.id);
      assert.equal((await alertQueue(db, u.customs)).items.length, 1);
      await assert.rejects(getAlert(db, u.customs, a.id), { statusCode: 404 });

      await assignAlert(db, u.analyst, a.id, u.officer.id);
      assert.equal((await alertQueue(db, u.analyst, { assignee: u.officer.id })).items[0]!.id, a.id);
      await assert.rejects(adjudicateAlert(db, u.officer, a.id, { decision: 'confirmed', reason: '' }), /reason is required/);
      await assert.rejects(adjudicateAlert(db, u.officer2, a.id, { decision: 'false_positive', reason: 'not mine to decide' }), { statusCode: 403 });
      const adj = await adjudicateAlert(db, u.officer, a.id, { decision: 'confirmed', reason: 'photo, DOB and passport number agree' });
      assert.equal(adj.status, 'pending_approval');
      assert.ok(adj.decision!.timeToDecisionMs! >= 0);
      await assert.rejects(approveAlert(db, u.analyst, a.id, { approve: true, reason: 'ok' }), { statusCode: 403 });
      const approved = await approveAlert(db, u.supervisor, a.id, { approve: true, reason: 'agree with the officer' });
      assert.equal(approved.status, 'confirmed');
      assert.ok(approved.caseId);
      assert.equal((await alertQueue(db, u.analyst)).items.length, 1, 'decided alerts leave the queue');

      const caseId = approved.caseId!;
      await addAction(db, u.analyst, caseId, { type: 'deny-entry', due: '2026-12-01', text: 'refused at the desk' });
      await addNote(db, u.analyst, caseId, 'Travelling with two companions.');
      await assert.rejects(addNote(db, u.partner, caseId, 'x'), { statusCode: 403 });
      const c = await getCase(db, u.analyst, caseId);
      assert.deepEqual(c.events.map((e) => e.kind), ['status', 'link', 'action', 'status', 'note']);
      assert.equal(c.status, 'action');
      assert.equal((await dueItems(db, u.analyst, '2026-12-31')).actions.length, 1);

      await assert.rejects(getCase(db, u.partner, caseId), { statusCode: 404 });
      await assert.rejects(getCase(db, u.customs, caseId), { statusCode: 404 });
      await ensureAgency(db, 'interpol-ncb', { kind: 'partner' });
      const { share, package: pkg } = await shareObject(db, u.analyst, { kind: 'case', id: caseId, toAgency: 'interpol-ncb', scope: 'summary', purpose: 'notice request' });
      assert.equal(pkg.case!.alerts.length, 1);
      assert.equal(pkg.case!.alerts[0]!.reasons, undefined, 'summary scope carries no evidence');
      const seen = await getCase(db, u.partner, caseId);
      assert.equal(seen.scope, 'summary');
      assert.deepEqual(seen.events, []);
      assert.equal(seen.subject, undefined);
      assert.equal((await getAlert(db, u.partner, a.id)).listed, undefined, 'the case share reaches its alerts at the same scope');
      assert.equal((await listCases(db, u.partner)).length, 1);
      await assert.rejects(getCase(db, u.customs, caseId), { statusCode: 404 }, 'shared with the partner only');
      await assert.rejects(shareObject(db, u.partner, { kind: 'case', id: caseId, toAgency: 'customs', scope: 'full', purpose: 're-share' }), { statusCode: 403 });
      assert.equal((await listShares(db, u.analyst, { kind: 'case', id: caseId }))[0]!.toAgency, 'interpol-ncb');
      const html = renderPackageHtml(await exportPackage(db, u.analyst, 'case', caseId));
      assert.match(html, /deny-entry/);
      assert.ok(!html.includes('<script'), 'escaped');
      await revokeShare(db, u.analyst, share.id, 'notice issued');
      await assert.rejects(getCase(db, u.partner, caseId), { statusCode: 404 });
      await setCaseStatus(db, u.analyst, caseId, 'closed', 'subject removed from the country');
      assert.equal((await verifyAudit(db)).ok, true);
      const actions = new Set((await db.kysely.selectFrom('audit_log').select('action').execute()).map((r) => r.action));
      for (const x of ['alert.read', 'alert.adjudicate', 'alert.approve', 'case.open', 'case.share', 'case.read', 'case.share.revoke']) assert.ok(actions.has(x), x);
    } finally {
      await db.close();
    }
  });

  test(`an approved false positive is suppressed and not raised again on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const u = await people(db);
      const input = alertFor(listedPersons()[3]!, { subjectKey: 'doc:X123', channel: 'batch', dedupeKey: 'job1:row7' });
      const a = await raiseAlert(db, input);
      await adjudicateAlert(db, u.supervisor, a.id, { decision: 'false_positive', reason: 'different birth year and nationality', suppress: true });
      await assert.rejects(approveAlert(db, u.supervisor, a.id, { approve: true, reason: 'self' }), /four-eyes/);
      assert.equal((await approveAlert(db, u.supervisor2, a.id, { approve: true, reason: 'agreed' })).status, 'false_positive');
      const again = await raiseAlert(db, { ...input, dedupeKey: 'job2:row7' });
      assert.deepEqual(again, { id: '', created: false, suppressed: true });
      // a plain false positive (no suppression) closes without approval
      const b = await raiseAlert(db, alertFor(listedPersons()[4]!, { subjectKey: 'doc:Y1' }));
      assert.equal((await adjudicateAlert(db, u.officer, b.id, { decision: 'false_positive', reason: 'other person' })).status, 'false_positive');
      await assert.rejects(adjudicateAlert(db, u.officer, b.id, { decision: 'confirmed', reason: 'changed my mind' }), { statusCode: 409 });
      const stats = await queueStats(db, u.officer);
      assert.equal(stats.byStatus.false_positive, 2);
      assert.deepEqual(stats.timeToDecision.map((x) => [x.channel, x.decided]), [['batch', 1], ['border', 1]]);
      // a listing removed from its list closes its open alerts
      const c = await raiseAlert(db, alertFor(listedPersons()[5]!, { subjectKey: 'doc:Z9' }));
      assert.equal(await closeAlertsForRemovedListing(db, u.supervisor, listedPersons()[5]!.id, 'removed from the list in version 2'), 1);
      assert.equal((await getAlert(db, u.officer, c.id)).status, 'closed');
      assert.equal((await alertQueue(db, u.officer)).items.some((i) => i.id === c.id), false);
    } finally {
      await db.close();
    }
  });
}
