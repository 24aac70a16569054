import { HSI_IN_SPANISH, NATIONAL_BODY } from '../languages/bodies';
import { ES_PLANNED } from '../languages/planned';
import { NUMBER_LED_NAME } from '../languages/names';
import type { LanguageRules } from '../languages/types';
import { ES_DATE_PAIRS, ES_DATE_RANGES, ES_SINGLE_DATES } from './dates';
import { ES_EDITION, ordinal } from './editions';
import { COMPARED, ONE_COUNTRY_PARAGRAPH, QN } from './figure-patterns';
import { commaGroupedOf, groupsByComma } from './comma-grouped';
import { BRACKETED, ES_NUMBER_WORDS, ES_TOTAL, ROUNDED_STAT, qualifierBefore, readNumber } from './numbers';
import { ES_STAT_RULES } from './stat-rules';
import { IN_ONE_PLACE, SHARE_AFTER } from './shares';
import { CENTRE, HQ_PLACE, IN_PREMISES, LED_FROM_SEAT, PLACE_KIND, RUN_VERB, SEAT, SET_UP } from './places';

/**
 * Spanish: how Spanish releases write figures, cues, dates, shares, earlier
 * editions, codenames, agencies and headquarters. Patterns that need a word's
 * edge use `(?<!\p{L})`/`(?!\p{L})`: `\b` knows no accented letter.
 */

// Words right after a figure that make it a duration, a share, money, an age or a weight.
const NOT_A_COUNT_AFTER =
  /^\s*(?:%|por\s+ciento|horas?(?!\p{L})|días?(?!\p{L})|semanas?(?!\p{L})|mes(?:es)?(?!\p{L})|años?(?!\p{L})|minutos?(?!\p{L})|toneladas?(?!\p{L})|t(?!\p{L})|kg(?!\p{L})|kilos?(?!\p{L})|kilogramos?(?!\p{L})|gramos?(?!\p{L})|litros?(?!\p{L})|km(?!\p{L})|kilómetros?(?!\p{L})|millas?(?!\p{L})|metros?(?!\p{L})|hectáreas?(?!\p{L})|(?:de\s+)?(?:dólares|euros|libras|pesos|soles|reales|francos|yuanes|rupias|USD|EUR|GBP)(?!\p{L})|[$€\u0080£]|de\s+edad(?!\p{L})|de\s+entre(?!\p{L}))/iu;
// Sticky lookbehind, asked at the figure's position (see looking-back.ts).
const NOT_A_COUNT_BEFORE =
  /(?<=(?:[$€\u0080£¥]|US\$|(?<!\p{L})(?:USD|EUR|GBP|MXN|COP|edad de|edades de|valorad[oa]s? en|por valor de|valor de|de\scada))\s*)/iuy;
const AGENCY_NAMES =
  'INTERPOL|Interpol|Europol|EUROPOL|Frontex|FRONTEX|Eurojust|AMERIPOL|Ameripol|AFRIPOL|Afripol|ASEANAPOL|UNODC|ONUDC|OMA';
// An earlier edition: its figures are not this operation's ("A raíz de aquella fase": "aquella", another time).
// "HAECHI I, la primera operación de …", "Lead, la primera operación de …": a name, then "the first" in apposition:
// this one is the first, not an earlier one.
// "…, y varias apuntan a redes que ya habían sido detectadas en ediciones anteriores.": a closing relative clause in the
// pluperfect, with no figure, tells of what the noun it describes did before; the sentence's figures are this operation's.
const BACKGROUND = '(?<!\\p{L})que\\s+(?:ya\\s+)?(?:se\\s+)?hab(?:ía|ían)\\s[^.;,\\d]{0,80}(?=\\s*(?:[.;]\\s*)?$)';
// "Thunderbird había contado con 49 países.": a sentence opening on a name (not an agency's) in the pluperfect tells
// of another, earlier operation.
// (Read where "había" + participle stands, looking back to the sentence's start: a top-level "^" alternative would
// double the cost of the whole pattern on a long sentence.)
const OTHER_NAME_BEFORE = `hab(?:ía|ían)\\s+\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)(?!\\p{L})(?<=^\\s*(?!(?:${AGENCY_NAMES})(?!\\p{L}))(?!(?:El|La|Los|Las|Esta|Este|Su|Sus|Una|Un)(?!\\p{L}))\\p{Lu}[\\p{L}'-]+(?:\\s+(?:[IVXLC]+|\\d{1,4}))?\\s+hab(?:ía|ían)\\s+\\p{L}+)`;
const NUMBERED = String.raw`(?:[Uu]n|[Dd]os|[Tt]res|[Cc]uatro|[Cc]inco|[Ss]eis|[Ss]iete|[Oo]cho|[Nn]ueve|[Dd]iez|[Vv]arios|[Uu]nos|[Aa]lgunos|\d{1,2})`;
// (Case-sensitive, its capitals written out: under the "i" flag \p{Lu} would match any letter.)
const MONTHS_OF_YEAR =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
// ("El antecedente más cercano … fue la Operación Conjunta Guerrero de enero de 2007": an earlier operation)
// (and a sentence opening on "Desde entonces," after an earlier launch: "HSI ha abierto 594 investigaciones" since then,
// all its cases; "fecha en que la FICE inició sus operaciones": a unit's count since it began)
const EARLIER = new RegExp(
  String.raw`^\s*(?:[Cc]ada\s+año|[Tt]odos\s+los\s+años|[Cc]ada\s+verano)\s*,|^\s*[Dd]esde\s+entonces\s*,|(?<!\p{L})(?:[Ee]l|[Ss]u)\s+(?:antecedente|precedente)\s+(?:más\s+)?(?:cercano|directo|inmediato)(?!\p{L})|(?<!\p{L})fecha\s+en\s+(?:la\s+)?que\s(?:[^\s,.;]+\s){1,8}?(?:inició|comenzó|empezó)\s+(?:sus\s+operaciones|a\s+(?:operar|funcionar))|(?<!\p{L})(?:[Ss]egún|[Dd]e\s+acuerdo\s+con)\s+(?:las\s+|los\s+)?(?:estadísticas|cifras|datos|estimaciones)\s+(?:nacionales|oficiales|del|de)(?!\p{L})(?![^,.;]{0,60},\s+(?:los|las|el|la)\s+\p{L}+\s+(?:intervenid|incautad|decomisad|aprehendid|recuperad|confiscad|retirad|secuestrad))|(?<!\p{L})(?:(?:[Ee]l año (?:pasado|anterior)|[Ee]l (?:verano|invierno|otoño|mes) pasado|[Ll]a primavera pasada|del año (?:pasado|anterior)|(?<!(?:inici|comenz|empez|arranc)(?:ó|aron)\s(?:las\spesquisas|la\sinvestigación|las\sinvestigaciones)\s|(?:iniciad|comenzad|empezad)[oa]s?\s)[Hh]ace ${NUMBERED} años?|${NUMBERED} años? (?:antes|atrás)|(?:[Aa]ntes|[Ee]n\s+preparación)\s+de\s+la\s+(?:operación|fase\s+(?:operativa|de\s+acción|de\s+campo|activa))|(?:sucede|sucedió|releva|relevó|toma\s+el\s+relevo\s+de)\s+(?:a\s+)?(?:la\s+)?(?:operación|edición|fase)|(?:[Ee]dición|[Ee]diciones|[Oo]peración|[Oo]peraciones|[Ff]ases?|[Ee]tapas?|[Cc]ampaña|[Jj]ornadas?) (?:anterior|anteriores|precedente|previa|pasada|pasadas)|(?<!\p{Lu}[\p{L}-]*(?:\s+(?:[IVXLC]+|\d{1,4}))?,\s)(?:[Ll]a|[Uu]na)\s+primera\s+(?:edición|[Oo]peración)|[Ee]diciones pasadas|[Ee]n\s+lo\s+(?:corrido|que\s+va)\s+del?\s+(?:año|(?:19|20)\d\d)|[Ee]n\s+(?:los|las)\s+últim[oa]s\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:años|meses|semanas)|(?:[Ss]us|[Ll]as)\s+(?:dos|tres|cuatro|cinco|seis|\d)\s+(?:primeras|anteriores)\s+(?:fases|ediciones|etapas|operaciones)|[Ss]umad[oa]s\s+(?:las|los|sus)\s+(?:\p{L}+\s+)?(?:ediciones|operaciones|dos|tres|cuatro|cinco|seis)|[Dd]esde (?:su )?(?:creación|lanzamiento|inicio|puesta en marcha)|[Dd]esde\s+(?:la|el)\s+que\s+(?:siguió|sucedió|se\s+\p{Ll}+ó)|[Dd]esde(?<!(?<!\p{L})que,?\s[^,.;«»\n]{0,80}[Dd]esde) (?:19|20)\d\d|[Dd]esde(?<=(?:han|ha|habían|había)\s+\p{Ll}+(?:ado|ido)\s[^.;]{1,80}[Dd]esde)\s+el\s+(?:\d|#){1,2}\s+de\s+${MONTHS_OF_YEAR}\s+de\s+(?:\d|#){4}|[Dd]esde (?:(?:principios|comienzos|inicios) de(?:l)? año|el inicio del año|el pasado (?:mes de )?${MONTHS_OF_YEAR}|${MONTHS_OF_YEAR} (?:pasado|del año pasado))(?<!(?<!\p{L})(?:que|donde)\s[^,.;«»\n]{0,120}[Dd]esde [^,.;«»\n]{1,40})|(?:[Tt]ras|[Dd]espués\s+de)\s+la\s+[Oo]peración\s+\p{Lu}[\p{L}'-]*,\s+(?:iniciada|lanzada|desplegada|emprendida|puesta\s+en\s+marcha)|[Aa]quellas? (?:edición|ediciones|operación|operaciones|fase|campaña|jornadas?|ocasión)|[Aa]quel (?:operativo|despliegue|año))(?!\p{L})(?<!${BACKGROUND})|${OTHER_NAME_BEFORE})`,
  'u'
);

// "el centro de coordinación de Europol", "coordinada desde Europol": an agency, not a place or a name.
const NOT_AGENCY = `(?!(?:${AGENCY_NAMES})(?!\\p{L}))`;
// ("Escudo del Istmo", "Tormenta del Desierto": one "del" joining a place-like word, no body's name after it; "Arco de
// Fogo:", "Castelo de Areia,": one "de" and a last word before a colon or a comma)
const PLAIN_NAME =
  "(?:\\p{Lu}|\\p{Ll}{1,3}(?=\\p{Lu}))[\\p{L}\\d'-]*(?:\\s+(?:(?:(?:the|of|at|on)\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\d'-]*|[IVXLC]+(?!\\p{L})|\\d+(?:\\.\\d+)?(?:-(?:[IVXLC]{1,4}|\\d{1,2})(?![\\p{L}\\d]))?(?!\\p{L})))*(?:\\s+del\\s+(?!(?:Perú|Ecuador|Paraguay|Uruguay|Salvador|Sur|Norte|Estado|Ministerio|Servicio|Departamento|Cuerpo|Ejército|Grupo|Centro)(?!\\p{L}))\\p{Lu}\\p{Ll}+(?!\\s+(?:de|del|\\p{Lu})(?!\\p{L}))|\\s+del\\s+(?:Norte|Sur)\\s+[IVXLC]+(?!\\p{L})|\\s+(?:de|do|da|dos|das)\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+(?:[IVXLC]+|\\d+))?\\s*[:,])\\p{Lu}\\p{Ll}+)?";
const NAME = `(?:${NUMBER_LED_NAME}|${PLAIN_NAME})`;
// "la operación, denominada Liberterra III", "bautizada como Endgame", "bautizada «Tormenta»", "que lleva por
// nombre …": only a name given to an operation.
// (and a name in quotes after the word: "la operación "Castelo de Areia"", read whole by the codename's quotedName)
// "cuyo nombre en clave es Epervier II", "con el nombre en clave «Desert Light»": a code name is an operation's, whatever
// word the release calls it by ("la ofensiva", "el dispositivo").
// "Bajo el nombre de «30 Days at Sea», autoridades de 58 países …": a name in quotes given with no word for what it
// names (not "con el nombre de Juan", a person's: the quote is asked for).
// ("Bautizada con el nombre de Cordillera, la operación se desarrolló …": a sentence that opens on it.)
const CODE_NAME =
  '(?:(?:cuyo\\s+|su\\s+|el\\s+)?nombre (?:en clave|en código|clave)(?:\\s+(?:es|era|fue|de))?|[Bb]ajo el nombre de(?=\\s*[«"“])|(?<=^|[.!?]\\s|\\n|[–—\\u0096\\u0097]\\s)Bautizad[oa]\\s+(?:con\\s+el\\s+nombre\\s+de|como))';
// ("La investigación, bautizada como «Fuel Family»": an investigation's name too; "el caso denominado «Cooptación del
// Estado»", as Guatemala's prosecutors name theirs)
const CODENAMED = new RegExp(
  `(?<!\\p{L})(?:(?:[Oo]peraci[oó]n|[Oo]perativo|[Cc]ampaña|[Aa]cción|[Ii]niciativa|[Oo]fensiva|[Dd]ispositivo|[Rr]edada|[Aa]ctuación|[Ii]nvestigación|[Cc]aso)(?:(?:\\s+\\p{Ll}+){0,3}?|(?:\\s+\\p{Ll}+)?(?:\\s+(?:\\p{Lu}\\p{L}*|y|e|de|del|la|el|contra)){1,8}?),?\\s+(?:(?:denominad[oa]|bautizad[oa]|llamad[oa])(?:\\s+como)?|conocid[oa]\\s+como|(?:con|bajo) el nombre (?:en clave |en código |clave )?(?:de )?|que (?:lleva|llevó|recibió|recibe) (?:el nombre (?:de )?|por nombre ))|${CODE_NAME}|[Oo]peraci[oó]n(?=\\s+["«“]\\p{Lu}[^"«»“”\\n.]{0,40}["»”]))\\s*["'«“]?(?:[Oo]peración\\s+["'«]?)?(?<name>${NAME})`,
  'gu'
);
// "Campaña Naval y Policial Multinacional Orión XII": the words that describe the operation are not its name.
const KIND =
  '(?:mundial|internacional|regional|global|multinacional|[Mm]ultinacional|[Ii]nternacional|[Mm]undial|[Rr]egional|[Nn]aval|[Pp]olicial|[Mm]arítima|[Aa]duanera|[Ee]uropea|[Nn]acional|antidroga|antidrogas|antinarcóticos|antiterrorista|especial)';
// "HAECHI V, la operación internacional …", "Serengeti 2.0, una operación …", "Jackal III, una operación coordinada por …": a name with its
// edition, set beside the word for an operation; one or two words from the run's first ("En España, la
// operación" names no edition; "Policial Multinacional Orión XII" does not start the run).
// "En 2024, la operación …", "Durante la Fase II, la operación …": a capitalised word that opens a
// sentence, or a part of something, is no name.
const NOT_A_WORD =
  '(?!(?:En|Desde|Durante|Hasta|Para|Por|Con|Según|Entre|Tras|Ante|Sobre|Hacia|Del|Al|El|La|Los|Las|Un|Una|Este|Esta|Año|Fase|Etapa|Artículo|Anexo|Capítulo|Título|Agenda|Objetivo)(?!\\p{L}))';
const BESIDE = `(?=\\p{Lu})(?<![\\p{L}\\d'-]|\\p{Lu}[\\p{L}\\d'-]*\\s)(?=${NOT_AGENCY}${NOT_A_WORD}\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?\\s+(?:[IVXLC]+|\\d{1,4}(?:\\.\\d{1,2})?)\\)?,\\s+(?:la|una|el|un|esta|este)\\s+(?:\\p{Ll}+\\s+)?(?:[Oo]peración|[Oo]perativo|[Cc]ampaña|[Aa]cción|[Ee]dición)(?!\\p{L}))`;
// "durante la Operación Paso del Estrecho": a name that goes on past "del" is longer than a codename is read; its
// first word alone is no name ("la operación Pangea de INTERPOL", "la operación Tormenta de la Guardia Civil", "la
// operación Sea Guardian de la OTAN" end at the body that ran it).
const BODY =
  '(?:Policía|Guardia|Armada|Marina|Fiscalía|Agencia|Oficina|Dirección|Unidad|Ministerio|Gendarmería|Fuerza|Fuerzas|Carabineros|Servicio|Cuerpo|Aduana|Aduanas|Organización|OTAN|ONU|Alianza|Unión\\s+Europea)(?!\\p{L})';
const WHOLE_NAME = `(?![\\p{L}\\d'-])(?!\\s+\\p{Lu}|\\s+(?:de\\s+la|del|de)\\s+${NOT_AGENCY}(?!${BODY})\\p{Lu})`;
// "Operación Pangea XVII", "la operación mundial de INTERPOL Pangea XVII", "Operación Conjunta Indalo 2023"
// (Frontex's joint operations), "Operativo Conjunto Tijuana" (Mexico's), "la acción conjunta Global Chain"; not "la decimotercera edición de la
// Operación Opson", the series (its edition: `edition` below).
const OPERATION = new RegExp(
  `(?:(?=[OoAaCcMm])(?<!\\p{L})(?<!edici(?:ón|ones) de (?:la )?)(?:[Oo]peración|[Oo]perativo|[Mm]egaoperativo|[Aa]cción\\s+conjunta|[Cc]ampaña)\\s+(?:${KIND}(?:\\s+[ye])?\\s+){0,3}(?:de\\s+(?:INTERPOL|Europol|Frontex|AMERIPOL|AFRIPOL|ASEANAPOL)\\s+)?["«]?(?:[Cc]onjunt[ao]\\s+)?${NOT_AGENCY}(?!${KIND}(?!\\p{L}))|${BESIDE})(?<name>${NAME})${WHOLE_NAME}`,
  'gu'
);

// "92 países participaron en Thunderstorm, la operación mundial contra …", "unieron fuerzas con Europol en X, una
// semana de acción …": what they took part in, named and then described as an operation, needs no edition (asked only when no operation is named otherwise).
// (or whose results are told: "ha presentado el balance de Agelaus, la primera operación conjunta …")
const DESCRIBED = new RegExp(
  `(?<!\\p{L})(?:(?:particip\\p{L}*|tom\\p{L}*\\s+parte|intervin\\p{L}*|(?:un|sum)\\p{L}*\\s+(?:fuerzas|esfuerzos)(?:\\s+con\\s+(?:la\\s+|el\\s+)?\\p{Lu}[\\p{L}-]*)?)\\s+en|(?:el\\s+balance|los\\s+resultados)\\s+de)\\s+${NOT_AGENCY}${NOT_A_WORD}(?<name>\\p{Lu}[\\p{L}'-]+(?:\\s+(?:\\p{Lu}[\\p{L}'-]+|[IVXLC]+|\\d{1,4}))?),\\s+(?:la|una)\\s+(?:\\p{Ll}+\\s+)?(?:operación|campaña|acción|ofensiva|edición|semana\\s+de\\s+acción|jornadas?\\s+de\\s+acción|serie\\s+de\\s+(?:acciones|operaciones|jornadas))(?!\\p{L})`,
  'gu'
);

// (also "coordinada por el Centro Europeo de Ciberdelincuencia (EC3) de Europol": the agency's own unit led it; not "por
// la Guardia Civil con el apoyo de Europol"; "fue coordinada a través de AMERIPOL": the body it was coordinated through)
const LEADS_BEFORE =
  /(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?)\s+por\s+(?:[\p{L}\d()-]+\s+){1,8}?y\s+por\s+(?:el\s+|la\s+)?$|(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?|organizad[oa]s?)\s+por\s+(?:el|la)\s+\p{Lu}[\p{L}-]*(?:\s+(?!(?:con|y|e|junto|apoyo|colaboración|ayuda|participación|respaldo|asistencia|policía|policías|autoridades)(?!\p{L}))[\p{L}-]+){0,6}(?:\s+\(\p{Lu}[\p{Lu}\d]{1,7}\))?\s+(?:de\s+(?:la\s+|el\s+)?|del\s+)$|(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?|organizad[oa]s?|encabezad[oa]s?|impulsad[oa]s?|conducid[oa]s?|lanzad[oa]s?|realizad[oa]s?|orquestad[oa]s?)\s+(?:conjuntamente\s+|a\s+(?:escala|nivel)\s+(?:internacional|europeo|europea|mundial|global|regional)\s+|internacionalmente\s+)?por\s+(?:el\s+|la\s+)?$|(?:bajo\s+(?:la\s+(?:coordinación|dirección)|el\s+(?:liderazgo|mando)|los\s+auspicios)|con\s+la\s+(?:coordinación|dirección))\s+(?:de\s+(?:la\s+|el\s+)?|del\s+)$|(?<!\p{L})(?<!se\s)(?:coordinó|dirigió|lideró|organizó|encabezó|coordina|dirige|lidera|coordinaron|dirigieron)\s+(?:el\s+|la\s+)?$|(?:centro|puesto|sala)\s+de\s+(?:mando|coordinación|operaciones)\s+de\s+(?:la\s+)?$|(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?)\s+por\s+(?:el|la)\s+(?:agencia|oficina|organización|organismo)(?:\s[\p{L}-]+){0,5},\s+$|coordinad[oa]s?\s+a\s+través\s+(?:de\s+(?:la\s+|el\s+)?|del\s+)$/iu;
// "Europol y Eurojust han coordinado": the first of two subjects led as much as the second.
const WITH_PARTNER_LED = `\\s+(?:y|e)\\s+(?:el\\s+|la\\s+)?(?:${AGENCY_NAMES}|Organización|Agencia|Oficina)(?:\\s+(?!(?:han|ha)(?!\\p{L})|coordin|dirig|lider|organiz|encabez|conjuntamente)[\\p{L}'-]+){0,4}\\s+(?:han\\s+(?:conjuntamente\\s+)?(?:coordinado|dirigido|liderado|organizado|encabezado|conducido)|(?:conjuntamente\\s+)?(?:coordinaron|dirigieron|lideraron|organizaron|encabezaron|condujeron|coordinan|dirigen|lideran))(?!\\p{L})`;
// One way to read the spaces and a dash, as in English.
const LEADS_AFTER = new RegExp(
  `^(?:\\s*\\(\\p{Lu}{2,8}\\))?(?:${WITH_PARTNER_LED}|(?:\\s*-)?\\s*(?:(?:ha\\s+|han\\s+)?(?:coordinó|coordinado|dirigió|dirigido|lideró|liderado|organizó|organizado|encabezó|encabezado|anunció|anunciado|informó|informado|dio\\s+a\\s+conocer|dado\\s+a\\s+conocer|(?:presentó|presentado)(?!\\s+(?:conjuntamente|juntos|en\\s+conjunto))|coordina|dirige|lidera|coordinaron|dirigieron|lideraron|organizaron|encabezaron)(?!\\p{L})|,\\s*que\\s+(?:coordinó|dirigió|lideró|organizó)(?!\\p{L})))`,
  'iu'
);
// "con el apoyo de Frontex", "en colaboración con Europol", "a través de INTERPOL" (its channels): not the lead.
// ("datos aportados por el FBI, INTERPOL y otros organismos": information passed on, no lead; "La operación forma parte
// de una acción internacional coordinada por Europol": the wider action's lead, not this operation's)
const SUPPORTS_BEFORE =
  /(?:(?<!\p{L})(?<!coordinad[oa]s?\s)(?:a\s+través|por\s+intermedio)|(?<!\p{L})(?:datos|información|informaciones|inteligencia|pistas)\s+(?:aportad|facilitad|proporcionad|suministrad|compartid)[oa]s?\s+por(?:\s[^.;,\s][^.;,]{0,39},){0,3}|(?<!\p{L})(?:representantes|delegados)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)(?:[^.;]{0,60}?,\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+))?$|(?<!\p{L})forma(?:ba)?\s+parte\s+de\s+una\s+(?:acción|operación|investigación|ofensiva)\s+(?:\p{Ll}+\s+){0,3}?(?:coordinad|dirigid|liderad)[oa]\s+por|con\s+(?:el\s+)?(?:apoyo|respaldo|concurso|auxilio|asistencia|ayuda)|con\s+la\s+(?:colaboración|cooperación|participación|ayuda|asistencia|contribución)|en\s+(?:colaboración|cooperación)\s+con|(?:trabajando|colaborando|cooperando|actuando)\s+(?:estrechamente\s+|conjuntamente\s+)?con|de\s+la\s+mano\s+(?:de|del)|apoyad[oa]s?\s+por|respaldad[oa]s?\s+por|asistid[oa]s?\s+por|oficiales\s+de\s+enlace|(?:agentes|funcionarios)\s+de\s+enlace|[Oo]ficinas?\s+[Cc]entral(?:es)?\s+[Nn]acional(?:es)?(?:\s+\(OCN\))?)\s+(?:(?:de\s+)?(?:la\s+|el\s+|los\s+|las\s+)?(?:[\p{L}()-]+\s){1,10}?[ye]\s+)?(?:de\s+|del\s+)?(?:la\s+|el\s+)?(?:agencia\s+)?$/iu;
// "coordinada conjuntamente por la Guardia Civil española y Europol", "una operación conjunta de la Policía
// Nacional y Europol": led by two bodies. One space after each word: a word run splits one way only.
// "Europol prestó apoyo analítico", "Europol apoyó la investigación", "INTERPOL acogió una reunión": support, not a lead.
const SUPPORTS_AFTER =
  /^(?:,\s+|\s+)(?:(?:ha|había|han|habían)\s+)?(?:(?:prest|aport|proporcion|brind|ofreci|facilit)(?:ó|aron|ado|ido)\s+(?:su\s+|un\s+|una\s+)?(?:\p{Ll}+\s+)?(?:apoyo|respaldo|asistencia|ayuda|análisis|inteligencia|información|soporte)|facilit(?:ó|aron|ado)\s+(?:el|la|los|las)\s+(?:cruce|intercambio|coordinación|análisis)|desplaz(?:ó|aron|ado)\s+(?:a\s+)?(?:un|una|dos|varios|sus)\s+(?:analistas?|expertos?|oficinas?|agentes)|(?:apoy|respald|asist)(?:ó|aron|ado|ió|ido)|(?:acogi|organiz)(?:ó|aron|do|ado)\s+(?:[\p{L}]+\s+){0,3}?(?:una?\s+|las?\s+|los\s+)?(?:reuni(?:ón|ones)|talleres|taller|cursos?|seminarios?))(?!\p{L})/u;
const JOINTLY =
  /(?:conjuntamente\s+(?:por|con|entre)|(?:operación|acción|investigación|operativo|campaña)\s+conjunt[oa]\s+(?:de|entre))\s+(?:(?:el|la|los|las)\s)?(?:[\p{L}-]+\s){1,5}(?:y|e)\s+(?:el\s+|la\s+)?$/iu;
// "coordinada por Europol y INTERPOL": the partner named first is read past.
const AND_PARTNER = /(?<!\s)\s+(?:y|e)\s+(?:el\s+|la\s+)?$/;

// "el Centro Europeo de Ciberdelincuencia (EC3) de Europol, en La Haya": a named centre of the agency, and where it is.
// (or an agency's regional office: "la Oficina Regional de INTERPOL para África Oriental, en Nairobi"; its secretariat: "La
// Secretaría de la OMA, en Bruselas, centralizó los avisos")
const AGENCY_CENTRE = `(?:(?:[Cc]entro|[Uu]nidad|Oficina)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+(?:de\\s+(?:la\\s+)?)?){1,3}(?:\\([\\p{Lu}\\d]{2,6}\\)\\s+)?de|Secretaría(?:\\s+General)?\\s+de(?:\\s+la)?)\\s+(?:${AGENCY_NAMES})(?:\\s+para\\s+\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2})?,\\s+en\\s+`;
// d: where the place and its country in brackets stand ("Cartagena (Colombia)" is named "Cartagena, Colombia").
// (and a seat the work was run from, told after it: "en la sede de Europol en La Haya, desde donde se ha coordinado")
const HQ = new RegExp(
  `(?<!\\p{L})(?:${RUN_VERB}\\s+desde\\s+(?:el|la|su|un|una)\\s+(?:[\\p{L}'-]+\\s+){1,6}?${IN_PREMISES}|${CENTRE}(?:\\s+\\([\\p{Lu}\\d]{2,8}\\))?(?:\\s+de\\s+(?:la|esta)\\s+operación)?(?:,\\s+${SET_UP}\\s+|\\s+(?:${SET_UP}\\s+)?)(?:de\\s+(?:la\\s+)?\\p{Lu}[\\p{L}-]*\\s+)?(?:en|de)\\s+(?:(?:la|el|su)\\s+(?:[\\p{L}'-]+,?\\s+){0,6}?(?:en|${SEAT})\\s+|${PLACE_KIND})?|${RUN_VERB}\\s+desde\\s+(?:(?:el|la|su|sus|un|una|los|las)\\s+(?:(?:[\\p{L}'-]+|\\([\\p{Lu}\\d-]{2,8}\\)),?\\s+){0,14}?(?:en|${SEAT}|(?:desplazad|trasladad)[oa]\\s+a)\\s+(?:${PLACE_KIND})?)?|[Dd]esde\\s+(?:su|la)\\s+sede\\s+(?:central\\s+)?(?:de\\s+\\p{Lu}[\\p{L}-]*\\s+)?(?:en|de)\\s+|(?:acog|alberg|instal|habilit|mont|establec)\\p{Ll}+\\s+en\\s+su\\s+sede\\s+(?:central\\s+)?(?:de|en)\\s+(?=[^.;]{0,120}?(?:centro|puesto|sala)\\s+de\\s+(?:mando|coordinación|operaciones))|(?<!\\p{L})sede\\s+(?:central\\s+)?de\\s+\\p{Lu}[\\p{L}-]*\\s+en\\s+(?=[^,.;]{1,40},\\s+desde\\s+donde\\s+(?:se\\s+)?(?:ha\\s+|había\\s+|han\\s+|habían\\s+)?(?:coordin|dirig))|${LED_FROM_SEAT}|${AGENCY_CENTRE})${NOT_AGENCY}${HQ_PLACE}`,
  'gdu'
);
// Sticky, asked where the headquarters match starts (see looking-back.ts): "se dirigió desde el …", or "desde su sede".
const RUN_FROM = new RegExp(
  `(?<=${RUN_VERB}\\s+desde\\s+(?:[\\p{L}'-]+\\s+){0,6})|(?=[Dd]esde\\s+(?:su|la)\\s+sede)|(?=${RUN_VERB}\\s+desde)`,
  'iuy'
);
const RUNS_IT =
  /(?<!\p{L})(?:coordin|co-ordin|dirig|gestion|supervis|la operación|desde|(?:centro|puesto)\s+de\s+mando)/iu;

// A national body named as leading the operation: "La iniciativa, coordinada por el Ministerio de Justicia y Seguridad
// Pública de Brasil", "La Armada de Colombia presentó hoy el balance de la Campaña …", "La Policía de Investigaciones
// de Chile (PDI) coordinó la operación internacional Ruta Austral" (the body must present or lead the
// operation itself, not figures).
// "La Policía Nacional, con la colaboración del Servicio de Vigilancia Aduanera, ha desmantelado …" as the lead's
// subject ("Los Mossos d'Esquadra detuvieron …" too); ", según ha informado la Guardia Civil", ", informó la Policía
// Federal" as the one telling the news. (In the preterite only after the dateline's dash, "BUENOS AIRES – La PFA
// desarticuló …", or under the headline and a dateline, a letterhead above them or not.)
// ("Agentes especiales de la Secretaría Nacional Antidrogas (SENAD) incautaron 457 kilos …": its agents, what they seized)
const ANNOUNCED_BY = new RegExp(
  `(?:(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097]|\\.-)\\s)(?:(?<agents>Agentes|Efectivos|Miembros)(?:\\s+(?:especiales|federales|policiales))?\\s+de\\s+(?:la|el)\\s+|(?:La|El|Los|Las)\\s+|(?=Carabineros\\s))(?<body>${NATIONAL_BODY})(?:\\s+\\(\\p{Lu}(?:\\p{Lu}{1,7}(?:\\s\\p{Lu}{2,7})?|\\p{Ll}{2,6})\\)(?:\\s+(?:de\\s+(?:la\\s+|los\\s+)?|del\\s+)(?:Estados\\s+Unidos|EE\\.\\s?UU\\.|(?<parent>Policía\\s+Nacional(?:\\s+(?:de|del)\\s+\\p{Lu}\\p{Ll}+)?|Cuerpo\\s+Nacional\\s+de\\s+Policía|Guardia\\s+Civil)|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?))?)?(?:,\\s+(?:con|junto\\s+(?:a|con)|en\\s+el\\s+marco\\s+de|en\\s+(?:estrecha\\s+)?(?:colaboración|cooperación|coordinación)\\s+con|a\\s+través\\s+de|(?:trabajando|colaborando|cooperando|actuando)\\s+(?:estrechamente\\s+|conjuntamente\\s+)?con|de\\s+la\\s+mano\\s+(?:de|del))\\s+[^.;]{1,120}?,)?\\s+(?:(?:ha|han)\\s+(?:\\p{Ll}+(?:ado|ido)|puesto|hecho|abierto|descubierto|resuelto|devuelto|roto)|anunció|informó|(?:inició|activó|lanzó)(?=[^.;\\n]{0,80}?\\s(?:la|el)\\s+(?:[Oo]peración|[Oo]perativo)(?!\\p{L}))|(?:desarticuló|desmanteló|desbarató|culminó|concluyó|ejecutó|desarrolló|detuvo|arrestó|capturó|identificó|localizó|rescató|detuvieron|arrestaron|capturaron|desarticularon|desmantelaron|incautaron|incautó|decomisaron|decomisó|dio\\s+por\\s+(?:concluid|finalizad|terminad|cerrad)[oa])(?<=(?:(?:[–—\u0096\u0097]|\\.-)\\s{1,3}|(?:^|\\n\\n)[^\\n]{1,200}\\n(?:\\n?[^\\n]{1,60}\\n)?\\n)(?:(?:La|El)\\s)?[^.\\n]{1,200}))(?!\\p{L})|,\\s+(?:según\\s+(?:ha\\s+)?(?:informado|informó|anunciado|anunció|explicado|explicó)(?:\\s+hoy|\\s+este\\s+\\p{Ll}+)?|(?:ha\\s+)?(?:informado|informó|anunciado|anunció)|según\\s+(?:el|los)\\s+(?:balance|datos|resultados|cifras)\\s+(?:presentad|difundid|publicad|facilitad)[oa]s?\\s+(?:hoy\\s+|este\\s+\\p{Ll}+\\s+)?por)\\s+(?:la|el)\\s+(?<told>${NATIONAL_BODY}))`,
  'gu'
);
// ("La operación está coordinada por", "La Operación X, que dirige el …", "informa al pueblo … del balance actualizado")
// ("Orión VII fue liderada por la Armada de Colombia", "Sea Guardian está conducida por el Mando Marítimo Aliado": the
// operation by its bare name, at a sentence's start; "El
// dispositivo, coordinado por los Carabinieri", "dirigida y coordinada por el Arma de Carabinieri" below)
const NAME_LED = `(?<=^|\\n|[.!?]\\s)(?!(?:La|El|Los|Las|Esta|Este|Una|Un|Su|Sus|Ella|Ello|Todo)\\s)(?!(?:${AGENCY_NAMES})(?!\\p{L}))\\p{Lu}[\\p{L}'-]+(?:\\s+(?:\\p{Lu}[\\p{L}'-]+|[IVXLC]+|\\d{1,4})(?![\\p{L}\\d])){0,2}\\s+(?:fue|ha\\s+sido|está|es|estuvo)\\s+(?:coordinad|dirigid|liderad|encabezad|conducid)[oa]\\s+por\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+)`;
// ("La investigación, bautizada como «Fuel Family», la dirige la Fiscalía Europea": a prosecutor's office directing the
// case it names; "la Campaña Naval Multinacional Orión X, la estrategia contra el narcotráfico … liderada por la Armada de
// Colombia": what the operation is, in apposition)
const LED_BY = new RegExp(
  `(?:${NAME_LED}|(?=[LlEeUu])(?<!\\p{L})(?<!(?:marco|contexto|ámbito)\\sde\\s)(?:[Ll]a\\s+[Oo]peración|(?:[Uu]na|(?<=,\\s)la)\\s+(?:operación|ofensiva|estrategia|investigación\\s+internacional)(?:\\s+(?!(?:coordinad|dirigid|liderad|encabezad|organizad)[oa]\\s)[\\p{L}-]+){0,6}?(?=\\s+(?:coordinad|dirigid|liderad|encabezad|organizad)[oa]\\s+por\\s)|[Ll]a\\s+iniciativa|[Ll]a\\s+investigación(?=,\\s+(?:bautizad|denominad|llamad)a\\s[^.;]{1,80},\\s+la\\s+dirige\\s+la\\s+Fiscalía\\s)|[Ll]a\\s+campaña|[Ee]l\\s+operativo|[Ee]l\\s+dispositivo|[Ll]a\\s+acción)(?:\\s+${NAME})?(?:,\\s+(?:bautizad|denominad|llamad)[oa]\\s+[^,.;]{1,80})?,?\\s+(?:(?:(?:fue|ha\\s+sido|estuvo|está|estaba|es)\\s+)?(?:coordinad|dirigid|liderad|encabezad|organizad|desarrollad|impulsad|planificad|diseñad)[oa](?:\\s+y\\s+(?:coordinad|dirigid|liderad|encabezad|organizad)[oa])?\\s+(?<jointly>conjuntamente\\s+)?por\\s+(?:la\\s+|el\\s+(?:Arma\\s+de\\s+(?:los\\s+)?(?=Carabinieri))?|los\\s+|las\\s+|(?=\\p{Lu}{2,6}(?![\\p{L}]))|(?=${HSI_IN_SPANISH}))|(?:está|estuvo|estaba|queda|quedó|corre|corrió)\\s+a\\s+cargo\\s+(?:de\\s+(?:la|los|las)\\s+|del\\s+)|(?:la|que)\\s+(?:dirige|dirigió|coordina|coordinó|lidera|lideró|encabeza|encabezó)\\s+(?:la|el|los|las)\\s+)|(?=\\p{Lu})(?<!\\p{L})(?=${NATIONAL_BODY}(?:\\s+\\(\\p{Lu}(?:\\p{Lu}{1,7}|\\p{Ll}{2,7})\\)(?:\\s+de\\s+\\p{Lu}\\p{Ll}+|\\s+de\\s+la\\s+Policía\\s+Nacional(?=\\s+\\p{Ll}))?)?(?:\\s+\\p{Ll}+(?:ana|ano|esa|eso|ina|ino|ola|ica|eña|ense)(?!\\p{L}))?(?:,(?:\\s+(?:el\\s+|la\\s+)?(?:organismo|cuerpo|institución|agencia|entidad|fuerza))?(?=\\s+que\\s)|,\\s+(?:a\\s+través\\s+de|con\\s+(?:el\\s+)?(?:apoyo|acompañamiento|respaldo)|en\\s+coordinación\\s+con)\\s+[^.;]{1,160}?,)?\\s+(?:(?:que\\s+(?:coordina|coordinó|dirige|dirigió|lidera|lideró|encabeza|encabezó)|(?:informa|informó|anunció|ha\\s+informado)(?:\\s+(?:hoy|ayer|este\\s+\\p{Ll}+))?\\s+que)(?=\\s+(?:la|el)\\s)|(?<reported>presentó|entregó|dio\\s+a\\s+conocer|informa|informó|presenta|ha\\s+presentado|ha\\s+entregado|ha\\s+dado\\s+a\\s+conocer)\\s+(?:hoy\\s+|este\\s+\\p{Ll}+\\s+)?(?:al\\s+(?:pueblo|país)(?:\\s+\\p{Ll}+)?\\s+|a\\s+la\\s+(?:opinión\\s+pública|ciudadanía|población|sociedad)\\s+)?(?:sobre\\s+|de\\s+|d(?=el\\s))?(?:el\\s+(?:primer\\s+)?balance(?:\\s+(?:final|actualizado))?(?:\\s+del\\s+(?:primer|segundo|tercer)\\s+año)?|los\\s+(?:primeros\\s+)?resultados(?:\\s+finales)?)(?:\\s+obtenidos(?:\\s+(?:hasta|durante|en)\\s+[^,.;]{1,40}?)?)?\\s+(?:de|por|d(?=el\\s))(?:\\s+(?:los|las)\\s+primer[oa]s(?:\\s+\\p{L}+){1,2}?\\s+d(?=el\\s))?|informa\\s+que\\s+[^.;]{1,160}?\\s+(?:ejecutó|realizó|llevó\\s+a\\s+cabo|desarrolló)\\s+(?:este\\s+día|hoy|ayer)|(?:informa|informó)\\s+sobre\\s+(?:el\\s+estado\\s+de\\s+)?la\\s+investigación\\s+(?:conocida\\s+como|denominada)|(?:(?:informa|informó|anunció|ha\\s+informado)\\s+que\\s+)?(?:coordinó|dirigió|lideró|encabezó|condujo|culminó|concluyó|cerró|ejecutó|llevó\\s+(?:adelante|a\\s+cabo)|dio\\s+por\\s+(?:concluida|concluido|finalizada|finalizado)|ha\\s+(?:coordinado|dirigido|liderado|encabezado|culminado|concluido|cerrado|ejecutado|dado\\s+por\\s+(?:concluida|concluido|finalizada|finalizado|cerrada|cerrado)))(?:,?\\s+(?:entre|del|desde)\\s+[^,.;]{1,60},)?(?:\\s+(?:(?:este|esta|el)\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hoy|ayer|el\\s+[\\d#]{1,2}\\s+de\\s+\\p{Ll}+(?:\\s+de\\s+[\\d#]{4})?|en\\s+la\\s+(?:madrugada|mañana|noche|tarde)(?:\\s+del?\\s+[^,.;]{1,40}?)?))?)(?:\\s+(?:la|el)|(?<=d)el|(?<=como|denominada))\\s+(?:(?:primera|segunda|tercera|cuarta|quinta|nueva)\\s+(?:edición|fase|etapa)\\s+(?:del|de\\s+la)\\s+)?(?:[Oo]peración|[Cc]ampaña|[Oo]perativo|[Ii]niciativa|[Oo]fensiva|[Dd]ispositivo|[Pp]royecto)(?!\\p{L})))(?:(?:División|Superintendencia|Subdirección|Sección|Jefatura|Brigada|Departamento)\\s[^,;.()\\n]{1,80}?(?:\\s\\(\\p{Lu}{2,8}\\))?\\sde\\s+la\\s+){0,2}(?<body>${NATIONAL_BODY})`,
  'gu'
);

export const SPANISH: LanguageRules = {
  code: 'es',
  forText: (text) => (groupsByComma(text) ? commaGroupedOf(SPANISH) : undefined),
  numbers: {
    figure: QN,
    read: readNumber,
    qualifierBefore,
    roundedStat: ROUNDED_STAT,
    totalOf: ['un total de'],
    total: ES_TOTAL,
    bracketed: BRACKETED,
    grouped: /^\d{1,3}(?:[ .]\d{3})+$/,
  },
  stats: ES_STAT_RULES,
  dates: { ranges: ES_DATE_RANGES, singles: ES_SINGLE_DATES, pairs: ES_DATE_PAIRS },
  notACountAfter: NOT_A_COUNT_AFTER,
  notACountBefore: NOT_A_COUNT_BEFORE,
  compared: COMPARED,
  share: {
    // One country's or one unit's share of a figure ("de los cuales 212 en España"), or the rest of it right before
    // its figure ("Los otros trece arrestos se produjeron en el Reino Unido …").
    words: new RegExp(
      `(?<!\\p{L})(?:de los cuales|de las cuales|de ellos|de ellas|entre ellos|entre ellas|entre los cuales|entre las cuales|incluid[oa]s|incluyendo|tales como|respectivamente|cada uno|cada una|por país|(?:los|las)\\s+(?:otr[oa]s|restantes)(?=\\s+(?:\\d|(?:${ES_NUMBER_WORDS.join('|')})(?!\\p{L}))))(?!\\p{L})`,
      'giu'
    ),
    // ("en China, donde las policías arrestaron a unas 3.900 personas": one place's clause; not a continent's; "Solo la
    // Policía Nacional de Colombia desplegó 650 uniformados": one body's)
    // ("La Guardia Civil, por su parte, detuvo a 20 personas": one body's part of the operation)
    alone:
      /(?<!\p{L})(?:por\s+su\s+parte(?!\p{L})|(?:s[oó]lo|únicamente)\s+(?:en(?!\p{L})|(?:la|el)(?=\s+\p{Lu}))|en\s+(?!(?:Europa|África|Asia|América|Oceanía|Latinoamérica)(?!\p{L}))\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?,\s+donde(?!\p{L}))/giu,
    inOnePlace: IN_ONE_PLACE,
    after: SHARE_AFTER,
    whole: /(?:países|naciones|miembros|participantes|parte|jurisdicciones|territorios)$/iu,
    // "La aportación española", "Los resultados en España", "En Colombia" (not "El balance mundial", "La contribución
    // africana": many countries)
    paragraph: ONE_COUNTRY_PARAGRAPH,
    section:
      /^(?:(?:La|El|Los|Las)\s+)?(?:aportación|contribución|participación|balance|resultados|cifras|dispositivo|parte|papel|actuación|vertiente)\s+(?:(?!(?:mundial|internacional|europe[oa]|global|regional|african[oa]|asiátic[oa]|american[oa]|latinoamerican[oa]|sudamerican[oa])s?(?![\p{L}]))\p{Ll}+(?:ola|ol|esa|és|ana|ano|ina|ino|ense|ca|co|ga|go)s?|(?:en|de)\s+\p{Lu}\p{L}+)(?![\p{L}])|^(?:En|Desde)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$|^(?:Algunos|Otros)\s+(?:ejemplos|casos)(?:\s+(?:destacad|relevant|significativ)\p{L}*)?$|^(?:Ejemplos|Casos\s+(?:destacados|relevantes))$/u,
  },
  earlier: {
    text: EARLIER,
    planned: ES_PLANNED,
    lastYear: /(?<!\p{L})(?:el|del)\s+año\s+pasado(?!\p{L})/giu,
    yearly:
      /(?<!(?:celebrad|organizad|realizad|llevad|lanzad|repetid|renovad|convocad)[oa]s?\s(?:a\scabo\s)?|(?:se\scelebra|se\srealiza|se\srepite|tiene\slugar|coordina|organiza|dirige|realiza|celebra|lanza|convoca)\s)(?<!\p{L})(?:cada\saño|todos\slos\saños|al\saño|por\saño|anualmente|diari[oa]s|al\sdía|por\sdía)(?!\p{L})/iu,
    // "la edición de 2023", "las jornadas de 2023", "la operación 2023", "la fase de verano de 2023"
    yearEdition:
      /(?<!\p{L})(?:edición|ediciones|operación|fase|ronda|campaña|jornadas?)(?:\s+(?:mundial|regional|internacional|anterior|europea|global))?\s+(?:(?:de|del)\s+(?:año\s+|(?:verano|invierno|primavera|otoño)\s+(?:de|del)\s+)?)?((?:19|20)\d\d)(?!\d)/giu,
    // "en 2014", "en septiembre de 2014", "durante el año 2014"
    inYear:
      /(?<!\p{L})(?<!(?<!\p{L})(?:murió|falleció)\s)(?:en|durante)\s+(?:el\s+(?:año\s+)?|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de(?:l)?\s+)?((?:19|20)\d\d)(?!\d)/giu,
    happened:
      // (or a sentence opening on its year: "En 2017, los Carabinieri detuvieron a más de 1.900 personas", or on a
      // phase and its year: "En la primera fase de la operación, en 2021, se intervinieron …"; "durante 2014 la Comandancia
      // de Navarra detuvo a 112 personas", a year before)
      /^\s*(?:En|Durante)\s+(?:el\s+año\s+)?(?:19|20)\d\d\s*,|^\s*(?:Durante|En)\s+(?:la\s+operación\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:19|20)\d\d\s*,|^\s*(?:En|Durante)\s+(?:la|el|una|un)\s+(?:primer[ao]|segund[ao]|anterior|fase|etapa)(?![\p{L}])[^,.;]{0,60},\s*en\s+(?:19|20)\d\d\s*,|(?<!\p{L})(?:detuvo|detuvieron|celebr|tuvo lugar|tuvieron lugar|se desarroll|desarrollad|se realiz|conclu|termin|finaliz|culmin|se sald|dio como resultado|dieron como resultado|result\p{L}* en|conduj|conducido|llevó a|permiti|había|habían|registr|practic|ejecut|comenz[óo]|empez[óo]|se\s+inici[óo]|naci[óo]|surgi[óo]|se cre[óo]|arranc[óo])/iu,
    // "La primera edición se saldó con 212 detenciones. Desde entonces se han abierto 1.100 investigaciones."
    continues:
      /^(?:Desde entonces|Desde aquel (?:momento|día|año)|Desde aquella (?:fecha|edición|operación)|Entonces|Aquel año|En aquel (?:momento|entonces)|En aquella ocasión)(?!\p{L})/u,
    // "La primera fase de Ruta Austral, realizada del 3 al 14 de marzo", "La primera fase, Levantera I, se desarrolló"
    phases: {
      first: /^\s*(?:En\s+|Durante\s+)?(?:la|su)\s+primera\s+(?:fase|etapa)(?!\p{L})/iu,
      later: /(?<!\p{L})(?:segunda|tercera|cuarta|quinta)\s+(?:fase|etapa)(?!\p{L})/iu,
    },
  },
  // "Acerca de INTERPOL", "Sobre Europol": what follows describes the agency ("sus 196 países miembros").
  boilerplate:
    /^[ \t]*(?:Acerca\s+(?:de|del)|A\s+propósito\s+(?:de|del)|Sobre(?=\s+(?:la\s+|el\s+)?\p{Lu}))\s+[^\n.,;:!?]{1,60}(?:$|:)/mu,
  // "Operación Conjunta X" is one word for an operation: another operation's name follows the pair.
  // "la decimotercera edición de la Operación Opson" names this edition, not another operation.
  operationWord:
    '(?<!edici(?:ón|ones) de (?:la )?)(?:[Oo]peración(?:\\s+[Cc]onjunta(?!\\p{L}))?(?!\\s+[Cc]onjunta(?!\\p{L}))|(?<=(?<!\\p{L})(?:[Ee]l|del|al|[Uu]n|[Oo]tro|[Ee]ste|[Ee]se|[Aa]quel)\\s)operativo)',
  codename: {
    cued: CODENAMED,
    operation: OPERATION,
    described: DESCRIBED,
    // "Rinascita Scott fue dirigida por los Carabinieri" (the headline must name it too)
    ledName:
      /(?<![\p{L}\d'-])(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}(?: (?:[IVXLC]+|\d{1,4}))?),? (?:fue|ha sido|había sido|estuvo) (?:dirigida|coordinada|liderada|encabezada|conducida|organizada|planificada) por\b/gu,
    notName: /^(?:El|La|Los|Las|Esta|Este|Esa|Ese|Dicha|Dicho|Su|Sus|Conjunta|Conjunto)$/,
    trailing: /(?<!\s)\s+(?:El|La|Los|Las|Un|Una|En|Y|De|Del|Con|Por|Para|Según|Durante|Entre)$/,
    edition: { pattern: ES_EDITION, ordinal },
  },
  agency: {
    leadsBefore: LEADS_BEFORE,
    leadsAfter: LEADS_AFTER,
    andPartner: AND_PARTNER,
    supports: SUPPORTS_BEFORE,
    supportsAfter: SUPPORTS_AFTER,
    jointly: JOINTLY,
    jointlyAfter:
      /^\)?,?\s+(?:dirigió|coordinó|lideró|encabezó|ha\s+dirigido|ha\s+coordinado),\s+(?:junto\s+(?:con|a)|conjuntamente\s+con)\s+(?:las\s+autoridades|la\s+[Pp]olicía|el\s+\p{Lu}|la\s+\p{Lu})/u,
    ledBy: LED_BY,
    announcedBy: ANNOUNCED_BY,
  },
  headquarters: {
    place: HQ,
    runFrom: RUN_FROM,
    runsIt: RUNS_IT,
    trailing: /(?<!\s)\s+(?:El|La|Los|Las|Un|Una)$/,
    // "La organización, dirigida desde una villa de lujo en Marbella": the criminals' base.
    // (or one country's part: "el dispositivo en territorio nacional se siguió desde la sede del CITCO en Madrid")
    partnerBefore:
      /(?<!\p{L})(?:dispositivo|despliegue|operativo)\s+(?:en\s+territorio\s+nacional|nacional)\s[^.;]{0,160}$/u,
    runByOthers:
      /(?<!\p{L})(?:organizaci[oó]n|red|banda|grupo|clan|c[aá]rtel|trama|negocio)(?:\s+[\p{L}-]+){0,2},?\s+$/iu,
    lentSupport:
      /^,?\s+(?:(?:ha|había|han)\s+)?(?:prestó|prestado|brindó|brindado|aportó|aportado|proporcionó|proporcionado|dio|dado|ofreció|ofrecido)\s+(?:\p{L}+\s+){0,2}?(?:apoyo|asistencia|ayuda|soporte|experiencia|conocimientos)(?!\p{L})/u,
  },
};
