import * as React from 'react';
import { Button, Dialog, Flex } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useParams } from 'react-router-dom';
import { REPORT_UID } from '../../../shared/constants';
import { useT } from '../hooks/useT';
import { ExportMenu } from './report-transfer/ExportMenu';
import { ImportDialogBody } from './report-transfer/ImportDialogBody';

export { ImportDialogBody };

/**
 * The Content Manager list view's "Export" menu and "Import" button, shown on
 * the Operation Report list only. Export takes the list's current filters and
 * locale from the URL.
 */
export function ReportTransferActions() {
  const { slug } = useParams<{ slug?: string }>();
  if (slug !== REPORT_UID) return null;
  return (
    <Flex gap={2}>
      <ExportMenu />
      <ImportButton />
    </Flex>
  );
}

function ImportButton() {
  const t = useT();
  const [open, setOpen] = React.useState(false);
  const [imported, setImported] = React.useState(false);
  const close = (next: boolean) => {
    setOpen(next);
    // The list reads its documents on load: show the imported ones.
    if (!next && imported) window.location.reload();
  };
  return (
    <Dialog.Root open={open} onOpenChange={close}>
      <Dialog.Trigger>
        <Button variant="tertiary" startIcon={<Upload />} data-testid="report-import">
          {t('import.button', 'Import')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('import.title', 'Import reports')}</Dialog.Header>
        {open ? <ImportDialogBody onClose={() => close(false)} onImported={() => setImported(true)} /> : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}
