import type { Core } from '@strapi/strapi';
import { exportFile, exportReports, readExportQuery } from '../transfer/export-reports';
import { reportsToCsv } from '../transfer/csv';
import { importReports } from '../transfer/import-reports';
import type { ImportOutcome, ImportRights } from '../transfer/import-types';
import type { ReadAccess } from '../permissions/content-manager-rights';
import type { Readable } from 'node:stream';
import { exportFileStream } from '../transfer/export-stream';

export type ExportOutput =
  | { format: 'json'; filename: string; body: Readable }
  | { format: 'csv'; filename: string; body: string };

/** Export and import of reports: the owner's lossless way out of and back into Strapi. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Reads ?format=&filters=&locale= and returns the file to send; with
   * `access`, only the rows and fields that admin's role may read.
   */
  async export(query: Record<string, unknown>, now = new Date(), access?: ReadAccess): Promise<ExportOutput> {
    const { format, where, locale } = readExportQuery(strapi, query);
    const filename = `operation-reports-${now.toISOString().slice(0, 10)}.${format}`;
    if (format === 'csv') {
      return { format, filename, body: reportsToCsv(await exportReports(strapi, { where, locale }, access)) };
    }
    return { format, filename, body: exportFileStream(await exportFile(strapi, { where, locale }, now, access)) };
  },

  async import(body: unknown, options: { dryRun: boolean; rights: ImportRights }): Promise<ImportOutcome> {
    return importReports(strapi, body, options);
  },
});
