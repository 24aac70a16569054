/**
 * The example record of the project: INTERPOL's Operation Liberterra III.
 * Figures and facts from the news report in the project's reference material;
 * the summary and body are written for this playground.
 */
export const LIBERTERRA_III_SLUG = 'operation-liberterra-iii';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const liberterraIII = {
  title: 'Operation Liberterra III',
  slug: LIBERTERRA_III_SLUG,
  codename: 'Liberterra III',
  agency: 'INTERPOL',
  headquarters: 'Lyon, France',
  startDate: '2025-11-10',
  endDate: '2025-11-21',
  figuresStatus: 'final',
  summary:
    'Police in 119 countries took part in a twelve-day INTERPOL-coordinated push against human trafficking and ' +
    'migrant smuggling networks, ending with 3,744 arrests and more than four thousand possible victims identified.',
  body: [
    paragraph(
      'Between 10 and 21 November 2025, INTERPOL coordinated Operation Liberterra III from its headquarters in Lyon. ' +
        'Around 14,000 officers in 119 countries ran coordinated raids, border and transport checks and ' +
        'intelligence-led inquiries at locations flagged as high risk.'
    ),
    paragraph(
      'The results: 3,744 suspects arrested, 4,414 people identified as likely trafficking victims, 12,992 irregular ' +
        'migrants recorded and at least 720 new criminal investigations opened. Investigators found forced labour, ' +
        'sexual exploitation and smuggling by land, sea and air, often relying on forged documents and debt bondage.'
    ),
    paragraph(
      'INTERPOL also reported routes shifting, with more victims moved from Asia and Latin America towards Africa ' +
        'and Europe, and said further multinational operations of this kind will follow.'
    ),
  ],
  countries: 119,
  countriesQualifier: 'exact',
  officers: 14000,
  officersQualifier: 'approximately',
  arrests: 3744,
  arrestsQualifier: 'exact',
  victimsIdentified: 4414,
  victimsIdentifiedQualifier: 'exact',
  irregularMigrants: 12992,
  irregularMigrantsQualifier: 'exact',
  investigationsOpened: 720,
  investigationsOpenedQualifier: 'atLeast',
  crimeAreaSlugs: ['human-trafficking', 'migrant-smuggling', 'forced-labour', 'sexual-exploitation', 'document-fraud'],
  routes: [
    { origin: 'Asia', destination: 'Africa and Europe', note: 'Increasing movements of victims reported.' },
    { origin: 'Latin America', destination: 'Africa and Europe', note: 'Increasing movements of victims reported.' },
  ],
  quotes: [
    {
      speaker: 'Jürgen Stock',
      role: 'INTERPOL Secretary General',
      text: '“only through strong international cooperation”',
    },
  ],
  sources: [
    {
      title: 'Interpol Arrests 3,744 Suspects in Global Crackdown on Human Trafficking Across 119 Countries',
      publisher: 'en01.web.id',
      url: 'https://en01.web.id/',
    },
  ],
};
