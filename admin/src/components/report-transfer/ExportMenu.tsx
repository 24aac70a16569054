import * as React from 'react';
import { MenuItem, SimpleMenu } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useReportExport } from '../../hooks/useReportExport';
import { useT } from '../../hooks/useT';

/** The list view's "Export" menu: JSON (for import) or CSV, of the reports the list shows. */
export function ExportMenu() {
  const t = useT();
  const { busy, download } = useReportExport();
  return (
    <SimpleMenu
      label={t('export.button', 'Export')}
      variant="tertiary"
      startIcon={<Download />}
      disabled={busy}
      data-testid="report-export"
    >
      <MenuItem onSelect={() => void download('json')}>{t('export.json', 'JSON (everything, for import)')}</MenuItem>
      <MenuItem onSelect={() => void download('csv')}>
        {t('export.csv', 'CSV (one row per report and locale)')}
      </MenuItem>
    </SimpleMenu>
  );
}
