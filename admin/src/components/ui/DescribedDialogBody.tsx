import * as React from 'react';
import { Dialog } from '@strapi/design-system';

/** A plugin dialog's scrolling body, opened by the sentence that says what the dialog does. */
export function DescribedDialogBody({ description, children }: { description: string; children: React.ReactNode }) {
  return (
    <Dialog.Body alignItems="stretch" gap={4} maxHeight="65vh" overflow="auto">
      <Dialog.Description textColor="neutral600">{description}</Dialog.Description>
      {children}
    </Dialog.Body>
  );
}
