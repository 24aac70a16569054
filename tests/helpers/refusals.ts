/**
 * The entry of `details.errors` the server answers when an end date is before
 * the start date: tests/api/slugs-and-dates.test.ts asserts it on a real Strapi,
 * tests/admin/RefusalWords.test.tsx words it as the admin does.
 */
export const endBeforeStartError = (endDate: string, startDate: string) => ({
  path: ['endDate'],
  message: `endDate (${endDate}) must be on or after startDate (${startDate})`,
  name: 'ValidationError',
  value: endDate,
  id: 'operation-reports.error.endBeforeStart',
  values: { endDate, startDate },
});
