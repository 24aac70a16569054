import type { AdditionalWords } from './types';

/**
 * Where a release is datelined, what its bare currency words are: a police force writes its own country's money
 * without naming the country. "MONTRÉAL, le 16 avril 2009 – … environ 640 000 $", "… 1,1 million de dollars" are
 * Canadian dollars; "BUENOS AIRES – … 21.500.000 pesos" Argentine pesos. Read on the dateline's country, or on its
 * city when it names none (a city another country also has, such as Córdoba or Santiago, only with its country);
 * any other dateline keeps the language table's `dollarSign` and reads no bare "pesos".
 */
const DOLLAR_PLACES: Readonly<Record<string, string>> = {
  CAD:
    'canada|ottawa|montréal|montreal|québec|quebec|toronto|vancouver|calgary|edmonton|winnipeg|halifax|gatineau|' +
    'laval|longueuil|sherbrooke|trois-rivières|moncton|regina|saskatoon|mississauga|brampton|saguenay|lévis|' +
    'rimouski|fredericton',
  AUD: 'australia|australie|canberra|sydney|melbourne|brisbane|perth|adelaide|darwin|hobart',
  NZD: 'new zealand|nouvelle-zélande|nueva zelanda|wellington|auckland|christchurch',
};
const PESO_PLACES: Readonly<Record<string, string>> = {
  ARS: 'argentina|argentine|buenos aires|rosario|mendoza|la plata',
  MXN: 'mexico|méxico|mexique|ciudad de méxico|guadalajara|monterrey|tijuana|cancún|culiacán',
  COP: 'colombia|colombie|bogotá|bogota|medellín|medellin|cali|barranquilla',
  CLP: 'chile|chili|valparaíso|antofagasta|iquique',
  UYU: 'uruguay|montevideo',
  DOP: 'república dominicana|dominican republic|république dominicaine|santo domingo|saint-domingue',
  PHP: 'philippines|filipinas|manila|manille',
};
const byPlace = (table: Readonly<Record<string, string>>) =>
  new Map(Object.entries(table).flatMap(([code, places]) => places.split('|').map((place) => [place, code] as const)));
const DOLLARS = byPlace(DOLLAR_PLACES);
const PESOS = byPlace(PESO_PLACES);

/** The bare words of each language that name a dollar or a peso ("dollars", "dólares"; "pesos"). */
const DOLLAR_WORDS = ['dollar', 'dollars', 'dólar', 'dólares'];
const PESO_WORDS = ['peso', 'pesos'];

// The language's words with a dateline's own currency, made once per language and currency.
const local = new Map<string, AdditionalWords>();

/** The language's words as a release under this dateline ("Montréal", "Ottawa, Canada") reads them. */
export function wordsUnder(words: AdditionalWords, code: string, dateline: string | undefined): AdditionalWords {
  if (!dateline) return words;
  const parts = dateline.toLowerCase().split(', ');
  const place = parts[parts.length - 1];
  const dollar = DOLLARS.get(place);
  const peso = PESOS.get(place);
  if (!dollar && !peso) return words;
  const key = `${code}|${dollar ?? ''}|${peso ?? ''}`;
  let read = local.get(key);
  if (!read) {
    const currencies = { ...words.currencies };
    for (const word of dollar ? DOLLAR_WORDS : []) if (word in currencies) currencies[word] = dollar!;
    for (const word of peso ? PESO_WORDS : []) currencies[word] = peso!;
    read = { ...words, dollarSign: dollar ?? words.dollarSign, currencies };
    local.set(key, read);
  }
  return read;
}
