/**
 * Ordinary, non-listed people of many cultures, generated with @faker-js/faker (seeded): name
 * in the locale's own script (as a national ID or a native-script manifest would carry it), birth
 * date, nationality and gender. Used to count false alarms.
 */
import {
  fakerAR, fakerAZ, fakerDE, fakerEN_IN, fakerEN_NG, fakerEN_US, fakerES, fakerES_MX, fakerFA, fakerFR, fakerHE, fakerID_ID,
  fakerKO, fakerPT_BR, fakerRU, fakerTR, fakerUK, fakerUR, fakerUZ_UZ_latin, fakerVI, fakerZH_CN, type Faker,
} from '@faker-js/faker';
import { add, makeEntity, type Entity } from '../../src/model/entity.js';

/** Locale, its faker, and the nationality its people get. */
export const LOCALES: [string, Faker, string][] = [
  ['ar', fakerAR, 'sa'], ['fa', fakerFA, 'ir'], ['ur', fakerUR, 'pk'], ['az', fakerAZ, 'az'], ['uz_UZ_latin', fakerUZ_UZ_latin, 'uz'],
  ['tr', fakerTR, 'tr'], ['id_ID', fakerID_ID, 'id'], ['ru', fakerRU, 'ru'], ['uk', fakerUK, 'ua'], ['zh_CN', fakerZH_CN, 'cn'],
  ['ko', fakerKO, 'kr'], ['vi', fakerVI, 'vn'], ['he', fakerHE, 'il'], ['en_US', fakerEN_US, 'us'], ['en_IN', fakerEN_IN, 'in'],
  ['en_NG', fakerEN_NG, 'ng'], ['es', fakerES, 'es'], ['es_MX', fakerES_MX, 'mx'], ['pt_BR', fakerPT_BR, 'br'], ['de', fakerDE, 'de'],
  ['fr', fakerFR, 'fr'],
];

const REFERENCE_DAY = '2026-11-27T00:00:00.000Z';

export function ordinaryPeople(n: number, seed = 42): (Entity & { locale: string })[] {
  const out: (Entity & { locale: string })[] = [];
  // Birth dates from a fixed day, not today: faker counts ages back from the current date, so the
  // same seed gave other birth dates (and another false-alarm file) on each day the bench ran.
  LOCALES.forEach(([, f], i) => {
    f.seed(seed + i);
    f.setDefaultRefDate(REFERENCE_DAY);
  });
  for (let i = 0; i < n; i++) {
    const [locale, f, country] = LOCALES[i % LOCALES.length]!;
    // Our own choice of sex: some locales' person.sex() returns localised words, not the enum.
    const sex = (i >> 1) % 2 ? 'female' : 'male';
    const first = f.person.firstName(sex);
    const last = f.person.lastName(sex);
    // East Asian names are written family name first, without a space in Han and Hangul.
    const name = locale === 'zh_CN' || locale === 'ko' ? `${last}${first}` : `${first} ${last}`;
    const e = makeEntity(`person-${i}`, 'Person');
    add(e, 'name', name);
    add(e, 'birthDate', f.date.birthdate({ mode: 'age', min: 18, max: 85 }).toISOString().slice(0, 10));
    add(e, 'nationality', country);
    add(e, 'gender', sex);
    out.push({ ...e, locale });
  }
  return out;
}
