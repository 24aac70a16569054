import * as React from 'react';
import { Box, Checkbox, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import type { FoundFieldDisplay } from '../../hooks/useFoundFieldDisplay';
import { useT } from '../../hooks/useT';
import { evidenceInContext, type FoundField } from '../../utils/release';

export interface ReleaseFieldRowProps {
  field: FoundField;
  /** The pasted text the field was found in. */
  text: string;
  checked: boolean;
  onCheckedChange: (on: boolean) => void;
  display: FoundFieldDisplay;
}

/** The words a value was read from, in their sentence, the span highlighted. */
function Evidence({ field, text }: { field: FoundField; text: string }) {
  const t = useT();
  const evidence = evidenceInContext(text, field.evidence);
  return (
    <Typography variant="pi" textColor="neutral600" tag="p" data-testid={`fill-release-evidence-${field.name}`}>
      <VisuallyHidden>{t('fill.evidence', 'Read from:')} </VisuallyHidden>“{evidence.before}
      <Box tag="mark" background="warning100" color="neutral800" fontWeight="bold">
        {evidence.match}
      </Box>
      {evidence.after}”
    </Typography>
  );
}

/** One found field: its tick, its value, where it was read, and what the form holds now. */
export function ReleaseFieldRow({ field, text, checked, onCheckedChange, display }: ReleaseFieldRowProps) {
  const t = useT();
  const now = display.current(field);
  return (
    <Box
      tag="li"
      data-testid={`fill-release-row-${field.name}`}
      paddingTop={3}
      paddingBottom={3}
      borderColor="neutral150"
      borderStyle="solid"
      borderWidth="0 0 1px 0"
    >
      <Flex gap={4} alignItems="flex-start">
        <Box minWidth="14rem" flex="0 0 14rem">
          <Checkbox checked={checked} onCheckedChange={(on) => onCheckedChange(on === true)}>
            {display.label(field.name)}
          </Checkbox>
        </Box>
        <Flex direction="column" alignItems="flex-start" gap={1} flex="1" minWidth={0}>
          <Typography
            fontWeight="bold"
            data-testid={`fill-release-value-${field.name}`}
            title={display.longTitle(field)}
          >
            {display.show(field)}
          </Typography>
          {field.evidence ? <Evidence field={field} text={text} /> : null}
          {now?.same ? (
            <Typography variant="pi" textColor="success600" data-testid={`fill-release-same-${field.name}`}>
              {t('fill.same', 'Already in the form')}
            </Typography>
          ) : null}
          {now && !now.same ? (
            <Typography
              variant="pi"
              fontWeight="bold"
              textColor="warning600"
              data-testid={`fill-release-replaces-${field.name}`}
            >
              {t('fill.replaces', 'Replaces {current}', { current: now.shown })}
              {' · '}
              {t('fill.replaces.unticked', 'left unticked: tick it to replace')}
            </Typography>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
}
