import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 40 (issue 14): what the sixty-third batch showed, as general rules. The sentences are written for these
 * tests.
 */

type Locale = 'en' | 'fr' | 'es';
const fields = (text: string, locale: Locale) => extractRelease(text, { locale }).fields;

describe("a police force's media statement (English)", () => {
  const text = [
    'NATIONAL POLICE OF TIMOR-LESTE – MEDIA STATEMENT',
    '',
    'Ops Harbour: 58 children rescued in raids on boarding houses',
    '',
    'DILI, 4 June 2024 – The National Police of Timor-Leste have rescued 58 children in raids carried out under an operation codenamed Ops Harbour.',
    '',
    'The raids on Monday, 3 June 2024, launched Ops Harbour, which will go on for several months.',
  ].join('\n');

  it('its letterhead is no place, and "Ops" is no part of the name', () => {
    const found = fields(text, 'en');
    expect(found.headquarters).toBeUndefined();
    expect(found.codename).toMatchObject({ value: 'Harbour' });
  });

  it('"The raids on Monday, 3 June 2024, launched Ops Harbour": its first day, not a one-day operation', () => {
    const found = fields(text, 'en');
    expect(found.startDate).toMatchObject({ value: '2024-06-03' });
    expect(found.endDate).toBeUndefined();
  });
});

describe('countries that asked, and where people were found (English, Spanish)', () => {
  it('"fugitives wanted by 36 member countries": no countries of the operation', () => {
    const text =
      'LYON, France – Operation Deep Root was launched on 6 October and focuses on 120 fugitives wanted by 31 member countries.';
    expect(fields(text, 'en').countries).toBeUndefined();
  });

  it('"857 fugitivos devueltos a China desde 66 países": no countries of the operation', () => {
    const text =
      'PEKÍN – El balance de la operación Cielo Abierto:\n- 640 fugitivos devueltos a China desde 52 países y regiones\n- 12 de los más buscados, de vuelta en el país';
    expect(fields(text, 'es').countries).toBeUndefined();
  });
});

describe('another operation named after "sous le nom de" (French)', () => {
  it("the international side's arrests and countries are that operation's", () => {
    const text =
      "Australie : 180 arrestations dans l'opération Ironbark\n\nSydney – La Police fédérale australienne a annoncé l'arrestation de 180 personnes dans le cadre de l'opération Ironbark. Le volet international de l'enquête, conduit sous le nom de Blue Shield par le FBI, a donné lieu à plus de 700 arrestations dans 14 pays.";
    const found = fields(text, 'fr');
    expect(found.codename).toMatchObject({ value: 'Ironbark' });
    expect(found.countries).toBeUndefined();
    expect(found.arrests).toMatchObject({ value: 180 });
  });
});

describe("an agency's seat and staff, told of it, not of this operation", () => {
  it('French: "Europol, dont le siège se trouve à La Haye, rappelle que …" names no headquarters', () => {
    const text =
      "Baptisée Tilleul, l'opération a permis 12 arrestations dans six pays. Europol, dont le siège se trouve à La Haye, rappelle que les propriétaires de téléphones volés ne doivent jamais communiquer leurs identifiants.";
    expect(fields(text, 'fr').headquarters).toBeUndefined();
  });

  it('French: "Frontex, qui compte aujourd\'hui plus de 1 500 agents déployés" is no officers figure', () => {
    const text =
      "L'opération Fenêtre a permis 40 arrestations. Frontex, qui compte aujourd'hui plus de 1 500 agents déployés sur le terrain dans toute l'Europe, apporte son soutien aux États membres.";
    expect(fields(text, 'fr').officers).toBeUndefined();
  });
});

describe('French national bodies in more shapes', () => {
  it('"La Police fédérale australienne (AFP, selon son sigle anglais) a annoncé …"', () => {
    const text =
      "Sydney, le 8 juin 2021 – La Police fédérale australienne (AFP, selon son sigle anglais) a annoncé mardi l'arrestation de 180 personnes dans le cadre de l'opération Ironbark, menée avec l'appui d'Europol.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police fédérale australienne' });
  });

  it('"La Police nationale indonésienne (Polri) a officiellement lancé …": initials in lower case, an adverb', () => {
    const text =
      "Jakarta – La Police nationale indonésienne (Polri) a officiellement lancé mercredi l'opération Bougie 2016, avec l'appui d'INTERPOL.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'Police nationale indonésienne' });
  });

  it('"La police de Dubaï a démantelé …": a city\'s police in lower case, under "DUBAÏ (Émirats arabes unis) –"', () => {
    const text =
      "DUBAÏ (Émirats arabes unis) – La police de Dubaï a démantelé un réseau de trafic de stupéfiants. Baptisée « Sables », l'opération a permis 60 arrestations.";
    const found = fields(text, 'fr');
    expect(found.agency).toMatchObject({ value: 'Police de Dubaï' });
    expect(found.headquarters).toMatchObject({ value: 'Dubaï, Émirats arabes unis' });
  });

  it('"…, la Drug Enforcement Administration (DEA), a dressé jeudi un premier bilan de l\'opération"', () => {
    const text =
      "PHOENIX – L'agence fédérale américaine de lutte contre la drogue, la Drug Enforcement Administration (DEA), a dressé jeudi un premier bilan de l'opération Bouclier de Verre, menée avec INTERPOL.";
    expect(fields(text, 'fr').agency).toMatchObject({ value: 'DEA' });
  });
});

describe('Spanish leads, editions and places in more words', () => {
  it('"La operación forma parte de una acción internacional coordinada por Europol": this operation\'s body leads', () => {
    const text =
      'La Policía Federal Australiana ha detenido a 30 personas en la operación Kraken Azul. La operación forma parte de una acción internacional coordinada por Europol, en la que otros países detuvieron a usuarios de la plataforma.';
    expect(fields(text, 'es').agency).toMatchObject({ value: 'Policía Federal Australiana' });
  });

  it('"En la edición mundial de 2012, las policías de más de 60 países …": an earlier edition', () => {
    const text =
      'La operación Infra-Sur movilizó a las policías de 21 países entre el 1 de noviembre de 2013 y el 31 de enero de 2014. En la edición mundial de 2012, las policías de más de 60 países detuvieron a 300 fugitivos.';
    expect(fields(text, 'es').countries).toMatchObject({ value: 21, qualifier: 'exact' });
  });

  it('"se planifican y coordinan desde el cuartel general … en Yenagoa": where it was run from', () => {
    const text =
      'ABUJA (Nigeria) – La operación Delta Firme continúa. Las operaciones se planifican y coordinan desde el cuartel general de la fuerza conjunta en Yenagoa, la capital del estado de Bayelsa.';
    expect(fields(text, 'es').headquarters).toMatchObject({ value: 'Yenagoa' });
  });

  it('"150 soldados completaron este mes un curso": people trained, not officers of the operation', () => {
    const text =
      'La operación Delta Firme continúa en el delta del Níger. En paralelo a las operaciones, 150 soldados completaron este mes un curso de navegación fluvial impartido con el apoyo de socios internacionales.';
    expect(fields(text, 'es').officers).toBeUndefined();
  });
});

describe('Spanish periods in more words', () => {
  it('"La operación, ejecutada durante todo el lunes 23 de noviembre de 2020, …": one day', () => {
    const text =
      'BRASILIA (EFE) – La Policía Federal de Brasil detuvo a 21 personas en la operación Empresa Azul. La operación, ejecutada durante todo el lunes 16 de noviembre de 2020 en ocho estados, movilizó a 500 agentes.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2020-11-16' });
    expect(found.endDate).toMatchObject({ value: '2020-11-16' });
  });

  it('"la ofensiva que puso en marcha el 4 de octubre y que suspendió el 1 de noviembre": its period', () => {
    const text =
      'DODOMA, 8 de noviembre de 2013 – El Gobierno presentó el balance de la operación Marfil Limpio, la ofensiva que puso en marcha el 7 de octubre y que suspendió el 2 de noviembre ante las denuncias de abusos.';
    const found = fields(text, 'es');
    expect(found.startDate).toMatchObject({ value: '2013-10-07' });
    expect(found.endDate).toMatchObject({ value: '2013-11-02' });
  });

  it('"la Operación Jalisco, que el Gobierno de la República puso en marcha el viernes 1 de mayo de 2015": its first day', () => {
    const text =
      'Ciudad de México, 18 de mayo de 2015. La Comisión Nacional de Seguridad informa sobre los resultados de la Operación Occidente, que el Gobierno de la República puso en marcha el viernes 1 de mayo de 2015 en tres estados.';
    expect(fields(text, 'es').startDate).toMatchObject({ value: '2015-05-01' });
  });
});

describe('other operations an operation adds to (Spanish, French)', () => {
  it('"se suma a otras actuaciones del SVA …, como la desarrollada en marzo …, que se saldó con 11 detenidos"', () => {
    const text =
      'Vigilancia Aduanera ha detenido a seis personas en la Operación Trofeo. La Operación Trofeo se suma a otras actuaciones del SVA contra el fraude este año, como la desarrollada en marzo en los puertos gallegos, que se saldó con 11 detenidos.';
    expect(fields(text, 'es').arrests).toMatchObject({ value: 6, qualifier: 'exact' });
  });
});
