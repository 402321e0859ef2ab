/**
 * Spellings that real documents use for East Asian, Arabic and Russian names, which no
 * letter-by-letter transliterator produces: Hong Kong, Taiwanese, Wade-Giles and Hokkien/Teochew
 * spellings of Chinese surnames, McCune–Reischauer and passport spellings of Korean surnames,
 * and the common Latin spellings of Arabic, Persian and Russian given names. Hand-curated from
 * our own knowledge of romanisation systems (no third-party table copied). One line a group; the
 * first word is the standard form (Hanyu Pinyin, Revised Romanisation, the usual English form).
 */

/** Chinese surnames: characters (simplified and traditional), then Latin spellings. */
export const CHINESE_SURNAMES: readonly string[] = [
  '王 wang wong ong heng vong',
  '李 li lee lei lie ly',
  '陈 陳 chen chan tan chin chun ding',
  '张 張 zhang chang cheung teo teoh chong cheong',
  '黄 黃 huang wong ng ooi oei hwang bong',
  '周 zhou chou chow chau chew chiu',
  '徐 xu hsu tsui chui koh khor hsueh',
  '刘 劉 liu lau lao low lew liew',
  '杨 楊 yang yeung yeo yong young',
  '吴 吳 wu ng goh woo ngo',
  '赵 趙 zhao chao chiu chew teo',
  '孙 孫 sun suen soon sng',
  '林 lin lam lim lum',
  '郭 guo kuo kwok kwek quek',
  '何 he ho hor',
  '高 gao kao ko koh',
  '罗 羅 luo lo law lor loh',
  '郑 鄭 zheng cheng cheang tay teh',
  '梁 liang leung neo',
  '谢 謝 xie hsieh tse chia seah cheah',
  '宋 song sung soong',
  '唐 tang tong tng',
  '许 許 xu hsu hui koh khoo',
  '邓 鄧 deng teng tang',
  '冯 馮 feng fung fong pang',
  '曾 zeng tseng tsang chan',
  '蔡 cai tsai choi chua tsoi',
  '潘 pan poon phua',
  '袁 yuan yuen',
  '蒋 蔣 jiang chiang cheung',
  '叶 葉 ye yeh yip yap yeap',
  '余 yu yue yee',
  '杜 du tu to',
  '魏 wei ngai gui',
  '苏 蘇 su so soo',
  '卢 盧 lu lo lou loo',
  '马 馬 ma mah',
  '胡 hu wu foo oh',
  '朱 zhu chu choo',
  '彭 peng pang phang',
  '钟 鍾 鐘 zhong chung chong',
  '江 jiang chiang kong kang',
  '方 fang fong hong png',
  '石 shi shih shek',
  '邱 丘 qiu chiu khoo yau',
  '侯 hou hau',
  '金 jin chin kam kim',
  '习 習 xi hsi',
  '毛 mao',
  '邓 deng teng',
];

/** Korean surnames: Hangul, then Latin spellings (RR first, then MR and passport forms). */
export const KOREAN_SURNAMES: readonly string[] = [
  '김 gim kim', '이 i lee yi rhee ri rie', '리 ri lee li', '박 bak park pak', '최 choe choi', '정 jeong jung chung cheong chong',
  '강 gang kang', '조 jo cho', '윤 yun yoon', '장 jang chang', '임 im lim rim', '림 rim lim', '한 han', '신 sin shin',
  '서 seo suh so', '권 gwon kwon', '황 hwang', '안 an ahn', '송 song', '류 ryu yoo yu', '유 yu yoo you', '전 jeon chun jun chon',
  '홍 hong', '고 go ko koh', '문 mun moon', '양 yang', '손 son sohn', '배 bae pae', '백 baek paek paik baik', '허 heo hur huh', '남 nam',
  '노 no noh roh', '로 ro roh', '하 ha', '곽 gwak kwak', '성 seong sung', '차 cha', '주 ju joo chu', '우 u woo', '구 gu koo ku',
  '민 min', '진 jin chin', '지 ji chi', '엄 eom um', '채 chae', '원 won', '천 cheon chun', '방 bang pang', '공 gong kong',
  '현 hyeon hyun', '함 ham', '변 byeon byun pyon', '염 yeom yum', '여 yeo yu', '추 chu choo', '도 do doh', '석 seok suk',
  '선 seon sun', '설 seol sul', '마 ma', '길 gil kil', '연 yeon yun', '위 wi wee', '표 pyo', '명 myeong myung', '기 gi ki',
  '반 ban pan', '왕 wang', '금 geum keum kum', '옥 ok', '육 yuk yook', '인 in', '맹 maeng', '제 je jae', '모 mo', '탁 tak',
];

/** Latin spellings of one name (Arabic, Persian, Hebrew, Russian given names and name parts). */
export const LATIN_GROUPS: readonly string[] = [
  'muhammad mohammad mohammed mohamed muhammed mohamad mohamud mehmet mehmed mukhammad magomed mohd mohammod mahomed muhamad',
  'ahmad ahmed ahmet akhmed akhmad',
  'mahmoud mahmud mahmood mahmut makhmud',
  'hussein husain hussain husayn hossein huseyin hussien husein',
  'hasan hassan hassen hasan gasan',
  'hassanein hasanayn',
  'ali aly alee',
  'abdullah abdallah abdulla abdellah abdalla abdoullah',
  'abdulrahman abdurrahman abdelrahman abderrahmane abdalrahman abdurahman abdul-rahman',
  'abdulaziz abdelaziz abdalaziz abdulazeez',
  'abdulkarim abdelkarim abdulkareem abdalkarim',
  'abdulrahim abdelrahim abdurrahim',
  'abdulhamid abdelhamid abdulhameed',
  'abdulqadir abdelkader abdulkadir abdul-qadir abdalqadir',
  'yusuf yousef youssef yousuf yusef yussuf youcef yosef',
  'ibrahim ebrahim ibragim brahim',
  'ismail ismael ismayil ismoil esmail',
  'khalid khaled halid',
  'mustafa mostafa moustafa mustapha mostapha',
  'omar umar omer',
  'osman uthman othman usman',
  'said saeed saied sayed sayid',
  'saleh salih salah',
  'salim saleem selim',
  'karim kareem kerim',
  'rahman rahmane rehman rakhman',
  'rashid rasheed rachid reshid',
  'hamid hameed hamed',
  'majid majeed magid madjid',
  'mahdi mehdi mahdy',
  'jafar jaafar jaffar dzhafar cafer',
  'jamal gamal djamel cemal dzhamal',
  'nasser nasir naser nasr',
  'faisal faysal feisal faycal',
  'fatima fatimah fatma fatmeh',
  'aisha ayesha aicha aysha ayse',
  'zainab zaynab zeinab',
  'qasim qassem kasim kassem gasim',
  'qadir kadir kader',
  'tariq tarik tarek tarek',
  'yahya yahia yehia',
  'zakaria zakariya zakariyya zakarya',
  'abu abou',
  'bin ben ibn',
  'bint bent',
  'al el ul',
  'reza riza',
  'hosseini husseini hosseyni',
  'mohammadi mohamadi',
  'david dawid dovid daoud',
  'yitzhak itzhak yitzchak isaac',
  'moshe moishe mosheh',
  'shlomo shlomoh',
  'chaim haim hayim',
  'yehuda yehudah judah',
  'avraham abraham avrohom',
  'yaakov yakov jacob',
  'aleksandr alexander alexandr oleksandr aleksander',
  'yevgeny evgeny evgeniy yevgeniy evgenii jewgeni evgueni',
  'sergey sergei serguei sergej serhiy',
  'dmitry dmitri dmitriy dmitrij',
  'aleksey alexey alexei aleksei',
  'yury yuri yuriy iouri juri',
  'andrey andrei andrej',
  'nikolay nikolai nikolaj',
  'mikhail mikhail michail',
  'vyacheslav viacheslav wjatscheslaw',
];

/** A group table as token → the other spellings of each group it is in. */
export function groupIndex(lines: readonly string[], skipFirstField = false): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const words = line.split(' ');
    const keys = skipFirstField ? words.filter((w) => !/[a-z]/.test(w)) : words;
    const spellings = words.filter((w) => /^[a-z-]+$/.test(w)).map((w) => w.replace(/-/g, ''));
    for (const k of keys) {
      const list = out.get(k) ?? [];
      for (const s of spellings) if (!list.includes(s)) list.push(s);
      out.set(k, list);
    }
  }
  return out;
}
