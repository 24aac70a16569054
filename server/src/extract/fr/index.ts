import { LOWER_CASE_BODY, NATIONAL_BODY } from '../languages/bodies';
import { FR_PLANNED } from '../languages/planned';
import { LIST_BULLET } from '../languages/list-lines';
import { NUMBER_LED_NAME } from '../languages/names';
import type { LanguageRules } from '../languages/types';
import { FR_DATE_PAIRS, FR_DATE_RANGES, FR_SINGLE_DATES } from './dates';
import { FR_EDITION, ordinal } from './editions';
import { ONE_COUNTRY_PARAGRAPH, QN } from './figure-patterns';
import { BRACKETED, NUMBER_WORD, ROUNDED, frenchQualifierBefore, readFrench } from './numbers';
import { FR_STAT_RULES } from './stat-rules';
import {
  AUX_BEFORE,
  AU_BEFORE,
  CENTRE_FIRST,
  FROM,
  SEAT_WORD,
  SET_UP_IN,
  SPEAKERS_OFFICE,
  SPOKE_FROM,
  WHERE_ITS_SEAT_IS,
} from './places';

/**
 * French: how French releases write figures, cues, dates, shares, earlier
 * editions, codenames, agencies and headquarters.
 */

// Words right after a figure that make it a duration, a share, money, an age or a weight.
const NOT_A_COUNT_AFTER =
  /^\s*(?:%|pour\s*cent|p\.\s*100|(?:de\s+|d')?(?:heures?|h|jours?|semaines?|mois|ans?|années?|minutes?|secondes?|fois|reprises|tonnes?|t|kilos?|kilogrammes?|kg|grammes?|litres?|km|kilomètres?|mètres?|hectares?|USD|EUR|GBP|CHF|F\s?CFA|dollars?|euros?|livres\s+sterling|francs?|roupies?|pesos?|yuans?|nairas?|\$|[€\u0080]|£))(?![\p{L}])/iu;
// Sticky lookbehind, asked at the figure's position (see looking-back.ts): money, an age,
// "moins de 30" (under thirty is no count; "pas moins de 30" is at least thirty), and a part of a figure
// ("la moitié des 300 suspects").
const NOT_A_COUNT_BEFORE =
  /(?<=(?:[$€\u0080£¥]|US\$|(?<![\p{L}])(?:USD|EUR|GBP|CHF|âgée?s?\s+de|âge\s+de|valeur\s+(?:de|d')|valant|évaluée?s?\s+à|estimée?s?\s+à|montant\s+de|(?<!pas\s)moins\s+(?:de|d')|n°|numéro|(?:un|une|deux|trois|quatre|\d)\s+sur|(?:moitié|tiers|quart|majorité|plupart|partie)\s+(?:des|de\s+(?:ces|ses|leurs|nos))))\s*)/iuy;

const NOT_ARTICLE = NUMBER_WORD.split('|')
  .filter((word) => word !== 'un' && word !== 'une')
  .join('|');
// A comparison ("contre 300 l'an dernier"): the figures after it are not this operation's.
// "contre" alone is "against" ("une action contre la traite"): only before a figure.
const COMPARED = new RegExp(
  `(?<![\\p{L}])(?:contre\\s+(?=[\\d#]|(?:environ|près|plus|quelque|seulement|à\\s+peine|${NOT_ARTICLE})(?![\\p{L}]))|par\\s+rapport\\s+(?:à|aux?)|comparée?s?\\s+(?:à|aux?)|en\\s+comparaison\\s+(?:de|avec)|(?:à\\s+titre\\s+de|par)\\s+comparaison|en\\s+(?:hausse|baisse|augmentation|diminution|progression|recul)|une\\s+(?:hausse|baisse|augmentation|diminution)\\s+de|(?:de\\s+)?(?:plus|moins)\\s+qu(?:e|'))`,
  'giu'
);
// "212 arrestations en Espagne": one place's share (a list of places is where it happened).
const SHARE_AFTER =
  /^\s+(?:(?:ici|chez\s+nous|dans\s+notre\s+pays|sur\s+(?:notre|le)\s+(?:seul\s+)?(?:sol|territoire)(?:\s+national)?)(?![\p{L}])|(?:(?:(?:ont|a)\s+été\s+)?\p{Ll}+\s+)?(?:en|au|aux|à)\s+(?!(?:Europe|Afrique|Asie|Amérique|Océanie|Moyen-Orient)(?![\p{L}]))\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)?(?![\p{L}]|[\s-]\p{Lu}|,\s*(?:en\s+|au\s+|aux\s+|à\s+)?\p{Lu}|\s+et\s+(?:en\s+|au\s+|aux\s+|à\s+)?\p{Lu}))/u;

// A country's police or authorities, by the adjective of its nationality (feminine, as these nouns are):
// "la police brésilienne", "les autorités roumaines"; a continent's are all of them.
const ONE_COUNTRYS =
  '(?:polices?|autorités|forces|douanes|gendarmerie|garde\\s+civile|équipes|unités|services)\\s+(?!(?:européenne|africaine|asiatique|américaine|latino-américaine|sud-américaine|nord-américaine|ouest-africaine|est-africaine)s?(?![\\p{L}]))\\p{Ll}[\\p{Ll}-]*(?:aise|ienne|aine|oise|ole|ande|ane)s?';

// ("l'Initiative d'Accra, un mécanisme … lancé en 2017 par cinq pays": the countries of what was set up before)
const EARLIER =
  /^\s*(?:[Cc]haque\s+année|[Tt]ous\s+les\s+ans|[Cc]haque\s+été|[Cc]haque\s+hiver)\s*,|^\s*(?:Le\s+mois|La\s+semaine|L'année|Le\s+jour|La\s+veille)(?:\s+(?:précédent|précédente|d'avant|passé|passée|dernier|dernière|d'auparavant))?\s*,|(?<![\p{L}])(?:[Ss]elon|[Dd]'après)\s+les\s+(?:statistiques|chiffres|données|estimations)\s+(?:nationales|nationaux|officielles|officiels|du|de)(?![\p{L}])|(?<![\p{L}])(?:(?:[Cc]umulée?s|[Aa]dditionnée?s|[Rr]éunie?s),\s+les\s+(?:\p{L}+\s+)?(?:éditions|opérations)|l'an\s+(?:dernier|passé)|(?:mécanisme|initiative|programme|accord|plateforme|partenariat)\s[^.;!?\n]{0,60}?(?<![\p{L}])(?:lancée?|créée?|fondée?|signée?|mise?\s+en\s+place)\s+en\s+(?:19|20)\d\d(?![\d])|(?:l'été|l'hiver|l'automne|le\s+printemps|le\s+mois)\s+dernier|l'année\s+(?:dernière|précédente|passée)|(?:édition|opération|phase|campagne|action)s?\s+(?:précédentes?|antérieures?|passées)|(?<!cette\s)(?<!(?:bilan|résultats|chiffres)\s+de\s+la\s)(?:précédente|(?<!,\sla\s)première)\s+(?:édition|opération|phase|campagne|action)|(?:ses|leurs|les)\s+(?:deux|trois|quatre|cinq|\d)\s+(?:premières|précédentes)\s+(?:phases|éditions|opérations|étapes)|un\s+an\s+(?:plus\s+tôt|auparavant)|(?:au\s+cours\s+des|durant\s+les|pendant\s+les|ces)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:dernières\s+années|derniers\s+mois)|(?:[Ee]n\s+amont|[Aa]vant|[Ee]n\s+préparation)\s+de\s+(?:l'opération|la\s+(?:phase|semaine)\s+(?:de\s+terrain|d'action|opérationnelle|active))|[Aa]vant\s+(?:le\s+(?:lancement|début|coup\s+d'envoi)\s+(?:de\s+)?)?l'opération|[Aa]vant\s+(?:le|son)\s+lancement|(?:premières?|précédentes?)\s+journées\s+d'action|il\s+y\s+a\s+(?:moins\s+d'|plus\s+d'|près\s+d')?un\s+an|(?:a|ont)\s+depuis\s+(?:lors\s+)?(?:permis|identifié|secouru|arrêté|saisi|conduit|abouti)|depuis\s+(?:le\s+lancement\s+(?:de\s+l'|du\s+|de\s+la\s+)(?:initiative|programme|campagne|projet|plan|stratégie)|son\s+lancement|sa\s+création(?<!\b(?:plus|jamais)\s[^.;]{0,160}création)|(?:19|20)\d\d(?<!(?<!\p{L})(?:qu(?:i|e|')|où)\s?(?:[^,.;«»\n]|,\s(?=(?:les|la|le|des|du)\s|l')){0,80}depuis\s+\d{4})|le\s+début\s+de\s+l'année(?<!(?<!\p{L})(?:qu(?:i|e|')|où)\s?(?:[^,.;«»\n]|,\s(?=(?:les|la|le|des|du)\s|l')){0,120}depuis\s+le\s+début\s+de\s+l'année)|(?:le\s+mois\s+de\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+dernier)|(?:fait|faisait)\s+suite\s+(?:à\s+l'opération|à\s+l'édition|à\s+la\s+(?:première|précédente)|à\s+une\s+première)|dans\s+le\s+prolongement\s+de\s+l'opération|avai(?:en)?t\s+alors|s'étai(?:en)?t\s+(?:soldée?s?|conclue?s?|achevée?s?|terminée?s?|traduite?s?)|avai(?:en)?t\s+(?:déjà\s+|alors\s+|notamment\s+)?(?:participé|suivi|pris\s+part|mobilisé|permis|conduit|abouti|réuni|donné\s+lieu|débouché|entraîné|contribué))(?![\p{L}])/iu;

const PLAIN_NAME =
  "(?:\\p{Lu}|\\p{Ll}{1,3}(?=\\p{Lu}))[\\p{L}\\d'-]*(?:\\s+(?:(?:(?:the|of|at|on)\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\d'-]*|[IVXLC]+(?![\\p{L}])|\\d+(?:\\.\\d+)?(?:-(?:[IVXLC]{1,4}|\\d{1,2}))?(?![\\p{L}\\d])))*";
const NAME = `(?:${NUMBER_LED_NAME}|${PLAIN_NAME})`;
// A list item opening on a place and a colon, a figure and its noun after it: "– Nigeria : 130 arrestations",
// "• Afrique du Sud : plus de 40 personnes". Not one opening on a figure's own label ("– Arrestations : 306 suspects").
const ITEM_LABEL =
  '(?:Total|Bilan|Résultats?|Chiffres|Arrestations?|Interpellations?|Personnes|Suspects|Victimes|Pays|Policiers|Agents|Enquêtes|Migrants|Saisies?|Opérations?)';
// (nor a label that names the thing counted after it: "– Sites : 412 sites fermés")
const LABEL_OF_ITS_NOUN =
  '\\p{Lu}(?<itemRest>\\p{Ll}{2,})[^:\\n]{0,30}:\\s*(?:\\p{L}+\\s+){0,2}\\d[\\d\\s.,\u00a0\u202f]*?\\s(?:\\p{Ll}+\\s+){0,4}?(?:d[\\u0027’])?\\p{Ll}\\k<itemRest>(?!\\p{L})';
const PLACE_ITEM = `${LIST_BULLET}\\s*(?!${ITEM_LABEL}(?![\\p{L}]))(?!${LABEL_OF_ITS_NOUN})\\p{Lu}[\\p{L}'-]+(?:\\s(?:du\\s|de\\s|des\\s|d')?\\p{Lu}[\\p{L}'-]+){0,2}\\s?:(?=\\s*(?:\\p{L}+\\s+){0,2}(?:\\d[\\d.,]*(?:\\s\\d[\\d.,]*)*\\s+\\p{L}|(?:${NUMBER_WORD})\\s+(?:«\\s?)?\\p{L}+\\s+(?:arrêté|interpellé|appréhendé|détenu)))`;
// "Thunder 2023, une opération mondiale": a name with its edition, then what it is.
const NAME_THEN_WHAT =
  "(?<![\\p{L}'])(?=\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?\\s(?:\\d{1,4}|[IVXLC]{1,6})\\)?,\\s(?:une\\s|l')(?:opération|action)(?![\\p{L}]))";
// "ont participé à Flash-Weka, une opération", "une nouvelle édition des Global Airport Action Days, une action":
// a name without an edition, where what it names is said right after and what comes before joins it.
const JOINED_THEN_WHAT = `(?<=(?<![\\p{L}])(?:particip\\p{L}*\\s+à|part\\s+à|édition\\s+(?:des|du|de)|(?:a|ont|avait|avaient)\\s+(?:coordonné|mené|lancé|organisé|piloté|dirigé|conduit))\\s)(?=${NAME},\\s(?:une\\s|l')(?:opération|action|campagne|initiative)(?![\\p{L}]))`;
// (not a criminal group's name: "le groupe – connu … sous le nom de TMT – développait"; nor a malware's: "l'un des
// logiciels malveillants les plus anciens, Andromeda, également connu sous le nom de Gamarue")
const CODENAMED = new RegExp(
  `(?:(?<![\\p{L}])(?:(?:projet(?<=(?:résultats|bilan)\\s{1,3}du\\s{1,3}projet)|[Bb]aptisée?s?|[Dd]énommée?s?|[Ii]ntitulée?s?|(?<=(?:opération|action|campagne|initiative),?\\s)(?:dite|appelée|nommée|surnommée)|dont\\s+le\\s+nom(?:\\s+de\\s+code)?\\s+est|connue?s?\\s+sous\\s+le\\s+nom\\s+de(?<!(?:groupe|gang|réseau|bande|clan|cartel|organisation|filière|pirate|logiciel|maliciel|rançongiciel|virus|botnet|forum|plateforme)s?(?![\\p{L}])[^.;]{0,100})|(?:sous\\s+le\\s+)?[Nn]om\\s+de\\s+code|sous\\s+le\\s+nom\\s+de(?<!(?:groupe|gang|réseau|bande|clan|cartel|organisation|filière|pirate|logiciel|maliciel|rançongiciel|virus|botnet|forum|plateforme)s?(?![\\p{L}])[^.;]{0,100}))\\s+|sous\\s+le\\s+nom\\s+d'(?<!(?:groupe|gang|réseau|bande|clan|cartel|organisation|filière|pirate|logiciel|maliciel|rançongiciel|virus|botnet|forum|plateforme)s?(?![\\p{L}])[^.;]{0,100}))(?:["«]\\s?)?(?:[Oo]pération\\s+(?:["«]\\s?)?)?|${NAME_THEN_WHAT}|${JOINED_THEN_WHAT})(?<name>${NAME})`,
  'gu'
);
// "l'opération mondiale Pangea XVII", "l'opération douanière conjointe Diabolo II": describing words may stand between.
const OPERATION = new RegExp(
  `(?<![\\p{L}])(?:[Oo]pération|[Ee]xercice(?=\\s+\\p{Lu}))\\s+(?:(?:douanière|policière|internationale|mondiale|conjointe|régionale|européenne|coordonnée|antidrogue|antiterroriste|spéciale|maritime|navale)\\s+){0,2}(?:["«]\\s?)?(?<name>${NAME})`,
  'gu'
);
const AGENCY_NAMES =
  'INTERPOL|Interpol|Europol|EUROPOL|Frontex|FRONTEX|Eurojust|AFRIPOL|Afripol|AMERIPOL|ASEANAPOL|UNODC|ONUDC|OMD|OLAF';

const OF = "(?:de\\s+l'|de\\s+la\\s+|du\\s+|des\\s+|de\\s+|d')";
// (also "coordonnée par le Centre européen de lutte contre la cybercriminalité (EC3) d'Europol": the agency's own unit
// led it; not "par la Guardia Civil avec l'appui d'Europol")
const LEADS_BEFORE = new RegExp(
  `(?:(?:coordonn|men|emmen|pilot|dirig)(?:é|ée|és|ées)\\s+par\\s+(?:le\\s+|la\\s+|l')\\p{Lu}[\\p{L}-]*(?:\\s+(?!(?:avec|et|en|appui|soutien|concours|collaboration|participation|police|polices|autorités)(?![\\p{L}]))[\\p{L}-]+){0,6}(?:\\s+\\(\\p{Lu}[\\p{Lu}\\d]{1,7}\\))?\\s+(?:de\\s+(?:la\\s+|l')?|du\\s+|d')$|(?:coordonn|men|emmen|pilot|organis|dirig|lanc|supervis|orchestr|chapeaut)(?:é|ée|és|ées)(?:\\s+conjointement|\\s+(?:au|à\\s+l')\\s*(?:niveau|échelle)\\s+(?:international|européen|mondial|régional|internationale|européenne|mondiale|régionale)|\\s+internationalement)?\\s+par\\s+(?:l'|le\\s+|la\\s+|les\\s+)?|conduite?s?\\s+par\\s+(?:l'|le\\s+|la\\s+|les\\s+)?|sous\\s+(?:l'égide|l'impulsion|la\\s+coordination|la\\s+direction|la\\s+conduite|le\\s+pilotage|la\\s+houlette)\\s+${OF}|à\\s+l'initiative\\s+${OF}|(?:coordonnée?s?|pilotée?s?|dirigée?s?)\\s+depuis\\s+(?:le|son)\\s+(?:siège|quartier\\s+général|centre\\s+opérationnel|centre\\s+de\\s+coordination)\\s+${OF}|opération\\s+(?:\\p{Ll}+\\s+)?(?:de\\s+l'|d'|de\\s+)|(?:a|ont)\\s+(?:annoncé|indiqué|précisé|déclaré|fait\\s+savoir)\\s+(?:l'|le\\s+|la\\s+)?)$`,
  'iu'
);
// "INTERPOL et l'OMD ont mené conjointement": the first of two subjects led as much as the second.
const WITH_PARTNER_LED = `\\s+(?:et|&)\\s+(?:l'|le\\s+|la\\s+|les\\s+)?(?:${AGENCY_NAMES}|Organisation|Agence|Office)(?:\\s+(?!ont(?![\\p{L}]))[\\p{L}'-]+){0,4}\\s+ont\\s+(?:conjointement\\s+)?(?:coordonné|dirigé|mené|piloté|organisé|conduit|lancé|supervisé|orchestré)`;
const LEADS_AFTER = new RegExp(
  `^(?:\\s*\\(\\p{Lu}{2,8}\\))?(?:${WITH_PARTNER_LED}|\\s?,\\s+qui\\s+(?:a|avait)\\s+(?:coordonné|dirigé|mené|piloté|organisé|conduit|supervisé|lancé)|\\s+(?:a|ont|avait)\\s+(?:conjointement\\s+)?(?:coordonné|dirigé|mené|piloté|organisé|conduit|lancé|chapeauté|annoncé|indiqué|déclaré|précisé|supervisé|orchestré|(?:présenté|dévoilé)(?!\\s+(?:conjointement|ensemble)))|\\s+(?:coordonne|dirige|mène|pilote|organise)(?![\\p{L}]))`,
  'iu'
);
// "coordonnée par l'Organisation mondiale des douanes et INTERPOL": the partner's name is read past whole.
const AND_PARTNER =
  /(?<!\s)(?:\s+mondiale\s+des\s+douanes|\s+internationale\s+de\s+police\s+criminelle)?\s+(?:et|&)\s+(?:l'|le\s+|la\s+|les\s+)?$/u;
// "avec le soutien d'AFRIPOL", "appuyée par Europol", "en coopération avec l'OMD", "par l'intermédiaire d'INTERPOL",
// "par les canaux d'INTERPOL" (its channels): a supporter, not the lead.
const SUPPORTS = new RegExp(
  `(?<![\\p{L}])(?:(?:bases?\\s+de\\s+données|fichiers?|notices?\\s+rouges?|(?:chiffres|données|statistiques)(?:\\s+(?:publiée?s?|fournie?s?)\\s+par)?)\\s+(?:${OF}|(?<=par)\\s*)|(?<![\\p{L}])[Ss]elon\\s+|(?<![\\p{L}])(?:transmise?s?|communiquée?s?|partagée?s?|remise?s?|envoyée?s?|signalée?s?)\\s+(?:à\\s+|avec\\s+)(?:l'|le\\s+|la\\s+)?$|(?<![\\p{L}])par\\s+l'intermédiaire\\s+(?:d'|de\\s+l'|de\\s+|du\\s+)$|(?<![\\p{L}])(?:par|via)\\s+les\\s+canaux\\s+(?:\\p{Ll}+\\s+)?(?:d'|de\\s+l'|de\\s+|du\\s+)$|(?<![\\p{L}])(?:représentants|délégués|experts|observateurs)\\s+${OF}(?:[^.;]{0,60}?(?:,|(?<=\\s)et)\\s+${OF})?$|(?<![\\p{L}])partenaires(?:\\s\\p{Ll}+)?\\s?[–—\u0096\u0097:][^.;()]{0,120}$|(?:soutien|appui|concours|aide|assistance|participation)(?:\\s+(?:actif|active|opérationnel|opérationnelle|technique|logistique|financier|précieux))?\\s+${OF}(?:\\p{Lu}[\\p{L}-]*\\s+et\\s+${OF})?|(?:soutenu|appuyé|assisté|épaulé|financé)(?:e|s|es)?\\s+par\\s+(?:l'|le\\s+|la\\s+|les\\s+)?|(?:en\\s+(?:étroite\\s+)?(?:coopération|collaboration|partenariat|lien|liaison)\\s+(?:étroite\\s+)?|(?:travaillant|collaborant|coopérant|agissant)\\s+(?:étroitement\\s+|conjointement\\s+)?)avec\\s+(?:l'|le\\s+|la\\s+|les\\s+)?|officiers?\\s+de\\s+liaison\\s+(?:de\\s+|d')(?:\\p{Lu}[\\p{L}-]*\\s+et\\s+(?:de\\s+|d'))?)$`,
  'iu'
);
// "Frontex fournissait des analyses de risque", "Europol a apporté son soutien": named after, as a supporter.
const SUPPORTS_AFTER =
  /^(?:,\s+|\s+)(?:a|ont|avait|avaient)\s+(?:soutenu|appuyé|épaulé|aidé|assisté|accompagné|facilité|(?:accueilli|organisé|hébergé)\s+(?:[\p{L}'-]+\s+){0,4}?(?:une?\s+|des\s+|les\s+)?(?:réunions?|rencontres?|ateliers?|formations?|séminaires?))(?![\p{L}])|^(?:,\s+|\s+)(?:(?:a|ont|avait|avaient)\s+)?(?:fourni|fournissai|fournit|apport|prêt|offert|offrai|assur)\p{L}*\s+(?:son\s+|leur\s+|un\s+|une\s+|des\s+|du\s+|de\s+l'|d')?(?:\p{Ll}+\s+)?(?:soutien|appui|concours|aide|assistance|analyses?|expertise|renseignements|informations|moyens|équipes|experts|agents)(?![\p{L}])/u;
// "menée conjointement par le FBI et la police néerlandaise, avec l'appui d'Europol", "une opération conjointe
// de la police espagnole et d'Europol": led by two, one of them perhaps no agency (nothing after the cue ends
// the sentence before the agency's name; not a body's own "opération conjointe de Frontex").
const JOINTLY =
  /(?<![\p{L}])(?:conjointement\s+(?:par|avec|entre)\s|(?:opération|action|enquête|campagne)\s+conjointe\s+(?:de\s|d'|du\s|des\s|entre\s)(?!(?:la\s|le\s|l')?$))[^.;:!?\n]{0,100}$/iu;

// "Las Palmas de Gran Canaria": up to four capitalised words.
const PLACE = `(?!(?:${AGENCY_NAMES})(?![\\p{L}]))(?:(?:La|Le|Les)\\s+)?\\p{Lu}[\\p{L}'-]+(?:\\s+(?:de\\s+|d'|du\\s+|des\\s+|es\\s+)?\\p{Lu}[\\p{L}'-]+){0,3}`;
// An agency's seat: "depuis son siège", "le siège d'Europol", "Europol, dont le siège" ("une société
// qui a son siège à Dubaï" is no operation's).
// (and a national body's: "au Grand quartier général de la Sûreté du Québec, rue Parthenais, à Montréal")
const SEAT = `(?:(?<=(?:[Dd]epuis|[Dd]ans|à)\\s)(?:son|leur)\\s+${SEAT_WORD}|${SEAT_WORD}\\s(?:de\\sla|du|des)\\s\\p{Lu}[\\p{L}'-]*(?:\\s(?:du|de|des|de\\sla|d')?\\s?\\p{Lu}[\\p{L}'-]*){0,4}(?=(?:,\\s(?:rue|avenue|boulevard|place|quai)\\s[^,.;\\n]{1,40})?,\\sà\\s)|${SEAT_WORD}\\s+(?:de\\s+l'(?:[Oo]rganisation|[Aa]gence)|(?:d'|de\\s+)(?:${AGENCY_NAMES}))|(?<=(?:${AGENCY_NAMES})\\s?,\\s)(?:dont\\s+le\\s+siège|(?:installée?|basée?|établie?|située?)(?=\\s+à\\s))|[Ss]ecrétariat\\s+général|[Cc]omplexe\\s+mondial\\s+(?:(?:d'|de\\s+l')?(?:INTERPOL|Interpol)\\s+)?pour\\s+l'innovation)(?:\\s+(?:central|principal|européen|mondial))?(?:\\s+(?:de\\s+l'|d'|de\\s+)(?:[Oo]rganisation|[Aa]gence|${AGENCY_NAMES}))?(?:,?\\s+(?:qui\\s+)?(?:se\\s+trouve|se\\s+situe|est\\s+(?:situé|installé|basé|établi)|situé|installé|basé|établi))?(?:,\\s(?:rue|avenue|boulevard|place|quai)\\s[^,.;\\n]{1,40})?,?\\s+(?:à|de)\\s+`;
// ("un poste de commandement secondaire, ouvert à Québec": a second post, not where the operation was run from; "l'unité
// permanente de coordination …, installée dans les locaux de l'OLAF, à Bruxelles", "installé dans les locaux de la
// Direction de la police de l'air et des frontières, à Dakar": words may stand between)
const CENTRE = `(?:[Cc]entre|[Pp]oste|[Cc]ellule|[Ss]alle|[Pp]ôle|[Bb]ureau|[Uu]nité|[Dd]ivision)\\s+(?:(?:permanente?|centrale?|spéciale?|commune)\\s+)?(?:opérationnel(?:le)?|de\\s+coordination|de\\s+commandement|de\\s+conduite|(?<=[Cc]ellule\\s)centrale|d'opérations|des\\s+opérations(?:\\s+spéciales)?|de\\s+crise|de\\s+lutte|de\\s+fusion|régional(?:e)?|conjoint(?:e)?|de\\s+contrôle|de\\s+renseignement|européen|mondial|international)(?!\\s+(?:secondaire|auxiliaire|annexe|avancée?|mobile)s?(?![\\p{L}]))(?:\\s+(?:opérationnel(?:le)?|international(?:e)?|permanent(?:e)?|conjoint(?:e)?)(?=\\s+de\\s))?(?:(?:\\s+[\\p{L}'-]+){0,8}?(?:\\s\\(\\p{Lu}[\\p{Lu}\\d]{1,7}\\)(?:\\s+[\\p{L}'-]+){0,6}?)?,?\\s+(?:(?:installée?|située?|basée?|établie?|mise?\\s+en\\s+place|ouverte?|aménagée?)\\s+(?:au(?=\\s+\\p{Lu}[\\p{L}'-]+,\\s+en\\s)|(?:[\\p{L}'-]+,?\\s+){0,6}?(?:à|de)|(?:dans\\s+les\\s+locaux|à\\s+l'état-major|au\\s+siège|au\\s+quartier\\s+général)\\s+(?:de\\s+la|du|des|de\\s+l'|d')[^.;:!?\\n]{1,90}?,\\s+à)|à)|\\s+de)\\s+`;
const HQ = new RegExp(
  `(?<![\\p{L}])${SPOKE_FROM}(?:${SEAT}|${CENTRE_FIRST}${SPEAKERS_OFFICE}${CENTRE}|${FROM}|${WHERE_ITS_SEAT_IS}|${SET_UP_IN})(?<place>${PLACE})(?:(?:\\s\\((?=[^)\\n]{1,40}\\))|,\\s(?:en|au|aux)\\s|(?:,\\s(?:chef-lieu|capitale|ville|port)\\s[^,.;:!?\\n]{1,60})?,\\sdans\\s(?:le\\s|l')(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\\s(?:du\\s|de\\sla\\s|de\\sl'|des\\s))(?<country>\\p{Lu}[\\p{L}'-]+(?:[\\s-](?:d'|de\\s|du\\s)?\\p{Lu}[\\p{L}'-]+){0,2})\\)?)?`,
  'gdu'
);
// Sticky lookbehind, asked where the headquarters match starts (see looking-back.ts).
const RUN_FROM =
  /(?<=(?<![\p{L}])(?:coordonn|pilot|dirig|men|supervis|condui|gér|organis|suivi)\p{L}*(?:\s[\p{L}'-]+){0,6}\sdepuis\s(?:[\p{L}'-]+\s){0,3})/iuy;
// "lors d'une réunion prévue à Abidjan", "un atelier de planification organisé à Dakar": the operation's people gathered
// in a city (read only against a dated dateline: then another place than the press office's).
const GATHERED_IN =
  /(?<![\p{L}])(?:réunion|rencontre|conférence|atelier|séminaire|briefing|débriefing)s?(?:\s+(?!à(?![\p{L}]))[\p{L}'-]+){0,4}\s+à\s+(?<place>\p{Lu}[\p{L}'-]+)/gu;
// (a sentence that names the operation's centre is about running it: "a accueilli dans son siège de La Haye le centre de
// coordination")
const RUNS_IT =
  /(?<![\p{L}])(?:coordonn\p{L}*|pilot\p{L}*|dirig\p{L}*|supervis\p{L}*|l'opération|conduite\s+opérationnelle|centre\s+(?:de\s+coordination|opérationnel|de\s+commandement)|poste\s+de\s+commandement)/iu;

// A national body named as leading the operation: "l'opération Destabilise, menée par la National Crime Agency",
// "La Police nationale a présenté le bilan de l'opération", "La National Crime Agency (NCA) britannique a levé ce
// mercredi le voile sur Destabilise", "La Sûreté du Québec dresse aujourd'hui le bilan de l'opération SharQc" (not "a
// annoncé 300 arrestations": the body must present the operation itself).
// "La Police nationale a démantelé …", "La Guardia Civil (GC) a arrêté …", "La Gendarmerie royale du Canada (GRC)
// annonce avoir porté …", "Les agents de la Direction nationale … (DNRED), et plus particulièrement ceux de son service
// Cyberdouane, ont mis fin …" as the lead's subject; ", a annoncé la Police fédérale" as the one telling the news; a
// unit led by a body as its subject, that body: "L'Escouade nationale de répression du crime organisé (ENRCO), dirigée
// par la Sûreté du Québec, a mené …". (Also after a wire's tag and a hyphen, "/CNW Telbec/ - L'Escouade régionale mixte
// de la Montérégie (ERM Montérégie) a mené …": a place's name after the initials.)
// A country's adjective after a body's name, in its name: "la Douane sénégalaise" (not the verb after it, "a", "ont").
const NATIONALITY =
  '(?:\\s+(?!(?:a|ont)(?![\\p{L}]))(?:sud-|nord-)?\\p{Ll}+(?:aise|aises|ienne|iennes|aine|aines|ole|oles|ande|andes|ane|anes|ise|ises|oise|oises|ègue|que|ques|ine|ines|ain|ains|ien|iens|ais|ois|and|ands)(?![\\p{L}])|\\s+burkinab[èé]e?s?(?![\\p{L}]))';
const ANNOUNCED_BY = new RegExp(
  `(?:(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097]|\\.-|\\s-)\\s|\\s:\\s)(?:(?:Le|La|L')\\s*(?:Service|Direction|Unité|Division|Escouade|Brigade|Section)\\s(?:des|de|d')\\s?(?:[\\p{Ll}'-]+\\s){1,7}?(?:de\\sla|du|de\\sl')\\s*|(?:(?:Du|Le|Entre|Depuis|Dans)\\s|(?:Au\\s+terme|À\\s+l'issue)\\s+d(?:e\\s|'))[^,.;\\n]{1,90},\\s+(?:la|le|les|l')|Les\\s+(?:agents|enquêteurs|policiers|gendarmes|douaniers)\\s+(?:de\\s+la|du|de\\s+l')|La|Le|Les|L'|(?<=\\s:\\s)(?:la|le|les|l'))\\s*(?<body>(?:${NATIONAL_BODY}|${LOWER_CASE_BODY})${NATIONALITY}?)(?:\\s+\\(\\p{Lu}(?:[\\p{Lu}\\p{Ll}]{1,7}|\\p{Ll}{7,30})(?:\\s\\p{Lu}[\\p{L}-]+)?(?:,\\s[^()\\n]{1,40})?\\)(?:\\s+(?:du|de\\s+la|de\\s+l'|des)\\s+\\p{Lu}[\\p{L}-]+)?)?${NATIONALITY}?(?:,\\s+(?:avec|dans\\s+le\\s+cadre\\s+de|en\\s+(?:étroite\\s+)?(?:lien|collaboration|coopération|partenariat|liaison)\\s+avec|(?:travaillant|collaborant|coopérant|agissant)\\s+(?:étroitement\\s+|conjointement\\s+)?avec|et\\s+(?:plus\\s+particulièrement|notamment|en\\s+particulier))\\s+[^,.;]{1,120},|,\\s+(?:la|le|l')\\s*\\p{Ll}[^,.;()]{0,100},)?\\s+(?:a|ont|annonce\\s+avoir|annoncent\\s+avoir)\\s+(?:\\p{Ll}+ment\\s+)?(?!(?:participé|contribué|collaboré|pris\\s+part|apporté|prêté|assisté|soutenu|appuyé)(?!\\p{L}))\\p{Ll}+(?:é|i|is|it|u)(?!\\p{L})|(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097]|\\.-)\\s)(?:La|Le|Les|L')\\s*\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}'-]+){0,8}?\\s+\\(\\p{Lu}{2,8}\\),\\s+(?:dirigée?s?|chapeautée?s?|pilotée?s?)\\s+par\\s+(?:la\\s+|le\\s+|l')(?<led>(?:${NATIONAL_BODY}|${LOWER_CASE_BODY})${NATIONALITY}?),\\s+(?:a|ont)\\s+\\p{Ll}+(?:é|i|is|it|u)(?!\\p{L})|,\\s+(?:a|ont)\\s+(?:annoncé|indiqué|précisé|fait\\s+savoir)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\\s+)?(?:la|le|les|l')\\s*(?<told>(?:${NATIONAL_BODY}|${LOWER_CASE_BODY})${NATIONALITY}?))`,
  'gu'
);
// ("Organisée dans le cadre d'EMPACT, …, elle a été coordonnée par": "elle" after a sentence's opening participle;
// "L'opération, qui a mobilisé les polices de sept pays, est pilotée par"; initials in mixed case, "(ComGend)")
// (or opening the sentence, before it: "Pilotée par la police nationale, avec le concours de …, l'opération a …", "Initiée et
// coordonnée par la Drug Enforcement Administration (DEA) américaine, l'opération …"; "Ces
// interventions, baptisées « All Inclusive », sont conduites par la Police cantonale de Genève"; "l'intervention, planifiée et
// commandée par la Force de la MINUSTAH")
const LED_BY = new RegExp(
  `(?:(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097]|\\.-)\\s)(?:(?:(?:Planifié|Préparé|Conçu|Organisé|Initié|Lancé)e?\\s+et\\s+(?:mené|conduit|dirigé|coordonné|piloté)|Mené|Conduit|Dirigé|Coordonné|Piloté|Organisé)e?\\s+par|Placée?\\s+sous\\s+la\\s+direction\\s+(?=d[e'])(?:de\\s+)?)\\s*(?:la\\s+|le\\s+|les\\s+|l')(?=(?:${NATIONAL_BODY}|${LOWER_CASE_BODY})${NATIONALITY}?(?:\\s+\\((?:\\p{Lu}{2,8}|\\p{Ll}{3,8}|\\p{Lu}\\p{Ll}{1,4}\\p{Lu}\\p{L}{0,5})\\)${NATIONALITY}?)?(?:\\s+sous\\s+l'autorité\\s+[^,.;]{1,80})?(?:\\s+et\\s+(?:coordonnée?|pilotée?|appuyée?|soutenue?)\\s+[^,.;]{1,100})?(?:\\s+(?:du|de\\s+la|entre|depuis|en|le)\\s+[^,.;]{1,60})?(?:,[^.;]{0,160})?,\\s+(?:l'opération|l'action|cette\\s+(?:opération|mission)|(?:le|ce)\\s+(?:projet|dispositif)|elle(?<=opération[^.!?]{0,300}[.!?]\\s[^.!?]{0,400}))(?![\\p{L}]))|(?=[LlCcUue])(?<![\\p{L}])(?:(?<=(?:^|[.!?]\\s|\\n)(?:Organisée?|Menée?|Lancée?|Conduite?)\\s[^.;!?\\n]{1,240},\\s)elle|[Ll]'opération|[Ll]'action|[Ll]'intervention|[Cc]ette\\s+opération|[Cc]es\\s+(?:interventions|opérations|actions)|[Ll]a\\s+campagne(?:\\s+(?:navale|maritime|aérienne|internationale|multinationale|régionale|mondiale)){0,2}|[Uu]ne\\s+(?:opération|coalition)(?:\\s+(?:internationale|conjointe|coordonnée|policière|mondiale|régionale)){1,2}(?=\\s+(?:menée|emmenée|conduite|dirigée|coordonnée|pilotée|organisée)\\s)|(?<=(?:^|[.!?]\\s|\\n|[–—\u0096\u0097]\\s)[Uu]ne\\s)(?:vaste\\s|longue\\s)?enquête(?:\\s(?:internationale|conjointe|transfrontalière|de\\sgrande\\senvergure)){0,2}(?=\\s+(?:menée|conduite|dirigée|coordonnée|pilotée)\\s))(?:\\s+${NAME})?(?:\\s+\\([^)]{1,40}\\))?(?:,\\s+(?:la|le|une|un)\\s+[^,.;()]{1,100},|,\\s+qui\\s+[^,.;()]{1,100},|,\\s+baptisée?s?\\s+[^,.;()]{1,80},|,\\s+(?:une|un)\\s+(?:enquête|investigation|opération)(?:\\s+[^,.;()\\s][^,.;()]{0,60}?)?(?=\\s+(?:menée|conduite|dirigée|coordonnée|pilotée)\\s+par\\s))?,?\\s+(?:(?:a\\s+été|était|est|sont)\\s+)?(?:(?:(?:planifiée?|préparée?|conçue?)\\s+et\\s+)?(?:menée?|emmenée?|conduite?s?|dirigée?|coordonnée?|pilotée?|organisée?|déclenchée?|commandée?)\\s+(?:en\\s+(?:\\p{Ll}+\\s+)?(?:(?:19|20)\\d\\d|####)\\s+)?(?<jointly>conjointement\\s+)?par|(?:menée?|conduite?|placée?)\\s+sous\\s+la\\s+direction\\s+(?:de|d'))\\s+(?:la\\s+|le\\s+|les\\s+|l'|(?=\\p{Lu}[\\p{L}-]*\\s+\\p{Lu})|(?=\\p{Lu}{2,6}(?![\\p{L}])))(?:(?:bureau|service|division|antenne|section)\\s+(?:régional\\s+|local\\s+|extérieur\\s+)?(?:du|de\\s+la|de\\s+l')\\s*(?=\\p{Lu}{2,6}(?![\\p{L}])))?|(?=\\p{Lu})(?<![\\p{L}]|(?<![Ll])')(?=${NATIONAL_BODY}(?:\\s+\\(\\p{Lu}{2,8}\\),?)?(?:\\s+\\p{Ll}+)?\\s+(?:(?:(?:a|avait)\\s+(?:présenté|dévoilé|publié|dressé|rendu\\s+public)|présente|dévoile|publie|dresse|rend\\s+public)\\s+(?:ce\\s+\\p{Ll}+\\s+|aujourd'hui\\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?:(?:le|un)\\s+(?:premier\\s+)?bilan|les\\s+(?:premiers\\s+)?résultats)\\s+(?:de\\s+(?:la\\s+(?:(?:première|deuxième|seconde|dernière)\\s+(?:phase|année)|phase\\s+(?:offensive|opérationnelle|active|terrain))\\s+de\\s+)?l'opération|du\\s+projet)|(?:a|avait)\\s+levé\\s+(?:[\\p{L}']+\\s+){0,2}?le\\s+voile\\s+sur|(?:a\\s+fait|fait)\\s+le\\s+point\\s+sur\\s+l'opération|(?:a|ont)\\s+(?:(?:initié|lancé|planifié|préparé|conçu)\\s+et\\s+)?(?:coordonné|dirigé|piloté)\\s+l'opération)(?![\\p{L}])))(?<body>(?:${NATIONAL_BODY}|${LOWER_CASE_BODY})${NATIONALITY}?)`,
  'gu'
);

export const FRENCH: LanguageRules = {
  code: 'fr',
  numbers: {
    figure: QN,
    read: readFrench,
    rounded: ROUNDED,
    qualifierBefore: frenchQualifierBefore,
    bracketed: BRACKETED,
    totalOf: ['un total de', 'au total'],
    total: {
      before: /(?<![\p{L}])(?:un\s+total\s+de|au\s+total|en\s+tout|soit),?(?:\s+[\p{L}']+){0,2}?\s+$/iu,
      after: /^,?\s+(?:au\s+total|en\s+tout)(?![\p{L}])/iu,
    },
    grouped: /^\d{1,3}(?: \d{3})+$/,
  },
  stats: FR_STAT_RULES,
  share: {
    // One country's or one unit's share of a figure ("dont 212 en Espagne").
    // One country's police ("la police brésilienne a arrêté 400 personnes") is a share too.
    words: new RegExp(
      `(?<![\\p{L}])(?:dont|parmi\\s+(?:lesquels|lesquelles|eux|elles)|y\\s+compris|notamment|respectivement|chacun|chacune|à\\s+(?:elle|lui|eux|elles)\\s+seul(?:e|s|es)?|${ONE_COUNTRYS})(?![\\p{L}])`,
      'giu'
    ),
    // ("Une semaine d'action … a, pour sa part, abouti à 16 arrestations": one part of the operation, as "à elle seule";
    // "Pour la seule Fédération de Russie, …": one country's)
    alone:
      /(?<![\p{L}])(?:à\s+(?:elle|lui|eux|elles)\s+seul(?:e|s|es)?(?![\p{L}])|pour\s+(?:sa|leur)\s+part(?![\p{L}])|(?:pour|dans|sur)\s+(?:la|le|les)\s+seule?s?\s+\p{Lu}[\p{L}'-]*|(?:sur|en)\s+(?:le\s+)?(?:territoire|sol)\s+national(?![\p{L}])|rien\s+qu'(?:en|au|aux|à)(?![\p{L}])|(?:en|au|aux|(?<=^|[.!?]\s|\n)(?:le|la|les|l'))\s*(?!(?:Europe|Afrique|Asie|Amérique|Océanie)(?![\p{L}]))\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?,\s+où(?![\p{L}]))/giu,
    // "En Espagne, 212 personnes…", "Sur l'île de Montréal, 57 suspects …": a sentence that opens on one place, or on
    // one country's force ("Les équipes
    // camerounaises ont procédé à 27 arrestations et saisi …, 48 défenses …"). So does a list item that opens on a
    // name and a colon ("– Nigeria : 130 arrestations"), not on what is counted ("– Arrestations : 306 suspects"),
    // and one on the busiest stretch ("Le mois d'août 2014 a été le plus intense, avec près de 25 000 personnes").
    inOnePlace: new RegExp(
      `^\\s*(?:${LIST_BULLET}\\s*)?(?:(?:Les|La|Le)\\s+${ONE_COUNTRYS}(?![\\p{L}])|(?:Le\\s+mois|La\\s+semaine|La\\s+journée|Le\\s+jour|La\\s+nuit|Le\\s+week-end)(?![\\p{L}])[^.;]{0,40}?\\s(?:(?:a|avait)\\s+été|fut|reste|restera(?:\\s+comme)?)\\s+(?:le|la)\\s+plus\\s+(?:intense|chargée?|active?|importante?|dense)(?![\\p{L}])|(?:La\\s+journée|Le\\s+jour|La\\s+semaine|Le\\s+mois)\\s+l[ea]\\s+plus\\s+(?:intense|chargée?|active?|importante?|dense)(?![\\p{L}])|(?:Sur\\s+l['’]île|Dans\\s+(?:la\\s+(?:seule\\s+)?(?:région|province|ville|commune|wilaya|préfecture)|le\\s+(?:seul\\s+)?(?:département|canton|district|territoire|gouvernorat)|l['’](?:État|agglomération|île)))\\s+(?:de\\s+|du\\s+|d['’])(?:la\\s+|l['’])?\\p{Lu}[\\p{L}'-]+(?:[\\s-](?:de\\s|du\\s)?\\p{Lu}[\\p{L}'-]+){0,2},|(?:Dans|Chez)\\s+nous,|Dans\\s+notre\\s+pays,|(?:Dans|Lors|Au\\s+cours)\\s+(?:d['’])?(?:un|une)\\s+(?:seule?\\s+)?(?:cas|descente|perquisition|saisie|intervention|opération\\s+menée)(?![\\p{L}])|(?:En|Au|Aux|À)\\s+\\p{Lu}[\\p{L}'-]+(?:\\s(?:du\\s|de\\s|des\\s)?[\\p{L}'-]+){0,2},|(?:Le\\s+|La\\s+|L['’]\\s*)?(?!(?:INTERPOL|Interpol|Europol|Frontex|AFRIPOL|Le|La|Les|Ce|Cette)(?![\\p{L}]))\\p{Lu}[\\p{L}'-]+(?:\\s(?:du\\s|de\\s)?\\p{Lu}[\\p{L}'-]+){0,2}\\s+(?:a|ont)\\s+(?:concentré|enregistré|totalisé|affiché|fourni)\\s+(?:le\\s+plus\\s+grand\\s+nombre|la\\s+plus\\s+grande\\s+(?:part|activité)|l['’]essentiel|la\\s+majorité|les\\s+meilleurs\\s+résultats)(?![\\p{L}])|${PLACE_ITEM})`,
      'u'
    ),
    after: SHARE_AFTER,
    whole: /(?:pays|nations|États|juridictions|territoires|participants|impliqués)$/iu,
    // "Le volet français en chiffres", "La contribution belge", "Les résultats en France", "En Espagne" (not "Le bilan
    // mondial", "La contribution africaine": many countries)
    paragraph: ONE_COUNTRY_PARAGRAPH,
    section:
      /^(?:(?:Le|La|Les|L')\s*)?(?:volet|bilan|contribution|participation|résultats|chiffres|dispositif|part|action|côté)\s+(?:(?!(?:mondial|international|européen|global|régional|africain|asiatique|américain|latino-américain|sud-américain|ouest-africain)e?s?(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?:ais|aise|ol|ole|ien|ienne|ain|aine|and|ande|ois|oise|ge|que|se)s?|(?:en|au|aux)\s+\p{Lu}[\p{L}-]+)(?![\p{L}])|^(?:En|Au|Aux)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$|^(?:Quelques|Autres)\s+(?:exemples|affaires|cas|saisies)(?:\s+(?:marquant|significati|notable)\p{L}*)?$|^(?:Exemples|Affaires\s+marquantes|Cas\s+marquants)$/u,
  },
  // What makes a figure something else: not a count, a comparison, an earlier edition, the boilerplate.
  notACountAfter: NOT_A_COUNT_AFTER,
  notACountBefore: NOT_A_COUNT_BEFORE,
  compared: COMPARED,
  earlier: {
    text: EARLIER,
    planned: FR_PLANNED,
    lastYear: /(?<!\p{L})l'(?:an\s+(?:dernier|passé)|année\s+(?:dernière|passée))(?!\p{L})/giu,
    yearly:
      /(?<!(?:organisée?s?|menée?s?|conduite?s?|tenue?s?|lancée?s?|répétée?s?|renouvelée?s?|reconduite?s?|a\slieu|se\stient|se\sdéroule|coordonne|organise|dirige|mène|lance)\s)(?<![\p{L}])(?:chaque\sannée|tous\sles\sans|par\san|annuellement)(?![\p{L}])/iu,
    yearEdition:
      /(?<![\p{L}])(?:édition|opération|phase|campagne|session|journées\s+d'action)\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)/giu,
    inYear:
      /(?<![\p{L}])(?<!(?<![\p{L}])(?:mort|morte|morts|décédée?s?|née?s?|mourut)\s)(?:en|de|durant|pendant|lors\s+de|au\s+cours\s+de)\s+((?:19|20)\d\d)(?!\d)/giu,
    happened:
      // (or a sentence opening on its year: "En 2017, les carabiniers ont arrêté plus de 1 900 personnes", or on a
      // phase and its year: "Lors de la première phase, en 2021, les douaniers ont saisi …")
      /^\s*(?:En|Au\s+cours\s+de)\s+(?:l'année\s+)?(?:19|20)\d\d\s*,|^\s*(?:Lors\s+de|Au\s+cours\s+de|Pendant|Durant)\s+(?:l'opération\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:19|20)\d\d\s*,|^\s*(?:Lors|Au\s+cours|Pendant|Durant)\s+(?:de\s+la|de\s+sa|d'une|la|sa|une)\s+(?:première|deuxième|seconde|précédente|phase|étape)(?![\p{L}])[^,.;]{0,60},\s*en\s+(?:19|20)\d\d\s*,|(?<![\p{L}])(?:avait|avaient|a\s+eu\s+lieu|s'est\s+(?:déroulée?s?|tenue?s?)|s'était\s+(?:déroulée?s?|tenue?s?|soldée?)|s'étaient\s+soldées?|a\s+permis|a\s+abouti|a\s+conduit|a\s+donné\s+lieu|a\s+mobilisé|a\s+réuni|ont\s+participé|est\s+née|a\s+vu\s+le\s+jour|a\s+débuté|a\s+commencé|^\s*(?:Lancée?s?|Créée?s?)\s+en\s+(?:19|20)\d\d)(?![\p{L}])/iu,
    // "La première phase de l'opération, menée du 3 au 14 mars", "Lors de sa première phase, …"
    phases: {
      first: /^\s*(?:(?:Lors|Au\s+cours|Pendant|Durant)\s+de\s+)?(?:la|sa)\s+première\s+(?:phase|étape)(?![\p{L}])/iu,
      later: /(?<![\p{L}])(?:deuxième|seconde|troisième|quatrième|cinquième)\s+(?:phase|étape)(?![\p{L}])/iu,
    },
  },
  // A heading of its own ("À propos d'INTERPOL", "À propos de l'OMD"), not a sentence opening on "À propos de".
  boilerplate: /^[ \t]*(?:À|A)\s+propos\s+(?:d'|de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+)[^\n.,;:!?]{1,60}(?:$|:)/mu,
  dates: { ranges: FR_DATE_RANGES, singles: FR_SINGLE_DATES, pairs: FR_DATE_PAIRS },
  operationWord: '[Oo]pération',
  codename: {
    cued: CODENAMED,
    operation: OPERATION,
    // ("un premier bilan de Frank, l'opération nationale qu'elle a déclenchée": a name told as an operation)
    described:
      /(?<![\p{L}])(?:bilan|résultats)\s+de\s+(?!(?:La|Le|Les|Cette|Ce)(?![\p{L}]))(?<name>\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|[IVXLC]+|\d{1,4}))?),\s+(?:l'|une\s+)(?:\p{Ll}+\s+)?(?:opération|offensive|campagne)(?![\p{L}])/gu,
    // "Rinascita Scott a été menée par les carabiniers" (the headline must name it too)
    ledName:
      /(?<![\p{L}\d'-])(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}(?: (?:[IVXLC]+|\d{1,4}))?),? (?:a été|avait été|est|était) (?:menée|coordonnée|conduite|dirigée|pilotée|organisée) par\b/gu,
    notName: new RegExp(`^(?:Le|La|Les|L|Ce|Cette|Il|Elle|Un|Une|En|Au|${AGENCY_NAMES})$`),
    trailing: /(?<!\s)\s+(?:Le|La|Les|L'|Un|Une|Des|En|Au|Aux|À|Dans|Par|Pour|Sur|Et|De|Du|Lors|Selon|Ce|Cette)$/u,
    edition: { pattern: FR_EDITION, ordinal },
  },
  agency: {
    leadsBefore: LEADS_BEFORE,
    leadsAfter: LEADS_AFTER,
    andPartner: AND_PARTNER,
    supports: SUPPORTS,
    supportsAfter: SUPPORTS_AFTER,
    jointly: JOINTLY,
    jointlyAfter:
      /^\)?,?\s+(?:a\s+(?:dirigé|coordonné|mené|piloté)),\s+(?:conjointement\s+avec|avec|aux\s+côtés\s+d)(?:\s+|')(?:les\s+autorités|la\s+[Pp]olice|le\s+\p{Lu}|la\s+\p{Lu}|l')/u,
    ledBy: LED_BY,
    announcedBy: ANNOUNCED_BY,
  },
  headquarters: {
    place: HQ,
    runFrom: RUN_FROM,
    runsIt: RUNS_IT,
    trailing: /(?<!\s)\s+(?:Le|La|Les|Un|Une|En|Au|Aux|Dans|Par|Pour|Et)$/u,
    elsewhere: GATHERED_IN,
    // ("une réunion des points focaux nationaux tenue au siège d'AFRIPOL, à Alger": where a meeting was held)
    runByOthers: /(?<![\p{L}])tenue?s?\s+(?:au|à|dans)\s+(?:les?\s+|la\s+|l')?$/u,
    // (or where officers were trained before it: "des sessions de formation …, au sein de son Bureau régional … à Yaoundé")
    partnerBefore:
      /(?<![\p{L}])(?:en\s+(?:lien|liaison|contact)\s+avec|(?:sessions?|cours|stages?|ateliers?|modules?)\s+de\s+formation)\s[^.;()]{0,180}$/u,
    // ("installé au Pirée", "au Havre": the city is "Le Pirée", "Le Havre")
    articleOf: (before) => (AU_BEFORE.test(before) ? 'Le ' : AUX_BEFORE.test(before) ? 'Les ' : ''),
    lentSupport:
      /^,?\s+(?:appuyait|appuyaient|épaulait|épaulaient|soutenait|soutenaient|assistait|assistaient)(?![\p{L}])|^,?\s+(?:a|avait|ont|avaient)\s+(?:apporté|fourni|prêté|offert)\s+(?:un|une|son|leur|des)\s+(?:\p{L}+\s+)?(?:appui|soutien|concours|aide|assistance|expertise)(?![\p{L}])/u,
  },
};
