import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { StatInput } from '../../admin/src/components/StatInput';
import { renderInForm } from './render';

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
