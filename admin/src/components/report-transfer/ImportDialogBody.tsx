import * as React from 'react';
import { Box, Button, Dialog, Field, Typography } from '@strapi/design-system';
import { useReportImport } from '../../hooks/useReportImport';
import { useT } from '../../hooks/useT';
import { DescribedDialogBody } from '../ui/DescribedDialogBody';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ImportOutcomeTable } from './ImportOutcomeTable';

/**
 * Pick an export file; the server checks it with a dry run (nothing written)
 * and the table shows what would happen per report; "Import" then applies it,
 * all reports or none.
 */
export function ImportDialogBody({ onClose, onImported }: { onClose: () => void; onImported?: () => void }) {
  const t = useT();
  const { state, outcome, canApply, check, apply } = useReportImport(onImported);
  const id = React.useId();

  return (
    <>
      <DescribedDialogBody
        description={t(
          'import.description',
          'Pick a JSON file made by Export. It is checked first and nothing is written until you click Import; then every report is written, or none.'
        )}
      >
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
          <ErrorAlert data-testid="import-error" message={state.message} />
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

        {outcome ? <ImportOutcomeTable outcome={outcome} /> : null}
      </DescribedDialogBody>
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
