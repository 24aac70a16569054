import type { StatName, StatQualifier, StatsGroupKey } from './stats';

export type { StatName, StatQualifier, StatsGroupKey };

/** A figure as stored: null when the report does not give it. */
export type StatFields = { [K in StatName]: number | null } & { [K in `${StatName}Qualifier`]: StatQualifier };

export interface CrimeArea {
  id: number;
  documentId: string;
  name: string;
  slug: string;
}

export interface Metric {
  id: number;
  label: string;
  value: number;
  unit: string | null;
  qualifier: StatQualifier;
}

export interface Route {
  id: number;
  origin: string;
  destination: string;
  note: string | null;
}

export interface Quote {
  id: number;
  speaker: string;
  role: string | null;
  text: string;
}

export interface Source {
  id: number;
  title: string | null;
  publisher: string | null;
  url: string;
  publishedOn: string | null;
}

/** Strapi's blocks (rich text) JSON. */
export type Blocks = Array<Record<string, unknown>>;

/** One report as GET /api/operation-reports returns it (relations and components when populated). */
export type OperationReport = StatFields & {
  id: number;
  documentId: string;
  title: string;
  slug: string | null;
  codename: string | null;
  /** The operation's series ("Liberterra" for Liberterra III): derived from the codename when left empty. */
  series: string | null;
  agency: string | null;
  headquarters: string | null;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
  durationDays: number | null;
  announcedOn: string | null;
  figuresStatus: 'preliminary' | 'final';
  summary: string | null;
  body: Blocks | null;
  locale?: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  additionalStats?: Metric[];
  crimeAreas?: CrimeArea[];
  routes?: Route[];
  quotes?: Quote[];
  sources?: Source[];
};

export interface StatTotal {
  /** Sum of the reported values; null when no report gave one. */
  value: number | null;
  qualifier: StatQualifier;
  /** How many reports gave a value. */
  reported: number;
  /** Smallest reported value; null when no report gave one. */
  min: number | null;
  /** Largest reported value; null when no report gave one. For `countries`, the figure to show ("up to 119 countries"): operations share countries, so their sum means nothing. */
  max: number | null;
  /** Mean of the reported values, rounded to one decimal (half up); null when no report gave one. */
  avg: number | null;
}

export type StatTotals = Record<StatName, StatTotal>;

export interface OperationReportYearStats {
  year: number;
  count: number;
  totals: StatTotals;
}

/**
 * One group of `groupBy`: `key` is the year (number), the month ("YYYY-MM"),
 * the agency, the crime area's slug, the series or the figures status; null
 * for reports without one (no agency, no series, no crime area).
 */
export interface OperationReportStatsGroup {
  key: string | number | null;
  count: number;
  totals: StatTotals;
}

/** `data` of GET /api/operation-reports/stats, and of the GraphQL `operationReportStats` query. */
export interface OperationReportStats {
  count: number;
  totals: StatTotals;
  byYear: OperationReportYearStats[];
  /** Present when the request names `groupBy`: time keys ascending, other keys by count descending, then key. */
  groupBy?: StatsGroupKey;
  groups?: OperationReportStatsGroup[];
}

/** One figure of a comparison between two editions of a series. */
export interface StatComparison {
  from: number | null;
  fromQualifier: StatQualifier;
  to: number | null;
  toQualifier: StatQualifier;
  /** to − from; null when either side is missing. */
  delta: number | null;
  /** (to − from) / from × 100, rounded to one decimal; null when from is 0 or either side is missing. */
  percent: number | null;
}

/** The edition a comparison is made against, or the report itself. */
export interface ComparedReport {
  documentId: string;
  title: string;
  codename: string | null;
  series: string | null;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
  locale?: string;
}

/** `data` of GET /api/operation-reports/:documentId/compare. */
export interface OperationReportComparison {
  report: ComparedReport;
  /** The previous published report of the same series and locale; null when there is none. */
  previous: ComparedReport | null;
  /** Per stat; empty when there is no previous edition. */
  stats: Partial<Record<StatName, StatComparison>>;
}

export interface OperationReportComparisonResponse {
  data: OperationReportComparison;
  meta: { locale?: string | null };
}

/** The previous published edition of a series with its figures: what the edit view's side panel compares the form with. */
export type PreviousEdition = ComparedReport & StatFields;

/** `data` of the admin route GET /operation-reports/previous-edition. */
export interface PreviousEditionResponse {
  /** The series looked up (given, or derived from the codename); null when there is none. */
  data: { series: string | null; previous: PreviousEdition | null };
}

export interface OperationReportStatsResponse {
  data: OperationReportStats;
  meta: { status: 'published'; locale?: string | null };
}

/** What an import does with one report of the file. */
export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface ImportError {
  /** Where in the report: ['locales', 'en', 'draft', 'endDate'], ['slug'], … */
  path: string[];
  message: string;
}

/** One report of an import: what happens to it, and why not when refused. */
export interface ImportResult {
  slug: string | null;
  /** The report's title in the file (default locale's draft first), to name it by; absent when it has none. */
  title?: string;
  action: ImportAction;
  documentId?: string;
  /** Crime areas the import adds to the taxonomy for this report (named in the file's crimeAreas). */
  crimeAreasCreated?: string[];
  errors?: ImportError[];
}

export type ImportSummary = Record<ImportAction, number>;

/**
 * `data` of the admin route POST /operation-reports/import, and `error.details`
 * of its 400 when a report is refused.
 */
export interface ImportOutcome {
  dryRun: boolean;
  /** True when the import was applied (never for a dry run or a refused import). */
  applied: boolean;
  reports: ImportResult[];
  summary: ImportSummary;
}

/**
 * Why the server refused a field, beside Strapi's English `message` in each
 * `details.errors` entry: a stable message id (`operation-reports.error.<key>`)
 * and its values (ISO days, plain numbers and words), for a client to word.
 */
export interface RefusalReason {
  id: string;
  values: Record<string, string | number>;
}

/** The languages "Fill from press release" reads (the list: `RELEASE_LANGUAGES` in shared/words.ts). */
export type ReleaseLanguage = 'en' | 'fr' | 'es';

/** A figure the extractor read, with the exact span of the release it read it from. */
export type ExtractedStat = { value: number; qualifier: StatQualifier; evidence: string };
export type ExtractedText = { value: string; evidence: string };
/** The six figures, the dates, the agency, the codename and the headquarters a release states. */
export type ExtractedFields = Partial<Record<StatName, ExtractedStat>> & {
  startDate?: ExtractedText;
  endDate?: ExtractedText;
  agency?: ExtractedText;
  codename?: ExtractedText;
  headquarters?: ExtractedText;
};

/**
 * A proposed `additionalStats` row: a figure beyond the six ("USD 7 million in
 * illicit medicines", "2 tonnes of cocaine", "more than 1,300 websites closed").
 * `label` is in the release's language; `unit` is an ISO 4217 code for money
 * (`USD`, `EUR`), `kg`, `t` or `L` for seizures, null for counted things.
 */
export interface ExtractedMetric {
  label: string;
  value: number;
  unit: string | null;
  qualifier: StatQualifier;
  evidence: string;
}

/**
 * How the language was chosen: `text` when the release's own words decided,
 * `hint` when they did not and the edit view's locale did, `default` (English)
 * when neither could.
 */
export type ReleaseLanguageSource = 'text' | 'hint' | 'default';

/** `POST /operation-reports/extract` (admin), body `{ text, locale? }`: what a release states. */
export interface ReleaseExtraction {
  language: ReleaseLanguage;
  languageSource: ReleaseLanguageSource;
  fields: ExtractedFields;
  additionalStats: ExtractedMetric[];
}

export interface ReleaseExtractionResponse {
  data: ReleaseExtraction;
}
