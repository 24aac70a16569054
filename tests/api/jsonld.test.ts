import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { LIBERTERRA_III, SERIES_REPORTS, type SeriesReportFixture } from '../fixtures/operation-series';
import { ROOT } from '../helpers/paths';
import { createApiToken, CRIME_AREA_UID, describeEachDatabase, REPORT_UID } from '../helpers/strapi';

type Json = Record<string, any>;

// Written for these tests; the figures are the fixture's.
const SUMMARY =
  'Twelve days of coordinated police action in 119 countries against trafficking and smuggling networks, ' +
  'led from Lyon.';
const SOURCES = [
  { title: 'Liberterra III: what the operation found', publisher: 'en01.web.id', url: 'https://en01.web.id/' },
  {
    title: 'A second look at Liberterra III (illustrative)',
    publisher: 'Example Newsroom',
    url: 'https://example.org/liberterra-iii',
    publishedOn: '2025-11-26',
  },
];

/** The fixture as a write: its crime areas by documentId, and no fields the model does not have. */
function reportData(fixture: SeriesReportFixture, areaId: (slug: string) => string): Json {
  const { expectedSeries: _series, crimeAreaSlugs, ...fields } = fixture;
  return { ...fields, crimeAreas: crimeAreaSlugs.map(areaId) };
}

const term = (name: string, slug: string) => ({ '@type': 'DefinedTerm', name, termCode: slug });
const figure = (name: string, propertyID: string | undefined, amount: Json) => ({
  '@type': 'PropertyValue',
  name,
  ...(propertyID ? { propertyID } : {}),
  ...amount,
});

/**
 * Compiles `code` beside a copy of it with two deliberate mistakes, against
 * schema-dts and the client's type: the real output must compile and the
 * mutated copy must not (so the check is known to bite).
 */
function typeErrors(files: Record<string, string>, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), code);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'commonjs',
        moduleResolution: 'node',
        target: 'ES2020',
        types: [],
        skipLibCheck: true,
      },
      files: Object.keys(files),
    })
  );
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    // Run from `dir`, so errors name the files as written here.
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describeEachDatabase('JSON-LD', (app, kind) => {
  let token: string;
  let liberterra: string;
  let areaId: (slug: string) => string;
  const jsonld = (documentId: string, query = '') =>
    app()
      .http()
      .get(`/api/operation-reports/${documentId}/jsonld${query ? `?${query}` : ''}`);
  const publish = async (data: Json, locale?: string) =>
    (
      await app()
        .strapi.documents(REPORT_UID)
        .create({ data: data as never, status: 'published', ...(locale ? { locale } : {}) })
    ).documentId;

  beforeAll(async () => {
    const { strapi } = app();
    token = await createApiToken(strapi);
    await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const areas = await strapi.documents(CRIME_AREA_UID).findMany({});
    areaId = (slug) => areas.find((a) => a.slug === slug)!.documentId;
    liberterra = await publish({
      ...reportData(LIBERTERRA_III, areaId),
      // Sent, not derived: the derivation from the codename is another test's subject.
      series: 'Liberterra',
      summary: SUMMARY,
      sources: SOURCES,
    });
  });

  it('describes Liberterra III as a schema.org Event, every field from the report', async () => {
    const response = await jsonld(liberterra);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json\b/);
    expect(response.body).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Operation Liberterra III',
      alternateName: 'Liberterra III',
      description: SUMMARY,
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      inLanguage: 'en',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'documentId', value: liberterra },
        { '@type': 'PropertyValue', propertyID: 'slug', value: 'operation-liberterra-iii' },
      ],
      organizer: { '@type': 'Organization', name: 'INTERPOL' },
      location: { '@type': 'Place', name: 'Lyon, France', address: 'Lyon, France' },
      superEvent: { '@type': 'EventSeries', name: 'Liberterra' },
      about: [
        term('Document fraud', 'document-fraud'),
        term('Forced labour', 'forced-labour'),
        term('Human trafficking', 'human-trafficking'),
        term('Migrant smuggling', 'migrant-smuggling'),
        term('Sexual exploitation', 'sexual-exploitation'),
      ],
      additionalProperty: [
        figure('Countries', 'countries', { value: 119 }),
        figure('Officers', 'officers', { value: 14000, description: 'approximately' }),
        figure('Arrests', 'arrests', { value: 3744 }),
        figure('Victims identified', 'victimsIdentified', { value: 4414 }),
        figure('Irregular migrants', 'irregularMigrants', { value: 12992 }),
        figure('Investigations opened', 'investigationsOpened', { minValue: 720 }),
      ],
      subjectOf: [
        {
          '@type': 'CreativeWork',
          name: SOURCES[0].title,
          url: 'https://en01.web.id/',
          publisher: { '@type': 'Organization', name: 'en01.web.id' },
        },
        {
          '@type': 'CreativeWork',
          name: SOURCES[1].title,
          url: 'https://example.org/liberterra-iii',
          publisher: { '@type': 'Organization', name: 'Example Newsroom' },
          datePublished: '2025-11-26',
        },
      ],
    });
  });

  it('answers JSON that type-checks as schema-dts types (and a mutated copy that does not)', async () => {
    const body = (await jsonld(liberterra)).body as Json;
    const { additionalProperty, ...event } = body;
    const header =
      "import type { Event, PropertyValue, WithContext } from 'schema-dts';\n" +
      "import type { OperationReportJsonLd } from '../../server/src/jsonld/report-event';\n";
    const output =
      header +
      `export const whole: OperationReportJsonLd = ${JSON.stringify(body)};\n` +
      `export const event: WithContext<Event> = ${JSON.stringify(event)};\n` +
      `export const figures: PropertyValue[] = ${JSON.stringify(additionalProperty)};\n`;
    const { startDate, ...rest } = event;
    const mutated =
      header +
      `export const event: WithContext<Event> = ${JSON.stringify({ ...rest, beginDate: startDate })};\n` +
      `export const figures: PropertyValue[] = ${JSON.stringify([{ ...additionalProperty[0], minValue: 'many' }])};\n`;
    const errors = typeErrors(
      { 'output.ts': output, 'mutated.ts': mutated },
      path.join(ROOT, '.tmp', `jsonld-${kind}`)
    );
    const files = errors
      .split('\n')
      .filter((line) => / error TS\d+/.test(line))
      .map((line) => line.slice(0, line.indexOf('(')));
    expect(files.filter((file) => file !== 'mutated.ts')).toEqual([]);
    expect(errors).toMatch(/^mutated\.ts\(3,.*beginDate/m);
    expect(errors).toMatch(/^mutated\.ts\(4,/m);
  });

  it('maps every qualifier, of the six stats and of additional metrics, and leaves missing figures out', async () => {
    const documentId = await publish({
      title: 'Operation Qualifiers',
      startDate: '2024-02-01',
      endDate: '2024-02-03',
      countries: null,
      officers: 2500,
      officersQualifier: 'approximately',
      arrests: 0,
      victimsIdentified: 1300,
      victimsIdentifiedQualifier: 'moreThan',
      irregularMigrants: 50,
      irregularMigrantsQualifier: 'upTo',
      investigationsOpened: 720,
      investigationsOpenedQualifier: 'atLeast',
      additionalStats: [
        { label: 'Cash seized', value: 2.5, unit: 'million USD', qualifier: 'moreThan' },
        { label: 'Websites taken down', value: 40, unit: 'websites', qualifier: 'upTo' },
        { label: 'Vehicles', value: 12 },
      ],
    });
    const { body } = await jsonld(documentId);
    expect(body.additionalProperty).toEqual([
      figure('Officers', 'officers', { value: 2500, description: 'approximately' }),
      // 0 is a figure: only null is "not reported".
      figure('Arrests', 'arrests', { value: 0 }),
      figure('Victims identified', 'victimsIdentified', { minValue: 1300, description: 'more than' }),
      figure('Irregular migrants', 'irregularMigrants', { maxValue: 50 }),
      figure('Investigations opened', 'investigationsOpened', { minValue: 720 }),
      figure('Cash seized', undefined, { minValue: 2.5, description: 'more than', unitText: 'million USD' }),
      figure('Websites taken down', undefined, { maxValue: 40, unitText: 'websites' }),
      figure('Vehicles', undefined, { value: 12 }),
    ]);
    expect(body.additionalProperty.map((p: Json) => p.propertyID)).not.toContain('countries');
  });

  it('describes every edition of the Liberterra and Global Chain series with its own figures', async () => {
    // The mapping stated once more, as a table, for the fixtures' qualifiers.
    const amount: Record<string, (n: number) => Json> = {
      exact: (value) => ({ value }),
      approximately: (value) => ({ value, description: 'approximately' }),
      atLeast: (minValue) => ({ minValue }),
      moreThan: (minValue) => ({ minValue, description: 'more than' }),
      upTo: (maxValue) => ({ maxValue }),
    };
    const labels: Record<string, string> = {
      countries: 'Countries',
      officers: 'Officers',
      arrests: 'Arrests',
      victimsIdentified: 'Victims identified',
      irregularMigrants: 'Irregular migrants',
      investigationsOpened: 'Investigations opened',
    };
    for (const fixture of SERIES_REPORTS.filter((f) => f !== LIBERTERRA_III)) {
      const documentId = await publish({ ...reportData(fixture, areaId), series: fixture.expectedSeries });
      const { status, body } = await jsonld(documentId);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        name: fixture.title,
        alternateName: fixture.codename,
        startDate: fixture.startDate,
        endDate: fixture.endDate,
        organizer: { '@type': 'Organization', name: fixture.agency },
        location: { '@type': 'Place', name: fixture.headquarters },
        superEvent: { '@type': 'EventSeries', name: fixture.expectedSeries },
      });
      expect(body.about.map((t: Json) => t.termCode).sort()).toEqual([...fixture.crimeAreaSlugs].sort());
      const expected = Object.keys(labels)
        .filter((stat) => (fixture as unknown as Json)[stat] !== null)
        .map((stat) => {
          const qualifier = (fixture as unknown as Json)[`${stat}Qualifier`] ?? 'exact';
          return figure(labels[stat], stat, amount[qualifier]((fixture as unknown as Json)[stat]));
        });
      expect(body.additionalProperty).toEqual(expected);
    }
  });

  it('leaves out whatever a report does not give, rather than stating null', async () => {
    const documentId = await publish({ title: 'Operation Bare', startDate: '2024-03-01', endDate: '2024-03-01' });
    const { body } = await jsonld(documentId);
    expect(body).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Operation Bare',
      startDate: '2024-03-01',
      endDate: '2024-03-01',
      inLanguage: 'en',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'documentId', value: documentId },
        { '@type': 'PropertyValue', propertyID: 'slug', value: 'operation-bare' },
      ],
    });
  });

  it('describes published versions only: 404 for a draft, the published figures when a draft differs', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    const draft = await reports.create({
      data: { title: 'Operation Draft', startDate: '2024-04-01', endDate: '2024-04-02', arrests: 5 } as never,
    });
    expect((await jsonld(draft.documentId)).status).toBe(404);
    // A token that may read drafts gets no more: the route describes what the public may see.
    expect((await jsonld(draft.documentId).set('Authorization', `Bearer ${token}`)).status).toBe(404);

    const edited = await publish({
      title: 'Operation Edited',
      startDate: '2024-05-01',
      endDate: '2024-05-02',
      arrests: 7,
    });
    await reports.update({ documentId: edited, data: { title: 'Draft title', arrests: 999 } as never });
    for (const auth of [{}, { Authorization: `Bearer ${token}` }]) {
      const { body } = await jsonld(edited).set(auth);
      expect(body.name).toBe('Operation Edited');
      expect(body.additionalProperty).toEqual([figure('Arrests', 'arrests', { value: 7 })]);
    }

    await reports.unpublish({ documentId: edited });
    expect((await jsonld(edited)).status).toBe(404);
    expect((await jsonld('nosuchdocumentid000000000')).status).toBe(404);
  });

  it('answers in the locale asked for, the default locale without one', async () => {
    const reports = app().strapi.documents(REPORT_UID);
    await reports.update({
      documentId: liberterra,
      locale: 'fr',
      data: { title: 'Opération Liberterra III', summary: 'Douze jours d’action policière coordonnée.' } as never,
    });
    // Only a draft in French so far.
    expect((await jsonld(liberterra, 'locale=fr')).status).toBe(404);
    await reports.publish({ documentId: liberterra, locale: 'fr' });

    const fr = await jsonld(liberterra, 'locale=fr');
    expect(fr.status).toBe(200);
    expect(fr.body).toMatchObject({
      name: 'Opération Liberterra III',
      description: 'Douze jours d’action policière coordonnée.',
      inLanguage: 'fr',
      startDate: '2025-11-10',
    });
    // Figures and crime areas are shared across locales.
    const en = await jsonld(liberterra, 'locale=en');
    expect(fr.body.additionalProperty).toEqual(en.body.additionalProperty);
    expect(fr.body.about).toEqual(en.body.about);
    expect(en.body.name).toBe('Operation Liberterra III');
    expect((await jsonld(liberterra)).body).toEqual(en.body);
    // A locale code no report is written in: nothing published there.
    expect((await jsonld(liberterra, 'locale=de')).status).toBe(404);
  });

  it('is a Users & Permissions action: the Public role needs its grant', async () => {
    const { strapi } = app();
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const action = 'plugin::operation-reports.operation-report.jsonld';
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    expect(await permissions.findOne({ where: { role: role.id, action } })).not.toBeNull();

    await permissions.delete({ where: { role: role.id, action } });
    try {
      expect((await jsonld(liberterra)).status).toBe(403);
      // An API token does not depend on the Public role.
      expect((await jsonld(liberterra).set('Authorization', `Bearer ${token}`)).status).toBe(200);
    } finally {
      await permissions.create({ data: { role: role.id, action } });
    }
    expect((await jsonld(liberterra)).status).toBe(200);
  });

  it('is a custom action for API tokens too: read-only tokens cover find and findOne only, as in core', async () => {
    const { strapi } = app();
    const readOnly = await createApiToken(strapi, 'read-only');
    expect((await jsonld(liberterra).set('Authorization', `Bearer ${readOnly}`)).status).toBe(403);
    const custom = await strapi.service('admin::api-token').create({
      name: 'jsonld-only',
      type: 'custom',
      lifespan: null,
      description: '',
      permissions: ['plugin::operation-reports.operation-report.jsonld'],
    });
    const withCustom = await jsonld(liberterra).set('Authorization', `Bearer ${custom.accessKey}`);
    expect(withCustom.status).toBe(200);
    expect(withCustom.body.name).toBe('Operation Liberterra III');
  });

  it.each([
    ['status=draft', 'status'],
    ['populate=*', 'populate'],
    ['fields[0]=title', 'fields'],
    ['locale=!!', 'locale'],
    ['locale[0]=en&locale[1]=fr', 'locale'],
    ['locale[en]=1', 'locale'],
  ])('answers 400 naming the parameter for %s', async (query, name) => {
    const response = await jsonld(liberterra, query);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    expect(response.body.error.message).toContain(name);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(name);
  });

  it('answers 400 naming documentId for one a database cannot compare', async () => {
    const response = await jsonld('abc%00def');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('documentId');
    expect(response.body.error.details.errors[0].path).toEqual(['documentId']);
  });
});
