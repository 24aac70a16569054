/**
 * The plugin's names, used by the server, the admin and the OpenAPI spec.
 * Nothing else in the code base spells these strings.
 */
export const PLUGIN_ID = 'operation-reports';
export const REPORT_UID = 'plugin::operation-reports.operation-report' as const;
export const CRIME_AREA_UID = 'plugin::operation-reports.crime-area' as const;
export const SLUG_REGISTRY_UID = 'plugin::operation-reports.slug-registry' as const;
/** The category the plugin's components are registered under (`operation-reports.metric`, …). */
export const COMPONENT_CATEGORY = 'operation-reports';
