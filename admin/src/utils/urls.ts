/** The plugin's admin routes the components call (through Strapi's fetch client). */
export const EXTRACT_URL = '/operation-reports/extract';
export const EXPORT_URL = '/operation-reports/export';
export const IMPORT_URL = '/operation-reports/import';
export const STATS_URL = '/operation-reports/stats';
