import * as React from 'react';
import { screen } from '@testing-library/react';
import { localizeReportEditLayout, localizeReportListHeaders } from '../../admin/src/components/FieldHelp';
import { rememberAdminStore } from '../../admin/src/hooks/adminLanguage';
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

  it('shows it in Spanish for a Spanish admin', () => {
    const [, field] = run([stat, duration(ENGLISH_HELP)]);
    renderInForm(<>{field.hint}</>, { locale: 'es' });
    expect(screen.getByText('Se calcula a partir de las fechas, ambos días incluidos')).toBeTruthy();
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

  it('drops the schema limits of every field, nothing else', () => {
    const title: Field = { name: 'title', attribute: { type: 'string', minLength: 1, maxLength: 200, required: true } };
    const plain: Field = { name: 'summary', attribute: { type: 'text' } };
    const [figure, days, titled, kept] = run([
      { ...stat, attribute: { ...stat.attribute, min: 0, max: 9 } },
      duration(''),
      title,
      plain,
    ]);
    expect(figure.attribute).not.toHaveProperty('max');
    expect(figure.attribute).not.toHaveProperty('min');
    expect(days.attribute).not.toHaveProperty('min');
    expect(titled.attribute).toEqual({ type: 'string', required: true });
    expect(kept).toBe(plain);
  });

  it('leaves another content type’s layout untouched', () => {
    const other = { layout: { layout: [[[duration(ENGLISH_HELP)]]] } };
    expect(localizeReportEditLayout(other)).toBe(other);
  });
});

describe('labels in the admin’s language, an editor’s own labels kept', () => {
  const REPORT_LIST = '/admin/content-manager/collection-types/plugin::operation-reports.operation-report';
  const speak = (locale: string) => rememberAdminStore()({ getState: () => ({ admin_app: { language: { locale } } }) });
  const labelled = (name: string, label: string): Field & { label: string } => ({
    name,
    label,
    attribute: { type: 'date' },
  });

  afterEach(() => {
    speak('en');
    window.history.pushState({}, '', '/admin');
  });

  it('gives the report’s fields and its components’ fields their French labels', () => {
    speak('fr');
    const value = {
      layout: {
        layout: [[[stat, labelled('startDate', 'Start date'), labelled('endDate', 'Fin')]]],
        components: { 'operation-reports.source': { layout: [[labelled('url', 'Web address')]] } },
      },
      query: {},
    };
    const out = localizeReportEditLayout(value).layout;
    const [, start, end] = out.layout[0][0] as (Field & { label: string })[];
    expect(start.label).toBe('Date de début');
    expect(end.label).toBe('Fin');
    expect((out.components['operation-reports.source'].layout[0][0] as { label: string }).label).toBe('Adresse web');
  });

  it('gives them their Spanish labels in a Spanish admin', () => {
    speak('es');
    const value = {
      layout: {
        layout: [[[stat, labelled('startDate', 'Start date'), labelled('additionalStats', 'Other figures')]]],
        components: { 'operation-reports.metric': { layout: [[labelled('label', 'What was counted')]] } },
      },
      query: {},
    };
    const out = localizeReportEditLayout(value).layout;
    const [, start, others] = out.layout[0][0] as (Field & { label: string })[];
    expect([start.label, others.label]).toEqual(['Fecha de inicio', 'Otras cifras']);
    expect((out.components['operation-reports.metric'].layout[0][0] as { label: string }).label).toBe('Qué se contó');
  });

  it('keeps the English labels for an English admin', () => {
    const value = { layout: { layout: [[[stat, labelled('startDate', 'Start date')]]] }, query: {} };
    const [, start] = localizeReportEditLayout(value).layout.layout[0][0] as (Field & { label: string })[];
    expect(start.label).toBe('Start date');
  });

  it('labels the crime area’s edit view too, found by its URL, and no other type', () => {
    speak('fr');
    const value = { layout: { layout: [[[labelled('name', 'Name')]]] }, query: {} };
    expect(localizeReportEditLayout(value)).toBe(value);
    window.history.pushState({}, '', '/admin/content-manager/collection-types/plugin::operation-reports.crime-area/x');
    expect((localizeReportEditLayout(value).layout.layout[0][0][0] as { label: string }).label).toBe('Nom');
  });

  it('turns the list’s untouched English headers into translations, and leaves renamed ones', () => {
    const headers = {
      displayedHeaders: [
        { name: 'startDate', label: 'Start date' },
        { name: 'arrests', label: 'Arrêtés' },
      ],
    };
    expect(localizeReportListHeaders(headers)).toBe(headers);
    window.history.pushState({}, '', REPORT_LIST);
    expect(localizeReportListHeaders(headers).displayedHeaders).toEqual([
      {
        name: 'startDate',
        label: {
          id: 'operation-reports.label.plugin::operation-reports.operation-report.startDate',
          defaultMessage: 'Start date',
        },
      },
      { name: 'arrests', label: 'Arrêtés' },
    ]);
  });
});
