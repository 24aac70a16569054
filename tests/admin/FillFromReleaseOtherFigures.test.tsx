import { fireEvent, screen, waitFor, within } from '@testing-library/react';

const post = jest.fn();
const toggleNotification = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post }),
  useNotification: () => ({ toggleNotification }),
}));

// Imported after the mock so the dialog sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { findFigures, formValues, message, openDialog } from './fill-harness';
// eslint-disable-next-line import/first
import { formatMetric, metricInRows, readAdditionalStats } from '../../admin/src/utils/releaseMetrics';
// eslint-disable-next-line import/first
import { readReleaseLanguage } from '../../admin/src/utils/release';

/*
 * Issue 14 in the dialog: the edit view's locale sent as a hint, the line
 * saying which language the release was read in, and the figures beyond the
 * six ("Other figures"), added as new rows of the report's `additionalStats`.
 */

const RELEASE = [
  'Opération Pangea XVI : 72 arrestations dans 89 pays',
  "Les services de 89 pays ont participé à l'opération, qui a abouti à 72 arrestations.",
  "Les produits saisis représentent une valeur d'environ 7 millions de dollars américains.",
  'Les enquêteurs ont fait fermer plus de 1 300 sites web.',
  'Les douaniers ont saisi 2,5 tonnes de comprimés et au moins 850 kg de poudre.',
].join('\n');

const span = (evidence: string) => {
  if (!RELEASE.includes(evidence)) throw new Error(`not in the release: ${evidence}`);
  return evidence;
};

const MONEY = {
  label: 'médicaments illicites',
  value: 7000000,
  unit: 'USD',
  qualifier: 'approximately',
  evidence: span("valeur d'environ 7 millions de dollars américains"),
};
const WEBSITES = {
  label: 'sites web fermés',
  value: 1300,
  unit: null,
  qualifier: 'moreThan',
  evidence: span('fermer plus de 1 300 sites web'),
};
const PILLS = {
  label: 'comprimés saisis',
  value: 2.5,
  unit: 't',
  qualifier: 'exact',
  evidence: span('2,5 tonnes de comprimés'),
};
const POWDER = {
  label: 'poudre saisie',
  value: 850,
  unit: 'kg',
  qualifier: 'atLeast',
  evidence: span('au moins 850 kg de poudre'),
};

/** The server's answer for RELEASE: two fields, four other figures. */
const answer = (over: Record<string, unknown> = {}) => ({
  data: {
    data: {
      language: 'fr',
      languageSource: 'text',
      fields: {
        countries: { value: 89, qualifier: 'exact', evidence: span('89 pays') },
        arrests: { value: 72, qualifier: 'exact', evidence: span('72 arrestations') },
      },
      additionalStats: [MONEY, WEBSITES, PILLS, POWDER],
      ...over,
    },
  },
});

const FRENCH_LOCALE = '/content-manager/collection-types/x/abc?plugins[i18n][locale]=fr';

const ticked = (key: string) =>
  within(screen.getByTestId(`fill-release-row-${key}`))
    .getByRole('checkbox')
    .getAttribute('aria-checked');

/** The dialog open in admin language `admin`, the release found with the server answering `body`. */
async function found(body: unknown, admin = 'en', values: Record<string, unknown> = {}, url = FRENCH_LOCALE) {
  post.mockResolvedValue(body);
  await openDialog(values, admin, url);
  await findFigures(RELEASE);
  // The outcome: the proposals with their count, or the "nothing found" box.
  await waitFor(() =>
    expect(screen.queryByTestId('fill-release-count') ?? screen.queryByTestId('fill-release-empty')).toBeTruthy()
  );
}

beforeEach(() => {
  post.mockReset();
  toggleNotification.mockReset();
});

describe('the release language', () => {
  it("sends the edit view's locale with the text", async () => {
    await found(answer());
    expect(post).toHaveBeenCalledWith('/operation-reports/extract', { text: RELEASE, locale: 'fr' });
  });

  it('sends the text alone when the edit view names no locale (i18n off)', async () => {
    await found(answer(), 'en', {}, '/content-manager/collection-types/x/abc');
    expect(post).toHaveBeenCalledTimes(1);
    expect(post.mock.calls[0][1]).toEqual({ text: RELEASE });
  });

  it.each([
    ['en', 'text', 'fr', 'Read as French'],
    ['fr', 'text', 'fr', 'Lu en français'],
    ['es', 'text', 'fr', 'Leído en francés'],
    ['en', 'hint', 'es', "Read as Spanish, from this locale's language"],
    ['fr', 'hint', 'es', "Lu en espagnol, d'après la langue de cette locale"],
    ['es', 'hint', 'es', 'Leído en español, según el idioma de esta configuración regional'],
    ['en', 'default', 'en', 'Read as English by default: the text does not show its language'],
    ['fr', 'default', 'en', 'Lu en anglais par défaut : le texte ne laisse pas voir sa langue'],
    ['es', 'default', 'en', 'Leído en inglés por defecto: el texto no deja ver su idioma'],
  ])('in a %s admin, a language read from the %s (%s) says "%s"', async (admin, source, language, line) => {
    await found(answer({ language, languageSource: source }), admin);
    expect(screen.getByTestId('fill-release-language').textContent).toBe(line);
  });

  it('is said when nothing was found too', async () => {
    await found(answer({ fields: {}, additionalStats: [] }), 'es');
    const empty = screen.getByTestId('fill-release-empty');
    expect(within(empty).getByTestId('fill-release-language').textContent).toBe('Leído en francés');
  });

  it('is not said by a server that does not say it', async () => {
    await found(answer({ language: undefined, languageSource: undefined }));
    expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy();
    expect(screen.queryByTestId('fill-release-language')).toBeNull();
    expect(readReleaseLanguage({ data: { language: 'de', languageSource: 'text' } })).toBeNull();
    expect(readReleaseLanguage({ data: { language: 'es', languageSource: 'guess' } })).toEqual({
      language: 'es',
      source: 'text',
    });
  });
});

describe('other figures', () => {
  it('lists each proposal with its label, its value in the admin’s locale with its unit and mark, and its words', async () => {
    await found(answer());
    const section = screen.getByTestId('fill-release-others');
    expect(within(section).getByRole('heading', { name: 'Other figures' })).toBeTruthy();
    const rows = within(section)
      .getAllByTestId(/^fill-release-row-/)
      .map((row) => row.dataset.testid);
    expect(rows).toEqual([
      'fill-release-row-other-0',
      'fill-release-row-other-1',
      'fill-release-row-other-2',
      'fill-release-row-other-3',
    ]);
    expect(screen.getByRole('checkbox', { name: 'médicaments illicites' })).toBeTruthy();
    const values = [0, 1, 2, 3].map((i) => screen.getByTestId(`fill-release-value-other-${i}`).textContent);
    expect(values).toEqual(['~$7,000,000', '>1,300', '2.5\u00a0t', '850+\u00a0kg']);
    expect(screen.getByTestId('fill-release-value-other-0').getAttribute('title')).toBe('approximately $7,000,000');
    const evidence = screen.getByTestId('fill-release-evidence-other-1');
    expect(evidence.querySelector('mark')?.textContent).toBe('fermer plus de 1 300 sites web');
    expect(evidence.textContent).toContain('Les enquêteurs ont fait fermer plus de 1 300 sites web.');
    // The six and the others are counted together, all ticked on an empty form.
    expect(screen.getByTestId('fill-release-count').textContent).toBe('6 of 6 selected');
    expect([0, 1, 2, 3].map((i) => ticked(`other-${i}`))).toEqual(['true', 'true', 'true', 'true']);
  });

  it('writes the values the French way in a French admin', async () => {
    await found(answer(), 'fr');
    expect(screen.getByRole('heading', { name: 'Autres chiffres' })).toBeTruthy();
    const french = [0, 1, 2, 3].map((i) => screen.getByTestId(`fill-release-value-other-${i}`).textContent);
    expect(french).toEqual(['~7\u202f000\u202f000\u00a0$US', '>1\u202f300', '2,5\u00a0t', '850+\u00a0kg']);
    expect(screen.getByTestId('fill-release-value-other-0').getAttribute('title')).toBe(
      'environ 7\u202f000\u202f000\u00a0$US'
    );
  });

  it('writes them the Spanish way in a Spanish admin', async () => {
    await found(answer(), 'es');
    expect(screen.getByRole('heading', { name: 'Otras cifras' })).toBeTruthy();
    expect(screen.getByTestId('fill-release-value-other-0').textContent).toBe('~7.000.000\u00a0US$');
    expect(screen.getByTestId('fill-release-value-other-2').textContent).toBe('2,5\u00a0t');
    expect(screen.getByTestId('fill-release-count').textContent).toBe('6 seleccionados de 6');
  });

  it('leaves unticked, and marks, a proposal the report holds already (label in any case, value and unit)', async () => {
    const existing = [
      { id: 4, __temp_key__: 'a0', label: '  Sites Web fermés ', value: 1300, unit: null, qualifier: 'exact' },
      // Same label and value, another unit: another figure.
      { id: 5, __temp_key__: 'a1', label: 'Poudre saisie', value: 850, unit: 'g', qualifier: 'atLeast' },
      // The decimal as the form may hold it, as a string.
      { id: 6, __temp_key__: 'a2', label: 'comprimés saisis', value: '2.5', unit: 'T', qualifier: 'exact' },
    ];
    await found(answer(), 'en', { additionalStats: existing });
    expect([0, 1, 2, 3].map((i) => ticked(`other-${i}`))).toEqual(['true', 'false', 'false', 'true']);
    for (const i of [1, 2]) {
      expect(screen.getByTestId(`fill-release-same-other-${i}`).textContent).toBe('Already in the report');
    }
    expect(screen.queryByTestId('fill-release-same-other-0')).toBeNull();
    expect(screen.queryByTestId('fill-release-same-other-3')).toBeNull();
    expect(screen.getByTestId('fill-release-count').textContent).toBe('4 of 6 selected');
  });

  it('adds each ticked proposal as a new row, after the rows the report has, which stay as they were', async () => {
    const existing = [
      { id: 4, __temp_key__: 'a0', label: 'sites web fermés', value: 1300, unit: null, qualifier: 'moreThan' },
      { id: 9, __temp_key__: 'a1', label: 'Cash', value: 10, unit: 'EUR', qualifier: 'exact' },
    ];
    await found(answer(), 'en', { additionalStats: existing, arrests: 70, arrestsQualifier: 'exact' });
    // Unticked by the editor: not added.
    fireEvent.click(screen.getByRole('checkbox', { name: 'poudre saisie' }));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('3 of 6 selected');

    fireEvent.click(screen.getByTestId('fill-release-apply'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    const values = formValues();
    const rows = values.additionalStats as Record<string, unknown>[];
    expect(rows.slice(0, 2)).toEqual(existing);
    // The websites are in the report already: left unticked, not added twice.
    expect(rows.slice(2).map(({ __temp_key__: key, ...row }) => row)).toEqual([
      { label: 'médicaments illicites', value: 7000000, unit: 'USD', qualifier: 'approximately' },
      { label: 'comprimés saisis', value: 2.5, unit: 't', qualifier: 'exact' },
    ]);
    // Each new row has a key of its own, as the Content Manager's "Add an entry" gives it.
    const keys = rows.map((row) => row.__temp_key__);
    expect(new Set(keys).size).toBe(4);
    expect(keys.slice(2).every((key) => typeof key === 'string' && key !== '')).toBe(true);
    // The replaced-value rule of the six is untouched: arrests waited unticked.
    expect(values).toMatchObject({ arrests: 70, countries: 89, countriesQualifier: 'exact' });
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: '1 field filled and 2 other figures added — review and save',
    });
  });

  it('adds a counted thing without a unit, and says so when only other figures are applied', async () => {
    await found(answer({ fields: {}, additionalStats: [WEBSITES] }), 'fr');
    expect(screen.queryByTestId('fill-release-empty')).toBeNull();
    expect(screen.getByTestId('fill-release-count').textContent).toBe('1 sélectionné sur 1');
    fireEvent.click(screen.getByTestId('fill-release-apply'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const [row] = formValues().additionalStats as Record<string, unknown>[];
    expect(row).toEqual({
      label: 'sites web fermés',
      value: 1300,
      qualifier: 'moreThan',
      __temp_key__: row.__temp_key__,
    });
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: '1 autre chiffre ajouté — vérifiez puis enregistrez',
    });
  });

  it('says the applied counts in Spanish', async () => {
    await found(answer(), 'es');
    fireEvent.click(screen.getByTestId('fill-release-apply'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: '2 campos rellenados y 4 otras cifras añadidas — revise y guarde',
    });
    expect(message('es', 'fill.others.same')).toBe('Ya está en el informe');
  });

  it('are ticked and unticked with the others by Select all', async () => {
    await found(answer());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('0 of 6 selected');
    expect(ticked('other-3')).toBe('false');
    expect((screen.getByTestId('fill-release-apply') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getByTestId('fill-release-count').textContent).toBe('6 of 6 selected');
    expect(ticked('other-3')).toBe('true');
  });
});

describe('reading and writing other figures', () => {
  it('keeps well-formed proposals only', () => {
    const read = readAdditionalStats({
      data: {
        additionalStats: [
          MONEY,
          { ...WEBSITES, qualifier: 'roughly', unit: '  ' },
          { ...PILLS, value: -1 },
          { ...PILLS, value: Number.NaN },
          { ...PILLS, value: '2.5' },
          { ...PILLS, label: '   ' },
          { ...PILLS, label: 'x'.repeat(121) },
          { ...PILLS, unit: 'u'.repeat(41) },
          'seizures',
          { ...POWDER, evidence: undefined, extra: true },
        ],
      },
    });
    expect(read).toEqual([
      MONEY,
      // An unknown qualifier is read as exact; an empty unit as none.
      { ...WEBSITES, qualifier: 'exact', unit: null },
      { ...POWDER, evidence: '' },
    ]);
    expect(readAdditionalStats({ data: { additionalStats: null } })).toEqual([]);
    expect(readAdditionalStats(null)).toEqual([]);
  });

  it('finds an equal row whatever the case and spaces of its label and unit, never an empty value as 0', () => {
    const metric = { label: 'Seized cash', value: 0, unit: 'EUR', qualifier: 'exact' as const, evidence: '' };
    expect(metricInRows(metric, [{ label: 'seized CASH ', value: 0, unit: 'eur' }])).toBe(true);
    expect(metricInRows(metric, [{ label: 'seized cash', value: '', unit: 'EUR' }])).toBe(false);
    expect(metricInRows(metric, [{ label: 'seized cash', value: null, unit: 'EUR' }])).toBe(false);
    expect(metricInRows(metric, [{ label: 'seized cash', value: 0 }])).toBe(false);
    expect(metricInRows({ ...metric, unit: null }, [{ label: 'seized cash', value: 0, unit: '' }])).toBe(true);
    expect(metricInRows(metric, undefined)).toBe(false);
  });

  it('writes money with cents only when it has some, and places every mark as the six do', () => {
    expect(formatMetric(1250.5, 'EUR', 'exact', 'en')).toBe('€1,250.50');
    expect(formatMetric(7000000, 'EUR', 'atLeast', 'fr')).toBe('7\u202f000\u202f000+\u00a0€');
    expect(formatMetric(119, null, 'upTo', 'en')).toBe('≤119');
    expect(formatMetric(12000, 'L', 'exact', 'es')).toBe('12.000\u00a0L');
    // A unit Intl does not know as a currency is written after the number.
    expect(formatMetric(5, 'websites', 'exact', 'en')).toBe('5\u00a0websites');
  });
});
