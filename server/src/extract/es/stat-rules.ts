import { ES_GATHERING } from '../languages/gatherings';
import type { StatName } from '../../../../shared/stats';
import type { FieldRule } from '../languages/types';
import { holdsAt } from '../looking-back';
import { LIST_BULLET, LIST_SEP } from '../languages/list-lines';
import { ADJ, BE, CAME_TO, END, LIST, LIST_END, NAMED_AND_OTHERS, PERSONS, QN, TO, rx } from './figure-patterns';
import { ES_IRREGULAR_MIGRANTS } from './migrant-rules';

/**
 * How a Spanish release states each of the six figures: the noun after the
 * figure, its participle after the noun ("3.744 personas fueron detenidas"),
 * or the verb before it ("detuvo a 3.744 sospechosos", "la detención de …").
 */

const ARRESTED =
  '(?:detenid[oa]s|arrestad[oa]s|capturad[oa]s|aprehendid[oa]s|(?:(?:puest[oa]s|tomad[oa]s) bajo (?:arresto|custodia)|bajo arresto)|privad[oa]s de (?:su )?libertad|(?:(?:acabaron|terminaron|acabó|terminó|han acabado|han terminado)\\s+)?(?:entre|tras las) rejas)';
// "detuvo a …", "fueron detenidas 219 personas"
const ARREST_VERB =
  '(?:(?:quedaron|quedó|han quedado|quedan) bajo (?:arresto|custodia)|detenid[oa]s|arrestad[oa]s|capturad[oa]s|aprehendid[oa]s|detuv(?:o|ieron|imos)|deten(?:er|ido|iendo)|detienen|arrest(?:ó|aron|ar|ado|ando)|captur(?:ó|aron|ar|ado|ando)|aprehendi(?:ó|eron|do)|aprehender)';
// "… detenidos o interrogados": not all of them were arrested.
// ("retenidos e interrogados antes de ser puestos en libertad": held a while, then let go)
const OR_OTHERWISE =
  /^\s*(?:(?:o|u|y\/o)\s+(?:(?:están|estaban|fueron|han\s+sido)\s+(?:siendo\s+)?)?(?:interrogad|controlad|identificad|liberad|puest[oa]s en libertad|multad|registrad|investigad|citad|sancionad|denunciad)|(?:y|e)\s+(?:interrogad|entrevistad)[oa]s?\s+(?:(?:[\p{L}'-]+\s+){0,6}?antes\s+de\s+(?:ser|quedar)\s+(?:puest[oa]s\s+en\s+libertad|liberad|autorizad|excarcelad)|y\s+(?:luego\s+|después\s+|posteriormente\s+)?(?:liberad|puest[oa]s\s+en\s+libertad)))/iu;

const THINGS_HELD =
  /(?<!\p{L})(?:ejemplares|animales|aves|especies|peces|reptiles|tortugas|primates|mamíferos|loros|serpientes|vehículos|coches|automóviles|camiones|motocicletas|embarcaciones|buques|barcos|lanchas|pateras|cayucos|aeronaves|avionetas|contenedores|cargamentos|envíos|paquetes|armas|bienes|objetos|piezas|mercancías|productos|dispositivos|teléfonos|cuentas|activos|fondos)(?!\p{L})/iu;

const VICTIMS = '(?:víctimas|supervivientes|sobrevivientes)';
const VULNERABLE = '(?:personas|mujeres|niños|niñas|menores)';
// (rescued or freed: workers, hostages too, "libera a 532 trabajadores"; identified workers are workers checked)
const RESCUED = '(?:personas|mujeres|niños|niñas|menores|trabajador(?:es|as)|jornaler[oa]s|rehenes)';
const SAVED =
  '(?:identificad[oa]s|rescatad[oa]s|liberad[oa]s|localizad[oa]s|salvad[oa]s|protegid[oa]s|puest[oa]s a salvo)';
const SAVE_VERB =
  '(?:identificad[oa]s|rescatad[oa]s|liberad[oa]s|identific(?:ó|aron|ar|ado|ando)|rescat(?:ó|aron|ar|ado|ando)|liber(?:ó|aron|ar|ado|ando)|localiz(?:ó|aron|ar|ado|ando)|salv(?:ó|aron|ar|ado)|asisti(?:ó|eron)|(?:puso|pusieron|han puesto|ha puesto|poner) a salvo)';

const OFFICERS =
  '(?:agentes|policías|funcionarios|funcionarias|efectivos|oficiales|investigadores|detectives|gendarmes|guardias|aduaneros|inspectores|militares|soldados|marinos|guardacostas|guardas|uniformados|carabineros|carabinieri|patrulleros)';

// One profession of a list of them ("fiscales", "guardas forestales", "agentes de aduanas"), for officers listed with
// others (as en's PROFESSION).
const PROFESSION =
  '(?:fiscales|jueces|juezas|magistrados|magistradas|analistas|expertos|expertas|especialistas|técnicos|técnicas|veterinarios|veterinarias|inspectores|inspectoras|guardas|guardias|agentes|policías|aduaneros|aduaneras|funcionarios|funcionarias|militares|gendarmes|investigadores|investigadoras|guardacostas|intérpretes)(?:\\s+(?:forestales|fronterizos|veterinarios|judiciales|civiles|de\\s+(?:aduanas|policía|fronteras|inmigración|costas)))?';

const INVESTIGATIONS =
  '(?:investigaciones|pesquisas|causas|procedimientos|diligencias|expedientes(?:\\s+de\\s+investigación)?|casos|carpetas\\s+(?:de\\s+investigación|fiscales|de\\s+investigaciones)|noticias\\s+criminales|averiguaciones(?:\\s+previas)?|procesos\\s+penales)';
const OPEN_VERB =
  '(?:abr(?:ió|ieron|ir|irse|iendo)|(?:ha|han|había|habían)\\s+abierto(?:\\s+(?:además|también|ya))?|abiert[oa]s?|inici(?:ó|aron|ar|ado|ada|adas|ados)|incoa(?:ron|do|das|dos|r)|incoó|lanz(?:ó|aron|ado|adas)|puso en marcha|pusieron en marcha|apertur(?:ó|aron)|instruy(?:ó|eron)|(?:ha|han)\\s+instruido)';
// Not "registrados": "250 casos registrados" were recorded, not opened.
const OPENED = '(?:abiert[oa]s|iniciad[oa]s|incoad[oa]s|puest[oa]s en marcha|lanzad[oa]s)';
// Sticky lookbehind, asked at the match: "se revisaron 400 expedientes abiertos" were reviewed, not opened.
const REVIEWED =
  /(?<=(?<!\p{L})(?:revis|analiz|examin|estudi|audit|evalu|consult)(?:aron|ó|ado|ando)\s+(?:los\s+|las\s+)?)/iuy;

// "Los arrestos, 183 en total", "las víctimas rescatadas, 78 en total": the noun, then its total between commas;
// "las investigaciones derivadas, 325 según los primeros recuentos, …": the same, with its source.
const IN_ALL = (nouns: string) => rx(`(?<!\\p{L})${nouns},\\s+${QN}\\s+(?:en total${END}|según(?:\\s+\\p{L}+){1,5},)`);

// "20 Estados europeos": States said with the region they belong to (not "Estados Unidos", capitalised).
const STATES_OF =
  'europeos|africanos|americanos|asiáticos|árabes|latinoamericanos|caribeños|centroamericanos|sudamericanos|suramericanos|balcánicos|bálticos|nórdicos|ribereños|vecinos|socios|asociados';
// Sticky lookbehind, asked at the match (see looking-back.ts): "los 27 Estados miembros".
const AFTER_THE = /(?<=(?<!\p{L})(?:los|las)\s+)/iuy;
// ("los siete países de Centroamérica participaron": their region may come between)
const TAKING_PART =
  /^\s+(?:de\s+\p{Lu}[\p{L}-]*\s+)?(?:participantes|que participaron|participaron|tomaron parte|implicad[oa]s|involucrad[oa]s|socios)(?!\p{L})/iu;

// An aside on the people counted, between commas: "17 presuntos traficantes, muchos de ellos patrones de las
// embarcaciones, fueron detenidos", ", entre ellos 12 menores, ".
// (and an aside on what they are suspected of, commas in it too: ", sospechosas de haber captado a las víctimas, "; or
// only a comma before the participle: "330 presuntos traficantes de personas, detenidos tras los desembarcos"; or what
// they were wanted for: "139 fugitivos reclamados por asesinato, violación o fraude han sido detenidos")
const ASIDE =
  '(?:(?<!\\s)\\s+(?:buscad|reclamad|requerid)[oa]s\\s+(?:por|en)\\s(?!\\s)[^;:.()«»\\n]{1,160}?(?:,\\s+|\\s+(?=(?:han|habían|fueron)\\s))|,\\s+(?=(?:detenid|arrestad|capturad|aprehendid)[oa]s(?!\\p{L}))|,\\s+(?:sospechos|acusad|imputad|investigad|señalad)\\p{L}*\\s(?!\\s)[^;:.()«»]{1,120}?,\\s+|,\\s+(?:(?:muchos|muchas|la\\s+mayoría|la\\s+mayor\\s+parte|varios|varias|algunos|algunas|casi\\s+todos|todos|\\d+)\\s+de\\s+(?:ellos|ellas|los\\s+cuales|las\\s+cuales)|entre\\s+(?:ellos|ellas|los\\s+cuales|las\\s+cuales)|incluidos|incluidas)\\s(?!\\s)[^,.;:()«»]{1,80},\\s+)';
const ASIDE_RE = new RegExp(ASIDE, 'iu');

export const ES_STAT_RULES: Record<StatName, FieldRule> = {
  arrests: {
    words: /deten|detuv|detien|arrest|captur|aprehen|custodia|libertad|rejas/iu,
    patterns: [
      // "3.744 detenciones", "219 personas fueron detenidas", "150 presuntos traficantes de migrantes fueron detenidos",
      // "52 tratantes y traficantes acabaron entre rejas"
      rx(
        `${QN}\\s+(?!\\s)${ADJ}(?:(?:detenciones|arrestos|capturas|detenid[oa]s|arrestad[oa]s|capturad[oa]s|aprehendid[oa]s)${END}|(?:${PERSONS}\\s+(?:[ye]\\s+${PERSONS}\\s+)?(?:de\\s+(?:(?:la|las|los|el)\\s+)?[\\p{L}-]+\\s+(?:(?!fueron|han|son|fue)\\p{Ll}+\\s+)?)?|${PERSONS}(?:\\s+de\\s+[\\p{L}-]+)?${ASIDE})?${BE}${ARRESTED}${END})`
      ),
      // "detuvo a 3.744 sospechosos", "permitió detener a 3.950 personas"
      rx(`(?<!\\p{L})${ARREST_VERB}${TO}${QN}\\s+(?!\\s)${ADJ}${PERSONS}${END}`),
      // "la policía detuvo a 212, entre ellos …"
      rx(`(?<!\\p{L})${ARREST_VERB}${TO}${QN}(?=\\s*(?:[,.;:)]|y${END}|$))`),
      // "la detención de 3.744 personas"
      rx(`(?<!\\p{L})(?:detención|arresto|captura|aprehensión)\\s+de\\s+${QN}\\s+(?!\\s)${ADJ}${PERSONS}${END}`),
      // "las detenciones ascendieron a 3.744", "el total de detenidos ascendió a once"
      rx(
        `(?<!\\p{L})(?:detenciones|arrestos|(?:número|total) de (?:detenciones|detenidos|arrestos|capturados|aprehendidos)(?:\\s+en\\s+la\\s+operación)?)\\s+${CAME_TO}\\s+(?:a\\s+)?${QN}(?=\\s*(?:[,.;:)]|y${END}|$))`
      ),
      // A running total, told before what it counts: "con lo que asciende a 32 el número de detenidos", "eleva a 32 los
      // detenidos"
      rx(
        `(?<!\\p{L})(?:asciende|ascienden|se\\s+eleva|se\\s+elevan|eleva|elevan|eleva\\s+ya)\\s+a\\s+${QN}\\s+(?:el\\s+(?:número|total)\\s+de\\s+|los\\s+|las\\s+)(?:detenciones|arrestos|detenid[oa]s|arrestad[oa]s|capturas)${END}`
      ),
      // "se ha acusado formalmente a 72 personas, y 52 de ellas han sido detenidas": those of the people the case names
      // who were arrested
      rx(
        `${QN}\\s+de\\s+(?:ellas|ellos)\\s+(?:han\\s+sido|habían\\s+sido|fueron|ya\\s+han\\s+sido)\\s+(?:detenid[oa]s|arrestad[oa]s|capturad[oa]s)${END}`
      ),
      IN_ALL('(?:detenciones|arrestos|detenid[oa]s|arrestad[oa]s|capturas)'),
      // A list of figures: "Detenciones: 186", "Personas detenidas: 186", "Presuntos facilitadores detenidos por las
      // autoridades italianas: 41" (not migrants held at a border)
      rx(
        `^${LIST}(?:detenciones|arrestos|aprehensiones|capturas|(?:(?!migrantes)\\p{L}+\\s+){0,2}(?:detenid[oa]s|arrestad[oa]s|aprehendid[oa]s|capturad[oa]s)(?:\\s+por\\s+(?:las?\\s+|los\\s+|el\\s+)?(?:autoridades|policía|fuerzas|agentes|guardia)(?:\\s+\\p{L}+){0,2})?)${LIST_SEP}${QN}${LIST_END}`
      ),
    ],
    refuseAfter: OR_OTHERWISE,
    // "Otras tres personas fueron detenidas en Canadá": more of them, not all
    refuseBefore: /(?<=(?<!\p{L})[Oo]tr[oa]s\s)/uy,
    // "300 aves capturadas", "12 embarcaciones detenidas": things or animals held, not people arrested.
    // (an aside on who the people were is not what was held: "…, entre ellos patrones de las embarcaciones, …")
    refuseMatch: (_text, _index, match) => THINGS_HELD.test(match.replace(ASIDE_RE, ', ')),
  },
  victimsIdentified: {
    words: /víctima|superviviente|sobreviviente|rescat|liber|salv|recuperación/iu,
    patterns: [
      // "4.414 víctimas identificadas", "35 víctimas de trata fueron rescatadas"
      rx(
        `${QN}\\s+(?!\\s)${ADJ}${VICTIMS}\\s+(?:(?:potenciales|posibles|presuntas)\\s+)?(?:de\\s+(?:[\\p{L}-]+\\s+){1,4}?)?${BE}${SAVED}${END}`
      ),
      // "23 personas en situación de trata fueron rescatadas", "150 trabajadores sometidos a trabajo forzoso fueron
      // rescatados": people in a victim's situation, rescued or freed (not identified: that says nothing of harm)
      rx(
        `${QN}\\s+(?!\\s)${ADJ}(?:personas|mujeres|hombres|niños|niñas|menores|trabajadores|trabajadoras)\\s+(?:en\\s+situación\\s+de\\s+(?:trata|explotación|servidumbre)|sometid[oa]s\\s+a\\s+(?:trabajos?\\s+forzos[oa]s?|explotación(?:\\s+\\p{Ll}+)?|servidumbre))\\s+${BE}(?:rescatad[oa]s|liberad[oa]s|puest[oa]s\\s+a\\s+salvo)${END}`
      ),
      // "identificaron a 1.300 posibles víctimas", "identificar a siete niños y niñas víctimas de abuso"
      rx(
        `(?<!\\p{L})${SAVE_VERB}${TO}${QN}\\s+(?!\\s)(?:${VULNERABLE}\\s+(?:y|e)\\s+${VULNERABLE}\\s+)?${ADJ}${VICTIMS}${END}`
      ),
      // "la identificación de 35.224 víctimas", "el rescate de 88 menores"
      rx(`(?<!\\p{L})(?:identificación|rescate|liberación)\\s+de\\s+${QN}\\s+(?!\\s)${ADJ}${VICTIMS}${END}`),
      rx(
        `(?<!\\p{L})(?:(?:identificación|localización)\\s+[oy]\\s+)?(?:rescate|liberación|recuperación)\\s+de\\s+${QN}\\s+(?!\\s)${ADJ}${VULNERABLE}${END}`
      ),
      // "rescató a 40 mujeres": rescued or freed people are victims; identified people are not, unless called so.
      rx(
        `(?<!\\p{L})(?:rescat(?:ó|aron|ar|ado|ando|an?)|liber(?:ó|aron|ar|ado|ando|an?)|(?:rescatad|liberad)[oa]s|salv(?:ó|aron|ar|ado)|(?:puso|pusieron|han puesto|ha puesto) a salvo)${TO}${QN}\\s+(?!\\s)${ADJ}${RESCUED}${END}`
      ),
      // ("- 532 trabajadores rescatados de condiciones análogas a la esclavitud": a list line's rescued people)
      rx(`^${LIST_BULLET}\\s*${QN}\\s+(?!\\s)${ADJ}${RESCUED}\\s+(?:rescatad|liberad)[oa]s${END}`),
      // "40 mujeres fueron liberadas", "39 niños y niñas identificados y puestos a salvo", "54 niños que trabajaban en
      // plantaciones de cacao han sido puestos a salvo"
      rx(
        `${QN}\\s+(?!\\s)${ADJ}${VULNERABLE}\\s+(?:(?:y|e)\\s+${VULNERABLE}\\s+)?(?:que\\s+(?:trabajaban|eran|estaban|vivían|habían\\s+sido)\\s[^,.;:()«»]{1,120}?\\s+)?${BE}(?:(?:identificad[oa]s|localizad[oa]s)\\s+[yo]\\s+)?(?:rescatad[oa]s|liberad[oa]s|puest[oa]s a salvo|identificad[oa]s como (?:posibles |presuntas |potenciales )?víctimas)${END}`
      ),
      rx(
        `(?<!\\p{L})víctimas\\s+(?:identificadas|rescatadas)\\s+${CAME_TO}\\s+(?:a\\s+)?${QN}(?=\\s*(?:[,.;:)]|y${END}|$))`
      ),
      IN_ALL(`${VICTIMS}\\s+${SAVED}`),
      // "se identificó como posibles víctimas de trata a 78 personas", "rescató a 40 menores como víctimas"
      rx(
        `(?<!\\p{L})${SAVE_VERB}\\s+como\\s+(?:(?:posibles|presuntas|potenciales)\\s+)?víctimas\\s+(?:de\\s+(?:[\\p{L}-]+\\s+){1,4}?)?a\\s+${QN}\\s+(?!\\s)${ADJ}${VULNERABLE}${END}`
      ),
      rx(
        `(?<!\\p{L})${SAVE_VERB}${TO}${QN}\\s+(?!\\s)${ADJ}${VULNERABLE}(?:,\\s+[^,.;:()]{1,60},)?\\s+como\\s+(?:(?:posibles|presuntas|potenciales)\\s+)?víctimas${END}`
      ),
      // "- víctimas de trata identificadas: 9": the crime may be named between the noun and its participle.
      rx(
        `^${LIST}víctimas\\s+(?:de\\s+[\\p{L}-]+\\s+(?:(?:de\\s+)?[\\p{L}-]+\\s+){0,3}?)?(?:identificadas|rescatadas)${LIST_SEP}${QN}${LIST_END}`
      ),
      // "Personas rescatadas en situación de trata: 95"
      rx(
        `^${LIST}${VULNERABLE}\\s+(?:rescatadas|rescatados|liberadas|liberados)(?:\\s+en\\s+situación\\s+de\\s+(?:trata|explotación))?${LIST_SEP}${QN}${LIST_END}`
      ),
    ],
    // People rescued at sea, in a strait or in the desert are migrants in distress, not victims of the crime.
    refuseAfter:
      /^\s+(?:en (?:el|alta) mar|en el (?:estrecho|desierto|canal)|a la deriva|en situación de peligro|de (?:una|la|las|varias) embarcaci)/iu,
  },
  officers: {
    refuseSentence: ES_GATHERING,
    words:
      /agente|policía|funcionari|efectivo|oficial|investigador|detective|gendarme|guardia|aduanero|inspector|militar|soldado|marino|guardacosta|guarda|uniformado|carabinero|carabinieri|patrullero|miembros|integrantes|elementos|servidores/iu,
    patterns: [
      // "unos 14.000 agentes", "Hasta 2.000 agentes de policía"
      rx(`${QN}\\s+(?!\\s)${ADJ}${OFFICERS}${END}`),
      // "14.000 miembros de las fuerzas de seguridad"
      rx(
        `${QN}\\s+(?!\\s)(?:miembros|integrantes|elementos)\\s+de\\s+(?:las\\s+|los\\s+)?(?:fuerzas|cuerpos|policías|servicios|corporaciones)${END}`
      ),
      // "2 mil 340 elementos de la Guardia Nacional", "2.026 elementos del Ejército": a force's members, as Mexico counts them
      rx(`${QN}\\s+(?!\\s)elementos(?=\\s+(?:de\\s+(?:la|las|los|el)|del)\\s+\\p{Lu})`),
      // ("Más de 6.500 elementos federales fueron desplegados": members of the forces, as Mexico counts them)
      rx(
        `${QN}\\s+(?!\\s)elementos\\s+(?:federales|policiales|militares|navales|estatales|municipales|de\\s+seguridad)(?!\\p{L})`
      ),
      // ("unos 23.000 integrantes de la Fuerza Pública", "cerca de 650 servidores policiales": a force's members by name)
      rx(
        `${QN}\\s+(?!\\s)(?:(?:integrantes|miembros)\\s+de\\s+(?:la|las|los|el)\\s+(?=(?:Fuerzas?|Policía|Guardia|Armada|Ejército|Marina|Gendarmería|Prefectura|Carabineros)(?!\\p{L}))|servidores\\s+policiales(?!\\p{L}))`
      ),
      // ("La GN desplegó 3,612 elementos", "La Operación Tijuana reúne a 3 mil 296 elementos": the force's members it
      // deployed, or the operation's)
      rx(
        `(?<!\\p{L})(?:desplegó|desplegaron|movilizó|movilizaron|reúne|reunía|reunió|involucra|involucró|suma|sumaba|sumó|participan|participaron)\\s+(?:en\\s+(?:la\\s+)?[Oo]peración(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}\\s+)?(?:a\\s+)?${QN}\\s+elementos(?!\\p{L})`
      ),
      rx(
        `^${LIST}(?:agentes|policías|funcionarios|efectivos)(?:\\s+(?:desplegados|participantes|movilizados))?${LIST_SEP}${QN}${LIST_END}`
      ),
      // "1.200 fiscales, jueces y agentes de policía", "unos 800 veterinarios, guardas forestales y aduaneros": officers
      // listed with other professions, the list closing on officers.
      rx(`${QN}\\s+(?!\\s)(?:${PROFESSION},?\\s+){1,5}?(?:y|e|o)\\s+${OFFICERS}${END}`),
    ],
    // "el centro de coordinación se instaló en la sede de Europol, donde una veintena de investigadores trabajaron":
    // the staff of the seat or the centre, not the officers the operation deployed.
    // "las tres policías nacionales civiles": three police forces, not three officers.
    // "impartió cursos a 120 policías", "capacitó a 60 agentes": officers trained, not deployed.
    // "unos 250 policías y funcionarios de aduanas, acompañados por 60 inspectores": a group joined to the officers
    // counted, not all of them.
    // ("Colaboraron además 80 agentes de diversas policías locales", "a los que se sumaron unos 600 inspectores": a group
    // besides the officers counted)
    refuseBefore:
      /(?<=(?<!\p{L})(?:colabor|particip|sum|incorpor)\p{L}*\s(?:además|también|asimismo)\s|(?<!\p{L})a\s(?:los|las)\sque\sse\s(?:sumaron|unieron|añadieron)\s(?:(?:unos|unas|cerca\sde|casi|más\sde|otros|otras)\s)?|(?<!\p{L})(?:sede|centro|puesto|sala)(?:\s+[\p{L}()-]+){0,6},?\s+donde\s[^.;]{0,60}|(?<!\p{L})las\s(?=(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+policías(?!\p{L}))|(?<!\p{L})(?:policías|agentes|funcionarios|guardias|aduaneros|investigadores|inspectores|efectivos|militares|gendarmes|oficiales|elementos)(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:acompañad|apoyad|asistid|respaldad|secundad|reforzad|flanquead)[oa]s\s+por\s+(?:(?:los|las)\s+)?|(?<!\p{L})(?:(?:(?:imparti|ofreci|organiz)(?:ó|eron)|dict(?:ó|aron)|dio|dieron)\s+(?:(?:un|una|varios|varias)\s+)?(?:cursos?|formación|capacitación|talleres?|seminarios?|sesiones de formación)|(?:form|capacit|entren|adiestr|instru)(?:ó|aron|ado|ando|yó|yeron))(?:\s+[\p{L}-]+){0,3}?\s+a\s+(?:(?:unos|unas|más de|cerca de|casi|alrededor de)\s+)?)/iuy,
    // Officers who took part, not officers injured or trained ("70 agentes recibieron formación"); "para integrar una
    // fuerza de 2.451 efectivos": the force they made up.
    // (or a key-figure line that is the figure and its officers alone: "• 14.000 agentes")
    sentence:
      /^[-•\u0095*]\s*(?:(?:unos|unas|cerca\sde|más\sde|alrededor\sde|al\smenos|casi)\s)?\d[\d.]*\s(?:\p{L}+\s)?(?:agentes|policías|funcionarios|efectivos|guardias|aduaneros|investigadores)\s*$|^[-•\u0095*]\s*(?:agentes|policías|efectivos)\s*:|(?<!\p{L})(?:particip|(?:intercambi|revis|control|vigil|verific|efectu|ejecut|practic)(?:aron|ó|ando)(?!\p{L})|cumpl(?:ieron|ió|iendo)(?!\p{L})|tomaron parte|tom(?:ó|an) parte|cont(?:ó|aron|aba|aban)\s+con|despleg|desplegad|moviliz|intervin|implicad|involucr(?:ad|ó|a\s)|colabor|(?:reún(?:e|en)|reun(?:ía|ió)|sum(?:a|aba|ó))\s+(?:a\s+)?(?:(?:unos|cerca\s+de|más\s+de|casi|alrededor\s+de)\s+)?\d[\d.,]*(?:\s+mil(?:\s+\d+)?)?\s+(?:elementos|efectivos|agentes|policías|uniformados|militares)(?!\p{L})|contribu|trabaj|llev(?:aron|ó) a cabo|se sum(?:aron|ó)|realiz|apoy|envi|inspeccion|patrull|registr|recorri(?:eron|ó|endo)(?!\p{L})|sobre el terreno|en el terreno|de servicio|prest(?:an|aron|ó|a|aban)\s+servicio|se turnaron|se relevaron|rot(?:aron|aban|ó)|junto a|entraron\s+en|irrumpieron|integr(?:an|aban|aron)\s+(?:la|el)\s+\p{Lu}|(?:una|la)\s+fuerza\s+(?:conjunta\s+|total\s+)?de\s+(?:(?:unos|cerca\s+de|más\s+de|casi|alrededor\s+de)\s+)?\d|traslad(?:ó|aron)\s+[^.;]{0,60}?\sa\s+(?:unos|cerca\s+de|más\s+de|casi)\s)/iu,
    // ("45 investigadores de 20 de los países participantes habían recibido en Nairobi formación": no comma between;
    // "120 funcionarios participaron el 5 y 6 de agosto en Antofagasta en un taller": officers trained;
    // "300 policías y gendarmes, de los que 120 habían recibido formación" deployed them all; "128 agentes … fueron
    // enviados a evaluaciones de control de confianza": officers vetted)
    refuseAfter:
      /^[^.;]{0,60}?\s(?:fueron|han\s+sido|habían\s+sido|serán)\s+(?:enviad|sometid|remitid)[oa]s\s+a\s+(?:\p{L}+\s+){0,2}?(?:evaluaciones|exámenes|pruebas|controles)(?!\p{L})|^[^.;,]{0,40}?\s(?:participaron|asistieron|tomaron\s+parte)\s[^.;]{0,60}?\s(?:en|a)\s+(?:un|una|el|la|los|las)\s+(?:talleres|taller|cursos?|seminarios?|capacitación|formación|jornadas?\s+de\s+formación)(?!\p{L})|^[^.;,]{0,80}?\s(?:recibieron|han recibido|habían recibido|recibirán|completaron|han completado|terminaron|siguieron|cursaron)\s+(?:[\p{L}-]+\s+){0,3}?(?:formación|capacitación|entrenamiento|instrucción|cursos?|talleres|taller)(?!\p{L})|^\s+(?:de\s+[\p{L}-]+\s+|(?:y|e)\s+[\p{L}-]+\s+)?(?:(?:fueron|resultaron|han resultado|han sido|habían sido|quedaron|están|estaban)\s+)?(?:herid|muert|fallecid|asesinad|lesionad|capacitad|formad|entrenad|detenid|arrestad|suspendid|atacad|agredid|expulsad|investigad|acusad|sancionad)|^(?:\s+[\p{Ll}-]+)?\s+(?:desplazad|destacad|trasladad)[oa]s\s+(?:a|al|hasta)\s+(?:(?:esos|estos|dichos|otros|varios|los|las)\s+)?(?:países|extranjero|\p{Lu})|^(?:\s+(?:de\s+[\p{L}-]+\s+)?|[^.;]{0,80}?\s)(?:(?:recibieron|han recibido|recibirán)\s+(?:formación|capacitación|entrenamiento|instrucción|cursos?)|(?:participaron|han participado|asistieron|han asistido)\s+(?:en|a)\s+(?:(?:un|una|el|la|los|las|varios|varias)\s+)?(?:curso|cursos|taller|talleres|seminario|seminarios|formación|sesiones de formación)(?!\p{L}))/iu,
  },
  countries: {
    refuseSentence: ES_GATHERING,
    // ("Siete países —Francia, …— han pedido ya información sobre la red": countries that asked, not that took part)
    refuseAfter:
      /^[^.;]{0,120}?\s(?:(?:han|habían|ha)\s+)?(?:pedido|solicitado|requerido|reclamado|pidieron|solicitaron|requirieron)\s+(?:ya\s+)?(?:información|datos|la\s+extradición|asistencia|cooperación)(?!\p{L})/iu,
    words: /país|naci|estados|jurisdicci|territorio/iu,
    patterns: [
      NAMED_AND_OTHERS,
      rx(
        `${QN}\\s+(?!\\s)(?:(?:distintos|diferentes)\\s+)?(?:países|naciones|Estados (?:miembros|participantes|parte|${STATES_OF})|jurisdicciones|territorios)${END}`
      ),
      rx(
        `(?<!\\p{L})(?:países|naciones)\\s+(?:participantes|implicados|involucrados)\\s+${CAME_TO}\\s+(?:a\\s+)?${QN}(?=\\s*(?:[,.;:)]|y${END}|$))`
      ),
      // "con la participación de 36 Estados": states by their capital, after the word for taking part (not "12 estados del
      // país")
      rx(`(?<=(?<!\\p{L})participación\\sde\\s)${QN}\\s+Estados(?=\\s*[,.;:)]|\\s+(?:y|e)\\s)`),
      // A list of figures: "Países participantes: 23"
      rx(`^${LIST}(?:países|naciones)(?:\\s+participantes)?${LIST_SEP}${QN}${LIST_END}`),
    ],
    // ("el tráfico de migrantes en 13 países", "la trata de personas en …": the crime's name, not people, is before it.)
    // "víctimas procedentes de 30 países" ("cuerpos policiales procedentes de 50 países" took part), "servidores repartidos por diez países", "sus 196 países miembros": where
    // people come from or things are, or a membership; "los fondos pasaron por tres países": where money went; "controla
    // rutas de tráfico hacia al menos 40 países": where a network reaches; "Los ordenadores afectados se encontraban en más de
    // 100 países": where things are.
    // ("857 fugitivos devueltos a China desde 66 países": where they were found; "12.000 dispositivos, utilizados en más de
    // 100 países": where things were used; "El BCCI, que opera en 73 países": where a body works)
    refuseBefore:
      /(?<=(?<!\p{L})que\s(?:opera|operaba|operan|operaban|tiene\spresencia|está\spresente)\sen\s(?:(?:más\sde|unos|casi|cerca\sde)\s)?)|(?<=(?<!\p{L})(?:devuelt|repatriad|extraditad|traíd|entregad)[oa]s?\s+(?:a\s+\p{Lu}\p{L}*\s+)?desde\s+)|(?<=(?<!\p{L})(?:(?:rutas|ramificaciones|tentáculos|conexiones|clientes|compradores)(?:\s+de\s+(?:tráfico|distribución|venta|contrabando))?\s+(?:hacia|en|con|a)|se\s+(?:encontraban|encuentran|hallaban|ubicaban)\s+en|(?:utilizad|usad|vendid|distribuid|activ)[oa]s\s+en)\s+(?:(?:al\s+menos|más\s+de|unos|cerca\s+de)\s+)?|(?<!\p{L})(?<!(?:tráfico|contrabando|trata|explotación)\s+de\s+)(?<!(?<!\p{L})(?:detener\s+a|detuvieron\s+a|detuvo\s+a|arrestar\s+a|arrestaron\s+a|capturar\s+a|capturaron\s+a|detención\s+de|arresto\s+de|captura\s+de|detenidas|detenidos|arrestadas|arrestados)\s+(?:(?:más\s+de|cerca\s+de|unos|unas|alrededor\s+de|al\s+menos)\s+)?(?:\d{1,3}(?:[.\s]\d{3})*|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|quinientos|mil)(?:\s+y\s+\p{L}+)?)\s+)(?:víctimas?|migrantes?|nacionales|personas|individuos|sospechosos|ciudadanos|niños|niñas|menores|mujeres|hombres|trabajadores|supervivientes|inversores|clientes|usuarios|compradores|consumidores|empresas|(?<!\sy\s)entidades|bancos|instituciones|ataques|cuentas|servidores|dominios|ordenadores|computadoras|dispositivos|viajeros|pasajeros|turistas|estudiantes|solicitantes|refugiados|investigaci(?:ón|ones)|pesquisas?)\s+(?:(?!especialistas|agentes|policías|investigadores|expertos|equipos|autoridades|agencias|unidades|fuerzas|funcionarios|detenid|arrestad|capturad)\p{L}+\s+){0,2}(?:de|en|desde)\s+(?:los\s+|las\s+)?|(?<!\p{L})detenid[oa]s\s+(?:de|procedentes de)\s+(?:los\s+|las\s+)?|(?<!\p{L})(?<!(?:tráfico|contrabando|trata|explotación)\s+de\s+)(?:víctimas|migrantes|fugitivos|niños|niñas|menores)(?!\p{L})[^.;]{0,80}(?<!\p{L})en\s+|(?<!\p{L})(?<!(?:policías|agentes|cuerpos|fuerzas|unidades|autoridades|servicios|investigadores|funcionarios|aduaneros|guardias|especialistas|expertos|policiales|de\s+policía|de\s+seguridad)\s+)(?:hallad[oa]s?|localizad[oa]s?|nacid[oa]s?|procedentes|originari[oa]s|oriund[oa]s|llegad[oa]s?|venían|vienen|proced(?:ían|en|ía|e)|proven(?:ían|ía)|provienen|proviene)\s+(?:de|en|desde)\s+(?:los\s+|las\s+)?|(?<!\p{L})(?:repartid|distribuid|dispers|ubicad|alojad|situad|instalad|radicad|albergad|escondid|ocult|esparcid)[oa]s?\s+(?:por|en|entre)\s+(?:los\s+|las\s+)?|(?<!\p{L})(?:sus|su|nuestros|tiene|tienen|cuenta con|cuentan con|con|comprende|integrad[oa] por|formad[oa] por|compuest[oa] por|reúne a|agrupa a|vinculad[oa]s? (?:a|con)|relacionad[oa]s? con|conectad[oa]s? (?:a|con))\s+|(?<!\p{L})(?:pas|transit|circul|atraves)(?:ó|aron|a|an|ado|ados|ada|adas|ando|aba|aban)\s+(?:por\s+)?(?:los\s+|las\s+)?|(?<!\p{L})(?:red|redes|grupos?|bandas?|organizaci(?:ón|ones)|clan(?:es)?|cárteles|cartel(?:es)?)(?:\s+\p{L}+){0,3}?\s+(?:oper|actu)\p{L}*\s+en\s+(?:los\s+|las\s+)?|(?<!\p{L})se\s+(?:envi|export|vend|utiliz|us|distribu|comercializ|difund)\p{L}*\s+(?:a|en|hacia)\s+(?:los\s+|las\s+)?|(?<!\p{L})(?:afecta(?:n|ba|ban)?\s+a|ratificad[oa]s?\s+por|firmad[oa]s?\s+por|(?:agrupa|aglutina|integra|reúne)(?:\s+a)?(?:\s+[\p{L}]+){0,4}?\s+de|(?:como|con)\s+destino(?:\s+a)?|atravies(?:a|an|aban)(?:\s+por)?|cruz(?:an|aban)(?:\s+por)?|recorr(?:en|ían)|transit(?:an|aban)\s+por)\s+(?:(?:más\s+de|unos|unas|cerca\s+de|casi)\s+)?)/iuy,
    // "los 27 Estados miembros de la UE" is a membership; "los 13 países participantes" took part. "otros dos
    // países", "dos países más": countries added, not all of them.
    refuseMatch: (text, index, match) =>
      (holdsAt(AFTER_THE, text, index) &&
        !TAKING_PART.test(text.slice(index + match.length, index + match.length + 40))) ||
      /(?<!\p{L})otr[oa]s\s+$/iu.test(text.slice(Math.max(0, index - 8), index)) ||
      /^\s+más(?!\p{L})/iu.test(text.slice(index + match.length, index + match.length + 8)),
  },
  irregularMigrants: ES_IRREGULAR_MIGRANTS,
  investigationsOpened: {
    words:
      /investigaci|pesquisa|causa|procedimiento|diligencia|expediente|caso|carpeta|noticias criminales|averiguaci|procesos penales/iu,
    patterns: [
      // "720 nuevas investigaciones abiertas", "278 investigaciones penales (o nacionales) fueron abiertas"
      rx(
        `${QN}\\s+(?!\\s)(?:nuevas\\s+|nuevos\\s+)?${ADJ}${INVESTIGATIONS}(?:\\s+(?:penales|judiciales|criminales|policiales|fiscales|nuevas|nacionales))?\\s+${BE}${OPENED}${END}`
      ),
      // "90 investigaciones se han puesto en marcha", "40 causas se abrieron"
      rx(
        `${QN}\\s+(?!\\s)(?:nuevas\\s+|nuevos\\s+)?${ADJ}${INVESTIGATIONS}\\s+se\\s+(?:(?:han|habían|ha)\\s+(?:abierto|iniciado|incoado|puesto\\s+en\\s+marcha|lanzado)|abrieron|iniciaron|incoaron|pusieron\\s+en\\s+marcha)${END}`
      ),
      // "se abrieron 185 nuevas investigaciones"
      rx(`(?<!\\p{L})${OPEN_VERB}\\s+${QN}\\s+(?!\\s)(?:nuevas\\s+|nuevos\\s+)?${ADJ}${INVESTIGATIONS}${END}`),
      // "dieron lugar a 325 investigaciones", "derivó en 40 nuevas causas": what the operation led to.
      rx(
        `(?<!\\p{L})(?:(?:dio|dieron|ha dado|han dado|dando) (?:lugar|pie) a|conduj(?:o|eron) a|deriv(?:ó|aron) en|gener(?:ó|aron)|(?:ha|han) generado|origin(?:ó|aron)|(?:ha|han) originado|desencaden(?:ó|aron)|propici(?:ó|aron))\\s+${QN}\\s+(?!\\s)(?:nuevas\\s+|nuevos\\s+)?${ADJ}(?:investigaciones|pesquisas|causas|procedimientos|diligencias)${END}`
      ),
      // "la apertura de 720 investigaciones"
      rx(
        `(?<!\\p{L})(?:apertura|inicio|incoación)\\s+de\\s+${QN}\\s+(?!\\s)(?:nuevas\\s+|nuevos\\s+)?${ADJ}${INVESTIGATIONS}${END}`
      ),
      // "al menos 720 nuevas investigaciones"
      rx(`${QN}\\s+(?!\\s)(?:nuevas|nuevos)\\s+${ADJ}(?:investigaciones|pesquisas|causas|procedimientos)${END}`),
      IN_ALL(`(?:investigaciones|causas|pesquisas)\\s+(?:abiertas|iniciadas|incoadas|derivadas)`),
      rx(
        `^${LIST}(?:(?:nuev[oa]s\\s+)?${INVESTIGATIONS}(?:\\s+(?:penales|judiciales|criminales))?\\s+(?:abiert[oa]s|iniciad[oa]s|incoad[oa]s)(?:\\s+por\\s+(?:la|el)\\s+\\p{Lu}[\\p{L}-]*)?|nuevas\\s+investigaciones)${LIST_SEP}${QN}${LIST_END}`
      ),
    ],
    refuseBefore: REVIEWED,
  },
};
