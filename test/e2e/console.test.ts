/**
 * The console in a real browser (Debian's Chromium through playwright-core): an officer signs in,
 * scans the passport of a listed person, refers the traveller to secondary inspection; the alert
 * appears in the queue; an analyst confirms the match, a supervisor approves it (four-eyes) and the
 * case opens; the language switches; a small batch file is screened.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { checkDigit } from '../../src/travel/mrz/check-digit.js';
import { buildPaxlst } from '../../src/travel/paxlst/generate.js';
import { manifestWithPlants } from '../../src/travel/testing.js';
import { portraits } from '../../src/biometrics/sample-faces.js';
import { defaultFaceModel } from '../../src/biometrics/service.js';
import { brightness, recompress, scale } from '../../src/biometrics/alter.js';
import { encodeJpeg } from '../../src/biometrics/image.js';
import { chromiumAvailable, startHarness, screenshotPath, type Harness } from './browser.js';

/** A TD3 passport MRZ with every check digit right. */
function td3(surname: string, given: string, nat: string, dob: string, sex: 'M' | 'F', number: string): string[] {
  const pad = (s: string, n: number) => (s + '<'.repeat(n)).slice(0, n);
  const line1 = pad(`P<${nat}${surname.replace(/ /g, '<')}<<${given.replace(/ /g, '<')}`, 44);
  const doc = pad(number, 9);
  const expiry = '330101';
  const opt = pad('', 14);
  const parts = [doc + checkDigit(doc), dob + checkDigit(dob), expiry + checkDigit(expiry), opt + checkDigit(opt)];
  const line2 = `${parts[0]}${nat}${parts[1]}${sex}${parts[2]}${parts[3]}${checkDigit(parts.join(''))}`;
  return [line1, line2];
}

const skip = !chromiumAvailable() && 'Chromium is not installed (apt-get install chromium)';
let h: Harness;

before(async () => {
  if (skip) return;
  h = await startHarness([
    { username: 'officer1', role: 'officer', agency: 'border-police' },
    { username: 'analyst1', role: 'analyst', agency: 'border-police' },
    { username: 'super1', role: 'supervisor', agency: 'border-police' },
    { username: 'customs1', role: 'analyst', agency: 'customs' },
  ]);
});
after(async () => {
  await h?.close();
});

async function login(page: Page, username: string): Promise<void> {
  await page.goto(h.server.url + '/');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', h.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const file = screenshotPath(name);
  if (file) await page.screenshot({ path: file, fullPage });
}

test('an officer scans a listed person, refers them; the alert is confirmed with four-eyes, a case opens with an action and is shared; language switches; a manifest shows who to meet; a batch is screened', { skip, timeout: 240_000 }, async () => {
  const ctx = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  await login(page, 'officer1');
  await shot(page, 'inspection-empty');

  // Primary inspection: the MRZ field has the focus, as a document reader needs.
  const mrz = td3('MBARUSHIMANA', 'CALLIXTE', 'RWA', '630724', 'M', 'RW1234567');
  await page.keyboard.type(mrz.join('\n'));
  await page.click('[data-testid=check]');
  const verdict = await page.waitForSelector('[data-testid=verdict]');
  assert.match((await verdict.textContent()) ?? '', /REFER|REFUSE/);
  await page.waitForSelector('[data-testid=hit]');
  const hitText = (await page.textContent('[data-testid=hit]')) ?? '';
  assert.match(hitText, /MBARUSHIMANA/i);
  await shot(page, 'inspection-hit');
  // A booth's small screen: the verdict and the decision buttons stay in view.
  await page.setViewportSize({ width: 600, height: 900 });
  assert.ok(await page.isVisible('[data-testid=verdict]'));
  await shot(page, 'inspection-small-screen', false);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.keyboard.press('F3');
  await page.waitForSelector('[data-testid=recorded]');

  // The alert is in the agency's queue.
  await page.goto(h.server.url + '/#/alerts');
  await page.waitForSelector('[data-testid=alert-queue]');
  assert.match((await page.textContent('[data-testid=alert-queue]')) ?? '', /MBARUSHIMANA/i);
  await ctx.close();

  // An analyst confirms the match; it waits for a supervisor.
  const actx = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const apage = await actx.newPage();
  await login(apage, 'analyst1');
  await apage.goto(h.server.url + '/#/alerts');
  await apage.click('[data-testid=alert-queue] tbody tr');
  await apage.waitForSelector('[data-testid=decision]');
  await shot(apage, 'alert');
  await apage.selectOption('[data-testid=decision]', 'confirmed');
  await apage.fill('[data-testid=reason]', 'Name, birth date and nationality agree with the UN listing');
  await apage.click('[data-testid=adjudicate]');
  await apage.waitForSelector('[data-testid=alert-status]:text-is("pending_approval")');
  const alertUrl = apage.url();
  await actx.close();

  // A supervisor approves; the alert is confirmed and a case is opened.
  const sctx = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const spage = await sctx.newPage();
  await login(spage, 'super1');
  await spage.goto(alertUrl);
  await spage.fill('[data-testid=approval-reason]', 'Checked the listing and the passport: same person');
  await spage.click('[data-testid=approve]');
  await spage.waitForSelector('[data-testid=alert-status]:text-is("confirmed")');
  await spage.click('[data-testid=case-link]');
  await spage.waitForSelector('[data-testid=timeline] li');
  assert.match((await spage.textContent('[data-testid=case-title]')) ?? '', /MBARUSHIMANA/i);
  // An action with its date, and the case shared with customs for its evidence.
  await spage.selectOption('[data-testid=action-type]', 'deny-entry');
  await spage.click('[data-testid=add-action]');
  await spage.waitForSelector('[data-testid=timeline] li:has-text("deny-entry")');
  await spage.selectOption('[data-testid=share-agency]', 'customs');
  await spage.fill('[data-testid=share-purpose]', 'Joint task force: goods declared by the same person');
  await spage.click('[data-testid=share]');
  await spage.waitForSelector('text=Shared with customs.');
  await shot(spage, 'case');

  // Spanish and back.
  await spage.click('[data-testid=lang-switch]');
  await spage.waitForSelector('text=Cerrar sesión');
  assert.equal(await spage.getAttribute('html', 'lang'), 'es');
  await spage.click('[data-testid=lang-switch]');
  await spage.waitForSelector('text=Log out');

  // A flight's manifest: 30 travellers, one of them listed; he is the one to meet.
  const paxlst = path.join(h.dir, 'CM0301.edi');
  fs.writeFileSync(paxlst, buildPaxlst(manifestWithPlants(30, { 12: { lastName: 'MBARUSHIMANA', firstNames: 'CALLIXTE', sex: 'M', birthDate: '1963-07-24', nationality: 'RWA', documents: [{ type: 'P', number: 'RW7654321', expiryDate: '2031-01-01', issuingState: 'RWA' }] } })));
  await spage.goto(h.server.url + '/#/flights');
  await spage.setInputFiles('[data-testid=paxlst-file]', paxlst);
  await spage.waitForSelector('[data-testid=to-meet] tr');
  assert.match((await spage.textContent('[data-testid=to-meet]')) ?? '', /MBARUSHIMANA/i);
  await shot(spage, 'flights');

  // A small batch of customers, one of them listed.
  const csv = path.join(h.dir, 'customers.csv');
  fs.writeFileSync(csv, 'Customer ID,Full name,DOB\nc1,Jane Ordinary,1985-02-03\nc2,Callixte Mbarushimana,1963-07-24\nc3,Pedro Gomez,1990-11-30\n');
  await spage.goto(h.server.url + '/#/batch');
  await spage.setInputFiles('[data-testid=batch-file]', csv);
  await spage.selectOption('select[aria-label=birthDate]', 'DOB');
  await spage.click('[data-testid=batch-start]');
  await spage.waitForSelector('[data-testid=batch-done]', { timeout: 60_000 });
  assert.match((await spage.textContent('[data-testid=batch-done]')) ?? '', /1/);
  await shot(spage, 'batch');

  await spage.goto(h.server.url + '/#/lists/un');
  await spage.waitForSelector('text=un');
  await shot(spage, 'lists', false);
  await spage.goto(h.server.url + '/#/dashboard');
  await spage.waitForSelector('.recharts-responsive-container');
  await shot(spage, 'dashboard');
  await sctx.close();
});

test('an officer enrols two encounters of one face under different names; the second is linked and the identity lists both names', { skip, timeout: 180_000 }, async () => {
  // A portrait cut from a sample photograph shipped in @vladmandic/face-api, and the same face
  // "photographed again" (smaller, brighter, recompressed).
  const [face] = await portraits(defaultFaceModel(), 1);
  assert.ok(face, 'the sample photograph has a face');
  const first = path.join(h.dir, 'first.jpg');
  const again = path.join(h.dir, 'again.jpg');
  fs.writeFileSync(first, face.jpeg);
  fs.writeFileSync(again, encodeJpeg(recompress(brightness(scale(face.image, 0.85), 20), 60), 80));

  const ctx = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  await login(page, 'officer1');
  const enrol = async (name: string, file: string) => {
    await page.goto(h.server.url + '/#/encounters');
    await page.reload(); // a fresh form: no answer left from the enrolment before
    await page.fill('[data-testid=enc-name]', name);
    await page.fill('[data-testid=enc-legal]', 'Migration Act art. 12');
    await page.setInputFiles('[data-testid=enc-photo]', file);
    await page.click('[data-testid=enc-enrol]');
    return page.waitForSelector('[data-testid=enc-result]', { timeout: 60_000 });
  };
  await enrol('Ahmad Karimi', first);
  assert.match((await page.textContent('[data-testid=enc-result]')) ?? '', /New identity/);
  await enrol('Ahmed Kareemi', again);
  const result = (await page.textContent('[data-testid=enc-result]')) ?? '';
  assert.match(result, /Linked to a known identity/);
  await page.waitForSelector('[data-testid=identity-names] td');
  const names = (await page.textContent('[data-testid=identity-names]')) ?? '';
  assert.match(names, /Ahmad Karimi/);
  assert.match(names, /Ahmed Kareemi/);
  await shot(page, 'encounter');
  await ctx.close();
});
