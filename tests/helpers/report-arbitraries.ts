import fc from 'fast-check';

/**
 * fast-check arbitraries for reports within the plugin's rules, for the
 * export → import round trip: drafts may hold anything a draft may (no title,
 * no dates, no figures, empty components); published versions hold what a
 * publish requires (title, both dates, required component fields).
 */

export const SEEDED_CRIME_AREAS = [
  'human-trafficking',
  'migrant-smuggling',
  'forced-labour',
  'sexual-exploitation',
  'document-fraud',
];
const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];
const QUALIFIERS = ['exact', 'approximately', 'atLeast', 'moreThan', 'upTo'];

type Data = Record<string, unknown>;

/** Text as editors type it: any Unicode (no NUL, which the plugin refuses), spaces and line breaks included. */
const text = (maxLength: number, minLength = 0) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 24) })
    .map((s) => s.replace(/\u0000/g, ''))
    .filter((s) => s.length >= minLength && s.length <= maxLength);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 3 });

const day = fc.integer({ min: 0, max: 60 * 365 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86400000));
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Start and end with end ≥ start when both are given; a draft may lack either. */
const dates = (required: boolean) =>
  fc
    .record({ start: day, length: fc.integer({ min: 0, max: 400 }), hasStart: fc.boolean(), hasEnd: fc.boolean() })
    .map(({ start, length, hasStart, hasEnd }) => ({
      startDate: required || hasStart ? isoDate(start) : null,
      endDate: required || hasEnd ? isoDate(new Date(start.getTime() + length * 86400000)) : null,
    }));

const qualifier = optional(fc.constantFrom(...QUALIFIERS));
const stat = optional(fc.integer({ min: 0, max: 2147483647 }));
/** decimal(10,2) on PostgreSQL and MySQL: cents up to 99,999,999.99. */
const decimal = fc.integer({ min: 0, max: 9_999_999_999 }).map((cents) => cents / 100);

const metric = fc.record({ label: text(120, 1), value: decimal, unit: optional(text(40)), qualifier });
const route = fc.record({ origin: text(120, 1), destination: text(120, 1), note: optional(text(500)) });
const quote = fc.record({ speaker: text(120, 1), role: optional(text(120)), text: text(2000, 1) });
const source = fc.record({
  title: optional(text(200)),
  publisher: optional(text(120)),
  url: fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => url.length <= 2048),
  publishedOn: optional(day.map(isoDate)),
});
const blocks = optional(
  fc.array(
    text(80, 1).map((t) => ({ type: 'paragraph', children: [{ type: 'text', text: t }] })),
    {
      minLength: 1,
      maxLength: 2,
    }
  )
);
const list = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { maxLength: 2 });

/** Fields every locale has its own value of. */
export const localizedFields = (publishable: boolean): fc.Arbitrary<Data> =>
  fc.record({
    title: publishable ? text(200, 1) : optional(text(200, 1)),
    codename: optional(text(120)),
    agency: optional(text(120)),
    headquarters: optional(text(120)),
    summary: optional(text(2000)),
    body: blocks,
    routes: list(route),
    quotes: list(quote),
  });

/** Fields shared by the locales of one status (Strapi's i18n syncs them). */
export const sharedFields = (publishable: boolean): fc.Arbitrary<Data> =>
  fc
    .record({
      dates: dates(publishable),
      announcedOn: optional(day.map(isoDate)),
      figuresStatus: optional(fc.constantFrom('preliminary', 'final')),
      stats: fc.tuple(...STATS.map(() => fc.tuple(stat, qualifier))),
      additionalStats: list(metric),
      sources: list(source),
      crimeAreas: fc.subarray(SEEDED_CRIME_AREAS),
    })
    .map(({ dates: range, stats, ...rest }) => ({
      ...rest,
      ...range,
      ...Object.fromEntries(
        STATS.flatMap((name, i) => [
          [name, stats[i][0]],
          [`${name}Qualifier`, stats[i][1]],
        ])
      ),
    }));

const version = (publishable: boolean) =>
  fc.tuple(localizedFields(publishable), sharedFields(publishable)).map(([own, shared]) => ({ own, shared }));

/** One report: English (own and shared fields, a draft and maybe a published version) and maybe French. */
export interface ReportPlan {
  en: { published: { own: Data; shared: Data } | null; draft: { own: Data; shared: Data } };
  fr: { published: Data | null; draft: Data } | null;
  /**
   * After the writes, the drafts of a published report renamed to a slug of
   * their own (REST or Document Service): the published rows keep the live slug.
   */
  renameDraft: { base: string; via: 'rest' | 'documents' } | null;
}

export const reportPlan: fc.Arbitrary<ReportPlan> = fc.record({
  en: fc.record({ published: fc.option(version(true), { nil: null }), draft: version(false) }),
  fr: fc.option(
    fc.record({ published: fc.option(localizedFields(true), { nil: null }), draft: localizedFields(false) }),
    { nil: null }
  ),
  renameDraft: fc.option(
    fc.record({
      base: fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,20}$/),
      via: fc.constantFrom('rest' as const, 'documents' as const),
    }),
    { nil: null }
  ),
});
