import * as React from 'react';
import { screen } from '@testing-library/react';
import { localizeReportEditLayout } from '../../admin/src/components/FieldHelp';
import { renderInForm } from './render';

type Field = { name: string; hint?: React.ReactNode; attribute: Record<string, unknown> };

const stat: Field = { name: 'arrests', attribute: { type: 'integer', customField: 'plugin::operation-reports.stat' } };
const duration = (hint: string): Field => ({ name: 'durationDays', hint, attribute: { type: 'integer', min: 1 } });
const ENGLISH_HELP = 'Counted from the dates, both days included';

const run = (fields: Field[]) => {
  const value = { layout: { layout: [[fields]] }, query: {} };
  return localizeReportEditLayout(value).layout.layout[0][0] as Field[];
};

describe('the edit view layout hook', () => {
  it('shows the plugin’s help in the admin’s language', () => {
    const [, field] = run([stat, duration(ENGLISH_HELP)]);
    renderInForm(<>{field.hint}</>, { locale: 'fr' });
    expect(screen.getByText('Calculée à partir des dates, les deux jours inclus')).toBeTruthy();
  });

  it('shows it in English for an English admin', () => {
    const [, field] = run([stat, duration(ENGLISH_HELP)]);
    renderInForm(<>{field.hint}</>);
    expect(screen.getByText(ENGLISH_HELP)).toBeTruthy();
  });

  it('leaves help an editor wrote in "Configure the view" as written', () => {
    const [, field] = run([stat, duration('Jours calendaires')]);
    expect(field.hint).toBe('Jours calendaires');
  });

  it('drops the schema limits of the figures and the duration, nothing else', () => {
    const title: Field = { name: 'title', attribute: { type: 'string', minLength: 1, maxLength: 200 } };
    const [figure, days, kept] = run([
      { ...stat, attribute: { ...stat.attribute, min: 0, max: 9 } },
      duration(''),
      title,
    ]);
    expect(figure.attribute).not.toHaveProperty('max');
    expect(figure.attribute).not.toHaveProperty('min');
    expect(days.attribute).not.toHaveProperty('min');
    expect(kept).toBe(title);
  });

  it('leaves another content type’s layout untouched', () => {
    const other = { layout: { layout: [[[duration(ENGLISH_HELP)]]] } };
    expect(localizeReportEditLayout(other)).toBe(other);
  });
});
