import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCjkCompany, segmentCjkOrg } from './cjk-orgs.js';
import { compare } from './compare.js';
import type { Entity } from '../model/entity.js';

const org = (name: string): Entity => ({ id: name, schema: 'Organization', properties: { name: [name] } }) as Entity;

test('a Chinese company name is cut into its name and the common words of company names', () => {
  assert.deepEqual(segmentCjkOrg('沈忠國際海運有限公司').map((p) => p.text), ['沈忠', 'international', 'shipping', 'ltd']);
  assert.ok(isCjkCompany('華信船務(香港)有限公司'));
  assert.ok(!isCjkCompany('习近平'));
});

test('Chinese and Japanese company names meet the Latin names lists give them', () => {
  assert.ok(compare(org('沈忠國際海運有限公司'), org('SHEN ZHONG INTERNATIONAL SHIPPING')).score >= 0.85);
  assert.ok(compare(org('華信船務(香港)有限公司'), org('HUAXIN SHIPPING HONGKONG LTD')).score >= 0.85);
  assert.ok(compare(org('TsST有限 会社'), org('OOO TSST')).score >= 0.85);
  // Sharing only the common words is not a match.
  assert.ok(compare(org('朝鲜联合机械贸易会社'), org('KOREA HYOKSIN TRADING CORPORATION')).score < 0.62);
});
