import { REPORT_UID } from '../../../shared/constants';

/** The plugin's admin routes the components call (through Strapi's fetch client). */
export const EXTRACT_URL = '/operation-reports/extract';
export const EXPORT_URL = '/operation-reports/export';
export const IMPORT_URL = '/operation-reports/import';
export const STATS_URL = '/operation-reports/stats';
/** The previous published edition of a series, for the edit view's side panel. */
export const PREVIOUS_EDITION_URL = '/operation-reports/previous-edition';

/** The Content Manager's list, as the homepage widget asks it: the five published reports edited last. */
// The newest operations first (by start date), published versions only.
export const LATEST_PUBLISHED_URL = `/content-manager/collection-types/${REPORT_UID}?page=1&pageSize=5&sort=startDate:DESC&status=published`;
