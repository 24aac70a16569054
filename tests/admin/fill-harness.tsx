import * as React from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { Dialog } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { FillFromReleaseAction, type HeaderActionProps } from '../../admin/src/components/FillFromRelease';
import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';
import { renderInForm } from './render';

/*
 * The "Fill from press release" action as the Content Manager's edit view
 * shows it, for the dialog's tests. A test file mocks `useFetchClient` and
 * `useNotification` of @strapi/strapi/admin before importing this file.
 */

export const REPORT = 'plugin::operation-reports.operation-report';

const MESSAGES: Record<string, Record<string, string>> = { en, es, fr };
/** The plugin's text for `key` in the admin language `locale`. */
export const message = (locale: string, key: string) => MESSAGES[locale][`operation-reports.${key}`];

/** The form's live values, as the Content Manager would save them. */
function FormValues() {
  const values = useForm('FormValues', (state) => state.values);
  return <pre data-testid="form-values">{JSON.stringify(values)}</pre>;
}
export const formValues = () =>
  JSON.parse(screen.getByTestId('form-values').textContent ?? '{}') as Record<string, unknown>;

/** What the Content Manager's header does with an action: a button labelled `label`, opening `dialog`. */
export function HeaderActionHarness(props: HeaderActionProps) {
  const action = FillFromReleaseAction(props);
  const [open, setOpen] = React.useState(false);
  if (!action) return <span>no action</span>;
  const Content = action.dialog.content;
  return (
    <>
      <button type="button" aria-label={action.label} disabled={action.disabled} onClick={() => setOpen(true)}>
        {action.icon}
      </button>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Content>
          <Dialog.Header>{action.dialog.title}</Dialog.Header>
          <Content onClose={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Root>
      <FormValues />
    </>
  );
}

/**
 * The edit view of a report holding `values`, in the admin language `locale`, at `url`; the dialog opened and its
 * body loaded (it is a chunk of its own).
 */
export async function openDialog(values: Record<string, unknown> = {}, locale = 'en', url = '/') {
  renderInForm(<HeaderActionHarness model={REPORT} activeTab="draft" />, { values, locale, url });
  fireEvent.click(screen.getByRole('button', { name: message(locale, 'fill.action') }));
  // The first open compiles and loads the body's chunk: on a busy machine that takes longer than findBy's 1 s.
  await screen.findByTestId('fill-release-text', {}, { timeout: 20_000 });
  return screen.getByRole('alertdialog');
}

/** Pastes `text` and presses "Find figures", letting the answer land. */
export async function findFigures(text: string) {
  fireEvent.change(screen.getByTestId('fill-release-text'), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('fill-release-find'));
  });
}
