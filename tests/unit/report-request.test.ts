import { readCompareRequest } from '../../server/src/compare/compare-request';
import { readPreviousEditionQuery } from '../../server/src/compare/previous-request';
import { reportJsonLd } from '../../server/src/jsonld/report-jsonld';
import { readReportRequest, type ReportRequestRules } from '../../server/src/query/report-request';

/**
 * A Strapi without i18n, where compare's locale is null: a malformed locale is
 * still refused (compare once let it through there), as JSON-LD always did.
 */
const strapi = { plugin: () => undefined } as never;

/** The 400's message and the path of its one error. */
async function refusal(read: () => unknown): Promise<{ message: string; path: string[] }> {
  try {
    await read();
  } catch (error) {
    const { message, details } = error as { message: string; details: { errors: { path: string[] }[] } };
    return { message, path: details.errors[0].path };
  }
  throw new Error('no refusal');
}

const compare = (documentId: unknown, query: Record<string, unknown> = {}) =>
  refusal(() => readCompareRequest(strapi, { documentId }, query));
const jsonld = (documentId: unknown, query: Record<string, unknown> = {}) =>
  refusal(() => reportJsonLd(strapi, documentId, query));
const previous = (query: Record<string, unknown>) => refusal(() => readPreviousEditionQuery(query));

describe('one reader of a one-report request (documentId and locale)', () => {
  const rules: ReportRequestRules = { allowed: ['locale'], accepts: 'test accepts locale', documentIdRequired: true };

  it('reads the documentId and the locale, null when no locale is asked for', () => {
    expect(readReportRequest('abc', { locale: 'fr-FR' }, rules)).toEqual({ documentId: 'abc', locale: 'fr-FR' });
    expect(readReportRequest('abc', { locale: '' }, rules)).toEqual({ documentId: 'abc', locale: null });
    expect(readReportRequest(undefined, {}, { ...rules, documentIdRequired: false })).toEqual({
      documentId: null,
      locale: null,
    });
  });

  it('refuses unknown parameters first, then the documentId, then the locale', async () => {
    const read = (documentId: unknown, query: Record<string, unknown>) =>
      refusal(() => readReportRequest(documentId, query, rules));
    expect(await read('a\u0000b', { sort: 'x', locale: '!!' })).toEqual({
      message: 'Unknown parameter "sort" (test accepts locale)',
      path: ['sort'],
    });
    expect((await read('a\u0000b', { locale: '!!' })).path).toEqual(['documentId']);
    expect(await read('', {})).toEqual({ message: 'documentId is required', path: ['documentId'] });
    expect(await read('abc', { locale: '!!' })).toEqual({
      message: 'locale must be a locale code such as "en" or "fr-FR"',
      path: ['locale'],
    });
  });

  it('gives compare, JSON-LD and the previous edition the same documentId and locale refusals', async () => {
    const nul = await compare('a\u0000b');
    expect(nul.path).toEqual(['documentId']);
    expect(await jsonld('a\u0000b')).toEqual(nul);
    expect(await previous({ documentId: 'a\u0000b' })).toEqual(nul);

    const badLocale = { message: 'locale must be a locale code such as "en" or "fr-FR"', path: ['locale'] };
    expect(await compare('abc', { locale: '!!' })).toEqual(badLocale);
    expect(await jsonld('abc', { locale: '!!' })).toEqual(badLocale);
    expect(await previous({ locale: '!!' })).toEqual(badLocale);
  });

  it("keeps each endpoint's own words", async () => {
    expect(await compare('a b')).toEqual({
      message: 'documentId must be a document id: 1 to 64 letters, digits, "-" or "_"',
      path: ['documentId'],
    });
    expect((await compare('x'.repeat(65))).message).toMatch(/^documentId must be a document id/);
    expect(await compare('abc', { sort: 'x' })).toEqual({
      message: 'Unknown parameter "sort" (compare accepts locale and status=published)',
      path: ['sort'],
    });
    expect((await compare('abc', { status: 'draft' })).path).toEqual(['status']);
    expect(await jsonld('abc', { status: 'draft' })).toEqual({
      message: 'Unknown parameter "status" (jsonld accepts locale only: it describes published reports)',
      path: ['status'],
    });
    expect(await previous({ sort: 'x' })).toEqual({
      message: 'Unknown parameter "sort" (accepts series, codename, startDate, locale, documentId)',
      path: ['sort'],
    });
    expect(await previous({ documentId: ['a', 'b'] })).toEqual({
      message: 'documentId must be text',
      path: ['documentId'],
    });
    expect(await previous({ documentId: 'x'.repeat(65) })).toEqual({
      message: 'documentId must be at most 64 characters',
      path: ['documentId'],
    });
    expect(await previous({ locale: ['en'] })).toEqual({ message: 'locale must be text', path: ['locale'] });
    expect(await previous({ locale: 'x'.repeat(41) })).toEqual({
      message: 'locale must be at most 40 characters',
      path: ['locale'],
    });
  });

  it('reads a valid previous-edition question as before', () => {
    expect(readPreviousEditionQuery({ codename: 'Liberterra III', startDate: '2025-11-10', locale: 'fr' })).toEqual({
      series: expect.any(String),
      startDate: '2025-11-10',
      locale: 'fr',
      documentId: null,
    });
  });
});
