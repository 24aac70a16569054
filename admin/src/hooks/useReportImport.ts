import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { ImportOutcome } from '../../../shared/types';
import { errorDetails, readImportOutcome } from '../utils/importOutcome';
import { serverErrorMessage } from '../utils/release';
import { IMPORT_URL } from '../utils/urls';
import { useT } from './useT';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'checked'; file: unknown; outcome: ImportOutcome }
  | { kind: 'importing'; file: unknown; outcome: ImportOutcome }
  | { kind: 'refused'; outcome: ImportOutcome; message: string }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'error'; message: string };

/**
 * State and requests of the import dialog: `check` sends the picked file as a
 * dry run (nothing written), `apply` sends it for real, all reports or none.
 */
export function useReportImport(onImported?: () => void) {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [state, setState] = React.useState<ImportState>({ kind: 'idle' });
  const unreadable = () => t('import.error', 'The file could not be checked.');

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
      setState({ kind: 'error', message: serverErrorMessage(error) ?? unreadable() });
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
      const outcome = readImportOutcome(errorDetails(error));
      const message = serverErrorMessage(error) ?? unreadable();
      setState(outcome ? { kind: 'refused', outcome, message } : { kind: 'error', message });
    }
  };

  const outcome = 'outcome' in state ? state.outcome : null;
  const writes = outcome ? outcome.summary.create + outcome.summary.update : 0;
  const canApply = state.kind === 'checked' && outcome !== null && outcome.summary.refuse === 0 && writes > 0;

  return { state, outcome, canApply, check, apply };
}
