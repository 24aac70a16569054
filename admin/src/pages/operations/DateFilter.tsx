import * as React from 'react';
import { DatePicker, Field } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useT } from '../../hooks/useT';

/*
 * The design system's DatePicker (2.2.4) reads its `value`, `minDate` and
 * `maxDate` as UTC days (toISOString) but gives `onChange` the day at LOCAL
 * midnight: the Content Manager converts both ways too. Read the other way
 * round, a day would shift by one on each side of UTC (Paris, New York).
 */

/** `2024-03-01` → that day at UTC midnight, as the picker reads it. */
export function dayToDate(day: string): Date | undefined {
  const [year, month, date] = day.split('-').map(Number);
  return year && month && date ? new Date(Date.UTC(year, month - 1, date)) : undefined;
}

/** The picker's date (local midnight) → `2024-03-01`, the form the stats filters take. */
export function dateToDay(value: Date | undefined): string {
  if (!value) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

export interface DateFilterProps {
  name: string;
  label: string;
  /** `YYYY-MM-DD`, or '' for no bound. */
  value: string;
  onChange: (day: string) => void;
  /** The other bound of the range, so the calendar offers no empty range. */
  min?: string;
  max?: string;
}

/**
 * A start-date bound, typed and shown in the admin's locale (a native date
 * input shows the browser's format instead, mm/dd/yyyy in a French admin), as
 * the Content Manager's date fields are; clearable.
 */
export function DateFilter({ name, label, value, onChange, min, max }: DateFilterProps) {
  const t = useT();
  const { locale } = useIntl();
  // The picker reports its date again on blur: only a new day changes the filters (and refetches).
  const change = (date: Date | undefined) => {
    const day = dateToDay(date);
    if (day !== value) onChange(day);
  };
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale={locale}
        value={dayToDate(value)}
        minDate={min ? dayToDate(min) : undefined}
        maxDate={max ? dayToDate(max) : undefined}
        onChange={change}
        onClear={() => onChange('')}
        clearLabel={t('operations.filters.clearDate', 'Clear “{label}”', { label })}
      />
    </Field.Root>
  );
}
