import * as React from 'react';
import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useFoundFieldDisplay } from '../../hooks/useFoundFieldDisplay';
import type { ReleaseExtraction } from '../../hooks/useReleaseExtraction';
import { useT } from '../../hooks/useT';
import { SectionHeading } from '../ui/PanelSection';
import { OtherFigures } from './OtherFigures';
import { ReleaseFieldRow } from './ReleaseFieldRow';
import { ReleaseLanguageLine } from './ReleaseLanguageLine';

export interface ReleaseResultsProps {
  /** The id of the section's heading. */
  id: string;
  /** The pasted text the fields were found in. */
  text: string;
  extraction: ReleaseExtraction;
}

/**
 * "Found in the release": the language it was read in, the count of ticked
 * proposals, "Select all", one row per found field, then the other figures.
 */
export function ReleaseResults({ id, text, extraction }: ReleaseResultsProps) {
  const t = useT();
  const display = useFoundFieldDisplay();
  const { state, fields, others, chosenCount, total, selected, allState, toggle, toggleAll, outcomeRef } = extraction;
  const language = state.kind === 'done' ? state.language : null;
  return (
    <Box tag="section" aria-labelledby={id}>
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        <SectionHeading ref={outcomeRef as React.Ref<HTMLHeadingElement>} tabIndex={-1} id={id}>
          {t('fill.results', 'Found in the release')}
        </SectionHeading>
        <Typography variant="pi" textColor="neutral600" aria-live="polite" data-testid="fill-release-count">
          {t('fill.selected', '{selected} of {total} selected', { selected: chosenCount, total })}
        </Typography>
      </Flex>
      {language ? <ReleaseLanguageLine read={language} /> : null}
      <Box paddingTop={2} paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
        <Checkbox checked={allState} onCheckedChange={toggleAll}>
          {t('fill.selectAll', 'Select all')}
        </Checkbox>
      </Box>
      {fields.length > 0 ? (
        <Box tag="ul">
          {fields.map((field) => (
            <ReleaseFieldRow
              key={field.name}
              field={field}
              text={text}
              checked={selected.has(field.name)}
              onCheckedChange={(on) => toggle(field.name, on)}
              display={display}
            />
          ))}
        </Box>
      ) : null}
      {others.length > 0 ? <OtherFigures id={`${id}-others`} text={text} extraction={extraction} /> : null}
    </Box>
  );
}
