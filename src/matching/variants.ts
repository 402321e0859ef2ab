/**
 * Given-name equivalences: English short forms (from the nicknames data) and our own groups of
 * names that different languages and romanisations write differently (Joseph/Yusuf/Iosif,
 * Mohammed/Mehmet, Yevgeny/Eugene). Two tokens are variants when they share a group.
 */
import { NICKNAME_GROUPS } from './data/given-names.js';

/** One line a group; the first word names it in explanations. Ours, hand-curated. */
const ROMANISATION_GROUPS: readonly string[] = [
  // with the abbreviations Indonesian, Malaysian and Bangladeshi documents write (Muh., Moh., Mohd., Md.)
  'muhammad mohammad mohammed mohamed muhammed mohamad mohamud mehmet mehmed mukhammad magomed magometa mohd mhd muhamad mohammod mahomed muh moh muhd md maxamed',
  'ahmad ahmed ahmet akhmed akhmad ahmadou amadou axmed',
  'hussein husain hussain husayn hossein huseyin gusein guseyn hosein hissein hissene',
  'hasan hassan hassen hasson gasan',
  'abdullah abdallah abdulla abdula abdellah abdalla',
  'abd abdul abdel abdal abdoul abdu abdur abdoulaye',
  'yusuf yousef youssef yousuf yusef yussuf youcef yousif yusif youssouf',
  'aisha ayesha aysha aishah aicha',
  'qasim qassim kassem qassem qasem kacem kasim gasim',
  'iosif josef joseph jozef yosef',
  'ibrahim ebrahim ibragim brahim',
  'abraham avraham avrom',
  'ismail ismael ismayil ismoil izmail',
  'musa moussa mousa',
  'isa issa eesa',
  'ilyas elias ilias iliyas',
  'yakub yaqub yacoub yakoub',
  'yakov jakov yaakov jacob jakob iakov',
  'suleiman sulaiman sulayman soliman suleyman sulejman',
  'daoud dawood dawud daud',
  'yahya yahia yehia yahiya',
  // أويس: Somali Aweys, Awes; Pakistani Owais; Arabic Uways, Uwais (Hassan Dahir Aweys's five spellings in one listing).
  'uways uwais owais oways aweys awes aweyes oais ovais uvais awais',
  'maryam mariam meryem miriam',
  'maria mariya mariia mariya',
  'umar omar omer amor',
  'uthman othman osman usman othmane',
  'mustafa mostafa moustafa mustapha mostapha',
  'khalid khaled halid',
  'jamal gamal djamel cemal',
  // ج is g in Egypt (Gamal, Gomaa, Naguib): the Egyptian and the Levantine or Gulf spelling of one name.
  'jumaa juma jumah jomaa gomaa gomah goma guma',
  'najib naguib nagib nadjib najeeb',
  'hijazi hegazi hegazy higazi hejazi',
  'hajjaj hagag haggag hajaj',
  'jawlani julani jolani golani',
  'jafar jaafar dzhafar cafer',
  // ض ظ ذ: Arabic romanisations write d, dh or th, Persian, Urdu, Turkish and Central Asian ones z
  // (Reza / Ridha, Kazem / Kadhim, Ramazan / Ramadhan): two letters apart in a short word, which
  // spelling similarity alone puts below review. Only names whose letter is one of these three.
  'reza rida ridha reda redha riza',
  'kazem kazim kadhim kadim kathim',
  'zia ziya ziyaa dhiya diya diyaa',
  'morteza murtaza mortaza murtada murtadha mortada murtadho',
  'ramazan ramadan ramadhan ramzan ramdane ramadane',
  'fazl fadl fadhl',
  'fazel fazil fadel fadil fadhil fadhel',
  'hafez hafiz hafidh hafid hafeez hafedh',
  'nazim nazem nadhim nadhem',
  'mahfouz mahfuz mahfoudh mahfudh mahfooz',
  'azim azeem adhim adheem',
  'zahir zaher dhahir dhaher',
  'muzaffar mozaffar mudhaffar muzafar mudaffar',
  'khizr khidr khidhr khizir khadr khader',
  'rizwan ridwan redouane ridouane rezvan',
  'nizam nezam nidham',
  'zulfiqar zolfaghar zulfikar zolfaqar dhulfiqar',
  'yevgeny yevgeniy evgeny evgeniy evgenii jewgeni evgueni yevgen yevhen',
  'aleksandr alexander alexandr oleksandr aleksander alexandre alexandros',
  'aleksey alexey alexei aleksei oleksiy oleksii alexis',
  'andrey andrei andriy andrii',
  'dmitry dmitri dmitriy dmytro dimitri dimitrios',
  'sergey sergei serhiy serhii sergiy',
  'mikhail mykhailo mikhael mihail',
  'nikolay nikolai mykola',
  'pavel pavlo',
  'pyotr petr petro',
  'fyodor fedor fedir',
  'grigory grigoriy hryhoriy',
  'georgy georgiy georgii heorhiy',
  'yuri yury yuriy yurii iurii',
  
  'vladimir volodymyr wladimir vladimer',
  'yelena elena olena jelena',
  'natalya natalia nataliya natalie nathalie',
  'tatyana tatiana tetiana tatjana',
  'olga olha',
  'yekaterina ekaterina kateryna katerina',
  'anatoly anatoliy anatolii',
  'vasily vasiliy vasyl',
  'stepan stefan',
  'konstantin kostiantyn kostyantyn',
  'mikhailovich mykhailovych',
  'oleg oleh',
  'igor ihor',
  // One given name across European languages, as aliases and passports of one person write it.
  'edward eduardo eduard edouard edoardo',
  'joseph jose giuseppe josep',
  'michael miguel michel michele michal mikhail',
  'peter pedro pierre pietro piotr pyotr petr',
  'paul pablo paolo pavel paulo pawel',
  'george jorge georges giorgio georgy',
  'charles carlos carlo karl karel',
  'henry enrique henri enrico heinrich',
  'william guillermo guillaume wilhelm',
  'james jaime jacques giacomo',
  'francis francisco francois francesco franz',
  'anthony antonio antoine anton',
  'stephen stephan esteban etienne stefano stefan stepan',
  // Russian and Ukrainian names and the short forms people go by, in passports' spellings
  // (Sasha for Aleksandr; the English nicknames data has none of them).
  'aleksandr alexander alexandr oleksandr aleksander sasha shura sanya',
  'aleksandra alexandra oleksandra sasha shura',
  'mikhail mykhailo misha',
  'vladimir volodymyr volodya vova',
  'dmitry dmitri dmitriy dmytro dima mitya',
  'yevgeny yevgeniy evgeny evgeniy yevgeniya evgeniya zhenya',
  'nikolay nikolai mykola kolya',
  'sergey sergei serhiy serhii seryozha serezha',
  'aleksey alexey alexei aleksei oleksiy oleksii alyosha lyosha',
  'pavel pavlo pasha',
  'pyotr petr petro petya',
  'ivan vanya',
  'anatoly anatoliy anatolii tolya',
  'yekaterina ekaterina kateryna katya',
  'yelena elena olena lena',
  'natalya natalia nataliya natasha',
  'tatyana tatiana tetiana tanya',
  'olga olha olya',
  'mariya maria mariia masha',
  'vasily vasiliy vasyl vasya',
  'grigory grigoriy hryhoriy grisha',
  'yuri yury yuriy yurii yura',
  'fyodor fedor fedir fedya',
  'boris borya',
  'viktor victor vitya',
  'konstantin kostiantyn kostya',
  'vyacheslav viacheslav slava',
  'yaroslav slava',
  'anastasiya anastasia nastya',
  'svetlana sveta',
  'lyudmila ludmila lyuda',
  'gennady gennadiy gena',
  'leonid lyonya',
  'nadezhda nadiya nadia nadya',
  'galina halina galya',
  'irina iryna',
  'valentin valiantsin',
  'vladislav uladzislau',
  'maksim maxim maksym',
  'yuliya yulia yuliia julia',
  // Belarusian forms of the same names, as EU and US lists give them beside the Russian ones
  // (Ihar / Igor, Aleh / Oleg, Mikalay / Nikolai, Siarhei / Sergey).
  'igor ihor ihar',
  'oleg oleh aleh',
  'olga olha volha',
  'nikolay nikolai mykola mikalay mikalai',
  'sergey sergei serhiy siarhei siarhey',
  'aleksandr alexander oleksandr aliaksandr',
  'aleksey alexey aleksei oleksiy aliaksei aliaksey aleksej alexej olexiy',
  'dmitry dmitri dmitriy dmytro dzmitry dzmitri',
  'yevgeny yevgeniy evgeny evgeniy yauhen',
  'viktor victor viktar',
  'vladimir volodymyr uladzimir',
  'leonid leanid',
  'natalya natalia nataliya natallia',
  'tatyana tatiana tetiana tatsiana',
  'yekaterina ekaterina kateryna katsiaryna',
  'grigory grigoriy hryhoriy ryhor',
  'vasily vasiliy vasyl vasil',
  'yelena elena olena alena',
  'anatoly anatoliy anatolii anatol',
  'konstantin kostiantyn kanstantsin',
  'lyudmila ludmila liudmila',
];

let groupsOf: Map<string, number[]> | undefined;
let groupNames: string[] = [];

function build(): Map<string, number[]> {
  const m = new Map<string, number[]>();
  const all = [...ROMANISATION_GROUPS, ...NICKNAME_GROUPS];
  groupNames = all.map((g) => g.split(' ')[0]!);
  all.forEach((g, i) => {
    for (const w of new Set(g.split(' '))) {
      const list = m.get(w) ?? [];
      list.push(i);
      m.set(w, list);
    }
  });
  return m;
}

/** The group ids a given name belongs to (empty when it belongs to none). */
export function variantGroups(token: string): readonly number[] {
  groupsOf ??= build();
  return groupsOf.get(token) ?? [];
}

/** True when the two tokens are known variants of one name ("bob"/"robert", "yusuf"/"joseph"). */
export function areVariants(a: string, b: string): boolean {
  const ga = variantGroups(a);
  if (!ga.length) return false;
  const gb = variantGroups(b);
  return ga.some((g) => gb.includes(g));
}

/** The first name of a token's first group, for blocking keys (so "bob" and "robert" meet). */
export function variantRoot(token: string): string | undefined {
  const g = variantGroups(token);
  return g.length ? groupNames[g[0]!] : undefined;
}

/**
 * Second parts of theophoric compounds that are often left off: Shafiqullah is called Shafiq,
 * Inayatullah Inayat, Nasiruddin Nasir. Written glued to the name (split forms are aligned in names.ts).
 */
const COMPOUND_ENDINGS = ['ullah', 'ulla', 'allah', 'ollah', 'ullo', 'uddin', 'uddine', 'eddine', 'eddin', 'addin', 'oddin', 'ouddine', 'ouddin', 'iddine', 'iddin', 'uddeen'];

/**
 * True when one word is the other with a theophoric ending ("shafiq" / "shafiqullah"), the short one
 * four letters or more; French spellings double the s before it ("Ghias" / "Ghiassouddine").
 */
export function compoundShortForm(a: string, b: string): boolean {
  // (No destructured pair: this is asked for most word pairs that are not alike already.)
  const short = a.length < b.length, s = short ? a : b, l = short ? b : a;
  const rest = l.length - s.length;
  if (s.length < 4 || rest < 4 || rest > 8 || !l.startsWith(s)) return false;
  const ending = l.slice(s.length);
  return COMPOUND_ENDINGS.includes(ending) || (s.endsWith('s') && ending[0] === 's' && COMPOUND_ENDINGS.includes(ending.slice(1)));
}
