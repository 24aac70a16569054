import * as React from 'react';
import { Box, Checkbox, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import { evidenceInContext } from '../../utils/release';

export interface ProposalRowProps {
  /** What the row proposes (`arrests`, `other-0`): its test ids end with it. */
  id: string;
  /** The tick's label: the field's name, or the other figure's own label. */
  label: string;
  /** The value as a reader sees it. */
  value: string;
  /** The value spelled out, for its tooltip. */
  title?: string;
  /** The exact words the value was read from. */
  evidence: string;
  /** The pasted text the value was found in. */
  text: string;
  checked: boolean;
  onCheckedChange: (on: boolean) => void;
  /** What the form holds already, under the evidence. */
  children?: React.ReactNode;
}

/** The words a value was read from, in their sentence, the span highlighted. */
function Evidence({ id, evidence, text }: { id: string; evidence: string; text: string }) {
  const t = useT();
  const context = evidenceInContext(text, evidence);
  return (
    <Typography variant="pi" textColor="neutral600" tag="p" data-testid={`fill-release-evidence-${id}`}>
      <VisuallyHidden>{t('fill.evidence', 'Read from:')} </VisuallyHidden>“{context.before}
      <Box tag="mark" background="warning100" color="neutral800" fontWeight="bold">
        {context.match}
      </Box>
      {context.after}”
    </Typography>
  );
}

/** One proposal of the dialog: its tick, its value, where it was read, and what the form holds now. */
export function ProposalRow({
  id,
  label,
  value,
  title,
  evidence,
  text,
  checked,
  onCheckedChange,
  children,
}: ProposalRowProps) {
  return (
    <Box
      tag="li"
      data-testid={`fill-release-row-${id}`}
      paddingTop={3}
      paddingBottom={3}
      borderColor="neutral150"
      borderStyle="solid"
      borderWidth="0 0 1px 0"
    >
      <Flex gap={4} alignItems="flex-start">
        <Box minWidth="14rem" flex="0 0 14rem">
          <Checkbox checked={checked} onCheckedChange={(on) => onCheckedChange(on === true)}>
            {label}
          </Checkbox>
        </Box>
        <Flex direction="column" alignItems="flex-start" gap={1} flex="1" minWidth={0}>
          <Typography fontWeight="bold" data-testid={`fill-release-value-${id}`} title={title}>
            {value}
          </Typography>
          {evidence ? <Evidence id={id} evidence={evidence} text={text} /> : null}
          {children}
        </Flex>
      </Flex>
    </Box>
  );
}
