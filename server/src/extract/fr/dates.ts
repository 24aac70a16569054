import type { DateBuilder, DatePairs } from '../languages/types';
import { readFrench } from './numbers';

/**
 * Date ranges as French releases write them: "du 10 au 21 novembre 2025",
 * "du 29 septembre au 4 octobre 2024", "entre le 3 et le 9 juin 2024",
 * "du 1er au 7 mars 2025", "10-21 novembre 2025", "les 3, 4 et 5 décembre 2025".
 * A year stated once applies to both ends; a range without a year ("du 10 au
 * 21 novembre") or of months ("de juillet à décembre 2023") is left out.
 */

/** The months, January first, each with its short forms (always with their full stop: "sept" is also seven). */
const FR_MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv\\.'],
  ['février', 'fevrier', 'févr\\.', 'fevr\\.'],
  ['mars'],
  ['avril', 'avr\\.'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil\\.'],
  ['août', 'aout'],
  ['septembre', 'sept\\.'],
  ['octobre', 'oct\\.'],
  ['novembre', 'nov\\.'],
  ['décembre', 'decembre', 'déc\\.', 'dec\\.'],
];
const MONTH_NAME = FR_MONTHS.flat().join('|');
const MONTH_WORD = `(?:${MONTH_NAME})(?![\\p{L}])`;
const MONTH = `(${MONTH_NAME})(?![\\p{L}])`;

/** 1–12 for a month as written ("décembre", "Déc.", "aout"). */
const monthOf = (name: string): number => {
  const written = name.toLowerCase();
  return FR_MONTHS.findIndex((forms) => forms.some((form) => form.replace('\\.', '.') === written)) + 1;
};

// "lundi 3", "1er": a weekday before the day is read past.
// ("entre la nuit du jeudi 28 et le vendredi 29": a time of day before the weekday)
const DAY =
  '(?:(?:la\\s+)?(?:nuit|matinée|soirée|journée)\\s+du\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?<![\\d#])(\\d{1,2})(?:er)?(?![\\d\\p{L}])';
const YEAR = '(\\d{4})(?!\\d)';
// A start day, with its month and year when they differ from the end's.
const FROM = `${DAY}(?:\\s+${MONTH}(?:\\s+${YEAR})?)?`;
// A day in a list ("3, 4 et 5") is read from the list's first day (as in en/dates.ts).
const NOT_LATER_IN_LIST = '(?!\\d(?<=\\d(?:er)?,\\s*\\d))';

/** [start day, start month?, start year?, end day, end month, end year] → the two days. */
const fromTo: DateBuilder = (m) => {
  const endYear = Number(m[6]);
  const endMonth = monthOf(m[5]);
  return [
    m[3] ? Number(m[3]) : endYear,
    m[2] ? monthOf(m[2]) : endMonth,
    Number(m[1]),
    endYear,
    endMonth,
    Number(m[4]),
  ];
};

const FLAGS = 'giu';

/** [start day, start month, start year, end day, end month, end year?]: the start's year serves the end without one. */
const startYearServes: DateBuilder = (m) => {
  const year = Number(m[3]);
  const month = monthOf(m[2]);
  const endMonth = monthOf(m[5]);
  const endYear = m[6] ? Number(m[6]) : endMonth < month ? year + 1 : year;
  return [year, month, Number(m[1]), endYear, endMonth, Number(m[4])];
};

// "pendant trois jours à compter du 7 juin 2021": a number of days (two to thirty-one) from a start.
const DAYS_COUNT = '(\\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze)';
const DAYS_FROM = `(?:pendant|durant|sur)\\s+${DAYS_COUNT}\\s+jours,?\\s+(?:à\\s+compter|à\\s+partir)\\s+du\\s+${DAY}\\s+${MONTH}\\s+${YEAR}`;
const FROM_DAYS = `(?:à\\s+compter|à\\s+partir)\\s+du\\s+${DAY}\\s+${MONTH}\\s+${YEAR},?\\s+(?:et\\s+)?(?:pendant|durant)\\s+${DAYS_COUNT}\\s+jours`;
const forDays =
  (count: number, day: number, month: number, year: number): DateBuilder =>
  (m) => {
    const days = readFrench(m[count]) ?? 0;
    if (days < 2 || days > 31) return null;
    const end = new Date(Date.UTC(Number(m[year]), monthOf(m[month]) - 1, Number(m[day]) + days - 1));
    return [
      Number(m[year]),
      monthOf(m[month]),
      Number(m[day]),
      end.getUTCFullYear(),
      end.getUTCMonth() + 1,
      end.getUTCDate(),
    ];
  };

/** The French range patterns, tried in order. */
export const FR_DATE_RANGES: [RegExp, DateBuilder][] = [
  // "pendant tout le mois d'octobre 2018", "durant tout le mois de mai 2024": a whole month, its first to its last day
  [
    new RegExp(
      `(?<![\\p{L}])(?:pendant|durant|tout\\s+au\\s+long\\s+d[eu])\\s+(?:tout\\s+)?(?:le\\s+)?mois\\s+(?:de\\s+|d')${MONTH}\\s+${YEAR}`,
      FLAGS
    ),
    (m) => {
      const [year, month] = [Number(m[2]), monthOf(m[1])];
      return [year, month, 1, year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()];
    },
  ],
  // du 10 au 21 novembre 2025  |  du 29 septembre au 4 octobre 2024  |  du 10 novembre au 21 novembre 2025
  [new RegExp(`(?<![\\p{L}])du\\s+${FROM}\\s+(?:au|jusqu'au)\\s+${DAY}\\s+${MONTH}\\s+${YEAR}`, FLAGS), fromTo],
  // à partir du 13 octobre 2014 et jusqu'au 26 octobre  |  à compter du 7 juin 2021 jusqu'au 9 juin 2021:
  // the start's year is the end's when the end has none (a month before the start's is the next year's)
  [
    new RegExp(
      `(?<![\\p{L}])(?:à\\s+partir\\s+du|à\\s+compter\\s+du|depuis\\s+le)\\s+${DAY}\\s+${MONTH}\\s+${YEAR},?\\s+(?:et\\s+)?jusqu'au\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`,
      FLAGS
    ),
    startYearServes,
  ],
  // a débuté le 1er juillet 2025 et s'est achevée le 31 août  |  a commencé le 3 juin 2024 et a pris fin le 9 juin 2024
  // lancée le 12 février 2007 et achevée le 12 avril: the participles alone, as an apposition
  [
    new RegExp(
      `(?<![\\p{L}])(?:débuté|commencé|démarré|lancée?s?|ouverte?s?|entamée?s?)\\s+le\\s+${DAY}\\s+${MONTH}\\s+${YEAR},?\\s+et\\s+(?:s'est\\s+(?:achevée?|terminée?|close|clôturée?)|se\\s+sont\\s+(?:achevée?s|terminée?s|clos(?:es)?|poursuivie?s\\s+jusqu'au)|(?:a|ont)\\s+pris\\s+fin|(?:a|ont)\\s+duré\\s+jusqu'au|s'est\\s+poursuivie?\\s+jusqu'au|(?:achevée?|terminée?|close|clôturée?|bouclée?)s?)\\s+(?:le\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`,
      FLAGS
    ),
    startYearServes,
  ],
  [new RegExp(`(?<![\\p{L}])${DAYS_FROM}`, FLAGS), forDays(1, 2, 3, 4)],
  [new RegExp(`(?<![\\p{L}])${FROM_DAYS}`, FLAGS), forDays(4, 1, 2, 3)],
  // entre le 3 et le 9 juin 2024  |  entre les 3 et 9 juin 2024
  [
    new RegExp(`(?<![\\p{L}])entre\\s+(?:les?\\s+)?${FROM}\\s+et\\s+(?:le\\s+)?${DAY}\\s+${MONTH}\\s+${YEAR}`, FLAGS),
    fromTo,
  ],
  // le jeudi 24 et le vendredi 25 juin 2021  |  les 29 et 30 octobre 2012: two days of one month ("le", "les" before
  // it, not in it: a meeting's words before them read as they do before "les", "réunie les 28 et 29 janvier")
  [
    new RegExp(`(?<=(?<![\\p{L}])(?:le|les)\\s)${DAY}\\s+et\\s+(?:le\\s+)?${DAY}\\s+${MONTH}\\s+${YEAR}`, FLAGS),
    (m) => {
      const [year, month] = [Number(m[4]), monthOf(m[3])];
      return [year, month, Number(m[1]), year, month, Number(m[2])];
    },
  ],
  // 10-21 novembre 2025  |  29 septembre – 4 octobre 2024
  [new RegExp(`${FROM}\\s*[–\u0096—\u0097-]\\s*${DAY}\\s+${MONTH}\\s+${YEAR}`, FLAGS), fromTo],
  // ont agi simultanément le mardi 4 avril 2023  |  la journée d'action du 4 avril 2023: one day, the start and the end
  // (as in en/dates.ts)
  [
    new RegExp(
      `(?<![\\p{L}])(?:(?:agi|frappé|passé\\s+à\\s+l'action|intervenu|intervenues|intervenus)\\s+(?:ensemble|simultanément|conjointement|de\\s+concert|en\\s+même\\s+temps)|journée\\s+d'action|jour\\s+d'action),?\\s+(?:le|du|ce)\\s+${DAY}\\s+${MONTH}\\s+${YEAR}`,
      FLAGS
    ),
    (m) => {
      const date: [number, number, number] = [Number(m[3]), monthOf(m[2]), Number(m[1])];
      return [...date, ...date];
    },
  ],
  // "Le vendredi 10 octobre 2025, des enquêteurs ont…", ", le mardi 26 janvier 2021,": a weekday with its full date,
  // set off by commas as the time of the sentence, is the one day of the action; not the day something was announced,
  // nor the first day of a longer operation ("Lancé le lundi 9 septembre 2019, le projet …", "depuis le jeudi 15 août 2024,"),
  // nor its last ("a mis un terme, le mardi 30 août 1994, à l'opération": `endedBefore`).
  [
    new RegExp(
      `(?<![\\p{L}])(?:le|ce)(?<!(?:lancée?|débutée?|entamée?|engagée?|déclenchée?|commencée?|démarrée?|depuis)\\s(?:le|ce))(?<!mis\\s(?:un\\sterme|fin),?\\s(?:le|ce))\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+(?<![\\d#])(\\d{1,2})(?:er)?\\s+${MONTH}\\s+${YEAR}\\s?,(?![^.;!?]{0,100}(?:annonc|publi|communiqu|présent|déclar|indiqu|conférence|début|commenc|lanc|démarr|entam|ouvert|premi))`,
      FLAGS
    ),
    (m) => {
      const date: [number, number, number] = [Number(m[3]), monthOf(m[2]), Number(m[1])];
      return [...date, ...date];
    },
  ],
  // les 3, 4 et 5 décembre 2025  |  les 6 et 7 juin 2024: a list of days runs from the first to the last
  [
    new RegExp(`${NOT_LATER_IN_LIST}${DAY}((?:,\\s*\\d{1,2})*)\\s+et\\s+${DAY}\\s+${MONTH}\\s+${YEAR}`, FLAGS),
    (m) => {
      const year = Number(m[5]);
      const month = monthOf(m[4]);
      return [year, month, Number(m[1]), year, month, Number(m[3])];
    },
  ],
];

/** Single dates, masked so their digits are never read as figures: "2 décembre 2025", "1er mars", "décembre 2025". */
export const FR_SINGLE_DATES: RegExp[] = [
  new RegExp(`(?<![\\d#])\\d{1,2}(?:er)?\\s+${MONTH_WORD}(?:\\s+\\d{4}(?!\\d))?`, FLAGS),
  new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+\\d{4}(?!\\d)`, FLAGS),
];

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+';
const WRITTEN = new RegExp(`(\\d{1,2})(?:er)?(?:\\s+${MONTH}(?:\\s+${YEAR})?)?`, 'iu');
/** A period told by its two ends (dates.ts): "a débuté le 1er juillet 2025 et s'est achevée le 31 août". */
export const FR_DATE_PAIRS: DatePairs = {
  starts:
    "(?:(?:débutée?s?|commencée?s?|démarrée?s?|lancée?s?|ouverte?s?|entamée?s?|engagée?s?|débute|commence|démarre|s'ouvre|s'est\\s+ouverte?)(?:\\s+(?!le(?![\\p{L}']))[\\p{L}']+){0,3}?\\s+le|du|depuis\\s+le|à\\s+partir\\s+du|à\\s+compter\\s+du|entre\\s+le)",
  ends: "(?:(?:achevée?s?|terminée?s?|close|clôturée?s?|bouclée?s?|s'est\\s+(?:achevée?|terminée?|close|clôturée?|poursuivie?\\s+jusqu'au)|se\\s+sont\\s+(?:achevée?s|terminée?s|clos(?:es)?|poursuivie?s\\s+jusqu'au)|(?:a|ont)\\s+pris\\s+fin|(?:a|ont)\\s+duré\\s+jusqu'au|(?:s'achève|se\\s+termine|prend\\s+fin))(?:\\s+[\\p{L}\\d-]+\\s+(?:jours?|semaines?)\\s+plus\\s+tard\\s?,)?(?:\\s+le)?|au|jusqu'au|et\\s+le)",
  endsNext:
    "(?:achevée?s?|terminée?s?|close|clôturée?s?|bouclée?s?|s'est\\s+(?:achevée?|terminée?|close|clôturée?|poursuivie?\\s+jusqu'au)|se\\s+sont\\s+(?:achevée?s|terminée?s|clos(?:es)?|poursuivie?s\\s+jusqu'au)|(?:a|ont)\\s+pris\\s+fin|(?:a|ont)\\s+duré\\s+jusqu'au|(?:s'achève|se\\s+termine|prend\\s+fin))(?:\\s+[\\p{L}\\d-]+\\s+(?:jours?|semaines?)\\s+plus\\s+tard\\s?,)?(?:\\s+le)?",
  date: `(?:${WEEKDAY})?(?<![\\d#])\\d{1,2}(?:er)?\\s+${MONTH_WORD}(?:\\s+\\d{4}(?!\\d))?`,
  day: `(?:${WEEKDAY})?(?<![\\d#])\\d{1,2}(?:er)?(?=\\s*(?:[,;.)]|$)|\\s+(?:du|de\\s+ce)\\s+(?:même\\s+)?mois(?![\\p{L}]))`,
  weekday: '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
  actedOn: "(?:arrêtée?s?|interpellée?s?|appréhendée?s?)(?:\\s(?:ce|dans\\s+la\\s+nuit\\s+de|à\\s+l'aube\\s+de))?",
  // ("Du 18 au 20 octobre, 45 policiers avaient suivi un atelier", "… 120 membres des équipes avaient été formés")
  attended:
    "(?:ont|avaient|a|avait)\\s+(?:suivi|participé\\s+à|assisté\\s+à|pris\\s+part\\s+à)\\s+(?:\\(?[\\p{L}'’-]+\\)?,?\\s+){0,6}?(?:atelier|formation|stage|séminaire|cours|conférence|réunion)s?|(?:ont|avaient|a|avait)\\s+été\\s+formé(?:e|s|es)?",
  // (and the night of one seizure: "La plus importante saisie, 38 kg de cocaïne, a été réalisée dans la nuit du 2 au 3
  // avril")
  gathering:
    "(?<![\\p{L}])(?:présenté|dévoilé|annoncé|rendu)e?s?\\s+(?:publics?\\s+)?(?:à\\s+l'issue|lors|au\\s+cours)\\s+(?:de|du|d'[\\p{L}-]+)(?:\\s+\\(?[\\p{L}'-]+\\)?,?){0,12}?\\s+(?:du|entre\\s+le)|(?<![\\p{L}])(?:été|étaient|sont)\\s+formé(?:e|s|es)?\\s+(?:du|entre\\s+le|les?)|(?<![\\p{L}])saisie(?:,?\\s+[\\p{L}\\d'-]+){0,6}?,?\\s+(?:a|avait)\\s+été\\s+(?:réalisée|effectuée|opérée|faite)\\s+(?:dans\\s+la\\s+nuit\\s+)?du|(?<![\\p{L}])(?:formations?|ateliers?|séminaires?|stages?|(?<!\\bau\\s)cours|conférences?|réunions?|webinaires?|sommets?|procès|audiences?|tribunal|amnisties?|phases?\\s+(?:préparatoires?|de\\s+préparation)|(?:se\\s+sont|s'étaient)\\s+réunie?s?)(?:\\s+\\(?[\\p{L}'-]+\\)?,?){0,12}?\\s+(?:du|entre\\s+le|les?|(?:a\\s+eu\\s+lieu|avait\\s+eu\\s+lieu|s'(?:est|était)\\s+(?:tenue?|déroulée?))(?:\\s+(?:du|entre\\s+le|le))?)|(?<![\\p{L}])(?:formations?|ateliers?|séminaires?|stages?|(?<!\\bau\\s)cours|conférences?|réunions?|webinaires?|sommets?)(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:a\\s+eu\\s+lieu|avait\\s+eu\\s+lieu|s'(?:est|était)\\s+(?:tenue?|déroulée?))(?:\\s+(?:à|au|en)\\s+[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?)?|(?<![\\p{L}])(?:a|avait|ont|avaient)\\s+(?:accueilli|organisé|hébergé)(?:\\s+[\\p{L}'-]+,?){0,4}?\\s+(?:les|le|du|entre\\s+le)",
  tookPlace:
    "(?:a\\s+eu\\s+lieu|s'est\\s+(?:déroulée?|tenue?)|(?:a|ont)\\s+(?:mené|conduit|effectué|réalisé)|ont\\s+eu\\s+lieu|se\\s+sont\\s+déroulée?s|(?:seule|unique)\\s+journée\\s+d'action(?:\\s+(?:conjointe|internationale|coordonnée))?,?|(?:ont|a)\\s+été\\s+(?:arrêté|interpellé)e?s?)\\s+le",
  // (or a sentence opening on it: "Lancée le lundi 4 avril, l'opération …", "Déclenchée à l'aube du lundi 25 octobre 2010, …")
  // ("Sur une période de dix jours à compter du lundi 7 mars": its start, its end not told as a day; "la campagne contre
  // le trafic et la consommation de drogue lancée le 1er juillet 2016": what it is against, then its first day; "Frank,
  // l'opération nationale qu'elle a déclenchée le 28 septembre 2023": the body that started it)
  // ("l'opération « Mbata ya bakolo » (« la gifle des aînés »), lancée le 4 avril 2014": a name in quotes; "l'opération
  // Devil Hunt, lancée dans la nuit du samedi 8 février 2025"; "L'opération a été officiellement lancée le jeudi 29
  // janvier 2015")
  opened:
    "(?<=^|[.!?]\\s|\\n)Les\\s+(?:contrôles|inspections|fouilles|patrouilles)\\s+(?:ont\\s+(?:commencé|débuté)|ont\\s+été\\s+lancés|(?:commencèrent|débutèrent))\\s+le|(?<=^|[.!?]\\s|\\n)(?:Lancée?|Débutée?|Entamée?|Engagée?|Déclenchée?)(?:\\s+le|\\s+(?:à\\s+l'aube|au\\s+(?:petit\\s+)?matin|dans\\s+la\\s+(?:nuit|matinée|soirée))\\s+du)|(?<![\\p{L}])(?:pendant|durant|sur\\s+une\\s+période\\s+de)\\s+[\\p{L}\\d-]+\\s+jours,?\\s+(?:à\\s+compter|à\\s+partir)\\s+du|(?<![\\p{L}])(?:depuis|dès)\\s+(?:le|son)\\s+lancement(?:\\s+de\\s+l'opération(?:\\s+\\p{Lu}[\\p{L}-]*)?)?,\\s+le|(?<![\\p{L}])(?:opération|offensive|dispositif|campagne|phase\\s+(?:d'action|opérationnelle)|elle)(?:\\s+(?!(?:a|avait|le|en|et)(?![\\p{L}]))[\\p{L}\\d-]+){0,4}?(?:\\s+«[^«»\\n]{1,40}»)?(?:\\s+\\([^()\\n]{1,80}\\))?(?:(?:\\s+(?:a|avait)\\s+(?:débuté|commencé|démarré|été\\s+(?:officiellement\\s+)?lancée)|,\\s+(?:lancée|débutée|engagée))\\s+le|,\\s+(?:lancée|débutée|engagée)\\s+dans\\s+la\\s+nuit\\s+du)|(?<![\\p{L}])(?:opération|offensive|campagne|dispositif)\\s+contre(?:\\s+[\\p{L}'-]+){1,8}?\\s+(?:lancée?|déclenchée?|engagée?)\\s+le|(?<![\\p{L}])(?:opération|offensive|campagne|dispositif)(?:\\s+[\\p{L}-]+){0,2}\\s+qu'(?:elle|il)\\s+(?:a|avait)\\s+(?:lancée?|déclenchée?|engagée?)\\s+le|(?<![\\p{L}])(?:lancera|a\\s+lancé|lance|ont\\s+lancé|lanceront)\\s+l'opération(?:\\s+conjointe)?(?:\\s+(?!le\\b)[\\p{L}\\d-]+){1,3}\\s+le|(?<![\\p{L}])(?:s'est\\s+déroulée?|a\\s+eu\\s+lieu|s'est\\s+tenue?|a\\s+été\\s+(?:menée?|conduite?))\\s+(?:au\\s+cours\\s+de|pendant|durant|lors\\s+de)\\s+la\\s+semaine\\s+du",
  // ("La Gendarmerie royale du Canada a mis un terme, le mardi 30 août 1994, à l'opération Compote": its last day)
  endedBefore:
    "(?<![\\p{L}])(?:(?:a|ont|avait|avaient)\\s+mis\\s+(?:un\\s+terme|fin)|(?:a|ont)\\s+(?:clos|clôturé|achevé|terminé|conclu)\\s+l'(?:opération|enquête)(?:\\s+[\\p{Lu}\\d][\\p{L}\\d-]*){0,3}),?\\s+(?:le\\s+)?",
  // ("La cinquième phase de la campagne navale multinationale Orion, dirigée par …, s'est achevée le 15 mai dernier")
  closed:
    "(?<![\\p{L}])(?:opération|dispositif|projet|campagne|offensive|phase\\s+(?:d'action|opérationnelle)|elle)[^.;!?\\n]{0,150}?(?<=\\s)(?:s'est\\s+(?:achevée?|terminée?|close?|clôturée?)|a\\s+pris\\s+fin)(?:\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+dernier\\s?,|\\s+[\\p{L}\\d-]+\\s+(?:jours?|semaines?)\\s+plus\\s+tard\\s?,)?\\s+le",
  read(written) {
    const m = WRITTEN.exec(written);
    if (!m) return null;
    return [Number(m[1]), m[2] ? monthOf(m[2]) : null, m[3] ? Number(m[3]) : null];
  },
};
