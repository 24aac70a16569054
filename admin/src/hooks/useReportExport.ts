import * as React from 'react';
import { useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { serverErrorMessage } from '../utils/release';
import { EXPORT_URL } from '../utils/urls';
import { useT } from './useT';

type ListQuery = { filters?: unknown; plugins?: { i18n?: { locale?: string } } };

export type ExportFormat = 'json' | 'csv';

/** Downloads an export of the reports the list view shows (its filters and locale, from the URL). */
export function useReportExport() {
  const t = useT();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [{ query }] = useQueryParams<ListQuery>();
  const [busy, setBusy] = React.useState(false);

  const download = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const locale = query?.plugins?.i18n?.locale;
      const params = { format, ...(query?.filters ? { filters: query.filters } : {}), ...(locale ? { locale } : {}) };
      const { data } = await get(EXPORT_URL, { params, responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `operation-reports-${new Date().toISOString().slice(0, 10)}.${format}`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: serverErrorMessage(error) ?? t('export.error', 'The export failed. Try again.'),
      });
    } finally {
      setBusy(false);
    }
  };

  return { busy, download };
}
