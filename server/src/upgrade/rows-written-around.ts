import type { Core } from '@strapi/strapi';
import { MODELS } from '../model/models';
import { fillNewDefaults } from './fill-defaults';
import { durationFill } from './fill-durations';
import { fillMissingSeries } from './fill-series';
import { slugSourceOf, syncSlugRegistry } from './sync-slug-registry';

const LOG = '[operation-reports]';
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * What boot does with rows written without the plugin's write path (an
 * upgrade, `strapi import`, `strapi transfer`, SQL): new fields get their
 * defaults, missing durations and series are computed, and every slug is settled and
 * registered. Each step is set-based, and says in the log what it changed;
 * a boot with nothing to do logs nothing.
 */
export async function settleRowsWrittenAround(strapi: Core.Strapi): Promise<void> {
  const filled = await fillNewDefaults(strapi, [durationFill(strapi)]);
  for (const [table, rows] of Object.entries(filled.defaults)) {
    strapi.log.info(`${LOG} upgrade: gave new fields their defaults in ${rows} rows of ${table}`);
  }
  for (const [column, rows] of Object.entries(filled.computed)) {
    strapi.log.info(`${LOG} upgrade: computed ${column} in ${count(rows, 'row')}`);
  }
  const series = await fillMissingSeries(strapi);
  if (series > 0) strapi.log.info(`${LOG} upgrade: derived the series of ${count(series, 'row')} from their codename`);
  for (const [uid, rules] of Object.entries(MODELS)) {
    await syncSlugs(strapi, uid, rules);
  }
}

async function syncSlugs(strapi: Core.Strapi, uid: string, rules: (typeof MODELS)[string]) {
  const source = slugSourceOf(strapi, uid, rules);
  const result = await syncSlugRegistry(strapi.db.connection, strapi.db.dialect.client, source);
  const log = `${LOG} boot: ${rules.scope}`;
  for (const { slug, keeper, renamed } of result.clashes) {
    const moves = renamed.map((r) => `${r.documentId} now has "${r.slug}"`).join(', ');
    strapi.log.warn(
      `${log} slug "${slug}" was shared by ${renamed.length + 1} documents written outside the plugin: ${keeper} keeps it, ${moves}`
    );
  }
  if (result.generated > 0) {
    strapi.log.info(
      `${log}: generated a slug from the ${rules.source} of ${count(result.generated, 'document')} that had none`
    );
  }
  if (result.copied > 0) {
    strapi.log.info(
      `${log}: gave ${count(result.copied, 'row')} without a slug the slug of their document's other rows`
    );
  }
  if (result.registered > 0) {
    strapi.log.info(`${log}: registered ${count(result.registered, 'slug')} written outside the plugin`);
  }
}
