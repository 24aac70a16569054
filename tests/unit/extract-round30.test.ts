import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 30 (issue 14): what the French and Spanish parts of the thirty-sixth batch showed once scored, as
 * general rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const rows = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.label, s.value]);
const valueOf = (text: string, locale: Locale, label: string) =>
  read(text, locale).additionalStats.find((s) => s.label === label)?.value;

describe('the codename', () => {
  it('fr: a headline opening on "Projet X :" names the investigation, when the body names it too', () => {
    const text =
      'Projet Kestrel : la police démantèle un réseau de stupéfiants\n\nMONTRÉAL – Les policiers ont arrêté 27 personnes dans le cadre du projet Kestrel, une enquête de deux ans.';
    expect(read(text, 'fr').fields.codename?.value).toBe('Kestrel');
  });

  it('en: a project that funds a programme, named in the body only, is none', () => {
    const text =
      'Border police arrest 40 in West Africa\n\nLYON, France – Border police in 12 countries arrested 40 people. The work was funded under Project Kestrel, a programme of the European Union.';
    expect(read(text, 'en').fields.codename?.value).not.toBe('Kestrel');
  });
});

describe('who led it', () => {
  it("fr: a unit led by a body, as the lead's subject, is that body", () => {
    const text =
      "MONTRÉAL – L'Escouade régionale mixte de la Rive-Sud (ERM), dirigée par la Sûreté du Québec, a mené hier l'opération Kestrel. Vingt-sept personnes ont été arrêtées.";
    expect(read(text, 'fr').fields.agency?.value).toBe('Sûreté du Québec');
  });

  it('fr: "grand-ducale" qualifies a force; "burkinabè" is its country\'s', () => {
    const luxembourg =
      "Luxembourg – Les policiers de quatre pays ont mené l'opération Kestrel. Coordonnée par la Police grand-ducale, l'action a mobilisé 900 agents.";
    expect(read(luxembourg, 'fr').fields.agency?.value).toBe('Police grand-ducale');
    const burkina =
      "OUAGADOUGOU – La Police nationale burkinabè a dressé vendredi le bilan de l'opération Kestrel, qu'elle a conduite contre la traite. Au total, 177 enfants ont été secourus.";
    expect(read(burkina, 'fr').fields.agency?.value).toBe('Police nationale burkinabè');
  });

  it('es: a centre with its initials that coordinated it leads, and its seat is the headquarters', () => {
    const text =
      'CIUDAD DE GUATEMALA –\n\nLas policías de tres países concluyeron la operación Kestrel, con 812 personas capturadas. La operación fue coordinada por el Centro Regional Antipandillas (CRA), con sede en San Salvador (El Salvador), donde trabajaron analistas de las tres policías nacionales civiles.';
    const { fields } = read(text, 'es');
    expect(fields.agency?.value).toBe('Centro Regional Antipandillas');
    expect(fields.headquarters?.value).toBe('San Salvador, El Salvador');
  });

  it('es: an agency\'s centre is the agency\'s (its initials and "de Europol" between)', () => {
    const text =
      'LA HAYA – Policías de 17 países han cerrado 400 mercados ilegales en la operación Kestrel. La operación fue coordinada por el Centro Europeo de Ciberdelincuencia (EC3) de Europol.';
    expect(read(text, 'es').fields.agency?.value).toBe('Europol');
  });

  it("es: a force's directorate that ran it, under the force the lead names, is that force", () => {
    const text =
      'MONTEVIDEO –\n\nLa Policía Nacional de Uruguay desarticuló una red de préstamos usurarios con 17 detenidos. La operación Kestrel fue dirigida por la Dirección de Investigaciones de la Policía Nacional, que instaló su puesto de mando en Rivera.';
    expect(read(text, 'es').fields.agency?.value).toBe('Policía Nacional de Uruguay');
  });
});

describe('where it was run from', () => {
  it("fr: a city, an apposition, then its country's region", () => {
    const text =
      "OUAGADOUGOU – La police a secouru 177 enfants lors de l'opération Kestrel. Le poste de commandement était installé à Banfora, chef-lieu de la région des Cascades, dans l'ouest du Burkina Faso.";
    expect(read(text, 'fr').fields.headquarters?.value).toBe('Banfora, Burkina Faso');
  });
});

describe('the period', () => {
  const lead = "PARIS, le 5 novembre 2010 – La police a mené l'opération Kestrel contre la traite.";

  it('fr: "Déclenchée à l\'aube du lundi …" and "a pris fin le mercredi …"', () => {
    const text = `${lead} Déclenchée à l'aube du lundi 25 octobre 2010, l'opération a pris fin le mercredi 27 octobre au soir. Une centaine de policiers y ont pris part.`;
    const { fields } = read(text, 'fr');
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2010-10-25', '2010-10-27']);
  });

  it('fr: "une première action du même type, menée en juin 2009" is an earlier one', () => {
    const text = `${lead} Déclenchée à l'aube du lundi 25 octobre 2010, l'opération a pris fin le mercredi 27 octobre au soir.\n\nLors d'une première action du même type, menée en juin 2009 dans l'Est, 55 enfants avaient été secourus.`;
    expect(read(text, 'fr').fields.endDate?.value).toBe('2010-10-27');
  });

  it("a period opening a sentence that says people attended a workshop is the workshop's", () => {
    const fr = `${lead} Du 18 au 20 octobre, 45 policiers ont suivi à Ouagadougou un atelier de formation.`;
    expect(read(fr, 'fr').fields.startDate).toBeUndefined();
    const en =
      'LYON, France, 5 November 2010 – Police ran Operation Kestrel against trafficking. From 18 to 20 October, 45 officers from Kenya had attended a training workshop in Nairobi.';
    expect(read(en, 'en').fields.startDate).toBeUndefined();
    const es =
      'LIMA, 5 de noviembre de 2010 – La policía ejecutó la operación Kestrel contra la trata. Del 18 al 20 de octubre, 45 agentes participaron en un taller de formación en Lima.';
    expect(read(es, 'es').fields.startDate).toBeUndefined();
  });

  it('a period opening a sentence that tells the operation itself is kept', () => {
    const text = `${lead} Du 18 au 20 octobre, 400 policiers ont contrôlé les axes routiers du pays.`;
    expect(read(text, 'fr').fields.startDate?.value).toBe('2010-10-18');
  });
});

describe('officers', () => {
  it('es: "las tres policías nacionales" are three forces, not three officers', () => {
    const text =
      'SAN SALVADOR – La operación Kestrel terminó con 812 capturas. Investigadores de las tres policías nacionales civiles cruzaron fichas. En el terreno participaron más de 6,500 agentes y unos 240 fiscales. Los jueces habían librado 1,158 órdenes de captura.';
    expect(read(text, 'es').fields.officers).toMatchObject({ value: 6500, qualifier: 'moreThan' });
  });
});

describe('other figures', () => {
  it('fr: pills on a key-figure line take its name', () => {
    const text =
      "MONTRÉAL – La police a arrêté 27 personnes lors de l'opération Kestrel.\n\nSaisies :\nCocaïne : 14,6 kg\nMéthamphétamine : environ 52 000 comprimés\nArmes à feu : 9\n";
    expect(rows(text, 'fr')).toContainEqual(['Méthamphétamine', 52000]);
  });

  it('fr: what searches targeted is no seizure, and it does not hide the seizures', () => {
    const text =
      "MONTRÉAL – La police a arrêté 27 personnes lors de l'opération Kestrel. Les policiers ont effectué 41 perquisitions, visant 27 résidences, 9 véhicules et 5 commerces.\n\nSaisies :\nCocaïne : 14,6 kg\nVéhicules : 6\n";
    expect(valueOf(text, 'fr', 'Véhicules')).toBe(6);
  });

  it('fr: vehicles "signalés volés" were recovered, not checked; motorcycles and birth certificates are counted', () => {
    const text =
      "ABIDJAN – La police a arrêté 40 personnes lors de l'opération Kestrel.\n\nBilan :\n• 17 véhicules signalés volés récupérés ;\n• 9 motocyclettes saisies ;\n• 14 actes de naissance falsifiés saisis.\n";
    const found = rows(text, 'fr').map(([, value]) => value);
    expect(found).toEqual(expect.arrayContaining([17, 9, 14]));
  });

  it("fr: one traveller's cash, one vehicle's hiding place", () => {
    const text =
      "LYON – La police a arrêté 40 personnes lors de l'opération Kestrel. Un voyageur a été interpellé à l'aéroport ; il transportait 14 000 dollars en espèces non déclarés. Dans le double fond d'une camionnette, les agents ont découvert 186 000 euros.";
    expect(read(text, 'fr').additionalStats).toEqual([]);
  });

  it("es: one vehicle's hiding place does not hide the line's total", () => {
    const text =
      'MADRID – La Guardia Civil ha detenido a 13 personas en la operación Kestrel.\n\nBalance:\n- Cocaína: más de 640 kilos, además de pequeñas cantidades de éxtasis\n- Vehículos intervenidos: 28\n\nEn un doble fondo del vehículo viajaban 600 kilos de cocaína.';
    const cocaine = read(text, 'es').additionalStats.filter((s) => s.label === 'Cocaína');
    expect(cocaine.map((s) => [s.value, s.qualifier])).toEqual([[640, 'moreThan']]);
  });

  it('es: three sums listed, named once after the last', () => {
    const text =
      'MONTEVIDEO – La policía detuvo a 17 personas en la operación Kestrel.\n\nBalance:\n- 741.798 pesos uruguayos, 2.398 reales y 264 dólares en efectivo\n- 30 teléfonos celulares\n';
    const cash = read(text, 'es').additionalStats.filter((s) => s.label === 'Efectivo');
    expect(cash.map((s) => [s.value, s.unit])).toEqual([
      [741798, 'UYU'],
      [2398, 'BRL'],
      [264, 'USD'],
    ]);
  });

  it('es: gang cells taken apart are counted', () => {
    const text =
      'SAN SALVADOR – La operación Kestrel terminó con 812 capturas.\n\nResultados:\n- 143 armas de fuego\n- 17 clicas desarticuladas\n';
    expect(rows(text, 'es')).toContainEqual(['Clicas desarticuladas', 17]);
  });
});
