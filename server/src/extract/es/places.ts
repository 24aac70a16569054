/** The words of a Spanish release that say where its operation was run from (es/index.ts reads the places). */

// "centro de coordinación", "Centro Internacional de Coordinación", "puesto de mando conjunto", "centro operativo",
// "el cuartel general internacional de coordinación"
export const CENTRE =
  '(?:[Cc]entro|[Pp]uesto|[Ss]ala|[Cc]élula|[Uu]nidad|[Cc]uartel|[Mm]ando)\\s+(?:(?<=[Cc]uartel\\s)[Gg]eneral\\s+)?(?:(?:[Ii]nternacional|[Rr]egional|[Cc]onjunto)\\s+)?(?:(?:de\\s+)?(?:[Mm]ando|[Cc]omando|[Cc]oordinación|[Oo]peraciones|[Cc]ontrol|[Cc]risis)(?:\\s+(?:y|e)\\s+(?:[Cc]ontrol|[Cc]oordinación|[Mm]ando))?(?:\\s+(?:[Cc]onjunto|[Ii]nternacional|[Rr]egional|[Oo]perativo|[Oo]peracional|[Tt]emporal|[Ee]special|[Oo]perativ[oa]|[Uu]nificado|[Bb]inacional|[Tt]rinacional|[Mm]ultinacional|[Ii]nterinstitucional))?|[Oo]perativo|[Oo]peracional)';
// ("se planifican y coordinan desde el cuartel general de la fuerza conjunta en Yenagoa": two verbs, the last one where)
// (and who ran it, between: "fue coordinada por INTERPOL desde su Secretaría General en Lyon", "coordinada por el Arma de
// Carabinieri desde Catanzaro"; and the coordination named: "La coordinación se ejerció desde la sede de la agencia en
// Varsovia", "El mando se ejerce desde el cuartel general de la III Región Militar, en Mazatlán"; and what was run:
// "que dirigió las actividades desde el Centro de Operaciones Conjuntas instalado en Brasilia", "dirigió el dispositivo desde
// la sede de la Secretaría General en Lyon")
export const RUN_VERB =
  '(?:[Cc]oordinad[oa]s?|[Dd]irigid[oa]s?|[Gg]estionad[oa]|[Ss]upervisad[oa]s?|[Cc]onducid[oa]s?|(?:se\\s+)?(?:(?:planifican|planifica|planificó|planificaron)\\s+y\\s+(?:coordinan|coordina|coordinó|coordinaron)|coordinó|dirigió|gestionó|condujo|siguió|siguieron|coordinaron|dirigieron|coordinan|coordina|dirigen|dirige)|(?<=(?:[Ll]a\\s+coordinación|[Ee]l\\s+mando)\\s+)se\\s+(?:ejerció|ejerce|ejercía|realizó|hizo|llevó\\s+a\\s+cabo))(?:\\s+(?:las|los)\\s+(?:actividades|operaciones|acciones|trabajos|patrullajes)|\\s+(?:el|la)\\s+(?:dispositivo|operativo|operación|despliegue))?(?:\\s+por\\s+(?:el\\s+|la\\s+|los\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s(?:de\\s|del\\s)?\\p{Lu}[\\p{L}-]*){0,3})?(?:\\s+en\\s+tiempo\\s+real)?';
// "instalado en", "se instaló en", "estuvo ubicado en" (also after a comma: "un puesto de mando, instalado en Argel"; and
// "el centro de coordinación que Europol instaló en su sede de La Haya")
export const SET_UP =
  '(?:instalad[oa]|establecid[oa]|situad[oa]|ubicad[oa]|montad[oa]|con sede|funcionó|operó|se\\s+(?:instaló|estableció|ubicó|situó)|(?:estuvo|está|fue)\\s+(?:instalad[oa]|establecid[oa]|ubicad[oa]|situad[oa])|que\\s+\\p{Lu}[\\p{L}-]*\\s+(?:instaló|estableció|montó|habilitó))';
// "instalado en la sede de la Dirección de Carabineros … de la Policía Nacional de Colombia, en Bogotá", "en el cuartel de
// la Jefatura Nacional de Migraciones … de la PDI en Iquique": a national body's premises, named at length, then its city.
export const IN_PREMISES = `${SET_UP}\\s+en\\s+(?:la|el|las|los)\\s+(?:[Ss]ede|[Cc]uartel|[Ii]nstalaciones|[Oo]ficinas?(?:\\s+centrales)?|[Cc]omandancia|[Dd]ependencias|[Ee]dificio|[Jj]efatura)(?!\\p{L})[^.;:!?\\n]{1,110}?\\sen\\s+(?:la\\s+(?=Ciudad\\s))?`;
// "la sede de Europol, en La Haya", "su Secretaría General de Lyon": the seat of the body that ran the operation (or its
// command in a province: "desde el Comando Provincial de Turín").
export const SEAT =
  '(?:[Ss]ede|[Ss]ecretaría\\s+[Gg]eneral|[Cc]uartel\\s+[Gg]eneral|[Cc]omando\\s+[Pp]rovincial|[Cc]omandancia(?:\\s+[Pp]rovincial)?)(?:\\s+[Cc]entral)?\\s+de';
// "instalado en el puerto de Algeciras", "en la ciudad de Panamá": a kind of place, then its name.
export const PLACE_KIND =
  '(?:el|la)\\s+(?:puerto|aeropuerto|ciudad|capital|localidad|isla|municipio|base(?:\\s+(?:naval|aérea|militar|antinarcóticos|policial))?)\\s+de\\s+';
// "coordinada por el Centro Antipandillas Transnacional (CAT), con sede en San Salvador", "conducida por el Mando Marítimo
// Aliado (MARCOM), con cuartel general en Northwood": the seat of the body that ran it.
export const LED_FROM_SEAT =
  '(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?|conducid[oa]s?)\\s+por\\s+(?:el|la)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:de|del|para)\\s+(?:(?:la|el|los|las)\\s+)?)?\\p{Lu}[\\p{L}-]*){0,6}(?:\\s+\\([\\p{Lu}\\d]{2,8}\\))?,\\s+con\\s+(?:sede|cuartel\\s+general)\\s+en\\s+';

const PLACE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'-]*";
// "la sala de coordinación operativa de Vigilancia Aduanera", "el puesto de mando de la Fuerza de Tarea Conjunta Omega": a
// body's name, no place.
const NOT_A_BODY =
  '(?!(?:Vigilancia|Policía|Guardia|Tarea|Comando|Batallón|Escuadrón|Dirección|Servicio|Agencia|Unidad|Jefatura|Comandancia|Brigada|Departamento|Fiscalía|Ministerio|Secretaría|Oficina|Aduanas?|Prefectura|Comisaría|Gendarmería|Armada|Fuerza)(?!\\p{L}))';
// Up to three words ("Santa Cruz de Tenerife"), or four with "de" in the middle ("Las Palmas de Gran Canaria").
// ("en Washington D. C.": the district's initials with the city)
const PLACE = `(?:${PLACE_WORD}\\s+${PLACE_WORD}\\s+(?:de|del)\\s+${PLACE_WORD}\\s+${PLACE_WORD}|${PLACE_WORD}(?:\\s+(?:de\\s+la\\s+|de\\s+|del\\s+|d')?${PLACE_WORD}){0,2}(?:,?\\s+D\\.\\s?C\\.)?)`;
// A place the operation was run from, with the country in brackets after it ("Cartagena (Colombia)") read apart.
export const HQ_PLACE = `(?<place>${NOT_A_BODY}${PLACE}(?:,\\s+${PLACE})?)(?:\\s+\\((?<country>${PLACE}(?:\\s+[ye]\\s+${PLACE_WORD})?)\\))?`;
