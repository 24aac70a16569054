import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  MenuItem,
  SimpleMenu,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { getTranslation } from '../utils/getTranslation';
import { serverErrorMessage } from '../utils/release';

import { REPORT_UID } from '../../../shared/constants';
export const EXPORT_URL = '/operation-reports/export';
export const IMPORT_URL = '/operation-reports/import';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';
export interface ImportReport {
  slug: string | null;
  action: ImportAction;
  errors?: { path: string[]; message: string }[];
}
export interface ImportOutcome {
  dryRun: boolean;
  applied: boolean;
  reports: ImportReport[];
  summary: Record<ImportAction, number>;
}

type ListQuery = { filters?: unknown; plugins?: { i18n?: { locale?: string } } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an import answer (200 data, or a 400's details); anything else is null. */
export function readImportOutcome(value: unknown): ImportOutcome | null {
  if (!isRecord(value) || !Array.isArray(value.reports) || !isRecord(value.summary)) return null;
  return value as unknown as ImportOutcome;
}

const ACTION_BADGES: Record<ImportAction, { background: string; color: string }> = {
  create: { background: 'success100', color: 'success700' },
  update: { background: 'primary100', color: 'primary700' },
  unchanged: { background: 'neutral150', color: 'neutral700' },
  refuse: { background: 'danger100', color: 'danger700' },
};

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

function useT() {
  const { formatMessage } = useIntl();
  return (key: string, defaultMessage: string, values?: Record<string, React.ReactNode>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values) as string;
}

function ExportMenu() {
  const t = useT();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [{ query }] = useQueryParams<ListQuery>();
  const [busy, setBusy] = React.useState(false);

  const download = async (format: 'json' | 'csv') => {
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

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'checked'; file: unknown; outcome: ImportOutcome }
  | { kind: 'importing'; file: unknown; outcome: ImportOutcome }
  | { kind: 'refused'; outcome: ImportOutcome; message: string }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'error'; message: string };

/**
 * Pick an export file; the server checks it with a dry run (nothing written)
 * and the table shows what would happen per report; "Import" then applies it,
 * all reports or none.
 */
export function ImportDialogBody({ onClose, onImported }: { onClose: () => void; onImported?: () => void }) {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const id = React.useId();

  const check = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'checking' });
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setState({
        kind: 'error',
        message: t('import.invalidJson', 'This file is not JSON: pick a file made by Export → JSON.'),
      });
      return;
    }
    try {
      const { data } = await post(`${IMPORT_URL}?dryRun=true`, body);
      const outcome = readImportOutcome((data as { data?: unknown })?.data);
      if (!outcome) throw new Error('unexpected answer');
      setState({ kind: 'checked', file: body, outcome });
    } catch (error) {
      setState({
        kind: 'error',
        message: serverErrorMessage(error) ?? t('import.error', 'The file could not be checked.'),
      });
    }
  };

  const apply = async () => {
    if (state.kind !== 'checked') return;
    setState({ kind: 'importing', file: state.file, outcome: state.outcome });
    try {
      const { data } = await post(`${IMPORT_URL}?dryRun=false`, state.file);
      const outcome = readImportOutcome((data as { data?: unknown })?.data) ?? state.outcome;
      setState({ kind: 'done', outcome });
      onImported?.();
      toggleNotification({
        type: 'success',
        message: t('import.done', 'Imported: {create} created, {update} updated, {unchanged} unchanged.', {
          ...outcome.summary,
        }),
      });
    } catch (error) {
      const details = (error as { response?: { data?: { error?: { details?: unknown } } } })?.response?.data?.error
        ?.details;
      const outcome = readImportOutcome(details);
      const message = serverErrorMessage(error) ?? t('import.error', 'The file could not be checked.');
      setState(outcome ? { kind: 'refused', outcome, message } : { kind: 'error', message });
    }
  };

  const outcome = 'outcome' in state ? state.outcome : null;
  const writes = outcome ? outcome.summary.create + outcome.summary.update : 0;
  const canApply = state.kind === 'checked' && outcome !== null && outcome.summary.refuse === 0 && writes > 0;

  return (
    <>
      <Dialog.Body alignItems="stretch" gap={4} maxHeight="65vh" overflow="auto">
        <Dialog.Description textColor="neutral600">
          {t(
            'import.description',
            'Pick a JSON file made by Export. It is checked first and nothing is written until you click Import; then every report is written, or none.'
          )}
        </Dialog.Description>
        <Field.Root name="import-file" id={`${id}-file`} hint={t('import.file.hint', 'A .json export file')}>
          <Field.Label>{t('import.file.label', 'Export file')}</Field.Label>
          <input
            id={`${id}-file`}
            data-testid="import-file"
            type="file"
            accept="application/json,.json"
            disabled={state.kind === 'checking' || state.kind === 'importing'}
            onChange={(event) => void check(event.target.files?.[0])}
          />
          <Field.Hint />
        </Field.Root>

        {state.kind === 'checking' ? (
          <Typography role="status" textColor="neutral600">
            {t('import.checking', 'Checking the file…')}
          </Typography>
        ) : null}

        {state.kind === 'error' || state.kind === 'refused' ? (
          <Box
            role="alert"
            data-testid="import-error"
            background="danger100"
            borderColor="danger200"
            borderStyle="solid"
            borderWidth="1px"
            hasRadius
            padding={3}
          >
            <Typography textColor="danger700">{state.message}</Typography>
          </Box>
        ) : null}

        {state.kind === 'done' ? (
          <Box role="status" data-testid="import-done" background="success100" hasRadius padding={3}>
            <Typography textColor="success700">
              {t('import.done', 'Imported: {create} created, {update} updated, {unchanged} unchanged.', {
                ...state.outcome.summary,
              })}
            </Typography>
          </Box>
        ) : null}

        {outcome ? (
          <>
            <Typography variant="pi" textColor="neutral600" data-testid="import-summary">
              {t('import.summary', '{create} to create, {update} to update, {unchanged} unchanged, {refuse} refused', {
                ...outcome.summary,
              })}
            </Typography>
            <Table colCount={3} rowCount={outcome.reports.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{t('import.table.slug', 'Report')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('import.table.action', 'Action')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('import.table.errors', 'Problems')}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {outcome.reports.map((report, index) => (
                  <Tr key={`${report.slug ?? ''}-${index}`} data-testid={`import-row-${index}`}>
                    <Td>
                      <Typography>{report.slug ?? `#${index + 1}`}</Typography>
                    </Td>
                    <Td>
                      <Badge
                        backgroundColor={ACTION_BADGES[report.action]?.background}
                        textColor={ACTION_BADGES[report.action]?.color}
                      >
                        {t(`import.action.${report.action}`, report.action)}
                      </Badge>
                    </Td>
                    <Td>
                      {(report.errors ?? []).map((error, n) => (
                        <Typography key={n} tag="p" variant="pi" textColor="danger700">
                          {error.path.length > 0 ? `${error.path.join('.')}: ` : ''}
                          {error.message}
                        </Typography>
                      ))}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        ) : null}
      </Dialog.Body>
      <Dialog.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {state.kind === 'done' ? t('import.close', 'Close') : t('import.cancel', 'Cancel')}
        </Button>
        {state.kind !== 'done' ? (
          <Button
            data-testid="import-apply"
            onClick={() => void apply()}
            disabled={!canApply}
            loading={state.kind === 'importing'}
          >
            {t('import.apply', 'Import')}
          </Button>
        ) : null}
      </Dialog.Footer>
    </>
  );
}
