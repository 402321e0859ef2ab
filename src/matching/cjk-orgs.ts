/**
 * Organisation names written in Chinese, Japanese or Korean run their words together with no
 * space (沈忠國際海運有限公司 is Shen Zhong + International + Shipping + Co. Ltd.), so a reading
 * syllable by syllable ("shenzhongguojihaiyunyouxiangongsi") meets nothing in the Latin name the
 * lists give. The common words of company names are cut out and written as the English words
 * lists use (legal forms as the forms vocab.ts knows); what is left is the distinctive name, read
 * as usual. Only names that say they are a company (公司, 会社, 회사, 集团, 银行...) are cut: a
 * person's name never is. Simplified and traditional characters, Japanese and Korean forms.
 */

/** Word → English: legal forms first (the longest), then kinds of bodies, trades, places. */
const GLOSSARY: Record<string, string> = {
  // Legal forms (vocab.ts families: ltd, llc, jsc).
  股份有限公司: 'jsc', 公開株式会社: 'pao', 株式会社: 'jsc', 有限責任公司: 'llc', 有限责任公司: 'llc', 有限会社: 'llc', 有限會社: 'llc',
  有限公司: 'ltd', 주식회사: 'jsc', 유한회사: 'llc', 유한책임회사: 'llc',
  // Kinds of bodies.
  公司: 'company', 会社: 'company', 會社: 'company', 회사: 'company', 集团: 'group', 集團: 'group', 그룹: 'group', 控股: 'holdings',
  银行: 'bank', 銀行: 'bank', 은행: 'bank', 总公司: 'corporation', 總公司: 'corporation', 공사: 'corporation', 工厂: 'plant', 工廠: 'plant', 工場: 'plant',
  研究所: 'institute', 研究院: 'institute', 中心: 'center', センター: 'center', 센터: 'center', 协会: 'association', 協會: 'association', 協会: 'association',
  // Trades.
  国际: 'international', 國際: 'international', 国際: 'international', 국제: 'international',
  海运: 'shipping', 海運: 'shipping', 航运: 'shipping', 航運: 'shipping', 船务: 'shipping', 船務: 'shipping', 해운: 'shipping', 船舶: 'shipping',
  贸易: 'trading', 貿易: 'trading', 商贸: 'trading', 商貿: 'trading', 무역: 'trading', 商事: 'trading', 상사: 'trading',
  技术: 'technology', 技術: 'technology', 科技: 'technology', 기술: 'technology',
  机械: 'machinery', 機械: 'machinery', 기계: 'machinery', 制造: 'manufacturing', 製造: 'manufacturing',
  投资: 'investment', 投資: 'investment', 투자: 'investment', 实业: 'industrial', 實業: 'industrial', 工业: 'industry', 工業: 'industry', 공업: 'industry',
  物流: 'logistics', 航空: 'aviation', 항공: 'aviation', 能源: 'energy', 에너지: 'energy', 石油: 'petroleum', 석유: 'petroleum', 化工: 'chemical', 化学: 'chemical', 化學: 'chemical',
  发展: 'development', 發展: 'development', 개발: 'development', 电子: 'electronics', 電子: 'electronics', 전자: 'electronics', 矿业: 'mining', 礦業: 'mining', 광업: 'mining',
  进出口: 'import export', 進出口: 'import export', 수출입: 'import export', 运输: 'transport', 運輸: 'transport', 운수: 'transport',
  // Places that company names carry in their English form.
  香港: 'hongkong', 中国: 'china', 中國: 'china', 朝鲜: 'korea', 朝鮮: 'korea', 조선: 'korea',
};

const LONGEST = Math.max(...Object.keys(GLOSSARY).map((w) => w.length));

/** Words that say the name is a company's: only then are its words cut out. */
const COMPANY = /公司|会社|會社|회사|集团|集團|银行|銀行|은행|株式|有限/;

/** True when a name (all its words) is written as a Chinese, Japanese or Korean company's. */
export function isCjkCompany(name: string): boolean {
  return COMPANY.test(name);
}

/**
 * One written word of such a name cut into its parts: English words for the glossary's words,
 * and the runs between them as written ("沈忠國際海運有限公司" → 沈忠, international, shipping,
 * ltd). Parts in English are marked.
 */
export function segmentCjkOrg(word: string): { text: string; english: boolean }[] {
  const chars = [...word];
  const out: { text: string; english: boolean }[] = [];
  let run = '';
  for (let i = 0; i < chars.length; ) {
    let hit = '';
    for (let n = Math.min(LONGEST, chars.length - i); n >= 2; n--) {
      const w = chars.slice(i, i + n).join('');
      if (GLOSSARY[w]) { hit = w; break; }
    }
    if (!hit) { run += chars[i]; i++; continue; }
    if (run) out.push({ text: run, english: false });
    run = '';
    for (const e of GLOSSARY[hit]!.split(' ')) out.push({ text: e, english: true });
    i += [...hit].length;
  }
  if (run) out.push({ text: run, english: false });
  return out;
}
