import { LIST_BULLET } from '../languages/list-lines';

/** Spanish: one country's or one case's share of a figure (es/index.ts reads the rest). */

const REGIONS =
  'Europa|África|Africa|Asia|América|Latinoamérica|Oceanía|Oriente|Caribe|Mediterráneo|Pacífico|Atlántico|Sudeste|Sureste|Centroamérica|Sudamérica|Suramérica|Unión|UE';
// "212 detenciones en España": one country's share (a list of places, "en Perú, Chile y Bolivia", is where it happened).
export const SHARE_AFTER = new RegExp(
  `^\\s+(?:(?:aquí|en\\s+nuestro\\s+país|en\\s+(?:territorio|suelo)\\s+nacional)(?!\\p{L})|en\\s+(?:\\d+\\s+|\\p{Ll}+\\s+)?(?:provincias|comunidades(?:\\s+autónomas)?|regiones|ciudades|localidades|departamentos)\\s+(?:españolas|francesas|italianas|portuguesas|alemanas|británicas|colombianas|mexicanas|argentinas|chilenas|peruanas|brasileñas|ecuatorianas|venezolanas|bolivianas)(?!\\p{L})|(?:(?:fueron|fue)\\s+\\p{L}+\\s+)?en\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(?!(?:${REGIONS})(?!\\p{L}))\\p{Lu}\\p{L}+(?:\\s+(?:del?\\s+)?\\p{Lu}\\p{L}+)?(?!\\p{L}|\\s+\\p{Lu}|,\\s*\\p{Lu}|\\s+(?:y|e)\\s+\\p{Lu}))`,
  'u'
);
// "En España, 212 …", "En uno de los casos, …", "Por ejemplo, …": a sentence about one place or one case.
// A list item opening on a place and a colon, a figure and its noun after it: "– Nigeria: 130 detenidos",
// "• Sudáfrica: más de 40 personas". Not one opening on a figure's own label ("– Detenidos: 306 personas").
const LABEL_OF_ITS_NOUN =
  '\\p{Lu}(?<itemRest>\\p{Ll}{2,})[^:\\n]{0,30}:\\s*(?:\\p{L}+\\s+){0,2}\\d[\\d.,]*\\s+(?:\\p{Ll}+\\s+){0,4}?\\p{Ll}\\k<itemRest>(?!\\p{L})';
const ITEM_LABEL =
  '(?:Total|Balance|Resultados?|Cifras|Detenidos|Detenciones|Arrestos|Personas|Sospechosos|Víctimas|Países|Agentes|Policías|Investigaciones|Migrantes|Incautaciones|Operaciones|Operación)';
// (nor a label that names the thing counted after it: "- Cuentas: 63 cuentas bancarias bloqueadas")
const PLACE_ITEM = `${LIST_BULLET}\\s*(?!${ITEM_LABEL}(?!\\p{L}))(?!${LABEL_OF_ITS_NOUN})\\p{Lu}[\\p{L}'-]+(?:\\s(?:del?\\s|la\\s)?\\p{Lu}[\\p{L}'-]+){0,2}\\s?:(?=\\s*(?:\\p{L}+\\s+){0,2}\\d[\\d.,]*(?:\\s\\d[\\d.,]*)*\\s+\\p{L})`;
// ("En territorio paraguayo intervinieron más de 400 agentes": one country's ground; "De los detenidos, siete fueron
// arrestados en Pedro Juan Caballero": a share of those arrested; "Costa Rica participó con 340 oficiales": one
// country's contribution)
export const IN_ONE_PLACE = new RegExp(
  `^\\s*(?:[-•–\u0096*]\\s*)?(?:(?:En|A|Dentro de)\\s+nuestro\\s+país,?|De\\s+(?:los|las)\\s+(?:\\p{L}+\\s+)?(?:detenid[oa]s|arrestad[oa]s|capturad[oa]s),|En\\s+(?:territorio|suelo)\\s+(?!(?:nacional|europeo|comunitario)(?!\\p{L}))\\p{Ll}+(?:o|a|e)(?!\\p{L})|(?:En|S[oó]lo en)\\s+(?:(?:el|la|los|las)\\s+)?(?:(?:departamento|estado|provincia|región|municipio|ciudad|puerto|aeropuerto|comunidad|cantón|distrito)\\s+(?:de|del)\\s+(?:la\\s+)?)?(?!(?:${REGIONS}|Operación|Operativo|Fase|Campaña)(?!\\p{L}))\\p{Lu}\\p{L}+(?:\\s+(?:del?\\s+)?(?![IVXLC]+,)\\p{Lu}\\p{L}+)?(?:\\s+\\([^)]{1,30}\\))?(?:,|\\s+(?=se\\s+\\p{Ll}))|En\\s+(?:(?:uno|una|otro|otra)\\s+de\\s+(?:los|las)\\s+\\p{L}+|(?:un|una|otro|otra)\\s+(?:(?:sol[oa]|únic[oa])\\s+)?(?:caso|operativo|redada|intervención|registro|incautación)|el caso de)(?!\\p{L})|(?:S[oó]lo|Únicamente)\\s+(?!(?:${REGIONS})(?!\\p{L}))\\p{Lu}\\p{L}+\\s+(?!\\p{Lu})|Por ejemplo,|(?!(?:${REGIONS}|INTERPOL|Interpol|Europol|Frontex|Eurojust|AMERIPOL|Ameripol|La|El|Los|Las|Esta|Este)(?!\\p{L}))\\p{Lu}[\\p{L}-]+(?:\\s+(?:del?\\s+)?\\p{Lu}[\\p{L}-]+){0,2}\\s+(?:particip(?:ó|aron)\\s+con|contribuy(?:ó|eron)\\s+con|aport(?:ó|aron))(?!\\p{L})|(?:(?:El|La)\\s+(?:estado|provincia|departamento|región|municipio|ciudad)\\s+de\\s+)?(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust|AMERIPOL|Ameripol|La|El|Los|Las|Esta|Este)(?!\\p{L}))\\p{Lu}[\\p{L}-]+(?:\\s+(?:del?\\s+)?\\p{Lu}[\\p{L}-]+){0,2}\\s+(?:concentr|registr|acumul|aport|encabez|lider)(?:ó|a|aron|an)\\s+(?:el\\s+mayor\\s+(?:número|volumen|balance)|la\\s+mayor\\s+(?:parte|actividad|cifra)|la\\s+mayoría|el\\s+grueso|la\\s+cifra\\s+más\\s+alta|los\\s+mejores\\s+resultados)(?!\\p{L})|${PLACE_ITEM})`,
  'u'
);
