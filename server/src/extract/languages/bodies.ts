/**
 * A national body's name as French and Spanish releases write it ("la Police nationale", "la Guardia Civil", "la
 * National Crime Agency (NCA)", "la Armada de Colombia", "el Ministerio de Justicia y Seguridad Pública de Brasil"),
 * as a pattern source: a force's word with what qualifies it, or an office's word with at least one word that says
 * whose it is (a bare "Direction" or "Oficina" names nobody); or initials. Articles opening a sentence are no part
 * of it.
 */
const ARTICLE = "(?!(?:La|Le|Les|El|Los|Las|Un|Une|Una|L')(?![\\p{L}]))";
const FORCE =
  '(?:Police|Gendarmerie|Gendarmería|Guardia|Guarda|Policía|Polícia|Policia|Polizia|Polizei|Politie|Carabinieri|Carabineros|Armada|Marine|Marina|Douanes?|Aduanas?|Sûreté|Mossos|Ertzaintza|Bundeskriminalamt|Prefectura|Garde|Cuerpo|Squad|Constabulary|Fuerza|Fuerzas|Force|Forces|Comando|Estado\\s+Mayor|Ejército|Patrulla|Mando)';
const OFFICE =
  '(?:Office|Oficina|Mission|Misión|Centro|Centre|Service|Servicio|Direction|Dirección|Unidad|Unité|Bureau|Buró|Agence|Agencia|Agency|Ministerio|Ministère|Fiscalía|Procuraduría|Parquet|Brigade|Brigada|Departamento|Département|Secretaría|Comisión|Préfecture|Administration|Administración|Investigations|Negociado)';
const HEAD = `(?:${FORCE}|${OFFICE})(?![\\p{L}])`;
const WORD = '\\p{Lu}[\\p{L}-]*';
const LEADING = `${ARTICLE}${WORD}\\s+`;
// "nationale", "armées" ("les Forces armées béninoises"), "de Colombia", "del Perú", "du Canada", "di Stato", "d'État",
// "Pública", "y Seguridad", "y el Crimen Organizado" (not "y Guardia Civil" or "y la DEA", a second body, but the
// "Dirección General de la Policía y de la Guardia Civil" of 2008–2011), "contra el Terrorismo" (a "Fiscalía contra el
// Delito de Extorsión" is a unit of the Ministerio Público), an English name's "of Investigation" ("Le Federal Bureau
// of Investigation (FBI) a présenté"); not its ministry ("la Dirección General de Protección Civil y Emergencias del
// Ministerio del Interior" is the Dirección General)
const QUALIFIER = `\\s+(?:nationale|nacional|armées|armadas|Militare|militaire|militar|fédérale?|federal|judiciaire|civile?|royale|grand-ducale|cantonale|communale|municipale|provinciale|régionale|côtière|costera|de\\s+(?:la\\s+)?police(?![\\p{L}])|de\\s+(?:la\\s+|las\\s+|los\\s+)?${WORD}|del\\s+(?!Ministerio(?![\\p{L}]))${WORD}|(?<=Conjunt[ao]\\s)\\d{1,4}(?![\\d.,\\p{L}])|du\\s+${WORD}|des\\s+${WORD}|di\\s+${WORD}|d'${WORD}|of\\s+${WORD}|(?:y|et)\\s+(?!${HEAD})${WORD}|(?:y|et)\\s+(?:el|la|los|las|le|les)\\s+(?!${HEAD})(?!\\p{Lu}{2,}(?![\\p{Ll}]))${WORD}|(?<=Dirección\\sGeneral\\sde\\sla\\sPolicía\\s)y\\s+de\\s+la\\s+Guardia\\s+Civil|(?<!Fiscalía\\s)[Cc]ontra\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?${WORD}|(?!${HEAD})${WORD})`;
const INITIALS = '(?!(?:UE|ONU|USA|EEUU|UK|EU|UN|ONG|OTAN|OEA)(?![\\p{L}]))\\p{Lu}{3,6}(?![\\p{L}\\d])';

// ("L'Unité permanente anticorruption (UPAC)", "L'Escouade nationale de répression du crime organisé (ENRCO)", "La
// Direction générale des recherches (DGR)", "Le Bureau central d'enquête (CBI)", "l'Office central de lutte contre la
// délinquance itinérante (OCLDI)": a body named at length in lower-case words, then by its initials, a place's name
// after them or not: "L'Escouade régionale mixte de la Montérégie (ERM Montérégie)")
const NAMED_AT_LENGTH = `(?:Unité|Unidad|Escouade|Direction|Dirección|Organisation|Organización|Agence|Agencia|Bureau|Buró|Oficina|Office|Département|Service|Section|Équipe|Commandement)(?:\\s+[\\p{L}'-]+){1,9}?(?=\\s+\\((?:\\p{Lu}{2,8}|\\p{Lu}\\p{Ll}{1,4}\\p{Lu}\\p{L}{0,5})(?:\\s\\p{Lu}[\\p{L}-]+)?\\))`;

// (the DEA as Spanish releases name it: "la Administración para el Control de Drogas (DEA)")
const DEA_IN_SPANISH = 'Administración\\s+para\\s+el\\s+Control\\s+de\\s+Drogas(?:\\s+de\\s+Estados\\s+Unidos)?';
// (and HSI: "Investigaciones de Seguridad Nacional (HSI)")
export const HSI_IN_SPANISH = 'Investigaciones\\s+de\\s+Seguridad\\s+Nacional(?=\\s+\\(HSI\\))';
export const NATIONAL_BODY = `(?:${INITIALS}|${DEA_IN_SPANISH}|${HSI_IN_SPANISH}|${ARTICLE}${NAMED_AT_LENGTH}|(?:${LEADING}){0,3}${ARTICLE}${FORCE}(?![\\p{L}])(?:${QUALIFIER}){0,7}|(?:${LEADING}){1,3}${OFFICE}(?![\\p{L}])(?:${QUALIFIER}){0,7}|${OFFICE}(?![\\p{L}])(?:${QUALIFIER}){1,7})(?![\\p{L}\\d])`;

/** A national force or ministry the text writes in lower case ("pilotée par la police nationale", "le ministère de la
 * Défense"): styled with a capital. */
export const LOWER_CASE_BODY =
  "(?:police|gendarmerie)\\s+(?:nationale|judiciaire|fédérale)(?:\\s+(?:fédérale|nationale))?|guardia\\s+civil|policía\\s+(?:nacional|federal)(?![\\p{L}])|police\\s+(?:de|du)\\s+(?!(?:la|le|l')\\s)\\p{Lu}[\\p{L}-]+(?![\\p{L}])|(?:ministère|ministerio)\\s+(?:de\\s+la|de\\s+l'|des|du|de|del)\\s*\\p{Lu}[\\p{L}-]+(?:\\s+(?:publique|pública|intérieure|interior|nationale|nacional))?(?![\\p{L}])";
