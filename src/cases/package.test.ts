import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { testDatabases } from '../store/testing.js';
import { ensureAgency } from '../auth/agencies.js';
import { raiseAlert } from './alerts.js';
import { adjudicateAlert, approveAlert } from './adjudicate.js';
import { addAction, addNote } from './cases.js';
import { shareObject } from './share.js';
import { renderPackageHtml, type SharePackage } from './package.js';
import { alertFor, listedPersons } from './testing.js';

type Schema = { $ref?: string; type?: string | string[]; const?: unknown; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; additionalProperties?: boolean | Schema; items?: Schema; oneOf?: Schema[] };
const schema = JSON.parse(fs.readFileSync(new URL('../../docs/share-package.schema.json', import.meta.url), 'utf8')) as Schema & { $defs: Record<string, Schema> };

/** The subset of JSON Schema the published schema uses, enough to hold packages to it. */
function check(v: unknown, s: Schema, at: string, errs: string[]): void {
  if (s.$ref) return check(v, schema.$defs[s.$ref.replace('#/$defs/', '')]!, at, errs);
  if (s.const !== undefined && v !== s.const) errs.push(`${at}: not ${JSON.stringify(s.const)}`);
  if (s.enum && !s.enum.includes(v as never)) errs.push(`${at}: ${JSON.stringify(v)} not in enum`);
  const types = s.type ? ([] as string[]).concat(s.type) : [];
  const t = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  if (types.length && !types.includes(t) && !(t === 'integer' && types.includes('number'))) errs.push(`${at}: ${t} is not ${types.join('|')}`);
  if (t === 'object' && (s.properties || s.additionalProperties !== undefined)) {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errs.push(`${at}.${r}: missing`);
    for (const [k, val] of Object.entries(o)) {
      if (val === undefined) continue;
      const ps = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (ps) check(val, ps, `${at}.${k}`, errs);
      else if (s.additionalProperties === false) errs.push(`${at}.${k}: not in the schema`);
    }
  }
  if (t === 'array' && s.items) (v as unknown[]).forEach((x, i) => check(x, s.items!, `${at}[${i}]`, errs));
  if (s.oneOf && s.oneOf.filter((o) => { const e: string[] = []; check(v, o, at, e); return !e.length; }).length !== 1) errs.push(`${at}: not exactly one of oneOf`);
}

function valid(pkg: SharePackage): string[] {
  const errs: string[] = [];
  check(JSON.parse(JSON.stringify(pkg)), schema, '$', errs);
  return errs;
}

for (const t of testDatabases()) {
  test(`share packages at every scope follow the published JSON Schema on ${t.name}`, async () => {
    const db = await t.open();
    try {
      const analyst = { id: 'a1', kind: 'user' as const, name: 'Ana', role: 'analyst' as const, agency: 'migration' };
      const supervisor = { ...analyst, id: 's1', name: 'Sol', role: 'supervisor' as const };
      await ensureAgency(db, 'interpol', { kind: 'partner' });
      const a = await raiseAlert(db, alertFor(listedPersons()[2]!, { agency: 'migration', channel: 'manifest' }));
      await adjudicateAlert(db, analyst, a.id, { decision: 'confirmed', reason: 'date of birth and name agree' });
      const caseId = (await approveAlert(db, supervisor, a.id, { approve: true, reason: 'agreed' })).caseId!;
      await addAction(db, analyst, caseId, { type: 'refer-to-partner', due: '2026-12-10', text: 'ask for the file <script>alert(1)</script>' });
      await addNote(db, analyst, caseId, 'Name <script>alert(1)</script> seen on manifest');
      for (const scope of ['summary', 'evidence', 'full'] as const) {
        for (const kind of ['alert', 'case'] as const) {
          const { package: pkg } = await shareObject(db, analyst, { kind, id: kind === 'alert' ? a.id : caseId, toAgency: 'interpol', scope, purpose: 'notice' });
          assert.deepEqual(valid(pkg), [], `${kind} at ${scope}`);
          assert.equal(pkg.scope, scope);
          const html = renderPackageHtml(pkg);
          assert.ok(!html.includes('<script>'), 'names and notes are escaped');
          if (kind === 'case' && scope === 'full') assert.match(html, /&lt;script&gt;/);
        }
      }
      assert.ok(valid({ ...(await shareObject(db, analyst, { kind: 'alert', id: a.id, toAgency: 'interpol', scope: 'full', purpose: 'x y z' })).package, extra: 1 } as never).length > 0, 'the check does catch fields outside the schema');
    } finally {
      await db.close();
    }
  });
}
