/**
 * The same word of an organisation name in other languages: lists give one organisation's name
 * in English and in a transliteration of its own language ("YUZHNY PROEKT" / "SOUTHERN PROJECT",
 * "JAYSH KHALID BIN AL-WALID" / "KHALID BIN AL-WALID ARMY", "الجهاد الاسلامي المصري" / "EGYPTIAN
 * ISLAMIC JIHAD"). Spelling cannot see that "zavod" is a "plant"; this glossary can. Each word maps
 * to one concept (an English word); two words of one concept meet as a translation (names.ts).
 * The glossary holds only the common words of organisation names (kinds of bodies, trades,
 * directions, countries and their adjectives, ordinals) in the languages of the lists: never a
 * listed organisation's own name. It changes no weight: a generic word stays generic.
 */
import { countryCode } from '../countries.js';
import type { Script } from '../text.js';

/**
 * Concept → its words, as text.ts writes them from Latin, Cyrillic (transliterated) and other Latin-script languages,
 * and the common words of Korean, Chinese and Japanese company names romanised (hoesa, gongsi, kaisha company;
 * unhaeng, yinhang bank; muyok, maoyi trading), as lists sometimes write a company's own name in Latin letters.
 */
const LATIN: Record<string, string[]> = {
  // Kinds of bodies.
  army: ['army', 'armies', 'lashkar', 'lashkare', 'lashkari', 'jaysh', 'jaish', 'jeish', 'jeysh', 'jund', 'junud', 'soldiers', 'armee', 'ejercito', 'sepah', 'sipah', 'armiya', 'corps'],
  front: ['front', 'jabhat', 'jabha', 'jabhah', 'jabhet', 'jebhat', 'frente', 'front'],
  movement: ['movement', 'tehrik', 'tehreek', 'tahrik', 'tahreek', 'harakat', 'harakah', 'haraka', 'harakatul', 'movimiento', 'mouvement', 'movimento', 'dvizhenie', 'dvizheniye', 'nehzat'],
  party: ['party', 'hizb', 'hezb', 'hizbul', 'partido', 'parti', 'partiya'],
  battalion: ['battalion', 'brigade', 'brigades', 'kataib', 'kataeb', 'katayib', 'alwiya', 'alwiyat', 'katibat', 'katiba', 'katibah', 'kateeba', 'katibatul', 'liwa', 'liwaa', 'saraya', 'batalon', 'brigada', 'batallon'],
  organization: ['organization', 'organisation', 'tanzim', 'tanzeem', 'munazzamat', 'munazzama', 'munazama', 'sazman', 'sazeman', 'organizacion', 'organizatsiya'],
  group: ['group', 'jituan', 'majmuat', 'majmuah', 'majmua', 'majmoa', 'majmoeh', 'grp', 'jamaatu', 'jamaat', 'jamaa', 'jamaah', 'jamaa', 'jamat', 'jemaah', 'jemaa', 'gruppa', 'grupo', 'groupe', 'gruppo', 'grup', 'grupa'],
  society: ['society', 'jamiat', 'jamiyat', 'jamiyya', 'jamiya', 'jamiyyat', 'obshchestvo', 'sociedad', 'societe', 'societa'],
  council: ['council', 'majlis', 'majles', 'sovet', 'consejo', 'conseil', 'shura'],
  union: ['union', 'ittihad', 'ettehad', 'soyuz'],
  foundation: ['foundation', 'stiftelse', 'stiftelsen', 'yayasan', 'fundacja', 'fundatia', 'fundazione', 'muassasat', 'muassasa', 'muassasah', 'bonyad', 'bonyade', 'fundacion', 'fondation', 'fundacao', 'stiftung', 'stichting', 'fond', 'fonds'],
  committee: ['committee', 'lajnat', 'lajna', 'lajnah', 'komitet', 'comite', 'comitato', 'komite'],
  association: ['association', 'forening', 'foreningen', 'vereniging', 'verein', 'asociatia', 'stowarzyszenie', 'associacao', 'assn', 'assoc', 'associations', 'obedinenie', 'obyedinenie', 'obedineniye', 'obyedineniye', 'asociacion', 'associazione', 'assotsiatsiya'],
  company: ['company', 'perusahaan', 'gongsi', 'hoesa', 'hoisa', 'kaisha', 'sirketi', 'sirket', 'companies', 'kompaniya', 'kompanii', 'sherkat', 'sherkate', 'shirkat', 'sharikat', 'sharika', 'compania', 'companhia', 'compagnie', 'firma', 'gesellschaft'],
  plant: ['plant', 'factory', 'works', 'werk', 'werke', 'zavod', 'zavody', 'fabrika', 'kombinat', 'karkhaneh', 'karkhane', 'fabrica', 'usine'],
  institute: ['institute', 'institut', 'instituto', 'istituto', 'moassese', 'moasseseh'],
  center: ['center', 'centre', 'tsentr', 'centro', 'markaz'],
  bureau: ['bureau', 'byuro', 'buro', 'office', 'ofis', 'oficina', 'daftar', 'maktab', 'maktabat'],
  agency: ['agency', 'agentstvo', 'agencia', 'agence'],
  ministry: ['ministry', 'ministerstvo', 'ministerio', 'ministere', 'vezarat', 'wizarat', 'vizarat'],
  corporation: ['corporation', 'kongsa', 'gongsa', 'zonggongsi', 'corpn', 'korporatsiya', 'korporatsii', 'corporacion'],
  concern: ['concern', 'kontsern', 'konzern', 'koncern'],
  enterprise: ['enterprise', 'enterprises', 'predpriyatie', 'predpriyatiye', 'empresa', 'entreprise'],
  bank: ['bank', 'banks', 'banco', 'banque', 'banca', 'masraf', 'yinhang', 'unhaeng', 'eunhaeng', 'ginko'],
  exchange: ['exchange', 'sarafi', 'sarrafi', 'sarafie', 'birzha', 'cambio'],
  university: ['university', 'universitet', 'universidad', 'universite', 'daneshgah', 'jamiat'],
  academy: ['academy', 'akademiya', 'academia', 'academie'],
  headquarters: ['headquarters', 'shtab', 'setad', 'gharargah', 'qarargah'],
  holding: ['holding', 'holdings'],
  logistics: ['logistics'],
  network: ['network', 'networks'],
  consulting: ['consulting', 'consultancy', 'consultants', 'moshaver', 'moshaveran', 'moshavere', 'consultores', 'consultoria', 'konsalting'],
  solutions: ['solutions'],
  products: ['products'],
  main: ['main', 'head', 'golovnoye', 'golovnoe', 'golovnoi', 'golovnoy', 'glavnoe', 'glavnoye', 'glavny', 'glavnyi', 'glavnaya'],
  // Russian upravlenie is a management, an administration or a directorate (GRU: Main Intelligence Directorate).
  management: ['management', 'directorate', 'administration', 'idarat', 'idara', 'idarah', 'direccion', 'direccao', 'mgmt', 'mgt', 'upravlenie', 'upravleniye', 'upravleniya', 'gestion', 'modiriyat'],
  manufacturing: ['manufacturing', 'manufacture', 'manufacturers', 'mfg', 'mfrs', 'fabricacion'],
  brothers: ['brothers', 'bros', 'hermanos', 'freres', 'bradran', 'ikhwan'],
  // Trades.
  trading: ['trading', 'handels', 'commerciale', 'commerciali', 'kommerchesky', 'kommercheskiy', 'kommercheskii', 'kommercheski', 'kommercheskaya', 'kommercheskoe', 'perdagangan', 'muyok', 'muyeok', 'maoyi', 'boeki', 'sangsa', 'shoji', 'mercantile', 'mercantil', 'ticaret', 'ticari', 'trdg', 'tradg', 'trade', 'commerce', 'commercial', 'torgovy', 'torgovaya', 'torgovyi', 'torgovoe', 'tejarat', 'tejarati', 'bazargani', 'comercial', 'comercio', 'handel', 'tijara', 'tijarat', 'tijari', 'tijariya', 'tijariyah'],
  industry: ['industry', 'inds', 'indus', 'indust', 'industries', 'industrial', 'promyshlennost', 'promyshlenny', 'promyshlennaya', 'sanaye', 'sanayi', 'sanat', 'industrias', 'industria', 'industrie'],
  services: ['services', 'sluzhba', 'sluzhby', 'khidamat', 'khidmat', 'khadamaat', 'hizmetleri', 'hizmet', 'svcs', 'svc', 'servs', 'service', 'khadamat', 'khedmat', 'servicios', 'servis', 'uslugi'],
  engineering: ['engineering', 'muhendislik', 'engg', 'engr', 'mohandesi', 'ingenieria', 'inzhiniring'],
  production: ['production', 'producing', 'proizvodstvo', 'proizvodstvennoe', 'proizvodstvennoye', 'proizvodstvennaya', 'tolid', 'tolidi', 'produccion'],
  research: ['research', 'pajouhesh', 'pazhuhesh', 'pajoohesh', 'pajouheshgah', 'pazhuheshgah', 'pajuhesh', 'issledovatelsky', 'issledovatelskiy', 'issledovatelskii', 'issledovatelski', 'issledovatelskoe', 'issledovatelskiy', 'tahghighat', 'tahqiqat', 'investigacion'],
  scientific: ['scientific', 'science', 'sciences', 'nauchno', 'nauchny', 'nauchnyi', 'nauchnoe', 'elmi', 'cientifico'],
  design: ['design', 'konstruktorskoe', 'konstruktorskoye', 'konstruktorsky', 'proektnoe', 'proyektnoye'],
  project: ['project', 'projects', 'proekt', 'proyekt', 'proekty', 'proyecto', 'projet', 'proje'],
  development: ['development', 'devt', 'razvitie', 'razvitiya', 'razvitiye', 'tose', 'toseh', 'towse', 'tosee', 'gostaresh', 'desarrollo'],
  investment: ['investment', 'yatirim', 'invt', 'invest', 'investments', 'investitsii', 'investitsionnaya', 'investitsionny', 'sarmayeh', 'sarmayegozari', 'inversiones', 'inversion'],
  construction: ['construction', 'insaat', 'stroitelstvo', 'stroitelnaya', 'stroitelny', 'sakhteman', 'sakhtemani', 'construcciones', 'construccion', 'constructora'],
  transport: ['transport', 'nakliyat', 'nakliye', 'tasimacilik', 'transp', 'transportation', 'transportnaya', 'transportny', 'haml', 'transportes', 'naql'],
  shipping: ['shipping', 'navegacao', 'schiffahrt', 'schifffahrt', 'reederei', 'pelayaran', 'shpg', 'shipg', 'sudokhodstvo', 'sudokhodnaya', 'parokhodstvo', 'kashtirani', 'kashtiranie', 'naviera', 'navigation', 'navegacion', 'navigazione'],
  // Building ships and aircraft, as Russian names say it in one adjective ("OBEDINENNAYA SUDOSTROITELNAYA KORPORATSIYA" /
  // "UNITED SHIPBUILDING CORPORATION", "... AVIASTROITELNAYA ..." / "... AIRCRAFT ...").
  shipbuilding: ['shipbuilding', 'shipbuilders', 'sudostroitelny', 'sudostroitelnyi', 'sudostroitelnaya', 'sudostroitelnoe', 'sudostroitelnoye', 'sudostroenie', 'sudostroeniya', 'kashtisazi'],
  aircraft: ['aircraft', 'aviastroitelny', 'aviastroitelnyi', 'aviastroitelnaya', 'aviastroitelnoe', 'aviastroitelnoye', 'aviastroenie', 'aviastroeniya', 'havapeymasazi'],
  maritime: ['maritime', 'marine', 'morskoy', 'morskoi', 'morskoye', 'morskoe', 'morskaya', 'morskie', 'morskiye', 'maritima', 'maritimo', 'bahri', 'bahriya', 'daryayi'],
  oil: ['oil', 'hydrocarbons', 'hydrocarbures', 'hidrocarburos', 'petroleum', 'neft', 'neftyanaya', 'neftyanoy', 'naft', 'petroleo', 'petroleos', 'petrole'],
  gas: ['gas', 'gaz', 'gazovaya', 'gazovy'],
  petrochemical: ['petrochemical', 'petrochemicals', 'petrochem', 'petroshimi', 'neftekhimiya', 'neftekhimicheskiy', 'petroquimica'],
  chemical: ['chemical', 'kimya', 'chem', 'chemicals', 'khimiya', 'khimicheskiy', 'khimicheskaya', 'shimi', 'shimiyai', 'kimiya', 'quimica'],
  energy: ['energy', 'enerji', 'energiya', 'energetika', 'energetichesky', 'energeticheskaya', 'energia', 'energie'],
  electronics: ['electronics', 'elektronik', 'elec', 'elecs', 'electronic', 'elektronika', 'elektronik', 'electronica', 'elektroniki'],
  machine: ['machine', 'machines', 'machinery', 'mashiny', 'mashina', 'mashin', 'mashinostroenie', 'mashinostroeniya', 'mashinostroyeniya', 'mashinostroyenia', 'mashinostroitelny', 'mashinostroitelnyi', 'mashinostroitelnyy', 'mashinsazi', 'maquinaria'],
  metals: ['metals', 'metal', 'metally', 'metall', 'metallurgy', 'metallurgiya', 'felezat', 'metales'],
  mining: ['mining', 'madencilik', 'mines', 'mine', 'gornodobyvayushchaya', 'madan', 'maaden', 'madani', 'mineria', 'minera'],
  aviation: ['aviation', 'aviatsiya', 'aviatsionny', 'aviatsionnaya', 'havapeyma', 'aviacion', 'havacilik'],
  // Drone makers (Russian and Ukrainian: беспилотные, безпілотні; the sanctions on both sides list many).
  unmanned: ['unmanned', 'bespilotnye', 'bespilotnyye', 'bespilotnykh', 'bespilotny', 'bespilotnyi', 'bespilotnaya', 'bezpilotni', 'bezpilotnykh', 'bezpilotnyi'],
  private_military_company: ['pmc', 'chvk'],
  military: ['military', 'voenny', 'voennaya', 'voennoe', 'voenno', 'nezami', 'militar', 'militaire', 'askariyah', 'askariya', 'askari'],
  defense: ['defense', 'defence', 'oborona', 'oboronny', 'oboronnaya', 'difa', 'defa', 'defensa'],
  missile: ['missile', 'missiles', 'raketa', 'rakety', 'raketny', 'raketnoe', 'raketnoye', 'raketnaya', 'raketnye', 'raketnogo', 'mushak', 'moushak', 'misil'],
  economic: ['economic', 'economy', 'ekonomicheskoe', 'ekonomicheskoye', 'vneshneekonomicheskoe', 'vneshneekonomicheskoye', 'vneshneekonomicheskaya', 'eqtesadi', 'iqtisadi', 'economico', 'economica'],
  financial: ['financial', 'finance', 'finansovaya', 'finansovy', 'financiera', 'financiero'],
  insurance: ['insurance', 'strakhovaya', 'strakhovanie', 'strakhovaniyu', 'strakhovaniya', 'strakhovoy', 'strakhovoi', 'bimeh', 'bime', 'seguros'],
  // Russian and Ukrainian words of banks and firms that EU and UK listings give beside the English (found by
  // counting the word pairs left unmatched between one entity's names in the EU, UK and OFAC files).
  credit: ['credit', 'kredit', 'kreditov', 'kreditny', 'kreditnyi', 'kreditnaya', 'credito'],
  pension: ['pension', 'pensionny', 'pensionnyi', 'pensionnyy', 'pensionnogo'],
  leasing: ['leasing', 'lizing', 'lizingovaya', 'lizingovaia', 'lizingovoe', 'lizingovaja'],
  specialized: ['specialized', 'specialised', 'spetsializirovanny', 'spetsializirovannyi', 'spetsializirovannaya', 'spetsializirovannoe'],
  mechanical: ['mechanical', 'mekhanicheskiy', 'mekhanicheski', 'mekhanicheskii', 'mekhanicheskaya', 'mekhanicheskoe'],
  refinery: ['refinery', 'npz', 'neftepererabatyvayushchiy', 'neftepererabatyvayushchii'],
  subsidiary: ['subsidiary', 'dochernee', 'dochirnie', 'dochirnii', 'dochirnye'],
  financing: ['financing', 'finansirovaniya', 'finansirovanie', 'finansirovaniye'],
  technology: ['technology', 'teknoloji', 'technologies', 'technical', 'tekhnologii', 'tekhnologiya', 'tekhnika', 'fanavari', 'tecnologia', 'technik'],
  systems: ['systems', 'system', 'sistemy', 'sistema', 'sistemnoe', 'sistemnoye', 'systemha', 'sistemas'],
  real_estate: ['estate', 'property', 'properties', 'nedvizhimost', 'amlak', 'inmobiliaria', 'immobilier', 'aqari', 'aqariya', 'aqariyah', 'iqari'],
  charity: ['charity', 'charitable', 'khayriyya', 'khairiya', 'khayriya', 'khairiyah', 'khayriyah', 'bienfaisance', 'beneficencia', 'blagotvoritelny'],
  relief: ['relief', 'ighatha', 'ighathah', 'igatha', 'secours', 'socorro'],
  call: ['call', 'dawa', 'daawa', 'dawah', 'daawah', 'dawat', 'dawaa', 'preaching', 'predication', 'propagation'],
  revival: ['revival', 'ihya', 'ihyaa', 'ehya', 'ehia', 'ihia'],
  // Lashkar-e-Tayyiba, the "Army of the Pure" (or of the Righteous) in OFAC's aliases; holy sites or places.
  pure: ['pure', 'righteous', 'tayyiba', 'tayyaba', 'tayyibah', 'taiba', 'toiba', 'tayba'],
  places: ['places', 'sites'],
  heritage: ['heritage', 'turath', 'turas', 'tourath'],
  export: ['export', 'exports', 'exporter', 'saderat', 'sadirat', 'eksport', 'eksportnaya', 'exportadora', 'exportacion'],
  import: ['import', 'imports', 'importer', 'varedat', 'importadora', 'importacion'],
  security: ['security', 'amniyat', 'amniat', 'amn', 'bezopasnosti', 'bezopasnost', 'seguridad', 'securite', 'sicurezza'],
  federal: ['federal', 'federalnaya', 'federalny', 'federalnyi', 'federalnoe', 'federalnoye', 'federale'],
  federation: ['federation', 'federatsii', 'federatsiya', 'federacion'],
  space: ['space', 'fazayi', 'fazaei', 'kosmicheskaya', 'kosmicheskiy', 'kosmicheskoe', 'espacial', 'spatiale'],
  airline: ['airline', 'airlines', 'airways', 'wings', 'aviakompaniya', 'aerolineas', 'tayaran', 'tayeran', 'havayollari'],
  arab: ['arab', 'arabic', 'arabi', 'arabiya', 'arabiyah', 'arabiyya', 'arabe', 'arabskiy', 'arabskaya'],
  tactical: ['tactical', 'takticheskoe', 'takticheskoye', 'takticheskaya', 'taktichesky', 'takticheskiy'],
  armament: ['armament', 'armaments', 'weapons', 'vooruzhenie', 'vooruzheniye', 'vooruzheniya'],
  instrument: ['instrument', 'instruments', 'priborostroitelnaya', 'priborostroitelny', 'priborostroenie', 'pribor', 'pribory'],
  agricultural: ['agricultural', 'agriculture', 'nongye', 'selskokhozyaistvennaya', 'selskokhozyaystvennaya', 'keshavarzi', 'agricola', 'agricole'],
  special: ['special', 'osobogo', 'spetsialny', 'spetsialnoe', 'spetsialnogo', 'especial', 'speciale'],
  regiment: ['regiment', 'polk', 'regimiento'],
  emirate: ['emirate', 'imarat', 'imarah', 'emirat', 'emirato'],
  caucasus: ['caucasus', 'kavkaz', 'kavkaza', 'kavkazskiy', 'caucase', 'qawqaz'],
  jerusalem: ['jerusalem', 'quds', 'maqdis', 'kudus'],
  united: ['united', 'unified', 'obedinennaya', 'obedinenny', 'obedinennyi', 'obedinennye', 'obedinennoe', 'obyedinennaya', 'obyedinennyy', 'unida', 'unido', 'unidos', 'muttahida', 'muttahidah', 'mottahed'],
  modern: ['modern', 'sovremennye', 'sovremenny', 'sovremennyi', 'sovremennaya', 'sovremennoe', 'moderno', 'moderna', 'moderne'],
  // The vocabulary of armed groups in the lists (Arabic and Persian transliterated).
  resistance: ['resistance', 'muqawama', 'muqawamah', 'muqawamat', 'moqavemat', 'moqavemate', 'soprotivlenie', 'resistencia'],
  revolution: ['revolution', 'revolutionary', 'enghelab', 'enqelab', 'enghelabi', 'inqilab', 'inqilabi', 'thawra', 'thawrah', 'thawri', 'revolyutsionny', 'revolucionario', 'revolucionaria', 'revolutionnaire'],
  guard: ['guard', 'guards', 'guardians', 'pasdaran', 'pasdar', 'hurras', 'gvardiya', 'guardia'],
  caliphate: ['caliphate', 'khilafah', 'khilafa', 'khilafat', 'khilafatul', 'califat', 'califato'],
  state: ['state', 'dawla', 'dawlah', 'dawlat', 'daulah', 'daula', 'dowlat', 'gosudarstvo', 'gosudarstvennoe', 'gosudarstvennaya', 'gosudarstvenny', 'estado', 'etat'],
  islamic: ['islamic', 'islamiyya', 'islamiya', 'islamiyah', 'islamiyyah', 'islami', 'islamia', 'eslami', 'islamique', 'islamico', 'islamskiy', 'islamskaya'],
  supporters: ['supporters', 'partisans', 'ansar', 'ansarul', 'ansaru', 'ansari'],
  mujahideen: ['mujahideen', 'mujahidin', 'mujahidun', 'mujahedin', 'mujahedeen', 'moudjahidine', 'mudzhakhidy'],
  emigrants: ['emigrants', 'migrants', 'muhajirin', 'muhajireen', 'muhajiroun', 'mohajerin', 'muhajir'],
  martyrs: ['martyrs', 'martyr', 'shuhada', 'shohada', 'shuhadaa', 'shahid', 'shaheed', 'shahed', 'martires'],
  liberation: ['liberation', 'tahrir', 'tahreer', 'liberacion', 'liberation'],
  conquest: ['conquest', 'fath', 'fateh', 'fatah', 'fatih'],
  victory: ['victory', 'nusra', 'nusrah', 'nusrat', 'nasr', 'pobeda', 'victoria'],
  fighting: ['fighting', 'combatant', 'combat', 'fighters', 'muqatila', 'muqatilah', 'moqatila', 'combattant', 'combattante'],
  people: ['people', 'peoples', 'ahl', 'ahle', 'ahlu', 'ahlul', 'ahlis', 'ahlus', 'ahlussunnah', 'narod', 'narodny', 'pueblo', 'peuple'],
  holy: ['holy', 'muqaddas', 'moqaddas', 'sviatoi', 'santo', 'sacre'],
  youth: ['youth', 'shabab', 'shabaab', 'juventud', 'jeunesse', 'molodezh'],
  // Russian razvedka is both intelligence and reconnaissance (GRU: Glavnoye Razvedyvatelnoye Upravleniye, Main Intelligence Directorate).
  reconnaissance: ['reconnaissance', 'surveillance', 'intelligence', 'istitla', 'istitlaa', 'razvedka', 'razvedki', 'razvedyvatelny', 'razvedyvatelnoye', 'razvedyvatelnoe', 'razvedyvatelnaya', 'ettelaat', 'etelaat', 'istikhbarat', 'istikhbarat', 'mukhabarat', 'inteligencia', 'renseignement'],
  sabotage: ['sabotage', 'takhrib', 'diversionny'],
  land: ['land', 'lands', 'country', 'bilad', 'biladi', 'biladis', 'pays', 'tierra'],
  armed: ['armed', 'musallaha', 'musallah', 'musalaha', 'musallahah', 'arme', 'armee', 'armada', 'vooruzhennye', 'vooruzhennaya'],
  unification: ['unification', 'unity', 'monotheism', 'tawhid', 'tawheed', 'towhid', 'tauhid', 'wahda', 'wahdat', 'unificacion', 'unificazione', 'unite'],
  jihad: ['jihad', 'jehad', 'djihad', 'dzhikhad', 'jihadi'],
  sunna: ['sunna', 'sunnah', 'sunni', 'sunnite', 'sunnis'],
  africa: ['africa', 'african', 'afrique', 'africaine', 'africain', 'ifriqiya', 'ifriqiyah', 'afriqiya', 'afrika'],
  tobacco: ['tobacco', 'tabak', 'tabaco', 'tabac', 'tutun', 'tutyun'],
  // Directions and places of the world.
  south: ['south', 'southern', 'yuzhny', 'yuzhnyi', 'yuzhnyy', 'yuzhnaya', 'yuzhnoe', 'yuzhnoye', 'jonub', 'janub', 'janubi', 'jonubi', 'sur', 'sud'],
  north: ['north', 'northern', 'severny', 'severnyi', 'severnaya', 'severnoe', 'severnoye', 'shomal', 'shamal', 'shamali', 'norte', 'nord'],
  east: ['east', 'eastern', 'vostochny', 'vostochnyi', 'vostochnaya', 'vostochnoe', 'vostochnoye', 'vostok', 'sharq', 'shargh', 'sharqi', 'sharghi', 'mashriq', 'oriente'],
  west: ['west', 'western', 'zapadny', 'zapadnyi', 'zapadnaya', 'zapadnoe', 'zapadnoye', 'zapad', 'gharb', 'gharbi', 'oeste', 'ouest'],
  central: ['central', 'tsentralny', 'tsentralnyi', 'tsentralnaya', 'tsentralnoe', 'tsentralnoye', 'markazi', 'centralny'],
  international: ['international', 'internationale', 'kukje', 'gukje', 'guoji', 'kokusai', 'intl', 'mezhdunarodny', 'mezhdunarodnaya', 'beynolmelal', 'beynolmelali', 'bainolmelal', 'internacional', 'internazionale', 'dawli', 'duwali'],
  republic: ['republic', 'jomhuri', 'jomhouri', 'jumhuriya', 'jumhuriyah', 'jamhuriya', 'respublika', 'respubliki', 'republica', 'republique', 'republik'],
  national: ['national', 'natl', 'natsionalny', 'natsionalnaya', 'melli', 'watani', 'wataniya', 'nacional', 'nazionale'],
  foreign: ['foreign', 'vneshny', 'vneshnyaya', 'kharej', 'khareji', 'kharji', 'exterior', 'etranger'],
  gulf: ['gulf', 'khalij', 'khaleej', 'khalije', 'golfo', 'golfe'],
  maghreb: ['maghreb', 'maghrib', 'magreb'],
  russian: ['russian', 'russia', 'rossiiskoi', 'rossiyskoy', 'rossiisky', 'rossiysky', 'russkie', 'russkiye', 'russkiy', 'russky', 'russkaya', 'russkoe', 'rossiya', 'rossiyskaya', 'rossiiskaya', 'rossiyskiy', 'rossiiskii', 'rossiyskoe', 'rossiiskoe', 'rusia', 'russie', 'rossii', 'rossiski', 'rossiskoe', 'rossiskaya', 'rossiyskoye', 'rossiiskoy'],
  korea: ['korea', 'korean', 'chosun', 'choson', 'joseon', 'chosen', 'dprk', 'dprkn', 'coree', 'corea'],
  china: ['china', 'chinese', 'zhongguo', 'zhonghua', 'chine'],
  iran: ['iran', 'iranian', 'irani', 'iranian'],
  egypt: ['egypt', 'egyptian', 'misr', 'misri', 'masri', 'egipto', 'egypte'],
  // Al-Sham is rendered "Syria" as often as "the Levant" (ISIS / ISIL).
  syria: ['syria', 'syrian', 'suriya', 'suriyah', 'souri', 'souriya', 'souria', 'siria', 'syrie', 'levant', 'sham', 'shaam', 'ash-sham', 'esh-sham'],
  lebanon: ['lebanon', 'lebanese', 'lubnan', 'lubnani', 'liban', 'libano'],
  palestine: ['palestine', 'palestinian', 'palestinians', 'filastin', 'falastin', 'filistin', 'palestiniens', 'palestinienne', 'palestina', 'filistini', 'filastini', 'falestin'],
  afghanistan: ['afghanistan', 'afghan', 'afghani', 'afghania', 'afghaniya'],
  iraq: ['iraq', 'iraqi', 'irak', 'iraki'],
  tunisia: ['tunisia', 'tunisian', 'tunisiya', 'tounsi', 'tunisienne', 'tunisien'],
  morocco: ['morocco', 'moroccan', 'maghribi', 'maghribiya', 'marocain', 'marruecos'],
  algeria: ['algeria', 'algerian', 'jazair', 'djazair', 'algerie', 'algerien'],
  libya: ['libya', 'libyan', 'libiya', 'libi', 'libye', 'libyenne'],
  yemen: ['yemen', 'yemeni', 'yaman', 'yamani'],
  commission: ['commission', 'authority', 'haya', 'hayaa', 'hayah', 'hayat', 'hayet', 'haiat', 'komissiya', 'comision', 'comissao'],
  assembly: ['assembly', 'gathering', 'tajammu', 'tajamu', 'tajamo', 'sobranie', 'asamblea', 'assemblee'],
  scholars: ['scholars', 'ulama', 'ulema', 'ulamaa', 'olama'],
  pharmaceutical: ['pharmaceutical', 'pharmaceuticals', 'pharma', 'farmaceutica', 'farmaceutico', 'farmaceuticos', 'farmaceuticas', 'pharmaceutique', 'farmatsevticheskaya', 'darusazi'],
  laboratories: ['laboratories', 'laboratory', 'laboratorios', 'laboratorio', 'laboratoire', 'laboratoires', 'laboratoriya'],
  telecommunications: ['telecommunications', 'telecommunication', 'telecom', 'svyaz', 'svyazi', 'sviaz', 'sviazi', 'telecomunicaciones', 'telecomunicacoes', 'telekom', 'telekommunikatsii', 'mokhaberat', 'ittisalat'],
  counterintelligence: ['counterintelligence', 'contrainteligencia', 'kontrrazvedka', 'kontrrazvedki'],
  distribution: ['distribution', 'distributors', 'pakhsh', 'raspredelenie', 'distribucion'],
  supply: ['supply', 'supplies', 'suppliers', 'tadarokat', 'snabzhenie', 'suministros'],
  housing: ['housing', 'maskan', 'zhilishchnoe', 'vivienda'],
  province: ['province', 'provinces', 'wilayat', 'wilayah', 'wilaya', 'vilayat', 'velayat', 'provincia', 'oblast', 'oblasti', 'ostan'],
  // Cities that many listed bodies are named after, spelt otherwise in their own language ("MOSKOVSKY
  // INDUSTRIALNY BANK" / "MOSCOW INDUSTRIAL BANK", "BANK SANKT-PETERBURG", "KIEV" / "KYIV"), and "Saint" abbreviated.
  moscow: ['moscow', 'moskva', 'moskvy', 'moskovsky', 'moskovskiy', 'moskovskii', 'moskovskaya', 'moskovskoe', 'moskovskoye', 'moskovskogo', 'moscou', 'moscu'],
  petersburg: ['petersburg', 'peterburg', 'peterburga', 'peterburgsky', 'peterburgskiy', 'peterburgskaya', 'peterburgskoe'],
  kyiv: ['kyiv', 'kiev', 'kiyv', 'kievsky', 'kievskiy', 'kyivsky', 'kyivskyi', 'kievskaya'],
  saint: ['saint', 'st', 'sankt', 'sainte'], // (not 'ste': French firms write Société so)
  // Ordinals: "2ND ACADEMY" / "SECOND ACADEMY" (numbers are compared by their digits).
  '2': ['second', '2nd'], '3': ['third', '3rd'], '4': ['fourth', '4th'], '5': ['fifth', '5th'], '6': ['sixth', '6th'], '7': ['seventh', '7th'],
  '8': ['eighth', '8th'], '9': ['ninth', '9th'], '10': ['tenth', '10th'],
};

/**
 * Concept → its words as text.ts writes them from Arabic script (consonants, long vowels as w/y:
 * جيش → jysh, جبهة → jbhh, المصري → al + msry). Only for Arabic-script tokens.
 */
const ARABIC: Record<string, string[]> = {
  army: ['jysh', 'jnd', 'sph'],
  front: ['jbhh', 'jbht'],
  movement: ['hrkh', 'hrkt'],
  party: ['hzb'],
  battalion: ['ktybh', 'ktybt', 'ktyb', 'ktib', 'lw', 'lwa', 'sry', 'sryh'],
  mujahideen: ['mjhdyn', 'mjhdwn'],
  organization: ['tndhym', 'mndhmh', 'szmn'],
  group: ['jmh', 'jmt', 'grwh'],
  society: ['jmyh', 'jmyt'],
  council: ['mjls', 'shwra', 'shwry'],
  union: ['thd'],
  armed: ['mslhh', 'mslh'],
  unification: ['twhyd', 'whdh'],
  jihad: ['jhd'],
  sunna: ['snh'],
  africa: ['fryqy', 'fryqyh', 'fryqya'],
  west: ['ghrb', 'ghrby', 'ghrbyh'],
  east: ['shrq', 'shrqy', 'shrqyh'],
  north: ['shml', 'shmly', 'shmlyh'],
  south: ['jnwb', 'jnwby', 'jnwbyh'],
  foundation: ['mussh', 'mwssh', 'bnyd'],
  committee: ['ljnh', 'ljnt'],
  company: ['shrkh', 'shrkt'],
  bank: ['bnk'],
  caliphate: ['khlfh'],
  state: ['dwlh', 'dwlt'],
  islamic: ['slmyh', 'slmy'],
  supporters: ['nsr'],
  emigrants: ['mhjryn'],
  martyrs: ['shhd', 'shhda', 'shhyd'],
  liberation: ['thryr'],
  conquest: ['fth'],
  victory: ['nsrh', 'nsrt'],
  fighting: ['mqtlh', 'mqtl'],
  province: ['wlyh', 'wlyt'],
  resistance: ['mqwmh', 'mqwmt'],
  revolution: ['thwrh', 'thwry', 'nqlb'],
  // پاسداران Pasdaran (Persian), حرس (Arabic).
  guard: ['psdrn', 'hrs'],
  people: ['hl'],
  charity: ['khyryh'],
  relief: ['ghthh'],
  call: ['dwh', 'dwt'],
  revival: ['hy'],
  heritage: ['trth'],
  land: ['bld', 'blad'],
  maghreb: ['mghrb'],
  industry: ['sny', 'snyh'],
  trading: ['bzrgny', 'tjrh', 'tjrt', 'tjry'],
  development: ['twsh'],
  engineering: ['mhndsy'],
  services: ['khdmt'],
  production: ['twlyd'],
  oil: ['nft'],
  // Persian کشتیرانی, جمهوری, ملی, هواپیمایی; Arabic جمهورية, وطني, طيران.
  shipping: ['kshtyrny'],
  republic: ['jmhwry', 'jmhwryh'],
  national: ['mly', 'wtny', 'wtnyh'],
  airline: ['hwpymyy', 'tyrn'],
  petrochemical: ['ptrwshymy'],
  headquarters: ['qrrgh'],
  egypt: ['msr', 'msry', 'msryh'],
  syria: ['swry', 'swryh', 'swrya', 'shm'],
  lebanon: ['lbnn', 'lbnny'],
  palestine: ['flstyn', 'flstyny'],
  iraq: ['rq', 'rqy'],
  tunisia: ['twns', 'twnsy', 'twnsyh'],
  morocco: ['mghrby', 'mghrbyh'],
  algeria: ['jzir', 'jzyr', 'jzyry'],
  libya: ['lyby', 'lybyh', 'lbya'],
  yemen: ['ymn', 'ymny'],
  iran: ['yrn', 'yrny'],
  afghanistan: ['fghnstn', 'fghny'],
};

/**
 * Concept → English loanwords written in katakana, as text.ts romanises them (システムズ → shisutemuzu,
 * センター → senta): Japanese company names write the generic words of English names this way
 * ("エーレベル航空システムズ" is "A-Level Aerosystems"). Only for kana tokens.
 */
const KANA: Record<string, string[]> = {
  systems: ['shisutemuzu', 'shisutemu'],
  center: ['senta'],
  concern: ['kontserun'],
  group: ['gurupu'],
  technology: ['tekunoroji', 'tekunorojizu'],
  trading: ['toredingu', 'toredo'],
  international: ['intanashonaru'],
  holding: ['horudingu', 'horudingusu'],
  services: ['sabisu'],
  engineering: ['enjiniaringu'],
  company: ['kanpani'],
  corporation: ['koporeshon'],
  industry: ['indasutori', 'indasutorizu'],
  electronics: ['erekutoronikusu'],
  aviation: ['abieshon'],
  shipping: ['shippingu'],
  logistics: ['rojisutikusu'],
  energy: ['enaji'],
  chemical: ['kemikaru'],
  metals: ['metaru'],
  machine: ['mashinari'],
  foundation: ['faundeshon'],
  bank: ['banku'],
  enterprise: ['entapuraizu'],
  investment: ['inbesutomento'],
  development: ['diberoppumento'],
  network: ['nettowaku'],
  management: ['manejimento'],
  consulting: ['konsarutingu'],
  solutions: ['soryushonzu'],
  products: ['purodakutsu'],
};

function invert(table: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [concept, words] of Object.entries(table)) for (const w of words) if (!m.has(w)) m.set(w.replace(/[^a-z0-9]/g, ''), concept);
  return m;
}

const LATIN_WORDS = invert(LATIN);
const ARABIC_WORDS = invert(ARABIC);
const KANA_WORDS = invert(KANA);

/** Scripts whose words text.ts transliterates letter by letter, read with the Latin glossary. */
const ALPHABETIC = new Set<Script>(['latin', 'cyrillic', 'greek']);

/**
 * The concept an organisation-name word stands for (an English word, a country code "cc:ir", an
 * ordinal's digits, or with `stems` a Russian word's stem), or undefined when the glossary does not know it.
 */
export function conceptOf(text: string, script: Script, stems = true): string | undefined {
  if (script === 'arabic') return ARABIC_WORDS.get(text) ?? withoutProclitic(text);
  if (script === 'kana') return KANA_WORDS.get(text);
  if (!ALPHABETIC.has(script)) return undefined;
  const c = LATIN_WORDS.get(text);
  if (c) return c;
  // Not for vessels: "BALTIYSK" and "BALTIYSKIY" are two ships.
  const stem = stems ? russianStem(text) : undefined;
  if (stem) return `${STEM}${stem}`;
  // Other countries by their English name or adjective (countries.ts), whole words of four letters or more.
  if (text.length >= 4 && /^[a-z]+$/.test(text)) {
    const code = countryCode(text);
    if (code) return `cc:${code}`;
  }
  return undefined;
}

/**
 * Arabic writes "and", "in", "for" and the article onto the next word (والشام wa-l-sham, لأهل li-ahl,
 * ببلاد bi-bilad): the concept of the word without them.
 */
const PROCLITICS = ['wal', 'wl', 'bal', 'bl', 'lal', 'll', 'fal', 'fl', 'w', 'b', 'l', 'f'];
function withoutProclitic(text: string): string | undefined {
  for (const p of PROCLITICS) {
    if (text.length - p.length >= 2 && text.startsWith(p)) {
      const c = ARABIC_WORDS.get(text.slice(p.length));
      if (c) return c;
    }
  }
  return undefined;
}

/** The concepts above that name a country (its name, adjective and own-language words). */
const COUNTRIES = new Set(['russian', 'korea', 'china', 'iran', 'egypt', 'syria', 'lebanon', 'palestine', 'afghanistan', 'iraq', 'tunisia', 'morocco', 'algeria', 'libya', 'yemen']);

/** Whether a concept (conceptOf) is a country: one of the glossary's, or any other by its code ("cc:pa"). */
export function isCountryConcept(concept: string): boolean {
  return concept.startsWith('cc:') || COUNTRIES.has(concept);
}

/** Concepts that are a word's stem, not a meaning: the same word with another ending. */
export const STEM = 'stem:';

/**
 * Russian adjectives and nouns change their ending with gender, case and transliteration ("Dolgoprudny" /
 * "Dolgoprudnenskoye", "Izhevsk" / "Izhevskiy", "Mashinostroeniya" / "Mashinostroenie"): a word of seven
 * letters or more without such an ending, when that leaves five letters or more.
 */
const RUSSIAN_ENDING = /(?:en)?(?:sk)?(?:oye|oe|iy|ii|yy|yi|ij|aya|ogo|ikh|ie|ye|iya|ya|y|i|a|e|o)$|(?:en)?sk$/;
function russianStem(text: string): string | undefined {
  if (text.length < 7 || !/^[a-z]+$/.test(text)) return undefined;
  const stem = text.replace(RUSSIAN_ENDING, '');
  return stem.length >= 5 && stem !== text ? stem : undefined;
}

/** How alike two words of one concept in two languages count (as two spellings of one sound). */
export const TRANSLATION_SIM = 0.9;
/** How alike two words with one stem and other endings count. */
export const STEM_SIM = 0.85;
