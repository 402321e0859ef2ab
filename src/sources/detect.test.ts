import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listFile, tempFile } from './common/testing.js';
import { InputError } from '../errors.js';
import { detectFormat } from './index.js';

test('detectFormat tells every shared list file by its content', async () => {
  const expected: [string, string][] = [
    ['un/un_consolidated_2026-02-27.xml', 'un-xml'],
    ['ofac/sdn_2024-04-25.csv', 'ofac-csv'],
    ['ofac/set_2021-07/sdn.csv', 'ofac-csv'],
    ['ofac/sdn_xml_excerpt_2026-08-07.xml', 'ofac-xml'],
    ['ofac/consolidated_nonsdn_2026-01-08.xml', 'ofac-xml'],
    ['ofac/cons_advanced_2020-03-17.xml', 'ofac-advanced-xml'],
    ['eu/eu_fsf_v1.1_excerpt_2026-08-05.xml', 'eu-xml'],
    ['uk/uk_sanctions_list_excerpt_2026-08-14.xml', 'uk-xml'],
    ['ftm/yente_t1_eu_fsf.ftm.json', 'ftm'],
  ];
  for (const [file, format] of expected) assert.equal(await detectFormat(listFile(file)), format, file);
});

test('detectFormat refuses a file it cannot tell, naming it', async () => {
  await assert.rejects(detectFormat(listFile('other/canada_sema_autonomous_sanctions.xml')), (e: unknown) => e instanceof InputError && /canada_sema_autonomous_sanctions\.xml/.test(e.message) && /data-set/.test(e.message));
  await assert.rejects(detectFormat(tempFile('notes.txt', 'hello\nworld\n')), (e: unknown) => e instanceof InputError && /cannot tell the list format/.test(e.message));
  await assert.rejects(detectFormat('/nonexistent/list.xml'), InputError);
});
