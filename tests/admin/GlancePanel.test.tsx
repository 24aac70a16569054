import * as React from 'react';
import { screen } from '@testing-library/react';
import { renderInForm } from './render';
import { LIBERTERRA_FORM_VALUES } from '../helpers/liberterra-form';

// The panel's previous-edition part asks the server only for a form with a code name or series:
// these forms have none (tests/admin/PreviousEdition.test.tsx covers that part).
const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get }),
}));

// Imported after the mock so the panel sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { GlanceContent, GlancePanel } from '../../admin/src/components/GlancePanel';

const liberterra = LIBERTERRA_FORM_VALUES;

describe('At a glance panel', () => {
  it('shows the duration, the headline and the ratios from the form', () => {
    renderInForm(<GlanceContent />, { values: liberterra });
    expect(screen.getByTestId('glance-duration').textContent).toMatch(/^12 days · Nov 10–21, 2025$/);
    expect(screen.getByTestId('glance-headline').textContent).toBe('3,744 arrests across 119 countries');
    expect(screen.getByTestId('glance-arrestsPerCountry').textContent).toBe('31.5');
    expect(screen.getByTestId('glance-victimsPerArrest').textContent).toBe('1.18');
    expect(screen.getByText('No problems found')).toBeTruthy();
  });

  it('lists the data-quality warnings', () => {
    renderInForm(<GlanceContent />, {
      values: {
        ...liberterra,
        sources: [],
        endDate: '2025-11-01',
        figuresStatus: 'preliminary',
        arrests: null,
        victimsIdentified: null,
        victimsIdentifiedQualifier: 'upTo',
      },
    });
    const warnings = screen.getByTestId('glance-warnings').textContent;
    expect(warnings).toContain('No source');
    expect(warnings).toContain('end date is before the start date');
    expect(warnings).toContain('preliminary');
    expect(warnings).toContain('Arrests is empty.');
    // The qualifier in the editor's words, never its API name (`upTo`).
    expect(warnings).toContain('Victims identified has the qualifier “up to” but no value.');
    expect(screen.getByTestId('glance-duration').textContent).toBe('Set the start and end dates');
    expect(screen.getByTestId('glance-victimsPerArrest').textContent).toBe('—');
  });

  it('speaks French in a French admin: numbers grouped with U+202F, French qualifier words and dates', () => {
    renderInForm(<GlanceContent />, { values: { ...liberterra, arrestsQualifier: 'moreThan' }, locale: 'fr' });
    // Intl groups French numbers with the narrow no-break space U+202F, and the plugin keeps it.
    expect(screen.getByTestId('glance-headline').textContent).toBe('plus de 3\u202F744 arrestations dans 119 pays');
    expect(screen.getByTestId('glance-duration').textContent).toBe('12 jours · 10–21 nov. 2025');
    expect(screen.getByTestId('glance-arrestsPerCountry').textContent).toBe('31,5');
    expect(screen.getByText('Aucun problème')).toBeTruthy();
  });

  it('names a qualifier on an empty figure in French', () => {
    renderInForm(<GlanceContent />, {
      values: { ...liberterra, victimsIdentified: null, victimsIdentifiedQualifier: 'atLeast' },
      locale: 'fr',
    });
    expect(screen.getByTestId('glance-warnings').textContent).toBe(
      'Victimes identifiées a le qualificatif « au moins » mais aucune valeur.'
    );
  });

  it('only appears on operation reports', () => {
    const Probe = ({ model }: { model: string }) => {
      const panel = GlancePanel({ model });
      return <span>{panel ? panel.title : 'none'}</span>;
    };
    renderInForm(<Probe model="api::article.article" />);
    expect(screen.getByText('none')).toBeTruthy();
  });
});
