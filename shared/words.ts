import type { ReleaseLanguage } from './types';

/**
 * English words a press release writes figures and dates in, read by the
 * extractor (server/src/extract): the one copy of each list.
 */

/** Number words with their values, in the order the extractor tries them ("seven" before "seventeen"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1_000,
};

/** Scales a figure in digits may carry: "3.7 million". */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** The months, January first, each with the short forms a release may write ("Sep", "Sept"). */
export const MONTHS: readonly { name: string; short: readonly string[] }[] = [
  { name: 'january', short: ['jan'] },
  { name: 'february', short: ['feb'] },
  { name: 'march', short: ['mar'] },
  { name: 'april', short: ['apr'] },
  { name: 'may', short: [] },
  { name: 'june', short: ['jun'] },
  { name: 'july', short: ['jul'] },
  { name: 'august', short: ['aug'] },
  { name: 'september', short: ['sept', 'sep'] },
  { name: 'october', short: ['oct'] },
  { name: 'november', short: ['nov'] },
  { name: 'december', short: ['dec'] },
];

/** The languages "Fill from press release" reads, English (the default) first. */
export const RELEASE_LANGUAGES = ['en', 'fr', 'es'] as const satisfies readonly ReleaseLanguage[];
