import {
  adminToken,
  createApiToken,
  CRIME_AREA_UID,
  describeEachDatabase,
  minimalReport,
  REPORT_UID,
  startStrapi,
  type TestApp,
} from '../helpers/strapi';
import { provisionDatabase, requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';
import { startStrapiProcess, type StrapiProcess } from '../helpers/strapi-process';
import { writeRowsAroundThePlugin } from '../helpers/rows-written-around';

/**
 * HTTP caching for the Public role (issue 13, item 5): ETags made from a
 * content version the database keeps, bumped in the transaction of every
 * write to reports and crime areas; 304s; private answers for tokens.
 */

const TAG = /^"[\w-]+"$/;

describeEachDatabase('HTTP cache for the Public role', (app) => {
  let token: string;
  let published: string;
  const pub = (path: string) => app().http().get(path);
  const withToken = (path: string) => app().http().get(path).set('Authorization', `Bearer ${token}`);
  const tagOf = async (path: string) => {
    const response = await pub(path);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toMatch(TAG);
    return response.headers.etag as string;
  };
  const revalidate = (path: string, tag: string) => pub(path).set('If-None-Match', tag);
  const reports = () => app().strapi.documents(REPORT_UID);

  beforeAll(async () => {
    token = await createApiToken(app().strapi);
    const created = await reports().create({
      data: minimalReport({ title: 'Operation Cached', arrests: 120 }) as never,
      status: 'published',
    });
    published = created.documentId;
  });

  const routes = () => [
    '/api/operation-reports',
    `/api/operation-reports/${published}`,
    '/api/operation-reports/stats',
    '/api/operation-reports/stats?filters[arrests][$gte]=100',
  ];

  it('answers an ETag and Cache-Control: public, max-age=0 on find, findOne and stats', async () => {
    for (const path of routes()) {
      const response = await pub(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.etag).toMatch(TAG);
      expect(response.headers['cache-control']).toBe('public, max-age=0');
      expect(response.headers.vary).toMatch(/Authorization/);
    }
  });

  it('gives each URL its own tag, and the same URL the same tag while nothing is written', async () => {
    const tags = await Promise.all(routes().map(tagOf));
    expect(new Set(tags).size).toBe(tags.length);
    expect(await tagOf('/api/operation-reports?pagination[page]=2')).not.toBe(tags[0]);
    expect(await tagOf(routes()[1])).toBe(tags[1]);
  });

  it('answers 304 with no body to If-None-Match naming the current tag, strong, weak or in a list', async () => {
    for (const path of routes()) {
      const tag = await tagOf(path);
      for (const header of [tag, `W/${tag}`, `"other", ${tag}`, `W/"other" , W/${tag}`]) {
        const response = await revalidate(path, header);
        expect([path, header, response.status]).toEqual([path, header, 304]);
        expect(response.text ?? '').toBe('');
        expect(response.headers.etag).toBe(tag);
        expect(response.headers['cache-control']).toBe('public, max-age=0');
      }
      const other = await revalidate(path, '"not-the-tag", W/"nor-this"');
      expect(other.status).toBe(200);
      expect(other.body.data).toBeDefined();
    }
  });

  it('matches * only when the answer exists', async () => {
    const found = await revalidate(`/api/operation-reports/${published}`, '*');
    expect(found.status).toBe(304);
    const missing = await revalidate('/api/operation-reports/no-such-document-id', '*');
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it('answers HEAD like GET: the same tag, and 304 on a match', async () => {
    const path = '/api/operation-reports/stats';
    const tag = await tagOf(path);
    const head = await app().http().head(path);
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(tag);
    expect(head.headers['cache-control']).toBe('public, max-age=0');
    expect((await app().http().head(path).set('If-None-Match', tag)).status).toBe(304);
  });

  it('gives no ETag to errors, and no-store', async () => {
    const missing = await pub('/api/operation-reports/no-such-document-id');
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
    const refused = await pub('/api/operation-reports/stats?status=draft');
    expect(refused.status).toBe(400);
    expect(refused.headers.etag).toBeUndefined();
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('answers requests with a token private, no-store, with no ETag and never a 304', async () => {
    for (const path of routes()) {
      const tag = await tagOf(path);
      const response = await withToken(path).set('If-None-Match', tag);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.etag).toBeUndefined();
      expect(response.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('answers a users-permissions JWT (Authenticated role) private, no-store too', async () => {
    const { strapi } = app();
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: 'reader',
      email: 'reader@example.com',
      password: 'Reader1!pass',
      provider: 'local',
      confirmed: true,
      role: role.id,
    });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: `${REPORT_UID}.find`, role: role.id } });
    const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const tag = await tagOf('/api/operation-reports');
    const response = await pub('/api/operation-reports')
      .set('Authorization', `Bearer ${jwt}`)
      .set('If-None-Match', tag);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  describe('every write changes the tag, in the write transaction', () => {
    const path = () => '/api/operation-reports?populate=crimeAreas';

    /** Runs `write`, then checks the tag moved and the old one no longer gets a 304. */
    const expectNewTag = async (write: () => Promise<unknown>) => {
      const before = await tagOf(path());
      await write();
      const after = await tagOf(path());
      expect(after).not.toBe(before);
      expect((await revalidate(path(), before)).status).toBe(200);
      expect((await revalidate(path(), after)).status).toBe(304);
      return after;
    };

    let documentId: string;

    it('create (REST, with a token)', async () => {
      await expectNewTag(async () => {
        const created = await app()
          .http()
          .post('/api/operation-reports')
          .set('Authorization', `Bearer ${token}`)
          .send({ data: minimalReport({ title: 'Operation Moving Tag', arrests: 3 }) });
        expect(created.status).toBe(201);
        documentId = created.body.data.documentId;
      });
    });

    it('update, publish, unpublish, discard draft', async () => {
      await expectNewTag(() => reports().update({ documentId, data: { arrests: 4 } as never }));
      await expectNewTag(() => reports().publish({ documentId }));
      await expectNewTag(() => reports().update({ documentId, data: { arrests: 5 } as never }));
      await expectNewTag(() => reports().discardDraft({ documentId }));
      await expectNewTag(() => reports().unpublish({ documentId }));
    });

    it('not a refused write: nothing was written', async () => {
      const before = await tagOf(path());
      const refused = await app()
        .http()
        .put(`/api/operation-reports/${documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { endDate: '2001-01-01' } });
      expect(refused.status).toBe(400);
      expect(await tagOf(path())).toBe(before);
    });

    it('not a write rolled back after its rows were written', async () => {
      const before = await tagOf(path());
      await expect(
        app().strapi.db.transaction(async () => {
          await reports().create({ data: minimalReport({ title: 'Operation Rolled Back' }) as never });
          await app()
            .strapi.documents(CRIME_AREA_UID)
            .create({ data: { name: 'Rolled back area' } as never });
          throw new Error('roll back');
        })
      ).rejects.toThrow('roll back');
      expect(await reports().findFirst({ filters: { title: 'Operation Rolled Back' } })).toBeNull();
      expect(await tagOf(path())).toBe(before);
    });

    it('a write through the query engine, outside the Document Service', async () => {
      await expectNewTag(() =>
        app()
          .strapi.db.query(REPORT_UID)
          .updateMany({ where: { documentId }, data: { agency: 'Europol' } })
      );
    });

    it('a crime area rename', async () => {
      const area = await app()
        .strapi.documents(CRIME_AREA_UID)
        .findFirst({ filters: { slug: 'document-fraud' } });
      await expectNewTag(() =>
        app()
          .strapi.documents(CRIME_AREA_UID)
          .update({ documentId: area!.documentId, data: { name: 'Identity and document fraud' } as never })
      );
    });

    it('a locale deleted, then the document deleted', async () => {
      const locales = app().strapi.plugin('i18n').service('locales');
      if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
      await expectNewTag(() =>
        reports().update({ documentId, locale: 'fr', data: { title: 'Opération Étiquette' } as never })
      );
      await expectNewTag(() => reports().delete({ documentId, locale: 'fr' }));
      await expectNewTag(() =>
        app().http().delete(`/api/operation-reports/${documentId}`).set('Authorization', `Bearer ${token}`)
      );
    });

    it('the plugin import (a dry run leaves it)', async () => {
      const jwt = await adminToken(app());
      const admin = (method: 'get' | 'post', url: string) =>
        app().http()[method](url).set('Authorization', `Bearer ${jwt}`);
      const file = (await admin('get', '/operation-reports/export')).body;
      await reports().delete({ documentId: published });
      const before = await tagOf(path());
      const dry = await admin('post', '/operation-reports/import?dryRun=true').send(file);
      expect(dry.status).toBe(200);
      expect(await tagOf(path())).toBe(before);
      await expectNewTag(async () => {
        const real = await admin('post', '/operation-reports/import').send(file);
        expect(real.status).toBe(200);
        expect(real.body.data.summary.create).toBe(1);
      });
    });
  });
});

describe('cacheMaxAge config', () => {
  const kind = requestedDatabases()[0];

  it.each([[-1], [1.5], ['60'], [null]])('stops Strapi on cacheMaxAge %j, naming the key', async (value) => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      await expect(
        startStrapi(kind, 'bad-cache-config', { pluginConfig: { publicRead: true, cacheMaxAge: value } })
      ).rejects.toThrow(/config key "cacheMaxAge" must be a whole number of seconds, 0 or more/);
    } finally {
      exit.mockRestore();
    }
  });

  it('is sent as max-age on Public answers; a boot that fixes rows written around the plugin changes the tag', async () => {
    const pluginConfig = { publicRead: true, cacheMaxAge: 300 };
    const path = '/api/operation-reports/stats';
    let app: TestApp | undefined = await startStrapi(kind, 'cache-max-age', { pluginConfig });
    try {
      const response = await app.http().get(path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=300');
      const revalidated = await app.http().get(path).set('If-None-Match', response.headers.etag);
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers['cache-control']).toBe('public, max-age=300');

      // SQL around the plugin bumps nothing; the boot steps that settle those rows do, in their transactions.
      await writeRowsAroundThePlugin(app.strapi, 'forward');
      const database = app.database;
      await app.stop({ drop: false });
      app = await startStrapi(kind, 'cache-max-age', { pluginConfig, database });
      const settled = await app.http().get(path);
      expect(settled.headers.etag).toMatch(TAG);
      expect(settled.headers.etag).not.toBe(response.headers.etag);
      // A boot with nothing to settle leaves the version, and the tags, as they were.
      await app.stop({ drop: false });
      app = await startStrapi(kind, 'cache-max-age', { pluginConfig, database });
      expect((await app.http().get(path).set('If-None-Match', settled.headers.etag)).status).toBe(304);
    } finally {
      await app?.stop();
    }
  });
});

/**
 * Two Strapi processes on one database, as behind a load balancer: they give
 * a URL the same tag, and a write on either changes the tag both serve.
 */
for (const kind of requestedDatabases()) {
  describe(`ETags across two instances on one ${kind} database`, () => {
    let database: ProvisionedDatabase;
    let a: StrapiProcess;
    let b: StrapiProcess;

    const get = (instance: StrapiProcess, path: string, ifNoneMatch?: string) =>
      fetch(`${instance.url}${path}`, { headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {} });
    const tagOf = async (instance: StrapiProcess, path: string) => {
      const response = await get(instance, path);
      expect(response.status).toBe(200);
      return response.headers.get('etag')!;
    };

    beforeAll(async () => {
      database = await provisionDatabase(kind, 'cache two instances');
      a = await startStrapiProcess(database, { createToken: true });
      b = await startStrapiProcess(database);
    });

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.drop();
    });

    it('a write on one changes the tag the other serves, and the old tag gets a 304 from neither', async () => {
      const path = '/api/operation-reports/stats';
      const before = await tagOf(a, path);
      expect(before).toMatch(TAG);
      expect(await tagOf(b, path)).toBe(before);
      expect((await get(b, path, before)).status).toBe(304);

      const created = await fetch(`${a.url}/api/operation-reports?status=published`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${a.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: minimalReport({ title: 'Operation Two Caches', arrests: 9 }) }),
      });
      expect(created.status).toBe(201);

      const after = await tagOf(b, path);
      expect(after).not.toBe(before);
      expect(await tagOf(a, path)).toBe(after);
      for (const instance of [a, b]) {
        const stale = await get(instance, path, before);
        expect(stale.status).toBe(200);
        expect(((await stale.json()) as { data: { count: number } }).data.count).toBe(1);
        expect((await get(instance, path, after)).status).toBe(304);
      }
    });
  });
}
