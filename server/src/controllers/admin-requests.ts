import { yup } from '@strapi/utils';
import { readLocaleCode } from '../query/request-params';
import { invalid, refusal } from '../rules/validation-error';

/**
 * The admin routes' request readers: the import's `dryRun` and the extract
 * route's release text. A refusal is a 400 whose `details.errors` names the
 * field; its message may say more than the field error does.
 */

/** The largest release the extract route reads: 100 KB of UTF-8. */
const EXTRACT_MAX_BYTES = 100 * 1024;

/** A 400 naming one field, whose message (`summary`) says more than the field error. */
const refuseField = (path: string[], message: string, summary: string) => refusal(summary, [{ path, message }]);

const DRY_RUN = yup.mixed().oneOf([undefined, '', 'true', 'false']);

/** ?dryRun=true|false of an import (absent or empty: false); any other parameter is refused. */
export function readDryRun(query: Record<string, unknown>): boolean {
  for (const key of Object.keys(query)) {
    if (key !== 'dryRun') {
      throw refuseField([key], `Unknown parameter "${key}"`, `Unknown parameter "${key}" (import accepts dryRun)`);
    }
  }
  if (!DRY_RUN.isValidSync(query.dryRun, { strict: true })) invalid(['dryRun'], 'dryRun must be true or false');
  return query.dryRun === 'true';
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The release: each test's message is the field error, SUMMARY (by test) the 400's message. */
const RELEASE_TEXT = yup
  .string()
  .strict()
  .typeError('text must be a string')
  .defined('text must be a string')
  .test('empty', 'text is empty', (text) => text === undefined || text.trim() !== '')
  .test('size', 'text is over 100 KB', (text) => text === undefined || bytes(text) <= EXTRACT_MAX_BYTES);

const SUMMARY: Record<string, (text: string) => string> = {
  typeError: () => 'text must be a string holding the press release',
  defined: () => 'text must be a string holding the press release',
  empty: () => 'text is empty: paste the press release',
  size: (text) => `text is ${bytes(text)} bytes; the limit is ${EXTRACT_MAX_BYTES} (100 KB)`,
};

/**
 * An extract request's body `{ text, locale? }`: the press release, and the
 * edit view's locale as a hint for its language. A bad body is a 400 naming
 * `text` or `locale`.
 */
export function readExtractRequest(body: unknown): { text: string; locale?: string } {
  const { text, locale } = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as {
    text?: unknown;
    locale?: unknown;
  };
  let release: string;
  try {
    release = RELEASE_TEXT.validateSync(text, { strict: true, abortEarly: true });
  } catch (error) {
    if (!(error instanceof yup.ValidationError)) throw error;
    throw refuseField(['text'], error.message, SUMMARY[error.type ?? 'typeError'](text as string));
  }
  if (locale === undefined || locale === null) return { text: release };
  return { text: release, locale: readLocaleCode(locale) };
}
