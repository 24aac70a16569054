import * as React from 'react';
import { Typography } from '@strapi/design-system';
import type { FoundFieldDisplay } from '../../hooks/useFoundFieldDisplay';
import { useT } from '../../hooks/useT';
import type { FoundField } from '../../utils/release';
import { ProposalRow } from './ProposalRow';

export interface ReleaseFieldRowProps {
  field: FoundField;
  /** The pasted text the field was found in. */
  text: string;
  checked: boolean;
  onCheckedChange: (on: boolean) => void;
  display: FoundFieldDisplay;
}

/** One found field: its tick, its value, where it was read, and what the form holds now. */
export function ReleaseFieldRow({ field, text, checked, onCheckedChange, display }: ReleaseFieldRowProps) {
  const t = useT();
  const now = display.current(field);
  return (
    <ProposalRow
      id={field.name}
      label={display.label(field.name)}
      value={display.show(field)}
      title={display.longTitle(field)}
      evidence={field.evidence}
      text={text}
      checked={checked}
      onCheckedChange={onCheckedChange}
    >
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
    </ProposalRow>
  );
}
