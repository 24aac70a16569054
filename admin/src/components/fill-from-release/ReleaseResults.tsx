import * as React from 'react';
import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useFoundFieldDisplay } from '../../hooks/useFoundFieldDisplay';
import type { ReleaseExtraction } from '../../hooks/useReleaseExtraction';
import { useT } from '../../hooks/useT';
import { SectionHeading } from '../ui/PanelSection';
import { ReleaseFieldRow } from './ReleaseFieldRow';

export interface ReleaseResultsProps {
  /** The id of the section's heading. */
  id: string;
  /** The pasted text the fields were found in. */
  text: string;
  extraction: ReleaseExtraction;
}

/** "Found in the release": the count of ticked fields, "Select all", and one row per found field. */
export function ReleaseResults({ id, text, extraction }: ReleaseResultsProps) {
  const t = useT();
  const display = useFoundFieldDisplay();
  const { fields, chosen, selected, allState, toggle, toggleAll, outcomeRef } = extraction;
  return (
    <Box tag="section" aria-labelledby={id}>
      <Flex justifyContent="space-between" alignItems="center" gap={2} paddingBottom={2}>
        <SectionHeading ref={outcomeRef as React.Ref<HTMLHeadingElement>} tabIndex={-1} id={id}>
          {t('fill.results', 'Found in the release')}
        </SectionHeading>
        <Typography variant="pi" textColor="neutral600" aria-live="polite" data-testid="fill-release-count">
          {t('fill.selected', '{selected} of {total} selected', { selected: chosen.length, total: fields.length })}
        </Typography>
      </Flex>
      <Box paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
        <Checkbox checked={allState} onCheckedChange={toggleAll}>
          {t('fill.selectAll', 'Select all')}
        </Checkbox>
      </Box>
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
    </Box>
  );
}
