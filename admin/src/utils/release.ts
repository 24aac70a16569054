import {
  DEFAULT_QUALIFIER,
  STAT_MAX,
  STAT_NAMES,
  isStatName,
  isStatQualifier,
  type StatName,
  type StatQualifier,
} from '../../../shared/stats';
import type { ReleaseLanguage, ReleaseLanguageSource } from '../../../shared/types';
import { RELEASE_LANGUAGES } from '../../../shared/words';
import { isRecord } from './isRecord';

/**
 * What "Fill from press release" reads from `POST /operation-reports/extract`:
 * the answer checked field by field, so a malformed or unknown entry is left
 * out rather than written into the form.
 */

const RELEASE_TEXT_FIELDS = ['codename', 'agency', 'headquarters'] as const;
const RELEASE_DATE_FIELDS = ['startDate', 'endDate'] as const;

export type ReleaseTextField = (typeof RELEASE_TEXT_FIELDS)[number];
export type ReleaseDateField = (typeof RELEASE_DATE_FIELDS)[number];
export type ReleaseFieldName = StatName | ReleaseTextField | ReleaseDateField;

/** The order the dialog lists fields in: as the edit view lays them out. */
const RELEASE_FIELD_ORDER: readonly ReleaseFieldName[] = [
  ...RELEASE_TEXT_FIELDS,
  ...RELEASE_DATE_FIELDS,
  ...STAT_NAMES,
];

export type FoundField =
  | { name: StatName; kind: 'stat'; value: number; qualifier: StatQualifier; evidence: string }
  | { name: ReleaseDateField; kind: 'date'; value: string; evidence: string }
  | { name: ReleaseTextField; kind: 'text'; value: string; evidence: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2025-02-30). */
export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

function readField(name: ReleaseFieldName, raw: unknown): FoundField | null {
  if (!isRecord(raw)) return null;
  const evidence = typeof raw.evidence === 'string' ? raw.evidence : '';
  if (isStatName(name)) {
    const { value } = raw;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > STAT_MAX) return null;
    const qualifier = isStatQualifier(raw.qualifier) ? raw.qualifier : DEFAULT_QUALIFIER;
    return { name, kind: 'stat', value, qualifier, evidence };
  }
  if ((RELEASE_DATE_FIELDS as readonly string[]).includes(name)) {
    if (!isIsoDate(raw.value)) return null;
    return { name: name as ReleaseDateField, kind: 'date', value: raw.value, evidence };
  }
  if (typeof raw.value !== 'string' || raw.value.trim() === '') return null;
  return { name: name as ReleaseTextField, kind: 'text', value: raw.value.trim(), evidence };
}

/**
 * The fields of an extract answer (`{ data: { fields } }`), in the dialog's
 * order. Unknown keys, at any level, are ignored.
 */
export function readExtractAnswer(body: unknown): FoundField[] {
  const data = isRecord(body) ? body.data : undefined;
  const fields = isRecord(data) ? data.fields : undefined;
  if (!isRecord(fields)) return [];
  return RELEASE_FIELD_ORDER.map((name) => readField(name, fields[name])).filter(
    (field): field is FoundField => field !== null
  );
}

/** The language the server read a release in, and what decided it (its words, the edit view's locale, or neither). */
export interface ReadLanguage {
  language: ReleaseLanguage;
  source: ReleaseLanguageSource;
}

const LANGUAGE_SOURCES: readonly ReleaseLanguageSource[] = ['text', 'hint', 'default'];

/** The `language` and `languageSource` of an extract answer; null from a server that does not say. */
export function readReleaseLanguage(body: unknown): ReadLanguage | null {
  const data = isRecord(body) ? body.data : undefined;
  if (!isRecord(data)) return null;
  const { language, languageSource } = data;
  if (!(RELEASE_LANGUAGES as readonly unknown[]).includes(language)) return null;
  const source = LANGUAGE_SOURCES.find((known) => known === languageSource) ?? 'text';
  return { language: language as ReleaseLanguage, source };
}

/** The message of a Strapi error body (`{ data: null, error: { message } }`), thrown by the fetch client. */
export function serverErrorMessage(error: unknown): string | null {
  if (!isRecord(error) && !(error instanceof Error)) return null;
  const response = (error as { response?: unknown }).response;
  const data = isRecord(response) ? response.data : undefined;
  const body = isRecord(data) ? data.error : undefined;
  if (isRecord(body) && typeof body.message === 'string' && body.message.trim()) return body.message;
  return null;
}

export interface EvidenceInContext {
  /** The sentence before the span (possibly shortened, starting with "…"). */
  before: string;
  /** The span the value was read from. */
  match: string;
  /** The rest of the sentence (possibly shortened, ending with "…"). */
  after: string;
}

const SENTENCE_END_BEFORE = /[.!?]["”’)]?\s+|\n/g;
const SENTENCE_END_AFTER = /[.!?]["”’)]?(?=\s|$)|\n/;

const squash = (text: string) => text.replace(/\s+/g, ' ');

function shortenStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < max / 2 ? cut.slice(space + 1) : cut}`;
}

function shortenEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The sentence of `text` holding `evidence`, split around it so the span can
 * be highlighted. When the span is not in the text (edited since), the span
 * alone.
 */
export function evidenceInContext(text: string, evidence: string, maxSide = 140): EvidenceInContext {
  const at = evidence ? text.indexOf(evidence) : -1;
  if (at < 0) return { before: '', match: evidence, after: '' };
  const end = at + evidence.length;

  let start = 0;
  SENTENCE_END_BEFORE.lastIndex = 0;
  const head = text.slice(0, at);
  for (let m = SENTENCE_END_BEFORE.exec(head); m; m = SENTENCE_END_BEFORE.exec(head)) {
    start = m.index + m[0].length;
  }
  const tail = text.slice(end);
  const stop = SENTENCE_END_AFTER.exec(tail);
  const last = stop ? end + stop.index + (stop[0] === '\n' ? 0 : stop[0].length) : text.length;

  return {
    before: shortenStart(squash(text.slice(start, at)).trimStart(), maxSide),
    match: evidence,
    after: shortenEnd(squash(text.slice(end, last)).trimEnd(), maxSide),
  };
}
