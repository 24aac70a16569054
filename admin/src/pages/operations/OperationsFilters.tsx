import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { STATS, type StatName } from '../../../../shared/stats';
import { useT } from '../../hooks/useT';
import type { OperationsChoices } from '../../hooks/useOperationsStats';
import { DateFilter } from './DateFilter';
import { NO_FILTERS, type OperationsFilters as Filters } from '../../utils/operationsQuery';

/** The select's value for "any": Radix's select items may not have an empty value. */
export const ANY = '__any__';

export interface OperationsFiltersProps {
  figure: StatName;
  onFigure: (figure: StatName) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  choices: OperationsChoices | null;
}

interface SelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  name: string;
  /** The first option's words: each filter has its own, as French agrees "any" with the noun (Toutes / Tous). */
  anyLabel: string;
}

/** A labelled design-system select whose first option is "Any". */
function Select({ label, value, options, onChange, name, anyLabel }: SelectProps) {
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={value || ANY} onChange={(next) => onChange(next === ANY ? '' : String(next))}>
        <SingleSelectOption value={ANY}>{anyLabel}</SingleSelectOption>
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}

type DateName = 'from' | 'to';
type SelectName = 'agency' | 'crimeArea' | 'figuresStatus';

/** The figure to chart and the filters every grouped chart answers to. */
export function OperationsFilters({ figure, onFigure, filters, onFilters, choices }: OperationsFiltersProps) {
  const t = useT();
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const names = choices?.crimeAreaNames ?? {};
  // Each field's words stay literal t() calls: the translations test reads the keys from the source.
  const dates: { name: DateName; label: string; min?: string; max?: string }[] = [
    { name: 'from', label: t('operations.filters.from', 'Start date from'), max: filters.to },
    { name: 'to', label: t('operations.filters.to', 'Start date to'), min: filters.from },
  ];
  const selects: { name: SelectName; label: string; anyLabel: string; options: SelectProps['options'] }[] = [
    {
      name: 'agency',
      label: t('operations.filters.agency', 'Agency'),
      anyLabel: t('operations.filters.agency.any', 'Any'),
      options: (choices?.agencies ?? []).map((agency) => ({ value: agency, label: agency })),
    },
    {
      name: 'crimeArea',
      label: t('operations.filters.crimeArea', 'Crime area'),
      anyLabel: t('operations.filters.crimeArea.any', 'Any'),
      options: (choices?.crimeAreas ?? []).map((slug) => ({ value: slug, label: names[slug] ?? slug })),
    },
    {
      name: 'figuresStatus',
      label: t('operations.filters.figuresStatus', 'Figures status'),
      anyLabel: t('operations.filters.figuresStatus.any', 'Any'),
      options: [
        { value: 'preliminary', label: t('operations.status.preliminary', 'Preliminary') },
        { value: 'final', label: t('operations.status.final', 'Final') },
      ],
    },
  ];

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={5}
      tag="section"
      aria-label={t('operations.filters.title', 'Filters')}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="figure">
            <Field.Label>{t('operations.figure', 'Figure')}</Field.Label>
            <SingleSelect value={figure} onChange={(next) => onFigure(String(next) as StatName)}>
              {STATS.map(({ name, label }) => (
                <SingleSelectOption key={name} value={name}>
                  {t(`stat.name.${name}`, label)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        {dates.map((date) => (
          <Grid.Item key={date.name} col={4} s={6} direction="column" alignItems="stretch">
            <DateFilter {...date} value={filters[date.name]} onChange={(day) => set({ [date.name]: day })} />
          </Grid.Item>
        ))}
        {selects.map((select) => (
          <Grid.Item key={select.name} col={4} s={12} direction="column" alignItems="stretch">
            {/* The options are the only values a select gives back, so figuresStatus gets one of its own. */}
            <Select
              {...select}
              value={filters[select.name]}
              onChange={(value) => set({ [select.name]: value } as Partial<Filters>)}
            />
          </Grid.Item>
        ))}
      </Grid.Root>
      <Flex justifyContent="flex-end" paddingTop={4}>
        <Button variant="tertiary" type="button" onClick={() => onFilters(NO_FILTERS)}>
          {t('operations.filters.clear', 'Clear filters')}
        </Button>
      </Flex>
    </Box>
  );
}
