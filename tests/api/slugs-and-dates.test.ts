import { endBeforeStartError } from '../helpers/refusals';
import {
  adminToken,
  countReportRows,
  createApiToken,
  describeEachDatabase,
  minimalReport,
  REPORT_UID,
} from '../helpers/strapi';

describeEachDatabase('slugs and dates', (app) => {
  let token: string;
  const post = (body: unknown, query = '') =>
    app().http().post(`/api/operation-reports${query}`).set('Authorization', `Bearer ${token}`).send({ data: body });
  const put = (documentId: string, body: unknown, query = '') =>
    app()
      .http()
      .put(`/api/operation-reports/${documentId}${query}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: body });

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
  });

  describe('slug', () => {
    it('is generated from the title with slugify (lower case, strict)', async () => {
      const response = await post(minimalReport({ title: 'Opération Liberterra III: Global Crackdown!' }));
      expect(response.status).toBe(201);
      expect(response.body.data.slug).toBe('operation-liberterra-iii-global-crackdown');
    });

    it('takes -2, -3 … on collision', async () => {
      const slugs: string[] = [];
      for (let i = 0; i < 3; i += 1)
        slugs.push((await post(minimalReport({ title: 'Operation Pangea' }))).body.data.slug);
      expect(slugs).toEqual(['operation-pangea', 'operation-pangea-2', 'operation-pangea-3']);
    });

    it('gives distinct slugs to concurrent creates of the same title', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => post(minimalReport({ title: 'Operation Simultaneous' })))
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
      const slugs = responses.map((r) => r.body.data.slug);
      expect(new Set(slugs).size).toBe(10);
      expect(slugs.sort()).toEqual(
        ['operation-simultaneous', ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `operation-simultaneous-${n}`)].sort()
      );
    });

    it('leaves no reservation behind when the write fails after the slug was chosen', async () => {
      // Publishing without the required dates fails inside the write, after the slug was reserved.
      const refused = await post({ title: 'Operation Orphan' });
      expect(refused.status).toBe(400);
      const created = await post(minimalReport({ title: 'Operation Orphan' }));
      expect(created.body.data.slug).toBe('operation-orphan');
    });

    it('is kept when the title changes later, and survives publish', async () => {
      const created = await post(minimalReport({ title: 'Operation Trigger' }), '?status=draft');
      const { documentId } = created.body.data;
      const renamed = await put(documentId, { title: 'Operation Trigger IX' }, '?status=published');
      expect(renamed.status).toBe(200);
      expect(renamed.body.data.slug).toBe('operation-trigger');
    });

    it('is generated when a draft without a title later gets one', async () => {
      const created = await post({ startDate: '2025-01-01', endDate: '2025-01-02' }, '?status=draft');
      expect(created.body.data.slug).toBeNull();
      const titled = await put(created.body.data.documentId, { title: 'Operation Late Title' });
      expect(titled.body.data.slug).toBe('operation-late-title');
    });

    it('accepts an explicit slug, and refuses one already used or malformed with 400 naming slug', async () => {
      const explicit = await post(minimalReport({ title: 'Anything', slug: 'my-own-slug' }));
      expect(explicit.body.data.slug).toBe('my-own-slug');
      for (const slug of ['my-own-slug', 'has spaces', 'x'.repeat(201)]) {
        const before = await countReportRows(app().strapi);
        const response = await post(minimalReport({ slug }));
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors[0].path).toEqual(['slug']);
        expect(await countReportRows(app().strapi)).toBe(before);
      }
    });

    it('names the slug refusals by message id: malformed (with the length limit) and already used', async () => {
      await post(minimalReport({ title: 'Anything', slug: 'an-id-slug' }));
      const taken = await post(minimalReport({ slug: 'an-id-slug' }));
      expect(taken.status).toBe(400);
      expect(taken.body.error.message).toBe('slug "an-id-slug" is already used by another operation-report');
      expect(taken.body.error.details.errors).toEqual([
        {
          path: ['slug'],
          message: 'slug "an-id-slug" is already used',
          name: 'ValidationError',
          value: 'an-id-slug',
          id: 'operation-reports.error.slugTaken',
          values: { slug: 'an-id-slug' },
        },
      ]);
      const malformed = await post(minimalReport({ slug: 'has spaces' }));
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.details.errors[0]).toMatchObject({
        path: ['slug'],
        message: 'slug must be 1–200 characters of letters, digits, "-", "_", "." or "~"',
        id: 'operation-reports.error.slug',
        values: { max: 200 },
      });
    });

    it('can be changed on purpose, which frees the old one', async () => {
      const created = await post(minimalReport({ title: 'Operation Rename' }));
      const renamed = await put(created.body.data.documentId, { slug: 'operation-renamed' });
      expect(renamed.body.data.slug).toBe('operation-renamed');
      const reuse = await post(minimalReport({ title: 'Operation Rename' }));
      expect(reuse.body.data.slug).toBe('operation-rename');
    });

    it('falls back to a readable slug when the title has no Latin letters', async () => {
      const response = await post(minimalReport({ title: '🚨🚨' }));
      expect(response.body.data.slug).toMatch(/^operation-report(-\d+)?$/);
    });

    it('frees the slug of a deleted report', async () => {
      const created = await post(minimalReport({ title: 'Operation Gone' }));
      const del = await app()
        .http()
        .delete(`/api/operation-reports/${created.body.data.documentId}`)
        .set('Authorization', `Bearer ${token}`);
      expect(del.status).toBe(204);
      expect((await post(minimalReport({ title: 'Operation Gone' }))).body.data.slug).toBe('operation-gone');
    });

    it('is also generated through the document service, outside any request', async () => {
      const doc = await app()
        .strapi.documents(REPORT_UID)
        .create({ data: minimalReport({ title: 'Operation Script' }) as never });
      expect(doc.slug).toBe('operation-script');
    });
  });

  describe('dates', () => {
    it('computes durationDays inclusively: 10–21 Nov 2025 is 12 days', async () => {
      const response = await post(minimalReport());
      expect(response.body.data.durationDays).toBe(12);
      const oneDay = await post(minimalReport({ startDate: '2025-03-01', endDate: '2025-03-01' }));
      expect(oneDay.body.data.durationDays).toBe(1);
      const leap = await post(minimalReport({ startDate: '2024-02-28', endDate: '2024-03-01' }));
      expect(leap.body.data.durationDays).toBe(3);
    });

    it('treats durationDays as read-only: REST refuses it by name, the document service recomputes it', async () => {
      const refused = await post(minimalReport({ durationDays: 99 }));
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('durationDays');
      const doc = await app()
        .strapi.documents(REPORT_UID)
        .create({ data: minimalReport({ durationDays: 99 }) as never });
      expect(doc.durationDays).toBe(12);
    });

    it('recomputes durationDays on every write, partial updates included', async () => {
      const created = await post(minimalReport());
      const { documentId } = created.body.data;
      const moved = await put(documentId, { endDate: '2025-11-30' });
      expect(moved.body.data.durationDays).toBe(21);
      const started = await put(documentId, { startDate: '2025-11-29' });
      expect(started.body.data.durationDays).toBe(2);
      const renamed = await put(documentId, { title: 'Still two days' });
      expect(renamed.body.data.durationDays).toBe(2);
    });

    it('refuses endDate before startDate', async () => {
      const before = await countReportRows(app().strapi);
      const response = await post(minimalReport({ startDate: '2025-11-21', endDate: '2025-11-10' }), '?status=draft');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('endDate');
      expect(response.body.error.details.errors[0].path).toEqual(['endDate']);
      expect(await countReportRows(app().strapi)).toBe(before);
    });

    it('gives the end date refusal its message id and ISO values beside the English message', async () => {
      const response = await post(minimalReport({ startDate: '2023-10-03', endDate: '2023-10-01' }), '?status=draft');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('endDate (2023-10-01) must be on or after startDate (2023-10-03)');
      expect(response.body.error.details.errors).toEqual([endBeforeStartError('2023-10-01', '2023-10-03')]);
      // A partial update reads the stored start date, and names it in the values.
      const created = await post(minimalReport({ startDate: '2023-10-03', endDate: '2023-10-05' }), '?status=draft');
      const moved = await put(created.body.data.documentId, { endDate: '2023-10-01T00:00:00.000Z' });
      expect(moved.status).toBe(400);
      expect(moved.body.error.details.errors[0]).toMatchObject({
        id: 'operation-reports.error.endBeforeStart',
        values: { endDate: '2023-10-01', startDate: '2023-10-03' },
      });
    });

    it('answers the Content Manager’s save (what the edit view sends) with the same id and values', async () => {
      const jwt = await adminToken(app());
      const created = await post(minimalReport({ startDate: '2023-10-03', endDate: '2023-10-05' }), '?status=draft');
      const response = await app()
        .http()
        .put(`/content-manager/collection-types/${REPORT_UID}/${created.body.data.documentId}`)
        .set('Authorization', `Bearer ${jwt}`)
        .send({ endDate: '2023-10-01' });
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors).toEqual([endBeforeStartError('2023-10-01', '2023-10-03')]);
    });

    it('checks partial updates that send only one of the two dates against the stored one', async () => {
      const created = await post(minimalReport());
      const { documentId } = created.body.data;
      const badEnd = await put(documentId, { endDate: '2025-11-09' });
      expect(badEnd.status).toBe(400);
      expect(badEnd.body.error.details.errors[0].path).toEqual(['endDate']);
      const badStart = await put(documentId, { startDate: '2025-11-22' });
      expect(badStart.status).toBe(400);
      const stored = await app().strapi.documents(REPORT_UID).findOne({ documentId });
      expect(stored).toMatchObject({ startDate: '2025-11-10', endDate: '2025-11-21', durationDays: 12 });
    });
  });
});
