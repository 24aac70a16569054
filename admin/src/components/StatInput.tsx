import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption, TextInput, Typography, VisuallyHidden } from '@strapi/design-system';
import { useField, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { formatStat } from '../../../shared/format-stat';
import { QUALIFIER_WORDS, STAT_MAX, STAT_QUALIFIERS, isStatQualifier, type StatQualifier } from '../../../shared/stats';
import { notationOf } from '../utils/numberNotation';
import { formatStatForEditing, parseStatInput, type ParsedStat } from '../utils/parseStatInput';
import { useT } from '../hooks/useT';

export interface StatInputProps {
  name: string;
  label?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  labelAction?: React.ReactNode;
}

/** The qualifier words of the stat list (shared/stats.ts), as the select's labels. */
const QUALIFIER_LABELS: Record<StatQualifier, string> = QUALIFIER_WORDS;

const ERROR_MESSAGES: Record<Exclude<ParsedStat, { kind: 'empty' | 'value' }>['reason'], string> = {
  negative: 'A figure cannot be negative.',
  fraction: 'Enter a whole number: figures are never rounded.',
  overflow: 'This figure is larger than {max}.',
  invalid: 'Enter digits only, such as {example} or {plain}.',
  grouping: 'This does not read as one whole number: check the separators and write {example} or {plain}.',
};

/**
 * The figure's parts in fixed columns, the same in every stat field, so that
 * side by side fields line up at any width: the number across the field, then
 * the qualifier select (17rem: Strapi's rem is 10 px, and 170 px fit "approximately") and the
 * preview, which wraps inside its column and keeps clear of the card's edge.
 */
const StatGrid = styled.div`
  display: grid;
  grid-template-columns: 17rem minmax(0, 1fr);
  grid-template-areas:
    'value value'
    'qualifier preview';
  gap: ${({ theme }) => theme.spaces[2]};
  align-items: center;
`;

const StatCell = styled.div<{ $area: 'value' | 'qualifier' | 'preview' }>`
  grid-area: ${({ $area }) => $area};
  min-width: 0;
`;

const Preview = styled(StatCell)`
  padding-inline-end: ${({ theme }) => theme.spaces[2]};
  overflow-wrap: anywhere;
`;

/**
 * The `stat` custom field: a whole number shown with the admin locale's
 * grouping, parsed back without ever rounding, with the reader's rendering
 * (`~14,000`) beside it.
 */
export const StatInput = React.forwardRef<HTMLInputElement, StatInputProps>(
  ({ name, label, hint, required, disabled, placeholder, labelAction }, ref) => {
    const { locale } = useIntl();
    const t = useT();
    const field = useField(name);
    const qualifierName = `${name}Qualifier`;
    const qualifierValue = useForm(
      'StatInput',
      (state) => (state.values as Record<string, unknown> | undefined)?.[qualifierName]
    );
    const setValue = useForm('StatInput', (state) => state.onChange) as (name: string, value: unknown) => void;
    const qualifier: StatQualifier = isStatQualifier(qualifierValue) ? qualifierValue : 'exact';

    const stored = typeof field.value === 'number' ? field.value : null;
    const [text, setText] = React.useState(() => formatStatForEditing(stored, locale));
    const [localError, setLocalError] = React.useState<string | null>(null);

    // Follow values written from elsewhere (reset, "fill from press release").
    React.useEffect(() => {
      const parsed = parseStatInput(text, locale);
      const shown = parsed.kind === 'value' ? parsed.value : null;
      if (parsed.kind !== 'error' && shown !== stored) {
        setText(formatStatForEditing(stored, locale));
      }
      // text is left out of the deps on purpose: typing must not be reformatted under the cursor.
    }, [stored, locale]);

    const handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
      const next = event.target.value;
      setText(next);
      const parsed = parseStatInput(next, locale);
      if (parsed.kind === 'error') {
        const key = `stat.error.${parsed.reason}`;
        // The examples are written the admin locale's way: `1,234,567` in English, `1 234 567` in French.
        const notation = notationOf(locale);
        setLocalError(
          t(key, ERROR_MESSAGES[parsed.reason], {
            example: notation.example,
            plain: notation.plainExample,
            max: formatStatForEditing(STAT_MAX, locale),
          })
        );
        // Keep the form from saving the previous number, or a number the editor did not
        // write: the text goes in as typed, and the Content Manager's own integer check
        // refuses it on save.
        field.onChange(name, next);
        return;
      }
      setLocalError(null);
      field.onChange(name, parsed.kind === 'value' ? parsed.value : null);
    };

    const handleBlur = () => {
      if (!localError) setText(formatStatForEditing(stored, locale));
    };

    const preview = stored === null ? '' : formatStat(stored, qualifier, locale);
    const qualifierLabel = t('stat.qualifier.label', 'Qualifier of {field}', {
      field: typeof label === 'string' ? label : name,
    });

    return (
      <Field.Root name={name} id={name} error={localError ?? field.error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <StatGrid data-testid={`${name}-columns`}>
          <StatCell $area="value">
            <TextInput
              ref={ref}
              name={name}
              inputMode="numeric"
              autoComplete="off"
              disabled={disabled}
              placeholder={placeholder}
              value={text}
              onChange={handleChange}
              onBlur={handleBlur}
              aria-describedby={`${name}-preview`}
            />
          </StatCell>
          <StatCell $area="qualifier">
            {/* A field of its own, so the select is named "Qualifier of …", not after the figure. */}
            <Field.Root name={qualifierName} id={`${name}-qualifier`}>
              <VisuallyHidden>
                <Field.Label>{qualifierLabel}</Field.Label>
              </VisuallyHidden>
              <SingleSelect
                name={qualifierName}
                value={qualifier}
                disabled={disabled}
                onChange={(value: string | number) => setValue(qualifierName, String(value))}
              >
                {STAT_QUALIFIERS.map((option) => (
                  <SingleSelectOption key={option} value={option}>
                    {t(`stat.qualifier.${option}`, QUALIFIER_LABELS[option])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </StatCell>
          <Preview $area="preview">
            <Typography
              id={`${name}-preview`}
              variant="omega"
              textColor="neutral600"
              aria-live="polite"
              data-testid={`${name}-preview`}
            >
              {preview}
            </Typography>
          </Preview>
        </StatGrid>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

StatInput.displayName = 'StatInput';

export default StatInput;
