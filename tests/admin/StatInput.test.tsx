import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { Form, useForm } from '@strapi/strapi/admin';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import * as yup from 'yup';
import { StatInput } from '../../admin/src/components/StatInput';
import en from '../../admin/src/translations/en.json';
import { renderInForm } from './render';
import { STAT_MAX } from '../../shared/stats';
import { localizeReportEditLayout } from '../../admin/src/components/FieldHelp';
// The Content Manager's own hint maker: the attribute's min/max, then the field's description.
import { useFieldHint } from '../../node_modules/@strapi/content-manager/dist/admin/pages/EditView/components/InputRenderer.mjs';

const input = () => screen.getByRole('textbox') as HTMLInputElement;

describe('StatInput', () => {
  it('shows the stored integer grouped in the admin locale, with the reader rendering', () => {
    renderInForm(<StatInput name="officers" label="Officers" />, {
      values: { officers: 14000, officersQualifier: 'approximately' },
    });
    expect(input().value).toBe('14,000');
    expect(screen.getByTestId('officers-preview').textContent).toBe('~14,000');
    expect(screen.getByText('Officers')).toBeTruthy();
  });

  it('groups the German way for a German admin', () => {
    renderInForm(<StatInput name="arrests" label="Festnahmen" />, { values: { arrests: 3744 }, locale: 'de' });
    expect(input().value).toBe('3.744');
  });

  it.each([
    ['-5', 'A figure cannot be negative.'],
    ['14.5', 'Enter a whole number: figures are never rounded.'],
    ['3000000000', 'This figure is larger than 2,147,483,647.'],
  ])('shows an inline error for %s before any save', (typed, message) => {
    renderInForm(<StatInput name="arrests" label="Arrests" />, { values: { arrests: 10 } });
    fireEvent.change(input(), { target: { value: typed } });
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('accepts 14,000 and 14 000 as 14000, shown in the preview', () => {
    renderInForm(<StatInput name="arrests" label="Arrests" />, { values: { arrests: null } });
    fireEvent.change(input(), { target: { value: '14 000' } });
    expect(screen.getByTestId('arrests-preview').textContent).toBe('14,000');
    fireEvent.change(input(), { target: { value: '1,234' } });
    expect(screen.getByTestId('arrests-preview').textContent).toBe('1,234');
  });

  it('shows its hint, marks itself required, and shows a server error from the form', () => {
    renderInForm(<StatInput name="arrests" label="Arrests" hint="As announced" required />, { values: { arrests: 1 } });
    expect(screen.getByText('As announced')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Arrests/ }).getAttribute('aria-required')).toBe('true');
  });

  it('writes the qualifier to the sibling field and renders the total accordingly', () => {
    renderInForm(<StatInput name="investigationsOpened" label="Investigations" />, {
      values: { investigationsOpened: 720, investigationsOpenedQualifier: 'atLeast' },
    });
    expect(screen.getByTestId('investigationsOpened-preview').textContent).toBe('720+');
    expect(screen.getByRole('combobox', { name: 'Qualifier of Investigations' }).textContent).toContain('at least');
  });

  it('is labelled for screen readers, qualifier included, and can be disabled', () => {
    renderInForm(<StatInput name="arrests" label="Arrests" disabled />, { values: { arrests: 1 } });
    expect(screen.getByRole('textbox', { name: 'Arrests' })).toBeTruthy();
    expect(screen.getByLabelText('Qualifier of Arrests')).toBeTruthy();
    expect(input().disabled).toBe(true);
  });
});

/** The form's live values, as the Content Manager would send them. */
function FormValues() {
  const values = useForm('FormValues', (state) => state.values);
  return <pre data-testid="form-values">{JSON.stringify(values)}</pre>;
}
const formValues = () => JSON.parse(screen.getByTestId('form-values').textContent ?? '{}') as Record<string, unknown>;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe('StatInput never changes a number', () => {
  const groupingError = (example: string, plain: string) =>
    `This does not read as one whole number: check the separators and write ${example} or ${plain}.`;

  it.each(['1 234,5', '1,23', '1,2,3', '1.234.567'])(
    'refuses %p in English inline, keeps the text as typed and leaves no number in the form',
    (typed) => {
      renderInForm(
        <>
          <StatInput name="arrests" label="Arrests" />
          <FormValues />
        </>,
        { values: { arrests: 10 } }
      );
      type(typed);
      expect(screen.getByText(groupingError('1,234,567', '1234567'))).toBeTruthy();
      expect(input().value).toBe(typed);
      // The text goes into the form as typed: never 12345, 123 or the 10 it held before.
      expect(formValues().arrests).toBe(typed);
      expect(screen.getByTestId('arrests-preview').textContent).toBe('');
      fireEvent.blur(input());
      expect(input().value).toBe(typed);
    }
  );

  it('reads 1,234,567 in English, shows it grouped, and clears the error once the figure reads well', () => {
    renderInForm(
      <>
        <StatInput name="arrests" label="Arrests" />
        <FormValues />
      </>,
      { values: { arrests: null } }
    );
    type('1,23');
    expect(screen.getByText(groupingError('1,234,567', '1234567'))).toBeTruthy();
    type('1,234,567');
    expect(screen.queryByText(/does not read as one whole number/)).toBeNull();
    expect(formValues().arrests).toBe(1234567);
    expect(screen.getByTestId('arrests-preview').textContent).toBe('1,234,567');
  });

  it('reads 14 000 in a French admin (any space), refuses the English comma, in French', () => {
    renderInForm(
      <>
        <StatInput name="arrests" label="Interpellations" />
        <FormValues />
      </>,
      { values: { arrests: null }, locale: 'fr' }
    );
    for (const typed of ['14 000', '14\u00a0000', '14\u202f000']) {
      type(typed);
      expect(formValues().arrests).toBe(14000);
    }
    type('1,234');
    expect(screen.getByText('Saisissez un nombre entier : les chiffres ne sont jamais arrondis.')).toBeTruthy();
    expect(formValues().arrests).toBe('1,234');
    type('1.234');
    expect(
      screen.getByText(
        'Ce texte ne se lit pas comme un seul nombre entier : vérifiez les séparateurs et écrivez 1\u202f234\u202f567 ou 1234567.',
        // The example is printed with French narrow no-break spaces: compare them as they are.
        { normalizer: (text) => text }
      )
    ).toBeTruthy();
  });

  it.each([
    ['de', '14.000', 14000, '1,234'],
    ['es', '1.234.567', 1234567, '1.23'],
    ['ar', '١٤٬٠٠٠', 14000, '١٬٢٣'],
  ])('in %s reads %p as %i and refuses %p', (locale, good, value, bad) => {
    renderInForm(
      <>
        <StatInput name="arrests" label="Arrests" />
        <FormValues />
      </>,
      { values: { arrests: null }, locale }
    );
    type(good);
    expect(formValues().arrests).toBe(value);
    type(bad);
    expect(formValues().arrests).toBe(bad);
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a form validated as the Content Manager validates it from submitting the text', async () => {
    const onSubmit = jest.fn();
    // The Content Manager checks an integer attribute with yup.number() before it saves.
    const schema = yup.object({ arrests: yup.number().nullable() });
    render(
      <MemoryRouter>
        <IntlProvider locale="en" messages={en} defaultLocale="en">
          <DesignSystemProvider locale="en">
            <Form method="PUT" initialValues={{ arrests: 10 }} validationSchema={schema} onSubmit={onSubmit}>
              {() => (
                <>
                  <StatInput name="arrests" label="Arrests" />
                  <button type="submit">Save</button>
                </>
              )}
            </Form>
          </DesignSystemProvider>
        </IntlProvider>
      </MemoryRouter>
    );
    type('1 234,5');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    // The editor's words stay in front, not yup's.
    expect(screen.getByText(groupingError('1,234,567', '1234567'))).toBeTruthy();

    type('1,234,567');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({ arrests: 1234567 });
  });
});

describe('StatInput columns', () => {
  const columnsOf = (name: string) => screen.getByTestId(`${name}-columns`);

  it('puts the number, the qualifier select and the preview in the same fixed columns in every stat field', () => {
    renderInForm(
      <>
        <StatInput name="officers" label="Officers" />
        <StatInput name="arrests" label="Arrests" />
      </>,
      { values: { officers: 14000, officersQualifier: 'approximately', arrests: 7 } }
    );
    const officers = getComputedStyle(columnsOf('officers'));
    const arrests = getComputedStyle(columnsOf('arrests'));
    expect(officers.display).toBe('grid');
    // A fixed width for the select, the rest for the preview: no column sized by its content.
    expect(officers.gridTemplateColumns).toBe('17rem minmax(0, 1fr)');
    expect(officers.gridTemplateAreas.replace(/["']/g, "'").replace(/\s+/g, ' ')).toBe(
      "'value value' 'qualifier preview'"
    );
    expect(arrests.gridTemplateColumns).toBe(officers.gridTemplateColumns);
    expect(arrests.gridTemplateAreas).toBe(officers.gridTemplateAreas);

    const areaOf = (element: HTMLElement) => {
      let cell: HTMLElement | null = element;
      while (cell && cell.parentElement !== columnsOf('officers')) cell = cell.parentElement;
      return cell ? getComputedStyle(cell).gridArea.split(' ')[0] : null;
    };
    expect(areaOf(screen.getByRole('textbox', { name: /Officers/ }))).toBe('value');
    expect(areaOf(screen.getByRole('combobox', { name: 'Qualifier of Officers' }))).toBe('qualifier');
    const preview = screen.getByTestId('officers-preview');
    expect(areaOf(preview)).toBe('preview');
    expect(preview.textContent).toBe('~14,000');
  });

  it('keeps the preview clear of the card edge and wraps it rather than overflowing', () => {
    renderInForm(<StatInput name="officers" label="Officers" />, { values: { officers: 14000 } });
    const cell = screen.getByTestId('officers-preview').parentElement as HTMLElement;
    const style = getComputedStyle(cell);
    expect(style.getPropertyValue('padding-inline-end')).toBe('8px');
    expect(style.getPropertyValue('overflow-wrap')).toBe('anywhere');
    expect(style.minWidth).toBe('0');
  });
});

type Field = { name: string; hint?: React.ReactNode; attribute: Record<string, unknown> };

const statField = (hint?: string): Field => ({
  name: 'arrests',
  hint,
  attribute: { type: 'integer', customField: 'plugin::operation-reports.stat', min: 0, max: STAT_MAX },
});

/** Renders the field as the edit view does: layout hook, then the CM's useFieldHint, then the input. */
function EditViewStat({ field }: { field: Field }) {
  const [[[hooked]]] = localizeReportEditLayout({ layout: { layout: [[[field]]] } }).layout.layout as Field[][][];
  const hint = useFieldHint(hooked.hint, hooked.attribute);
  return <StatInput name={hooked.name} label="Arrests" hint={hint} />;
}

describe('StatInput hint', () => {
  it('shows no schema min/max under a figure in the edit view', () => {
    const { container } = renderInForm(<EditViewStat field={statField()} />, { values: { arrests: 5 } });
    expect(container.textContent).not.toMatch(/min\.|max\.|2147483647/);
  });

  it("keeps an editor's own description, and only that", () => {
    renderInForm(<EditViewStat field={statField('As announced by the agency')} />, { values: { arrests: 5 } });
    const hint = screen.getByText('As announced by the agency');
    expect(hint.textContent).toBe('As announced by the agency');
  });

  it('the same field without the hook gets the raw limits (what the hook removes)', () => {
    function Raw() {
      const field = statField();
      return <StatInput name="arrests" label="Arrests" hint={useFieldHint(field.hint, field.attribute)} />;
    }
    const { container } = renderInForm(<Raw />, { values: { arrests: 5 } });
    expect(container.textContent).toContain('max. 2147483647');
  });
});
