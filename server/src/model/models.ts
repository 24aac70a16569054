import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import type { FieldErrors } from '../rules/field-errors';
import { applyDateRules } from '../rules/report-rules';

type Data = Record<string, unknown>;

export interface ModelRules {
  scope: string;
  /** Attribute the slug is made from. */
  source: 'title' | 'name';
  fallback: string;
  /** Cross-field rules beyond the schema's own limits. */
  extra?: (data: Data, stored: Data | null, fieldErrors: FieldErrors) => void;
}

/** The plugin's content types that carry a generated slug, with their rules. */
export const MODELS: Record<string, ModelRules> = {
  [REPORT_UID]: { scope: 'operation-report', source: 'title', fallback: 'operation-report', extra: applyDateRules },
  [CRIME_AREA_UID]: { scope: 'crime-area', source: 'name', fallback: 'crime-area' },
};
