/** The words of a French release that say where its operation was run from (fr/index.ts reads the places). */

// A seat's word (SEAT in fr/index.ts reads whose seat it is).
export const SEAT_WORD = '(?:siège|quartier\\s+général|QG)';
// "Elle était pilotée depuis le Centre de coopération policière et douanière (CCPD) franco-suisse, à Genève": a centre
// the operation was run from, then its city.
// ("Coordonnées depuis un centre installé à Las Palmas de Gran Canaria (Espagne)", "Commandée depuis la surintendance
// régionale de la PF à Manaus")
const RUN_FROM_A_CENTRE =
  "(?:[Cc]oordonné|[Pp]iloté|[Dd]irigé|[Ss]upervisé|[Cc]onduit|[Mm]ené|[Cc]ommandé)(?:e|s|es)?\\s+depuis\\s+(?:le\\s+|la\\s+|l'|un\\s+|une\\s+)(?:[Cc]entre|[Ss]alle|[Pp]oste|[Cc]ellule|[Dd]ivision)(?:(?:\\s+\\(?[\\p{L}'–\u0096-]+\\)?){1,12}?,\\s+(?:(?:installé|basé|situé|établi)e?\\s+)?|\\s+(?:installé|basé|situé|établi)e?\\s+)à\\s+|" +
  // (or a headquarters or a command named by what it is: "conduite depuis le quartier général d'opérations de
  // Northwood, au Royaume-Uni", "conduite depuis la surintendance de la PF à Curitiba (Paraná)", "coordonnée depuis le
  // siège du FBI à Washington", a body's seat, not "le siège d'une société écran à Dubaï"; a centre "installé à
  // Brisbane")
  "(?:[Cc]oordonné|[Pp]iloté|[Dd]irigé|[Cc]onduit|[Mm]ené|[Cc]ommandé)(?:e|s|es)?\\s+(?:par\\s+(?:la|le|l')\\s*\\p{Lu}[^,.;()]{1,60}?\\s+)?depuis\\s+(?:le\\s+|la\\s+|l'|un\\s+(?=état-major|quartier))(?:quartier\\s+général|surintendance|état-major|commandement|poste\\s+de\\s+commandement|siège(?=\\s+(?:du|de\\s+la|de\\s+l'|des|d')\\s*\\p{Lu}))(?:\\s+[\\p{L}\\d'-]+){0,9}?(?:\\s+\\(\\p{Lu}{2,8}\\))?,?\\s+(?:(?:installé|basé|situé|établi)e?\\s+)?(?:à|de|d')\\s*(?=\\p{Lu})";
// Only "coordonnée depuis Lyon": "piloté depuis Dubaï" is as often said of a criminal network, unless
// what was run is named: "Frontex a piloté l'opération depuis Varsovie".
const RUN_WHAT = "(?:l'opération|l'action|les\\s+opérations|les\\s+contrôles|l'ensemble\\s+des\\s+opérations)";
// ("coordonnée par l'UK Human Trafficking Centre (UKHTC) depuis ses locaux de Sheffield", "Coordonnée par Europol depuis
// La Haye"; "La coordination opérationnelle était assurée depuis Lima (Pérou)")
export const FROM = `(?:(?:[Cc]oordonné(?:e|s|es)?\\s+(?:par\\s+(?:l'|le\\s+|la\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}'-]+){0,5}?(?:\\s+\\(\\p{Lu}{2,8}\\))?,?\\s+)?|(?:coordonné|piloté|dirigé|supervisé|suivi|conduit|mené)\\s+${RUN_WHAT}\\s+|[Cc]oordination(?:\\s+opérationnelle)?\\s+(?:était|a\\s+été|est|fut)\\s+assurée\\s+)(?:en\\s+temps\\s+réel\\s+)?depuis\\s+(?:(?:ses|leurs|son)\\s+(?:locaux|bureaux|bureau)\\s+(?:de\\s+|d'|à\\s+))?|${RUN_FROM_A_CENTRE})`;
// "», a souligné X, responsable de …, depuis le complexe mondial de Singapour": where a quoted speaker spoke.
const SAID =
  '[»"”]\\s?,\\s(?:a|ont)\\s(?:déclaré|souligné|indiqué|affirmé|expliqué|ajouté|précisé|rappelé|estimé|commenté|insisté|conclu|assuré|résumé|observé|noté|martelé|relevé|prévenu|averti|témoigné|confié|lancé)\\s[^«».;:!?\\n]{0,150}';
export const SPOKE_FROM = `(?<!${SAID}\\s[Dd]epuis\\s(?:(?:le|la|les|son|sa|ses|leur)\\s|l')?)`;
// "», a déclaré X, du bureau régional d'INTERPOL à Abidjan": the speaker's office, not where the operation was run.
// (Asked only where a centre's word starts: the look back is long.)
export const CENTRE_FIRST = '(?=[CcPpSsBbUuDd][\\p{L}]{3,7}\\s)';
export const SPEAKERS_OFFICE = `(?<!${SAID}\\s(?:du|de\\s+la|au\\s+sein\\s+du|au\\s+sein\\s+de\\s+la)\\s|${SAID}\\s(?:de|au\\s+sein\\s+de)\\s+l')`;
// (its country after it: "à Banfora, chef-lieu de la région des Cascades, dans l'ouest du Burkina Faso")
// "dans un communiqué diffusé à Lyon, où se trouve son siège": the city, then its seat there.
export const WHERE_ITS_SEAT_IS = `(?<=\\sà\\s)(?=\\p{Lu}[^,.;\\n]{1,40},\\soù\\s(?:se\\strouve|est\\s(?:installé|établi|situé))\\s(?:son|leur)\\s${SEAT_WORD})`;
// "INTERPOL avait déployé à Marseille un centre de coordination opérationnelle": the city, then the centre set up there.
export const SET_UP_IN = `(?<=(?:déployé|installé|ouvert|établi)e?s?\\sà\\s)(?=\\p{Lu}[\\p{L}'-]*(?:[\\s-]\\p{Lu}[\\p{L}'-]*)?\\s(?:un|une)\\s(?:centre|cellule|poste|salle)\\s(?:de\\scoordination|de\\scommandement|opérationnel|d'opérations))`;
// "au Havre", "aux Sables-d'Olonne" before a city (articleOf in fr/index.ts; module constants, not literals made in each call).
export const AU_BEFORE = /(?<![\p{L}])au\s$/u;
export const AUX_BEFORE = /(?<![\p{L}])aux\s$/u;
