import { EUROS_AND_DOLLARS } from './currencies';
import { ENGLISH_COUNTED_HEADS, ENGLISH_TAKEN_APART } from './en-counted';
import type { AdditionalWords } from './types';

/** English: "USD 7 million in illicit medicines", "2 tonnes of cocaine", "more than 1,300 websites closed". */
export const ENGLISH_ADDITIONAL: AdditionalWords = {
  digits: { decimal: '.', groups: ', ' },
  // ("m", "mn", "bn" only written against a sum: "$2.5m", "EUR 1.2bn")
  // ("₹3.4 crore", "Rs 45 lakh": Indian English)
  scales: {
    thousand: 1e3,
    million: 1e6,
    millions: 1e6,
    billion: 1e9,
    billions: 1e9,
    m: 1e6,
    mn: 1e6,
    bn: 1e9,
    crore: 1e7,
    crores: 1e7,
    lakh: 1e5,
    lakhs: 1e5,
  },
  currencies: {
    ...EUROS_AND_DOLLARS,
    pounds: 'GBP',
    'pounds sterling': 'GBP',
    'swiss francs': 'CHF',
    'us dollars': 'USD',
    'u.s. dollars': 'USD',
    'canadian dollars': 'CAD',
    'australian dollars': 'AUD',
    'singapore dollars': 'SGD',
    'hong kong dollars': 'HKD',
    'new zealand dollars': 'NZD',
    'brazilian reais': 'BRL',
    reais: 'BRL',
    'mexican pesos': 'MXN',
    'colombian pesos': 'COP',
    'argentine pesos': 'ARS',
    'chilean pesos': 'CLP',
    'dominican pesos': 'DOP',
    'uruguayan pesos': 'UYU',
    guaranis: 'PYG',
    guaraníes: 'PYG',
    quetzales: 'GTQ',
    lempiras: 'HNL',
    rand: 'ZAR',
    naira: 'NGN',
    'kenyan shillings': 'KES',
    'ugandan shillings': 'UGX',
    'tanzanian shillings': 'TZS',
    // "14 million FCFA", "CFA francs": the West African franc, as French and Spanish read it (XAF is not told apart)
    fcfa: 'XOF',
    'cfa francs': 'XOF',
    'west african cfa francs': 'XOF',
    'central african cfa francs': 'XAF',
    'south african rand': 'ZAR',
    'egyptian pounds': 'EGP',
    'philippine pesos': 'PHP',
    'indonesian rupiah': 'IDR',
    rupiah: 'IDR',
    baht: 'THB',
    ringgit: 'MYR',
    roubles: 'RUB',
    rubles: 'RUB',
    hryvnias: 'UAH',
    zlotys: 'PLN',
    'japanese yen': 'JPY',
    cedis: 'GHS',
    'indian rupees': 'INR',
    yen: 'JPY',
    yuan: 'CNY',
    won: 'KRW',
  },
  // (a US release weighs in pounds: "2,710 pounds of methamphetamine", a weight the form has no unit for)
  weightBeforeOf: ['pounds'],
  currencyCountries: {},
  dollarSign: 'USD',
  units: {
    tonnes: 't',
    tonne: 't',
    tons: 't',
    ton: 't',
    t: 't',
    'metric tons': 't',
    'metric tonnes': 't',
    kg: 'kg',
    kilos: 'kg',
    kilo: 'kg',
    kilograms: 'kg',
    kilogram: 'kg',
    kilogrammes: 'kg',
    litres: 'L',
    litre: 'L',
    liters: 'L',
    liter: 'L',
  },
  unitOf: ['of'],
  moneyOf: ['in', 'of', 'worth of'],
  valuedBefore: [
    // "cash seized on board and on shore amounted to …": the place the thing was seized at is not its name.
    /(?:^| )(?<np>[\p{L}-]+) (?:seized|confiscated|recovered|found|frozen) (?:on|at|in|from) [\p{L}-]+(?: and (?:on|at|in|from) [\p{L}-]+)? (?:(?:came|amounted|added up) to|totalled|totaled|reached|stood at)$/u,
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: (?:seized|recovered|confiscated|found|detected|intercepted|impounded|frozen|identified|removed|dismantled|blocked|closed|(?:taken|shut) (?:down|offline)))?(?: (?:during|in|over|throughout) the [\p{L}-]+(?: [\p{L}-]+)?)? (?:(?:came|ran|amounted|added up) to|totalled|totaled|numbered|reached|stood at)$/u,
    // "losses to victims estimated at …", "damage to property valued at …": the loss is what the money is, not who bore it.
    /(?:^| )(?<np>losses|damages|damage|harm) (?:to|for|among) (?:the )?[\p{L}-]+(?: [\p{L}-]+)? (?:(?:were|was|are|is|being) )?(?:estimated at|put at|valued at|thought to be|believed to be|totalling|totaling|amounting to|of)$/u,
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:(?:were|was|are|is|being) )?(?:worth|(?:estimated|thought|believed|said) to be worth|valued at|estimated at|totalling|totaling|amounting to|weighing|weighed at|with an? (?:(?:total|estimated|combined|market|street|retail) ){0,2}value of|holding|containing)$/u,
    /(?:^| )(?:the|these|those|such) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:had|have|has) an? (?:(?:total|estimated|combined|market|street|retail) ){0,2}value of$/u,
    // "the seized pesticides could have fetched up to …": what they would have sold for, all of them
    /(?:^| )(?:the|these|those|such) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:could|would|might) (?:have )?(?:fetched|been sold for|been worth|sold for|be worth|fetch)$/u,
    /(?:^| )(?:value|amount) of (?:the |these |all )?(?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: of (?:the )?[\p{L}-]+)?(?: (?:on|in) the (?:illicit|black|illegal|street|retail|criminal) market)? (?:(?:is|was|were|are) (?:estimated at|put at|valued at)|reached|totalled|totaled|came to|stood at|stands at|amounted to|amounts to)$/u,
    /(?:^| )(?<np>(?:[\p{L}-]+ )?(?:losses|damages|damage|profits|proceeds|revenue|revenues|bribes|fines)) of$/u,
  ],
  headLast: true,
  joins: [],
  coordinators: ['and', 'or'],
  others: ['other'],
  // (Simple past forms not in "-ed" too, not participles that describe ("stolen jewellery"): "froze virtual currency", "took 1,540 metal detectors".)
  verbForm:
    /[^e]ed$|^(?:froze|took|found|caught|saw|held|hid|brought|bought|sold|stole|led|made|got|kept|sent|struck|ran|taken|given|done)$/,
  stop: new Set(
    (
      'the a an of in on at to by for from with and or but as than that which who whose were was is are be been ' +
      'being had has have its their his her our your this these those some any all total over under across ' +
      'during within including such worth valued more less nearly almost about around up down out into per ' +
      'just only also while after before since until between among against value values alongside besides beside plus'
    ).split(' ')
  ),
  counted: {
    heads: [...ENGLISH_COUNTED_HEADS],
    wordsBefore: 3,
    // ("214 head of stolen livestock")
    measures: ['units', 'packets', 'packs', 'boxes', 'cartons', 'pairs', 'head'],
    adjectivesBefore: [],
    complements: [],
    notAfter: [
      'checks',
      'searches',
      'sweeps',
      'patrols',
      'inspections',
      'controls',
      'raids',
      'numbers',
      'owners',
      'holders',
      'users',
      // ("87 suspected bandits and livestock raiders": people named by what they steal)
      'raiders',
      'rustlers',
      'thieves',
      'traffickers',
      'smugglers',
    ],
    sameThing: {
      guns: 'firearms',
      weapons: 'firearms',
      'web sites': 'websites',
      sites: 'websites',
      'domain names': 'domains',
      'mobile phones': 'phones',
      'id cards': 'identity cards',
    },
    holds: {
      documents: ['passports', 'identity cards', 'id cards', 'driving licences', 'visas', 'residence permits'],
      'travel documents': ['passports', 'identity cards', 'id cards', 'visas', 'residence permits'],
      vehicles: ['cars', 'trucks', 'lorries', 'vans', 'motorcycles', 'motorbikes', 'buses', 'tractors', 'trailers'],
      weapons: ['pistols', 'rifles', 'revolvers', 'shotguns', 'handguns', 'grenades'],
      livestock: ['cattle', 'sheep', 'goats', 'camels', 'donkeys', 'cows', 'pigs'],
      firearms: ['pistols', 'rifles', 'revolvers', 'shotguns', 'handguns'],
      devices: ['phones', 'smartphones', 'computers', 'laptops', 'hard drives', 'sim cards', 'routers'],
    },
    generic: ['items', 'objects', 'rounds', 'sticks'],
    // ("Liquid synthetic opioids: 333 bottles": on a key-figure line, what its label names)
    pieces: ['bottles', 'vials', 'pieces', 'heads', 'doses'],
    takenApart: {
      heads: ENGLISH_TAKEN_APART,
      verb: /\b(?:dismantl(?:ed|ing|es?)|disrupt(?:ed|ing|s)?|(?:broke|broken|breaking)\s+up|(?:took|taken|taking)\s+(?:down|apart)|neutrali[sz](?:ed|ing))\b/i,
    },
    // ("of them" only set off by dashes: "14 vessels, two of them semi-submersibles" is a part of them)
    restated: /^ (?:of them(?= ?[—\u0097–\u0096])|in all|in total|altogether)\b/,
  },
  valueOfPrevious:
    /^[^.;:\d]{0,80},\s*(?:with\s+an?\s+(?:(?:total|estimated|combined|market|street|retail|approximate)\s+){0,2}value\s+of|(?:together\s+)?worth|valued\s+at)\s*$/i,
  worthBefore: /\b(?:worth|valued at)\s*$/i,
  ratio: {
    after:
      /^(?:\s+[\p{L}'-]+){0,3}\s+(?:out\s+of|in\s+every)\s+(?:two|three|four|five|six|ten|\d{1,3})(?![\p{L}\d])|^[^.;:!?\d]{0,80}?\s(?:for\s+every|for\s+each)\s(?!one\s+of\b)/u,
    before: /\b(?:out\s+of|in\s+every)\s+$/,
  },
  participle:
    /^(?:closed|blocked|frozen|seized|suspended|removed|dismantled|confiscated|disabled|deactivated|recovered|identified|flagged|impounded|destroyed|intercepted|taken|shut)$/,
  checked:
    /\b(?:inspects|screens|examines|scans|boards|hailed)\b|\bunder\s+investigation\b|\b(?:checks|inspections|controls|visits)\s+(?:at|on)\b|\b(?:subjected\s+to\s+(?:[\w-]+\s+)?(?:checks|inspections?|controls|searches|screening|x-rays?)|inspected|checked|screened|searched|examined|compared|cross-checked|scanned|analy[sz]ed|weighed|sampled|x-rayed|boarded|controlled|monitored|visited|patrolled|patrol|vetted|verified|reviewed|deployed|supported by|took part|crossed|transited|(?<=\b(?:were|was|been|being)\s)stopped|stopped(?=\s+(?:\d[\d,]*\s+)?(?:vehicles|cars|trucks|lorries|buses|vessels|boats|ships|travellers|passengers)\b))\b/gi,
  auxiliaries: ['were', 'was', 'been', 'be', 'are', 'is', 'being'],
  rangeJoiners: ['to', 'and', 'or'],
  placeBefore: ['from', 'in', 'on', 'aboard', 'inside', 'into', 'onto', 'within', 'through', 'via'],
  // ("enough for more than 193 million doses", "six out of every ten pills", "used more than 500 bank accounts")
  // "enough to make some 4.5 million doses", "could have produced up to", "capacity to carry", "one of them worth",
  // "Those 1.2 tonnes": no seizure.
  notTaken:
    /(?:\b(?:face|faces|facing|risk|risks)(?:\s+[^\s.;]+){0,8}?\s+(?:fines?|penalt(?:y|ies))(?:\s+(?:of|totalling|up\s+to))?|\b(?:enough|sufficient)\s+(?:to|for)\s+(?:make|produce|manufacture|supply|fill)|\b(?:enough|sufficient)\s+for|\bout\s+of(?:\s+every)?|\b(?:used|were\s+using|relied\s+on)|\bcould\s+have\s+(?:produced|made|manufactured|yielded|supplied)|\b(?:capacity|capable)\s+(?:to|of)\s+(?:carry|carrying|hold|holding|store|storing|transport|transporting)|\b(?:could|can)\s+(?:hold|carry|store|transport|accommodate)|\bone\s+of\s+(?:them|which)\s+(?:worth|valued\s+at|weighing)|\baverage\s+(?:price|value|cost)\s+of|\b(?:were|was)\s+owed|\bfleet\s+of|\b(?:accused|suspected|charged|convicted)\s+of\s+(?:[a-z-]+\s+){0,6}?(?:export|import|smuggl|traffick|sell|sale|transport)[a-z]*(?:\s+(?:by\s+[a-z]+\s+)?of)?|\b(?:had|has|have)\s+(?:sold|supplied)|\bthen\s+(?:worth|valued\s+at)|\b(?:lost|losing|evaded|evading)|\b(?:those|these)|\b(?:during|in\s+the\s+course\s+of))\s+(?:(?:some|about|around|nearly|almost|up\s+to|more\s+than|over|at\s+least)\s+)?(?:[$€\u0080£]\s?)?(?:[A-Z]{3}\s)?$/i,
  // (and the largest one: "The largest, a container stopped in Koper, held 22 tonnes", "The single largest seizure, …")
  // (and one item's price: "Each handset sold for about USD 1,700 on the black market"; and one of many, or one person:
  // "One of the intercepted yachts was carrying 1.1 tonnes", "A courier stopped at Heathrow had swallowed 90 capsules")
  anecdote:
    /\s*one\s+of\s+the\s+(?:[a-z-]+\s+){1,3}?(?:was\s+carrying|was\s+loaded\s+with|carried|contained|held|hid|concealed)\b|\s*(?:one|a\s+single|a|an)\s+(?:[a-z-]+\s+)?(?:suspects?|couriers?|passengers?|travell?ers?|drivers?|mules?|smugglers?|m[ae]n|wom[ae]n)\s+(?:stopped|arrested|caught|detained|intercepted|held|checked)\s+(?:at|in|on)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:had|was|carried)\b|\s*the\s+(?:alleged\s+|suspected\s+)?(?:ring-?leader|kingpin|mastermind|gang\s+leader|network's\s+leader)\b|\s*(?:the|an)\s+average\b|\s*(?:each|every|one|a\s+single)\s+[a-z-]+\s+(?:of\s+[a-z-]+\s+)?(?:was\s+|were\s+)?(?:sold|sells|cost|costs|retailed|fetched|fetches)\b|\s*one\s+of\s+(?:them|those)\s*,|\s*(?:a\s+single|one)\s+(?:[a-z-]+\s+)?(?:attack|raid|heist|robbery|theft|burglary|incident)\b|\s*(?:[a-z]+\s+){0,4}?(?:opened|searched|inspected|stopped|checked|examined)\s+(?:a\s+single|one)\s+(?:container|consignment|shipment|vessel|ship|lorry|truck|car|vehicle|parcel|package|warehouse|house)\b|\s*(?:(?:in|during|with)\s+)?(?:one\s+of\s+)?the\s+(?:[a-z]+['’]s\s+)?(?:largest|biggest|heaviest|single\s+(?:largest|biggest)|most\s+(?:significant|notable|important|striking))\s+(?:[a-z-]+\s+){0,2}(?:seizure|haul|find|discovery|interception|interdiction|bust|raid|search|recovery|recoverie|case)s?\b|\s*(?:an?|one)\s+\d{1,3}-year-old\s+(?:man|woman|suspect|driver|passenger|traveller|courier|national)\b|\s*(?:[a-z]+\s+){0,2}?(?:in|during|at|on|from)\s+(?:one|another|a single|an?)\s+(?:[a-z-]+\s+)?(?:case|arrest|instance|example|scheme|scam|attack|investigation|incident|occasion|raid|search|seizure|port|airport|country|city|town|village|house|home|address|location|premises|property|warehouse|workshop|factory|market|shop|vessel|ship|container|consignment|shipment|parcel|package|lorry|truck|car|flight)\b|\s*in\s+(?:another|one)\s*,|\s*there\s*,|\s*(?:[a-z]+\s+){0,3}?(?:that\s+)?(?:one|a single|a)\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?(?:suspects?|members?|offenders?|individuals?|m[ae]n|wom[ae]n|persons?|couriers?|mules?|smugglers?|traffickers?|dealers?|fraudsters?|defendants?)(?:,[^,.;]{1,40},)?\s+(?:had|has|was|is|who)\b|\s*in\s+(?:the\s+)?(?:[a-z-]+\s+){1,3}?alone\b|\s*(?:one|a single)\s+(?!of\b|hundred\b|thousand\b|million\b|billion\b|in\b)[a-z-]+\s+(?:[a-z-]+\s+){0,8}?(?:contained|held|carried|hid|concealed|had|was\s+carrying|was\s+loaded\s+with)\b|\s*(?:the\s+)?(?:single\s+)?(?:largest|biggest)(?:\s*,|\s+(?:single\s+)?(?:seizure|haul|interception|interdiction|consignment|shipment|find|catch|load|cargo)\b)|[^.;:!?\d]{0,60}?\b(?:a\s+single|one)\s+(?:[a-z-]+\s+)?(?:shipment|consignment|container|parcel|package|lorry|truck|car|vehicle|vessel|boat)\s+of\b/iy,
  estimatedLabel: /^[-•\u0095*–]?\s*(?:estimated|est\.)\s[^:\n]{1,60}:\s*(?:[A-Z]{3}\s|[$€\u0080£]\s?)?$/i,
  lineNote:
    /^,\s*(?:(?:chiefly|mainly|mostly|largely|principally|primarily|notably|including|among them|most of (?:them|it)|as\s+well\s+as|in\s+addition\s+to|along\s+with)\b|(?:[\p{L}-]+\s+){1,5}?among them\b|with\s+an?\s+(?:[\p{L}-]+\s+){0,2}?value\s+of\b|(?:worth|valued\s+at)\b)/iu,
  // (and a yearly rate: "selling beef worth about US$14 billion a year" is a market's size, nothing seized; a daily one
  // too: "some 250 tonnes of cargo passed through the port every day")
  single:
    /\b(?:in|at|from)\s+(?:a single|one single|just one|only one)\b|\b(?:were|are|remain|remained)\s+(?:still\s+)?(?:active|in operation|operating)\b|\bon (?:its|their|his|her) own\b|\b(?:sweep|raid|search|operation|city|port|country|state|province|region|area|market|airport)\s+alone\b/i,
  rate: /\b(?:a|per|each|every) year\b|\b(?:per|each|every) (?:day|week|month)\b|(?<!\b(?:in|within|for|over)\s)\ba (?:day|week|month)\b|\b(?:annually|daily|weekly|monthly)\b|\bper annum\b/gi,
  rateBefore: /\b(?:each|every|per) (?:year|day|week|month)\b|\b(?:annually|daily|weekly|monthly)\b/gi,
};
