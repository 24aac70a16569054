import type {
  CreativeWork,
  DefinedTerm,
  Event,
  EventLeaf,
  PropertyValue,
  PropertyValueLeaf,
  WithContext,
} from 'schema-dts';
import { qualifierFieldOf, STATS } from '../../../shared/stats';
import { figureProperty } from './figures';

type Text = string | null | undefined;

/**
 * The answer: schema-dts's `Event` plus `additionalProperty`, which schema.org
 * lists on places, products and values but not on events, so schema-dts's
 * `Event` has no such key. Every other key is schema-dts's own. Not exported
 * from the client entry: schema-dts's declarations import an ES module, which
 * a CommonJS frontend compiled with `skipLibCheck: false` refuses (TS1541).
 */
export type OperationReportJsonLd = WithContext<EventLeaf> & { additionalProperty?: PropertyValue[] };

/** `npm run typecheck` fails here if the answer ever stops being a schema-dts `WithContext<Event>`. */
type IsEvent<T extends WithContext<Event>> = T;
export type CheckedJsonLd = IsEvent<OperationReportJsonLd>;

/** The published report as the document service returns it, with crime areas, additional stats and sources populated. */
export interface JsonLdReport extends Record<string, unknown> {
  documentId: string;
  title: string;
  slug?: Text;
  codename?: Text;
  series?: Text;
  agency?: Text;
  headquarters?: Text;
  startDate?: Text;
  endDate?: Text;
  summary?: Text;
  locale?: Text;
  crimeAreas?: { name: string; slug?: Text }[] | null;
  additionalStats?: { label: string; value: number | string | null; unit?: Text; qualifier?: Text }[] | null;
  sources?: { title?: Text; publisher?: Text; url: string; publishedOn?: Text }[] | null;
}

/** Only the keys whose value is there: JSON-LD leaves out what is unknown rather than stating null. */
const present = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== null && item !== undefined && item !== '')
  ) as T;

const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** The six stats, then the additional metrics, each as a PropertyValue; figures not reported are left out. */
function figures(report: JsonLdReport): PropertyValueLeaf[] {
  const stats = STATS.map((stat) =>
    figureProperty({
      name: stat.label,
      propertyID: stat.name,
      value: report[stat.name] as number | null | undefined,
      qualifier: report[qualifierFieldOf(stat.name)],
    })
  );
  const metrics = (report.additionalStats ?? []).map((metric) =>
    figureProperty({ name: metric.label, value: metric.value, qualifier: metric.qualifier, unitText: metric.unit })
  );
  return [...stats, ...metrics].filter((property): property is PropertyValueLeaf => property !== null);
}

/** Crime areas as terms of the plugin's taxonomy, by name so the output does not depend on the join table's order. */
const crimeAreaTerms = (report: JsonLdReport): DefinedTerm[] =>
  [...(report.crimeAreas ?? [])]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((area) => present<DefinedTerm>({ '@type': 'DefinedTerm', name: area.name, termCode: area.slug ?? undefined }));

/** Each source as the work that reported on the operation. */
const sourceWorks = (report: JsonLdReport): CreativeWork[] =>
  (report.sources ?? []).map((source) =>
    present<CreativeWork>({
      '@type': 'CreativeWork',
      name: source.title ?? undefined,
      url: source.url,
      publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
      datePublished: source.publishedOn ?? undefined,
    })
  );

/** The documentId the API reads the report by, and its slug, which a site's addresses often use. */
function identifiers(report: JsonLdReport): PropertyValueLeaf[] {
  const ids: PropertyValueLeaf[] = [{ '@type': 'PropertyValue', propertyID: 'documentId', value: report.documentId }];
  if (report.slug) ids.push({ '@type': 'PropertyValue', propertyID: 'slug', value: report.slug });
  return ids;
}

/**
 * A published report as a schema.org `Event`. There is no `url`: the API
 * cannot know the address of the page a site shows the report on (the
 * README shows a frontend adding its own).
 */
export function reportEvent(report: JsonLdReport): OperationReportJsonLd {
  return present<OperationReportJsonLd>({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: report.title,
    alternateName: report.codename ?? undefined,
    description: report.summary ?? undefined,
    startDate: report.startDate ?? undefined,
    endDate: report.endDate ?? undefined,
    inLanguage: report.locale ?? undefined,
    identifier: identifiers(report),
    organizer: report.agency ? { '@type': 'Organization', name: report.agency } : undefined,
    location: report.headquarters
      ? { '@type': 'Place', name: report.headquarters, address: report.headquarters }
      : undefined,
    superEvent: report.series ? { '@type': 'EventSeries', name: report.series } : undefined,
    about: nonEmpty(crimeAreaTerms(report)),
    additionalProperty: nonEmpty(figures(report)),
    subjectOf: nonEmpty(sourceWorks(report)),
  });
}
