import { EUROS_AND_DOLLARS } from './currencies';
import { FRENCH_COUNTED_HEADS, FRENCH_TAKEN_APART } from './fr-counted';
import type { AdditionalWords } from './types';

/** French: "7 millions de dollars", "2,5 tonnes de cocaïne", "plus de 1 300 sites web fermés". */
export const FRENCH_ADDITIONAL: AdditionalWords = {
  digits: { decimal: ',', groups: ' .' },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  currencies: {
    ...EUROS_AND_DOLLARS,
    'dollars us': 'USD',
    'livres sterling': 'GBP',
    'francs cfa': 'XOF',
    // (the franc of New Caledonia and French Polynesia)
    'francs cfp': 'XPF',
    'francs suisses': 'CHF',
    réals: 'BRL',
    reais: 'BRL',
    rands: 'ZAR',
    guaranis: 'PYG',
    quetzals: 'GTQ',
    lempiras: 'HNL',
    nairas: 'NGN',
    yens: 'JPY',
    yuans: 'CNY',
    'roupies indiennes': 'INR',
    'shillings kényans': 'KES',
    'shillings ougandais': 'UGX',
    'shillings tanzaniens': 'TZS',
    'livres turques': 'TRY',
    wons: 'KRW',
  },
  currencyCountries: {
    américains: 'USD',
    'des états-unis': 'USD',
    canadiens: 'CAD',
    australiens: 'AUD',
    singapouriens: 'SGD',
    'de hong kong': 'HKD',
    'néo-zélandais': 'NZD',
    namibiens: 'NAD',
    jamaïcains: 'JMD',
    bahaméens: 'BSD',
    'de trinité-et-tobago': 'TTD',
    taïwanais: 'TWD',
  },
  dollarSign: 'USD',
  units: {
    tonnes: 't',
    'tonnes métriques': 't',
    tonne: 't',
    t: 't',
    kg: 'kg',
    kilos: 'kg',
    kilo: 'kg',
    kilogrammes: 'kg',
    kilogramme: 'kg',
    litres: 'L',
    litre: 'L',
  },
  unitOf: ['de', "d'"],
  moneyOf: ['de', "d'", 'en'],
  valuedBefore: [
    // "<np> représente une valeur marchande estimée à": before the next pattern, which would read "valeur marchande".
    /(?:^| )(?:les|des|ces|leurs|ses|la|le|cette|ce) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:représente|représentent|représentait|représentaient|totalisent|atteignent|ont|avaient) (?:une )?valeur(?: totale| estimée| marchande| globale){0,2} (?:de|d'|à)$/u,
    /(?:^|[ '])(?<!(?:valeur|montant)s? )(?!(?:valeur|montant)s? )(?<np>[\p{L}-]+(?: [\p{L}-]+ment [\p{L}-]+| [\p{L}-]+)?) (?:(?:d'|pour )une valeur(?: totale| estimée| globale| marchande)?(?: estimée)? (?:de|d'|à)|d'un montant(?: total)? (?:de|d')|(?:évalués?|évaluées?|estimés?|estimées?) à|contenant|totalisant|(?:d'|pour )un total (?:de|d'))$/u,
    // "des lingots d'or d'un poids total de 50 kilogrammes", "des défenses pesant 300 kg": a weight after its noun.
    /(?:^|[ '])(?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:d'un poids(?: total| global| estimé| cumulé)? (?:de|d')|(?:pesant|pesants|pesante|pesantes)(?: au total| en tout)?)$/u,
    // "L'ivoire intercepté pèse 1,3 tonne", "les stupéfiants saisis pèsent au total 8 tonnes": the subject, then its weight;
    // two describing words joined after the noun ("l'ivoire brut et travaillé saisi pèse") are read past.
    /^(?:(?:et |mais )?(?:le|la|les|l'|ces|leurs|ses) ?)(?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}?)(?: [\p{L}-]+ (?:et|ou) [\p{L}-]+(?: [\p{L}-]+)?)? (?:pèse|pèsent|pesait|pesaient|pesaient au total|pèse au total|pèsent au total)$/u,
    // "Les comprimés contrefaits, au nombre de 12 500, …", "les véhicules volés sont au nombre de 35": a count after its
    // noun (tokens stop at the comma: the noun phrase is read again before it, label-before.ts).
    /(?:^| )(?:les|des|ces|leurs|ses) (?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}?) (?:(?:sont|étaient|seraient) )?au nombre (?:de|d')$/u,
    /^(?:(?:les|ces|leurs|ses) )?(?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}?) au nombre (?:de|d')$/u,
    // "ces pesticides auraient rapporté quelque 94 millions d'euros": what the goods were worth on the market.
    /(?:^| )(?:les|ces|leurs|ses|le|la|ce|cette) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:valent|valaient|vaudraient|vaut|valait|vaudrait|(?:auraient|aurait|ont|a|avaient|avait) rapporté|rapporteraient|rapporterait)$/u,
    /(?:^| )(?:le|la|les) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:est|sont|était|étaient) (?:estimée?s?|évaluée?s?)(?: par (?:les |la |le |l'|ses |leurs )[\p{L}-]+(?: [\p{L}-]+)?)? à$/u,
    // "La valeur des espèces et des cryptoactifs confisqués dépasse 184 millions" ("dépasse" is the cue, read apart);
    // "La valeur de la cargaison sur le marché illicite est estimée à": the market is where it is worth that, not what.
    /(?:^| )(?:la|le) (?:valeur|montant) (?:totale? |estimée? |marchande |cumulée? )?(?:des|du|de la|de l') ?(?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: (?:et|ou) (?:des|du|de la|de l') ?[\p{L}-]+(?: [\p{L}-]+)?)?$/u,
    /(?:^| )(?:valeur|montant) (?:totale? |estimée? |marchande )?(?:des|du|de la|de l'|de ces|de ses|de leurs) ?(?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: (?:des|du|de|de la) [\p{L}-]+| d'[\p{L}-]+| de l'[\p{L}-]+)?(?: (?:sur le|au) marché(?: noir| illicite| illégal| parallèle)?| à la revente)? (?:(?:est|était|a été) (?:estimée?|évaluée?)(?: par (?:les |la |le |l'|ses |leurs )[\p{L}-]+(?: [\p{L}-]+)?)? (?:à|de)|(?:s'élève|s'élevait|atteint|atteignait) à|(?:est|était) de)$/u,
    // Money as the subject, at the start of a clause: "Les avoirs illicites interceptés atteignent USD 2,2 millions",
    // "les espèces découvertes lors des perquisitions se montent à 85 000 €", "les gains illicites tirés de cette fraude au
    // clic s'élèvent à …".
    /^(?:(?:tandis |alors |mais |et )?(?:que |qu')|et |mais )?(?:les|ces|leurs|ses) (?<np>[\p{L}-]+(?: [\p{L}-]+){0,5}?)(?: (?:lors|au cours) (?:des|du|de la|de l') ?[\p{L}-]+| (?:tirés|tirées|générés|générées|issus|issues|obtenus|obtenues|réalisés|réalisées) (?:de|du|des|par) (?:cette |ces |la |le |les )?[\p{L}-]+(?: [\p{L}-]+){0,3}?)? (?:atteignent|atteignaient|ont atteint|se montent à|se montaient à|s'élèvent à|s'élevaient à|représentent|représentaient|totalisent|totalisaient|dépassent|dépassaient)(?: plus de| près de| environ| au moins| quelque)?$/u,
    // "Des fonds d'environ 3 millions de dollars", "des avoirs de plus de …": money nouns, the figure right after.
    /(?:^| )(?:des|les|ces) (?<np>(?:fonds|avoirs|sommes|liquidités)(?: [\p{L}-]+)?) (?:de|d')(?:environ| près de| plus de| quelque| au moins)?$/u,
    /(?:^| )(?<np>(?:pertes|préjudice|préjudices|bénéfices|profits|gains|pots-de-vin|amendes)(?: [\p{L}-]+)?) (?:de|d')$/u,
  ],
  headLast: false,
  joins: ['de', "d'"],
  coordinators: ['et', 'ou'],
  others: ['autres'],
  stop: new Set(
    (
      "le la les l' un une des du de d' et ou à au aux en dans par pour sur avec sans sous entre vers chez qui que " +
      "qu' dont où ont a avait avaient été est sont était ce ces cet cette son sa ses leur leurs soit ainsi " +
      'notamment plus moins environ près quelque total totale au-delà lors depuis pendant tout toute tous toutes valeur valeurs y'
    ).split(' ')
  ),
  counted: {
    heads: [...FRENCH_COUNTED_HEADS],
    wordsBefore: 1,
    // ("1,5 millones de cajetillas de cigarrillos", "1 350 cartouches de cigarettes": the packs' cigarettes are counted,
    // the label keeps both)
    measures: ['unités', 'paquets', 'boîtes', 'cartons', 'cartouches', 'paires'],
    adjectivesBefore: ['faux', 'fausses', 'nouveaux', 'nouvelles'],
    complements: [
      'bancaires',
      'frauduleux',
      'falsifiés',
      'contrefaits',
      'de voyage',
      "d'identité",
      'portables',
      'mobiles',
      'électroniques',
      'informatiques',
      'vivants',
      'de cryptomonnaies',
      'de munitions',
      // ("25 cornes de rhinocéros", "12 défenses d'éléphant")
      'de rhinocéros',
      "d'éléphant",
      "d'éléphants",
      'de pangolin',
      'de pangolins',
      'de tigre',
      'de léopard',
      'de tortue',
      'illicites',
      'illégales',
      'illégaux',
      'malveillants',
      'malveillantes',
      'frauduleuses',
      'falsifiées',
      'contrefaites',
      'suspects',
      'suspectes',
      'piratés',
      'piratées',
      'volés',
      'volées',
      'de poing',
      'internet',
      'en ligne',
      'médicaux',
      'médicales',
      'sim-box',
      'de luxe',
      'sim',
    ],
    // "médicaments saisis : 4,4 millions d'unités": a noun that names no kind of thing; the line's label names it.
    generic: ['unités'],
    // ("Méthamphétamine : environ 52 000 comprimés": on a key-figure line, what its label names)
    pieces: ['comprimés', 'pilules', 'cachets', 'gélules', 'flacons', 'bouteilles', 'doses'],
    takenApart: {
      heads: FRENCH_TAKEN_APART,
      verb: /(?<!\p{L})(?:démant[eè]l\p{L}*|neutralis\p{L}*|désorganis\p{L}*|mis\s+hors\s+d'état\s+de\s+nuire)/iu,
    },
    // "des véhicules de luxe – douze au total –", "les domaines du site, onze en tout": the figure restates the count.
    restated: /^ (?:au total|en tout)(?![\p{L}])/u,
    notAfter: ['contrôles', 'vérifications', 'fouilles', 'propriétaires', 'titulaires'],
    sameThing: {
      armes: 'armes à feu',
      sites: 'sites web',
      'sites internet': 'sites web',
      'noms de domaine': 'domaines',
    },
    holds: {
      documents: ['passeports', "cartes d'identité", 'permis de conduire', 'visas', 'titres de séjour'],
      véhicules: ['voitures', 'camions', 'camionnettes', 'fourgonnettes', 'motos', 'autobus', 'tracteurs', 'remorques'],
      armes: ['pistolets', 'fusils', 'revolvers', 'carabines', 'grenades', 'kalachnikovs'],
      'armes à feu': ['pistolets', 'fusils', 'revolvers', 'carabines', 'kalachnikovs'],
      appareils: ['téléphones', 'smartphones', 'ordinateurs', 'routeurs', 'boîtiers'],
    },
  },
  // "316 véhicules volés ont été récupérés, pour une valeur totale d'environ 7,4 millions d'euros": their value.
  valueOfPrevious:
    /^[^.;:\d]{0,80},\s*(?:(?:pour|d')\s*une\s+valeur(?:\s+(?:totale|estimée|globale|marchande|approximative)){0,2}\s*(?:de|d'|à)|(?:évalué|estimé)e?s?\s+à)\s*$/iu,
  // ("près de 1,8 kg d'or": gold)
  shortNouns: ['or'],
  // ("Marchandises illicites : plus de 45 tonnes, dont …", "Or : 26 kg, d'une valeur estimée à …": a key-figure line's
  // note after a comma, a part or the value of what it weighs)
  lineNote:
    /^,\s*(?:(?:dont|notamment|principalement|essentiellement|surtout|parmi\s+lesquel(?:le)?s|ainsi\s+que|en\s+plus\s+de|outre)(?!\p{L})|(?:pour|d')\s*une\s+valeur|(?:évalué|estimé)e?s?\s+à)/iu,
  ratio: {
    after:
      /^(?:\s+[\p{L}'-]+){0,3}\s+sur\s+(?:deux|trois|quatre|cinq|six|dix|\d{1,3})(?=\s+(?:avaient|ont|sont|étaient|avait|a|est|était|provenaient|venaient)(?![\p{L}])|\s*[,.;:)])|^[^.;:!?\d]{0,80}?\spour\s+chaque(?![\p{L}])/u,
  },
  participle:
    /^(?:fermé|bloqué|déconnecté|gelé|saisi|confisqué|démantelé|désactivé|détruit|supprimé|suspendu|retiré|identifié|neutralisé|récupéré|intercepté|falsifié|contrefait|volé|piraté|dérobé)(?:e|s|es)?$/u,
  // ("avions de patrouille": a patrol craft, named as what saw the things, not a check of them.)
  // "ont franchi les postes de contrôle": traffic that went through checks; "le site comptait 63 000 utilisateurs": the
  // size of what was targeted, not what the operation did ("17 véhicules signalés volés récupérés": reported stolen, then
  // recovered, no check); "250 utilisateurs occasionnels recevront un avertissement":
  // a future plural verb (its match starts before the words it follows) tells what is yet to be done.
  checked:
    /\s(?:\p{Ll}[\p{Ll}-]*\s){0,2}?\p{Ll}{2,}ront(?!\p{L})|(?<!\p{L})(?:ont|a|avaient|avait)\s+(?:franchi|traversé|transité)(?!\p{L})|(?<!\p{L})(?:comptait|comptaient|comptent|compté|revendiquait|revendiquaient)(?!\p{L})|\b(?!signalée?s?\s+(?:comme\s+)?(?:volée?s?|disparue?s?)(?!\p{L}))(?:inspecté|contrôlé|vérifié|fouillé|examiné|analysé|signalé|consulté|surveillé|criblé|comparé|confronté|scanné|passé au scanner|passé au crible|passé en revue|visité|déployé|mobilisé|appuyé|soutenu)(?:e|s|es)?(?!\p{L})|(?<!\bde )\bpatrouill|(?<!\p{L})avec l'appui\b|\b(?:inspection|contrôle|vérification|fouille|analyse)s? (?:de\b|d')|(?<!\p{L})(?:entretiens?|auditions?|interrogatoires?)(?!\p{L})|(?<!\p{L})(?:interrogé|entendu|auditionné|questionné)(?:e|s|es)?(?!\p{L})|(?<!\p{L})aurai(?:t|ent)(?!\p{L})|(?<!\p{L})(?:visant|ciblant)(?!\p{L})/giu,
  auxiliaries: ['été', 'sont', 'est', 'étaient', 'était'],
  rangeJoiners: ['à', 'et', 'ou'],
  placeBefore: ['dans', 'depuis', 'sur', 'chez', 'parmi', 'via'],
  // "mis la main sur 46 armes", "fait main basse sur 3 tonnes": "sur" is what was taken, not where.
  // "mis la main sur 50 millions d'euros, sur 850 kilos de drogue et sur 117 armes": each "sur" of the list too (the
  // look back runs only where the text ends on ", " or " et ").
  // ("Elles portent sur 17 486 tonnes de déchets …, ainsi que sur près de 70 tonnes": what the offences concerned)
  seizedOn:
    /(?<!\p{L})(?:la\s+main|main\s+basse|mainmise)\s+$|(?<!\p{L})(?:portent|portaient|porte|portait|portant)\s+$|(?:,|(?<!\p{L})et|(?<!\p{L})ainsi\s+que)\s+$(?<=(?<!\p{L})(?:la\s+main|main\s+basse|mainmise|portent|portaient|porte|portait|portant)\s+sur\s[^.;:!?«»]{1,180})/iu,
  // "de quoi produire", "auraient pu produire", "d'une capacité de", "dont l'un estimé à", "Ces 42 kilos": no seizure.
  notTaken:
    /(?:(?<!\p{L})(?:propulsé|équipé|mû|mu)(?:e|s|es)?\s+(?:par|de|d')|(?<!\p{L})(?:encour(?:en)?t|encouraient|encourait|risqu(?:ent|e|aient|ait)|passibles?\s+de)(?:\s+[^\s.;]+){0,8}|(?<!\p{L})(?:de\s+quoi|suffisante?s?\s+pour|assez\s+pour)\s+(?:produire|fabriquer|confectionner|alimenter)|(?<!\p{L})(?:aurai(?:en)?t|pourrai(?:en)?t)\s+pu\s+(?:produire|fabriquer|servir\s+à\s+produire)|(?<!\p{L})(?:d'une\s+capacité\s+de|(?:pouvant|pouvait|pouvaient|peut|peuvent|pourrait|pourraient)\s+(?:contenir|transporter|accueillir|stocker)(?:\s+jusqu'à)?)|(?<!\p{L})(?:dont\s+)?l'une?\s+(?:d'entre\s+eux|d'entre\s+elles|d'eux|d'elles)\s+(?:estimée?\s+à|évaluée?\s+à|d'une\s+valeur\s+de|pesant)|(?<!\p{L})flotte\s+de|(?<!\p{L})(?:valai(?:en)?t\s+alors|alors\s+(?:estimée?s?|évaluée?s?)\s+à)|(?<!\p{L})(?:perdu|éludé(?:e|s|es)?)|(?<!\p{L})manque\s+à\s+gagner\s+de|(?<!\p{L})(?:ces|cette|ce)|(?<!\p{L})(?:lors|au\s+cours)\s+de|(?<!\p{L})(?:aurait|auraient)\s+(?:engrangé|généré|encaissé|réalisé|empoché|vendu|blanchi|écoulé|amassé|obtenu|perçu|extorqué|touché|reçu))\s+(?:(?:environ|près\s+de|quelque|plus\s+de|au\s+moins|jusqu'à)\s+)?$/iu,
  // (and one item's price: "Chaque appareil se vendait environ 1 700 dollars"; what was found in the place just
  // named, "Les agents y ont découvert environ 500 kg d'ivoire")
  // ("un voyageur … a été interpellé ; il transportait 14 000 dollars": one traveller's, one vehicle's load; "dans le
  // double fond d'une camionnette": one vehicle's hiding place; "L'interception la plus importante, le 23 avril, a
  // porté sur …": the largest case; "une voyageuse a été interpellée en possession de 6 kg d'héroïne": one traveller's;
  // "l'une d'elles … a été interpellée … avec 40 000 euros en liquide": one of the people arrested)
  anecdote:
    /\s*dans\s+(?:un|le)\s+(?:double\s+fond|compartiment\s+(?:caché|dissimulé))(?!\p{L})|\s*(?:à|dans)\s+(?:son|sa)\s+(?:domicile|maison|appartement|logement|voiture|véhicule|valise)(?!\p{L})|\s*(?:il|elle)\s+(?:transportait|portait|détenait|dissimulait|cachait|avait\s+sur\s+(?:lui|elle))(?!\p{L})|\s*(?:un|une)\s+(?:voyageur|voyageuse|passager|passagère|conducteur|conductrice|passeur|passeuse|homme|femme|camion|véhicule)\s+(?:[\p{L}'-]+\s+){0,4}?(?:transportait|portait|détenait|dissimulait|cachait)(?!\p{L})|\s*(?:chaque|un|une)\s+\p{L}+\s+(?:de\s+\p{L}+\s+)?(?:se\s+)?(?:vendait|vendaient|vend|vendent|revend|revendait|coûtait|coûtaient|coûte|coûtent|valait|valaient)(?!\p{L})|\s*chaque\s+\p{L}+\s+(?:pouvait|peut|pouvaient|contenait|contient|transportait|renfermait|dissimulait)(?!\p{L})|\s*(?:dans|en|à)\s+(?:le\s+seul|la\s+seule)\s+\p{L}+|\s*(?:(?:lors\s+de|au\s+cours\s+de|pendant|dans)\s+)?(?:la\s+(?:plus\s+(?:grosse|importante|grande)|principale)\s+(?:saisie|prise)(?:\s+individuelle)?|(?:la\s+(?:saisie|perquisition|prise|interception)|l'(?:interception|intervention|arrestation))\s+la\s+plus\s+(?:importante|grosse|spectaculaire|volumineuse))(?!\p{L})|\s*(?:dans|en)\s+(?:une?|l'une?)\s+(?:(?:seule?|autre)\s+)?(?:affaire|dossier|cas|pays|port|ville|village|entrepôt|atelier|marché|verger|perquisition)(?!\p{L})|\s*dans\s+l'une?\s+des\s+(?:affaires|cas)\b|\s*(?:là(?:-bas)?|sur place)\s*,|[^.;:!?«»\d]{0,120}?(?<![\p{L}'])(?:l'une?\s+d'(?:eux|elles)|l'une?\s+(?:des|d'entre)\s+(?:(?:principaux|principales|présumés|présumées)\s+)?(?:suspects|suspectes|membres|chefs|dirigeants|meneurs|organisateurs|trafiquants|escrocs|auteurs|individus|personnes\s+arrêtées|eux|elles)|(?:un|le)\s+(?:seul\s+|principal\s+)?suspect|(?:un|une)\s+(?:voyageur|voyageuse|passager|passagère|conducteur|conductrice|passeur|passeuse)\s+a\s+été\s+(?:interpellée?|arrêtée?)\s+en\s+possession\s+de|un\s+(?:seul|unique)\s+(?!(?:pays|jour|coup|mois|week-end|an)(?![\p{L}]))[\p{L}-]+|une\s+(?:seule|unique)\s+(?!(?:journée|semaine|nuit|fois|opération|année|action)(?![\p{L}]))[\p{L}-]+)(?![\p{L}])|[^.;:!?«»\d]{0,60}?(?<![\p{L}'’])y\s+(?:ont|a|avaient|avait)\s+(?:découvert|saisi|trouvé|retrouvé|confisqué|intercepté|récupéré)(?![\p{L}])/iuy,
  // "… y ont été saisis": seized there, in the place just named (the pronoun "y"), one place's share.
  single:
    /\b(?:dans|en) (?:un seul|une seule)\b|(?<!\p{L})(?:étaient|sont|restaient|restent|demeuraient)\s+(?:encore\s+|toujours\s+)?(?:actifs|actives|en\s+activité)(?!\p{L})|(?<!\p{L})à (?:lui|elle|eux|elles) seule?s?(?!\p{L})|(?<![\p{L}'’])y\s+(?:ont|a|avaient|avait|sont|est|étaient|était)\s+(?:été\s+)?(?:saisi|découvert|trouvé|retrouvé|confisqué|intercepté|récupéré)(?:e|s|es)?(?!\p{L})/iu,
  rate: /(?<!\p{L})(?:par an|par année|chaque année|annuels?|annuelles?|(?:chaque|par) (?:jour|semaine|mois))(?!\p{L})/giu,
  rateBefore: /(?<!\p{L})(?:(?:chaque|par) (?:an|année|jour|semaine|mois)|quotidiennement|annuellement)(?!\p{L})/giu,
};
