import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { Form, useField, useForm } from '@strapi/strapi/admin';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import { REPORT_UID } from '../../shared/constants';
import { KeepTypedValues } from '../../admin/src/components/KeepTypedValues';

/**
 * Strapi 5.54's edit view, after a refused save: its optimistic update of the
 * cached document (first handed to the Form as `initialValues`) is undone, so
 * the Form receives the stored document again as new `initialValues` and replaces its values with them (SET_INITIAL_VALUES),
 * while UpdateAction sets the refusal's errors and ends the submit. The harness
 * drives the real Form through those same steps, in both orders.
 */
type Controls = {
  setSubmitting(value: boolean): void;
  setErrors(errors: Record<string, string>): void;
};

function EndDate({ controls }: { controls: React.MutableRefObject<Controls | null> }) {
  const { value, onChange, error } = useField('endDate');
  const modified = useForm('test', (state) => state.modified);
  controls.current = {
    setSubmitting: useForm('test', (state) => state.setSubmitting),
    setErrors: useForm('test', (state) => state.setErrors),
  };
  return (
    <>
      <input aria-label="End date" value={String(value ?? '')} onChange={(e) => onChange('endDate', e.target.value)} />
      <p data-testid="error">{error ?? ''}</p>
      <p data-testid="modified">{String(modified)}</p>
    </>
  );
}

const STORED = { startDate: '2023-10-03', endDate: '2023-10-05' };

function EditView({
  stored,
  model,
  controls,
}: {
  stored: object;
  model: string;
  controls: React.MutableRefObject<Controls | null>;
}) {
  return (
    <MemoryRouter>
      <IntlProvider locale="en" messages={{}}>
        <DesignSystemProvider locale="en">
          <Form method="PUT" initialValues={stored}>
            {() => (
              <>
                <KeepTypedValues model={model} />
                <EndDate controls={controls} />
              </>
            )}
          </Form>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>
  );
}

async function refusedSave(model: string, order: 'reset first' | 'errors first') {
  const controls: React.MutableRefObject<Controls | null> = { current: null };
  const view = render(<EditView stored={STORED} model={model} controls={controls} />);
  fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2023-10-01' } });
  await act(async () => controls.current!.setSubmitting(true));
  // The optimistic update: the cached document holds the saved values...
  await act(async () =>
    view.rerender(<EditView stored={{ ...STORED, endDate: '2023-10-01' }} model={model} controls={controls} />)
  );
  // ...until the refusal undoes it: the stored document again.
  const reset = async () => view.rerender(<EditView stored={{ ...STORED }} model={model} controls={controls} />);
  const refuse = async () => {
    controls.current!.setErrors({
      endDate: 'The end date (Oct 1, 2023) must be on or after the start date (Oct 3, 2023).',
    });
    controls.current!.setSubmitting(false);
  };
  if (order === 'reset first') {
    await act(reset);
    await act(refuse);
  } else {
    await act(refuse);
    await act(reset);
  }
  return {
    typed: (screen.getByLabelText('End date') as HTMLInputElement).value,
    error: screen.getByTestId('error').textContent,
    modified: screen.getByTestId('modified').textContent,
  };
}

describe('after a refused save, the form keeps what the editor typed', () => {
  it.each(['reset first', 'errors first'] as const)('on an operation report (%s)', async (order) => {
    const after = await refusedSave(REPORT_UID, order);
    expect(after.typed).toBe('2023-10-01');
    expect(after.error).toContain('Oct 1, 2023');
    // Save stays armed: the form differs from the stored document.
    expect(after.modified).toBe('true');
  });

  it('leaves other content types to the Content Manager as it is', async () => {
    const after = await refusedSave('api::article.article', 'errors first');
    expect(after.typed).toBe('2023-10-05');
  });

  it('lets the editor put the stored value back by hand', async () => {
    const controls: React.MutableRefObject<Controls | null> = { current: null };
    const view = render(<EditView stored={STORED} model={REPORT_UID} controls={controls} />);
    const input = screen.getByLabelText('End date') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2023-10-01' } });
    await act(async () => controls.current!.setSubmitting(true));
    const patched = { ...STORED, endDate: '2023-10-01' };
    await act(async () => view.rerender(<EditView stored={patched} model={REPORT_UID} controls={controls} />));
    await act(async () => view.rerender(<EditView stored={{ ...STORED }} model={REPORT_UID} controls={controls} />));
    await act(async () => {
      controls.current!.setErrors({ endDate: 'refused' });
      controls.current!.setSubmitting(false);
    });
    expect(input.value).toBe('2023-10-01');
    fireEvent.change(input, { target: { value: '2023-10-05' } });
    await act(async () => {});
    expect(input.value).toBe('2023-10-05');
  });
});
