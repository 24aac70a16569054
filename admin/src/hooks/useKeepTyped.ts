import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';

/**
 * After a refused save, the form keeps what the editor typed.
 *
 * Strapi 5.54's edit view writes the values it saves into its cached document
 * before the request (an optimistic update) and undoes that when the server
 * refuses; the undone document reaches the `Form` as new `initialValues`, and
 * the `Form` replaces its values with them (`SET_INITIAL_VALUES`). The editor
 * would see the stored values under messages that quote the refused ones, with
 * Save disabled. This hook notices that reset (the values become the new
 * initial values while the refusal's errors are shown) and puts back the
 * values of the refused save. An edit by the editor never triggers it: it does
 * not change the initial values.
 */
export function useKeepTypedOnRefusal(enabled = true): void {
  const isSubmitting = useForm('useKeepTypedOnRefusal', (state) => state.isSubmitting);
  const values = useForm('useKeepTypedOnRefusal', (state) => state.values);
  const initialValues = useForm('useKeepTypedOnRefusal', (state) => state.initialValues);
  const hasErrors = useForm('useKeepTypedOnRefusal', (state) => Object.keys(state.errors).length > 0);
  const setValues = useForm('useKeepTypedOnRefusal', (state) => state.setValues);
  const sent = React.useRef<{ values: unknown; initial: unknown } | null>(null);

  React.useEffect(() => {
    // The values as the save began: what the editor typed.
    if (enabled && isSubmitting) sent.current = { values, initial: initialValues };
  }, [isSubmitting]);

  React.useEffect(() => {
    const typed = sent.current;
    if (!typed || isSubmitting) return;
    if (!hasErrors) {
      sent.current = null;
      return;
    }
    if (values === initialValues && initialValues !== typed.initial && values !== typed.values) {
      typed.initial = initialValues;
      setValues(typed.values as Record<string, unknown>);
    }
  }, [values, initialValues, isSubmitting, hasErrors, setValues]);
}
