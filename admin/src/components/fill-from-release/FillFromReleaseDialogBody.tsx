import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useReleaseExtraction } from '../../hooks/useReleaseExtraction';
import { useT } from '../../hooks/useT';
import { DescribedDialogBody } from '../ui/DescribedDialogBody';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ReleaseLanguageLine } from './ReleaseLanguageLine';
import { ReleaseResults } from './ReleaseResults';

/**
 * The body of the "Fill from press release" dialog: paste a release, find its
 * figures, tick the ones to keep, apply them to the unsaved form. Nothing is
 * saved: the editor reviews and saves.
 */
export function FillFromReleaseDialogBody({ onClose }: { onClose: () => void }) {
  const t = useT();
  const extraction = useReleaseExtraction(onClose);
  const { text, setText, state, total, chosenCount, find, apply, textRef, outcomeRef } = extraction;
  const id = React.useId();

  return (
    <>
      <DescribedDialogBody
        description={t(
          'fill.description',
          'Paste a press release: the figures, dates and names it states are listed with the words they were read from. Nothing is saved until you save the entry.'
        )}
      >
        <Field.Root
          name="fill-release-text"
          id={`${id}-text`}
          hint={t('fill.text.hint', 'Plain text, up to 100 KB. Ctrl+Enter finds the figures.')}
        >
          <Field.Label>{t('fill.text.label', 'Press release text')}</Field.Label>
          <Textarea
            ref={textRef}
            data-testid="fill-release-text"
            value={text}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
        <Flex justifyContent="flex-start">
          <Button
            variant="secondary"
            data-testid="fill-release-find"
            onClick={() => void find()}
            loading={state.kind === 'loading'}
            disabled={text.trim() === ''}
          >
            {t('fill.find', 'Find figures')}
          </Button>
        </Flex>

        {state.kind === 'error' ? (
          <ErrorAlert
            ref={outcomeRef as React.Ref<HTMLDivElement>}
            data-testid="fill-release-error"
            message={state.message}
            onDismiss={() => textRef.current?.focus()}
          />
        ) : null}

        {state.kind === 'done' && total === 0 ? (
          <Box
            ref={outcomeRef as React.Ref<HTMLDivElement>}
            tabIndex={-1}
            role="status"
            data-testid="fill-release-empty"
            background="neutral100"
            hasRadius
            padding={3}
          >
            <Typography textColor="neutral700">
              {t(
                'fill.empty',
                'No figures, dates or names were found in this text. Nothing is guessed: fill the fields by hand.'
              )}
            </Typography>
            {state.language ? <ReleaseLanguageLine read={state.language} /> : null}
          </Box>
        ) : null}

        {state.kind === 'done' && total > 0 ? (
          <ReleaseResults id={`${id}-results`} text={state.text} extraction={extraction} />
        ) : null}
      </DescribedDialogBody>
      <Dialog.Footer>
        <Dialog.Cancel>
          <Button variant="tertiary">{t('fill.cancel', 'Cancel')}</Button>
        </Dialog.Cancel>
        <Button data-testid="fill-release-apply" onClick={apply} disabled={chosenCount === 0}>
          {t('fill.apply', 'Apply')}
        </Button>
      </Dialog.Footer>
    </>
  );
}
