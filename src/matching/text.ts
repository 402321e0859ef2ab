/**
 * Text normalisation for names: Unicode (NFKC), case folding, diacritics, punctuation, and
 * transliteration of every script into lower-case ASCII Latin. Each token remembers the script it
 * was written in, because cross-script comparison needs to know what information the script
 * dropped (Arabic and Hebrew omit most vowels; Hangul and Han have their own romanisation systems).
 */
import anyAscii from 'any-ascii';
import { brahmicToAscii, isBrahmic } from './brahmic.js';
import { greekToAscii } from './greek.js';
import { isCjkCompany, segmentCjkOrg } from './cjk-orgs.js';
import { nativeSyllables, type Syllables } from './east-asian.js';
import { consonants, nameKey } from './phonetic.js';
import { cyrillicKoreanName } from './cyrillic-korean.js';
import { isSinoKoreanSyllable } from './hanja.js';
import { palladiusMark, palladiusSyllables } from './palladius.js';
import { polivanovReading } from './polivanov.js';
import { knownSurnameSpellings, romanize } from './romanize/index.js';

export type Script = 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'han' | 'hangul' | 'kana' | 'other';

/** One word of a name, in its transliterated form, with the script it came from. */
export interface Token {
  /** Lower-case ASCII letters and digits only. */
  text: string;
  script: Script;
  /** For Arabic and Hebrew: the consonants as written (see phonetic.ts skeletonFromAbjad). */
  abjad?: string;
  /** A native Chinese or Korean name syllable group: compared by romanisation, not by consonants. */
  native?: boolean;
  /** For a native name part, its syllables and their spellings (see east-asian.ts). */
  syl?: Syllables;
  /**
   * For a foreign name transcribed into Han, Hangul or kana: the consonants of its other likely
   * Latin spellings. For a Cyrillic word: its Hepburn reading as a Japanese name (polivanov.ts).
   */
  alts?: string[];
  /** For Arabic and Hebrew: what the word's first and last letters allow at its edges (see abjadEdges). */
  edges?: string;
  /**
   * On the family name of a native name cut out of one Han or Hangul word: the word may as well be
   * a foreign name transcribed without its word break (亨德森 Henderson, 커밍스 Cummings), and
   * prepare.ts reads it that way too (see mayBeTranscription).
   */
  transcribable?: boolean;
}

const RE_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const RE_HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/;
const RE_CYRILLIC = /[\u0400-\u052F]/;
const RE_GREEK = /[\u0370-\u03FF\u1F00-\u1FFF]/;
const RE_HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const RE_HANGUL = /[\uAC00-\uD7AF\u1100-\u11FF\u3130-\u318F]/;
const RE_KANA = /[\u3040-\u30FF\u31F0-\u31FF]/;
const RE_LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

export function scriptOf(word: string): Script {
  if (RE_ARABIC.test(word)) return 'arabic';
  if (RE_HEBREW.test(word)) return 'hebrew';
  if (RE_HANGUL.test(word)) return 'hangul';
  if (RE_KANA.test(word)) return 'kana';
  if (RE_HAN.test(word)) return 'han';
  if (RE_CYRILLIC.test(word)) return 'cyrillic';
  if (RE_GREEK.test(word)) return 'greek';
  if (RE_LATIN.test(word)) return 'latin';
  return /[a-z0-9]/i.test(word) ? 'latin' : 'other';
}

/**
 * Separators between words: space, punctuation, quotes, brackets, dashes. Apostrophes, typed or
 * typographic (’ ‘), are dropped inside words: "Myo’ng" and "My'ong" are both "myong".
 */
const SEPARATORS = /[\s,;:!?()[\]{}<>"“”„«»‚‹›/\\|_+=*&@#.·・、，。\-–—‐−]+/u;

/** ASCII Latin for any string; everything non-alphanumeric removed. */
export function toAscii(s: string): string {
  return anyAscii(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Arabic and Persian letters to the consonant classes that phonetic.ts uses for Latin names, so
 * that "محمد" and "Mohammed" meet at "mhmd". Alef, waw, ya, ayn and hamza are vowels or silent
 * in most romanisations and are dropped; ta marbuta and final ha are dropped (Fatima/Fatimah).
 * ث is "T" (t or s) and ذ ض ظ are "D" (d or z): Arabic and Persian read them differently
 * (phonetic.ts EITHER_READINGS).
 */
const ARABIC_CONSONANTS: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ث: 'T', ج: 'j', چ: 'c', ح: 'h', خ: 'h', د: 'd', ذ: 'D', ر: 'r', ز: 'z',
  ژ: 'zh', س: 's', ش: 's', ص: 's', ض: 'D', ط: 't', ظ: 'D', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ک: 'k',
  گ: 'g', ل: 'l', ہ: 'h', ھ: 'h', ۃ: '', ے: '', م: 'm', ن: 'n', ه: 'h', ۀ: '', ة: '', ع: '', ء: '', ا: '', أ: '', إ: '', آ: '',
  ى: '', ي: '', ی: '', ئ: '', و: '', ؤ: '', ٱ: '',
  // Pashto and Urdu letters (ځ in ځدران Zadran, ڑ, ٹ...), read as the sounds romanisations write.
  ځ: 'z', څ: 's', ټ: 't', ډ: 'd', ړ: 'r', ږ: 'z', ښ: 's', ګ: 'g', ڼ: 'n', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ې: '', ۍ: '', ۓ: '',
};

/** Allah written as a word of its own (harakat removed), Arabic and Urdu final ha. */
const ALLAH = new Set(['الله', 'اللہ', 'اللة']);

/**
 * Hebrew letters to the same consonant classes (vav and yod are vowels as often as not); פ and כ
 * are read two ways (p/f, k/kh: phonetic.ts EITHER_READINGS).
 */
const HEBREW_CONSONANTS: Record<string, string> = {
  א: '', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: '', ז: 'z', ח: 'h', ט: 't', י: '', כ: 'K', ך: 'k', ל: 'l',
  מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'P', ף: 'f', צ: 's', ץ: 's', ק: 'k', ר: 'r', ש: 's', ת: 't',
};

/**
 * One walk over an abjad word's letters: its consonants, and between each two of them the long
 * vowel the word writes there, one letter per gap: "y" a ya (a long i or e: حسين Husayn,
 * Hussein), "w" a waw (a long u or o: محمود Mahmud), "d" two yod (a diphthong), "v" an alef, ayn
 * or hamza (سعد Saad), "." none (حسن Hasan).
 */
function abjadWalk(word: string, table: Record<string, string>): { abjad: string; gaps: string } {
  const chars = [...word];
  let out = '', gaps = '', gap = '', prev = '', prevCh = '', any = false;
  chars.forEach((ch, i) => {
    // Arabic writes the ch of foreign names تش (تشارلز Charles, بافيتش Pavić, تشافيز Chávez):
    // one sound, "c", which meets a Latin ch (s) and c (k) alike (phonetic.ts sound classes).
    if (ch === 'ش' && prevCh === 'ت' && table === ARABIC_CONSONANTS) { prevCh = ch; return; }
    let c = ch === 'ت' && chars[i + 1] === 'ش' && table === ARABIC_CONSONANTS ? 'c' : table[ch];
    if (c === undefined) return;
    // A final ح is h or nothing in Latin, which reads a final h after a vowel as silent (phonetic.ts
    // EITHER_READINGS). So is a final ه, silent after a vowel (Abdullah/Abdulla, زاده Zadeh/Zade) but
    // a consonant in short names (طه Taha), and a final Hebrew he (מיכאלה Michaela, יהודה Yehuda).
    if ((ch === 'ح' || ch === 'ه' || ch === 'ہ' || ch === 'ה') && i === chars.length - 1 && i > 0) c = 'H';
    // Only a letter written twice in a row collapses (الله); منان keeps both nun, and two letters
    // of one sound stay two (צ'ס ch-s in "Chas").
    if (c && !(ch === prevCh && c === prev)) {
      out += c;
      if (any) gaps += gap || '.';
      any = true;
      gap = '';
    } else if (!c && any) {
      // Hebrew writes the diphthong ei/ai with two yod (בייסינגר Basinger): "d", an a or an i in Latin.
      if (LONG_I.has(ch) && gap === 'y' && prevCh === ch) gap = 'd';
      else if (LONG_I.has(ch) && (!gap || gap === 'v')) gap = 'y';
      else if (LONG_U.has(ch) && (!gap || gap === 'v')) gap = 'w';
      // Another letter that is no consonant there (alef, ayn, hamza: سعد Saad, فائز Faiz): "v".
      else if (!gap) gap = 'v';
    }
    prev = c;
    prevCh = ch;
  });
  return { abjad: out, gaps };
}

/** An Arabic or Hebrew word's token: its consonants, and its edges followed by its gaps (abjadEdges, abjadWalk). */
function abjadToken(text: string, script: Script, word: string, table: Record<string, string>): Token {
  return wordToken(script, word, () => {
    const { abjad, gaps } = abjadWalk(word, table);
    return { text, script, abjad, edges: abjadEdges(word) + gaps };
  });
}

/**
 * A word's token of Arabic, Hebrew, Han, Hangul or kana letters, made once per word and script:
 * names repeat their words, and reading the letters of these scripts was a twentieth of building
 * a million-name index. One object for every use of the word: tokens are only read (prepareName
 * copies what it keeps), as transcribedConsonants' results are. (Its text and readings depend on
 * the word alone: abjadToken's text is always the word's toAscii.)
 */
const wordTokens = new Map<Script, Map<string, Token>>();
let wordTokenCount = 0;
function wordToken(script: Script, word: string, make: () => Token): Token {
  let m = wordTokens.get(script);
  if (!m) wordTokens.set(script, (m = new Map()));
  let t = m.get(word);
  if (!t) {
    if (++wordTokenCount > 200_000) { wordTokens.clear(); wordTokenCount = 0; wordTokens.set(script, (m = new Map())); }
    m.set(word, (t = make()));
  }
  return t;
}

/** Letters that begin a word with a vowel sound: alef and its hamza forms, ayn (Omar عمر, Ibrahim إبراهيم). */
const VOWEL_INITIAL = new Set([...'اأإآٱعءئؤאע']);
/** Letters that begin a word with a glide: waw (Walid / Oualid / Valid), ya (Yusuf / Iusuf / Jusuf). */
const W_INITIAL = new Set([...'وו']);
const Y_INITIAL = new Set([...'يیىېי']);
/**
 * Letters that may end a word with a vowel sound: the long vowels, alef maqsura, ta marbuta, final
 * ha and he, ayn, hamza, Urdu and Pashto ye (Ali علي, Musa موسى, Fatima فاطمة, Moshe משה, Levi לוי).
 */
const VOWEL_FINAL = new Set([...'اأإآىيیېۍےۓئءؤوهةۃۀہھعحהאיוע']);
/**
 * Of those, the letters that always end the word on a vowel (alef, alef maqsura, ya, ta marbuta,
 * final ha; Hebrew he, alef, yod): a Latin spelling ends on a vowel or h too (حسنہ Hasna is not
 * "Hasan"; بشرى Bushra), except where another language leaves its last letters silent (see
 * similarity.ts vowelEdges).
 */
const VOWEL_ONLY_FINAL = new Set([...'اأإآىيیېۍےۓهةۃۀہהאי']);
/**
 * Of those, the ha and ta marbuta that end a woman's name after a consonant (Arabic, Persian and
 * Urdu حسنہ Husna, فريدة Farida; Hebrew חנה Hanna): "f", the vowel -a, -ah, -e(h) or the -at of
 * Turkish and Persian spellings; without it the name is a man's (Hasan, Farid, Hanan).
 */
const FEMININE_FINAL = new Set([...'هةۃہה']);
/** And the ya that ends a word on -i, -y, -e or -ai (عبدالی Abdali; not alef maqsura ى, -a): "i". */
const YA_FINAL = new Set([...'يیېۍےۓי']);

/** Letters that write a long i or e (ya) or a long u or o (waw) inside a word. */
const LONG_I = new Set([...'يیי']);
const LONG_U = new Set([...'وו']);

/**
 * What an abjad word's first and last letters allow, as two letters: "v" a vowel letter, "w" a
 * waw, "y" a ya, "c" a consonant; at the end "a" a letter that is only a vowel there. Arabic and Hebrew write a name's long and final
 * vowels and an initial vowel's alef or ayn (matres lectionis): حامد (Hamid) is not "Ahmadi",
 * which would be written احمدي, with its initial alef and final ya.
 */
export function abjadEdges(word: string): string {
  const chars = [...word];
  const first = chars[0] ?? '', last = chars[chars.length - 1] ?? '';
  const before = chars[chars.length - 2] ?? '';
  return (VOWEL_INITIAL.has(first) ? 'v' : W_INITIAL.has(first) ? 'w' : Y_INITIAL.has(first) ? 'y' : 'c') +
    (FEMININE_FINAL.has(last) && before && !VOWEL_FINAL.has(before) ? 'f' : YA_FINAL.has(last) ? 'i' : VOWEL_ONLY_FINAL.has(last) ? 'a' : VOWEL_FINAL.has(last) ? 'v' : 'c');
}

/**
 * The onset of a foreign name transcribed into Hangul or Han, as abjadEdges writes edges: "o" when
 * its first syllable has no consonant and no glide (아, 에, 이, 오; 阿 a, 艾 ai, 恩 en), "s" a glide
 * (야, 워; 亚 ya, 威 wei), "c" a consonant; the end says nothing ("-"): Korean and Chinese add a
 * vowel after a closing consonant (마르크 Mark). Such a transcription keeps a Latin name's onset:
 * 에디타 is not "Dena", 아이작스 not "Lavoine".
 */
export function transcribedEdges(word: string, script: Script): string {
  const first = [...word][0] ?? '';
  if (script === 'hangul') {
    const code = first.codePointAt(0)! - 0xac00;
    if (code < 0 || code >= 11172) return 's-';
    const initial = Math.floor(code / 588), vowel = Math.floor((code % 588) / 28);
    // ㅇ is initial 11; the vowels with a y or w glide: ㅑ ㅒ ㅕ ㅖ ㅘ ㅙ ㅛ ㅝ ㅞ ㅟ ㅠ ㅢ.
    if (initial !== 11) return 'c-';
    return [2, 3, 6, 7, 9, 10, 12, 14, 15, 16, 17, 19].includes(vowel) ? 's-' : 'o-';
  }
  const r = toAscii(first);
  return /^[aeo]/.test(r) ? 'o-' : /^[yw]/.test(r) || !r ? 's-' : 'c-';
}

/**
 * Splits a Han or Hangul run into name parts the way romanised documents write them: the first
 * syllable is the family name, the rest the given name written as one word ("Kim Jong Un" is
 * 김정은 → "gim" + "jeongeun"; 习近平 → "xi" + "jinping").
 */
function splitEastAsian(word: string, script: Script, oneWord: boolean): Token[] {
  const chars = [...word].filter((c) => toAscii(c));
  const syll = chars.map((c) => toAscii(c));
  // Five syllables or more are no Chinese or Korean name: a foreign one transcribed (斯特西克鲁斯).
  if (syll.length > 4) return [transcribedToken(word, script)];
  if (syll.length <= 1) return [{ text: syll.join(''), script }];
  // Each part keeps its syllables, so that a Latin spelling is compared syllable by syllable.
  const family: Token = { text: syll[0]!, script, native: true, syl: nativeSyllables(chars.slice(0, 1), syll.slice(0, 1), true) };
  // (Not a name written with a space after its family name, 김 정은: that one is native.)
  if (oneWord && mayBeTranscription(chars, script)) family.transcribable = true;
  return [family, { text: syll.slice(1).join(''), script, native: true, syl: nativeSyllables(chars.slice(1), syll.slice(1), false) }];
}

/**
 * Two Han or two Hangul words, the first one syllable and a known Chinese or Korean surname, the
 * second one or two syllables: a native name with a space after the family name. Foreign names
 * transcribed into these scripts have longer parts (워스 슐레머, 施密特·约翰).
 */
function spacedNativeName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const script = scriptOf(words[0]!);
  if ((script !== 'han' && script !== 'hangul') || scriptOf(words[1]!) !== script) return false;
  const first = [...words[0]!], second = [...words[1]!];
  if (first.length !== 1 || second.length < 1 || second.length > 2) return false;
  return (knownSurnameSpellings(first[0]!)?.length ?? 0) > 0;
}

/**
 * A foreign name transcribed into Han or Hangul (施密特, 슐레머) keeps little of its Latin
 * consonants when romanised syllable by syllable ("shimite", "syullemeo"); its consonants are
 * taken from the Latin spelling such transcriptions most often stand for (romanize/: "schmidt",
 * "schulemer"), and compared by phonetic.ts consonant classes like an abjad's.
 */
function transcribedConsonants(word: string): { abjad?: string; alts?: string[] } {
  // Names repeat their words: the romanisations of each word are worked out once (they were a
  // tenth of the time to index a million names of many cultures). Callers only read the result.
  let r = transcribedCache.get(word);
  if (!r) {
    if (transcribedCache.size >= 100_000) transcribedCache.clear();
    transcribedCache.set(word, (r = transcribedConsonantsOf(word)));
  }
  return r;
}
const transcribedCache = new Map<string, { abjad?: string; alts?: string[] }>();
function transcribedConsonantsOf(word: string): { abjad?: string; alts?: string[] } {
  const spellings = romanize(word, ALT_SPELLINGS + 1);
  if (!spellings.length) return {};
  const abjad = consonants(spellings[0]!);
  // The other likely spellings (Ford for 포드 after "pod"), and the syllable-by-syllable reading.
  const alts = [...new Set([...spellings.slice(1), toAscii(word)].map((s) => consonants(s)))].filter((c) => c && c !== abjad);
  return alts.length ? { abjad, alts } : { abjad };
}

/** A foreign name's word transcribed into Han or Hangul, as one token (see transcribedConsonants). */
function transcribedToken(word: string, script: Script): Token {
  return wordToken(script, word, () => ({ text: toAscii(word), script, ...transcribedConsonants(word), edges: transcribedEdges(word, script) }));
}

/**
 * Whether a Han or Hangul word of two to four characters, which tokenize() cuts into a native
 * family and given name (习近平, 김정은), may as well be a foreign name transcribed without its word
 * break (亨德森 Henderson, 커밍스 Cummings).
 */
function mayBeTranscription(chars: readonly string[], script: Script): boolean {
  // A word that reads as a native name is one: Chinese and Korean people's names read as foreign
  // ones would meet Latin names by loose consonants ("Qicheng" / KAZUNGU). A native name begins
  // with a known family name; a Korean one goes on in Sino-Korean syllables (스, 르, 커 are none),
  // a Chinese one without the characters kept for foreign sounds (斯, 尔, 克...).
  if (!NATIVE_SURNAMES.has(chars[0]!) && !knownSurnameSpellings(chars[0]!)?.length) return true;
  // Four characters are a family name of two and a given name of two, or no native name.
  if (chars.length === 4 && !COMPOUND_SURNAMES.has(chars[0]! + chars[1]!)) return true;
  // (Chinese: any character, the first too: 莫 and 查 are family names, and as often the first
  // sound of a transcription, 莫茲利 Maudslay; looking only at the given name lost two of 1,000
  // Wikidata transcriptions and spared one false match.)
  return script === 'hangul' ? chars.slice(1).some((c) => !isSinoKoreanSyllable(c)) : chars.some((c) => FOREIGN_SOUND_HAN.has(c));
}

/**
 * First characters of Chinese and Korean people's names: the common family names (some 360
 * Chinese, simplified and traditional, and 120 Korean, with North Korean 리, 림, 로...), beyond
 * those romanize/known.ts spells, and the first characters of two-character ones (欧阳, 上官).
 * Those Chinese also writes foreign sounds with (斯, 阿, 巴, 伊) are left out: 阿加西 is Agassi.
 */
const NATIVE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁荣寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉仝区郜阚花权强帅屠豆朴盖练廉禹井祖漆丰支卿国狄平计宣晋相初门云容敬来扈晁芮都阙浦戈伏鹿薄邸雍辜羊母裘亓修邰杭况宿印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅於呼居揭干但尉冶元束檀衣信展阴昝智幸奉植衡富尧闭由欧阳司马上官诸葛',
  ...'洪丘鳳凤貝贝習习',
  ...'陳張劉楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾鐘譚陸賈韋鄒閆龍陶賀顧龔萬錢嚴戴溫湯樊齊喬龐顏莊聶魯嶽歐關蘭甯紀畢單裴塗駱藍鮑華饒農車項連蘆麥婁竇黨衛鄔邊師欒榮鄺樂鬱儲勞樓閔厲區權強帥豐國雲來鄢鄧蔣葉許',
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉부가복태목형피두감음빈동온호범좌팽승간상갈시곡견독사리림로량려련룡',
]);

/** Chinese and Korean family names of two characters (欧阳, 司马, 남궁, 제갈). */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '尉迟', '尉遲', '公孙', '公孫', '慕容', '东方', '東方', '皇甫', '令狐', '长孙', '長孫',
  '宇文', '夏侯', '端木', '南宫', '南宮', '西门', '西門', '独孤', '獨孤', '轩辕', '軒轅', '司徒', '申屠', '太史', '闻人', '聞人', '东郭', '東郭',
  '百里', '呼延', '万俟', '萬俟', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '仲孙', '钟离', '鍾離', '闾丘', '閭丘', '第五',
  '남궁', '제갈', '선우', '황보', '독고', '사공', '서문',
]);

/**
 * Han characters Chinese uses to write foreign sounds (Xinhua's transcription table) and hardly
 * ever in a person's given name.
 */
const FOREIGN_SOUND_HAN = new Set([...'斯尔爾克特姆夫娅婭兹茲茨普布塔索奥奧埃弗赫库庫鲁魯帕瓦沃乌烏扎莫勒查薩萨迪伊默格塞蒂娃納纳涅奇瑟列肯頓顿耶']);

/** How many Latin spellings after the best one a transcribed word is also compared by. */
const ALT_SPELLINGS = 8;

const APOSTROPHES = /['ʼʻ`´ʹ′‘’\u05F3]/g;

/**
 * Name text to tokens: NFKC, split on punctuation and spaces, each word transliterated to ASCII
 * with its script noted. Arabic "ال" prefixes become a separate particle token ("al").
 * `transcribed`: a Han or Hangul name is read as a foreign name transcribed, never cut into a
 * native family and given name (see mayBeTranscription).
 */
export function tokenize(name: string, transcribed = false): Token[] {
  return PLAIN_NAME.test(name) ? plainTokens(name) : tokenizeAny(name, transcribed);
}

/**
 * A name of ASCII letters, digits, spaces and the commas, full stops, hyphens and apostrophes of
 * Latin names ("PUTIN, Vladimir", "O'Brien", "Jean-Luc"): what tokenizeAny makes of it without
 * its normalisations and script tests, none of which can change it (text.test.ts checks the two
 * agree). Most names of most lists, and most queries, are so written.
 */
const PLAIN_NAME = /^[A-Za-z0-9 ,.'`-]*$/;
export function plainTokens(name: string): Token[] {
  const tokens: Token[] = [];
  for (const word of name.replace(/['`]/g, '').split(SEPARATORS)) if (word) tokens.push({ text: word.toLowerCase(), script: 'latin' });
  return tokens;
}

/** Name text of any script to tokens (see tokenize). */
export function tokenizeAny(name: string, transcribed = false): Token[] {
  const tokens: Token[] = [];
  // Symbols are no part of a name: any-ascii would spell 😀 "grinning" and ™ "tm", words to match.
  // (Before NFKC, which spells ™ as the letters TM and ´ as a space and an accent; apostrophes
  // again after it, for the full-width ＇.)
  const norm = name.replace(APOSTROPHES, '').replace(/[\p{So}\p{Cs}\p{Co}]/gu, ' ').normalize('NFKC').replace(APOSTROPHES, '');
  const words = norm.split(SEPARATORS).filter(Boolean);
  // A Chinese, Japanese or Korean company name: its run-together words cut apart (cjk-orgs.ts).
  if (isCjkCompany(norm)) return cjkCompanyTokens(norm);
  // A native name written with a space after its family name (김 정은, 习 近平) is one native name.
  if (!transcribed && spacedNativeName(words)) return splitEastAsian(words.join(''), scriptOf(words[0]!), false);
  // Chinese words in Cyrillic (Palladius: Цзиньпин, Кэцян) carry their Pinyin syllables: a word of
  // several syllables with a spelling of Chinese names (palladius.ts palladiusMark), and every word
  // of a name all of whose words are Palladius syllables, one of them so marked (Си Цзиньпин, Ли Пэн).
  const cyrillic = RE_CYRILLIC.test(norm);
  const readings = cyrillic ? words.map((w) => (RE_CYRILLIC.test(w) ? cyrillicReadings(w) : undefined)) : NO_READINGS;
  const allPalladius = cyrillic && readings.every((r) => r?.syl !== undefined) && readings.some((r) => r?.mark);
  // A Korean name written in Cyrillic (Ким Чен Ын) is read back to its Korean syllables
  // (cyrillic-korean.ts), unless it is all Chinese syllables (Ли Кэцян: 李 is Chinese and Korean).
  const cyrillicKorean = cyrillic && !allPalladius ? cyrillicKoreanName(words) : undefined;
  if (cyrillicKorean) return words.map((w, i) => ({ text: toAscii(w), script: 'cyrillic' as const, native: true, syl: cyrillicKorean[i]! }));
  // The last Arabic word, as written, when it made the last token (without an article split off).
  let prevArabic = '';
  for (const [w, word] of words.entries()) {
    const script = scriptOf(word);
    if (script === 'han' || script === 'hangul') {
      // Only a name written as one word is cut into family and given name (김정은, 习近平);
      // foreign names transcribed into Han or Hangul come with their word breaks (·, spaces).
      // (`transcribed`: the one word read as a foreign name, see mayBeTranscription.)
      if (words.length === 1 && !transcribed) tokens.push(...splitEastAsian(word, script, true));
      else tokens.push(transcribedToken(word, script));
      continue;
    }
    if (script === 'arabic') {
      let w = word.replace(/[\u064B-\u065F\u0670\u0640]/g, ''); // harakat and tatweel
      // "هدايت الله" is one name, "Hidayatullah": Persian, Pashto and Urdu names end in Allah written
      // as a word of its own and romanise the two as one word; so do Arabic ones (نصر الله / Nasrallah,
      // عبد الله / Abdullah; "Abd Allah", rarer, is met by names.ts joinPass).
      const prev = tokens[tokens.length - 1];
      if (ALLAH.has(w) && prevArabic && prev && prev.text === toAscii(prevArabic)) {
        prevArabic += w;
        tokens[tokens.length - 1] = abjadToken(toAscii(prevArabic), script, prevArabic, ARABIC_CONSONANTS);
        prevArabic = '';
        continue;
      }
      // "أبواليزيد" is "Abu al-Yazid" written as one word: the kunya's "Abu" split off first.
      const abu = /^([اأإآ]بو)(ال.{2,})$/u.exec(w);
      if (abu) {
        tokens.push(abjadToken(toAscii(abu[1]!), script, abu[1]!, ARABIC_CONSONANTS));
        w = abu[2]!;
      }
      // "الرحمن" → "al" + "rahman": the article is a particle in every romanisation.
      if (w.length > 3 && w.startsWith('ال')) {
        tokens.push({ text: 'al', script, abjad: 'l' });
        w = w.slice(2);
      }
      const text = toAscii(w);
      if (text) tokens.push(abjadToken(text, script, w, ARABIC_CONSONANTS));
      prevArabic = text ? w : '';
      continue;
    }
    prevArabic = '';
    if (script === 'hebrew') {
      const w = word.replace(/[\u0591-\u05C7]/g, ''); // niqqud
      const text = toAscii(w);
      if (text) tokens.push(abjadToken(text, script, w, HEBREW_CONSONANTS));
      continue;
    }
    const text = script === 'kana' ? kanaToAscii(word) : script === 'greek' ? greekToAscii(word) : script === 'other' && isBrahmic(word) ? brahmicToAscii(word, toAscii) : toAscii(word);
    if (!text) continue;
    if (script === 'kana') { tokens.push(kanaToken(text)); continue; }
    if (script !== 'cyrillic') { tokens.push({ text, script }); continue; }
    const r = readings[w], syl = r?.syl, hepburn = r?.hepburn;
    if (!syl && !hepburn) { tokens.push({ text, script }); continue; }
    tokens.push({ text, script, ...(syl && ((syl.length > 1 && r.mark) || allPalladius) ? { syl } : {}), ...(hepburn ? { alts: [hepburn] } : {}) });
  }
  return tokens;
}

const NO_READINGS: readonly (CyrillicReadings | undefined)[] = [];

/** A Cyrillic word's readings as a Chinese (palladius.ts) or Japanese (polivanov.ts) name. */
interface CyrillicReadings { syl?: Syllables; mark: boolean; hepburn?: string }

/**
 * cyrillicReadings memoised per word: every Cyrillic name word is tried against both systems,
 * and the same given and family names come again and again (the two tries tripled the time
 * tokenize took over Russian names).
 */
const cyrillicMemo = new Map<string, CyrillicReadings>();
function cyrillicReadings(word: string): CyrillicReadings {
  let r = cyrillicMemo.get(word);
  if (r === undefined) {
    const syl = palladiusSyllables(word), hepburn = polivanovReading(word), text = toAscii(word);
    // The Hepburn reading only where it says more than the letters (Кэндзи kenji, not Иван iwan).
    r = { syl, mark: syl !== undefined && palladiusMark(word), hepburn: hepburn && nameKey(hepburn) !== nameKey(text) ? hepburn : undefined };
    if (cyrillicMemo.size > 50_000) cyrillicMemo.clear();
    cyrillicMemo.set(word, r);
  }
  return r;
}

const CJK_CHAR = /[\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/;

/**
 * Tokens of a Chinese, Japanese or Korean company name: spaces between two such characters
 * dropped (a word break lists put in the middle of 有限 会社), each word cut into the glossary's
 * English words and the runs between them, each run into its Latin letters ("CST") and its
 * Han, kana or Hangul (read as a transcribed name, like any word of a multi-word name).
 */
function cjkCompanyTokens(norm: string): Token[] {
  const joined = norm.replace(new RegExp(`(${CJK_CHAR.source})\\s+(?=${CJK_CHAR.source})`, 'g'), '$1');
  const tokens: Token[] = [];
  for (const word of joined.split(SEPARATORS).filter(Boolean)) {
    for (const part of segmentCjkOrg(word)) {
      if (part.english) { tokens.push({ text: part.text, script: 'latin' }); continue; }
      for (const piece of part.text.split(/([A-Za-z0-9]+)/).filter(Boolean)) {
        const script = scriptOf(piece);
        const text = script === 'kana' ? kanaToAscii(piece) : toAscii(piece);
        if (!text) continue;
        if (script === 'han' || script === 'hangul') tokens.push({ text, script, ...transcribedConsonants(piece) });
        else tokens.push(script === 'kana' ? kanaToken(text) : { text, script });
      }
    }
  }
  return tokens;
}

const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o', ャ: 'a', ュ: 'u', ョ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };
const SOKUON = new Set(['っ', 'ッ']);

/**
 * Kana in Hepburn, as Japanese names and transcriptions are written in Latin: a small ya, yu, yo
 * makes one syllable with the kana before it (キョウコ "kyouko", シュ "shu", ジュ "ju", not
 * "kiyouko", "shiyu", "jiyu"), a small vowel replaces the vowel before it (ジェフ "jefu", ティム
 * "timu", ウィ "wi", ファ "fa"), a small tsu doubles the next consonant (マッカーサー "makkasa"),
 * and the long-vowel mark is dropped. Other characters as toAscii reads them.
 */
export function kanaToAscii(word: string): string {
  let out = '';
  let double = false;
  for (const ch of word) {
    if (SOKUON.has(ch)) { double = true; continue; }
    const y = SMALL_Y[ch];
    if (y !== undefined && /i$/.test(out)) {
      out = /(?:sh|ch|j)i$/.test(out) ? out.slice(0, -1) + y : out.slice(0, -1) + 'y' + y;
      continue;
    }
    const v = SMALL_VOWEL[ch];
    if (v !== undefined && /[aeiou]$/.test(out)) {
      // A lone u before a small vowel is a w (ウィ wi, ウォ wo); otherwise the vowel is replaced.
      out = /(?:^|[aeiou])u$/.test(out) ? `${out.slice(0, -1)}w${v}` : out.slice(0, -1) + v;
      continue;
    }
    let r = toAscii(ch);
    if (double && r) r = (r.startsWith('ch') ? 't' : r[0]) + r;
    double = false;
    out += r;
  }
  return out;
}

/**
 * A kana word's token, with the consonants of its reading as a transcription of a foreign name
 * when they differ from Hepburn's: katakana writes the Russian and European ti, di as チ, ジ
 * (プーチン Putin, ウラジーミル Vladimir, ナジア Nadia), the de of Russian names as ジェ
 * (メドヴェージェフ Medvedev), an initial v before a consonant as ウ (ウラジーミル), and an m
 * before p, b, m as ン (トランプ Trump); the
 * comparison takes the better reading (similarity.ts transcribedSimilarity).
 */
function kanaToken(text: string): Token {
  const foreign = text.replace(/t?chi/g, 'ti').replace(/ji/g, 'di').replace(/je/g, 'de').replace(/^u(?=[^aeiouy])/, 'v').replace(/n(?=[pbm])/g, 'm');
  const alt = foreign !== text ? consonants(foreign) : '';
  return alt && alt !== consonants(text) ? { text, script: 'kana', alts: [alt] } : { text, script: 'kana' };
}

/** A plain comparable form of a whole string: ASCII, lower case, single spaces. */
export function normalizeText(s: string): string {
  return tokenize(s).map((t) => t.text).join(' ');
}
