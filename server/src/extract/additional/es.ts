import { EUROS_AND_DOLLARS } from './currencies';
import type { AdditionalWords } from './types';

/** Spanish: "USD 3,5 millones", "1,2 millones de euros", "unas tres toneladas de hachís", "más de 13.000 sitios web". */
export const SPANISH_ADDITIONAL: AdditionalWords = {
  digits: { decimal: ',', groups: '. ' },
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
    soles: 'PEN',
    rands: 'ZAR',
    nairas: 'NGN',
    yenes: 'JPY',
    yuanes: 'CNY',
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
  },
  dollarSign: 'USD',
  units: {
    toneladas: 't',
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
  moneyOf: ['de', 'en'],
  valuedBefore: [
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}) (?:por (?:un )?valor(?: total| estimado| aproximado)? de|(?:valorad[oa]s?|estimad[oa]s?|tasad[oa]s?) en|con un valor(?: total| estimado| de mercado)? de|por (?:un )?(?:monto|importe)(?: total)? de|por un total de|que (?:suman|sumaban|ascienden a)|por)$/u,
    // "Los productos farmacéuticos intervenidos tenían un valor estimado de", "… tienen un valor de mercado que ronda los";
    // the verb alone when the cue took the rest ("La madera decomisada tiene | un valor aproximado de")
    /(?:^| )(?:los|las|el|la|estos|estas|este|esta|sus|su) (?<np>[\p{L}-]+(?: [\p{L}-]+){0,2}) (?:tienen|tenían|tiene|tenía|representan|representaban|suman|sumaban|alcanzan|alcanzaban)(?: (?:un )?valor(?: total| estimado| aproximado| de mercado)? (?:de|en|que(?: (?:ronda|rondaba|roza|rozaba)n? (?:los|las))?))?$/u,
    /(?:^| )(?:valor|monto|importe) (?:total |estimado |de mercado )?(?:de los|de las|del|de la) (?<np>[\p{L}-]+(?: [\p{L}-]+)?)(?: (?:de los|de las|del|de la|de) [\p{L}-]+)? (?:se estima en|se calcula en|asciende a|ascendió a|alcanza|alcanzó|supera|superó|es de|fue de)$/u,
    // "El efectivo incautado sumó 96.000 dólares", "los fondos bloqueados ascendieron a 2 millones de euros"
    /(?:^| )(?:el|la|los|las) (?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:sum(?:ó|aron|a|an)|ascendi(?:ó|eron) a|asciende(?:n)? a|alcanz(?:ó|aron)(?: (?:los|las))?|totaliz(?:ó|aron)|lleg(?:ó|aron) a)$/u,
    // A weight after the goods: "cocaína con un peso de 5.100 kilos", "el cannabis aprehendido dio un peso de 8.500 kilos"
    /(?:^| )(?<np>[\p{L}-]+(?: [\p{L}-]+)?) (?:(?:que )?pes(?:aba|aban|ó|aron|a|an)(?: en total| unos| unas)?|(?:con|de|dio|dieron|arrojó|arrojaron|registró|registraron) un peso(?: total| neto| bruto| aproximado)? de)$/u,
    /(?:^| )(?<np>(?:pérdidas|perjuicios|daños|ganancias|beneficios|sobornos|multas)(?: [\p{L}-]+)?) (?:de|por)$/u,
  ],
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
    heads: [
      'sitios web',
      'sitios de internet',
      'páginas web',
      'sitios',
      'nombres de dominio',
      'dominios',
      'cuentas',
      'monederos',
      'billeteras',
      'carteras',
      'armas de fuego',
      'armas',
      'fusiles',
      'pistolas',
      'municiones',
      'cartuchos',
      'balas',
      'vehículos',
      'automóviles',
      'camiones',
      'embarcaciones',
      'lanchas',
      'documentos',
      'pasaportes',
      'teléfonos móviles',
      'teléfonos',
      'celulares',
      'móviles',
      'dispositivos',
      'ordenadores',
      'computadoras',
      'servidores',
      'tarjetas sim',
      'direcciones ip',
      'pastillas',
      'comprimidos',
      'píldoras',
      'cápsulas',
      'dosis',
      'especímenes',
      'ejemplares',
      'animales',
      // Wildlife: "23 primates vivos", "unas 4.300 aves", "440 colmillos de elefante"
      'aves',
      'primates',
      'felinos',
      'reptiles',
      'tortugas',
      'loros',
      'serpientes',
      'mamíferos',
      'colmillos',
      'cuernos',
      'pieles',
      'anuncios',
      'motocicletas',
      'objetos',
      'piezas',
      'bienes culturales',
      'obras de arte',
      'monedas',
      'joyas',
      'detectores de metales',
      'detectores',
      'drones',
      'tarjetas de crédito',
      'laboratorios',
      'inmuebles',
      'bienes inmuebles',
      'propiedades',
      'infraestructuras',
      'portátiles',
      'discos duros',
      'tabletas',
      'cigarrillos',
      'cajetillas',
      // "2.940 billetes falsos" (banknotes; "billetes de avión" are tickets: not among the complements), "320 motosierras"
      'billetes',
      'motosierras',
      // "precintaron 23 almacenes": places shut down are counted ("en 3 almacenes" is where, placeBefore)
      'almacenes',
    ],
    wordsBefore: 1,
    adjectivesBefore: ['falsos', 'falsas', 'nuevos', 'nuevas', 'grandes'],
    complements: [
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
      'de metales',
      'de internet',
      'de crédito',
      'clandestinos',
      'clandestinas',
      'informáticas',
      'inmobiliarias',
    ],
    notAfter: ['controles', 'registros', 'inspecciones'],
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
    },
    // "los teléfonos móviles —340 en total—", "las tarjetas SIM, 1.300 en conjunto": the noun, then its count (as en's).
    // "Las aves rescatadas, unas 4.300, viajaban …": the count alone between commas, its verb after it.
    restated:
      /^(?: (?:en total|en conjunto|de ellos(?= ?[—–])|de ellas(?= ?[—–]))(?!\p{L})|,\s+(?:\p{Ll}+\s+)?(?:viajaban|estaban|iban|fueron|eran|se\s+encontraban|permanecían|quedaron|han\s+sido|habían\s+sido))/u,
  },
  participle:
    /^(?:cerrad|bloquead|congelad|incautad|decomisad|intervenid|desactivad|desmantelad|destruid|retirad|suspendid|identificad|recuperad|interceptad|confiscad|eliminad|falsificad|adulterad|robad|sustraíd|clonad|manipulad|alterad|rescatad|liberad|aprehendid)(?:o|a|os|as)$/u,
  // "tomaron el control de 2.000 dominios" took them over: no check.
  // "la red habría colocado unos 26.000 billetes": the reportive conditional tells what is suspected, not what was seized.
  // "comprobaron 96.000 documentos" were checked; "por los puertos pasaron 760.000 vehículos" is traffic, not a seizure.
  checked:
    /\b(?:(?:inspeccionad|controlad|revisad|registrad|examinad|verificad|visitad|desplegad|movilizad|apoyad|comprobad)(?:o|a|os|as)|(?:inspeccion|control|revis|registr|examin|verific|visit|despleg|moviliz|comprob)(?:aron|ó))(?!\p{L})|\b(?:pas|transit|cruz|circul)(?:aron|ó)(?!\p{L})|\bpatrull|\bcon el apoyo de\b|\b(?:inspecci[oó]n|(?<!(?:(?:tom|asum|recuper)\p{L}{0,8}|con) el )control|revisi[oó]n)(?:es)? de\b|(?<!\p{L})habr(?:ía|ían)\s+\p{L}+(?:ado|ido|to|cho)(?!\p{L})/giu,
  auxiliaries: ['fueron', 'fue', 'sido', 'son', 'es', 'eran', 'era', 'siendo'],
  rangeJoiners: ['a', 'y', 'o'],
  // "dos mercados con 100.000 anuncios": what another thing holds, not what was seized; but "una lancha con 2 toneladas
  // de cocaína" carried the load that was seized (seizedOn).
  // "suficiente para llenar unos 2.000 camiones": the size of a load told in containers, not things seized.
  placeBefore: ['en', 'desde', 'sobre', 'entre', 'bordo', 'con', 'llenar', 'cargar'],
  seizedOn:
    /(?<!\p{L})(?:buques?|barcos?|embarcaci(?:ón|ones)|lanchas?|narcolanchas?|veleros?|semisumergibles?|camion(?:es)?|camión|furgonetas?|vehículos?|coches?|automóviles?|contenedor(?:es)?|avionetas?|aeronaves?|maletas?|paquetes?|cargamentos?|envíos?|almac(?:én|enes)|naves?)\s+$/iu,
  // "En el mercado negro, un loro puede venderse por 1.500 dólares": one item's market price, not a seizure.
  // "Por los puertos pasaron 3,3 millones de pasajeros y 760.000 vehículos": a sentence of traffic through a place, a
  // flow, not what was seized (each of its figures, not only the one right after the verb).
  // "En un único almacén aparecieron …", "Un solo contenedor transportaba …": one place or one thing (as fr's "un seul"),
  // not "en una sola semana", "un solo país" (the operation's whole span or ground).
  // "Entre los casos más llamativos, …": the sentence tells of single cases; "En la frontera, un solo camión llevaba …":
  // one thing, wherever in the clause (as fr's "un seul").
  anecdote:
    /\s*(?:el|la)\s+(?:(?:mayor|principal)\s+(?:hallazgo|incautación|decomiso|alijo|aprehensión)|(?:hallazgo|incautación|decomiso|alijo|aprehensión)\s+(?:individual\s+)?más\s+(?:voluminos|important|grande|cuantios|llamativ|destacad|relevante)\p{L}*)(?!\p{L})|\s*(?:en|durante|desde)\s+(?:uno de los casos|una de las (?:operaciones|intervenciones|redadas)|otro(?:\s+caso)?\s*,|(?:un|otro) (?:solo |único )?(?:caso|puerto|aeropuerto|país|almacén|domicilio|registro|control|taller|mercado|barco|buque|contenedor|vehículo)|(?:una|otra) (?:sola |única )?(?:vivienda|casa|nave|finca|redada|inspección|ciudad|región|provincia|localidad|fábrica|tienda))(?!\p{L})|\s*(?:allí|allá|ahí)(?!\p{L})|\s*en\s+el\s+mercado\s+(?:negro|ilegal|clandestino)\s*,|\s*(?:por|a través de)\s+(?:el|la|los|las|sus)\s+[^.;\d]{0,60}?(?<!\p{L})(?:pasaron|transitaron|circularon|cruzaron)(?!\p{L})|\s*entre\s+(?:los|las)\s+(?:casos|hallazgos|ejemplos|descubrimientos)\s+(?:más\s+)?(?:llamativ|destacad|notable|curios|significativ|sorprendent|relevante|insólit)\p{L}*\s*,|[^.;:!?«»\d]{0,120}?(?<!\p{L})(?:un\s+(?:solo|único)\s+(?!(?:día|mes|año|fin|país|operativo|golpe)(?!\p{L}))|una\s+(?:sola|única)\s+(?!(?:jornada|semana|noche|vez|operación|acción|campaña|fase)(?!\p{L})))\p{L}/iuy,
  // "en un solo puerto"; "por hasta 30.000 euros cada una", "8.000 dólares por persona": one item's price, not a total.
  single:
    /\ben (?:un solo|una sola)\b|\bpor s[ií] sol[oa]s?\b|(?<!\p{L})(?:cada (?:un[oa]|pieza|objeto|unidad|ejemplar|persona|víctima|migrante|kilo|envío)|por (?:unidad|pieza|persona|cabeza|víctima|migrante|kilo|gramo|dosis|caja|envío)|la (?:unidad|pieza|dosis)|por cada (?:\p{L}+))(?!\p{L})/iu,
};
