import { EUROS_AND_DOLLARS } from './currencies';
import { SPANISH_COUNTED_HEADS, SPANISH_TAKEN_APART } from './es-counted';
import type { AdditionalWords } from './types';

/** Spanish: "USD 3,5 millones", "1,2 millones de euros", "unas tres toneladas de hachís", "más de 13.000 sitios web". */
export const SPANISH_ADDITIONAL: AdditionalWords = {
  digits: { decimal: ',', groups: '. ', thousand: 'mil' },
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9 },
  currencies: {
    dólar: 'USD',
    dólares: 'USD',
    dolares: 'USD',
    ...EUROS_AND_DOLLARS,
    'libras esterlinas': 'GBP',
    'francos suizos': 'CHF',
    reales: 'BRL',
    'pesos mexicanos': 'MXN',
    'pesos colombianos': 'COP',
    'pesos argentinos': 'ARS',
    'pesos chilenos': 'CLP',
    'soles peruanos': 'PEN',
    'pesos dominicanos': 'DOP',
    'pesos uruguayos': 'UYU',
    guaraníes: 'PYG',
    quetzales: 'GTQ',
    lempiras: 'HNL',
    soles: 'PEN',
    rands: 'ZAR',
    nairas: 'NGN',
    yenes: 'JPY',
    yuanes: 'CNY',
    'rupias indias': 'INR',
    'chelines kenianos': 'KES',
    'chelines ugandeses': 'UGX',
    'chelines tanzanos': 'TZS',
    'liras turcas': 'TRY',
    // "4,3 millones de francos CFA": the West African franc (the Central African one, XAF, is not told apart by name)
    'francos cfa': 'XOF',
    // "1,2 millones de USD": a code written where the currency's name goes
    usd: 'USD',
    eur: 'EUR',
  },
  currencyCountries: {
    estadounidenses: 'USD',
    americanos: 'USD',
    'de los estados unidos': 'USD',
    'de estados unidos': 'USD',
    canadienses: 'CAD',
    australianos: 'AUD',
    'de singapur': 'SGD',
    'de hong kong': 'HKD',
    neozelandeses: 'NZD',
    namibios: 'NAD',
    jamaiquinos: 'JMD',
    bahameños: 'BSD',
    'de trinidad y tobago': 'TTD',
    taiwaneses: 'TWD',
  },
  dollarSign: 'USD',
  units: {
    toneladas: 't',
    'toneladas métricas': 't',
    tonelada: 't',
    t: 't',
    kg: 'kg',
    kilos: 'kg',
    kilo: 'kg',
    kilogramos: 'kg',
    kilogramo: 'kg',
    litros: 'L',
    litro: 'L',
  },
  unitOf: ['de'],
  // ("86 millones de pesos en dinero en efectivo": cash)
  moneyOf: ['de', 'en', 'en dinero en'],
  valuedBefore: [
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}) (?:por (?:un )?valor(?: total| estimado| aproximado)? de|(?:valorad[oa]s?|estimad[oa]s?|tasad[oa]s?) en|con un valor(?: total| estimado| de mercado)? de|por (?:un )?(?:monto|importe)(?: total)? de|por un total de|que (?:suman|sumaban|ascienden a)|por)$/u,
    // "Los productos farmacéuticos intervenidos tenían un valor estimado de", "… tienen un valor de mercado que ronda los";
    // the verb alone when the cue took the rest ("La madera decomisada tiene | un valor aproximado de")
    /(?:^| )(?:los|las|el|la|estos|estas|este|esta|sus|su) (?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}) (?:tienen|tenían|tiene|tenía|representan|representaban|suman|sumaban|alcanzan|alcanzaban)(?: (?:un )?valor(?: total| estimado| aproximado| de mercado)? (?:de|en|que(?: (?:ronda|rondaba|roza|rozaba)n? (?:los|las))?))?$/u,
    /(?:^| )(?:valor|monto|importe) (?:total |estimado |de mercado )?(?:de los|de las|del|de la) (?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: (?:de los|de las|del|de la|de) [\p{L}-]+)?(?: en el mercado(?: negro| ilícito| ilegal| de la calle)?)? (?:se estima en|se calcula en|asciende a|ascendió a|alcanza|alcanzó|supera|superó|es de|fue de)$/u,
    // "El efectivo incautado sumó 96.000 dólares", "los fondos bloqueados ascendieron a 2 millones de euros"
    /(?:^| )(?:el|la|los|las) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:sum(?:ó|aron|a|an)|ascendi(?:ó|eron) a|asciende(?:n)? a|alcanz(?:ó|aron)(?: (?:los|las))?|totaliz(?:ó|aron)|lleg(?:ó|aron) a)$/u,
    // A weight after the goods: "cocaína con un peso de 5.100 kilos", "el cannabis aprehendido dio un peso de 8.500 kilos"
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:(?:que )?pes(?:aba|aban|ó|aron|a|an)(?: en total| unos| unas)?|(?:con|de|dio|dieron|arrojó|arrojaron|registró|registraron) un peso(?: total| neto| bruto| aproximado)? de)$/u,
    /(?:^| )(?<np>(?:pérdidas|perjuicios|daños|ganancias|beneficios|sobornos|multas)(?: [\p{L}-]+)?) (?:de|por)$/u,
  ],
  // "316 vehículos robados fueron recuperados, por un valor total de unos 7,4 millones de euros": their value.
  valueOfPrevious:
    /^[^.;:\d]{0,80},\s*(?:por\s+un\s+valor(?:\s+(?:total|estimado|aproximado))?\s+de|(?:valorad|tasad|estimad|avaluad)[oa]s?\s+en|con\s+un\s+valor(?:\s+(?:total|estimado|de\s+mercado))?\s+de)\s*$/iu,
  // ("Mercancías: más de 45 toneladas, de las cuales …", "Oro: 26 kg, por un valor de …", "Cocaína: más de 640 kilos,
  // además de pequeñas cantidades de éxtasis": a key-figure line's note)
  lineNote:
    /^,\s*(?:(?:de\s+(?:las|los)\s+cuales|entre\s+(?:ellas|ellos)|incluid[oa]s|principalmente|sobre\s+todo|mayoritariamente|además\s+de|así\s+como|junto\s+(?:a|con))(?!\p{L})|(?:por|con)\s+un\s+valor|(?:valorad|tasad|estimad)[oa]s?\s+en)/iu,
  ratio: {
    after:
      /^(?:\s+[\p{L}'-]+){0,3}\s+de\s+cada\s+(?:dos|tres|cuatro|cinco|seis|diez|cien|\d{1,3})(?![\p{L}\d])|^[^.;:!?\d]{0,80}?\spor\s+cada(?!\p{L})/u,
    before: /(?<!\p{L})de\s+cada\s+$/u,
  },
  verbLike: /(?:ar|er|ir|ron|ó|aba|aban|ían)$/,
  headLast: false,
  joins: ['de', 'del'],
  coordinators: ['y', 'e', 'o', 'u'],
  others: ['otros', 'otras'],
  verbForm: /(?:aron|ieron|ó)$/,
  stop: new Set(
    (
      'el la los las lo un una unos unas de del al a y e o u en con sin por para entre hacia desde hasta que quien ' +
      'cuyo cuya donde se han ha había habían fue fueron es son era eran su sus este esta estos estas ese esa ' +
      'total más menos cerca alrededor además también durante tras según como todo toda todos todas valor valores'
    ).split(' ')
  ),
  counted: {
    heads: [...SPANISH_COUNTED_HEADS],
    wordsBefore: 1,
    // ("1,5 millones de cajetillas de cigarrillos": the packs' cigarettes are counted, the label keeps both)
    measures: ['unidades', 'cajetillas', 'paquetes', 'cajas', 'cartones', 'pares', 'dosis'],
    pieces: ['piezas', 'cabezas', 'ejemplares', 'unidades', 'dosis'],
    adjectivesBefore: ['falsos', 'falsas', 'nuevos', 'nuevas', 'grandes'],
    complements: [
      // ("1.800 dosis de LSD", "58.400 pastillas de éxtasis": the drug names what is counted)
      ...['lsd', 'éxtasis', 'mdma', 'ketamina', 'cocaína', 'heroína', 'fentanilo', 'metanfetamina', 'tramadol'].map(
        (drug) => `de ${drug}`
      ),
      'bancarias',
      'bancarios',
      'falsificados',
      'falsificadas',
      'falsos',
      'falsas',
      'de viaje',
      'de identidad',
      'móviles',
      'portátiles',
      'electrónicos',
      'informáticos',
      'vivos',
      'de criptomonedas',
      'ilegales',
      'ilícitos',
      'ilícitas',
      'maliciosas',
      'maliciosos',
      'celulares',
      'cortas',
      'largas',
      'culturales',
      'arqueológicos',
      'arqueológicas',
      'antiguos',
      'antiguas',
      'históricos',
      'históricas',
      'de arte',
      // ("25 cuernos de rinoceronte", "12 colmillos de elefante": the animal names what is counted)
      ...['rinoceronte', 'elefante', 'pangolín', 'tigre', 'leopardo', 'tortuga', 'jaguar'].map(
        (animal) => `de ${animal}`
      ),
      'de metales',
      'de internet',
      'de crédito',
      'clandestinos',
      'clandestinas',
      'informáticas',
      'inmobiliarias',
    ],
    // ("280 servidores públicos": public servants, in Mexico)
    notAfter: ['controles', 'registros', 'inspecciones', 'públicos', 'públicas'],
    sameThing: {
      armas: 'armas de fuego',
      sitios: 'sitios web',
      'sitios de internet': 'sitios web',
      'nombres de dominio': 'dominios',
      computadoras: 'ordenadores',
      'teléfonos móviles': 'teléfonos',
      celulares: 'teléfonos',
      móviles: 'teléfonos',
      detectores: 'detectores de metales',
      'bienes inmuebles': 'inmuebles',
      propiedades: 'inmuebles',
      fincas: 'inmuebles',
    },
    holds: {
      documentos: ['pasaportes', 'documentos de identidad', 'permisos de conducir', 'visados', 'visas'],
      vehículos: ['coches', 'turismos', 'camiones', 'furgonetas', 'motos', 'motocicletas', 'autobuses', 'tractores'],
      armas: ['pistolas', 'fusiles', 'revólveres', 'escopetas', 'rifles', 'granadas'],
      'armas de fuego': ['pistolas', 'fusiles', 'revólveres', 'escopetas', 'rifles'],
      dispositivos: ['teléfonos', 'ordenadores', 'computadoras', 'tarjetas sim'],
    },
    takenApart: {
      heads: SPANISH_TAKEN_APART,
      verb: /(?<!\p{L})(?:desarticul\p{L}*|desmantel\p{L}*|neutraliz\p{L}*)/iu,
    },
    // "los teléfonos móviles —340 en total—", "las tarjetas SIM, 1.300 en conjunto": the noun, then its count (as en's).
    // "Las aves rescatadas, unas 4.300, viajaban …": the count alone between commas, its verb after it.
    restated:
      /^(?: (?:en total|en conjunto|de ellos(?= ?[—\u0097–\u0096])|de ellas(?= ?[—\u0097–\u0096]))(?!\p{L})|,\s+(?:\p{Ll}+\s+)?(?:viajaban|estaban|iban|fueron|eran|se\s+encontraban|permanecían|quedaron|han\s+sido|habían\s+sido))/u,
  },
  participle:
    /^(?:cerrad|bloquead|congelad|incautad|decomisad|intervenid|desactivad|desmantelad|destruid|retirad|suspendid|identificad|recuperad|interceptad|confiscad|eliminad|falsificad|adulterad|robad|sustraíd|clonad|manipulad|alterad|rescatad|liberad|aprehendid)(?:o|a|os|as)$/u,
  // "tomaron el control de 2.000 dominios" took them over: no check.
  // "la red habría colocado unos 26.000 billetes": the reportive conditional tells what is suspected, not what was seized.
  // ("patrullaron" patrolled; not "las patrullas intervinieron 37 vehículos", the patrols as the ones who seized)
  // "comprobaron 96.000 documentos" were checked, "interrogó por radio a 64 buques mercantes" hailed; "por los puertos
  // pasaron 760.000 vehículos" is traffic, not a seizure.
  checked:
    /\b(?:(?:inspeccionad|controlad|revisad|registrad|examinad|verificad|visitad|desplegad|movilizad|apoyad|comprobad|escanead|analizad|abordad|rastread|allanad|comparad|cotejad)(?:o|a|os|as)|(?<!\p{L})(?:sometieron|sometió|sometidos?|sometidas?)\s+a\s+(?:rayos\s+X|escáner|inspección|control)|(?:inspeccion|control|revis|registr|examin|verific|visit|despleg|moviliz|comprob|escane|analiz|abord|rastre|allan|compar|cotej)(?:aron|ó|ar))(?!\p{L})|\b(?:pas|transit|cruz|circul)(?:aron|ó)(?!\p{L})|\bpatrull(?:aron|ó|ar|ando|ad[oa]s?)(?!\p{L})|\binterrog(?:aron|ó)\s+por\s+radio(?!\p{L})|\bcon el apoyo de\b|\b(?:inspecci[oó]n|(?<!(?:(?:tom|asum|recuper)\p{L}{0,8}|con) el )control|revisi[oó]n)(?:es)? (?:de|a)\b|(?<!\p{L})habr(?:ía|ían)\s+\p{L}+(?:ado|ido|to|cho)(?!\p{L})/giu,
  auxiliaries: ['fueron', 'fue', 'sido', 'son', 'es', 'eran', 'era', 'siendo'],
  rangeJoiners: ['a', 'y', 'o'],
  // "dos mercados con 100.000 anuncios": what another thing holds, not what was seized; but "una lancha con 2 toneladas
  // de cocaína" carried the load that was seized (seizedOn).
  // "suficiente para llenar unos 2.000 camiones": the size of a load told in containers, not things seized.
  placeBefore: ['en', 'desde', 'sobre', 'entre', 'bordo', 'con', 'llenar', 'cargar', 'mediante', 'vía'],
  seizedOn:
    /(?<!\p{L})(?:buques?|barcos?|embarcaci(?:ón|ones)|lanchas?|narcolanchas?|veleros?|semisumergibles?|camion(?:es)?|camión|furgonetas?|vehículos?|coches?|automóviles?|contenedor(?:es)?|avionetas?|aeronaves?|maletas?|paquetes?|cargamentos?|envíos?|almac(?:én|enes)|naves?)\s+$/iu,
  // (and what the network used: "utilizaban más de 500 cuentas bancarias de terceros")
  // "suficientes para producir unos 3 millones de dosis", "se podrían haber producido", "con capacidad para
  // transportar", "uno de ellos valorado en", "Estos 3 millones", "multas de hasta", "el análisis de 600.000
  // transacciones": no seizure.
  notTaken:
    /(?:(?<!\p{L})(?:propulsad|impulsad|equipad|movid)[oa]s?\s+(?:por|con)|(?<!\p{L})(?:se\s+enfrentan?\s+a|enfrentan?|arriesgan?)(?:\s+[^\s.;]+){0,12}|(?<!\p{L})(?:el|un)\s+análisis\s+de|(?<!\p{L})(?:abortar|impedir|evitar|frustrar)\s+(?:la\s+)?(?:salida|partida|llegada)\s+de|(?<!\p{L})(?:suficientes?\s+para|con\s+los\s+que\s+se\s+podría[n]?|para)\s+(?:producir|fabricar|elaborar|abastecer)|(?<!\p{L})(?:se\s+)?(?:podría[n]?|habría[n]?|hubiera[n]?)\s+(?:haber\s+)?(?:producido|fabricado|elaborado|producir|fabricar)|(?<!\p{L})(?:capacidad\s+para|capaz\s+de)(?:\s+(?:transportar|albergar|almacenar|cargar|contener))?|(?<!\p{L})(?:podía[n]?|puede[n]?|podría[n]?)\s+(?:albergar|transportar|almacenar|contener|cargar)(?:\s+hasta)?|(?<!\p{L})(?:utilizaba[n]?|usaba[n]?|empleaba[n]?|manejaba[n]?)|(?<!\p{L})(?:un[oa]\s+de\s+(?:ellos|ellas)|(?:el|la)\s+mayor\s+de\s+(?:ellos|ellas))(?:,\s+[^.;,]{1,40},)?\s+(?:valorad[oa]\s+en|tasad[oa]\s+en|de|pesa|con\s+capacidad\s+para)|(?<!\p{L})(?:multas?|sanciones)\s+de\s+hasta|(?<!\p{L})(?:recoge|contiene|almacena|alberga)\s+(?:datos\s+de|información\s+sobre)|(?<!\p{L})(?:en\s+el\s+mundo|a\s+nivel\s+mundial|en\s+todo\s+el\s+mundo)\s+(?:circulan|hay|existen)|(?<!\p{L})precio\s+medio\s+de|(?<!\p{L})(?:(?:puede[n]?|podía[n]?|podría[n]?|suele[n]?)\s+venderse|se\s+(?:vende[n]?|vendía[n]?|cotiza[n]?|paga[n]?))\s+(?:por|en|a)|(?<!\p{L})(?:flota|plantilla)\s+de|(?<!\p{L})(?:cuenta|contaba|dispone|disponía)\s+(?:con|de)|(?<!\p{L})(?:había|habían|ha|han)\s+vendido(?:\s+según\s+[^,.;\s]+(?:\s[^,.;\s]+){0,5})?|(?<!\p{L})entonces\s+valorad[oa]s?\s+en|(?<!\p{L})(?:pretend[ií]a[n]?|planeaba[n]?|quer[ií]a[n]?)(?:\s+[^\s.;]+){0,6}|(?<!\p{L})habría[n]?\s+(?:introducido|traficado|importado|exportado|vendido|movido|distribuido|blanqueado|obtenido|cobrado|generado|ingresado|recaudado|defraudado)(?:\s+[^\s.;]+){0,3}?|(?<!\p{L})(?:pagaron|pagó|pagado|abonaron|abonó)|(?<!\p{L})(?:perdido|eludido)|(?<!\p{L})perjuicio\s+(?:fiscal\s+|económico\s+)?(?:de|por)|(?<!\p{L})(?:esos|estos|esas|estas)|(?<!\p{L})(?:durante|en\s+el\s+curso\s+de)|(?<!\p{L})(?:acusad[oa]s?|imputad[oa]s?|procesad[oa]s?|conspiración|conspirar)\s+(?:de|por|para)\s+(?:[\p{L}-]+\s+){0,4}?(?:distribuir|importar|exportar|traficar|vender|transportar|introducir|distribución|importación|exportación|tráfico|venta|transporte|introducción)(?:\s+de)?)\s+(?:(?:unos|unas|cerca\s+de|más\s+de|hasta|casi|alrededor\s+de)\s+)?$/iu,
  // "En el mercado negro, un loro puede venderse por 1.500 dólares": one item's market price, not a seizure; "Un
  // pasajero detenido en Barajas llevaba …", "Una de las narcolanchas transportaba …": one person's, one of many.
  // "Por los puertos pasaron 3,3 millones de pasajeros y 760.000 vehículos": a sentence of traffic through a place, a
  // flow, not what was seized (each of its figures, not only the one right after the verb).
  // "En un único almacén aparecieron …", "Un solo contenedor transportaba …": one place or one thing (as fr's "un seul"),
  // not "en una sola semana", "un solo país" (the operation's whole span or ground).
  // "Entre los casos más llamativos, …", "Entre los casos documentados destaca el de …": the sentence tells of single
  // cases; "En la frontera, un solo camión llevaba …":
  // one thing, wherever in the clause (as fr's "un seul").
  // (and one item's price: "Cada terminal se vendía en el mercado negro por unos 1.700 dólares")
  // ("En un doble fondo del vehículo viajaban 600 kilos": one vehicle's hiding place; "En su vivienda se intervinieron
  // 3,4 kilos": one suspect's)
  anecdote:
    /\s*en\s+(?:un|el)\s+(?:doble\s+fondo|compartimento\s+oculto|zulo)(?!\p{L})|\s*en\s+su\s+(?:vivienda|domicilio|casa|piso|coche|vehículo|maleta|equipaje)(?!\p{L})|[\s«"]*(?:un|una)\s+(?:pasajer[oa]|viajer[oa]|correo|mula|conductora?|camioner[oa]|sospechos[oa]|detenid[oa]|hombre|mujer)\s+(?:[\p{L}-]+\s+){0,4}?(?:llevaba|transportaba|ocultaba|portaba|escondía|había\s+ingerido)(?!\p{L})|\s*un[oa]\s+de\s+(?:los|las)\s+(?:[\p{L}-]+\s+){1,3}?(?:llevaba|transportaba|contenía|ocultaba)(?!\p{L})|[\s«"]*(?:cada|un|una)\s+\p{L}+\s+(?:de\s+\p{L}+\s+)?(?:que\s+)?(?:se\s+)?(?:vend[ií]a|vendían|vende|venden|costaba|costaban|cuesta|cuestan|val[ií]a|valían|compra|compraba|adquiere)(?!\p{L})|\s*(?:(?:en|durante|con)\s+)?(?:el|la)\s+(?:(?:mayor|principal)\s+(?:hallazgo|incautación|decomiso|alijo|aprehensión|golpe)|(?:hallazgo|incautación|decomiso|alijo|aprehensión|golpe)\s+(?:individual\s+)?más\s+(?:voluminos|important|grande|cuantios|llamativ|destacad|relevante|contundente|dur)\p{L}*)(?!\p{L})|\s*(?:en|durante|desde)\s+(?:uno de los casos|una de las (?:operaciones|intervenciones|redadas)|otro(?:\s+caso)?\s*,|(?:un|otro) (?:solo |único )?(?:caso|puerto|aeropuerto|país|almacén|domicilio|registro|control|taller|mercado|barco|buque|contenedor|vehículo)|(?:una|otra) (?:sola |única )?(?:vivienda|casa|nave|finca|redada|inspección|ciudad|región|provincia|localidad|fábrica|tienda))(?!\p{L})|\s*(?:allí|allá|ahí)(?!\p{L})|\s*entre\s+(?:los|las)\s+(?:casos|hallazgos|ejemplos|descubrimientos|intervenciones)\s+(?:\p{L}+\s+){0,3}?(?:destaca|destacan|sobresale|sobresalen)(?!\p{L})|\s*en\s+el\s+mercado\s+(?:negro|ilegal|clandestino)\s*,|\s*(?:por|a través de)\s+(?:el|la|los|las|sus)\s+[^.;\d]{0,60}?(?<!\p{L})(?:pasaron|transitaron|circularon|cruzaron)(?!\p{L})|\s*entre\s+(?:los|las)\s+(?:casos|hallazgos|ejemplos|descubrimientos)\s+(?:más\s+)?(?:llamativ|destacad|notable|curios|significativ|sorprendent|relevante|insólit)\p{L}*(?:\s*,|[^.;,\d]{0,40}?(?<!\p{L})(?:figura|figuran|destaca|destacan)(?!\p{L}))|[^.;:!?«»\d]{0,60}?(?<!\p{L})un[oa]\s+de\s+(?:los|las)\s+(?:detenid|arrestad|sospechos|investigad|acusad|imputad)[oa]s(?:,[^,.;]{1,40},)?\s+(?:gestionaba|administraba|controlaba|dirigía|llevaba|transportaba|ocultaba|guardaba|tenía|poseía)(?!\p{L})|[^.;:!?«»\d]{0,120}?(?<!\p{L})(?:un\s+(?:solo|único)\s+(?!(?:día|mes|año|fin|país|operativo|golpe)(?!\p{L}))|una\s+(?:sola|única)\s+(?!(?:jornada|semana|noche|vez|operación|acción|campaña|fase)(?!\p{L})))\p{L}/iuy,
  // "en un solo puerto"; "por hasta 30.000 euros cada una", "8.000 dólares por persona": one item's price, not a total.
  single:
    /\ben (?:un solo|una sola)\b|(?<!\p{L})(?:seguían|siguen|permanecían|permanecen|estaban|están)\s+(?:todavía\s+|aún\s+)?(?:activ[oa]s|en\s+funcionamiento)(?!\p{L})|\bpor s[ií] sol[oa]s?\b/iu,
  rate: /(?<!\p{L})(?:al año|por año|cada año|anuales?|(?:al|por|cada) (?:día|semana|mes)(?!\s+(?:siguiente|anterior|posterior))|cada (?:un[oa](?!\s+(?:con|de)(?!\p{L}))|pieza|objeto|unidad|ejemplar|persona|víctima|migrante|kilo|envío)|por (?:unidad|pieza|persona|cabeza|víctima|migrante|kilo|gramo|dosis|caja|envío)|la (?:unidad|pieza|dosis)|por cada (?:\p{L}+))(?!\p{L})/giu,
  rateBefore:
    /(?<!\p{L})(?:(?:cada|por|al) (?:año|día|semana|mes)(?!\s+(?:siguiente|anterior|posterior))|diariamente|anualmente|semanalmente)(?!\p{L})/giu,
};
