import * as React from 'react';
import { screen } from '@testing-library/react';
import { GlanceContent, GlancePanel } from '../../admin/src/components/GlancePanel';
import { renderInForm } from './render';
import { LIBERTERRA_FORM_VALUES } from '../helpers/liberterra-form';

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
    expect(warnings).toContain('Victims identified has the qualifier “upTo” but no value.');
    expect(screen.getByTestId('glance-duration').textContent).toBe('Set the start and end dates');
    expect(screen.getByTestId('glance-victimsPerArrest').textContent).toBe('—');
  });

  it('speaks French in a French admin', () => {
    renderInForm(<GlanceContent />, { values: liberterra, locale: 'fr' });
    expect(screen.getByTestId('glance-headline').textContent).toMatch(/^3\s744 arrestations dans 119 pays$/);
    expect(screen.getByTestId('glance-duration').textContent).toMatch(/^12 jours · /);
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
