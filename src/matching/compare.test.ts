import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { compare, DEFAULT_THRESHOLDS } from './index.js';

const person = (name: string | string[], extra: Record<string, string[]> = {}): Entity => ({
  id: 'q', schema: 'Person', properties: { name: Array.isArray(name) ? name : [name], ...extra },
});
const org = (name: string, extra: Record<string, string[]> = {}, schema = 'Company'): Entity => ({ id: 'o', schema, properties: { name: [name], ...extra } });

test('a name in inverted order with a patronymic matches the plain name', () => {
  const r = compare(person('Vladimir Putin'), person('PUTIN, Vladimir Vladimirovich'));
  assert.ok(r.score >= DEFAULT_THRESHOLDS.block, String(r.score));
  assert.match(r.explanation[0]!.text, /"putin" = "putin"/);
});

test('Cyrillic, Arabic, Hangul, Han and Hebrew names match their Latin forms', () => {
  const pairs: [string, string][] = [
    ['Владимир Путин', 'Vladimir Putin'],
    ['محمد المصري', 'Muhammad al-Masri'],
    ['أسامة بن لادن', 'Usama bin Laden'],
    ['김정은', 'Kim Jong Un'],
    ['习近平', 'Xi Jinping'],
    ['אברהם כהן', 'Avraham Cohen'],
  ];
  for (const [a, b] of pairs) {
    const r = compare(person(a), person(b));
    assert.ok(r.score >= DEFAULT_THRESHOLDS.review, `${a} / ${b}: ${r.score}`);
  }
});

test('romanisation variants of given names match (Mohammed/Muhammad, Yevgeny/Evgeniy)', () => {
  assert.ok(compare(person('Mohammed Hamdan'), person('Muhammad Hamdan')).score >= DEFAULT_THRESHOLDS.block);
  assert.ok(compare(person('Evgeniy Prigozhin'), person('Yevgeny Viktorovich PRIGOZHIN')).score >= DEFAULT_THRESHOLDS.block);
});

test('people who share only a family name or a common given name are not flagged', () => {
  assert.equal(compare(person('John Smith'), person('Jane Smith')).band, 'none');
  assert.equal(compare(person('Ali Hassan'), person('Ali Ahmed')).band, 'none');
});

test('a date of birth far apart turns a common-name match down, the same date raises it', () => {
  const apart = compare(person('Mohammed Ali', { birthDate: ['1970-03-12'] }), person('Muhammad Ali', { birthDate: ['1985'] }));
  const same = compare(person('Mohammed Ali', { birthDate: ['1970-03-12'] }), person('Muhammad Ali', { birthDate: ['1970-03-12'] }));
  assert.ok(apart.score < DEFAULT_THRESHOLDS.review, String(apart.score));
  assert.ok(same.score > apart.score);
  assert.ok(apart.explanation.some((r) => r.feature === 'birthDate' && r.weight < 0));
});

test('the same full date of birth lifts a name that shares only part of the listed one to review, not to block', () => {
  const listed = person('DAWOOD IBRAHIM KASKAR', { birthDate: ['1955-12-26'] });
  const none = compare(person('Dawood Bhai'), listed);
  const sameDay = compare(person('Dawood Bhai', { birthDate: ['1955-12-26'] }), listed);
  const sameYear = compare(person('Dawood Bhai', { birthDate: ['1955'] }), listed);
  assert.ok(none.score < DEFAULT_THRESHOLDS.review, String(none.score));
  assert.ok(sameYear.score < DEFAULT_THRESHOLDS.review, String(sameYear.score));
  assert.equal(sameDay.band, 'review', String(sameDay.score));
  // A name with nothing in common gains nothing from a shared birthday.
  const stranger = compare(person('Pierre Dupont', { birthDate: ['1955-12-26'] }), listed);
  assert.ok(stranger.score < 0.2, String(stranger.score));
});

test('a legal form or generic word alone never matches, joined words do', () => {
  assert.equal(compare(org('CORP'), org('ARGUMENT CORP')).band, 'none');
  assert.equal(compare(org('Trading Company'), org('Golden Trading Company')).band, 'none');
  assert.ok(compare(org('JSCARGUMENT'), org('JSC ARGUMENT')).score >= DEFAULT_THRESHOLDS.block);
});

test('a shared IMO number flags a renamed vessel; a different one clears a same-named vessel', () => {
  const v = (name: string, imo: string): Entity => ({ id: 'v', schema: 'Vessel', properties: { name: [name], imoNumber: [imo] } });
  assert.notEqual(compare(v('Ocean Star', 'IMO 9187629'), v('Sea Dragon', '9187629')).band, 'none');
  assert.equal(compare(v('Ocean Star', '9187629'), v('Ocean Star', '9305609')).band, 'none');
});

test('a person never matches a vessel of the same name', () => {
  const r = compare(person('Maria Elena'), { id: 'v', schema: 'Vessel', properties: { name: ['Maria Elena'] } });
  assert.equal(r.band, 'none');
});

test('odd input gives a score, not an exception', () => {
  for (const e of [{ id: 'x', schema: 'Nope', properties: {} }, { id: 'y', schema: 'Person', properties: { name: ['', '   ', '!!!'] } }] as Entity[]) {
    const r = compare(e, person('Vladimir Putin'));
    assert.equal(r.band, 'none');
    assert.ok(r.score >= 0 && r.score <= 1);
  }
});

test('symbols are no part of a name, and an apostrophe typed any way joins its word', () => {
  const plain = compare(person('Putin'), person('Vladimir Putin')).score;
  assert.equal(compare(person('Putin 😀'), person('Vladimir Putin')).score, plain);
  assert.equal(compare(org('ACME™ Corp'), org('ACME CORP')).score, compare(org('ACME Corp'), org('ACME CORP')).score);
  for (const n of ['O´Brien', 'O`Brien', 'O＇Brien', 'O’Brien']) assert.ok(compare(person(`Sean ${n}`), person("Sean O'Brien")).score >= 0.99, n);
});
