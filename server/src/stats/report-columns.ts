import type { Core } from '@strapi/strapi';
import { STATS, qualifierFieldOf, type StatName } from '../../../shared/stats';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';

/** The column names of what the stats read, from Strapi's metadata (never guessed from attribute names). */
export interface ReportColumns {
  table: string;
  id: string;
  startDate: string;
  agency: string;
  series: string;
  figuresStatus: string;
  stats: Record<StatName, { value: string; qualifier: string }>;
  /** The crime areas' link table and the crime area table, for `groupBy=crimeArea`. */
  crimeAreas: { link: string; report: string; area: string; table: string; id: string; slug: string };
}

interface Meta {
  tableName: string;
  attributes: Record<
    string,
    {
      columnName?: string;
      joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
    }
  >;
}

export function columnsOf(strapi: Core.Strapi): ReportColumns {
  const meta = strapi.db.metadata.get(REPORT_UID) as unknown as Meta;
  const areas = strapi.db.metadata.get(CRIME_AREA_UID) as unknown as Meta;
  const column = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
  const joinTable = meta.attributes.crimeAreas?.joinTable;
  if (!joinTable) throw new Error('operation-report.crimeAreas has no join table');
  return {
    table: meta.tableName,
    id: column('id'),
    startDate: column('startDate'),
    agency: column('agency'),
    series: column('series'),
    figuresStatus: column('figuresStatus'),
    stats: Object.fromEntries(
      STATS.map(({ name }) => [name, { value: column(name), qualifier: column(qualifierFieldOf(name)) }])
    ) as ReportColumns['stats'],
    crimeAreas: {
      link: joinTable.name,
      report: joinTable.joinColumn.name,
      area: joinTable.inverseJoinColumn.name,
      table: areas.tableName,
      id: areas.attributes.id?.columnName ?? 'id',
      slug: areas.attributes.slug?.columnName ?? 'slug',
    },
  };
}
