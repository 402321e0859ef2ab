import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abjadWholeSimilarity, nameSimilarity } from './names.js';
import { prepareName } from './prepare.js';
import { breaksCompatible } from './word-breaks.js';

const p = (s: string) => prepareName(s, 'person');

test('whole-name consonants meet only names that join words the other writes apart', () => {
  // A compound written apart on one side: compatible.
  assert.ok(breaksCompatible('sdddn', [[2]], 'sdddn', []));
  assert.ok(abjadWholeSimilarity(p('محمد صلاح الدين عبدالحليم زيدان'), p('MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE')) >= 0.84);
  // The same consonants cut elsewhere: t-m-n|m-n is not s-m|n-m-n.
  assert.ok(!breaksCompatible('Tmnmn', [[3]], 'smnmn', [[2]]));
  assert.equal(abjadWholeSimilarity(p('عثمان میمن'), p('Sam NAMAN')), 0);
  // Word for word: the words themselves say it (حامد is not "Ahmed").
  assert.equal(abjadWholeSimilarity(p('حامد بن عاشور'), p('Ahmed AL-ASIRI')), 0);
});

test('an Arabic article before a sun letter is heard in the word before it (Abdur Rehman)', () => {
  assert.ok(nameSimilarity(p('ABDUR REHMAN'), p('عبد الرحمن')).score >= 0.85);
});
