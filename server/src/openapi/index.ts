import type { Core } from '@strapi/strapi';
import reportSchema from '../../../content-types/operation-report/schema';
import crimeAreaSchema from '../../../content-types/crime-area/schema.json';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { crudPaths } from './paths';
import { componentSchemasOut, contentTypeSchemas, RELATION_NAMES, type Attribute, type Schema } from './schemas';
import { statsPaths, statsSchemas } from './stats';
import { jsonldPaths, jsonldSchemas } from './jsonld';
import { comparePaths, compareSchemas } from './compare';

/**
 * OpenAPI for the plugin's content API, handed to @strapi/plugin-documentation
 * when it is installed (it is not a dependency: without it this does nothing).
 *
 * The documentation plugin only generates paths for the plugins listed in its
 * `x-strapi-config.plugins`, and its generator would describe
 * `/operation-reports/stats` as a list of reports. So the plugin excludes
 * itself from generation and registers its own description, built from the
 * same content-type schemas and stat list the server uses: schemas.ts turns
 * the content model into schemas, paths.ts gives the CRUD paths, stats.ts the
 * stats endpoint.
 */

const CONTENT_TYPES = [
  {
    schema: reportSchema as { info: { pluralName: string }; attributes: Record<string, Attribute> },
    name: RELATION_NAMES[REPORT_UID],
    tag: 'Operation Report',
    description: 'Reports of coordinated law-enforcement operations (operation-reports plugin)',
    localized: true,
    draftAndPublish: true,
  },
  {
    schema: crimeAreaSchema as { info: { pluralName: string }; attributes: Record<string, Attribute> },
    name: RELATION_NAMES[CRIME_AREA_UID],
    tag: 'Crime Area',
    description: 'Taxonomy of the crimes an operation targeted (operation-reports plugin)',
    localized: false,
    draftAndPublish: false,
  },
];

/** The override: paths relative to the REST prefix (the spec's server URL ends in /api), and their schemas. */
function buildOpenApi(): { tags: Schema[]; paths: Schema; components: { schemas: Schema } } {
  const [report] = CONTENT_TYPES;
  return {
    tags: CONTENT_TYPES.map(({ tag, description }) => ({ name: tag, description })),
    paths: {
      ...statsPaths(report.tag),
      ...jsonldPaths(report.tag),
      ...comparePaths(report.tag),
      ...Object.assign(
        {},
        ...CONTENT_TYPES.map((type) =>
          crudPaths(type.schema.info.pluralName, type.name, type.tag, type.draftAndPublish)
        )
      ),
    },
    components: {
      schemas: {
        ...Object.assign(
          {},
          ...CONTENT_TYPES.map((type) => contentTypeSchemas(type.name, type.schema, type.localized))
        ),
        ...componentSchemasOut(),
        ...statsSchemas(),
        ...jsonldSchemas(),
        ...compareSchemas(),
      },
    },
  };
}

/**
 * Hands the description to the documentation plugin, if it is installed. By
 * default (`x-strapi-config.plugins` unset) the plugin's API is documented;
 * a site that lists the plugins to document decides for itself.
 */
export function registerOpenApi(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const config = strapi.config.get('plugin::documentation') as
    | { 'x-strapi-config'?: { plugins?: string[] | null } }
    | undefined;
  const listed = config?.['x-strapi-config']?.plugins;
  if (Array.isArray(listed) && !listed.includes(PLUGIN_ID)) return;

  const override = documentation.service('override') as {
    excludeFromGeneration(api: string | string[]): void;
    registerOverride(override: unknown, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }): void;
  };
  // Our description replaces the generic one the documentation plugin would build.
  override.excludeFromGeneration(PLUGIN_ID);
  override.registerOverride(buildOpenApi());
}
