import type { NumberRules } from '../languages/types';
import type { AdditionalWords } from './types';

/**
 * Where a release is datelined, what its bare currency words are: a police force writes its own country's money
 * without naming the country. "MONTRÉAL, le 16 avril 2009 – … environ 640 000 $", "… 1,1 million de dollars" are
 * Canadian dollars; "BUENOS AIRES – … 21.500.000 pesos" Argentine pesos; "BERNE – … 86 000 francs" Swiss francs,
 * "DAKAR – … francs CFA" West African ones; "TANGER – … 2,1 millions de dirhams" Moroccan dirhams; "NUEVA DELHI –
 * … 2,4 millones de rupias" Indian rupees, "JAKARTA – … milliards de roupies" Indonesian rupiahs. Read on the
 * dateline's country, or on its city when it names none (a city another country also has, such as Córdoba or
 * Santiago, only with its country); any other dateline keeps the language table's `dollarSign` and reads no bare
 * "pesos", "francs", "dirhams" or "rupees".
 */
const DOLLAR_PLACES: Readonly<Record<string, string>> = {
  CAD:
    'canada|ottawa|montréal|montreal|québec|quebec|toronto|vancouver|calgary|edmonton|winnipeg|halifax|gatineau|' +
    'laval|longueuil|sherbrooke|trois-rivières|moncton|regina|saskatoon|mississauga|brampton|saguenay|lévis|' +
    'rimouski|fredericton|ontario|british columbia|colombie-britannique|alberta|manitoba|saskatchewan|nova scotia|' +
    'nouvelle-écosse|new brunswick|nouveau-brunswick|newfoundland and labrador|prince edward island|surrey',
  AUD:
    'australia|australie|canberra|sydney|melbourne|brisbane|perth|adelaide|darwin|hobart|new south wales|queensland|' +
    'western australia|south australia|tasmania|northern territory',
  NZD: 'new zealand|nouvelle-zélande|nueva zelanda|wellington|auckland|christchurch',
};
const PESO_PLACES: Readonly<Record<string, string>> = {
  ARS: 'argentina|argentine|buenos aires|rosario|mendoza|la plata|tucumán|mar del plata|neuquén|bahía blanca',
  MXN:
    'mexico|méxico|mexique|ciudad de méxico|estado de méxico|guadalajara|monterrey|tijuana|cancún|culiacán|toluca|' +
    'puebla|mérida|chihuahua|hermosillo|ciudad juárez|morelia|veracruz|oaxaca|acapulco|xalapa|querétaro|mexicali',
  COP:
    'colombia|colombie|bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|bucaramanga|pereira|cúcuta|' +
    'santa marta|manizales|ibagué|villavicencio',
  CLP:
    'chile|chili|santiago|santiago de chile|valparaíso|antofagasta|iquique|concepción|temuco|arica|calama|' +
    'puerto montt|la serena|rancagua|talca|valdivia|punta arenas|copiapó|coquimbo|viña del mar',
  UYU: 'uruguay|montevideo|punta del este|paysandú',
  DOP: 'república dominicana|dominican republic|république dominicaine|santo domingo|saint-domingue',
  PHP: 'philippines|filipinas|manila|manille',
};
const FRANC_PLACES: Readonly<Record<string, string>> = {
  CHF:
    'suisse|switzerland|schweiz|svizzera|berne|bern|genève|geneva|lausanne|zurich|zürich|bâle|basel|lugano|' +
    'neuchâtel|fribourg|sion|lucerne',
  XOF:
    "sénégal|senegal|dakar|côte d'ivoire|abidjan|mali|bamako|burkina faso|ouagadougou|niger|niamey|togo|lomé|" +
    'bénin|benin|cotonou|guinée-bissau|bissau',
  XAF:
    "cameroun|cameroon|yaoundé|douala|gabon|libreville|tchad|chad|n'djamena|brazzaville|centrafrique|bangui|" +
    'guinée équatoriale|malabo',
};
const DIRHAM_PLACES: Readonly<Record<string, string>> = {
  MAD: 'maroc|morocco|marruecos|rabat|casablanca|tanger|tánger|tangier|marrakech|fès|agadir|nador',
  AED: 'émirats arabes unis|united arab emirates|emiratos árabes unidos|dubaï|dubai|abou dabi|abu dhabi',
};
// (Spanish and French write Indonesia's rupiah as their rupee: "rupias", "roupies")
const RUPEE_PLACES: Readonly<Record<string, string>> = {
  INR:
    'india|inde|new delhi|nueva delhi|delhi|mumbai|bombay|kolkata|chennai|bengaluru|bangalore|hyderabad|' +
    'ahmedabad|pune|jaipur|lucknow|chandigarh|srinagar|guwahati|thiruvananthapuram|kochi|gujarat|kerala|goa|punjab',
  PKR: 'pakistan|pakistán|islamabad|karachi|lahore|peshawar|rawalpindi|quetta|faisalabad',
  LKR: 'sri lanka|colombo',
  NPR: 'nepal|népal|kathmandu|katmandú|katmandou',
  IDR: 'indonesia|indonésie|jakarta|yakarta|djakarta|surabaya|bandung|medan|denpasar|makassar|semarang',
  MUR: 'mauritius|maurice|île maurice|mauricio|port louis|port-louis',
};
const byPlace = (table: Readonly<Record<string, string>>) =>
  new Map(Object.entries(table).flatMap(([code, places]) => places.split('|').map((place) => [place, code] as const)));
/** Each bare currency word and where it names which currency. */
const LOCAL: { words: readonly string[]; places: Map<string, string>; sign?: boolean }[] = [
  { words: ['dollar', 'dollars', 'dólar', 'dólares'], places: byPlace(DOLLAR_PLACES), sign: true },
  { words: ['peso', 'pesos'], places: byPlace(PESO_PLACES) },
  {
    words: ['franc', 'francs', 'franco', 'francos', 'francs cfa', 'franc cfa', 'francos cfa', 'cfa francs', 'fcfa'],
    places: byPlace(FRANC_PLACES),
  },
  { words: ['dirham', 'dirhams', 'dírham', 'dírhams', 'dirhames'], places: byPlace(DIRHAM_PLACES) },
  {
    words: ['rupee', 'rupees', 'rupia', 'rupias', 'roupie', 'roupies', 'rupiah', 'rupiahs'],
    places: byPlace(RUPEE_PLACES),
  },
];

// The language's words with a dateline's own currency, made once per language and currency.
const local = new Map<string, AdditionalWords>();

const FRANCS = LOCAL.findIndex((each) => each.words.includes('francs'));
// (in its opening: "… six pays d'Afrique centrale : le Cameroun, le Congo, le Gabon …")
const CENTRAL_AFRICA = /(?<!\p{L})(?:Afrique\s+centrale|Central\s+Africa|África\s+Central|CEMAC)(?!\p{L})/iu;
const WEST_AFRICA =
  /(?<!\p{L})(?:Afrique\s+de\s+l'Ouest|West\s+Africa|África\s+Occidental|UEMOA|CEDEAO|ECOWAS)(?!\p{L})/iu;
const OPENING = 2000;

/**
 * The language's words as a release under this dateline ("Montréal", "Ottawa, Canada") reads them. A release about
 * Central Africa, and not West Africa, from anywhere, reads "francs CFA" as the Central African franc (XAF).
 */
export function wordsUnder(
  words: AdditionalWords,
  code: string,
  dateline: string | undefined,
  text = ''
): AdditionalWords {
  const parts = (dateline ?? '').toLowerCase().split(', ');
  const place = parts[parts.length - 1];
  // (the city when the last part is no place: "BOGOTÁ, D.C.")
  const found = LOCAL.map((each) => each.places.get(place) ?? each.places.get(parts[0]));
  if (found[FRANCS] === undefined) {
    const opening = text.slice(0, OPENING);
    if (CENTRAL_AFRICA.test(opening) && !WEST_AFRICA.test(opening)) found[FRANCS] = 'XAF';
  }
  if (found.every((currency) => currency === undefined)) return words;
  // (the words' digits too: a release that groups by a comma reads its own, NumberRules.digits)
  const key = `${code}|${words.digits.decimal}|${found.join('|')}`;
  let read = local.get(key);
  if (!read) {
    const currencies = { ...words.currencies };
    let dollarSign = words.dollarSign;
    for (const [k, each] of LOCAL.entries()) {
      const currency = found[k];
      if (!currency) continue;
      // (bare "francs" only by a dateline: a release about Central Africa from Lyon reads only "francs CFA" so)
      const byText = k === FRANCS && !each.places.has(place) && !each.places.has(parts[0]);
      const named = byText ? each.words.filter((word) => word.includes('cfa')) : each.words;
      for (const word of named) currencies[word] = currency;
      if (each.sign) dollarSign = currency;
    }
    read = { ...words, dollarSign, currencies };
    local.set(key, read);
  }
  return read;
}

// The words of a language with the digits of a text that writes them another way (NumberRules.digits), made once.
const digitsRead = new WeakMap<AdditionalWords, AdditionalWords>();
export function withDigits(words: AdditionalWords, digits: NumberRules['digits']): AdditionalWords {
  if (!digits) return words;
  let read = digitsRead.get(words);
  if (!read) {
    read = { ...words, digits: { ...words.digits, ...digits } };
    digitsRead.set(words, read);
  }
  return read;
}
