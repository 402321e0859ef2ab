/**
 * Test helpers for the cases domain: real listed persons from the shared OpenSanctions FtM
 * fixture, and a screened subject made to look like them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '../model/entity.js';
import type { NewAlert } from './types.js';

let persons: Entity[] | undefined;

/** Persons of ../shared/data/lists/ftm/yente_zala_sanctions_cluster.ftm.json. */
export function listedPersons(): Entity[] {
  if (!persons) {
    const file = path.resolve(process.cwd(), '../shared/data/lists/ftm/yente_zala_sanctions_cluster.ftm.json');
    persons = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entity)
      .filter((e) => e.schema === 'Person' && e.properties.name?.length)
      .map((e) => ({ ...e, provenance: { list: 'ftm', version: 1, sourceId: e.id } }));
  }
  return persons;
}

export function alertFor(listed: Entity, over: Partial<NewAlert> = {}): NewAlert {
  const name = listed.properties.name![0]!;
  const subjectKey = over.subjectKey ?? `doc:${listed.id.slice(-8)}`;
  return {
    channel: 'border',
    agency: 'border-police',
    subject: { id: subjectKey, schema: 'Person', properties: { name: [name] } },
    subjectKey,
    listed,
    listId: 'ftm',
    listVersion: 1,
    score: 0.91,
    band: 'block',
    reasons: [{ feature: 'name', text: `Listed name "${name}" matches "${name}" exactly`, weight: 0.9 }],
    sourceRef: 'crossing:1',
    ...over,
  };
}
