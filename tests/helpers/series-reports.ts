import type { TestApp } from './strapi';
import { CRIME_AREA_UID, REPORT_UID } from './strapi';
import type { SeriesReportFixture } from '../fixtures/operation-series';

/** A fixture as document data: its crime areas by documentId, without the expectation it carries. */
export async function seriesReportData(app: TestApp, fixture: SeriesReportFixture): Promise<Record<string, unknown>> {
  const areas = await app.strapi.documents(CRIME_AREA_UID).findMany({});
  const { crimeAreaSlugs, expectedSeries: _expected, ...fields } = fixture;
  return {
    ...fields,
    crimeAreas: crimeAreaSlugs.map((slug) => areas.find((area) => area.slug === slug)!.documentId),
  };
}

/** Publishes a fixture through the document service (the series is never sent: the write derives it). */
export async function publishSeriesReport(app: TestApp, fixture: SeriesReportFixture): Promise<string> {
  const data = await seriesReportData(app, fixture);
  const created = await app.strapi.documents(REPORT_UID).create({ data: data as never, status: 'published' });
  return created.documentId;
}
