import type { Core } from '@strapi/strapi';
import { startStrapi, REPORT_UID, type TestApp } from '../helpers/strapi';
import { requestedDatabases, type ProvisionedDatabase } from '../helpers/databases';
import { dumpTables } from '../helpers/dump-tables';
import {
  DOC,
  EXPECTED_REPORT_REGISTRY,
  EXPECTED_REPORT_SLUGS,
  REPORT_IDS,
  writeRowsAroundThePlugin,
} from '../helpers/rows-written-around';

/**
 * Boot after rows were written around the plugin (an upgrade, `strapi import`,
 * `strapi transfer`, SQL): every slug ends up registered to one document,
 * clashes are settled by a stated rule and logged, rows without a slug get
 * one, new fields and durationDays are filled, nothing is dropped, the result
 * does not depend on the order the rows were written in, and a second boot
 * changes nothing.
 */
type Row = Record<string, unknown>;

interface Boot {
  app: TestApp;
  warnings: string[];
  infos: string[];
}

/** Boots on `database`, catching what the plugin logs while it boots. */
async function boot(kind: Parameters<typeof startStrapi>[0], database?: ProvisionedDatabase): Promise<Boot> {
  const warnings: string[] = [];
  const infos: string[] = [];
  const app = await startStrapi(kind, 'rows around', {
    database,
    beforeLoad: (strapi: Core.Strapi) => {
      const log = strapi.log as unknown as Record<'warn' | 'info', (...args: unknown[]) => unknown>;
      const catching = (level: 'warn' | 'info', into: string[]) => {
        const original = log[level];
        log[level] = (message: unknown, ...rest: unknown[]) => {
          if (String(message).includes('[operation-reports]')) into.push(String(message));
          return original.call(log, message, ...rest);
        };
      };
      catching('warn', warnings);
      catching('info', infos);
    },
  });
  return { app, warnings, infos };
}

/** Boots a fresh database, writes the rows around the plugin, and boots again on them. */
async function bootOnRowsWrittenAround(kind: Parameters<typeof startStrapi>[0], order: 'forward' | 'reverse') {
  const first = await startStrapi(kind, 'rows around');
  try {
    await writeRowsAroundThePlugin(first.strapi, order);
  } finally {
    await first.stop({ drop: false });
  }
  return boot(kind, first.database);
}

const reportRows = async (strapi: Core.Strapi): Promise<Row[]> =>
  JSON.parse(JSON.stringify(await strapi.db.connection('operation_reports').select('*').orderBy('id')));

const registry = async (strapi: Core.Strapi, scope: string) =>
  (await strapi.db.connection('operation_reports_slug_registry').where({ scope }).select('slug', 'owner'))
    .map((row: Row) => [row.slug, row.owner] as [string, string])
    .sort(([a], [b]) => (a < b ? -1 : 1));

/** What must not depend on write order: every report row, both registries, the crime areas' slugs. */
async function outcome(strapi: Core.Strapi) {
  const areas = await strapi.db.connection('operation_reports_crime_areas').select('name', 'slug').orderBy('name');
  return {
    reports: await reportRows(strapi),
    reportRegistry: await registry(strapi, 'operation-report'),
    areas: JSON.parse(JSON.stringify(areas)),
    areaSlugsRegistered: (await registry(strapi, 'crime-area')).map(([slug]) => slug),
  };
}

/** The first boot seeds crime areas with random documentIds: name them by what they are in the log. */
async function maskSeeded({ app, warnings }: Boot): Promise<string[]> {
  const areas = await app.strapi.db.connection('operation_reports_crime_areas').select('document_id', 'name');
  const fixed = new Set<string>(Object.values(DOC));
  return warnings.map((line) =>
    areas.reduce(
      (text: string, area: Row) =>
        fixed.has(String(area.document_id)) ? text : text.replaceAll(String(area.document_id), `<${area.name}>`),
      line
    )
  );
}

for (const kind of requestedDatabases()) {
  describe(`boot after rows were written around the plugin [${kind}]`, () => {
    let booted: Boot;
    let reversed: { outcome: Awaited<ReturnType<typeof outcome>>; warnings: string[] };

    beforeAll(async () => {
      // One Strapi per process: the run on rows written in reverse order goes first, and only its outcome is kept.
      const reverse = await bootOnRowsWrittenAround(kind, 'reverse');
      try {
        reversed = { outcome: await outcome(reverse.app.strapi), warnings: await maskSeeded(reverse) };
      } finally {
        await reverse.app.stop();
      }
      booted = await bootOnRowsWrittenAround(kind, 'forward');
    });

    afterAll(async () => {
      await booted?.app.stop();
    });

    it('keeps every row, and gives each report row its settled or generated slug', async () => {
      const rows = await reportRows(booted.app.strapi);
      expect(rows.map((row) => row.id)).toEqual(REPORT_IDS);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.slug]))).toEqual(EXPECTED_REPORT_SLUGS);
    });

    it('registers every slug to the one document that carries it, and drops stale reservations', async () => {
      expect(await registry(booted.app.strapi, 'operation-report')).toEqual(EXPECTED_REPORT_REGISTRY);
    });

    it('settles the crime areas too: the seeded area keeps its slug, the imported copy gets -2', async () => {
      const { strapi } = booted.app;
      const areas = await strapi.db.connection('operation_reports_crime_areas').select('document_id', 'name', 'slug');
      const byName = Object.fromEntries(areas.map((row: Row) => [row.name, row]));
      expect(byName['Forced labour'].slug).toBe('forced-labour');
      expect(byName['Forced labour (imported twice)'].slug).toBe('forced-labour-2');
      expect(byName['Wildlife crime'].slug).toBe('wildlife-crime');
      expect(await registry(strapi, 'crime-area')).toEqual(
        areas
          .map((row: Row) => [String(row.slug), String(row.document_id)])
          .sort(([a]: string[], [b]: string[]) => (a < b ? -1 : 1))
      );
    });

    it('logs each clash, naming the document that keeps the slug and the new slug of each other', () => {
      const harbour = booted.warnings.find((line) => line.includes('"operation-harbour-light"'));
      expect(harbour).toContain(`${DOC.harbour} keeps it`);
      expect(harbour).toContain(`${DOC.copy} now has "operation-harbour-light-3"`);
      expect(harbour).toContain(`${DOC.again} now has "operation-harbour-light-4"`);
      const blue = booted.warnings.find((line) => line.includes('"operation-blue-wave"'));
      expect(blue).toContain(`${DOC.blueRegistered} keeps it`);
      expect(blue).toContain(`${DOC.blueLow} now has "operation-blue-wave-2"`);
      expect(booted.warnings.some((line) => line.includes(`${DOC.labourCopy} now has "forced-labour-2"`))).toBe(true);
      expect(booted.warnings).toHaveLength(3);
    });

    it('says in the log what it filled, generated and registered', () => {
      expect(booted.infos).toEqual(
        expect.arrayContaining([
          '[operation-reports] upgrade: gave new fields their defaults in 21 rows of operation_reports',
          '[operation-reports] upgrade: computed durationDays in 18 rows',
          '[operation-reports] boot: operation-report: generated a slug from the title of 2 documents that had none',
          "[operation-reports] boot: operation-report: gave 2 rows without a slug the slug of their document's other rows",
          '[operation-reports] boot: operation-report: registered 10 slugs written outside the plugin',
          '[operation-reports] boot: crime-area: generated a slug from the name of 1 document that had none',
          '[operation-reports] boot: crime-area: registered 2 slugs written outside the plugin',
        ])
      );
    });

    it('fills new fields with their defaults and computes missing durations, leaving stored values alone', async () => {
      const rows = await reportRows(booted.app.strapi);
      const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      for (const row of rows) {
        expect(row.figures_status).toBe('final');
        expect(row.arrests_qualifier).toBe('exact');
        expect(row.arrests).toBe(100);
      }
      expect(byId[101].duration_days).toBe(12);
      expect(byId[152].duration_days).toBe(12);
      expect(byId[160].duration_days).toBeNull(); // no dates
      expect(byId[161].duration_days).toBeNull(); // end before start: the write path leaves it empty too
      expect(byId[162].duration_days).toBe(99); // a stored value is not touched
    });

    it('serves the settled slugs: the published copy is found under its new slug, the keeper under the old', async () => {
      const find = async (slug: string) =>
        (await booted.app.http().get(`/api/operation-reports?filters[slug][$eq]=${slug}`)).body.data.map(
          (report: Row) => report.documentId
        );
      expect(await find('operation-harbour-light')).toEqual([DOC.harbour]);
      expect(await find('operation-harbour-light-3')).toEqual([DOC.copy]);
      expect(await find('operation-grand-nord')).toEqual([DOC.north]);
    });

    it('keeps settled slugs taken: a new report titled like them gets the next free suffix', async () => {
      const created = await booted.app.strapi.documents(REPORT_UID).create({
        data: { title: 'Operation Harbour Light', startDate: '2025-01-01', endDate: '2025-01-02' } as never,
      });
      expect(created.slug).toBe('operation-harbour-light-6');
      await booted.app.strapi.documents(REPORT_UID).delete({ documentId: created.documentId });
    });

    it('gives the same result, and the same log, when the same rows were written in the reverse order', async () => {
      expect(reversed.outcome).toEqual(await outcome(booted.app.strapi));
      expect(reversed.warnings).toEqual(await maskSeeded(booted));
    });

    it('changes nothing on a second boot, and logs nothing', async () => {
      const before = await dumpTables(booted.app.strapi);
      const { database } = booted.app;
      await booted.app.stop({ drop: false });
      booted = await boot(kind, database);
      expect(await dumpTables(booted.app.strapi)).toEqual(before);
      expect(booted.warnings).toEqual([]);
      expect(booted.infos).toEqual([]);
    });
  });
}
