import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 51 (issue 14): what the tuning sets, the eighty-fifth batch and the releases left in incoming/ showed, as
 * general rules. The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const found = (text: string, locale: Locale, field: string) =>
  (extractRelease(text, { locale }).fields as Record<string, { value: unknown; qualifier?: string } | undefined>)[
    field
  ];
const value = (text: string, locale: Locale, field: string) => found(text, locale, field)?.value;

describe('round 51', () => {
  it('an edition joined to its series by a hyphen ("Mak-2015" in a release about Mak-2016) is another edition', () => {
    const text = [
      'Operation "Reed-2019": cannabis fields cleared in the south',
      '',
      'The operation began on 3 June and ended on 30 September 2019. It was coordinated by a headquarters in Almaty.',
      '',
      'In all, 1,218 people were arrested on suspicion of drug crimes, among them 41 foreign citizens.',
      '',
      'The results exceed those of last year. During Reed-2018, 31 tonnes of drugs were seized and 980 people were detained.',
    ].join('\n');
    expect([value(text, 'en', 'codename'), value(text, 'en', 'arrests')]).toEqual(['Reed-2019', 1218]);
    // (nor are its seizures this edition's)
    expect(extractRelease(text, { locale: 'en' }).additionalStats).toEqual([]);
    // (the same edition written again is no other: its figure stays)
    const again = text.replace(
      'During Reed-2018, 980 people were detained.',
      'During Reed-2019, 17 roads were closed.'
    );
    expect(value(again, 'en', 'arrests')).toBe(1218);
  });

  it("a headline figure to the unit that nearly agrees with the body's is left to the editor", () => {
    const text = [
      'Turquía detiene a 563 migrantes irregulares en la operación Muralla-4',
      '',
      'ANKARA, 9 feb.- Los gendarmes interceptaron a 557 migrantes en situación irregular durante la operación Muralla-4, informó el ministerio.',
    ].join('\n');
    expect(found(text, 'es', 'irregularMigrants')).toBeUndefined();
    // (a headline that rounds, or gives another count, leaves the body's figure)
    expect(value(text.replace('563', '560'), 'es', 'irregularMigrants')).toBe(557);
    expect(value(text.replace('563', '41'), 'es', 'irregularMigrants')).toBe(557);
  });

  it('es: a day right after a slash is a reference\'s number, and "en marcha desde el" tells the first day', () => {
    const text = [
      'Costa Segura: tres semanas de operación',
      '',
      'Comunicado conjunto 187/12 – 30 de mayo de 2012',
      '',
      'La operación coordinada Costa Segura, en marcha desde el 8 de mayo de 2012, suma 54 detenidos.',
    ].join('\n');
    expect([value(text, 'es', 'startDate'), value(text, 'es', 'endDate')]).toEqual(['2012-05-08', undefined]);
  });

  it("en: a list line that opens on one place in lower case tells that place's part", () => {
    const text = [
      'Operation Fork Ridge: 900 tonnes of fake food seized',
      '',
      'Inspectors in 30 countries seized 900 tonnes of counterfeit food during Operation Fork Ridge.',
      '',
      'Among the results reported:',
      '- in Portugal, officers seized 14 tonnes of olive oil that had been relabelled;',
      '- in Kenya, 6,000 litres of fake juice were poured away.',
    ].join('\n');
    const rows = extractRelease(text, { locale: 'en' }).additionalStats.map((r) => r.value);
    expect(rows).toEqual([900]);
  });

  it('a line that brings in cases makes each list line after it one case, in each language', () => {
    const en = [
      'Operation Green Vial: 200 tonnes of illegal pesticides stopped',
      '',
      'Customs in 25 countries stopped some 200 tonnes of illegal pesticides during Operation Green Vial.',
      '',
      'Two cases show how the checks worked:',
      '- Officers at Gdansk stopped a lorry carrying 9,800 kg of an unlabelled herbicide.',
      '- A shipment of 3.1 tonnes of insecticide was also halted.',
      '',
      'The operation was coordinated by Europol.',
    ].join('\n');
    expect(extractRelease(en, { locale: 'en' }).additionalStats.map((r) => r.value)).toEqual([200]);
    const es = [
      'Operación Red Austral: 80 prófugos localizados',
      '',
      'La operación Red Austral, coordinada por INTERPOL, permitió localizar a 80 prófugos en 12 países.',
      '',
      'Algunos casos destacados:',
      '',
      '- En Chile fue detenido un hombre que había causado pérdidas de 9 millones de dólares a sus clientes.',
    ].join('\n');
    expect(extractRelease(es, { locale: 'es' }).additionalStats).toEqual([]);
    // (a line that says cases were opened brings in none: what follows is what they seized)
    const fr = [
      'Opération Lotus Bleu : 40 arrestations',
      '',
      "L'opération Lotus Bleu a permis 40 arrestations. Cinq affaires ont été ouvertes par la police, qui a saisi :",
      '- 32 téléphones portables ;',
      '- 48 ordinateurs portables.',
    ].join('\n');
    expect(extractRelease(fr, { locale: 'fr' }).additionalStats.map((r) => r.value)).toEqual([32, 48]);
  });

  it('en: "The FBI and its state and local partners recovered …", "A nationwide crackdown on … led by the Federal Bureau of Investigation"', () => {
    const lead = 'Operation Night Harbor results\n\nWASHINGTON — ';
    expect(
      value(
        `${lead}The FBI and its state and local partners recovered 52 children during Operation Night Harbor.`,
        'en',
        'agency'
      )
    ).toBe('FBI');
    expect(
      value(
        `${lead}A nationwide crackdown on securities fraud led by the Federal Bureau of Investigation has resulted in 41 arrests. The sweep was known as Operation Night Harbor.`,
        'en',
        'agency'
      )
    ).toBe('FBI');
  });

  it('en: a force named short is given the name in full the text gives it ("United States Marshals Service")', () => {
    const text = [
      'Marshals arrest 1,200 fugitives in Operation Falcon Run',
      '',
      'WASHINGTON — Task forces arrested 1,200 fugitives during Operation Falcon Run, the United States Marshals Service (USMS) announced today.',
      '',
      'The operation was planned and directed by the Marshals Service.',
    ].join('\n');
    expect(value(text, 'en', 'agency')).toBe('United States Marshals Service');
  });

  it('fr: initials of a name\'s words but the small ones ("la Direction générale des Douanes (DGD)")', () => {
    const text = [
      'Opération Kalao : bilan',
      '',
      "DAKAR (Sénégal), le 3 mai 2016 – La Direction générale des Douanes (DGD) de la République du Sénégal a rendu public le bilan de l'opération Kalao.",
      '',
      "Initiée et coordonnée par la DGD, l'opération a permis 12 saisies.",
    ].join('\n');
    expect(value(text, 'fr', 'agency')).toBe('Direction générale des Douanes');
  });

  it('fr: the operation\'s name after a place\'s word is no place ("le poste de commandement de Kivu Ferme 3"); "officiellement lancée"; "éléments" arrested', () => {
    const text = [
      'Kivu Ferme 3 : premier bilan',
      '',
      "BUKAVU (République démocratique du Congo) – L'opération Kivu Ferme 3 a été officiellement lancée le mardi 3 mars 2015. Les opérations sont conduites depuis le poste de commandement de Kivu Ferme 3, installé à Bukavu.",
      '',
      'Au terme du premier mois, 57 éléments ont été appréhendés par les troupes.',
    ].join('\n');
    expect([value(text, 'fr', 'startDate'), value(text, 'fr', 'headquarters'), value(text, 'fr', 'arrests')]).toEqual([
      '2015-03-03',
      'Bukavu, République démocratique du Congo',
      57,
    ]);
  });

  it("fr: \"Dans le cadre de l'opération, l'OLAF a conduit une action …\" is the body's own part, no lead", () => {
    const text = [
      'Opération Bouclier Vert : 300 arrestations',
      '',
      "LA HAYE – Europol a coordonné l'opération Bouclier Vert contre les faux médicaments, qui a permis 300 arrestations.",
      '',
      "Dans le cadre de l'opération, l'OLAF a conduit une action ciblée contre les médicaments anticancéreux.",
    ].join('\n');
    expect(value(text, 'fr', 'agency')).toBe('Europol');
  });

  it('fr: "1 350 cartouches de cigarettes" are cigarettes, the label keeping both', () => {
    const text = [
      'Opération Garrigue : bilan',
      '',
      "L'opération Garrigue a permis de saisir 1 350 cartouches de cigarettes de contrebande.",
    ].join('\n');
    expect(extractRelease(text, { locale: 'fr' }).additionalStats.map((r) => [r.label, r.value])).toEqual([
      ['Cartouches de cigarettes', 1350],
    ]);
  });

  it('es: "coordinada a través de AMERIPOL" leads; "Agentes de la Brigada … (BIT) de la Policía Nacional"', () => {
    const lead = 'Operación Ruta Libre: balance\n\n';
    expect(
      value(
        `${lead}BOGOTÁ – La acción transnacional fue coordinada a través de AMERIPOL, el mecanismo de cooperación policial. La operación Ruta Libre dejó 200 capturados.`,
        'es',
        'agency'
      )
    ).toBe('AMERIPOL');
    expect(
      value(
        `${lead}MADRID.– Agentes de la Brigada de Investigación Tecnológica (BIT) de la Policía Nacional han detenido a 40 personas en la operación Ruta Libre.`,
        'es',
        'agency'
      )
    ).toBe('Policía Nacional');
  });

  it('es: "14 investigaciones nacionales abiertas"; "dirigió el dispositivo desde la sede … en Lyon"', () => {
    const text = [
      'Operación Marea Alta: resultados',
      '',
      'La unidad de INTERPOL contra la pesca ilegal dirigió el dispositivo desde la sede de la Secretaría General en Lyon.',
      '',
      'Principales resultados',
      '- Al menos 14 investigaciones nacionales abiertas por pesca ilegal',
    ].join('\n');
    expect(found(text, 'es', 'investigationsOpened')).toEqual(
      expect.objectContaining({ value: 14, qualifier: 'atLeast' })
    );
    expect(value(text, 'es', 'headquarters')).toBe('Lyon');
  });
});
