/**
 * Legal forms as the lists write them in other languages and scripts, in the transliterated form
 * text.ts gives them ("Общество с ограниченной ответственностью" → "obshchestvo s ogranichennoy
 * otvetstvennostyu"). The EU and OpenSanctions lists give one company's name in every EU language;
 * unrecognised, the four words of "Društvo s ograničenom odgovornošću" count as four missing name
 * words and bury the one word that names the company. Recognised, they fold into the legal form
 * token of their family (vocab.ts LEGAL_FORMS), which is compared and weighed, not ignored.
 */

/** Multi-word legal forms by language, folded into the token on the right (a key of LEGAL_FORMS). */
export const MULTILINGUAL_LEGAL_FORM_PHRASES: [string[], string][] = [
  // Russian, Ukrainian, Belarusian, Bulgarian: limited liability company.
  [['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  [['obshchestvo', 's', 'ogranichennoi', 'otvetstvennostyu'], 'ooo'],
  [['obschestvo', 's', 'ogranichennoi', 'otvetstvennostyu'], 'ooo'],
  [['obschestvo', 's', 'ogranichennoi', 'otvestvennostyu'], 'ooo'],
  [['obshchestvo', 's', 'ogranichennoi', 'otvestvennostyu'], 'ooo'],
  [['obschestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  [['tovaristvo', 'z', 'obmezhenoyu', 'vidpovidalnistyu'], 'tov'],
  [['tovarystvo', 'z', 'obmezhenoyu', 'vidpovidalnistyu'], 'tov'],
  // Ukraine's national romanisation (2010) writes ю as iu after a consonant: OpenSanctions and the
  // EU give Ukrainian firms so ("Tovarystvo z obmezhenoiu vidpovidalnistiu"); two words differ.
  [['tovarystvo', 'z', 'obmezhenoiu', 'vidpovidalnistiu'], 'tov'],
  [['tavarystva', 'z', 'abmezhavanay', 'adkaznastsyu'], 'ooo'],
  [['druzhestvo', 's', 'ogranichena', 'otgovornost'], 'ood'],
  // Russian and Ukrainian joint-stock companies and state enterprises.
  [['publichnoe', 'aktsionernoe', 'obshchestvo'], 'pao'],
  [['otkrytoe', 'aktsionernoe', 'obshchestvo'], 'oao'],
  [['zakrytoe', 'aktsionernoe', 'obshchestvo'], 'zao'],
  [['publichne', 'aktsionerne', 'tovaristvo'], 'pao'],
  [['publichne', 'aktsionerne', 'tovarystvo'], 'pao'],
  [['pryvatne', 'aktsionerne', 'tovarystvo'], 'ao'],
  [['aktsionerne', 'tovaristvo'], 'ao'],
  [['aktsionerne', 'tovarystvo'], 'ao'],
  [['federalnoe', 'gosudarstvennoe', 'unitarnoe', 'predpriyatie'], 'fgup'],
  [['federalnoye', 'gosudarstvennoye', 'unitarnoye', 'predpriyatiye'], 'fgup'],
  [['gosudarstvennoe', 'unitarnoe', 'predpriyatie'], 'gup'],
  [['gosudarstvennoye', 'unitarnoye', 'predpriyatiye'], 'gup'],
  [['federalnoe', 'gosudarstvennoe', 'byudzhetnoe', 'uchrezhdenie'], 'fgbu'],
  [['federal', 'state', 'budgetary', 'educational', 'institution', 'of', 'higher', 'education'], 'fgbou'],
  [['federal', 'state', 'budgetary', 'educational', 'institution'], 'fgbou'],
  [['federal', 'state', 'budgetary', 'institution'], 'fgbu'],
  [['federal', 'state', 'institution'], 'fgu'],
  [['avtonomnaya', 'nekommercheskaya', 'organizatsiya'], 'ano'],
  [['autonomous', 'non', 'profit', 'organization'], 'ano'],
  [['autonomous', 'non', 'profit', 'organisation'], 'ano'],
  [['autonomous', 'non', 'commercial', 'organization'], 'ano'],
  [['non', 'commercial', 'partnership'], 'nko'],
  [['non', 'profit', 'organization'], 'nko'],
  [['private', 'joint', 'stock', 'company'], 'prjsc'],
  [['company', 'with', 'limited', 'liability'], 'llc'],
  [['limited', 'partnership'], 'lp'],
  [['federal', 'state', 'unitary', 'enterprise'], 'fgup'],
  [['state', 'unitary', 'enterprise'], 'gup'],
  // Other EU languages: limited liability company.
  [['etairia', 'periorismenis', 'eythynis'], 'epe'],
  [['etaireia', 'periorismenis', 'eythynis'], 'epe'],
  // As greek.ts reads the Greek (ευ before θ is ef), and as ELOT romanises it.
  [['etairia', 'periorismenis', 'efthynis'], 'epe'],
  [['etaireia', 'periorismenis', 'efthynis'], 'epe'],
  [['an', 'chuideachta', 'theoranta'], 'teo'],
  [['cuideachta', 'theoranta'], 'teo'],
  [['sociedad', 'anonima', 'de', 'capital', 'variable'], 'sa'],
  [['sociedad', 'de', 'responsabilidad', 'limitada', 'de', 'capital', 'variable'], 'srl'],
  [['sociedad', 'anonima', 'cerrada'], 'sac'],
  [['sociedad', 'por', 'acciones', 'simplificada'], 'sas'],
  [['societe', 'par', 'actions', 'simplifiee'], 'sas'],
  [['sociedad', 'de', 'responsabilidad', 'limitada'], 'srl'],
  [['sociedade', 'de', 'responsabilidade', 'limitada'], 'lda'],
  [['societatea', 'cu', 'raspundere', 'limitata'], 'srl'],
  [['societate', 'cu', 'raspundere', 'limitata'], 'srl'],
  [['societa', 'a', 'responsabilita', 'limitata'], 'srl'],
  [['societe', 'a', 'responsabilite', 'limitee'], 'sarl'],
  [['gesellschaft', 'mit', 'beschrankter', 'haftung'], 'gmbh'],
  [['spolecnost', 's', 'rucenim', 'omezenym'], 'sro'],
  [['spolocnost', 's', 'rucenim', 'obmedzenym'], 'sro'],
  [['spolka', 'z', 'ograniczona', 'odpowiedzialnoscia'], 'spzoo'],
  [['druzba', 'z', 'omejeno', 'odgovornostjo'], 'doo'],
  [['drustvo', 's', 'ogranicenom', 'odgovornoscu'], 'doo'],
  [['korlatolt', 'felelossegu', 'tarsasag'], 'kft'],
  [['sabiedriba', 'ar', 'ierobezotu', 'atbildibu'], 'sia'],
  [['uzdaroji', 'akcine', 'bendrove'], 'uab'],
  [['akcine', 'bendrove'], 'ab'],
  [['besloten', 'vennootschap'], 'bv'],
  [['naamloze', 'vennootschap'], 'nv'],
  [['akciova', 'spolecnost'], 'as'],
  [['societate', 'pe', 'actiuni'], 'sa'],
  [['societa', 'per', 'azioni'], 'spa'],
  [['sociedade', 'anonima'], 'sa'],
  [['anonymi', 'etaireia'], 'ae'],
  [['anonim', 'sirketi'], 'as'],
  [['limited', 'sirketi'], 'ltd'],
  [['ltd', 'sti'], 'ltd'],
  [['ltd', 'sirketi'], 'ltd'],
  [['a', 's'], 'as'], // Turkish A.S. (anonim sirket), Danish and Norwegian A/S, Czech and Slovak a.s.
  [['a', 'd'], 'ad'],
  [['d', 'd'], 'dd'],
  [['d', 'o', 'o'], 'doo'],
  [['sp', 'z', 'o', 'o'], 'spzoo'],
  [['sp', 'zoo'], 'spzoo'],
  [['w', 'l', 'l'], 'wll'], // Gulf "with limited liability"
  [['e', 'i', 'r', 'l'], 'eirl'],
  [['k', 'k'], 'kk'],
  [['sh', 'p', 'k'], 'shpk'],
  [['fz', 'llc'], 'fzllc'],
  [['fz', 'co'], 'fzco'],
  [['kabushiki', 'kaisha'], 'kk'],
  [['perseroan', 'terbatas'], 'pt'],
  [['sendirian', 'berhad'], 'bhd'],
  // Mexican and Latin American forms written in initials ("S.A. de C.V.", "S. de R.L.").
  [['s', 'a', 'p', 'i', 'de', 'c', 'v'], 'sapi'],
  [['sapi', 'de', 'c', 'v'], 'sapi'],
  [['sapi', 'de', 'cv'], 'sapi'],
  [['s', 'a', 'de', 'c', 'v'], 'sa'],
  [['sa', 'de', 'c', 'v'], 'sa'],
  [['sa', 'de', 'cv'], 'sa'],
  [['s', 'de', 'r', 'l', 'de', 'c', 'v'], 'srl'],
  [['s', 'de', 'r', 'l'], 'srl'],
  [['s', 'p', 'r', 'de', 'r', 'l'], 'srl'],
  [['s', 'a', 's'], 'sas'],
  [['s', 'a', 'r', 'l'], 'sarl'],
  [['s', 'a', 'l'], 'sal'],
  [['s', 'a', 'c'], 'sac'],
  [['s', 'r', 'o'], 'sro'],
  [['c', 'a'], 'ca'],
  // Japanese and Chinese company words written with a space inside ("有限 会社").
  [['youxian', 'huishe'], 'youxianhuishe'],
  [['zhushi', 'huishe'], 'zhushihuishe'],
  [['youxian', 'gongsi'], 'youxiangongsi'],
  [['s', 'en', 'c'], 'sec'],
];

/** One-word legal forms not in vocab.ts, by family (same families as LEGAL_FORMS). */
export const MORE_LEGAL_FORMS: Record<string, string> = {
  ood: 'llc', epe: 'llc', teo: 'llc', lda: 'llc', ltda: 'llc', sia: 'llc', uab: 'llc', sprl: 'llc', sas: 'llc', eirl: 'llc', tov: 'llc',
  osauhing: 'llc', yhtio: 'co', osakeyhtio: 'jsc', aktiebolag: 'jsc', aktieselskab: 'jsc', anpartsselskab: 'llc', aktiengesellschaft: 'jsc',
  aktsiaselts: 'jsc', ae: 'jsc', kk: 'jsc', pt: 'jsc', tbk: 'jsc', sapi: 'jsc', zat: 'jsc', pat: 'jsc', prat: 'jsc', sec: 'lp', cia: 'co', fsue: 'state', sal: 'jsc', sac: 'jsc', ca: 'jsc',
  // Bulgarian, Serbian and Macedonian joint-stock companies (AD, EAD: single-owner AD), as OOD and EOOD are their LLCs.
  ad: 'jsc', ead: 'jsc',
  // Russian state and non-profit bodies: federal state (budgetary, educational) institutions, autonomous non-profit organisations.
  fgbu: 'state', fgbou: 'state', fgu: 'state', fku: 'state', gbu: 'state', mup: 'state', ano: 'ngo', nko: 'ngo', prjsc: 'jsc',
  dd: 'jsc', zrt: 'jsc', nyrt: 'jsc', // Slovenian and Croatian d.d., Hungarian Zrt. and Nyrt.
  wll: 'llc', aps: 'llc', bvba: 'llc', shpk: 'llc', ou: 'llc', odo: 'llc', // Gulf W.L.L., Danish ApS, Belgian BVBA, Albanian Sh.p.k., Estonian OU, Belarusian ODO
  // Japanese and Chinese company words as text.ts romanises them (有限会社, 株式会社, 公開株式会社, 有限公司, 股份有限公司).
  youxianhuishe: 'llc', zhushihuishe: 'jsc', gongkaizhushihuishe: 'jsc', youxiangongsi: 'llc', gufenyouxiangongsi: 'jsc',
};
