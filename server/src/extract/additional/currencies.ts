/**
 * ISO 4217 codes a release writes before or after a figure ("USD 7 million",
 * "7 millions EUR"), in every language, and the currency signs. A code is only
 * read in capitals (the engine checks the text as written): "won" or "rand"
 * as a word is the language table's business.
 */
const CODES =
  'USD EUR GBP CHF XOF XAF BRL MXN COP ARS CLP PEN BOB UYU PYG CRC GTQ HNL DOP JMD TTD CAD AUD NZD SGD HKD ' +
  'JPY CNY KRW INR PKR BDT LKR THB VND PHP IDR MYR TWD ZAR NGN KES GHS UGX TZS ETB MAD DZD TND EGP AED SAR ' +
  'QAR KWD TRY RUB UAH PLN CZK HUF RON BGN SEK NOK DKK ISK';

export const CURRENCY_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  CODES.split(' ').map((code) => [code.toLowerCase(), code])
);

/**
 * Signs, as written right before a figure. A bare "$" is the language table's
 * `dollarSign`: the international agencies whose releases this reads (INTERPOL,
 * Europol, UNODC, AMERIPOL) report money in US dollars, and a release in
 * another dollar writes its prefix ("A$", "C$", "HK$", "NZ$", "S$", "R$" for
 * reais, "MX$"); a release datelined in a dollar country is read in its own
 * dollar (local-currency.ts).
 */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  US$: 'USD',
  'U.S.$': 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  MX$: 'MXN',
  RD$: 'DOP',
  '€': 'EUR',
  // (the euro sign's one-byte stand-in in the folded text: text.ts `fold`)
  '\u0080': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  // (the rupee sign's stand-in, as the euro's)
  '\u0081': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  // (Malaysia's ringgit, Ghana's cedi, Nigeria's naira, Kenya's shilling, the Philippine peso, Indonesia's rupiah and
  // South Africa's rand, as their own releases write them: "RM2.3 million", "KSh 40 million", "R1.8 million")
  RM: 'MYR',
  'GH¢': 'GHS',
  '₦': 'NGN',
  '\u0082': 'NGN',
  KSh: 'KES',
  '₱': 'PHP',
  '\u0083': 'PHP',
  Rp: 'IDR',
  R: 'ZAR',
  // (Peru's sol: "S/ 12.400 en efectivo")
  'S/': 'PEN',
  // (Namibia's dollar: "N$2.3 million")
  N$: 'NAD',
};

/** A sign right before a figure (and the spaces after it): `$`-anchored on the few characters before. */
export const SIGN_BEFORE =
  /(?:(?<![A-Za-z.])(?:US|U\.S\.|AU|CA|HK|NZ|MX|RD|[ACSRN])?\$|[€\u0080]|£|[₹\u0081]|(?<![A-Za-z])(?:Rs\.?|RM|GH¢|KSh|Rp|R|S\/)|[₦\u0082₱\u0083]) ?$/;

/** A sign right after a figure ("500 000 €", "2,5 M€" is not read). Sticky. */
export const SIGN_AFTER = / ?(?:[€\u0080]|£|\$)(?![\p{L}\d])/uy;

/** "dollar" and "euro" are written alike in English, French and Spanish. */
export const EUROS_AND_DOLLARS: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
};
