/**
 * Earlier encounters for a batch of travellers in one round trip per 400 keys: the same
 * document (number + country), or the same person (name tokens + birth date) under any document.
 */
import type { Db } from '../../store/db.js';
import { docKey, fullName, personKey, type TravellerSubject } from '../screen/subject.js';
import type { Encounter } from '../screen/screen-traveller.js';
import './schema.js';

const CHUNK = 400;

export async function findEncounters(db: Db, subjects: TravellerSubject[]): Promise<Encounter[][]> {
  const docKeys = subjects.map((s) => (s.document?.number ? docKey(s.document.number, s.document.issuingCountry ?? s.document.issuingState ?? null) : null));
  const personKeys = subjects.map((s) => personKey(s.lastName, s.firstNames, s.birthDate));
  const wantedDocs = [...new Set(docKeys.filter((k): k is string => !!k))];
  const wantedPersons = [...new Set(personKeys.filter((k): k is string => !!k))];
  const byDoc = new Map<string, Encounter[]>();
  const byPerson = new Map<string, Encounter[]>();
  const fetch = async (column: 'doc_key' | 'person_key', keys: string[], into: Map<string, Encounter[]>, via: Encounter['via']) => {
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await db.kysely.selectFrom('travel_crossings').selectAll().where(column, 'in', keys.slice(i, i + CHUNK)).orderBy('at', 'desc').execute();
      for (const r of rows) {
        const k = r[column]!;
        const e: Encounter = {
          crossingId: r.id, at: r.at, post: r.post, direction: r.direction, decision: r.decision, via,
          name: fullName({ lastName: r.last_name, firstNames: r.first_names }), birthDate: r.birth_date, docNumber: r.doc_number, docCountry: r.doc_country,
        };
        const list = into.get(k);
        if (list) list.push(e);
        else into.set(k, [e]);
      }
    }
  };
  if (wantedDocs.length) await fetch('doc_key', wantedDocs, byDoc, 'document');
  if (wantedPersons.length) await fetch('person_key', wantedPersons, byPerson, 'person');
  return subjects.map((_s, i) => {
    const viaDoc = docKeys[i] ? (byDoc.get(docKeys[i]!) ?? []) : [];
    const seen = new Set(viaDoc.map((e) => e.crossingId));
    const viaPerson = personKeys[i] ? (byPerson.get(personKeys[i]!) ?? []).filter((e) => !seen.has(e.crossingId)) : [];
    return [...viaDoc, ...viaPerson];
  });
}
