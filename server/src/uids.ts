export const PLUGIN_ID = 'operation-reports';
export const REPORT_UID = 'plugin::operation-reports.operation-report' as const;
export const CRIME_AREA_UID = 'plugin::operation-reports.crime-area' as const;
export const STAT_FIELD_UID = 'plugin::operation-reports.stat' as const;
