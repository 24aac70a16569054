import { LIST_BULLET, PARENTHESES } from '../languages/list-lines';
import { FR_GATHERING } from '../languages/gatherings';
import { NAMED_NATIONS } from '../languages/names';
import type { StatName } from '../../../../shared/stats';
import type { FieldRule } from '../languages/types';
import { holdsAt } from '../looking-back';
import { ADJ_POST, ADJ_PRE, BE, GAP, NAMED_AND_OTHERS, PERSONS, QN, STAT_FLAGS } from './figure-patterns';

/**
 * How a French release states each of the six stats, in French word order:
 * "3 744 arrestations", "3 744 personnes ont été interpellées", "interpellé
 * 3 744 suspects", "l'arrestation de 1 006 suspects", "119 pays", "près de
 * 14 000 policiers", "4 414 victimes identifiées", "l'identification de
 * 35 224 victimes", "12 992 migrants en situation irrégulière", "720 nouvelles
 * enquêtes", "l'ouverture de 720 enquêtes"; and what makes a match something else.
 */

const rule = (source: string) => new RegExp(source, STAT_FLAGS);
// A line of a list of figures: "Arrestations : 186", "- Pays participants : 23", "• Victimes secourues – 310".
const listed = (label: string) =>
  rule(`^${LIST_BULLET}?\\s*(?:${label})\\s*[:–\u0096—\u0097]\\s*${QN}(?:${PARENTHESES}[.;]?)?\\s*$`);
// A past participle with its agreement: "arrêté", "arrêtée", "arrêtés", "arrêtées".
const agreed = (stems: string) => `(?:${stems})(?:e|s|es)?(?![\\p{L}])`;

const ARRESTED = `(?:${agreed('arrêté|interpellé|appréhendé|écroué|capturé')}|${agreed('placé')}\\s+en\\s+(?:garde\\s+à\\s+vue|détention)|${agreed('privé')}\\s+de\\s+(?:leur\\s+)?liberté|${agreed('mis')}\\s+en\\s+état\\s+d'arrestation)`;
const VICTIMS = '(?:victimes|survivant(?:e)?s)(?![\\p{L}])';
const RESCUED = `(?:${agreed('identifié|secouru|sauvé|libéré|délivré|localisé|retrouvé|soustrait|extrait|recensé|repéré|détecté')}|${agreed('pris')}\\s+en\\s+charge|${agreed('mis')}\\s+(?:en\\s+sécurité|à\\s+l'abri))`;
// "ont mis en sécurité 87 victimes", "porté secours à 40 enfants": the rescue before whom it saved.
// People "pris en charge" may be migrants in care: only victims are taken in that way.
const PUT_SAFE = "(?:mis\\s+en\\s+sécurité|mis\\s+à\\s+l'abri|porté\\s+secours\\s+à)\\s+";
const TAKEN_IN = `(?:${PUT_SAFE}|(?:pris\\s+en\\s+charge|venu\\s+en\\s+aide\\s+à|porté\\s+assistance\\s+à)\\s+)`;
// People "libérées" may have been let go by the police: only rescue words count for people; "5 596 personnes ont été
// mises à l'abri" may be a camp's occupants sheltered: children, or people identified first, are victims so.
const FOUND_AND = `${agreed('identifié|localisé|retrouvé')}\\s+et\\s+`;
const PEOPLE_RESCUED = `(?:(?:${FOUND_AND})?${agreed('secouru|sauvé|délivré|soustrait|extrait')}|(?:${FOUND_AND})?${agreed('mis')}\\s+en\\s+sécurité|(?:${FOUND_AND}|(?<!(?:personnes|individus)\\s+(?:ont|avaient|sont)\\s+été\\s+))${agreed('mis')}\\s+à\\s+l'abri|${agreed('identifié')}\\s+comme\\s+(?:des\\s+)?(?:victimes|victimes\\s+potentielles))`;
const YOUNG_OR_PEOPLE =
  '(?:personnes|individus|femmes|enfants|mineurs|mineures|filles|garçons|jeunes|adolescents|adolescentes|travailleurs|travailleuses)(?![\\p{L}])';
// "de la traite", "d'exploitation sexuelle": what the victims were victims of.
const OF_WHAT = "(?:\\s+(?:de\\s+la\\s+|de\\s+l'|des\\s+|du\\s+|de\\s+|d')\\p{Ll}[\\p{Ll}-]*){0,2}";
// ("une vingtaine d'autres corps policiers", "forces policières": police forces, not officers; men said to be deployed
// are: "plus de 2 000 hommes ont été engagés")
const OFFICERS =
  "(?:(?<!(?:corps|services|forces|unités|organisations|organismes|agences|brigades|autorités)\\s)(?:policiers|policières)|gendarmes|carabiniers|carabinieri|douaniers|agents|fonctionnaires|enquêteurs|inspecteurs|inspectrices|écogardes|gardes-chasse|garde-chasses|garde-frontières|gardes-frontières|garde-côtes|gardes-côtes|militaires|officiers|personnels|effectifs|gardes\\s+(?:forestiers|nationaux|civils|républicains)|(?:membres|agents|représentants)\\s+des\\s+forces\\s+de\\s+l'ordre|hommes(?=\\s(?:ont\\sété|sont|étaient|avaient\\sété)\\s(?:engagés|déployés|mobilisés)(?![\\p{L}])))(?![\\p{L}])";
// "vingt-six États européens", "les 27 États membres": States said with what they are; not bare ("dans huit États :
// São Paulo, Paraná …", "dix-neuf États américains": a federation's), nor "États-Unis".
const COUNTRIES =
  "(?:pays|nations|États(?=\\s+(?!(?:du|de|des|et|ou|où|qui|que|dont|ont|sont|se|ne|y|en|à|au|aux|américains|mexicains|brésiliens|australiens|indiens|nigérians|fédérés|allemands|fédéraux)(?![\\p{L}']))\\p{Ll})|juridictions|territoires)(?![\\p{L}])";
// (and cases said to be opened: "cinq nouvelles affaires ont été ouvertes par le CBI")
const INQUIRIES =
  "(?:(?:enquêtes|investigations|procédures)(?:\\s+(?:judiciaires|pénales|criminelles))?|informations\\s+judiciaires|dossiers\\s+(?:d'enquête|d'investigation|judiciaires|pénaux)|affaires(?=\\s+(?:\\p{Ll}+\\s+){0,2}?(?:ont\\s+été|sont|avaient\\s+été)\\s+(?:ouvertes|lancées|engagées))|affaires(?=\\s+(?:pénales\\s+)?(?:enregistrées|ouvertes)(?![\\p{L}])))(?![\\p{L}])";
const OPENED = agreed('ouvert|lancé|engagé|initié|déclenché|diligenté|entamé');
// "s'élève à", "se montent à", "s'établit à", "sont au nombre de": a total stated after its noun.
const TOTALLED =
  "(?:s'élève\\s+à|s'élèvent\\s+à|s'est\\s+élevé\\s+à|se\\s+sont\\s+élevé(?:e|s|es)?\\s+à|atteint|atteignent|a\\s+atteint|ont\\s+atteint|se\\s+monte\\s+à|se\\s+montent\\s+à|s'est\\s+monté\\s+à|se\\s+sont\\s+monté(?:e|s|es)?\\s+à|s'établit\\s+à|s'établissent\\s+à|est\\s+de|était\\s+de|sont\\s+au\\s+nombre\\s+de|étaient\\s+au\\s+nombre\\s+de)";

// "3 000 personnes environ": a hedge after the match, which the qualifier (read before the figure)
// would miss; left out rather than proposed as exact.
const HEDGED_AFTER = /^\s+environ(?![\p{L}])/iu;
const hedged = (refuse?: RegExp) =>
  refuse ? new RegExp(`${HEDGED_AFTER.source}|${refuse.source}`, 'iu') : HEDGED_AFTER;

// "28 victimes, dont six mineures, ont été identifiées", "47 personnes (dont 12 femmes) ont été arrêtées":
// "Sept suspects – cinq Lettons et deux étrangers – ont été placés en garde à vue": an aside between dashes too.
// the share between the people and their verb is read past (its own figure is not matched).
// ("Dix-sept passeurs présumés, pour la plupart des pilotes de bateaux, ont été arrêtés": an aside on who they were.)
// ("Huit personnes, soupçonnées de les avoir achetés, ont été arrêtées": an aside on what they are suspected of,
// commas in it too.)
// ("Deux adultes, qui accompagnaient des enfants sous une fausse identité, ont été interpellés": a relative clause.)
const ASIDE =
  "(?:\\s+âgée?s\\s+de\\s+\\d{1,2}\\s+à\\s+\\d{1,2}\\s+ans|,\\s+qui\\s(?!\\s)[^,;:.()«»]{1,100},|,\\s+victimes\\s+(?:de\\s|d')[^,;:.()«»]{1,80},|,\\s+(?:soupçonn|suspect|accus|présum|originaire)\\p{L}*\\s(?!\\s)[^;:.()«»]{1,120}?,|,\\s+(?:dont|parmi\\s+(?:lesquelles|lesquels|elles|eux)|(?:pour\\s+)?la\\s+plupart|(?:beaucoup|nombre|plusieurs|certains|certaines)\\s+d['’]entre\\s+(?:eux|elles)|notamment)\\s(?!\\s)[^,;:.()«»]{1,100},|\\s+\\((?:dont|parmi\\s+(?:lesquelles|lesquels|elles|eux))\\s(?!\\s)[^,;:.()«»]{1,60}\\)|\\s[–\u0096—\u0097]\\s(?!\\s)[^–\u0096—\u0097,;:.()«»]{1,80}\\s[–\u0096—\u0097])?";

// Sticky lookbehinds, asked at the match (see looking-back.ts).
const AFTER_AN_ARTICLE = /(?<=(?<![\p{L}])(?:les|des|aux|ces|ses|leurs)\s+)/iuy;
// "300 policiers et gendarmes des cinq pays": the countries the officers came from, who took part.
// "450 membres de la police fédérale", "450 éléments", "450 hommes en tenue": read after a figure only (OFFICERS_OF
// looks back over OFFICERS).
// ("Près de 700 soldats de la paix et policiers", "450 Casques bleus": a mission's peacekeepers)
const MORE_OFFICERS =
  "(?:soldats\\s+de\\s+la\\s+paix|casques\\s+bleus|membres\\s+du\\s+personnel\\s+(?:policier|de\\s+(?:la\\s+)?police|douanier)|membres\\s+de\\s+la\\s+police(?:\\s+(?:fédérale|nationale|judiciaire|cantonale))?|éléments(?!\\s+(?:de\\s+preuve|d'(?:information|enquête|identification)|de\\s+langage))|hommes\\s+en\\s+(?:tenue|uniforme))(?![\\p{L}])";
// (and "agents dans les quatre pays", "les autorités de réglementation pharmaceutique des cinq pays")
const OFFICERS_OF = new RegExp(
  `(?<=(?:${OFFICERS}(?:\\s+et\\s+${OFFICERS})?\\s+(?:des|dans\\s+les)|(?<![\\p{L}])(?:polices|douanes|autorités|services)(?:\\s+[\\p{Ll}'-]+){0,3}\\s+des)\\s+)`,
  'iuy'
);

const ALREADY = /(?<![\p{L}])(?:(?<!d'ores\set\s)déjà|précédemment|antérieurement)(?![\p{L}])/iu;

export const FR_STAT_RULES: Record<StatName, FieldRule> = {
  arrests: {
    words: /arrest|interpell|arrêt|appréhend|écrou|captur|gardes?\s+à\s+vue|détention|liberté|mis\s+la\s+main/iu,
    patterns: [
      rule(
        `${QN}${GAP}${ADJ_PRE}(?:arrestations|interpellations|gardes\\s+à\\s+vue|placements\\s+en\\s+garde\\s+à\\s+vue)(?![\\p{L}])`
      ),
      // "72 personnes ont été inculpées, et 52 d'entre elles ont été arrêtées": those of the people the case names who
      // were arrested
      rule(`${QN}\\s+d'entre\\s+(?:elles|eux)\\s+(?!\\s)${BE}${ARRESTED}`),
      // ("171 suspects de piraterie ont été appréhendés": what suspects are suspected of, one word; not "47 chefs de
      // bande", some of them)
      rule(
        `${QN}${GAP}${ADJ_PRE}${PERSONS}${ADJ_POST}(?:(?<=suspects?)\\s+de\\s+(?!\\s)\\p{Ll}[\\p{Ll}-]*)?${ASIDE}\\s+(?!\\s)${BE}${ARRESTED}`
      ),
      rule(
        `(?<![\\p{L}])(?:(?:arrestation|interpellation)s?\\s+(?:de\\s+|d')|(?:${agreed('arrêté|interpellé|appréhendé')}|arrêter|interpeller|appréhender|mis\\s+en\\s+état\\s+d'arrestation|mis\\s+la\\s+main\\s+sur)\\s+(?:(?:hier|ce|cette)(?:\\s+(?:soir|matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|nuit))?\\s+)?(?:«\\s?)?)${QN}${GAP}${ADJ_PRE}${PERSONS}`
      ),
      rule(
        `(?<![\\p{L}])(?:nombre\\s+(?:total\\s+)?(?:d'|de\\s+))?(?:arrestations|interpellations|personnes\\s+(?:arrêtées|interpellées))\\s+${TOTALLED}\\s+${QN}`
      ),
      // "Les arrestations, 288 au total, ont visé", "les interpellations, au nombre de 47,": the figure in apposition.
      rule(
        `(?<![\\p{L}])(?:arrestations|interpellations|gardes\\s+à\\s+vue)\\s?,\\s(?:(?:au\\s+nombre\\s+de|soit)\\s+|(?=[^,;.]{1,40}\\s(?:au\\s+total|en\\s+tout)\\s?[,;]))${QN}(?:\\s+(?:au\\s+total|en\\s+tout))?\\s?[,;]`
      ),
      // "Sur les 90 personnes visées par un mandat d'arrestation, 73 ont été arrêtées": a share told by its pronoun.
      rule(
        `(?<![\\p{L}])[Ss]ur\\s+les\\s+\\d[\\d  ]*\\s+${PERSONS}[^,;.]{0,80},\\s${QN}\\s+(?:ont\\s+été|sont)\\s+${ARRESTED}`
      ),
      // "– 42 passeurs et facilitateurs présumés interpellés ;": a key-figure line of two kinds of people.
      rule(
        `^${LIST_BULLET}\\s*${QN}${GAP}${ADJ_PRE}${PERSONS}(?:\\s+(?:et|ou)\\s+\\p{Ll}+)?${ADJ_POST}\\s+${ARRESTED}\\s*[;.,]?\\s*$`
      ),
      // "Passeurs présumés arrêtés par les autorités italiennes : 41" (not migrants held at a border)
      listed(
        `arrestations|interpellations|(?:(?!migrants)\\p{L}+\\s+){1,2}${ARRESTED}(?:\\s+par\\s+(?:les\\s+|la\\s+|le\\s+)?(?:autorités|police|forces|gendarmerie|services)(?:\\s+\\p{L}+){0,2})?`
      ),
    ],
    // "interpellées ou entendues", "arrêtées ou placées sous enquête", "arrêtées ou font l'objet d'une enquête": not all
    // of them were arrested.
    refuseAfter: hedged(
      /^\s*(?:ou|et\/ou)\s+(?:interrog|entendu|auditionn|contrôl|identifi|relâch|libér|verbalis|fouill|questionn|inculp|poursuivi|convoqu|(?:placé|visé|mis)(?:e|s|es)?\s+(?:sous\s+enquête|en\s+cause|en\s+examen|par\s+(?:une|des)\s+enquêtes?)|(?:font|faisaient|ont\s+fait|fait)\s+l'objet\s+d'(?:une|des)\s+(?:enquêtes?|poursuites))/iu
    ),
  },
  victimsIdentified: {
    words: /victime|survivant|secour|sauv|délivr|soustrai|extrai|sécurité|abri|retrouv/iu,
    patterns: [
      rule(`${QN}${GAP}${ADJ_PRE}${VICTIMS}${ADJ_POST}${OF_WHAT}${ADJ_POST}${ASIDE}\\s+(?!\\s)${BE}${RESCUED}`),
      rule(
        `(?<![\\p{L}])(?:(?:identifi|secour|sauv|libér|délivr|localis|retrouv)\\p{L}*(?:\\s+(?:et|ou)\\s+\\p{L}+)?\\s+|${TAKEN_IN}|(?:identification|sauvetage|libération|localisation)\\s+(?:de\\s+|d'))${QN}${GAP}${ADJ_PRE}${VICTIMS}`
      ),
      rule(
        `(?<![\\p{L}])(?:(?:secour|sauv|délivr|soustrai)\\p{L}*(?:\\s+(?:et|ou)\\s+\\p{L}+)?\\s+|${PUT_SAFE}|sauvetage\\s+(?:de\\s+|d'))${QN}${GAP}${ADJ_PRE}${YOUNG_OR_PEOPLE}`
      ),
      // ("l'opération a permis de retrouver 84 mineurs exploités sexuellement": children found, as victims)
      rule(
        `(?<![\\p{L}])retrouv\\p{L}*\\s+${QN}${GAP}${ADJ_PRE}(?:enfants|mineurs|mineures|adolescents|adolescentes)(?![\\p{L}])`
      ),
      // ("Cinquante-quatre enfants exploités dans des plantations du sud-est du pays ont été secourus": what they were
      // made to do, before the rescue)
      rule(
        `${QN}${GAP}${ADJ_PRE}${YOUNG_OR_PEOPLE}${ADJ_POST}(?:\\s+(?:exploité|employé|retenu|séquestré|contraint|forcé|recruté|vendu|travaillant)\\p{L}*\\s(?!\\s)[^,;:.()«»]{1,100}?)?${ASIDE}\\s+(?!\\s)${BE}${PEOPLE_RESCUED}`
      ),
      rule(`(?<![\\p{L}])(?:nombre\\s+de\\s+)?victimes\\s+(?:identifiées|secourues)\\s+${TOTALLED}\\s+${QN}`),
      listed(`victimes\\s+${RESCUED}`),
      // A line of a list, the figure first: "- 105 enfants retrouvés, pour la plupart âgés de 13 à 17 ans ;"
      rule(
        `(?<=^${LIST_BULLET}\\s{0,3})${QN}${GAP}${ADJ_PRE}(?:${VICTIMS}|enfants|mineurs|mineures|adolescents|adolescentes)\\s+${RESCUED}`
      ),
    ],
    // People rescued at sea, or in the desert, are migrants in distress, not victims of the crime (as in English and
    // Spanish).
    refuseAfter: hedged(
      /^\s+(?:en\s+mer|au\s+large|à\s+la\s+dérive|en\s+détresse|dans\s+le\s+désert|dans\s+(?:le|la|les)\s+(?:détroit|manche|zones?\s+(?:désertiques?|montagneuses?))|avec\s+(?:la\s+participation|l'aide|le\s+concours)\s+des\s+(?:moyens|navires|bateaux))/iu
    ),
  },
  officers: {
    refuseSentence: FR_GATHERING,
    words:
      /polic|gendarme|carabinier|douanier|agent|fonctionnaire|enquêteu|inspect|écogarde|garde|militaire|officier|personnel|effectif|forces|éléments|hommes|soldats\s+de\s+la\s+paix|casques\s+bleus|en\s+(?:tenue|uniforme)/iu,
    patterns: [
      rule(`${QN}${GAP}${ADJ_PRE}(?:${OFFICERS}|${MORE_OFFICERS})`),
      // "Ces agents, au nombre de trente, ont été affectés dans quatorze aéroports": the count set off after them.
      rule(
        `(?<![\\p{L}])${OFFICERS}(?:\\s+(?:mobilisés|déployés|invités|engagés|participants|détachés))?\\s?,\\s(?:au\\s+nombre\\s+de|soit)\\s+${QN}\\s?,`
      ),
      listed(
        '(?:policiers|agents|fonctionnaires|personnels|effectifs|enquêteurs)(?:\\s+(?:mobilisés|déployés|participants|engagés|impliqués)(?:\\s+sur\\s+le\\s+terrain)?)?'
      ),
    ],
    // (or a key-figure line that is the figure and its officers alone: "• 14 000 agents", "- Policiers : environ 410")
    sentence:
      /^[-•\u0095*]\s*(?:(?:quelque|environ|plus\sde|près\sde|au\smoins)\s)?\d[\d  .]*\s(?:\p{L}+\s)?(?:policiers|agents|gendarmes|fonctionnaires|douaniers|enquêteurs|personnels|effectifs)\s*$|^[-•\u0095*]\s*(?:policiers|effectifs|agents)\s*:|(?<![\p{L}])(?:particip\p{L}*|pris\s+part|prend\p{L}*\s+part|prenant\s+part|mobilis\p{L}*|(?:re)?déploy\p{L}*|engag\p{L}*|impliqu\p{L}*|contribu\p{L}*|sur\s+le\s+terrain|men(?:é|ée|és|ées|aient|ait|ant)(?![\p{L}])|effectu\p{L}*|procéd\p{L}*|exécut\p{L}*|perquisitionn\p{L}*|contrôl\p{L}*|inspect\p{L}*|fouill\p{L}*|patrouill\p{L}*|travaill\p{L}*|réuni\p{L}*|associ\p{L}*|intervenu\p{L}*|(?<!['’])agi(?:ssaient|ssait|ssant|r)?(?![\p{L}])|mis\s+à\s+contribution|mis\s+fin|démantel\p{L}*|concours|renfort\p{L}*|affecté\p{L}*|dépêch\p{L}*|nécessit\p{L}*|relay\p{L}*|relaient|sur\s+zone|aux\s+côtés)/iu,
    // "250 policiers et douaniers, accompagnés de 60 inspecteurs des agences du médicament": a group joined to the
    // officers counted, not all of them, as "Plus de 2 100 policiers … ont été mobilisés …, aux côtés de quelque 430
    // inspecteurs du travail"; "a formé environ 80 agents": officers trained, not deployed.
    refuseBefore:
      /(?<=(?<![\p{L}])(?:policiers|gendarmes|douaniers|agents|fonctionnaires|enquêteurs|inspecteurs|officiers|personnels|effectifs|militaires|gardes)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:accompagné|épaulé|appuyé|assisté|secondé|soutenu|renforcé|rejoint)(?:e|s|es)?\s+(?:par|de)\s+(?:(?:les|des)\s+)?|(?<![\p{L}])(?:policiers|gendarmes|douaniers|agents|fonctionnaires|enquêteurs|officiers|personnels|effectifs|militaires)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])aux\s+côtés\s+(?:de\s+|d')(?:(?:environ|près\s+de|quelque|plus\s+de|au\s+moins)\s+)?|(?<![\p{L}])(?:formé|formait|formaient|formant|formera|sensibilisé|(?:formation|sensibilisation)\s+(?:de|d'|à|des))\s+(?:(?:environ|près\s+de|quelque|plus\s+de|au\s+moins)\s+)?|(?<![\p{L}])qui\s+compte\s+(?:aujourd'hui\s+|actuellement\s+|désormais\s+)?(?:(?:environ|près\s+de|quelque|plus\s+de|au\s+moins)\s+)?)/iuy,
    // (and a body's staff: "Frontex, qui compte aujourd'hui plus de 1 500 agents déployés sur le terrain")
    // Officers "formés", "blessés" ("80 enquêteurs spécialisés des pays participants avaient été formés"): not the
    // officers who ran the operation. "150 agents de la police judiciaire
    // fédérale", "de la gendarmerie nationale", "de la police espagnole": one country's force, a share of the whole.
    // ("Six officiers de liaison … ont été dépêchés": liaison officers, beside the officers deployed.)
    refuseAfter: hedged(
      /^\s+de\s+liaison(?![\p{L}])|^\s+(?:de\s+la|du|des)\s+(?:police|gendarmerie|garde|polices|forces?|douanes?|corps)(?:\s+(?:judiciaire|criminelle|militaire|civile|royale|de\s+sécurité))?\s+(?:nationale|fédérale|royale|(?!(?:européenne|africaine|asiatique|américaine|latino-américaine|sud-américaine|nord-américaine|ouest-africaine|est-africaine)s?(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?:aise|ienne|aine|oise|ole|ande|ane|ise|ège|que|ine)s?)(?![\p{L}])|^(?:\s+(?!(?:ont|a|et|ou|avaient|avait|sont)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,4}?\s+(?:(?:ont|a|avaient|avait|sont)\s+)?(?:été\s+)?(?:blessé|tué|tombé|mort|formé|attaqué|arrêté|interpellé|suspendu|agressé|sensibilisé|décédé|condamné|poursuivi|mis\s+en\s+examen|suivi\s+(?:une|des)\s+formation|suivi\s+(?:un|des|les)\s+(?:modules?|cours|stages?|sessions?|ateliers?)(?:\s+de\s+formation)?|reçu\s+(?:une|des)\s+formation|perdu\s+la\s+vie)/iu
    ),
  },
  countries: {
    refuseSentence: FR_GATHERING,
    words: /pays|nation|[ÉéEe]tats|juridiction|territoire/iu,
    patterns: [
      // "les 12 pays participants" took part: the match holds the word that says so.
      rule(`${QN}${GAP}${COUNTRIES}(?:\\s+(?:participants|membres\\s+participants|impliqués)(?![\\p{L}]))?`),
      rule(`(?<![\\p{L}])(?:nombre\\s+de\\s+)?pays\\s+(?:participants|impliqués)\\s+${TOTALLED}\\s+${QN}`),
      listed('pays(?:\\s+participants)?'),
      NAMED_AND_OTHERS,
    ],
    // "victimes originaires de 30 pays": where people come from (the police's own, "des services répressifs issus de
    // 50 pays", took part); "expédiés vers 40 pays", "un réseau
    // actif dans 12 pays", "une application utilisée dans 100 pays": where goods went or a network or a tool
    // works; "ses 196 pays membres",
    // "INTERPOL relie les polices de 196 pays": a membership, not who took part; "des routes vers au moins 40 pays": where
    // a network reaches; "diffusé plus de 4 000 rapports à des services de police de plus de 30 pays": who was sent
    // them, not who took part ("les organismes de protection des consommateurs de 78 pays" did); "machines infectées
    // identifiées en 48 heures, dans 223 pays", "1 800 attaques recensées dans 71 pays": where a malware struck; "originaires
    // du Burkina Faso et de cinq pays voisins": where people came from; "un partenariat naval de 34 pays": a membership;
    // "la 29e place sur 176 pays": a ranking.
    refuseBefore:
      /(?<=(?<![\p{L}])originaires\s+(?:du|de\s+la|de|des|d')\s+[^.;:]{0,60}?(?:de|et\s+de|d')\s+|(?<![\p{L}])(?:routes|ramifications|tentacules|clients|acheteurs)(?:\s+(?:de\s+)?(?:trafic|distribution|vente|contrebande))?\s+(?:vers|dans|en|avec)\s+(?:(?:au\s+moins|plus\s+de|quelque|environ)\s+)?|(?<![\p{L}])(?<!(?<![\p{L}])(?:arrêter|arrêté(?:e|s|es)?|interpeller|interpellé(?:e|s|es)?|arrestation\s+de|interpellation\s+de)\s+(?:(?:plus\s+de|près\s+de|environ|quelque|au\s+moins)\s+)?(?:\d{1,3}(?:\s\d{3})*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)(?:[\s-]\p{L}+)?)\s+)(?:enquêtes|investigations|poursuites|procédures|victimes?|migrants?|ressortissants|personnes|individus|suspects?|citoyens|enfants|femmes|hommes|travailleurs|survivants|investisseurs|clients|utilisateurs|acheteurs|(?<!protection\s+des\s)consommateurs|entreprises|sociétés|comptes|voyageurs|passagers|réfugiés|fournisseurs|hébergeurs|opérateurs|prestataires|banques|plateformes|serveurs|membres|cellules|adresses|sites|domaines|marchandises|produits|colis|envois|cargaisons)(?:\s+(?:d'|l')?\p{Ll}[\p{Ll}-]*){0,2}\s+(?:(?:originaires|issus|issues|venant|provenant|en\s+provenance)\s+)?(?:de\s+|d'|dans\s+|en\s+)|(?<![\p{L}])(?<!(?:services|policiers|policières|agents|enquêteurs|unités|forces|autorités|douaniers|gendarmes|garde-frontières|fonctionnaires|experts|répressifs|répressives|judiciaires|douanières|spécialisées|de\s+police)\s+)(?:originaires?|issus?|issues?|venant|venaient|viennent|provenant|provenaient|proviennent|nés|nées|en\s+provenance)\s+(?:de\s+|d')|(?<![\p{L}])(?:ses|leurs|nos|notre|avec|compte|comptent|regroupe|regroupent|réunit|rassemble|comprend|représente|relie)\s+|(?<![\p{L}])partenariat(?:\s\p{Ll}+){0,2}\s(?:de\s|d')(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?|(?<![\p{L}])(?:place|rang|position)\ssur\s|(?<![\p{L}])(?:relie|regroupe|réunit|compte|rassemble|aide|soutient|permet|représente|comprend|couvre)(?![\p{L}])[^.;]{0,60}\s|(?<![\p{L}])(?:vers|à\s+destination\s+de|en\s+direction\s+de|(?:actif|présent|implanté|établi|install[ée])(?:e|s|es)?\s+dans|(?:utilis|diffus|vend|distribu|commercialis|répand|employ|télécharg)(?:é|ée|és|ées|u|ue|us|ues)\s+dans|opérant\s+dans|ramifications\s+dans)\s+|(?<![\p{L}])(?:réseaux?|groupes?|gangs?|organisations?|bandes?|filières?|clans?|cartels?)(?:\s+\p{L}+){0,3}?\s+(?:opér|sévi|agiss)\p{L}*\s+dans\s+|(?<![\p{L}])(?:transit(?:é|ait|aient)|pass(?:é|ait|aient))\s+par\s+|(?<![\p{L}])travers(?:é|ait|aient|ent)\s+|(?<![\p{L}])(?:ratifi|sign|adopt)(?:é|ée|és|ées)\s+par\s+(?:(?:environ|près\s+de|quelque|plus\s+de)\s+)?|(?<![\p{L}])(?:(?:infecté|compromis|piraté)(?:e|s|es)?|(?:attaques|cyberattaques|infections)(?:\s+\p{Ll}+){0,2}?\s+(?:recensées|enregistrées|commises|perpétrées|signalées))(?![\p{L}])[^.;]{0,60}?\sdans\s+(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?|(?<![\p{L}])(?:diffus|transmis|envoy|adress|partag)\p{L}*\s[^.;]{0,80}?\s(?:à|aux)\s+(?:des\s+|les\s+)?(?:services|polices|autorités|forces|unités)(?:\s+[\p{L}'-]+){0,2}\s+(?:de\s+|d'|des\s+)(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?)/iuy,
    // "les 27 États membres de l'UE" is a membership; "les 13 pays participants" took part.
    // "les policiers des 12 pays" took part ("des 27 pays membres" stays a membership: the match stops before "membres").
    refuseMatch: (text, index, match) =>
      NAMED_NATIONS.test(match) ||
      (holdsAt(AFTER_AN_ARTICLE, text, index) &&
        !/particip/i.test(match) &&
        !(holdsAt(OFFICERS_OF, text, index) && !/^\s+membres(?![\p{L}])/iu.test(text.slice(index + match.length)))),
    // "seize pays européens et des États-Unis": one country more than the figure; not read.
    // (Case matters here: the hedge is written out rather than joined to an `i` pattern.)
    // "deux pays supplémentaires ont proposé des experts": countries added, not all of them.
    refuseAfter:
      /^\s+[Ee]nviron(?![\p{L}])|^\s+(?:supplémentaires|de\s+plus)(?![\p{L}])|^\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:et|ainsi\s+que)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'|la\s+|le\s+|les\s+|l')?(?!(?:Europe|Afrique|Asie|Amérique|Océanie|Moyen-Orient|Union)(?![\p{L}]))\p{Lu}/u,
  },
  irregularMigrants: {
    words: /irrégul|illéga|sans[\s-]+papiers|clandestin|harraga|dépourvu|secour|sauv|intercept/iu,
    patterns: [
      rule(
        `${QN}${GAP}${ADJ_PRE}(?:migrants|personnes|étrangers|ressortissants\\s+étrangers|ressortissants\\s+de\\s+pays\\s+tiers|individus|immigrés|immigrants)\\s+(?:en\\s+situation\\s+(?:irrégulière|illégale)|en\\s+séjour\\s+(?:irrégulier|illégal)|sans\\s+papiers|irréguliers|clandestins|illégaux|dépourvus\\s+de\\s+titres?\\s+de\\s+séjour)(?![\\p{L}])`
      ),
      // "230 harraga", "230 sans-papiers", "230 candidats à l'émigration irrégulière"
      // (children and travellers too: "Cent soixante-quinze mineurs en situation irrégulière ont été détectés")
      rule(
        `${QN}${GAP}${ADJ_PRE}(?:mineurs|mineures|enfants|adultes|voyageurs|passagers)\\s+(?:non\\s+accompagnés\\s+)?(?:en\\s+situation\\s+(?:irrégulière|illégale)|en\\s+séjour\\s+(?:irrégulier|illégal)|sans\\s+papiers)(?![\\p{L}])`
      ),
      rule(
        `${QN}${GAP}${ADJ_PRE}(?:harraga|sans-papiers|candidats\\s+à\\s+l'(?:é|im)migration\\s+(?:irrégulière|clandestine|illégale))(?![\\p{L}])`
      ),
      // "aura permis de secourir 150 810 migrants", "2 400 migrants ont été interceptés": people rescued or stopped on a
      // crossing (as English "crews rescued 150,810 migrants")
      rule(`(?<![\\p{L}])(?:secour|sauv|intercept)\\p{L}*\\s+${QN}${GAP}${ADJ_PRE}migrants(?![\\p{L}])`),
      rule(`${QN}${GAP}${ADJ_PRE}migrants${ADJ_POST}\\s+(?!\\s)${BE}(?:secourus|sauvés|interceptés)(?![\\p{L}])`),
      listed('migrants\\s+(?:en\\s+situation\\s+irrégulière|irréguliers)(?:\\s+(?:détectés|interceptés))?'),
    ],
    refuseAfter: hedged(),
  },
  investigationsOpened: {
    words: /enquête|investigation|procédure|information|dossier|affaire/iu,
    patterns: [
      rule(`${QN}${GAP}(?:nouvelles\\s+)?${ADJ_PRE}${INQUIRIES}${ADJ_POST}\\s+(?!\\s)${BE}${OPENED}`),
      rule(
        `(?<![\\p{L}])(?:(?:${OPENED}|ouvrir|lancer|engager)\\s+|(?:ouverture|lancement)\\s+(?:de\\s+|d'))${QN}${GAP}(?:nouvelles\\s+)?${ADJ_PRE}${INQUIRIES}`
      ),
      rule(`${QN}${GAP}nouvelles\\s+${ADJ_PRE}${INQUIRIES}`),
      // "Enquêtes : 40" alone may count inquiries already under way: only new or opened ones.
      listed(`nouvelles\\s+${INQUIRIES}(?:\\s+${OPENED})?|${INQUIRIES}\\s+${OPENED}`),
    ],
    refuseAfter: hedged(),
    // "plus de 200 procédures déjà ouvertes": inquiries under way before the operation, not opened by it.
    refuseMatch: (_text, _index, match) => ALREADY.test(match),
  },
};
