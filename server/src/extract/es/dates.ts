import type { DateBuilder, DatePairs } from '../languages/types';

/**
 * Date ranges as Spanish releases write them: "del 10 al 21 de noviembre de
 * 2025", "entre el 3 y el 9 de junio de 2024", "del 29 de septiembre al 4 de
 * octubre de 2024", "desde el 1 de mayo hasta el 31 de octubre de 2023", "los
 * días 3, 4 y 5 de diciembre de 2025". A year stated once applies to both
 * ends; a range without a year is left out, as are month names alone ("entre
 * diciembre de 2023 y mayo de 2024": no day, no date).
 */

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
// Short forms ("mar", "ago") are words too ("el mar"): only whole names, and "setiembre".
const MONTH_NAME = [...MONTHS, 'setiembre'].join('|');
// (in a wire's dateline only: "23 dic. 2020", "8 nov 2013"; "sept" and "set" for September)
const SHORT_MONTHS = MONTHS.map((month) => month.slice(0, 3));
const WIRE_PARTS = /\.?\s+/;
const MONTH = `(${MONTH_NAME})`;
const monthOf = (name: string): number => {
  const lower = name.toLowerCase();
  return lower === 'setiembre' ? 9 : MONTHS.indexOf(lower) + 1;
};

// "el lunes 10", "el pasado 3": a weekday or "pasado" before the day is read past; "1.º", "1°": an ordinal first day.
// ("entre la noche del jueves 28 y la madrugada del viernes 29": a time of day before the weekday)
const DAY =
  '(?:(?:la\\s+)?(?:noche|madrugada|mañana|tarde)\\s+del?\\s+)?(?:pasado\\s+)?(?:(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\\s+)?(\\d{1,2})(?:\\.?[º°ª])?';
const OF_MONTH = `\\s+de\\s+${MONTH}`;
// "de 2025", "del 2025", "del año 2025"
const OF_YEAR = '\\s+(?:de|del)\\s+(?:año\\s+)?(\\d{4})(?!\\d)';
// One way to read each separator: a dash with its spaces, or a word between spaces.
const TO = '(?:\\s*[–\u0096—\u0097-]\\s*|\\s+(?:al|a|y|hasta)\\s+(?:el\\s+|los\\s+)?)';
// "del mismo año", "de ese mismo año": the year the range's start gave.
const SAME_YEAR = '\\s+(?:del|de ese|de aquel)\\s+mismo\\s+año(?!\\p{L})';
// "iniciada el 3 de octubre y concluida el 14 de octubre de 2022": the participles, as the verbs.
const BEGAN =
  '(?:comenz[óo]|empez[óo]|se inici[óo]|inici[óo]|arranc[óo]|se puso en marcha|puso en marcha|dio comienzo|se lanz[óo]|comenzaron|empezaron|se iniciaron|arrancaron|se pusieron en marcha|(?:iniciad|comenzad|empezad|arrancad|lanzad)[oa]s?)';
const ENDED =
  '(?:termin[óo]|conclu[yi][óo]|finaliz[óo]|acab[óo]|culmin[óo]|suspendi[óo]|se cerr[óo]|se cerraron|se prolong[óo] hasta|terminaron|concluyeron|finalizaron|acabaron|culminaron|se prolongaron hasta|se extendieron hasta|duraron hasta|(?:terminad|concluid|finalizad|culminad|cerrad|clausurad)[oa]s?)';
// A day count in words or digits: "durante cuatro días a partir del 14 de julio de 2025".
const DAY_COUNTS = [
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
];
const countOf = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : DAY_COUNTS.indexOf(raw.toLowerCase()) + 2);

// "comenzó el 3 de mayo y terminó el 9", "iniciadas el 4 de septiembre, concluyeron el 30 de noviembre": the end's verb
// after "y", or after a comma (the start said in a participle clause).
const THEN = '(?:,?\\s+y\\s+|,\\s+)';
// "terminó el martes 16.": a day with no month after it is the start's month.
const NO_MONTH_AFTER = `(?!\\d|[.,]\\d|\\s*[º°ª%]|\\s+por\\s+ciento|\\s+(?:de|del)\\s+(?:${MONTH_NAME}|mes|año)(?!\\p{L}))`;

// A day in a list ("3, 4 y 5") is read from the list's first day (as in en/dates.ts).
const NOT_LATER_IN_LIST = '(?!\\d(?<=\\d,\\s*\\d))';

/** The Spanish range patterns, tried in order. */
export const ES_DATE_RANGES: [RegExp, DateBuilder][] = [
  // "los días 3, 4 y 5 de diciembre de 2025": a list of days runs from the first to the last
  [
    new RegExp(`${NOT_LATER_IN_LIST}${DAY}((?:,\\s*\\d{1,2})+),?\\s+y\\s+${DAY}${OF_MONTH}${OF_YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[5]);
      const month = monthOf(m[4]);
      return [year, month, Number(m[1]), year, month, Number(m[3])];
    },
  ],
  // "29 de septiembre al 4 de octubre de 2024"  |  "1 de mayo de 2023 al 31 de octubre de 2023"  |  "29 de octubre
  // de 2018 al 4 de noviembre del mismo año"
  [
    new RegExp(`${DAY}${OF_MONTH}(?:${OF_YEAR})?${TO}${DAY}${OF_MONTH}(?:${OF_YEAR}|${SAME_YEAR})`, 'gi'),
    (m) => {
      if (!m[3] && !m[6]) return null;
      const endYear = Number(m[6] ?? m[3]);
      return [m[3] ? Number(m[3]) : endYear, monthOf(m[2]), Number(m[1]), endYear, monthOf(m[5]), Number(m[4])];
    },
  ],
  // "comenzó el 2 de junio y terminó el 29 de junio de 2025", "arrancó el 28 de junio de 2022 y concluyó el 23 de
  // noviembre": a year stated at either end applies to both (a range that then ends before it starts is dropped).
  [
    new RegExp(
      `${BEGAN}\\s+el\\s+${DAY}${OF_MONTH}(?:${OF_YEAR})?${THEN}${ENDED}\\s+el\\s+${DAY}${OF_MONTH}(?:${OF_YEAR})?`,
      'gi'
    ),
    (m) => {
      if (!m[3] && !m[6]) return null;
      const endYear = Number(m[6] ?? m[3]);
      return [m[3] ? Number(m[3]) : endYear, monthOf(m[2]), Number(m[1]), endYear, monthOf(m[5]), Number(m[4])];
    },
  ],
  // "durante cuatro días a partir del 14 de julio de 2025", "durante 5 días desde el 3 de mayo de 2024": N days from
  // the first, that one included.
  // "arrancaron el martes 4 de junio de 2019 y se prolongaron hasta el 29 del mismo mes"
  [
    new RegExp(
      `${BEGAN}\\s+el\\s+${DAY}${OF_MONTH}${OF_YEAR}${THEN}${ENDED}\\s+el\\s+${DAY}(?:\\s+(?:del|de ese|de aquel)\\s+mismo\\s+mes(?!\\p{L})|${NO_MONTH_AFTER})`,
      'giu'
    ),
    (m) => {
      const [year, month] = [Number(m[3]), monthOf(m[2])];
      return Number(m[4]) > Number(m[1]) ? [year, month, Number(m[1]), year, month, Number(m[4])] : null;
    },
  ],
  [
    new RegExp(
      `(?<!\\p{L})(?:durante|a lo largo de)\\s+(\\d{1,2}|${DAY_COUNTS.join('|')})\\s+(?:días|jornadas)(?:\\s+consecutiv[oa]s)?,?\\s+(?:a partir|desde)\\s+(?:del|el)\\s+${DAY}${OF_MONTH}${OF_YEAR}`,
      'gi'
    ),
    (m) => {
      const days = countOf(m[1]);
      if (days < 1 || days > 60) return null;
      const end = new Date(Date.UTC(Number(m[4]), monthOf(m[3]) - 1, Number(m[2]) + days - 1));
      return [Number(m[4]), monthOf(m[3]), Number(m[2]), end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
    },
  ],
  // "en mayo de 2018, del 1 al 31", "el mes de marzo de 2024 entero, del día 4 al 29": the month told first, then the
  // days (not "el 3 de mayo de 2018, del …": a date, not a month).
  [
    new RegExp(
      `(?<!\\d[º°ª]?\\s{1,3}de\\s{1,3})(?<!\\p{L})${MONTH}${OF_YEAR}(?:\\s+(?:enter|complet)[oa])?,?\\s+(?:del|desde el)\\s+(?:día\\s+)?(\\d{1,2})\\s+(?:al|hasta el)\\s+(?:día\\s+)?(\\d{1,2})${NO_MONTH_AFTER}`,
      'giu'
    ),
    (m) => {
      const [year, month] = [Number(m[2]), monthOf(m[1])];
      return [year, month, Number(m[3]), year, month, Number(m[4])];
    },
  ],
  // "durante todo el mes de mayo de 2018", "el mes de marzo de 2024 entero": a whole month, its first to its last day.
  [
    new RegExp(
      `(?<!\\p{L})(?:todo\\s+el\\s+mes\\s+de\\s+${MONTH}${OF_YEAR}|el\\s+mes\\s+(?:entero|completo)\\s+de\\s+${MONTH}${OF_YEAR}|el\\s+mes\\s+de\\s+${MONTH}${OF_YEAR}\\s+(?:entero|completo))(?!\\p{L})`,
      'giu'
    ),
    (m) => {
      const name = m[1] ?? m[3] ?? m[5];
      const year = Number(m[2] ?? m[4] ?? m[6]);
      const month = monthOf(name);
      return [year, month, 1, year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()];
    },
  ],
  // "10 al 21 de noviembre de 2025"  |  "3 y el 9 de junio de 2024"  |  "10-21 de noviembre de 2025"
  [
    new RegExp(`${DAY}${TO}${DAY}${OF_MONTH}${OF_YEAR}`, 'gi'),
    (m) => {
      const year = Number(m[4]);
      const month = monthOf(m[3]);
      return [year, month, Number(m[1]), year, month, Number(m[2])];
    },
  ],
  // "la jornada de acción del miércoles 5 de diciembre de 2018", "actuaron de forma simultánea el 4 de abril de 2023":
  // one day, the start and the end (as in en/dates.ts)
  [
    new RegExp(
      `(?<!\\p{L})(?:jornada\\s+(?:de\\s+acción|de\\s+actuación|operativa|de\\s+intervención)|día\\s+de\\s+acción|(?:actuaron|intervinieron|golpearon)\\s+(?:de\\s+(?:forma|manera)\\s+)?(?:simultánea(?:mente)?|conjunta(?:mente)?|coordinada(?:mente)?))\\s+(?:del|el)\\s+${DAY}${OF_MONTH}${OF_YEAR}`,
      'giu'
    ),
    (m) => {
      const date: [number, number, number] = [Number(m[3]), monthOf(m[2]), Number(m[1])];
      return [...date, ...date];
    },
  ],
];

/** Single dates, masked so their digits are never read as figures. */
export const ES_SINGLE_DATES: RegExp[] = [
  new RegExp(`(?<!\\d)\\d{1,2}(?:\\.?[º°ª])?\\s+de\\s+(?:${MONTH_NAME})(?:\\s+(?:de|del)\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b(?:${MONTH_NAME})\\s+(?:(?:de|del)\\s+)?\\d{4}\\b`, 'gi'),
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
];

const WEEKDAY = '(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\\s+';
const WRITTEN = new RegExp(`(\\d{1,2})(?:\\.?[º°ª])?(?:\\s+de\\s+(${MONTH_NAME}))?(?:${OF_YEAR})?`, 'i');
/** A period told by its two ends (dates.ts): "arrancó el 28 de junio de 2022 y concluyó el 23 de noviembre". */
export const ES_DATE_PAIRS: DatePairs = {
  starts: `(?:${BEGAN}(?:\\s+(?!el(?!\\p{L}))\\p{L}+){0,3}?\\s+el|${BEGAN}\\s+en\\s+la\\s+(?:madrugada|mañana|tarde|noche)\\s+del|del|desde\\s+el|a\\s+partir\\s+del|entre\\s+el|entre\\s+la\\s+(?:madrugada|mañana|tarde|noche)\\s+del)`,
  // ("concluyeron en la noche del jueves 7 de diciembre", "se extendieron hasta el mediodía del martes 29": a time of day
  // before the last day; "comenzaron en la noche del lunes 28" before the first; "entre la madrugada del jueves 12 y la
  // tarde del viernes 13 de junio" before both)
  ends: `(?:${ENDED}(?:\\s+(?:el(?:\\s+mediodía\\s+del)?|(?:en\\s+)?la\\s+(?:madrugada|mañana|tarde|noche)\\s+del))?|al|hasta\\s+el|y\\s+el|y\\s+que\\s+${ENDED}\\s+el|y\\s+la\\s+(?:madrugada|mañana|tarde|noche)\\s+del)`,
  endsNext: `${ENDED}(?:\\s+(?:el(?:\\s+mediodía\\s+del)?|(?:en\\s+)?la\\s+(?:madrugada|mañana|tarde|noche)\\s+del))?`,
  date: `(?:pasado\\s+)?(?:${WEEKDAY})?\\d{1,2}(?:\\.?[º°ª])?\\s+de\\s+(?:${MONTH_NAME})(?!\\p{L})(?:${OF_YEAR.replace('(\\d{4})', '\\d{4}')})?`,
  // ("y culminó el lunes 30 con una serie de allanamientos": the day, then what happened on it)
  day: `(?:pasado\\s+)?(?:${WEEKDAY})?(?:día\\s+)?\\d{1,2}(?:\\.?[º°ª])?(?=\\s*(?:[,;.)]|$)|\\s+(?:con|tras|cuando)\\s)`,
  weekday: '(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)',
  // ("El Ministerio Público y la CICIG ejecutaron en conjunto este jueves el caso …": the operation carried out that day)
  actedOn:
    '(?:(?:detenid[oa]s?|arrestad[oa]s?|aprehendid[oa]s?|capturad[oa]s?|detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron)|(?:ejecut|desarroll)(?:ó|aron)(?:\\s+(?:en\\s+conjunto|de\\s+manera\\s+conjunta|conjuntamente))?(?=\\s+(?:este|en\\s+la\\s+madrugada)[^.;]{1,40}?\\s(?:la|el)\\s+(?:operación|operativo|caso|dispositivo)(?!\\p{L})))\\s(?:este|en\\s+la\\s+madrugada\\s+de(?:l|\\s+este))',
  attended:
    "(?:habían\\s+|han\\s+)?(?:participaron|asistieron|recibieron|siguieron|participado|asistido|recibido|seguido)\\s+(?:\\(?[\\p{L}'’-]+\\)?,?\\s+){0,6}?(?:taller|curso|seminario|formación|capacitación|conferencia|reunión)(?:es|s)?",
  gathering:
    "(?<!\\p{L})(?:fueron|habían\\s+sido|han\\s+sido)\\s+(?:formad|capacitad|entrenad)[oa]s?\\s+(?:del|entre\\s+el|el)|(?<!\\p{L})(?:cursos?|talleres|taller|seminarios?|formación|conferencias?|reuniones|reunión|webinarios?|cumbres?|juicios?|vistas?\\s+orales?|tribunal|amnistías?|fases?\\s+(?:preparatorias?|de\\s+preparación)|jornadas\\s+(?:de\\s+(?:formación|capacitación|trabajo|preparación|planificación)|formativas|técnicas|celebradas)|se\\s+reunieron|se\\s+habían\\s+reunido)(?:\\s+\\(?[\\p{L}'-]+\\)?,?){0,12}?\\s+(?:del|entre\\s+el|el|los\\s+días|(?:tuvo\\s+lugar|se\\s+celebró|se\\s+desarrolló)(?:\\s+(?:del|entre\\s+el|el))?)|(?<!\\p{L})(?:cursos?|talleres|taller|seminarios?|formación|conferencias?|reuniones|reunión|webinarios?|cumbres?)(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:tuvo\\s+lugar|se\\s+celebró|se\\s+desarrolló|había\\s+tenido\\s+lugar)(?:\\s+(?:en|a)\\s+[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?)?",
  tookPlace:
    // (and "una única jornada de acción, el jueves 26 de enero de 2023"; "se desarrolló a lo largo del 21 de julio",
    // "durante toda la jornada del 28 de enero", "2.500 carabinieri participaron en la madrugada del 19 de diciembre":
    // at dawn, a raid, not a meeting; "desencadenó este lunes, 5 de septiembre de 2016, la operación", "ejecutó en la
    // madrugada de este miércoles")
    '(?<!\\p{L})(?:(?:se\\s+(?:desarrolló|ejecutó|realizó|llevó\\s+a\\s+cabo)|(?:ejecutó|desencadenó|llevó\\s+a\\s+cabo|detuvo|detuvieron)(?:\\s+en\\s+la\\s+madrugada\\s+de)?|tuvo\\s+lugar|se\\s+(?:desarrollaron|ejecutaron|realizaron)|tuvieron\\s+lugar)\\s+(?:el|este)|se\\s+(?:desarrolló|desarrollaron|cumplieron|ejecutaron|realizaron)\\s+a\\s+lo\\s+largo\\s+del|(?<=(?:[Oo]peración|[Oo]perativo)(?:\\s+\\p{Lu}[\\p{L}-]*){1,3},\\s)(?:ejecutad|realizad|desarrollad|llevad)[oa](?:\\s+a\\s+cabo)?\\s+el|durante\\s+(?:toda\\s+)?la\\s+jornada\\s+del|(?:ejecutad|desarrollad|realizad)[oa]\\s+durante\\s+todo\\s+el|(?:participaron|intervinieron|actuaron)\\s+en\\s+la\\s+madrugada\\s+(?:del|de\\s+hoy,)|(?:jornada|día)\\s+de\\s+acción(?:\\s+(?:conjunta|internacional|coordinada))?,?\\s+(?:el|del))',
  // ("Estados Unidos puso en marcha el viernes 1 de noviembre la operación …", "inició en la madrugada del miércoles 8
  // de septiembre de 2021 la Operación Falcón": its first day)
  // (or a sentence opening on it: "Iniciada el lunes 4 de abril, la operación …"; or after a relative clause, at a time of
  // day: "La operación, que la Guardia Civil dirige …, se inició en la madrugada del 16 de octubre de 2009", "La operación,
  // coordinada por el Ministerio Público …, comenzó el 5 de marzo de 2018"; or a body
  // that has led it since: "el despliegue de infantería de marina que encabeza desde el lunes 1 de diciembre de 2025";
  // or one said to be running since: "La operación coordinada Veracruz Seguro, en marcha desde el 4 de octubre de 2011,")
  opened:
    '(?<=^|[.!?]\\s|\\n)(?:Iniciada|Lanzada|Comenzada|Puesta\\s+en\\s+marcha)\\s+el|(?<!\\p{L})(?:está|están|sigue|siguen|continúa|continúan)\\s+en\\s+marcha\\s+desde\\s+el|(?<!\\p{L})(?:operación|operativo|dispositivo|despliegue)(?:\\s+[\\p{L}-]+){0,4}?,\\s+en\\s+marcha\\s+desde\\s+el|(?<!\\p{L})(?:operación|operativo|dispositivo|despliegue)(?:\\s+[\\p{L}-]+){0,4}?,?\\s+que\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:encabeza|dirige|mantiene|desarrolla|coordina|lidera)\\s+desde\\s+el|(?<=^|[.!?]\\s|\\n)(?:Los|Las)\\s+(?:controles|inspecciones|registros|patrullajes|despliegues)\\s+(?:comenzaron|empezaron|arrancaron|se\\s+iniciaron)\\s+el|(?<!\\p{L})(?:operación|operativo|dispositivo|fase\\s+(?:de\\s+acción|operativa))(?:(?:\\s+\\p{Lu}[\\p{L}-]*){0,2},\\s+(?:que|(?:coordinad|dirigid|liderad|encabezad|organizad|impulsad)[oa]\\s+por)\\s+[^.;]{1,200}?,|(?:\\s+(?!(?:comenzó|empezó|arrancó|se|fue|dio|ha|había|el|en|y)(?!\\p{L}))[\\p{L}\\d-]+){0,3}?)(?:\\s+(?:comenzó|empezó|arrancó|se\\s+inició|inició|se\\s+puso\\s+en\\s+marcha|se\\s+lanzó|fue\\s+lanzad[oa]|dio\\s+comienzo|(?:ha|había)\\s+(?:comenzado|empezado|arrancado))|,\\s+(?:iniciad|lanzad|puest)[oa](?:\\s+en\\s+marcha)?)\\s+(?:el|en\\s+la\\s+(?:madrugada|noche|mañana|tarde)\\s+del|(?:antes\\s+del|al)\\s+amanecer\\s+del)|(?<!\\p{L})(?:operación|operativo|dispositivo|despliegue)(?:\\s+[\\p{L}-]+){0,2}?,?\\s+que\\s+(?:el|la|los|las)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:puso|pusieron|lanzó|lanzaron|inició|iniciaron)\\s+(?:en\\s+marcha\\s+)?el|(?<!\\p{L})(?:lanzará|lanzó|ha\\s+lanzado|lanza|lanzarán|lanzaron)\\s+la\\s+operación(?:\\s+conjunta)?(?:\\s+(?!el\\b)[\\p{L}\\d-]+){1,3}\\s+el|(?<!\\p{L})(?:se\\s+(?:desarrolló|realizó|llevó\\s+a\\s+cabo)|tuvo\\s+lugar|transcurrió)\\s+(?:durante|en)\\s+la\\s+semana\\s+del|(?<!\\p{L})(?:(?:puso|pusieron|ha\\s+puesto|han\\s+puesto)\\s+en\\s+marcha|inició|iniciaron|lanzó|lanzaron)\\s+(?:en\\s+la\\s+(?:madrugada|noche|mañana)\\s+)?(?:el|del)(?=\\s[^.;]{5,60}?\\s(?:la|el)\\s+(?:operación|operativo|dispositivo|despliegue)(?!\\p{L}))',
  // ("La Policía Nacional puso fin, el martes 30 de agosto de 1994, a la operación …": its last day)
  endedBefore:
    '(?<!\\p{L})(?:puso|pusieron|ha\\s+puesto|han\\s+puesto)\\s+(?:fin|término|punto\\s+final),?\\s+(?:el\\s+)?',
  closed:
    '(?<!\\p{L})(?:operación|operativo|dispositivo|fase\\s+(?:de\\s+acción|operativa)|ella)[^.;!?\\n]{0,150}?(?<=\\s)(?:concluyó|finalizó|terminó|culminó|se\\s+cerró|se\\s+clausuró|llegó\\s+a\\s+su\\s+fin)\\s+(?:el|en\\s+la\\s+(?:madrugada|mañana|tarde|noche)\\s+del)',
  // ("SÃO PAULO, 23 dic. 2020 (Redacción Ambiente) –", "DAR ES SALAAM, 8 nov 2013 (AFP) –")
  wireDate: {
    pattern: `\\d{1,2}\\s+(?:${SHORT_MONTHS.join('|')}|sept|set)\\.?\\s+\\d{4}(?!\\d)`,
    read(written) {
      const [day, month, year] = written.split(WIRE_PARTS);
      const n = month.startsWith('se') ? 9 : SHORT_MONTHS.indexOf(month) + 1;
      return n > 0 ? [Number(day), n, Number(year)] : null;
    },
  },
  read(written) {
    const m = WRITTEN.exec(written);
    if (!m) return null;
    return [Number(m[1]), m[2] ? monthOf(m[2]) : null, m[3] ? Number(m[3]) : null];
  },
};
