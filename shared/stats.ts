/**
 * The one list of operation figures. Validation, the stats SQL, GraphQL, the
 * admin widgets, the exported types and the content model
 * (content-types/operation-report/schema.ts) all read from here; adding a
 * seventh stat is one entry below.
 */

export const STAT_QUALIFIERS = ['exact', 'approximately', 'atLeast', 'moreThan', 'upTo'] as const;
export type StatQualifier = (typeof STAT_QUALIFIERS)[number];
export const DEFAULT_QUALIFIER: StatQualifier = 'exact';

/** How each qualifier reads in prose: the admin's labels, formatStat's long style and the extractor's cues. */
export const QUALIFIER_WORDS: Readonly<Record<StatQualifier, string>> = {
  exact: 'exact',
  approximately: 'approximately',
  atLeast: 'at least',
  moreThan: 'more than',
  upTo: 'up to',
};

/** Largest value a stat may hold: the signed 32-bit integer column every database shares. */
export const STAT_MAX = 2_147_483_647;

export const STATS = [
  { name: 'countries', label: 'Countries', noun: { one: 'country', other: 'countries' } },
  { name: 'officers', label: 'Officers', noun: { one: 'officer', other: 'officers' } },
  { name: 'arrests', label: 'Arrests', noun: { one: 'arrest', other: 'arrests' } },
  {
    name: 'victimsIdentified',
    label: 'Victims identified',
    noun: { one: 'victim identified', other: 'victims identified' },
  },
  {
    name: 'irregularMigrants',
    label: 'Irregular migrants',
    noun: { one: 'irregular migrant', other: 'irregular migrants' },
  },
  {
    name: 'investigationsOpened',
    label: 'Investigations opened',
    noun: { one: 'investigation opened', other: 'investigations opened' },
  },
] as const;

export type StatName = (typeof STATS)[number]['name'];
export type StatQualifierField = `${StatName}Qualifier`;

/** The keys `groupBy` accepts on the stats routes, one per request. */
export const STATS_GROUP_KEYS = ['year', 'month', 'agency', 'crimeArea', 'series', 'figuresStatus'] as const;
export type StatsGroupKey = (typeof STATS_GROUP_KEYS)[number];

export const STAT_NAMES: readonly StatName[] = STATS.map((stat) => stat.name);

export const qualifierFieldOf = <N extends StatName>(name: N): `${N}Qualifier` => `${name}Qualifier` as `${N}Qualifier`;

export const isStatQualifier = (value: unknown): value is StatQualifier =>
  typeof value === 'string' && (STAT_QUALIFIERS as readonly string[]).includes(value);

export const isStatName = (value: unknown): value is StatName =>
  typeof value === 'string' && (STAT_NAMES as readonly string[]).includes(value);

/**
 * How the qualifiers of summed figures combine into the total's qualifier,
 * strongest first: any `approximately` makes the total approximate; otherwise
 * any lower bound (`atLeast`, `moreThan`) makes it `atLeast`; otherwise any
 * `upTo` makes it `upTo`; only all-exact figures give an exact total.
 * The stats SQL is generated from this list.
 */
export const TOTAL_QUALIFIER_RULES: readonly { total: StatQualifier; from: readonly StatQualifier[] }[] = [
  { total: 'approximately', from: ['approximately'] },
  { total: 'atLeast', from: ['atLeast', 'moreThan'] },
  { total: 'upTo', from: ['upTo'] },
];
