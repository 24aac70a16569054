import fc from 'fast-check';

/*
 * The document operations the differential test runs on both types, as data:
 * fast-check generates sequences of them, prints them when a run fails, and
 * shrinks a failing sequence to a short one.
 */

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
/** Through the Document Service or through REST (REST has no unpublish or discardDraft). */
export type Via = 'documents' | 'rest';
/**
 * Up to three documents per sequence, in slots. A create takes the first free
 * slot; any other operation works on an existing document (`slot` modulo
 * their number).
 */
export const SLOTS = 3;

export interface Fields {
  title?: string | null;
  slug?: string;
  startDate?: string | null;
  endDate?: string | null;
  arrests?: number | null;
  summary?: string | null;
  /** Crime areas by slug. */
  crimeAreas?: string[];
}

export type Op =
  | { kind: 'create'; slot: number; locale: Locale; via: Via; publish: boolean; data: Fields }
  /** A draft write; on a locale the document lacks, it creates that locale. `publish` publishes it after (REST PUT). */
  | { kind: 'update'; slot: number; locale: Locale; via: Via; publish: boolean; data: Fields }
  | { kind: 'publish'; slot: number; locale: Locale | '*'; via: Via }
  | { kind: 'unpublish'; slot: number; locale: Locale | '*'; via: 'documents' }
  | { kind: 'discardDraft'; slot: number; locale: Locale | '*'; via: 'documents' }
  | { kind: 'delete'; slot: number; locale: Locale | '*'; via: Via };

export const CRIME_AREA_SLUGS = [
  'human-trafficking',
  'migrant-smuggling',
  'forced-labour',
  'sexual-exploitation',
  'document-fraud',
];

const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const locale = fc.constantFrom<Locale>(...LOCALES);
const anyLocale = fc.constantFrom<Locale | '*'>('en', 'fr', 'en', 'fr', '*');
const via = fc.constantFrom<Via>('documents', 'rest');
// A few days in November: enough to meet, cross and invert each other.
const day = fc.integer({ min: 1, max: 30 }).map((d) => `2025-11-${String(d).padStart(2, '0')}`);
const date = fc.option(day, { freq: 8, nil: null });
const title = fc.option(fc.constantFrom('Operation Alpha', 'Operation Beta', 'Opération Gamma'), {
  freq: 8,
  nil: null,
});
/** A small pool, so that slugs collide with other documents and with generated ones. */
const slug = fc.constantFrom('alpha', 'beta', 'operation-alpha', 'shared-slug');
const crimeAreas = fc.subarray(CRIME_AREA_SLUGS, { maxLength: 3 });

const fields = fc.record(
  {
    title,
    slug,
    startDate: date,
    endDate: date,
    arrests: fc.option(fc.integer({ min: 0, max: 5000 }), { freq: 6, nil: null }),
    summary: fc.option(fc.constantFrom('Short summary', 'Résumé'), { freq: 4, nil: null }),
    crimeAreas,
  },
  { requiredKeys: [] }
);

// A create is generated within the plugin's rules (end ≥ start); partial updates are not.
const create = fc.record({
  kind: fc.constant('create' as const),
  slot,
  locale,
  via,
  publish: fc.boolean(),
  data: fc
    .record(
      { title, slug, startDate: day, endDate: day, arrests: fc.integer({ min: 0, max: 5000 }), crimeAreas },
      { requiredKeys: ['title', 'startDate', 'endDate'] }
    )
    .map((data) =>
      data.endDate < data.startDate ? { ...data, startDate: data.endDate, endDate: data.startDate } : data
    ),
});
const update = (data: fc.Arbitrary<Fields>) =>
  fc.record({ kind: fc.constant('update' as const), slot, locale, via, publish: fc.boolean(), data });
const partialDates = fc.oneof(fc.record({ startDate: day }), fc.record({ endDate: day }));

export const operation: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: create, weight: 4 },
  { arbitrary: update(fields), weight: 4 },
  { arbitrary: update(partialDates), weight: 3 },
  { arbitrary: update(fc.record({ slug })), weight: 2 },
  { arbitrary: update(fc.record({ crimeAreas })), weight: 2 },
  { arbitrary: update(fc.record({ title })), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('publish' as const), slot, locale: anyLocale, via }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('unpublish' as const),
      slot,
      locale: anyLocale,
      via: fc.constant('documents' as const),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('discardDraft' as const),
      slot,
      locale: anyLocale,
      via: fc.constant('documents' as const),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), slot, locale: anyLocale, via }), weight: 1 }
);

/** A sequence starts with a create, so that what follows has a document to work on. */
export const sequence = (minLength: number, maxLength: number): fc.Arbitrary<Op[]> =>
  fc
    .tuple(create, fc.array(operation, { minLength: minLength - 1, maxLength: maxLength - 1 }))
    .map(([first, rest]) => [first, ...rest]);

/** REST cannot publish every locale at once: such a publish goes through the Document Service. */
export function effectiveVia(op: Op): Via {
  return op.kind === 'publish' && op.locale === '*' ? 'documents' : op.via;
}
