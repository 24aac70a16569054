import { cueBefore } from '../looking-back';
import { bracketedHedge } from '../languages/bracketed';
import type { StatQualifier } from '../../../../shared/stats';

/**
 * Number reading for Spanish releases: figures as they write them ("3.744",
 * "14 000", "1,5 millones", "doce mil", "treinta y dos"), never guessed. A
 * comma is a decimal comma: "1,234" is refused, not read as grouping.
 */

const UNITS: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
};

/** 1 to 29 in one word (the units, "diez" to "diecinueve", "veinte" to "veintinueve"). */
const SMALL: Readonly<Record<string, number>> = {
  ...UNITS,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiún: 21,
  veintiun: 21,
  veintiuno: 21,
  veintiuna: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};

/** Tens that take "y" and a unit: "treinta y dos". */
const TENS: Readonly<Record<string, number>> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};

const HUNDREDS: Readonly<Record<string, number>> = {
  cien: 100,
  ciento: 100,
  ...Object.fromEntries(
    ['dos', 'tres', 'cuatro', 'quin', 'seis', 'sete', 'ocho', 'nove'].flatMap((root, i) => {
      const stem = root === 'quin' ? 'quinient' : `${root}cient`;
      return [
        [`${stem}os`, (i + 2) * 100],
        [`${stem}as`, (i + 2) * 100],
      ];
    })
  ),
};

const MILLION = ['millón', 'millon', 'millones'];

/** Every number word, longest first (a pattern alternation tries them in order). */
export const ES_NUMBER_WORDS: readonly string[] = [
  ...Object.keys(SMALL),
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
  'mil',
  ...MILLION,
].sort((a, b) => b.length - a.length);

/** Below a thousand: [hundreds] [tens [y unit] | 1–29]; "cien" stands alone, "ciento" never does. */
function belowThousand(words: string[]): number | null {
  let i = 0;
  let value = 0;
  const hundred = words[0];
  if (hundred in HUNDREDS) {
    value = HUNDREDS[hundred];
    i = 1;
    if ((hundred === 'cien' && words.length > 1) || (hundred === 'ciento' && words.length === 1)) return null;
  }
  const rest = words.slice(i);
  if (rest.length === 0) return value > 0 ? value : null;
  if (rest.length === 1 && (rest[0] in SMALL || rest[0] in TENS)) return value + (SMALL[rest[0]] ?? TENS[rest[0]]);
  if (rest.length === 3 && rest[0] in TENS && rest[1] === 'y' && rest[2] in UNITS) {
    return value + TENS[rest[0]] + UNITS[rest[2]];
  }
  return null;
}

/**
 * A number in words up to the millions: "doce mil", "tres mil doscientos",
 * "ciento diecinueve", "un millón". A lone "un", "una" or "uno" is an article
 * more often than a count: refused.
 */
export function parseWords(text: string): number | null {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && words[0] in UNITS && UNITS[words[0]] === 1)) return null;
  let total = 0;
  let rest = words;
  const millionAt = rest.findIndex((w) => MILLION.includes(w));
  if (millionAt >= 0) {
    const count = belowThousand(rest.slice(0, millionAt));
    // "un millón", "dos millones": the singular goes with one only.
    if (count === null || (count === 1) !== (rest[millionAt] !== 'millones')) return null;
    total += count * 1_000_000;
    rest = rest.slice(millionAt + 1);
  }
  const thousandAt = rest.indexOf('mil');
  if (thousandAt >= 0) {
    const count = thousandAt === 0 ? 1 : belowThousand(rest.slice(0, thousandAt));
    if (count === null) return null;
    total += count * 1_000;
    rest = rest.slice(thousandAt + 1);
  }
  if (rest.length === 0) return total > 0 ? total : null;
  const last = belowThousand(rest);
  return last === null ? null : total + last;
}

/** The scales a figure in digits may carry, longest first: "2,3 mil millones", "1,5 millón", "14 mil". */
export const ES_SCALES: readonly [string, number][] = [
  ['mil millones', 1_000_000_000],
  ['millones', 1_000_000],
  ['millón', 1_000_000],
  ['millon', 1_000_000],
  ['mil', 1_000],
];

const SCALED = /(?<=\s)(?:mil\s+millones|millones|millón|millon|mil)$/i;
// "2 mil 340": Mexico's way of writing 2.340
const MIL_BETWEEN = /^(\d{1,3})\smil\s(\d{1,3})$/;
const MIL_THEN = /^[Mm]il\s(\d{1,3})$/;

/** "3.744", "14 000", "1.234.567", "14000", "1,5 millones"; null for "1,234", "1.5" or "3,7" alone. */
export function parseDigits(text: string): number | null {
  let rest = text.trim();
  const told = MIL_BETWEEN.exec(rest);
  if (told) return Number(told[1]) * 1000 + Number(told[2]);
  let scale = 0;
  const scaled = SCALED.exec(rest);
  if (scaled) {
    const word = scaled[0].toLowerCase().replace(/\s+/g, ' ');
    scale = ES_SCALES.find(([name]) => name === word)![1];
    rest = rest.slice(0, scaled.index).trimEnd();
  }
  const fractional = /,(\d+)$/.exec(rest);
  if (fractional) rest = rest.slice(0, fractional.index);
  // Grouping in threes, by a dot or a space; "14000" unbroken is a number too.
  if (!/^(?:\d+|\d{1,3}(?:[. ]\d{3})+)$/.test(rest)) return null;
  const digits = rest.replace(/[. ]/g, '');
  if (!scale) return fractional ? null : Number(digits); // "3,7" alone is not a count
  const value = Number(`${digits}.${fractional?.[1] ?? '0'}`) * scale;
  // "1,25 millones" is 1,250,000; "1,2345678 millones" would need rounding: refuse it.
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-6 ? rounded : null;
}

const COLLECTIVES: Record<string, number> = {
  millar: 1_000,
  centenar: 100,
  decena: 10,
  docena: 12,
  veintena: 20,
  treintena: 30,
  cincuentena: 50,
};
/**
 * "una veintena de países": a round figure said as a collective noun after "una" (read approximately: its cue is
 * that "una", CUES below). Not "cuarentena" (a quarantine as often as forty).
 */
export const ROUGHLY_COLLECTIVE = 'decena|docena|veintena|treintena|cincuentena';
const COLLECTIVE_READ = new RegExp(`^(?:un\\s+(millar|centenar)|(${ROUGHLY_COLLECTIVE}))\\s+de$`, 'i');
/** "un centenar de agentes", "un millar de detenidos": a round figure, about a hundred (NumberRules.roundedStat). */
export const ROUNDED_STAT = /^\s*un\s+(?:centenar|millar)\s+de\s*$/i;
/** A figure as a rule's `num` group read it, in digits or in words ("un millar": 1.000); null if it is not one. */
export const readNumber = (raw: string): number | null => {
  const collective = COLLECTIVE_READ.exec(raw.trim());
  if (collective) return COLLECTIVES[(collective[1] ?? collective[2]).toLowerCase()];
  // ("medio millar de investigaciones": half of one)
  const half = /^medio\s+(millar|centenar)\s+de$/i.exec(raw.trim());
  if (half) return COLLECTIVES[half[1].toLowerCase()] / 2;
  // ("mil 50 efectivos", as Mexico writes 1.050)
  const thousandAnd = MIL_THEN.exec(raw.trim());
  if (thousandAnd) return 1000 + Number(thousandAnd[1]);
  return /^\d/.test(raw) ? parseDigits(raw) : parseWords(raw);
};

/** The words a release hedges a figure with, by qualifier. */
const CUE_WORDS: readonly [Exclude<StatQualifier, 'exact'>, readonly string[]][] = [
  [
    'approximately',
    [
      'unos',
      'unas',
      'cerca de',
      'alrededor de',
      'aproximadamente',
      'casi',
      'en torno a',
      'un estimado de',
      // (not "las fuerzas del orden de 12 países": the forces of law and order)
      '(?<!fuerzas\\s)del orden de',
      'poco menos de',
      // "criptoactivos por un valor aproximado de 25.000 euros" (the words before the cue name the money)
      'un valor aproximado de',
      'valor aproximado de',
      'una cifra aproximada de',
      // "un valor que ronda los 80 millones de euros"
      'ronda los',
      'ronda las',
      'rondan los',
      'rondaba los',
      'rondaban los',
      'roza los',
      'rozan los',
    ],
  ],
  ['atLeast', ['al menos', 'como mínimo', 'por lo menos', 'un mínimo de', 'no menos de']],
  ['moreThan', ['más de', 'por encima de']],
  ['upTo', ['hasta']],
];

/** Every cue, longest first, as a pattern: `un estimado de|alrededor de|…|casi`. */
export const ES_CUE = CUE_WORDS.flatMap(([, words]) => words)
  .sort((a, b) => b.length - a.length)
  .join('|');

// "más de una veintena": a cue before the collective's "una" is its qualifier; "una" alone makes it approximate.
const CUES: [RegExp, StatQualifier][] = [
  ...CUE_WORDS.map(([qualifier, words]): [RegExp, StatQualifier] => [
    new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?:\\s+una)?\\s*$`, 'iu'),
    qualifier,
  ]),
  [/(?<!\p{L})una\s*$/iu, 'approximately'],
];

/** The qualifier a Spanish release gives a figure, from the words just before it; `exact` when none. */
export const qualifierBefore = (textBefore: string) => cueBefore(CUES, textBefore);

/** A figure said to be the whole (NumberRules.total). */
export const ES_TOTAL = {
  before: /(?<!\p{L})(?:un\s+total\s+de|en\s+total|en\s+conjunto|es\s+decir),?(?:\s+\p{L}+){0,2}?\s+$/iu,
  after: /^,?\s+(?:en\s+total|en\s+conjunto)(?!\p{L})/iu,
};

/** "2.900 (aprox.)", "219 (como mínimo)": a hedge in brackets after a figure. */
export const BRACKETED = bracketedHedge({
  approximately: [
    'aprox.',
    'aprox',
    'aproximadamente',
    'estimado',
    'estimados',
    'estimación',
    'cifra aproximada',
    'cifra estimada',
    'alrededor',
    'cerca',
  ],
  atLeast: ['como mínimo', 'al menos', 'mínimo', 'por lo menos', 'cifra mínima'],
  upTo: ['como máximo', 'máximo'],
});
