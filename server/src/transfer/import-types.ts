import type { ExportedReport } from './report-shape';
import type { PlannedReport } from './import-rights';

/** What an import answers, per report and in sum: declared once in shared/, for the admin and API clients too. */
export type { ImportAction, ImportError, ImportOutcome, ImportResult, ImportSummary } from '../../../shared/types';

/** What an import may do for the importing role. */
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
