/**
 * MatchIndex: candidate retrieval over listed entities without comparing the query with every
 * listed name. Each listed name is cut into blocking keys (phonetic key, consonant skeleton,
 * Korean romanisation key, given-name variant group, spelling prefix and suffix, the name with
 * words joined) and each identifier into an exact key. A query gathers the entities that share
 * its keys, ranks them by how many rare keys they share, and fully compares only the best few.
 * Entities live in slots; postings are integer runs in one packed array, found by the keys'
 * 64-bit hashes (key-table.ts), not by the key strings.
 */
import type { Entity } from '../model/entity.js';
import { MATCHABLE } from '../model/schema.js';
import { comparePrepared, DEFAULT_THRESHOLDS, type BestName } from './compare.js';
import { kindOf, kindsCompatible, prepareEntity, type PreparedEntity } from './entity-forms.js';
import { ID_KINDS, identifierValues } from './identifiers.js';
import { nameSimilarity } from './names.js';
import { grown, KeyHashSet, keyHash, KeyTable } from './key-table.js';
import { mayCompareNames } from './orgs/derived-names.js';
import { hanjaBlockingKeys, syllableBlockingKeys } from './east-asian.js';
import { classKey, consonantReadings, koreanKey, nameKey, SKELETON_READINGS, splitConsonants } from './phonetic.js';
import { isIdentityRole, type NameKind, type NameToken, type PreparedName } from './prepare.js';
import { SlipVocabulary } from './slips.js';
import type { Hit, Thresholds } from './types.js';
import { variantRoot } from './variants.js';

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  thresholds?: Thresholds;
  /** Only hits at or above this score (default: the review threshold). */
  minScore?: number;
  /** Only listed entities of these schemata. */
  schemata?: readonly string[];
  /** How many retrieved candidates to compare (default 20, at least twice the limit). */
  candidates?: number;
}

/** Share of the best candidate's retrieval score a candidate needs to be compared at all. */
const CANDIDATE_FLOOR = 0.35;

/** How many listed entities stay prepared for comparison (see remember()). */
const PREPARED_CACHE = 50_000;

/** The most that dates, countries and legal form can add to a name score (see compare.ts). */
const MAX_SUPPORT = 0.2;

const KIND_CODE: Record<NameKind, number> = { any: 0, person: 1, org: 2, vessel: 3 };
const KINDS: NameKind[] = ['any', 'person', 'org', 'vessel'];
/** The kind code of a removed entity's slot: compatible with no query. */
const REMOVED = 4;
/**
 * Per query kind code, per slot kind code (REMOVED last): whether kindsCompatible. Read from the
 * slots' kind bytes, so that candidateSlots does not load each touched slot's entity (a cache
 * miss each, a third of its time) to learn whether it was removed.
 */
const COMPATIBLE: Uint8Array[] = KINDS.map((q) => Uint8Array.from([...KINDS.map((c) => (kindsCompatible(q, c) ? 1 : 0)), 0]));

const tokenKeyCache = new Map<number, [string, number][]>();

/** Blocking keys of one word with their weight factors, computed once per interned word. */
function tokenKeys(t: NameToken): [string, number][] {
  const cached = t.id !== undefined ? tokenKeyCache.get(t.id) : undefined;
  if (cached) return cached;
  const out: [string, number][] = [];
  if (t.role === 'number') out.push([`n:${t.text}`, 0.5 / Math.max(t.weight, 0.01)]);
  else {
    if (t.key.length >= 2) out.push([`k:${t.key}`, 1]);
    if (t.skel.length >= 2) out.push([`s:${t.skel}`, 0.8]);
    // Consonants as written: an Arabic or Hebrew word's skeleton (حمزة hmz) is filed here too, where
    // the Latin spelling's consonants (hamza hmz) meet it; its phonetic skeleton (hms) differs.
    // Native Chinese and Korean name parts are compared by romanisation, not by consonants.
    // (Folding sound classes here too found a few more but brought more false alarms.)
    // A letter Arabic and Persian read differently (ث t/s, ض d/z) is filed under each reading.
    if (t.cons.length >= 2 && !t.native && (t.cons !== t.skel || t.script !== 'latin')) for (const c of consonantReadings(t.cons)) out.push([`c:${c}`, 0.6]);
    // An Arabic word ending in ta marbuta (ة, dropped from the skeleton) is written with a final t
    // when joined to the next word (عصبة الأنصار / "Asbat al-Ansar"): filed under that form too.
    if (t.script === 'arabic' && t.cons.length >= 2 && t.text.endsWith('h') && !t.cons.endsWith('h')) for (const c of consonantReadings(t.cons)) out.push([`c:${c}t`, 0.6]);
    // A Latin word whose consonants are its phonetic skeleton is filed under "s:" only (asbat, zia):
    // an Arabic word's other readings and ta marbuta form are looked up there too, as the
    // phonetic skeleton writes them (ض as d or s: the skeleton writes z as s).
    if ((t.script === 'arabic' || t.script === 'hebrew') && t.cons.length >= 2) {
      const forms = consonantReadings(t.cons, SKELETON_READINGS);
      if (t.script === 'arabic' && t.text.endsWith('h') && !t.cons.endsWith('h')) forms.push(...forms.map((c) => `${c}t`));
      for (const c of new Set(forms)) if (c !== t.skel) out.push([`s:${c}`, 0.6]);
    }
    const split = t.script === 'latin' ? splitConsonants(t.text) : undefined;
    if (split && split !== t.cons && split.length >= 3) out.push([`c:${split}`, 0.6]);
    if (t.text.length >= 5) {
      out.push([`p:${t.text.slice(0, 4)}`, 0.6]);
      out.push([`e:${t.text.slice(-4)}`, 0.6]);
    }
    const root = variantRoot(t.text);
    if (root) out.push([`v:${root}`, 1]);
    if (t.text.length >= 2 && t.text.length <= 12) out.push([`r:${koreanKey(t.text)}`, 0.7]);
    for (const k of syllableBlockingKeys(t)) out.push([k, 0.7]);
    // A Japanese name in Cyrillic is filed under its Hepburn reading's key too (Кэндзи: kenji).
    const hepburn = t.script === 'cyrillic' ? t.base?.alts : undefined;
    if (hepburn) out.push([`k:${nameKey(hepburn[0]!)}`, 0.9]);
  }
  if (t.id !== undefined) {
    if (tokenKeyCache.size > 500_000) tokenKeyCache.clear();
    tokenKeyCache.set(t.id, out);
  }
  return out;
}

/**
 * A one-word Han or Hangul name read as a foreign name transcribed (prepare.ts transcription): the
 * consonants of its other likely Latin spellings too (亨德森 is read "hendeson" first; "henderson"
 * is among the others), which its own keys miss. (Only for such names: every word of a Chinese or
 * Korean name written given name first is read so, and their alternatives crowded the candidates.)
 */
function transcriptionKeys(t: NameToken): [string, number][] {
  const out: [string, number][] = [];
  for (const c of t.base?.alts ?? []) if (c.length >= 3 && c !== t.cons) out.push([`s:${c}`, 0.5], [`c:${c}`, 0.5]);
  return out;
}

/** A syllable of a native name read the Korean way (east-asian.ts), as much as its tokens' syllable keys. */
const SYLLABLE_KEY = 0.7;

/**
 * Blocking keys of one prepared name, as filed in the index, appended to `out` (duplicates
 * included: the index files an entity once per key, see add). What a listed entity's key weighs
 * does not matter there, only the query's (queryKeyGroups).
 */
export function nameKeys(n: PreparedName, out: string[], vocab?: Vocabularies): void {
  const words = vocab?.words;
  // Identity words only (given and family names, numbers, patronymics), or every word when the
  // name has none. Plain loops: this runs for every listed name at build time.
  const tokens = n.tokens;
  let anyIdentity = false;
  for (let i = 0; i < tokens.length; i++) if (isIdentityRole(tokens[i]!.role)) { anyIdentity = true; break; }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (anyIdentity && !isIdentityRole(t.role)) continue;
    const keys = tokenKeys(t);
    for (let j = 0; j < keys.length; j++) out.push(keys[j]![0]);
    if (n.transcribed) for (const [k] of transcriptionKeys(t)) out.push(k);
    if (t.concept !== undefined) out.push(`t:${t.concept}`);
    if (words && t.text.length >= SLIP_MIN && t.key.length >= 2 && !t.native) words.addInterned(t.id, t.text, t.key);
  }
  if (n.all.text.length >= JOINED_MIN) {
    out.push(`j:${n.all.key}`);
    if (vocab && n.all.text.length >= JOINED_SLIP_MIN) vocab.names.add(n.all.text, n.all.key);
  }
  const o = orderFreeKey(n);
  if (o) out.push(o);
  for (const k of wholeKeys(n, false)) out.push(k);
  for (const syllable of hanjaBlockingKeys(n)) for (const k of syllable) out.push(k);
}

/**
 * The name's words in any order ("Hasan AHMAD" = "AHMAD Hasan"): their phonetic keys sorted. The
 * joined-name key keeps the order (it is for words joined or split differently), so a listed name
 * written in the query's order outranked the same name in another order by that whole key alone.
 */
function orderFreeKey(n: PreparedName): string | undefined {
  // Sorted by insertion into one reused array: Array.prototype.sort allocated a work array at each
  // call, a ninth of what indexing a name allocated. (The order of sort() without a comparator:
  // by UTF-16 code units, which is what < compares.)
  const keys = orderFreeScratch;
  keys.length = 0;
  for (const t of n.tokens) {
    if (!isIdentityRole(t.role) || !t.key) continue;
    let p = keys.length;
    keys.push(t.key);
    while (p > 0 && keys[p - 1]! > t.key) { keys[p] = keys[p - 1]!; p--; }
    keys[p] = t.key;
  }
  if (keys.length < 2) return undefined;
  return `o:${keys.join(' ')}`;
}
const orderFreeScratch: string[] = [];

const ABJAD = new Set(['arabic', 'hebrew']);

/**
 * Whole-name consonant keys across scripts: an Arabic or Hebrew name and its Latin spelling often
 * split words differently (عبدالرحمان / "Abdul Rahman", "Atiqullah" / عتیق الله), so no word
 * key meets; the consonants of the whole name by sound class, with and without particles, do.
 * A listed name is filed under its script ("xa:" abjad, "xl:" Latin); a query looks under the other,
 * so Latin names never meet each other by this loose key.
 */
function wholeKeys(n: PreparedName, query: boolean): string[] {
  const tokens = n.tokens;
  if (!tokens.length) return [];
  const abjad = tokens.every((t) => ABJAD.has(t.script));
  if (!abjad && !tokens.every((t) => t.script === 'latin')) return [];
  let all = '', noParticles = '';
  for (const t of tokens) {
    if (t.role === 'number') return [];
    all += t.cons;
    if (t.role !== 'particle') noParticles += t.cons;
  }
  const tag = abjad !== query ? 'xa:' : 'xl:';
  const out: string[] = [];
  addClassKeys(consonantReadings(all), tag, out);
  // (Without particles: the same keys again when the name has none.)
  if (noParticles !== all) addClassKeys(consonantReadings(noParticles), tag, out);
  return out;
}
function addClassKeys(readings: string[], tag: string, out: string[]): void {
  for (let i = 0; i < readings.length; i++) {
    const c = classKey(readings[i]!);
    if (c.length < 4) continue;
    const key = tag + c;
    if (!out.includes(key)) out.push(key);
  }
}

/**
 * The query's blocking keys grouped by the word they come from (one group per distinct word of
 * all its names), then one group per whole-name key and one per identifier.
 */
function queryKeyGroups(q: PreparedEntity, ids: Map<string, number>, { words, names }: Vocabularies): [string, number][][] {
  const byWord = new Map<string, Map<string, number>>();
  const groups: [string, number][][] = [];
  for (const n of q.names) {
    const tokens = n.tokens;
    let anyIdentity = false;
    for (let i = 0; i < tokens.length; i++) if (isIdentityRole(tokens[i]!.role)) { anyIdentity = true; break; }
    for (const t of tokens) {
      if (anyIdentity && !isIdentityRole(t.role)) continue;
      let g = byWord.get(t.text);
      if (!g) byWord.set(t.text, (g = new Map()));
      for (const [k, f] of tokenKeys(t)) put(g, k, t.weight * f);
      if (n.transcribed) for (const [k, f] of transcriptionKeys(t)) put(g, k, t.weight * f);
      if (t.concept !== undefined) put(g, `t:${t.concept}`, t.weight * TRANSLATION_KEY);
      // A word that is itself a listed word is taken as written: looking for its slips too would
      // crowd the candidates with its neighbours (Amin for Amen) for every correctly spelled name.
      if (t.role !== 'number' && !t.native && t.text.length >= SLIP_MIN && !words.has(t.text)) {
        const w = t.weight * SLIP_FACTOR;
        words.neighbours(t.text, (k) => put(g!, `k:${k}`, w));
      }
    }
    // The whole name, in its order or in any order: one piece of evidence, counted once.
    const name: [string, number][] = [];
    if (n.all.text.length >= JOINED_MIN) name.push([`j:${n.all.key}`, 1]);
    // The whole name one slip from a listed name ("Abu Salai" / ABU SALAH, "Jail HASAN" / JAMIL
    // HASAN): the slipped word alone is too short, or itself another listed word, to be looked
    // up, and the name's other words (a kunya, a common family name) are shared by hundreds.
    if (tokens.length > 1 && n.all.text.length >= JOINED_SLIP_MIN && !names.has(n.all.text)) names.neighbours(n.all.text, (k) => name.push([`j:${k}`, SLIP_FACTOR]));
    const o = orderFreeKey(n);
    if (o) name.push([o, 1]);
    // A one-word name's joined key is its word's key again: counted with the word, not twice,
    // or the listed word spelled exactly so outweighs the one the query mistyped ("LUCO" / LUCHO).
    const single = tokens.length === 1 ? byWord.get(tokens[0]!.text) : undefined;
    if (single) for (const [k, w] of name) put(single, k, w);
    else if (name.length) groups.push(name);
    const across = wholeKeys(n, true);
    if (across.length) groups.push(across.map((k) => [k, 1]));
    for (const syllable of hanjaBlockingKeys(n)) groups.push(syllable.map((k) => [k, SYLLABLE_KEY]));
  }
  groups.unshift(...[...byWord.values()].map((g) => [...g]));
  for (const kw of ids) groups.push([kw]);
  return groups;
}

/**
 * An organisation word and its translation (orgs/translations.ts: JAMAAT / GROUP, المقاتلة /
 * FIGHTING, الليبية / LIBYAN) share their concept's key: names translated word for word meet.
 */
const TRANSLATION_KEY = 0.9;

/** Words this long or longer are looked up with one typing slip (slips.ts); shorter ones have too many neighbours. */
const SLIP_MIN = 4;
/** Names this long (joined) or longer are filed under their joined key: "T.D.G." (tdg) has no word key of its own. */
const JOINED_MIN = 3;
/** Whole names this long (letters, joined) or longer are looked up with one typing slip. */
const JOINED_SLIP_MIN = 6;

interface Vocabularies {
  /** Listed identity words of SLIP_MIN letters or more, with their phonetic keys. */
  words: SlipVocabulary;
  /** Listed names, their words joined, with their joined phonetic keys. */
  names: SlipVocabulary;
}

/** A listed word one slip from the query word counts this much of an exact one. */
const SLIP_FACTOR = 0.8;

/** Keeps the highest weight a key gets from any word of the entity. */
function put(out: Map<string, number>, k: string, w: number): void {
  if ((out.get(k) ?? 0) < w) out.set(k, w);
}

function idKeys(props: Record<string, string[] | undefined>, out: Map<string, number>): void {
  for (const kind of ID_KINDS) {
    for (const v of identifierValues(props, kind).keys()) out.set(`i:${v}`, 2);
  }
}

const entityIds = new Map<string, number>();
function entityKeys(p: PreparedEntity, vocab?: Vocabularies): string[] {
  const keys: string[] = [];
  const e = p.entity;
  for (const n of p.names) nameKeys(n, keys, vocab);
  // (One map, emptied at each call: a Map per listed entity, most with no identifier, was garbage.)
  const ids = entityIds;
  ids.clear();
  idKeys(e.properties ?? {}, ids);
  for (const k of ids.keys()) keys.push(k);
  return keys;
}

/**
 * bestNamePair (compare.ts) without the explanation, skipping name pairs that cannot beat the best
 * so far: a pair scores its name similarity (at most 1) times the weaker name's strength, so once
 * the best reaches that strength (a listed name matched, then weak aliases at 0.9) the pair is
 * not compared. The pair chosen, its score and the early stop at 0.999 are those of bestNamePair.
 * A listed person's name that shares no blocking key with the query (`queryKeys`, slips included)
 * is not compared either: the entity was retrieved by another of its names, and more than half
 * of the name pairs of a batch were such names, nearly all scoring 0 (in the 4,000 queries of
 * same-answers.ts none scored differently; only two tied names swapped). Not for organisations
 * and vessels: acronyms, numbers written as words and translations meet there without a key.
 */
function bestNamePairOf(q: PreparedEntity, c: PreparedEntity, queryKeys: KeyHashSet): BestName | undefined {
  let best: BestName | undefined;
  for (const qn of q.names) {
    for (const cn of c.names) {
      const strength = Math.min(qn.strength, cn.strength);
      if (best && strength <= best.score) continue;
      if (!mayCompareNames(qn, cn) || (qn.kind === 'person' && cn.kind === 'person' && !sharesKey(cn, queryKeys))) continue;
      const comparison = nameSimilarity(qn, cn, false);
      const score = comparison.score * strength;
      if (!best || score > best.score) best = { query: qn, candidate: cn, comparison, score };
      if (score >= 0.999) return best;
    }
  }
  return best;
}

/** Whether a listed name shares a blocking key with the query: its keys (nameKeys) and their hashes (keyHash) worked out when the name is first compared, and kept on it. */
function sharesKey(n: PreparedName, queryKeys: KeyHashSet): boolean {
  let k = n.blockKeys;
  if (!k) {
    const m: string[] = [];
    nameKeys(n, m);
    const keys = [...new Set(m)];
    const hashes = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) hashes[i] = keyHash(keys[i]!);
    n.blockKeys = k = { keys, hashes };
  }
  return queryKeys.hasAny(k.keys, k.hashes);
}

/** How many identity words the entity's shortest name has (at most 255). */
function shortestName(p: PreparedEntity): number {
  let best = 255;
  for (const n of p.names) {
    let k = 0;
    for (const t of n.tokens) if (isIdentityRole(t.role)) k++;
    if (k && k < best) best = k;
  }
  return best;
}

/**
 * Among candidates that share the same query words, one whose shortest name has fewer words
 * besides them is likelier the one meant ("Hasan AHMAD" before "Ahmad Hassan Kaka AL-UBAYDI"
 * for "Hasan Ahmda"): each extra word costs this share of the retrieval score, up to five.
 */
const EXTRA_WORD = 0.02;

/** Chained posting nodes come in chunks of 2^NODE_BITS. */
const NODE_BITS = 20;
const NODE_CHUNK = 1 << NODE_BITS;
const NODE_MASK = NODE_CHUNK - 1;

export class MatchIndex {
  private slots: (Entity | undefined)[] = [];
  private kinds = new Uint8Array(1024);
  /** Identity words of each entity's shortest name (tie-break: see candidateSlots). */
  private shortest = new Uint8Array(1024);
  /** The best candidates so far and their scores, for candidateSlots (grown to the most asked). */
  private topSlot = new Int32Array(64);
  private topScore = new Float64Array(64);
  private bySlotId = new Map<string, number>();
  /**
   * Blocking key → slots: a bare slot number (0 or more) for a key only one entity has (most
   * joined-name and many spelling keys: nothing per key), else -1 - the key's number, whose slots
   * are `keyPacked[k]` of `packed` from `keyStart[k]`, then a chain of nodes added since compact().
   * No array per key: 400,000 growable arrays, their garbage as they grew and their copy into
   * Int32Arrays were most of the 1M-name index's heap and left it fragmented. No key strings
   * kept either (KeyTable): most keys are one name's own.
   */
  private postings = new KeyTable();
  private loose = 0;
  private keys = 0;
  private keyStart = new Int32Array(1024);
  private keyPacked = new Int32Array(1024);
  /** Slots of the key in all (packed and chained): its frequency. */
  private keyCount = new Int32Array(1024);
  /** First and last chained node of the key (0: none). */
  private keyHead = new Int32Array(1024);
  private keyTail = new Int32Array(1024);
  private packed = new Int32Array(0);
  /** Chained nodes in chunks of NODE_CHUNK (no copy as they grow): slot and next node (0: end). Node 0 is unused. */
  private nodeSlot: Int32Array[] = [];
  private nodeNext: Int32Array[] = [];
  private nodes = 1;
  private live = 0;
  /** Listed words (identity words of four letters or more) and whole names (joined), for typing slips. */
  private vocab: Vocabularies = { words: new SlipVocabulary('deletions'), names: new SlipVocabulary('halves') };
  // Reusable accumulators, sized to the slots: no allocation per query.
  private acc = new Float32Array(1024);
  private touched = new Int32Array(1024);
  private wordAcc = new Float32Array(1024);
  private wordTouched = new Int32Array(1024);

  /** `preparedCache`: how many listed entities stay prepared for comparison (default 50,000). */
  constructor(opts: { preparedCache?: number } = {}) {
    this.order = new Int32Array(Math.max(1, opts.preparedCache ?? PREPARED_CACHE));
  }

  /** Number of entities held. */
  get size(): number {
    return this.live;
  }

  /** Adds (or replaces) a listed entity. Entities of schemata that are not screened are ignored. Returns whether it was indexed. */
  add(entity: Entity): boolean {
    if (!(MATCHABLE as readonly string[]).includes(String(entity.schema))) return false;
    if (this.bySlotId.has(entity.id)) this.remove(entity.id);
    const slot = this.slots.length;
    this.slots.push(entity);
    if (slot >= this.kinds.length) {
      const k = new Uint8Array(this.kinds.length * 2);
      k.set(this.kinds);
      this.kinds = k;
      const w = new Uint8Array(this.shortest.length * 2);
      w.set(this.shortest);
      this.shortest = w;
    }
    this.kinds[slot] = KIND_CODE[kindOf(entity.schema)];
    this.bySlotId.set(entity.id, slot);
    const prepared = prepareEntity(entity, false);
    // Kept prepared while every entity fits the cache (lists of ordinary size). An index that
    // outgrows it drops the cache once and prepares entities when retrieved: keeping the latest
    // (or first) 50,000 additions prepared held 60 MB of objects that searches seldom use, and
    // replacing them at every addition left the heap full of dead ones (1M-name index, peak RSS).
    if (this.eager) {
      if (this.slots.length <= this.order.length) this.remember(slot, prepared);
      else {
        this.eager = false;
        this.prepared.clear();
        this.head = this.queued = 0;
      }
    }
    this.shortest[slot] = shortestName(prepared);
    // A key the entity has twice (two names, two words) is filed once: slots only grow, so the
    // entity, if already under the key, is its last slot (no set of the entity's keys first).
    const keys = entityKeys(prepared, this.vocab);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const v = this.postings.get(key);
      if (v === undefined) this.postings.set(key, slot);
      else if (v >= 0) {
        if (v === slot) continue;
        const k = this.newKey();
        this.chain(k, v);
        this.chain(k, slot);
        this.postings.set(key, -1 - k);
      } else {
        if (this.lastSlot(-1 - v) === slot) continue;
        this.chain(-1 - v, slot);
      }
      this.loose++;
    }
    this.live++;
    return true;
  }

  private newKey(): number {
    const k = this.keys++;
    if (k >= this.keyStart.length) {
      const n = this.keyStart.length * 2;
      this.keyStart = grown(this.keyStart, n);
      this.keyPacked = grown(this.keyPacked, n);
      this.keyCount = grown(this.keyCount, n);
      this.keyHead = grown(this.keyHead, n);
      this.keyTail = grown(this.keyTail, n);
    }
    return k;
  }

  /** The slot last filed under key k: its chain's last node, else the last of its packed run. */
  private lastSlot(k: number): number {
    const t = this.keyTail[k]!;
    if (t !== 0) return this.nodeSlot[t >>> NODE_BITS]![t & NODE_MASK]!;
    const n = this.keyPacked[k]!;
    return n > 0 ? this.packed[this.keyStart[k]! + n - 1]! : -1;
  }

  /** Appends a slot to key k's chain. */
  private chain(k: number, slot: number): void {
    const p = this.nodes++;
    const c = p >>> NODE_BITS, i = p & NODE_MASK;
    if (c === this.nodeSlot.length) {
      this.nodeSlot.push(new Int32Array(NODE_CHUNK));
      this.nodeNext.push(new Int32Array(NODE_CHUNK));
    }
    this.nodeSlot[c]![i] = slot;
    const t = this.keyTail[k]!;
    if (t === 0) this.keyHead[k] = p;
    else this.nodeNext[t >>> NODE_BITS]![t & NODE_MASK] = p;
    this.keyTail[k] = p;
    this.keyCount[k]!++;
  }

  addAll(entities: Iterable<Entity>): number {
    let n = 0;
    for (const e of entities) if (this.add(e)) n++;
    return n;
  }

  /**
   * Listed entities stay prepared for comparison in a bounded cache: all of them for lists of
   * ordinary size, the most recently used for a very large index (the rest are prepared again
   * when retrieved, which costs microseconds).
   */
  private prepared = new Map<number, PreparedEntity>();
  /**
   * Slots in the order they were remembered, oldest at `head`: evicting the oldest from the ring
   * costs nothing, where taking the first key of a Map that has had many deletions walks over
   * their holes (that walk was a third of the build time of the 1M-name index).
   */
  private order: Int32Array;
  private head = 0;
  private queued = 0;
  /** Whether add() prepares for the cache: until the index holds more entities than the cache. */
  private eager = true;
  private remember(slot: number, p: PreparedEntity): void {
    const cap = this.order.length;
    // Slots are never reused, so a slot in the ring is either still cached or was removed.
    while (this.queued > 0 && (this.prepared.size >= cap || this.queued >= cap)) {
      this.prepared.delete(this.order[this.head]!);
      this.head = (this.head + 1) % cap;
      this.queued--;
    }
    this.order[(this.head + this.queued) % cap] = slot;
    this.queued++;
    this.prepared.set(slot, p);
  }
  private preparedOf(slot: number): PreparedEntity {
    let p = this.prepared.get(slot);
    if (!p) {
      p = prepareEntity(this.slots[slot]!, false);
      this.remember(slot, p);
    }
    return p;
  }

  /** Removes an entity by id; its postings are skipped from then on. */
  remove(id: string): boolean {
    const slot = this.bySlotId.get(id);
    if (slot === undefined) return false;
    this.slots[slot] = undefined;
    this.kinds[slot] = REMOVED;
    this.prepared.delete(slot);
    this.bySlotId.delete(id);
    this.live--;
    return true;
  }

  get(id: string): Entity | undefined {
    const slot = this.bySlotId.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** Listed entities most likely to match the query, before full comparison, best first. */
  candidates(query: Entity, max = 40, schemata?: readonly string[]): Entity[] {
    const ids = new Map<string, number>();
    idKeys(query.properties ?? {}, ids);
    const q = prepareEntity(query);
    return this.candidateSlots(q, queryKeyGroups(q, ids, this.vocab), max, schemata).map((s) => this.slots[s]!);
  }

  /**
   * Packs every shared key's slots, those packed before and those chained since, into one
   * Int32Array, and drops the chains. Done by the first search after many additions; adding
   * later chains nodes again until the next compact().
   */
  compact(): void {
    this.loose = 0;
    if (this.nodes === 1) return;
    let total = 0;
    for (let k = 0; k < this.keys; k++) total += this.keyCount[k]!;
    const packed = new Int32Array(total);
    const old = this.packed, start = this.keyStart, count = this.keyPacked, head = this.keyHead;
    let o = 0;
    for (let k = 0; k < this.keys; k++) {
      const from = start[k]!, n = count[k]!;
      start[k] = o;
      for (let i = from; i < from + n; i++) packed[o++] = old[i]!;
      for (let p = head[k]!; p !== 0; p = this.nodeNext[p >>> NODE_BITS]![p & NODE_MASK]!) packed[o++] = this.nodeSlot[p >>> NODE_BITS]![p & NODE_MASK]!;
      count[k] = o - start[k]!;
      head[k] = 0;
      this.keyTail[k] = 0;
    }
    this.packed = packed;
    this.nodeSlot = [];
    this.nodeNext = [];
    this.nodes = 1;
  }

  /** `groups`: the query's blocking keys (queryKeyGroups), worked out once by the caller. */
  private candidateSlots(q: PreparedEntity, groups: [string, number][][], max: number, schemata?: readonly string[]): number[] {
    if (this.loose > 100_000) this.compact();
    // (The touched slots in typed arrays with counts, not arrays emptied by length = 0, which gave
    // up their storage and grew it again at every query.)
    if (this.acc.length < this.slots.length) {
      const n = this.slots.length * 2;
      this.acc = new Float32Array(n);
      this.wordAcc = new Float32Array(n);
      this.touched = new Int32Array(n);
      this.wordTouched = new Int32Array(n);
    }
    if (this.topSlot.length < max) {
      this.topSlot = new Int32Array(max);
      this.topScore = new Float64Array(max);
    }
    const acc = this.acc, wordAcc = this.wordAcc;
    const touched = this.touched, wordTouched = this.wordTouched;
    let nTouched = 0;
    const qKind = q.kind;
    const schemaSet = schemata?.length ? new Set(schemata) : undefined;
    const total = Math.max(this.live, 1);
    const lone = Math.log(1 + total);
    let nKeys = 0;
    for (const g of groups) nKeys += g.length;
    // Each query word counts once per listed entity, by the best key they share: a Latin word
    // shares five keys (phonetic, skeleton, prefix, suffix, variant) with a Latin spelling but
    // only its consonants with an Arabic or Hebrew one, and summing keys let common Latin names
    // crowd out the same person written in the original script.
    for (const group of groups) {
      let nWord = 0;
      for (const [key, w] of group) {
        const v = this.postings.get(key);
        if (v === undefined) continue;
        if (v >= 0) {
          const add = w * lone;
          if (wordAcc[v] === 0) wordTouched[nWord++] = v;
          if (add > wordAcc[v]!) wordAcc[v] = add;
          continue;
        }
        const k = -1 - v;
        const n = this.keyCount[k]!;
        // Rare keys say more: an inverse-frequency weight, and very common keys are skipped
        // when the query has anything rarer to go on.
        if (n > 50_000 && nKeys > 3) continue;
        const add = w * Math.log(1 + total / n);
        const packed = this.packed;
        for (let i = this.keyStart[k]!, end = i + this.keyPacked[k]!; i < end; i++) {
          const s = packed[i]!;
          const cur = wordAcc[s]!;
          if (cur === 0) wordTouched[nWord++] = s;
          if (add > cur) wordAcc[s] = add;
        }
        for (let p = this.keyHead[k]!; p !== 0; p = this.nodeNext[p >>> NODE_BITS]![p & NODE_MASK]!) {
          const s = this.nodeSlot[p >>> NODE_BITS]![p & NODE_MASK]!;
          const cur = wordAcc[s]!;
          if (cur === 0) wordTouched[nWord++] = s;
          if (add > cur) wordAcc[s] = add;
        }
      }
      for (let i = 0; i < nWord; i++) {
        const s = wordTouched[i]!;
        if (acc[s] === 0) touched[nTouched++] = s;
        acc[s]! += wordAcc[s]!;
        wordAcc[s] = 0;
      }
    }
    // Keep the best `max` compatible slots whose score reaches CANDIDATE_FLOOR of the best.
    let top = 0;
    for (let i = 0; i < nTouched; i++) if (acc[touched[i]!]! > top) top = acc[touched[i]!]!;
    const floor = top * CANDIDATE_FLOOR;
    let qWords = 0;
    for (const n of q.names) {
      let k = 0;
      for (const t of n.tokens) if (isIdentityRole(t.role)) k++;
      if (k > qWords) qWords = k;
    }
    // The best `max` by their score less EXTRA_WORD per word more in the listed entity's shortest
    // name, ties in the order met: what a stable sort of all of them gave, without the sort (and
    // the array of hundreds of slots it sorted, a tenth of what a batch query allocated).
    // (The score as acc, a Float32Array, held it: Math.fround.)
    const shortest = this.shortest, topSlot = this.topSlot, topScore = this.topScore;
    const kinds = this.kinds, compatible = COMPATIBLE[KIND_CODE[qKind]]!;
    let n = 0;
    for (let i = 0; i < nTouched; i++) {
      const s = touched[i]!;
      const score = acc[s]!;
      if (score < floor) continue;
      if (!compatible[kinds[s]!]) continue;
      if (schemaSet && !schemaSet.has(String(this.slots[s]!.schema))) continue;
      const v = Math.fround(score * (1 - EXTRA_WORD * Math.min(5, Math.max(0, shortest[s]! - qWords))));
      if (n === max && !(v > topScore[n - 1]!)) continue;
      let p = n < max ? n++ : n - 1;
      while (p > 0 && topScore[p - 1]! < v) { topScore[p] = topScore[p - 1]!; topSlot[p] = topSlot[p - 1]!; p--; }
      topScore[p] = v;
      topSlot[p] = s;
    }
    const kept: number[] = [];
    for (let i = 0; i < n; i++) kept.push(topSlot[i]!);
    for (let i = 0; i < nTouched; i++) acc[touched[i]!] = 0;
    return kept;
  }

  /** Listed entities matching the query, fully compared and explained, best first. */
  search(query: Entity, opts: SearchOptions = {}): Hit[] {
    const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
    const minScore = opts.minScore ?? thresholds.review;
    const limit = opts.limit ?? 10;
    const hits: Hit[] = [];
    const q = prepareEntity(query);
    const idKeysOfQuery = new Map<string, number>();
    idKeys(query.properties ?? {}, idKeysOfQuery);
    const groups = queryKeyGroups(q, idKeysOfQuery, this.vocab);
    let queryKeys: KeyHashSet | undefined;
    for (const slot of this.candidateSlots(q, groups, opts.candidates ?? Math.max(20, limit * 2), opts.schemata)) {
      const c = this.preparedOf(slot);
      // Names first: evidence beyond names adds at most MAX_SUPPORT, unless an identifier is shared,
      // so a candidate whose names are too far apart is not compared in full.
      let best: BestName | undefined;
      if (!idKeysOfQuery.size) {
        if (!queryKeys) {
          const keys = new Set<string>();
          for (const g of groups) for (const [k] of g) keys.add(k);
          queryKeys = new KeyHashSet(keys);
        }
        best = bestNamePairOf(q, c, queryKeys);
        if (!best || best.score + MAX_SUPPORT < minScore) continue;
      }
      const r = comparePrepared(q, c, thresholds, best, minScore);
      if (r.score < minScore) continue;
      // comparePrepared has set the band for these thresholds already: the result becomes the hit.
      const hit = r as Hit;
      hit.entity = c.entity;
      hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}
