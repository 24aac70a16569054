import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Dialog } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { renderInForm } from './render';

const post = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post }),
  useNotification: () => ({ toggleNotification: jest.fn() }),
}));

// Imported after the mock so the dialog sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { FillFromReleaseAction } from '../../admin/src/components/FillFromRelease';

const RELEASE = 'Operation Liberterra III led to 3,744 arrests across 119 countries.';
const ANSWER = {
  data: {
    fields: {
      arrests: { value: 3744, qualifier: 'exact', evidence: '3,744 arrests' },
      countries: { value: 119, qualifier: 'exact', evidence: '119 countries' },
    },
  },
};

/**
 * The edit view around the dialog, as the Content Manager 5.54 builds it:
 * the header action's dialog (Header.mjs, `HeaderActionDialog`) and the
 * document actions' shortcuts, bound on `window` in the bubbling phase
 * (DocumentActions.mjs: Ctrl/Cmd+Enter and Ctrl/Cmd+S save, with Shift+Enter publish).
 */
function EditView({ save, publish }: { save: jest.Mock; publish: jest.Mock }) {
  const action = FillFromReleaseAction({ model: 'plugin::operation-reports.operation-report', activeTab: 'draft' });
  const [open, setOpen] = React.useState(false);
  const values = useForm('EditView', (state) => state.values);
  React.useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.metaKey || event.ctrlKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'enter' && event.shiftKey) publish(values);
      else if (key === 'enter' || key === 's') save(values);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save, publish, values]);
  if (!action) return null;
  const Content = action.dialog.content;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {action.label}
      </button>
      <Dialog.Root open={open} onOpenChange={() => setOpen(false)}>
        <Dialog.Content>
          <Dialog.Header>{action.dialog.title}</Dialog.Header>
          <Content onClose={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Root>
    </>
  );
}

/** The dialog opened, its body loaded (a chunk of its own), the release pasted. */
async function openDialog() {
  const save = jest.fn();
  const publish = jest.fn();
  renderInForm(<EditView save={save} publish={publish} />, { values: { title: 'Draft', arrests: 5 } });
  fireEvent.click(screen.getByRole('button', { name: 'Fill from press release' }));
  // The first open loads the body's chunk: on a busy machine that takes longer than findBy's 1 s.
  const text = await screen.findByTestId('fill-release-text', {}, { timeout: 20_000 });
  fireEvent.change(text, { target: { value: RELEASE } });
  return { save, publish };
}

const press = async (target: Element, init: KeyboardEventInit) => {
  await act(async () => {
    fireEvent.keyDown(target, init);
  });
};

describe('Fill from press release owns its keys', () => {
  beforeEach(() => post.mockReset().mockResolvedValue({ data: ANSWER }));

  it('Ctrl+Enter in the text finds the figures, keeps the dialog open and never saves the entry', async () => {
    const { save, publish } = await openDialog();
    await press(screen.getByTestId('fill-release-text'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    expect(post).toHaveBeenCalledWith('/operation-reports/extract', { text: RELEASE });
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    expect(publish).not.toHaveBeenCalled();
  });

  it('Cmd+Enter on a Mac does the same', async () => {
    const { save } = await openDialog();
    await press(screen.getByTestId('fill-release-text'), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    expect(save).not.toHaveBeenCalled();
  });

  it('no edit-view shortcut leaves the dialog, wherever the focus is in it', async () => {
    const { save, publish } = await openDialog();
    await press(screen.getByTestId('fill-release-text'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    const targets = [
      screen.getByTestId('fill-release-text'),
      screen.getByRole('checkbox', { name: 'Arrests' }),
      screen.getByTestId('fill-release-apply'),
      screen.getByRole('button', { name: 'Cancel' }),
    ];
    for (const target of targets) {
      await press(target, { key: 'Enter', ctrlKey: true });
      await press(target, { key: 'Enter', metaKey: true, shiftKey: true });
      await press(target, { key: 's', ctrlKey: true });
    }
    expect(save).not.toHaveBeenCalled();
    expect(publish).not.toHaveBeenCalled();
    // The same text again: the figures on screen stand, ticks included.
    expect(post).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('Escape closes the dialog without saving or touching the form', async () => {
    const { save } = await openDialog();
    await press(screen.getByTestId('fill-release-text'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('fill-release-row-arrests')).toBeTruthy());
    await press(screen.getByTestId('fill-release-text'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(save).not.toHaveBeenCalled();
  });

  it('leaves the edit view its shortcuts once the dialog is closed', async () => {
    const { save } = await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await press(document.body, { key: 'Enter', ctrlKey: true });
    expect(save).toHaveBeenCalledWith({ title: 'Draft', arrests: 5 });
  });
});
