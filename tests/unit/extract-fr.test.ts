import { findDateRanges } from '../../server/src/extract/dates';
import { extractFields } from '../../server/src/extract/fields';
import { FRENCH } from '../../server/src/extract/fr';
import { frenchQualifierBefore, parseFrenchDigits, parseFrenchWords } from '../../server/src/extract/fr/numbers';
import { extractRelease } from '../../server/src/extract/release';

/*
 * French releases (issue 14): numbers, cues, dates, the six figures in French
 * word order, what is refused, codenames, agencies, headquarters, datelines.
 * Every sentence here was written for this test.
 */

type Found = Record<string, { value: unknown; qualifier?: string; evidence: string } | undefined>;
const fields = (text: string) => extractFields(text, FRENCH) as Found;
const stat = (text: string, field: string) => {
  const found = fields(text)[field];
  return found ? { value: found.value, qualifier: found.qualifier } : undefined;
};

describe('French numbers', () => {
  it.each([
    ['14 000', 14000],
    ['14\u00a0000', 14000],
    ['14\u202f000', 14000],
    ['3 744', 3744],
    ['1 234 567', 1234567],
    ['850', 850],
    ['1,5 million', 1_500_000],
    ['2,3 millions', 2_300_000],
    ['1,2 milliard', 1_200_000_000],
    ['3 milliards', 3_000_000_000],
    ['12 millions', 12_000_000],
  ])('reads the digits %p as %i', (text, value) =>
    expect(parseFrenchDigits(text.replace(/[\u00a0\u202f]/g, ' '))).toBe(value)
  );

  it.each(['14.000', '14,000', '1,5', '1 23', '12 3456', '1,123456789 million'])('refuses %p', (text) =>
    expect(parseFrenchDigits(text)).toBeNull()
  );

  it.each([
    ['deux', 2],
    ['seize', 16],
    ['dix-sept', 17],
    ['dix-neuf', 19],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-deux', 22],
    ['trente-huit', 38],
    ['soixante', 60],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-sept', 97],
    ['cent', 100],
    ['deux cents', 200],
    ['trois cent vingt', 320],
    ['mille', 1000],
    ['trois mille', 3000],
    ['douze mille', 12000],
    ['deux mille cinq cents', 2500],
    ['vingt-et-un', 21],
    ['deux millions', 2_000_000],
  ])('reads the words %p as %i', (text, value) => expect(parseFrenchWords(text)).toBe(value));

  it.each(['un', 'une', 'deux trois', 'vingt trente', 'dix-deux', 'mille mille', 'millions', 'beaucoup'])(
    'refuses the words %p',
    (text) => expect(parseFrenchWords(text)).toBeNull()
  );

  it.each([
    ['environ ', 'approximately'],
    ['Près de ', 'approximately'],
    ['quelque ', 'approximately'],
    ['presque ', 'approximately'],
    ['pratiquement ', 'approximately'],
    ['approximativement ', 'approximately'],
    ['une estimation de ', 'approximately'],
    ["près d'", 'approximately'],
    ['au moins ', 'atLeast'],
    ['au minimum ', 'atLeast'],
    ['pas moins de ', 'atLeast'],
    ['plus de ', 'moreThan'],
    ['au-delà de ', 'moreThan'],
    ["plus d'", 'moreThan'],
    ["jusqu'à ", 'upTo'],
    ['autour de ', 'approximately'],
    ['aux environs de ', 'approximately'],
    ['à peu près ', 'approximately'],
    ['un minimum de ', 'atLeast'],
    ['les enquêteurs ont saisi ', 'exact'],
    ['auprès de ', 'exact'],
  ])('reads the cue %p as %s', (before, qualifier) => expect(frenchQualifierBefore(before).qualifier).toBe(qualifier));
});

describe('French figures', () => {
  it.each([
    ['La police a procédé à 3 744 arrestations.', 'arrests', 3744, 'exact'],
    ['Au total, 3 744 personnes ont été arrêtées.', 'arrests', 3744, 'exact'],
    ['Plus de 1 100 suspects ont été interpellés.', 'arrests', 1100, 'moreThan'],
    ['Les agents ont interpellé 3 744 suspects.', 'arrests', 3744, 'exact'],
    ["L'opération a permis l'arrestation de 1 006 suspects.", 'arrests', 1006, 'exact'],
    ["Elle a abouti à l'interpellation d'environ 300 personnes.", 'arrests', 300, 'approximately'],
    ['Deux cents trafiquants présumés ont été placés en garde à vue.', 'arrests', 200, 'exact'],
    ['Les polices de 119 pays ont participé.', 'countries', 119, 'exact'],
    ['Vingt et un pays ont pris part à cette action.', 'countries', 21, 'exact'],
    ["Quatre-vingt-dix pays membres ont participé à l'opération.", 'countries', 90, 'exact'],
    ["Près de 14 000 policiers ont participé à l'opération.", 'officers', 14000, 'approximately'],
    ['Environ 2 000 gendarmes et douaniers ont été déployés.', 'officers', 2000, 'approximately'],
    ['Elle a mobilisé plus de 10 000 fonctionnaires.', 'officers', 10000, 'moreThan'],
    ["Jusqu'à 5 000 agents ont été mobilisés.", 'officers', 5000, 'upTo'],
    ['Quelque trois mille membres des forces de l’ordre ont été engagés.', 'officers', 3000, 'approximately'],
    ['Au total, 4 414 victimes ont été identifiées.', 'victimsIdentified', 4414, 'exact'],
    // A share set between the people and their verb is read past.
    [
      'Vingt-huit victimes de traite des êtres humains, dont six mineures, ont été identifiées.',
      'victimsIdentified',
      28,
      'exact',
    ],
    ['Douze enfants, dont trois nourrissons, ont été mis en sécurité.', 'victimsIdentified', 12, 'exact'],
    ['Quarante-sept personnes (dont 12 femmes) ont été arrêtées.', 'arrests', 47, 'exact'],
    ['Trente suspects, parmi lesquels deux chefs présumés, ont été interpellés.', 'arrests', 30, 'exact'],
    ['Trois cents personnes ont été écrouées.', 'arrests', 300, 'exact'],
    ['Les enquêteurs ont porté assistance à 28 victimes de traite.', 'victimsIdentified', 28, 'exact'],
    ['Les autorités de 27 pays ont pris part à l’opération.', 'countries', 27, 'exact'],
    ['Les équipes ont secouru 4 414 victimes de la traite.', 'victimsIdentified', 4414, 'exact'],
    ['Les enquêteurs ont identifié au moins 50 victimes potentielles.', 'victimsIdentified', 50, 'atLeast'],
    ['4 414 victimes de traite ont été secourues.', 'victimsIdentified', 4414, 'exact'],
    ["La police a permis l'identification de 35 224 victimes.", 'victimsIdentified', 35224, 'exact'],
    ['Les agents ont secouru 120 enfants.', 'victimsIdentified', 120, 'exact'],
    ['Quelque 12 992 migrants en situation irrégulière ont été détectés.', 'irregularMigrants', 12992, 'approximately'],
    ['Les gardes ont intercepté 600 migrants irréguliers.', 'irregularMigrants', 600, 'exact'],
    [
      'Les garde-côtes ont intercepté 1 200 ressortissants de pays tiers en situation irrégulière.',
      'irregularMigrants',
      1200,
      'exact',
    ],
    ['Au total, 4 414 victimes ont été recensées.', 'victimsIdentified', 4414, 'exact'],
    ["L'action a bénéficié du concours de 8 000 policiers.", 'officers', 8000, 'exact'],
    ['Au moins 720 nouvelles enquêtes ont été ouvertes.', 'investigationsOpened', 720, 'atLeast'],
    ['Elle a conduit à 325 enquêtes ouvertes.', 'investigationsOpened', 325, 'exact'],
    ["L'action a entraîné l'ouverture de 720 enquêtes.", 'investigationsOpened', 720, 'exact'],
    ['Les parquets ont ouvert 48 nouvelles enquêtes.', 'investigationsOpened', 48, 'exact'],
    ["L'action a permis d'interpeller 300 personnes.", 'arrests', 300, 'exact'],
    ['Au total, les arrestations se sont élevées à 2 500.', 'arrests', 2500, 'exact'],
    ["Le nombre de personnes interpellées s'élève à 2 517.", 'arrests', 2517, 'exact'],
    ['Les 12 pays participants ont mis en commun leurs fichiers.', 'countries', 12, 'exact'],
    ['Cent dix-neuf pays ont participé.', 'countries', 119, 'exact'],
    ['Les policiers ont arrêté 30 suspects au Kenya, au Ghana et au Nigeria.', 'arrests', 30, 'exact'],
    ['Les polices africaines ont arrêté 1 006 suspects.', 'arrests', 1006, 'exact'],
    ['Pour cette première édition, 40 pays ont participé.', 'countries', 40, 'exact'],
    ['Elle a permis de secourir 120 victimes et d’ouvrir 90 enquêtes.', 'investigationsOpened', 90, 'exact'],
    [
      '1 100 victimes présumées de la traite des êtres humains ont été identifiées.',
      'victimsIdentified',
      1100,
      'exact',
    ],
    ['Six cent cinquante-quatre suspects ont été appréhendés.', 'arrests', 654, 'exact'],
    ['« Nous avons interpellé 318 suspects », a résumé le commissaire.', 'arrests', 318, 'exact'],
    ['Au total, 87 mineurs ont pu être mis en sécurité.', 'victimsIdentified', 87, 'exact'],
    ['Quelque 260 victimes ont pu être identifiées par les équipes.', 'victimsIdentified', 260, 'approximately'],
    ['Au total, 412 femmes ont été mises en sécurité.', 'victimsIdentified', 412, 'exact'],
    ['Trente et une victimes ont ainsi été libérées.', 'victimsIdentified', 31, 'exact'],
    ['Au total, 75 personnes ont également été arrêtées.', 'arrests', 75, 'exact'],
    ['Quatorze enquêtes ont été rapidement lancées.', 'investigationsOpened', 14, 'exact'],
    ['Au total, 230 procédures ont été ouvertes.', 'investigationsOpened', 230, 'exact'],
    ['Près de deux mille cinq cents agents ont pris part aux contrôles.', 'officers', 2500, 'approximately'],
    ['Quelque quatre cents douaniers ont été engagés.', 'officers', 400, 'approximately'],
    ['Au cours de la semaine, ont été appréhendés 58 passeurs.', 'arrests', 58, 'exact'],
    ['Ont par ailleurs été lancées 19 enquêtes.', 'investigationsOpened', 19, 'exact'],
    ['Sur le terrain, 143 suspects au total ont été interpellés.', 'arrests', 143, 'exact'],
    ['Les brigades ont mis à l’abri 36 victimes.', 'victimsIdentified', 36, 'exact'],
    ['Les associations ont pris en charge 22 victimes de travail forcé.', 'victimsIdentified', 22, 'exact'],
    ['Deux cent dix inspecteurs du travail ont pris part aux visites.', 'officers', 210, 'exact'],
    ['Environ 150 écogardes ont été déployés dans les parcs.', 'officers', 150, 'approximately'],
    ['Au total, 640 gendarmes ont été dépêchés aux frontières.', 'officers', 640, 'exact'],
    ['Sept-cent-trente-huit suspects ont été arrêtés.', 'arrests', 738, 'exact'],
  ])('reads %p as %s = %i (%s)', (text, field, value, qualifier) => {
    expect(stat(text, field)).toEqual({ value, qualifier });
  });

  it('reads a list of key figures', () => {
    const text =
      'Le bilan a été présenté hier.\nChiffres clés :\n- Arrestations : 186\n- Pays participants : 23\n- Victimes identifiées : 310\n- Policiers mobilisés : 5 000\n- Enquêtes ouvertes : 40\n- Migrants en situation irrégulière détectés : 1 200';
    expect(Object.fromEntries(Object.entries(fields(text)).map(([field, found]) => [field, found?.value]))).toEqual({
      arrests: 186,
      countries: 23,
      victimsIdentified: 310,
      officers: 5000,
      investigationsOpened: 40,
      irregularMigrants: 1200,
    });
  });

  it('reads a list of key figures with other labels and a dash', () => {
    const text =
      "Le bilan de l'opération :\n• Suspects interpellés – 97\n• Victimes mises en sécurité : 64\n• Effectifs engagés : 1 300\n• Enquêtes lancées : 12";
    expect(Object.fromEntries(Object.entries(fields(text)).map(([field, found]) => [field, found?.value]))).toEqual({
      arrests: 97,
      victimsIdentified: 64,
      officers: 1300,
      investigationsOpened: 12,
    });
  });

  it('takes no inquiries from a list line that does not say they were opened', () => {
    expect(fields('Résultats :\n- Enquêtes : 12\n- Pays : 9').investigationsOpened).toBeUndefined();
  });

  it('shows the words it read as evidence, with the cue', () => {
    expect(fields('Près de 14 000 policiers ont été mobilisés.').officers).toEqual({
      value: 14000,
      qualifier: 'approximately',
      evidence: 'Près de 14 000 policiers',
    });
  });

  it('reads figures written with no-break and narrow no-break spaces, and gives the text as written', () => {
    const text =
      'Au total, 3\u202f744 personnes ont été arrêtées et 12\u00a0992 migrants en situation irrégulière détectés.';
    const found = fields(text);
    expect(found.arrests).toEqual({
      value: 3744,
      qualifier: 'exact',
      evidence: '3\u202f744 personnes ont été arrêtées',
    });
    expect(found.irregularMigrants?.value).toBe(12992);
    expect(text).toContain(found.irregularMigrants?.evidence);
  });

  it.each([
    ['a number with a full stop between groups', 'La police a procédé à 14.000 arrestations.', 'arrests'],
    ['a number with a comma between groups', 'La police a procédé à 14,000 arrestations.', 'arrests'],
    ['a year', 'Les arrestations de 2024 ont été nombreuses.', 'arrests'],
    ['a percentage', 'Environ 40 % des victimes identifiées étaient mineures.', 'victimsIdentified'],
    ['a duration', 'Les 300 policiers ont travaillé pendant 48 heures.', 'arrests'],
    ['an age', 'Des victimes âgées de 14 à 17 ans ont été secourues.', 'victimsIdentified'],
    ['money', 'Les enquêteurs ont saisi 3 millions de dollars et interpellé des suspects.', 'arrests'],
    ['officers trained', 'Quelque 300 policiers ont été formés avant de participer.', 'officers'],
    ['officers injured', 'Douze gendarmes ont été blessés pendant les opérations menées.', 'officers'],
    ['officers trained, with a describing word', '300 policiers locaux formés ont participé.', 'officers'],
    ['people questioned', '52 personnes ont été interpellées ou entendues.', 'arrests'],
    ['people checked', 'Plus de 40 000 personnes ont été contrôlées.', 'arrests'],
    ['people questioned, not arrested', 'Au total, 300 personnes ont été interrogées.', 'arrests'],
    ['where victims come from', 'Les victimes, originaires de 30 pays, ont été secourues.', 'countries'],
    [
      'where victims come from, without a comma',
      'Des victimes originaires de 30 pays ont été identifiées.',
      'countries',
    ],
    ['a membership', 'Europol soutient les 27 États membres de l’UE.', 'countries'],
    [
      'where the firms that were told are',
      'Sur les 690 adresses IP signalées aux fournisseurs d’accès de 27 pays, 593 ont été mises hors ligne.',
      'countries',
    ],
    ['where platforms are', 'Les plateformes de 15 pays ont retiré les annonces.', 'countries'],
    ['where hosts are', 'Les hébergeurs de 40 pays ont coupé les serveurs.', 'countries'],
    ['people checked, with a share between', 'Au total, 300 personnes, dont 40 femmes, ont été contrôlées.', 'arrests'],
    ['the share’s own figure', 'Les victimes, dont six mineures, ont été identifiées.', 'victimsIdentified'],
    ['where parcels went', 'Les colis ont été expédiés vers plus de 40 pays.', 'countries'],
    ['where a network works', 'Le réseau, actif dans 12 pays, a été démantelé.', 'countries'],
    ['boilerplate', 'INTERPOL permet à ses 196 pays membres de coopérer.', 'countries'],
    ['a membership verb', 'INTERPOL regroupe 196 pays membres.', 'countries'],
    ['a comparison', 'Elle a donné lieu à 3 744 arrestations, contre 300 en 2022 pour la même période.', 'officers'],
    ['an earlier edition', "L'an dernier, l'opération avait permis 1 200 arrestations.", 'arrests'],
    ['the previous edition', "L'édition précédente avait conduit à 60 arrestations.", 'arrests'],
    ['the first edition', 'Lors de la première édition, 44 pays avaient participé.', 'countries'],
    ['one country’s share', 'En Espagne, 212 personnes ont été arrêtées.', 'arrests'],
    ['one country’s share after the figure', 'Au total, 212 arrestations en Espagne ont été signalées.', 'arrests'],
    ['one country’s share on its own', 'L’Espagne a, à elle seule, procédé à 212 arrestations.', 'arrests'],
    ['one country’s share, "rien qu’en"', 'Rien qu’en Espagne, la police a procédé à 212 arrestations.', 'arrests'],
    ['a share in a country of two words', 'En République dominicaine, 212 personnes ont été arrêtées.', 'arrests'],
    ['where victims came from, with a verb', 'Les victimes provenaient de 30 pays.', 'countries'],
    [
      'what an earlier edition did, in the pluperfect',
      'En 2023, 31 pays avaient participé à l’opération.',
      'countries',
    ],
    ['a share in a clause', 'Les polices ont agi, dont 212 arrestations à Madrid.', 'arrests'],
    ['an article', 'Une victime a été secourue dans un bar.', 'victimsIdentified'],
    ['under a number', 'Moins de 30 pays ont participé.', 'countries'],
    ['a part of a figure', 'Plus de la moitié des 300 suspects ont été arrêtés.', 'arrests'],
    ['one country’s police', 'La police brésilienne a arrêté 400 personnes.', 'arrests'],
    ['arrest warrants', '111 mandats d’arrêt ont été délivrés.', 'arrests'],
    ['people let go after questioning', 'Ont été relâchées 40 personnes après audition.', 'arrests'],
    [
      'migrants helped at sea, who are no victims',
      'Les garde-côtes ont porté secours à 87 migrants.',
      'victimsIdentified',
    ],
    [
      'people taken into care, who may be migrants',
      'Les services ont pris en charge 300 personnes.',
      'victimsIdentified',
    ],
    [
      'a figure hedged after its noun, which would read as exact',
      'La police a arrêté 3 000 personnes environ.',
      'arrests',
    ],
    [
      'other suspects identified',
      'Les enquêteurs ont identifié 14 643 autres suspects potentiels.',
      'victimsIdentified',
    ],
  ])('refuses %s', (_what, text, field) => {
    expect(fields(text)[field]).toBeUndefined();
  });

  it('keeps the figure of the operation when an earlier one is named in another sentence', () => {
    const text =
      "Les polices de 54 pays ont procédé à 2 517 interpellations. L'édition précédente avait abouti à 1 000 interpellations.";
    expect(stat(text, 'arrests')).toEqual({ value: 2517, qualifier: 'exact' });
  });

  it('reads the whole, not one country’s share', () => {
    const text =
      'Au total, 3 744 personnes ont été arrêtées, dont 212 en Espagne. En Italie, 90 personnes ont été arrêtées.';
    expect(stat(text, 'arrests')).toEqual({ value: 3744, qualifier: 'exact' });
  });

  it('lets the body win over a headline and a standfirst that round', () => {
    const text =
      'Traite : plus de 2 500 interpellations\n\nPlus de 3 200 victimes identifiées\n\nLYON (France) – Les agents ont procédé à 2 517 interpellations et identifié 3 222 victimes.';
    expect(stat(text, 'arrests')).toEqual({ value: 2517, qualifier: 'exact' });
    expect(stat(text, 'victimsIdentified')).toEqual({ value: 3222, qualifier: 'exact' });
  });

  it('reads on past a sentence that opens on "À propos de"', () => {
    const text =
      "À propos de cette action, le directeur s'est félicité des résultats.\nAu total, 52 personnes ont été arrêtées.";
    expect(stat(text, 'arrests')).toEqual({ value: 52, qualifier: 'exact' });
  });

  it('reads nothing from the agency’s boilerplate', () => {
    const text =
      "Des policiers de 41 pays ont pris part à l'opération Aube Grise.\n\nÀ propos d'INTERPOL\nINTERPOL relie les services de police de 196 pays, dont le siège est à Lyon.";
    const found = fields(text);
    expect(found.countries?.value).toBe(41);
    expect(found.headquarters).toBeUndefined();
  });
});

describe('French dates', () => {
  const range = (text: string) =>
    findDateRanges(text, FRENCH).map(({ startDate, endDate, evidence }) => ({ startDate, endDate, evidence }));

  it.each([
    ['menée du 10 au 21 novembre 2025', '2025-11-10', '2025-11-21', 'du 10 au 21 novembre 2025'],
    ['entre le 3 et le 9 juin 2024', '2024-06-03', '2024-06-09', 'entre le 3 et le 9 juin 2024'],
    ['du 29 septembre au 4 octobre 2024', '2024-09-29', '2024-10-04', 'du 29 septembre au 4 octobre 2024'],
    ['du 10 novembre au 21 novembre 2025', '2025-11-10', '2025-11-21', 'du 10 novembre au 21 novembre 2025'],
    ['du 1er au 7 mars 2025', '2025-03-01', '2025-03-07', 'du 1er au 7 mars 2025'],
    ['du 29 décembre 2024 au 4 janvier 2025', '2024-12-29', '2025-01-04', 'du 29 décembre 2024 au 4 janvier 2025'],
    ['du lundi 3 au vendredi 7 février 2025', '2025-02-03', '2025-02-07', 'du lundi 3 au vendredi 7 février 2025'],
    ['les 10-21 août 2025', '2025-08-10', '2025-08-21', '10-21 août 2025'],
    ['les 3, 4 et 5 décembre 2025', '2025-12-03', '2025-12-05', '3, 4 et 5 décembre 2025'],
    ['les 6 et 7 juin 2024', '2024-06-06', '2024-06-07', '6 et 7 juin 2024'],
  ])('reads %p', (text, startDate, endDate, evidence) => {
    expect(range(text)).toEqual([{ startDate, endDate, evidence }]);
  });

  it.each([
    'du 10 au 21 novembre',
    'de juillet à décembre 2023',
    'entre décembre 2022 et mai 2023',
    'du 30 au 31 février 2025',
  ])('leaves out %p', (text) => expect(range(text)).toEqual([]));

  it('fills the dates of the operation, not those of the release', () => {
    const found = fields('LYON (France), 2 décembre 2025 – L’opération s’est déroulée du 10 au 21 novembre 2025.');
    expect(found.startDate).toEqual({ value: '2025-11-10', evidence: 'du 10 au 21 novembre 2025' });
    expect(found.endDate?.value).toBe('2025-11-21');
  });

  it('never reads the digits of a single date as a figure', () => {
    expect(fields('Le 2 décembre 2025, des agents ont été déployés.').officers).toBeUndefined();
    expect(fields('Depuis décembre 2025 policiers et douaniers ont participé.').officers).toBeUndefined();
  });
});

describe('French codename, agency and headquarters', () => {
  it.each([
    ["Des polices de 40 pays ont pris part à l'opération Liberterra III, menée en novembre.", 'Liberterra III'],
    ['Opération Pangea XVI : les résultats. L’Opération Pangea XVI a visé les pharmacies.', 'Pangea XVI'],
    ["Baptisée Serengeti, l'opération visait les rançongiciels.", 'Serengeti'],
    ['Neuf polices ont pris part à Faucon Gris, une opération contre le trafic de bois.', 'Faucon Gris'],
    ['La gendarmerie a participé à Sable-Rouge, une action régionale de contrôle.', 'Sable-Rouge'],
    ["C'est la quatrième édition des Coastal Watch Days, une campagne annuelle.", 'Coastal Watch Days'],
    ['Une action de police, nom de code Aigle Noir, a été menée.', 'Aigle Noir'],
    ['Une opération intitulée « Marée Haute » a été lancée.', 'Marée Haute'],
    ['Cent pays ont participé à Thunder 2023, une opération mondiale.', 'Thunder 2023'],
    ["Les polices ont mené l'opération mondiale Pangea XVII.", 'Pangea XVII'],
    ["L'opération « Pangea XVI » a été menée.", 'Pangea XVI'],
  ])('reads the codename in %p', (text, value) => expect(fields(text).codename?.value).toBe(value));

  it.each(['Jeudi, une opération a été menée.', 'Les brigades ont participé à Marseille à une opération.'])(
    'reads no codename from a day or a place before an operation in %p',
    (text) => expect(fields(text).codename).toBeUndefined()
  );

  it('reads no codename from an agency named after the word', () => {
    expect(fields("L'opération INTERPOL a duré deux semaines.").codename).toBeUndefined();
  });

  it.each([
    ["L'opération a été coordonnée par INTERPOL avec le soutien d'AFRIPOL.", 'INTERPOL'],
    ["Menée par Europol, l'action a associé INTERPOL et Frontex.", 'Europol'],
    ["L'action s'est déroulée sous l'égide d'Europol, avec INTERPOL.", 'Europol'],
    ["Sous la coordination de Frontex, en lien avec Europol, l'action a eu lieu.", 'Frontex'],
    ["À l'initiative d'INTERPOL, Europol s'est associé à l'action.", 'INTERPOL'],
    ["INTERPOL a coordonné l'opération, qu'Europol a soutenue.", 'INTERPOL'],
    ["L'action, a indiqué Europol, qui a coordonné les échanges avec INTERPOL, a réussi.", 'Europol'],
    ["L'opération a été coordonnée depuis le siège d'Europol, avec l'appui d'Eurojust.", 'Europol'],
    ["Chapeautée par AMERIPOL, l'action a couvert neuf pays.", 'AMERIPOL'],
    ["Sous l'impulsion d'ASEANAPOL, les polices ont coopéré.", 'ASEANAPOL'],
    ["INTERPOL et ses partenaires ont mené des contrôles, sous la coordination d'AFRIPOL.", 'AFRIPOL'],
  ])('reads the agency that led in %p', (text, value) => expect(fields(text).agency?.value).toBe(value));

  it.each([
    'La société écran avait son siège à Dubaï, où les fonds ont été transférés.',
    'Le réseau était piloté depuis Dubaï par un ressortissant étranger.',
    'Le trafic était dirigé depuis Dubaï, selon les enquêteurs.',
  ])('takes no headquarters from a criminal network in %p', (text) => {
    expect(fields(text).headquarters).toBeUndefined();
  });

  it.each([
    [
      "LYON, France, 8 juin 2021 – Quatre-vingt-douze pays ont participé.\n\nÀ propos d'INTERPOL\nINTERPOL, dont le secrétariat général se trouve à Lyon, compte 194 pays membres.",
      'Lyon, France',
    ],
    [
      "LA HAYE, 6 mai 2024 – Quatorze pays ont participé.\n\nÀ propos d'Europol\nEuropol, installée à La Haye, appuie les services répressifs.",
      'La Haye',
    ],
  ])('reads a dated dateline the boilerplate seat confirms in %p', (text, value) =>
    expect(fields(text).headquarters?.value).toBe(value)
  );

  it.each([
    // the boilerplate names another seat, or none: the dated dateline is the press office's
    "LYON (France), 29 octobre 2025 – INTERPOL a coordonné l'action.\n\nÀ propos d'AFRIPOL\nAFRIPOL a son siège à Alger.",
    "LYON (France), 29 octobre 2025 – INTERPOL a coordonné l'action dans sept pays.",
  ])('takes no dated dateline on its own in %p', (text) => expect(fields(text).headquarters).toBeUndefined());

  it.each([
    "L'opération, menée conjointement par INTERPOL et l'OMD, a réussi.",
    "INTERPOL et l'Organisation mondiale des douanes ont conduit l'action ensemble dans 40 pays.",
    "Europol et l'OMD ont conjointement coordonné l'enquête.",
    "L'Organisation mondiale des douanes et INTERPOL ont piloté les contrôles.",
    "L'action a été dirigée par l'Organisation mondiale des douanes et INTERPOL.",
    "L'action a été dirigée par l'Organisation internationale de police criminelle et l'OMD.",
  ])('reads no agency when two led it together: %p', (text) => {
    expect(fields(text).agency).toBeUndefined();
  });

  it.each([
    "La police ghanéenne a démantelé le réseau avec le soutien d'Europol.",
    'Appuyée par INTERPOL, la gendarmerie a mené les contrôles.',
    'En étroite collaboration avec Frontex, les garde-côtes ont intercepté deux navires.',
    "Les douanes ont agi grâce au concours opérationnel de l'OMD.",
  ])('reads no agency from one named only as lending support: %p', (text) => {
    expect(fields(text).agency).toBeUndefined();
  });

  it('reads the lead, not the agency that supported it', () => {
    const text = "Coordonnée par AFRIPOL avec l'appui d'INTERPOL, l'action a visé les trafiquants d'armes.";
    expect(fields(text).agency?.value).toBe('AFRIPOL');
  });

  it.each([
    ["Europol a coordonné l'action depuis son siège de La Haye.", 'La Haye', 'son siège de La Haye'],
    ["INTERPOL a coordonné l'action depuis son siège à Lyon (France).", 'Lyon, France', 'son siège à Lyon (France)'],
    [
      "L'action a été pilotée depuis un centre de coordination installé à Lisbonne.",
      'Lisbonne',
      'centre de coordination installé à Lisbonne',
    ],
    ["L'opération disposait d'un centre opérationnel de Varsovie.", 'Varsovie', 'centre opérationnel de Varsovie'],
    ['Un poste de commandement à Dakar a coordonné les équipes.', 'Dakar', 'poste de commandement à Dakar'],
    ["L'opération a été coordonnée depuis Lyon.", 'Lyon', 'coordonnée depuis Lyon'],
    ["Frontex a piloté l'opération depuis Varsovie.", 'Varsovie', "piloté l'opération depuis Varsovie"],
    [
      'Les contrôles ont été coordonnés en temps réel depuis Lisbonne.',
      'Lisbonne',
      'coordonnés en temps réel depuis Lisbonne',
    ],
    ['Les données ont été croisées au siège de Frontex à Varsovie.', 'Varsovie', 'siège de Frontex à Varsovie'],
    [
      "Une salle de commandement installée au siège d'Europol à La Haye a suivi les contrôles.",
      'La Haye',
      "salle de commandement installée au siège d'Europol à La Haye",
    ],
    [
      "Elle a été coordonnée par INTERPOL depuis son Complexe mondial pour l'innovation, à Singapour.",
      'Singapour',
      "Complexe mondial pour l'innovation, à Singapour",
    ],
    [
      "L'opération a été pilotée depuis un centre de coordination installé à Abidjan (Côte d'Ivoire).",
      "Abidjan, Côte d'Ivoire",
      "centre de coordination installé à Abidjan (Côte d'Ivoire)",
    ],
    [
      "Le Bureau régional d'INTERPOL pour l'Afrique de l'Est, à Nairobi, a coordonné l'opération.",
      'Nairobi',
      "Bureau régional d'INTERPOL pour l'Afrique de l'Est, à Nairobi",
    ],
    [
      'Vingt-six pays ont participé, a indiqué Europol, qui a coordonné les activités depuis son siège de La Haye (Pays-Bas).',
      'La Haye, Pays-Bas',
      'son siège de La Haye (Pays-Bas)',
    ],
  ])('reads the headquarters in %p', (text, value, evidence) => {
    expect(fields(text).headquarters).toEqual({ value, evidence });
  });

  it.each([
    ['LYON (France) – Des policiers de 30 pays ont participé.', 'Lyon, France', 'LYON (France)'],
    ['LYON, France – Des policiers de 30 pays ont participé.', 'Lyon, France', 'LYON, France'],
    ['LA HAYE – Des policiers de 30 pays ont participé.', 'La Haye', 'LA HAYE'],
  ])('reads the dateline of %p', (text, value, evidence) => {
    expect(fields(text).headquarters).toEqual({ value, evidence });
  });

  it.each([
    'LYON (France), 2 décembre 2025 – Des policiers de 30 pays ont participé.',
    'LYON (France), le 1er décembre 2025 – Des policiers de 30 pays ont participé.',
    'SINGAPOUR, 19 décembre 2023 – Des policiers de 30 pays ont participé.',
  ])('takes no headquarters from the dated dateline %p', (text) => {
    expect(fields(text).headquarters).toBeUndefined();
  });

  it.each([
    '« Nous frappons fort », a souligné Jean Dupont, responsable, depuis le complexe mondial pour l’innovation de Singapour.',
    '« Nous frappons fort », a déclaré Jean Dupont, directeur, depuis le siège d’INTERPOL à Lyon.',
  ])('takes no headquarters from where a quoted speaker spoke: %p', (text) => {
    expect(fields(text).headquarters).toBeUndefined();
  });

  it('reads a French release as French and fills it', () => {
    const release = `Opération Aube Grise : 3 744 arrestations dans 119 pays

LYON (France) – Les services de police de 119 pays ont participé à l'opération Aube Grise, coordonnée par INTERPOL du 10 au 21 novembre 2025. Près de 14 000 policiers ont été mobilisés. Au total, 3 744 personnes ont été interpellées et au moins 720 nouvelles enquêtes ont été ouvertes.`;
    const found = extractRelease(release, { locale: 'fr' });
    expect(found.language).toBe('fr');
    expect(found.fields).toMatchObject({
      countries: { value: 119, qualifier: 'exact' },
      officers: { value: 14000, qualifier: 'approximately', evidence: 'Près de 14 000 policiers' },
      arrests: { value: 3744, qualifier: 'exact' },
      investigationsOpened: { value: 720, qualifier: 'atLeast' },
      startDate: { value: '2025-11-10' },
      endDate: { value: '2025-11-21' },
      agency: { value: 'INTERPOL' },
      headquarters: { value: 'Lyon, France', evidence: 'LYON (France)' },
      codename: { value: 'Aube Grise' },
    });
  });
});
