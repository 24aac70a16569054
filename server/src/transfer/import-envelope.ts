import { yup } from '@strapi/utils';
import { invalid } from '../rules/validation-error';
import { EXPORT_PLUGIN, EXPORT_VERSION } from './report-shape';

/** What an import reads from the file's envelope: its reports, and the crime areas it names (slug → name). */
export interface Envelope {
  reports: unknown[];
  crimeAreas: Map<string, string>;
}

const got = (value: unknown) => JSON.stringify(value ?? null);
const isList = (value: unknown) => Array.isArray(value);
const AREA = yup.object({ slug: yup.string().defined(), name: yup.string().defined() }).strict().defined();

/** The body itself: a JSON object (not a list, not null). */
const BODY = yup
  .object()
  .defined('The body must be an export file: a JSON object')
  .typeError('The body must be an export file: a JSON object');

/** The envelope's fields, checked in this order: the first wrong one is the refusal. */
const FIELDS = yup.object({
  plugin: yup.mixed().test(
    'plugin',
    ({ value }) => `plugin must be "${EXPORT_PLUGIN}" (got ${got(value)})`,
    (v) => v === EXPORT_PLUGIN
  ),
  version: yup.mixed().test(
    'version',
    ({ value }) => `version must be ${EXPORT_VERSION}, the export format this plugin reads (got ${got(value)})`,
    (v) => v === EXPORT_VERSION
  ),
  // yup 0.32's array().defined() drops its message: a plain test says "a list" instead.
  reports: yup.mixed().test('list', 'reports must be a list of reports', isList),
  crimeAreas: yup
    .array()
    .typeError('crimeAreas must be a list of { slug, name }')
    .of(
      yup.mixed().test(
        'area',
        ({ path }) => `${path.replace(/\[(\d+)\]/g, '.$1')} must be { "slug": "…", "name": "…" }`,
        (area) => AREA.isValidSync(area)
      )
    ),
});

const OPTIONS = { strict: true, abortEarly: true } as const;

/** Runs one yup check; its first refusal becomes the plugin's ValidationError, at the same path. */
function check(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof yup.ValidationError)) throw error;
    invalid((error.path ?? '').split(/[.[\]]+/).filter(Boolean), error.message);
  }
}

/** The file's envelope: version, plugin, reports, and the crime areas it names. */
export function readEnvelope(body: unknown): Envelope {
  check(() => BODY.validateSync(body, OPTIONS));
  for (const field of Object.keys(FIELDS.fields)) check(() => FIELDS.validateSyncAt(field, body, OPTIONS));
  const file = body as { reports: unknown[]; crimeAreas?: { slug: string; name: string }[] };
  return { reports: file.reports, crimeAreas: new Map((file.crimeAreas ?? []).map(({ slug, name }) => [slug, name])) };
}
