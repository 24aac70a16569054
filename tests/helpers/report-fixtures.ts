import { CRIME_AREA_UID, REPORT_UID, type TestApp } from './strapi';

/** Shared by the export/import tests: reports that exercise every part of the model. */
export const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Reports with components, crime areas, two locales, a modified draft and a draft-only report. */
export async function seedReports(app: TestApp) {
  const { strapi } = app;
  const areas = strapi.documents(CRIME_AREA_UID);
  const wildlife = await areas.create({ data: { name: 'Wildlife crime' } as never });
  const labour = (await areas.findFirst({ filters: { slug: 'forced-labour' } })) as { documentId: string };
  const docs = strapi.documents(REPORT_UID);

  const alpha = await docs.create({
    locale: 'en',
    data: {
      title: 'Operation Alpha',
      codename: 'Alpha',
      agency: 'INTERPOL',
      headquarters: 'Lyon, France',
      startDate: '2025-11-10',
      endDate: '2025-11-21',
      announcedOn: '2025-12-01',
      figuresStatus: 'final',
      summary: 'Published summary',
      body: blocks('Body in English'),
      countries: 119,
      countriesQualifier: 'exact',
      officers: 14000,
      officersQualifier: 'approximately',
      arrests: 3744,
      victimsIdentified: 4414,
      irregularMigrants: 12992,
      investigationsOpened: 720,
      investigationsOpenedQualifier: 'atLeast',
      additionalStats: [{ label: 'Cash seized', value: 1.5, unit: 'MUSD', qualifier: 'moreThan' }],
      crimeAreas: [labour.documentId, wildlife.documentId],
      routes: [{ origin: 'Lagos', destination: 'Madrid', note: 'by air' }],
      quotes: [{ speaker: 'Valdecy Urquiza', role: 'Secretary General', text: 'A "joint" effort, across borders.' }],
      sources: [
        {
          title: 'Press release',
          publisher: 'INTERPOL',
          url: 'https://www.interpol.int/en/News-and-Events',
          publishedOn: '2025-12-01',
        },
      ],
    } as never,
  });
  await docs.publish({ documentId: alpha.documentId, locale: 'en' });
  await docs.update({
    documentId: alpha.documentId,
    locale: 'fr',
    data: {
      title: 'Opération Alpha',
      summary: 'Résumé publié',
      body: blocks('Corps en français'),
      routes: [{ origin: 'Lagos', destination: 'Madrid', note: 'par avion' }],
    } as never,
  });
  await docs.publish({ documentId: alpha.documentId, locale: 'fr' });
  // A draft edited after publishing: the draft and the published version differ.
  await docs.update({
    documentId: alpha.documentId,
    locale: 'en',
    data: { summary: 'Draft summary, not yet published' } as never,
  });

  const beta = await docs.create({
    locale: 'en',
    data: {
      title: 'Operation Beta',
      startDate: '2024-03-01',
      endDate: '2024-03-05',
      arrests: 5,
      figuresStatus: 'preliminary',
    } as never,
  });

  const gamma = await docs.create({
    locale: 'en',
    data: {
      title: 'Operation Gamma',
      codename: '=HYPERLINK("http://evil.example")',
      agency: 'Europol, "EMPACT"',
      headquarters: 'The Hague\nNetherlands',
      startDate: '2023-01-10',
      endDate: '2023-01-12',
      arrests: 12,
      arrestsQualifier: 'upTo',
      crimeAreas: [labour.documentId],
    } as never,
  });
  await docs.publish({ documentId: gamma.documentId, locale: 'en' });
  return { alpha: alpha.documentId, beta: beta.documentId, gamma: gamma.documentId, wildlife: wildlife.documentId };
}
