import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { formatStat } from '../../../shared/format-stat';
import { STATS, isStatQualifier, qualifierFieldOf, type StatName } from '../../../shared/stats';
import { isIsoDate, type FoundField, type ReleaseFieldName } from '../utils/release';
import { useT } from './useT';

type Message = { id: string; defaultMessage: string };

const FIELD_LABELS: Record<ReleaseFieldName, Message> = {
  codename: { id: 'fill.field.codename', defaultMessage: 'Codename' },
  agency: { id: 'fill.field.agency', defaultMessage: 'Agency' },
  headquarters: { id: 'fill.field.headquarters', defaultMessage: 'Headquarters' },
  startDate: { id: 'fill.field.startDate', defaultMessage: 'Start date' },
  endDate: { id: 'fill.field.endDate', defaultMessage: 'End date' },
  ...(Object.fromEntries(
    STATS.map(({ name, label }) => [name, { id: `stat.name.${name}`, defaultMessage: label }])
  ) as Record<StatName, Message>),
};

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

const qualifierIn = (values: Record<string, unknown>, name: StatName) => {
  const qualifier = values[qualifierFieldOf(name)];
  return isStatQualifier(qualifier) ? qualifier : 'exact';
};

/** Whether the form holds the found value already (a figure with the same qualifier). */
function holdsSame(field: FoundField, now: unknown, values: Record<string, unknown>): boolean {
  if (field.kind === 'stat') return now === field.value && qualifierIn(values, field.name) === field.qualifier;
  if (field.kind === 'date') return now === field.value;
  return String(now).trim() === field.value;
}

/** Whether applying `field` would overwrite a different value the form already holds. */
export const wouldReplace = (field: FoundField, values: Record<string, unknown>): boolean =>
  !isEmpty(values[field.name]) && !holdsSame(field, values[field.name], values);

/** What the form holds now for a found field: the same value, or the one applying would replace. */
export type CurrentValue = { same: boolean; shown: string } | null;

/** How the dialog shows a found field: its label, its value as a reader sees it, and the form's value beside it. */
export function useFoundFieldDisplay() {
  const t = useT();
  const { formatDate, locale } = useIntl();
  const values = (useForm('FillFromRelease', (state) => state.values) ?? {}) as Record<string, unknown>;

  const label = (name: ReleaseFieldName) => t(FIELD_LABELS[name].id, FIELD_LABELS[name].defaultMessage);
  const showDate = (value: string) =>
    formatDate(new Date(`${value}T00:00:00Z`), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

  /** The value as a reader sees it: `~14,000`, `Nov 10, 2025`, `INTERPOL`. */
  const show = (field: FoundField) =>
    field.kind === 'stat'
      ? formatStat(field.value, field.qualifier, locale)
      : field.kind === 'date'
        ? showDate(field.value)
        : field.value;

  /** A stat spelled out (`approximately 14,000`), for the value's tooltip. */
  const longTitle = (field: FoundField) =>
    field.kind === 'stat' ? formatStat(field.value, field.qualifier, locale, { style: 'long' }) : undefined;

  const current = (field: FoundField): CurrentValue => {
    const now = values[field.name];
    if (isEmpty(now)) return null;
    const same = holdsSame(field, now, values);
    if (field.kind === 'stat' && typeof now === 'number') {
      return { same, shown: formatStat(now, qualifierIn(values, field.name), locale) };
    }
    if (field.kind === 'date' && isIsoDate(now)) return { same, shown: showDate(now) };
    return { same, shown: String(now) };
  };

  return { label, show, longTitle, current };
}

export type FoundFieldDisplay = ReturnType<typeof useFoundFieldDisplay>;
