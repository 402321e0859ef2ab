/**
 * Test and benchmark helpers for the travel domain: a database with real listed persons (the
 * shared OpenSanctions cluster) and the sources' lost-and-stolen fixture, the matching engine
 * built over them, and generated manifests in which a few travellers are planted.
 */
import path from 'node:path';
import { faker } from '@faker-js/faker';
import type { Db } from '../store/db.js';
import { createContext, type AppContext } from '../app/context.js';
import { loadConfig } from '../config.js';
import { importList, importReading } from '../lists/index.js';
import { ftmReading } from '../lists/testing.js';
import { buildIndex } from '../screening/index-build.js';
import type { Principal } from '../auth/principal.js';
import type { GenManifest, GenTraveller } from './paxlst/generate.js';

export const OFFICER: Principal = { id: 'officer-7', kind: 'user', name: 'Officer Seven', role: 'officer', agency: 'border-police' };

const ROOT = process.cwd();
export const CLUSTER = path.resolve(ROOT, '../shared/data/lists/ftm/yente_zala_sanctions_cluster.ftm.json');
export const SLTD_FIXTURE = path.resolve(ROOT, 'src/sources/sltd/fixtures/sltd_register.csv');
export const UN_LIST = path.resolve(ROOT, '../shared/data/lists/un/un_consolidated_2026-02-27.xml');

/** A context over `db` with the cluster (and optionally the UN list) and the SLTD register loaded, index built. */
export async function travelContext(db: Db, opts: { un?: boolean } = {}): Promise<AppContext> {
  await importReading(db, ftmReading(CLUSTER, 'ftm'), { file: path.basename(CLUSTER), sha256: 'test' });
  await importList(db, SLTD_FIXTURE, { format: 'sltd-csv', list: 'sltd' });
  if (opts.un) await importList(db, UN_LIST, { list: 'un' });
  const ctx = await createContext(loadConfig(), { db });
  await buildIndex(ctx);
  return ctx;
}

/** The travellers planted in `manifestWithPlants`, by what should flag them. */
export const PLANTED: Record<string, GenTraveller> = {
  // a listed alias (Svetlana Nikolayevna Moskvina, a.k.a. of Svetlana ZAKHAROVA) with the listed birth date
  alias: { lastName: 'MOSKVINA', firstNames: 'SVETLANA NIKOLAYEVNA', sex: 'F', birthDate: '1964-03-18', nationality: 'RUS', documents: [{ type: 'P', number: '751234567', expiryDate: '2031-03-01', issuingState: 'RUS' }] },
  // the listed name and birth date (Konstantin Abashkin)
  listed: { lastName: 'ABASHKIN', firstNames: 'KONSTANTIN', sex: 'M', birthDate: '1986-06-24', nationality: 'RUS', documents: [{ type: 'P', number: '758765432', expiryDate: '2030-07-15', issuingState: 'RUS' }] },
  // someone else carrying the passport number the list gives for Lavrentii ZAKHAROV (089132114)
  listedDocument: { lastName: 'PETROV', firstNames: 'IVAN', sex: 'M', birthDate: '1971-09-30', nationality: 'RUS', documents: [{ type: 'P', number: '089132114', expiryDate: '2029-10-10', issuingState: 'RUS' }] },
  // an unremarkable traveller carrying a passport reported stolen (fixture X4471120, COL)
  stolen: { lastName: 'MARTINEZ', firstNames: 'LUCIA', sex: 'F', birthDate: '1991-04-12', nationality: 'COL', documents: [{ type: 'P', number: 'X4471120', expiryDate: '2032-01-20', issuingState: 'COL' }] },
};

const NATIONALITIES = ['USA', 'GBR', 'FRA', 'ESP', 'ITA', 'NLD', 'CAN', 'BRA', 'MEX', 'JPN', 'AUS', 'PAN', 'CHL', 'SWE', 'IRL'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `n` generated travellers (seeded, so every run is the same), with the planted ones at the given positions. */
export function manifestWithPlants(n: number, plants: Record<number, GenTraveller> = {}, seed = 20261127): GenManifest {
  faker.seed(seed);
  const travellers: GenTraveller[] = [];
  for (let i = 0; i < n; i++) {
    const planted = plants[i];
    if (planted) {
      travellers.push(planted);
      continue;
    }
    const sex = faker.helpers.arrayElement(['M', 'F'] as const);
    const nat = faker.helpers.arrayElement(NATIONALITIES);
    travellers.push({
      lastName: faker.person.lastName().toUpperCase(),
      firstNames: faker.person.firstName(sex === 'M' ? 'male' : 'female').toUpperCase(),
      sex,
      birthDate: iso(faker.date.between({ from: '1940-01-01', to: '2010-12-31' })),
      nationality: nat,
      documents: [{ type: 'P', number: faker.string.alphanumeric({ length: 9, casing: 'upper' }), expiryDate: iso(faker.date.between({ from: '2028-01-01', to: '2036-12-31' })), issuingState: nat }],
      reservationRef: faker.string.alphanumeric({ length: 6, casing: 'upper' }),
    });
  }
  return {
    carrier: 'AT',
    legs: [
      { flight: 'AT0471', from: 'MAD', to: 'BOG', departure: '2026-11-28T09:10', arrival: '2026-11-28T13:45' },
      { flight: 'AT0472', from: 'BOG', to: 'PTY', departure: '2026-11-28T15:00', arrival: '2026-11-28T16:40' },
    ],
    travellers,
  };
}
