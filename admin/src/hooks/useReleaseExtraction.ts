import * as React from 'react';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { qualifierFieldOf } from '../../../shared/stats';
import { readExtractAnswer, serverErrorMessage, type FoundField, type ReleaseFieldName } from '../utils/release';
import { EXTRACT_URL } from '../utils/urls';
import { useDialogKeys } from './useDialogKeys';
import { wouldReplace } from './useFoundFieldDisplay';
import { useT } from './useT';

export type ExtractionState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; fields: FoundField[]; text: string };

type SetValue = (name: string, value: unknown) => void;

/**
 * State and requests of the "Fill from press release" dialog: the pasted text,
 * the extract request (Ctrl/Cmd+Enter included), the ticks (all found fields,
 * except those that would replace a different value already in the form), and
 * applying the ticked fields to the unsaved form. Also where focus goes: the text area on
 * open, the outcome when the answer arrives.
 */
export function useReleaseExtraction(onClose: () => void) {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const setValue = useForm('FillFromRelease', (state) => state.onChange) as SetValue;
  const values = (useForm('FillFromRelease', (state) => state.values) ?? {}) as Record<string, unknown>;
  // Read when the answer arrives, so a slow answer is ticked against the form as it is then.
  const valuesRef = React.useRef(values);
  valuesRef.current = values;
  const [text, setText] = React.useState('');
  const [state, setState] = React.useState<ExtractionState>({ kind: 'idle' });
  const [selected, setSelected] = React.useState<ReadonlySet<ReleaseFieldName>>(new Set());
  const request = React.useRef(0);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const outcomeRef = React.useRef<HTMLElement>(null);

  // The dialog focuses its Cancel button on open; the text area is what the editor came for.
  const focusTimer = React.useRef<number>();
  React.useEffect(() => {
    focusTimer.current = window.setTimeout(() => textRef.current?.focus(), 0);
    return () => window.clearTimeout(focusTimer.current);
  }, []);

  // "Find figures" is disabled while it works, which drops focus: bring it to the outcome.
  React.useEffect(() => {
    if (state.kind === 'done' || state.kind === 'error') outcomeRef.current?.focus();
  }, [state]);

  // An answer arriving after the dialog closed is dropped.
  React.useEffect(
    () => () => {
      request.current += 1;
    },
    []
  );

  const find = async () => {
    if (text.trim() === '' || state.kind === 'loading') return;
    // The figures of this very text are on screen: finding again would only reset the ticks.
    if (state.kind === 'done' && state.text === text) return;
    window.clearTimeout(focusTimer.current);
    const mine = ++request.current;
    setState({ kind: 'loading' });
    try {
      const response = await post(EXTRACT_URL, { text });
      if (mine !== request.current) return;
      const fields = readExtractAnswer(response?.data);
      // A proposal that would overwrite a different value in the form waits for the editor's tick.
      setSelected(
        new Set(fields.filter((field) => !wouldReplace(field, valuesRef.current)).map((field) => field.name))
      );
      setState({ kind: 'done', fields, text });
    } catch (error) {
      if (mine !== request.current) return;
      setState({
        kind: 'error',
        message:
          serverErrorMessage(error) ??
          t('fill.error.generic', 'The release could not be read. Check your connection and try again.'),
      });
    }
  };

  // Ctrl/Cmd+Enter finds, from anywhere in the dialog, and never reaches the edit view's save.
  useDialogKeys(textRef, () => void find());

  const fields = state.kind === 'done' ? state.fields : [];
  const chosen = fields.filter((field) => selected.has(field.name));
  const allState: boolean | 'indeterminate' =
    chosen.length === 0 ? false : chosen.length === fields.length ? true : 'indeterminate';

  const toggle = (name: ReleaseFieldName, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  const toggleAll = () => setSelected(allState === true ? new Set() : new Set(fields.map((field) => field.name)));

  const apply = () => {
    if (chosen.length === 0) return;
    for (const field of chosen) {
      setValue(field.name, field.value);
      if (field.kind === 'stat') setValue(qualifierFieldOf(field.name), field.qualifier);
    }
    toggleNotification({
      type: 'success',
      message: t('fill.applied', '{count, plural, one {# field filled} other {# fields filled}} — review and save', {
        count: chosen.length,
      }),
    });
    onClose();
  };

  return {
    text,
    setText,
    state,
    fields,
    selected,
    chosen,
    allState,
    toggle,
    toggleAll,
    find,
    apply,
    textRef,
    outcomeRef,
  };
}

export type ReleaseExtraction = ReturnType<typeof useReleaseExtraction>;
