import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** The small uppercase heading of a panel's part ("Duration", "Latest reports"). */
export const SectionHeading = React.forwardRef<
  HTMLHeadingElement,
  { children: React.ReactNode; id?: string; tabIndex?: number }
>(({ children, id, tabIndex }, ref) => (
  <Typography ref={ref} id={id} tabIndex={tabIndex} variant="sigma" textColor="neutral600" tag="h3">
    {children}
  </Typography>
));

SectionHeading.displayName = 'SectionHeading';

/** One part of a side panel or widget: a heading and what it heads. */
export function PanelSection({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <Box>
      <SectionHeading>{title}</SectionHeading>
      {children}
    </Box>
  );
}

/** One `<dt>`/`<dd>` pair of a definition list, the term left and the value right. */
export function TermRow({
  term,
  children,
  bold,
  ...valueProps
}: {
  term: React.ReactNode;
  children: React.ReactNode;
  bold?: boolean;
  'data-testid'?: string;
  'data-stat'?: string;
}) {
  return (
    <Flex justifyContent="space-between" tag="div">
      <Typography tag="dt" textColor="neutral600">
        {term}
      </Typography>
      <Typography tag="dd" fontWeight={bold ? 'bold' : undefined} {...valueProps}>
        {children}
      </Typography>
    </Flex>
  );
}
