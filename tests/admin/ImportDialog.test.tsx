import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Dialog } from '@strapi/design-system';
import { renderInForm } from './render';

const post = jest.fn();
const toggleNotification = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post }),
  useNotification: () => ({ toggleNotification }),
}));

// Imported after the mock so the dialog sees the stubbed fetch client.
// eslint-disable-next-line import/first
import { ImportDialogBody } from '../../admin/src/components/ReportTransfer';

/** The message of the import's error panel: the design system's Alert, whose message is the role="alert" region. */
const errorText = () => within(screen.getByTestId('import-error')).getByRole('alert').textContent;

const FILE = {
  version: 1,
  plugin: 'operation-reports',
  exportedAt: '2026-01-01T00:00:00.000Z',
  crimeAreas: [],
  reports: [],
};

const outcome = (
  dryRun: boolean,
  reports: { slug: string | null; title?: string | null; action: string; errors?: unknown[] }[]
) => {
  const summary = { create: 0, update: 0, unchanged: 0, refuse: 0 } as Record<string, number>;
  for (const report of reports) summary[report.action] += 1;
  return { dryRun, applied: !dryRun && summary.refuse === 0, reports, summary };
};

const onImported = jest.fn();

function openDialog(locale = 'en') {
  renderInForm(
    <Dialog.Root open>
      <Dialog.Content>
        <Dialog.Header>Import reports</Dialog.Header>
        <ImportDialogBody onClose={() => {}} onImported={onImported} />
      </Dialog.Content>
    </Dialog.Root>,
    { locale }
  );
  return screen.getByRole('alertdialog');
}

async function pickFile(content: string) {
  await act(async () => {
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [{ name: 'operation-reports.json', text: async () => content }] },
    });
  });
}

const applyButton = () => screen.getByTestId('import-apply') as HTMLButtonElement;

describe('Import dialog', () => {
  beforeEach(() => {
    post.mockReset();
    toggleNotification.mockReset();
    onImported.mockReset();
  });

  it('checks the file with a dry run, shows what would happen per report, then imports', async () => {
    post
      .mockResolvedValueOnce({
        data: {
          data: outcome(true, [
            { slug: 'operation-alpha', action: 'create' },
            { slug: 'operation-beta', action: 'update' },
            { slug: 'operation-gamma', action: 'unchanged' },
          ]),
        },
      })
      .mockResolvedValueOnce({
        data: {
          data: outcome(false, [
            { slug: 'operation-alpha', action: 'create' },
            { slug: 'operation-beta', action: 'update' },
            { slug: 'operation-gamma', action: 'unchanged' },
          ]),
        },
      });
    const dialog = openDialog();
    expect(within(dialog).getByText('Export file')).toBeTruthy();
    expect(applyButton().disabled).toBe(true);

    await pickFile(JSON.stringify(FILE));
    expect(post).toHaveBeenCalledWith('/operation-reports/import?dryRun=true', FILE);
    await waitFor(() => expect(screen.getByTestId('import-row-2')).toBeTruthy());
    expect(screen.getByTestId('import-summary').textContent).toBe('1 to create, 1 to update, 1 unchanged, 0 refused');
    expect(within(screen.getByTestId('import-row-0')).getByText('operation-alpha')).toBeTruthy();
    expect(within(screen.getByTestId('import-row-0')).getByText('create')).toBeTruthy();
    expect(within(screen.getByTestId('import-row-1')).getByText('update')).toBeTruthy();
    expect(within(screen.getByTestId('import-row-2')).getByText('unchanged')).toBeTruthy();
    expect(applyButton().disabled).toBe(false);

    await act(async () => {
      fireEvent.click(applyButton());
    });
    expect(post).toHaveBeenLastCalledWith('/operation-reports/import?dryRun=false', FILE);
    await waitFor(() => expect(screen.getByTestId('import-done')).toBeTruthy());
    expect(screen.getByTestId('import-done').textContent).toBe('Imported: 1 created, 1 updated, 1 unchanged.');
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(toggleNotification).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
  });

  it('shows refused reports with their field errors inline and does not offer to import', async () => {
    post.mockResolvedValueOnce({
      data: {
        data: outcome(true, [
          { slug: 'operation-alpha', action: 'create' },
          {
            slug: 'operation-invalid',
            action: 'refuse',
            errors: [
              {
                path: ['locales', 'en', 'draft', 'endDate'],
                message: 'endDate (2025-02-01) must be on or after startDate (2025-02-10)',
              },
            ],
          },
        ]),
      },
    });
    openDialog();
    await pickFile(JSON.stringify(FILE));
    await waitFor(() => expect(screen.getByTestId('import-row-1')).toBeTruthy());
    const row = screen.getByTestId('import-row-1');
    expect(within(row).getByText('refused')).toBeTruthy();
    expect(row.textContent).toContain(
      'locales.en.draft.endDate: endDate (2025-02-01) must be on or after startDate (2025-02-10)'
    );
    expect(applyButton().disabled).toBe(true);
  });

  it('names refused reports by title and slug, with every problem in full, wrapped', async () => {
    const long =
      'endDate (2023-10-01) must be on or after startDate (2023-10-03); the figures of this version were left as the file gives them, nothing was rounded';
    post.mockResolvedValueOnce({
      data: {
        data: outcome(true, [
          {
            slug: 'operation-liberterra-iii',
            title: 'Operation Liberterra III',
            action: 'refuse',
            errors: [{ path: ['locales', 'en', 'draft', 'endDate'], message: long }],
          },
          { slug: 'operation-untitled', title: null, action: 'refuse', errors: [{ path: [], message: 'x' }] },
          { slug: null, title: 'Operation Without Slug', action: 'refuse', errors: [{ path: [], message: 'y' }] },
          { slug: null, title: null, action: 'refuse', errors: [{ path: [], message: 'z' }] },
        ]),
      },
    });
    openDialog();
    await pickFile(JSON.stringify(FILE));
    await waitFor(() => expect(screen.getByTestId('import-row-3')).toBeTruthy());
    const first = screen.getByTestId('import-row-0');
    const name = within(first).getByText('Operation Liberterra III (operation-liberterra-iii)');
    const problem = within(first).getByText(`locales.en.draft.endDate: ${long}`);
    // The design system's table keeps cells on one line (white-space: nowrap); these wrap instead.
    for (const element of [name, problem]) {
      expect(getComputedStyle(element).whiteSpace).toBe('normal');
      expect(getComputedStyle(element).getPropertyValue('overflow-wrap')).toBe('anywhere');
    }
    expect(within(screen.getByTestId('import-row-1')).getByText('operation-untitled')).toBeTruthy();
    expect(within(screen.getByTestId('import-row-2')).getByText('Operation Without Slug')).toBeTruthy();
    expect(within(screen.getByTestId('import-row-3')).getByText('Report 4 of the file')).toBeTruthy();
    expect(screen.queryByText(/^#\d/)).toBeNull();
  });

  it('says so when the file is not JSON, without calling the server', async () => {
    openDialog();
    await pickFile('{ not json');
    expect(errorText()).toMatch(/not JSON/);
    expect(post).not.toHaveBeenCalled();
    expect(applyButton().disabled).toBe(true);
  });

  it("shows the server's message when the file is refused as a whole", async () => {
    post.mockRejectedValueOnce(
      Object.assign(new Error('Request failed'), {
        response: { data: { error: { message: 'version must be 1, the export format this plugin reads (got 2)' } } },
      })
    );
    openDialog();
    await pickFile(JSON.stringify({ ...FILE, version: 2 }));
    expect(errorText()).toBe('version must be 1, the export format this plugin reads (got 2)');
  });

  it('shows the refusals of a real import that the server turned down', async () => {
    post.mockResolvedValueOnce({ data: { data: outcome(true, [{ slug: 'operation-alpha', action: 'create' }]) } });
    post.mockRejectedValueOnce(
      Object.assign(new Error('Request failed'), {
        response: {
          data: {
            error: {
              message: 'Nothing was imported: 1 of 1 report refused: operation-alpha (slug: slug is taken)',
              details: outcome(false, [
                { slug: 'operation-alpha', action: 'refuse', errors: [{ path: ['slug'], message: 'slug is taken' }] },
              ]),
            },
          },
        },
      })
    );
    openDialog();
    await pickFile(JSON.stringify(FILE));
    await waitFor(() => expect(applyButton().disabled).toBe(false));
    await act(async () => {
      fireEvent.click(applyButton());
    });
    await waitFor(() => expect(screen.getByTestId('import-error')).toBeTruthy());
    expect(errorText()).toMatch(/^Nothing was imported/);
    expect(within(screen.getByTestId('import-row-0')).getByText('refused')).toBeTruthy();
    expect(screen.getByTestId('import-row-0').textContent).toContain('slug: slug is taken');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('speaks French', async () => {
    post.mockResolvedValueOnce({ data: { data: outcome(true, [{ slug: 'operation-alpha', action: 'create' }]) } });
    openDialog('fr');
    expect(screen.getByText('Fichier d’export')).toBeTruthy();
    await pickFile(JSON.stringify(FILE));
    await waitFor(() =>
      expect(screen.getByTestId('import-summary').textContent).toBe(
        '1 à créer, 0 à mettre à jour, 0 inchangés, 0 refusés'
      )
    );
    expect(screen.getByRole('button', { name: 'Importer' })).toBeTruthy();
  });
});
