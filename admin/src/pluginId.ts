export const PLUGIN_ID = 'operation-reports';
