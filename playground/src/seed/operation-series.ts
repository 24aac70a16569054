/**
 * Earlier and sibling editions seeded beside Liberterra III, so that the
 * playground shows a comparison ("vs Liberterra II (2024): arrests
 * 2,517 → 3,744") and two series in the analytics. Copied from the tests'
 * fixture (tests/fixtures/operation-series.ts), which the playground must not
 * import. Liberterra II's 2,517 arrests is the figure the project's issue
 * compares with; every other figure here is an illustrative round number for
 * a demo, not a source to quote, and figures left null are left out on
 * purpose. Written in our own words; no sentence is taken from a release.
 * The series is never sent: the plugin derives it from the codename.
 */
export interface SeriesSeed {
  title: string;
  slug: string;
  codename: string;
  agency: string;
  headquarters: string;
  startDate: string;
  endDate: string;
  figuresStatus: 'preliminary' | 'final';
  summary: string;
  crimeAreaSlugs: string[];
  [figure: string]: unknown;
}

export const SERIES_SEEDS: readonly SeriesSeed[] = [
  {
    title: 'Operation Liberterra II',
    slug: 'operation-liberterra-ii',
    codename: 'Liberterra II',
    agency: 'INTERPOL',
    headquarters: 'Lyon, France',
    startDate: '2024-09-29',
    endDate: '2024-10-04',
    figuresStatus: 'final',
    summary:
      'The previous edition of Liberterra, seeded so the playground can compare editions (illustrative figures).',
    crimeAreaSlugs: ['human-trafficking', 'migrant-smuggling', 'forced-labour'],
    countries: 116,
    arrests: 2517,
    victimsIdentified: 3222,
    irregularMigrants: 17793,
  },
  {
    title: 'Operation Global Chain 2023',
    slug: 'operation-global-chain-2023',
    codename: 'Global Chain 2023',
    agency: 'Europol',
    headquarters: 'The Hague, Netherlands',
    startDate: '2023-06-05',
    endDate: '2023-06-09',
    figuresStatus: 'final',
    summary: 'A second series for the playground, with approximate figures (illustrative).',
    crimeAreaSlugs: ['human-trafficking', 'sexual-exploitation'],
    countries: 44,
    arrests: 212,
    victimsIdentified: 1400,
    victimsIdentifiedQualifier: 'approximately',
  },
  {
    title: 'Operation Global Chain 2024',
    slug: 'operation-global-chain-2024',
    codename: 'Global Chain 2024',
    agency: 'Europol',
    headquarters: 'The Hague, Netherlands',
    startDate: '2024-06-03',
    endDate: '2024-06-07',
    figuresStatus: 'preliminary',
    summary: 'The next edition of the second series, its figures still preliminary (illustrative).',
    crimeAreaSlugs: ['human-trafficking', 'forced-labour'],
    countries: 39,
    officers: 20000,
    officersQualifier: 'moreThan',
    arrests: 219,
    victimsIdentified: 1374,
    investigationsOpened: 276,
    investigationsOpenedQualifier: 'upTo',
  },
];
