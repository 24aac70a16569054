/** Liberterra III as the edit form holds it: what the admin tests render. */
export const LIBERTERRA_FORM_VALUES = {
  startDate: '2025-11-10',
  endDate: '2025-11-21',
  countries: 119,
  countriesQualifier: 'exact',
  officers: 14000,
  officersQualifier: 'approximately',
  arrests: 3744,
  arrestsQualifier: 'exact',
  victimsIdentified: 4414,
  irregularMigrants: 12992,
  investigationsOpened: 720,
  investigationsOpenedQualifier: 'atLeast',
  figuresStatus: 'final',
  sources: [{ url: 'https://example.org' }],
};
