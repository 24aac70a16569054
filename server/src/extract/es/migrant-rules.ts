import type { FieldRule } from '../languages/types';
import { LIST_SEP } from '../languages/list-lines';
import { ADJ, CAME_TO, END, LIST, LIST_END, QN, TO, rx } from './figure-patterns';

/** How a Spanish release states its irregular migrants (stat-rules.ts holds the other five stats). */
export const ES_IRREGULAR_MIGRANTS: FieldRule = {
  words:
    /irregular|indocumentad|ilegal|sin\s+(?:documentaci|documentos|papeles|estatus)|pasos\s+no\s+habilitados|rescat|intercept/iu,
  patterns: [
    rx(
      `${QN}\\s+(?!\\s)${ADJ}(?:migrantes|inmigrantes|personas|extranjeros|ciudadanos|menores|niños|niñas|adultos|viajeros|pasajeros)(?:\\s+migrantes)?\\s+(?:extranjer[oa]s\\s+|no\\s+acompañad[oa]s\\s+|(?!(?:en|sin|que|de|del|irregulares|ilegales|indocumentad[oa]s|llegad[oa]s|entrad[oa]s|detectad[oa]s|interceptad[oa]s|localizad[oa]s)(?!\\p{L}))\\p{Ll}+(?:os|as|es)\\s+(?=en\\s+(?:situación|condición)))?(?:(?:detectad|localizad|identificad|interceptad|sorprendid)[oa]s\\s+(?=en\\s|sin\\s))?(?:sin\\s+estatus\\s+migratorio\\s+regular|que\\s+ingres(?:aron|aban)\\s+(?:al\\s+país\\s+)?(?:por\\s+pasos\\s+no\\s+habilitados|de\\s+(?:forma|manera)\\s+(?:irregular|ilegal)|ilegalmente|irregularmente)|(?:llegad[oa]s|entrad[oa]s)\\s+(?:de forma|de manera|en situación)\\s+irregular|(?:detectad[oa]s|interceptad[oa]s|localizad[oa]s)\\s+(?:tras|después\\s+de|al)\\s+(?:cruzar|entrar|llegar)(?:\\s+[\\p{L}]+){0,3}?\\s+de\\s+(?:forma|manera)\\s+(?:irregular|ilegal)|que\\s+(?:intentaban|trataban\\s+de|pretendían|habían\\s+intentado)\\s+(?:cruzar|entrar|pasar|llegar|ingresar)(?:\\s+[\\p{L}]+){0,3}?\\s+(?:de\\s+(?:forma|manera)\\s+(?:irregular|ilegal)|ilegalmente|irregularmente)|irregulares|indocumentad[oa]s|ilegales|en (?:situación|condición) (?:administrativa |migratoria )?irregular|sin documentación|sin documentos|sin papeles)${END}`
    ),
    rx(
      `(?<!\\p{L})(?:migrantes|inmigrantes) irregulares\\s+(?:detectados\\s+)?${CAME_TO}\\s+(?:a\\s+)?${QN}(?=\\s*(?:[,.;:)]|y${END}|$))`
    ),
    // "rescataron a 150.810 migrantes que intentaban alcanzar de forma irregular las costas italianas", "interceptó a
    // unas 5.300 personas que intentaban ingresar al país sin documentos": what they were trying to do, irregularly
    rx(
      `${QN}\\s+(?:migrantes|inmigrantes|personas)\\s+que\\s+(?:intentaban|pretendían|trataban\\s+de|buscaban)\\s+(?:llegar|alcanzar|entrar|ingresar|cruzar|acceder)(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:de\\s+(?:forma|manera)\\s+irregular|irregularmente|ilegalmente|sin\\s+(?:documentos|papeles|documentación|autorización))(?!\\p{L})`
    ),
    // "rescataron a 2.400 migrantes", "5.969 migrantes fueron interceptados": people rescued or stopped on a crossing
    // (as English "crews rescued 150,810 migrants")
    rx(`(?<!\\p{L})(?:rescat|intercept)\\p{L}*${TO}${QN}\\s+(?!\\s)${ADJ}(?:migrantes|inmigrantes)${END}`),
    rx(
      `${QN}\\s+(?!\\s)${ADJ}(?:migrantes|inmigrantes)\\s+(?:fueron|han\\s+sido)\\s+(?:rescatad|interceptad)[oa]s${END}`
    ),
    // "- migrantes en situación irregular detectados: 318": with the participle of their finding.
    rx(
      `^${LIST}(?:migrantes|inmigrantes)\\s+(?:irregulares|en situación irregular)(?:\\s+(?:detectad|interceptad|localizad|identificad)[oa]s)?${LIST_SEP}${QN}${LIST_END}`
    ),
    // "- migrantes llegados de forma irregular y registrados con apoyo de Frontex: 32.436": how they came, then what
    // was done, in a few words before the colon.
    rx(
      `^${LIST}(?:migrantes|inmigrantes|personas)\\s+(?:llegad|entrad)[oa]s\\s+(?:de forma|de manera|en situación)\\s+irregular(?:\\s+[\\p{L}-]+){0,8}${LIST_SEP}${QN}${LIST_END}`
    ),
  ],
};
