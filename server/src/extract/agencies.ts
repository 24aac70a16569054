/** The agencies the extractor knows by name (agency.ts reads which of them led the operation). */

// Each agency by its names in English, French and Spanish.
export const AGENCIES: [string, RegExp][] = [
  [
    'INTERPOL',
    /\b(?:INTERPOL|Interpol|International Criminal Police Organi[sz]ation|Organisation internationale de police criminelle|Organización Internacional de Policía Criminal)(?![\p{L}])/gu,
  ],
  [
    'Europol',
    /\b(?:Europol|EUROPOL|European Union Agency for Law Enforcement Cooperation|Agence de l'Union européenne pour la coopération des services répressifs|Agencia de la Unión Europea para la Cooperación Policial)(?![\p{L}])/gu,
  ],
  [
    'Frontex',
    /\b(?:Frontex|FRONTEX|European Border and Coast Guard Agency|Agence européenne de garde-frontières et de garde-côtes|Agencia Europea de la Guardia de Fronteras y Costas)(?![\p{L}])/gu,
  ],
  ['Eurojust', /\bEurojust\b/g],
  ['AFRIPOL', /\b(?:AFRIPOL|Afripol)\b/g],
  [
    'AMERIPOL',
    /\b(?:AMERIPOL|Ameripol|Police Community of the Americas|Comunidad de Policías de América|Communauté des polices d'Amérique)(?![\p{L}])/gu,
  ],
  ['ASEANAPOL', /\b(?:ASEANAPOL|Aseanapol)\b/g],
  ['GCCPOL', /\bGCCPOL\b/g],
  [
    'UNODC',
    /\b(?:UNODC|ONUDC|United Nations Office on Drugs and Crime|Office des Nations [Uu]nies contre la drogue et le crime|Oficina de las Naciones Unidas contra la Droga y el Delito)(?![\p{L}])/gu,
  ],
  [
    'OLAF',
    /\b(?:OLAF|European Anti-Fraud Office|Office européen de lutte antifraude|Oficina Europea de Lucha contra el Fraude)(?![\p{L}])/gu,
  ],
  // (the Collective Security Treaty Organization by its full name in each language, as its releases write it)
  ['Collective Security Treaty Organization', /\bCollective Security Treaty Organi[sz]ation(?![\p{L}])/gu],
  [
    'Organisation du traité de sécurité collective',
    /\bOrganisation du [Tt]raité de [Ss]écurité [Cc]ollective(?![\p{L}])/gu,
  ],
  ['Organización del Tratado de Seguridad Colectiva', /\bOrganización del Tratado de Seguridad Colectiva(?![\p{L}])/gu],
  // (styled "WCO", as UNODC is: its usual short name, whatever the text writes)
  [
    'WCO',
    /\b(?:World Customs Organi[sz]ation|WCO|Organisation mondiale des douanes|OMD|Organización Mundial de Aduanas|OMA)(?![\p{L}])/gu,
  ],
];
// Agencies most often named for their part beside another's lead, leading only when said to (findAgency).
export const OLAF = 'OLAF';
export const NAMED_FOR_THEIR_PART = ['Eurojust', OLAF];

// (made once: regexes made in a call are compiled again after garbage collections, regexps.ts)
const WHOLE_NAMES = AGENCIES.map(([, pattern]) => new RegExp(`^(?:${pattern.source})$`, 'iu'));
/** Whether `name` is one of the agencies, whatever its case ("INTERPOL", "Europol", "EUROJUST"). */
export const isAgencyName = (name: string): boolean => WHOLE_NAMES.some((pattern) => pattern.test(name));

// ("la Dirección de Investigación Criminal e Interpol (DIJIN)": an agency's name in a national unit's, its initials after
// it; the words before the agency's name and after it)
export const IN_A_UNITS_NAME_BEFORE = /(?<!\p{L})\p{Lu}\p{L}+\s+(?:e|y|and|et|&)\s+$/u;
export const IN_A_UNITS_NAME_AFTER = /^\s*\((?!(?:OIPC|ICPO|INTERPOL)\))\p{Lu}{3,8}\)/u;
