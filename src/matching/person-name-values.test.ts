import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { personNameValues } from './person-name-values.js';

test('a person\'s name value with ";" or brackets gives its names one by one, notes left out', () => {
  assert.deepEqual(personNameValues('Husain Salimi; Hosain Salimi'), ['Husain Salimi', 'Hosain Salimi']);
  assert.deepEqual(personNameValues('Abou Mouhadjir (ابو مهاجر)'), ['Abou Mouhadjir', 'ابو مهاجر']);
  assert.deepEqual(personNameValues('حسن غول (Hassan Ghul; Hasan Gul)'), ['حسن غول', 'Hassan Ghul', 'Hasan Gul']);
  assert.deepEqual(personNameValues('Abu Muhammad (original script: Абу Мухаммад)'), ['Abu Muhammad', 'Абу Мухаммад']);
  assert.deepEqual(personNameValues('Encep Nurjaman (birth name)'), ['Encep Nurjaman']);
  assert.deepEqual(personNameValues('Ezatullah Haqqani (previously listed as)'), ['Ezatullah Haqqani']);
  assert.deepEqual(personNameValues('PUTIN, Vladimir'), ['PUTIN, Vladimir']);
});

test('a query listing spellings separated by ";" meets the listed name as well as its best spelling', () => {
  const q = { id: 'q', schema: 'Person', properties: { name: ['Husain Salimi; Hosain Salimi; Hossein Salimi; Hossein Saleemi'] } };
  const c = { id: 'c', schema: 'Person', properties: { name: ['HOSEIN SALIMI'] } };
  assert.ok(compare(q, c).score >= 0.85);
});

test('a name written in Latin letters and again in its script is two names; "son of" names the father after the own name', () => {
  assert.deepEqual(personNameValues('Agha Jan Alizai اغا جان عالیزی'), ['Agha Jan Alizai', 'اغا جان عالیزی']);
  assert.deepEqual(personNameValues('Abdul Haq son of M. Anwar Khan'), ['Abdul Haq', 'Abdul Haq M. Anwar Khan']);
  assert.deepEqual(personNameValues('KIM Jong Un'), ['KIM Jong Un']);
});

test('a note on birth after the name is no part of it; a generation after the name weighs as little as a particle', () => {
  assert.deepEqual(personNameValues('Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967'), ['Khirullah Said Wali Khairkhwa']);
  assert.deepEqual(personNameValues('Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)'), ['Safia Farkash Mohammed Al-Hadad']);
  assert.deepEqual(personNameValues('Mohammad Ishaq Akhund born in 1963'), ['Mohammad Ishaq Akhund']);
  assert.deepEqual(personNameValues('Born in Kandahar'), ['Born in Kandahar'], 'a value that is all note stays as it is');
  assert.deepEqual(personNameValues('X Y (Abu Ahmad Al Rahman; Ahmad Abd Al Rahman Al Masri; Ahmed Abdul Rahman Mohammed)').length, 4, 'many names in one bracket are names');
  assert.deepEqual(personNameValues('Abdel Ilah Sabri (false identity related to fraudulent South African identification number 6910275240086 linked to South African passport number 434021161)'), ['Abdel Ilah Sabri']);
  const p = (name: string, id: string) => ({ id, schema: 'Person', properties: { name: [name] } });
  // A UN alias with its generation, the listed name with a middle name and without it.
  assert.ok(compare(p('Hilarion Santos, III', 'q'), p('HILARION DEL ROSARIO SANTOS', 'c')).score >= 0.62);
  assert.ok(compare(p('RUBEN PESTANO LAVILLA, JR', 'q'), p('Ruben Lavilla', 'c')).score >= 0.85);
});
