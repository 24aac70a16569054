import type { ExportedReport } from './report-shape';
import type { PlannedReport } from './import-rights';

/** What an import answers, per report and in sum; what it may do for the importing role. */
export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';
export interface ImportError {
  /** Where in the report: ['locales', 'en', 'draft', 'endDate'], ['slug'], … */
  path: string[];
  message: string;
}
export interface ImportResult {
  slug: string | null;
  action: ImportAction;
  documentId?: string;
  /** Crime areas the import adds to the taxonomy for this report (named in the file's crimeAreas). */
  crimeAreasCreated?: string[];
  errors?: ImportError[];
}
export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  refuse: number;
}
export interface ImportOutcome {
  dryRun: boolean;
  /** True when the import was applied (never for a dry run or a refused import). */
  applied: boolean;
  reports: ImportResult[];
  summary: ImportSummary;
}
export interface ImportRights {
  /** May create crime areas (needed when the file names one this Strapi lacks). */
  createCrimeAreas: boolean;
  /**
   * Throws a ForbiddenError when the role may not make the writes a report
   * needs (see import-rights.ts); it aborts the whole import, dry run or not.
   */
  checkReport?(plan: PlannedReport, documentId: string | null, stored: ExportedReport | null): Promise<void>;
  /** The importing admin, recorded as creator and updater as the Content Manager does. */
  userId?: number | string | null;
}

/** One report of the file that passed its structure check, with its place in the file. */
export interface Plan extends PlannedReport {
  index: number;
}
