import { countReportRows, createApiToken, describeEachDatabase, minimalReport } from '../helpers/strapi';

const STATS = ['countries', 'officers', 'arrests', 'victimsIdentified', 'irregularMigrants', 'investigationsOpened'];

describeEachDatabase('field rules on every write', (app) => {
  let token: string;
  const api = () => ({
    post: (body: unknown, query = '') =>
      app().http().post(`/api/operation-reports${query}`).set('Authorization', `Bearer ${token}`).send({ data: body }),
    put: (documentId: string, body: unknown, query = '') =>
      app()
        .http()
        .put(`/api/operation-reports/${documentId}${query}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: body }),
  });

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
  });

  /** Sends a write that must be refused: 400, the field named, nothing written. */
  async function expectRefused(send: () => Promise<{ status: number; body: any }>, field: string) {
    const before = await countReportRows(app().strapi);
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(field.split('.')[0]);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toContain(field);
    expect(await countReportRows(app().strapi)).toBe(before);
    return response;
  }

  describe('stats', () => {
    it.each(STATS)('accepts 0, 2,147,483,647 and null for %s, on drafts and published reports', async (stat) => {
      for (const [value, status] of [
        [0, 'draft'],
        [2147483647, 'published'],
        [null, 'draft'],
      ] as const) {
        const response = await api().post(minimalReport({ [stat]: value }), `?status=${status}`);
        expect(response.status).toBe(201);
        expect(response.body.data[stat]).toBe(value);
      }
    });

    it.each(STATS)('refuses negative, fractional, overflowing and non-numeric %s, drafts included', async (stat) => {
      for (const value of [-1, 1.5, 2147483648, 'many', '14,000', true]) {
        await expectRefused(() => api().post(minimalReport({ [stat]: value }), '?status=draft'), stat);
        await expectRefused(() => api().post(minimalReport({ [stat]: value })), stat);
      }
    });

    it('stores a digit string as the integer it spells', async () => {
      const response = await api().post(minimalReport({ arrests: '3744' }));
      expect(response.status).toBe(201);
      expect(response.body.data.arrests).toBe(3744);
    });

    it.each(STATS)('takes %sQualifier from the enum, defaulting to exact', async (stat) => {
      const field = `${stat}Qualifier`;
      const created = await api().post(minimalReport({ [stat]: 10 }));
      expect(created.body.data[field]).toBe('exact');
      for (const qualifier of ['approximately', 'atLeast', 'moreThan', 'upTo', 'exact']) {
        const response = await api().post(minimalReport({ [stat]: 10, [field]: qualifier }), '?status=draft');
        expect(response.status).toBe(201);
        expect(response.body.data[field]).toBe(qualifier);
      }
      await expectRefused(() => api().post(minimalReport({ [field]: 'roughly' }), '?status=draft'), field);
    });

    it('refuses a bad stat in a partial update and keeps the stored value', async () => {
      const created = await api().post(minimalReport({ arrests: 5 }));
      const { documentId } = created.body.data;
      await expectRefused(() => api().put(documentId, { arrests: -5 }), 'arrests');
      const stored = await app()
        .http()
        .get(`/api/operation-reports/${documentId}`)
        .set('Authorization', `Bearer ${token}`);
      expect(stored.body.data.arrests).toBe(5);
    });
  });

  describe('lengths', () => {
    it.each([
      ['title', 200],
      ['codename', 120],
      ['agency', 120],
      ['headquarters', 120],
      ['summary', 2000],
    ])('accepts %s at its limit of %i characters and refuses one more, drafts included', async (field, limit) => {
      const ok = await api().post(minimalReport({ [field]: 'x'.repeat(limit) }), '?status=draft');
      expect(ok.status).toBe(201);
      await expectRefused(() => api().post(minimalReport({ [field]: 'x'.repeat(limit + 1) }), '?status=draft'), field);
    });

    it('refuses an empty title', async () => {
      await expectRefused(() => api().post(minimalReport({ title: '' }), '?status=draft'), 'title');
    });

    it('refuses a published report without its required fields (checked at publish, as Strapi does)', async () => {
      const before = await countReportRows(app().strapi);
      const response = await api().post({ title: 'No dates' });
      expect(response.status).toBe(400);
      expect(await countReportRows(app().strapi)).toBe(before);
      const draft = await api().post({ title: 'No dates yet' }, '?status=draft');
      expect(draft.status).toBe(201);
    });

    it('refuses a wrong type for a text field', async () => {
      await expectRefused(() => api().post(minimalReport({ agency: 42 }), '?status=draft'), 'agency');
    });
  });

  describe('enumerations and dates', () => {
    it('takes figuresStatus from preliminary/final, default final', async () => {
      expect((await api().post(minimalReport())).body.data.figuresStatus).toBe('final');
      expect((await api().post(minimalReport({ figuresStatus: 'preliminary' }))).body.data.figuresStatus).toBe(
        'preliminary'
      );
      await expectRefused(() => api().post(minimalReport({ figuresStatus: 'draft' })), 'figuresStatus');
    });

    it.each(['2025-02-30', '0000-01-01', 'yesterday', '2025-13-01'])('refuses the date %s', async (date) => {
      await expectRefused(() => api().post(minimalReport({ startDate: date }), '?status=draft'), 'startDate');
    });

    it('accepts announcedOn and leaves it optional', async () => {
      const response = await api().post(minimalReport({ announcedOn: '2025-11-25' }));
      expect(response.status).toBe(201);
      expect(response.body.data.announcedOn).toBe('2025-11-25');
    });
  });

  describe('components', () => {
    it('accepts http and https source URLs and refuses every other scheme, drafts included', async () => {
      for (const url of ['https://www.interpol.int/News', 'http://example.org/report']) {
        const response = await api().post(minimalReport({ sources: [{ title: 'Release', url }] }), '?status=draft');
        expect(response.status).toBe(201);
      }
      for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'not a url', 'https://']) {
        await expectRefused(
          () => api().post(minimalReport({ sources: [{ title: 'Release', url }] }), '?status=draft'),
          'sources.0.url'
        );
      }
    });

    it('enforces component lengths and ranges: quote text, metric label and value', async () => {
      await expectRefused(
        () => api().post(minimalReport({ quotes: [{ speaker: 'A', text: 'x'.repeat(2001) }] }), '?status=draft'),
        'quotes.0.text'
      );
      await expectRefused(
        () => api().post(minimalReport({ additionalStats: [{ label: 'Seized', value: -1 }] }), '?status=draft'),
        'additionalStats.0.value'
      );
      await expectRefused(
        () =>
          api().post(
            minimalReport({ additionalStats: [{ label: 'Seized', value: 1, qualifier: 'lots' }] }),
            '?status=draft'
          ),
        'additionalStats.0.qualifier'
      );
      const ok = await api().post(
        minimalReport({
          additionalStats: [{ label: 'Cash seized', value: 1250000.5, unit: 'USD', qualifier: 'moreThan' }],
        })
      );
      expect(ok.status).toBe(201);
    });

    it('gives each of them its message id and values', async () => {
      const response = await api().post(
        minimalReport({ arrests: -1, officers: 1.5, endDate: '2025-11-01', title: 'x'.repeat(201) }),
        '?status=draft'
      );
      expect(response.status).toBe(400);
      const byPath = Object.fromEntries(
        response.body.error.details.errors.map((e: { path: string[] }) => [e.path.join('.'), e])
      );
      expect(byPath.arrests).toEqual({
        path: ['arrests'],
        message: 'arrests must be a whole number between 0 and 2,147,483,647 (got -1)',
        name: 'ValidationError',
        value: -1,
        id: 'operation-reports.error.number.between',
        values: { kind: 'whole', min: 0, max: 2147483647, got: -1 },
      });
      expect(byPath.officers).toMatchObject({
        id: 'operation-reports.error.number.between',
        values: { kind: 'whole', min: 0, max: 2147483647 },
      });
      expect(byPath.officers.values).not.toHaveProperty('got');
      expect(byPath.title).toMatchObject({
        message: 'title must be at most 200 characters (got 201)',
        id: 'operation-reports.error.maxLength',
        values: { max: 200, length: 201 },
      });
      expect(byPath.endDate).toMatchObject({
        id: 'operation-reports.error.endBeforeStart',
        values: { endDate: '2025-11-01', startDate: '2025-11-10' },
      });
      // The 400's own message is unchanged: every English message, in order.
      expect(response.body.error.message).toMatch(/^4 errors occurred: .*arrests must be a whole number/);
    });

    it.each([
      [
        'sources.0.url',
        { sources: [{ title: 'Release', url: 'ftp://example.org/x' }] },
        'url',
        { schemes: 'http://, https://' },
      ],
      ['title', { title: '' }, 'minLength', { min: 1, length: 0 }],
      ['agency', { agency: 42 }, 'string', {}],
      ['startDate', { startDate: '2025-02-30' }, 'date', {}],
      ['figuresStatus', { figuresStatus: 'draft' }, 'enum', { allowed: 'preliminary, final' }],
      [
        'additionalStats.0.value',
        { additionalStats: [{ label: 'Seized', value: 'lots' }] },
        'number.atLeast',
        { kind: 'decimal', min: 0 },
      ],
      ['headquarters', { headquarters: 'Lyon\u0000' }, 'text.nul', {}],
      ['summary', { summary: 'half \ud83d' }, 'text.surrogate', {}],
      ['sources', { sources: { title: 'not a list' } }, 'list', {}],
      ['sources.0', { sources: [null] }, 'object', {}],
    ])('names %s with its message id', async (path, fields, key, values) => {
      const response = await expectRefused(() => api().post(minimalReport(fields), '?status=draft'), path);
      const entry = response.body.error.details.errors.find((e: { path: string[] }) => e.path.join('.') === path);
      expect(entry).toMatchObject({ id: `operation-reports.error.${key}`, values });
    });

    it('names a missing relation with its message id and the id it could not find', async () => {
      const unknown = await expectRefused(
        () => api().post(minimalReport({ crimeAreas: ['no-such-document'] }), '?status=draft'),
        'crimeAreas'
      );
      expect(unknown.body.error.details.errors[0]).toMatchObject({
        id: 'operation-reports.error.relationMissing',
        values: { id: 'no-such-document' },
      });
      const gone = await expectRefused(() => api().post(minimalReport({ crimeAreas: [999999] })), 'crimeAreas');
      expect(gone.body.error.details.errors[0]).toMatchObject({
        id: 'operation-reports.error.relationGone',
        values: {},
      });
    });

    it('names every faulty field of one write at once', async () => {
      const response = await expectRefused(
        () => api().post(minimalReport({ arrests: -1, officers: 1.5, endDate: '2025-11-01' }), '?status=draft'),
        'arrests'
      );
      const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['arrests', 'officers', 'endDate']));
    });
  });
});
