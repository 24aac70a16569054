import * as React from 'react';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { qualifierFieldOf } from '../../../shared/stats';
import {
  readExtractAnswer,
  readReleaseLanguage,
  serverErrorMessage,
  type FoundField,
  type ReadLanguage,
  type ReleaseFieldName,
} from '../utils/release';
import { metricInRows, metricRow, readAdditionalStats, type FoundMetric } from '../utils/releaseMetrics';
import { EXTRACT_URL } from '../utils/urls';
import { useDialogKeys } from './useDialogKeys';
import { useEditViewLocale } from './useEditViewLocale';
import { wouldReplace } from './useFoundFieldDisplay';
import { useT } from './useT';

export type ExtractionState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; fields: FoundField[]; others: FoundMetric[]; language: ReadLanguage | null; text: string };

type SetValue = (name: string, value: unknown) => void;
type AddRow = (name: string, value: Record<string, unknown>) => void;

/** What a tick stands for: one of the fields, or the `index`th proposed row of "Other figures". */
export type ProposalKey = ReleaseFieldName | `other-${number}`;
export const otherKey = (index: number): ProposalKey => `other-${index}`;

/** The repeatable component "Other figures" proposals are added to. */
const OTHER_FIGURES = 'additionalStats';

/**
 * State and requests of the "Fill from press release" dialog: the pasted text,
 * the extract request with the edit view's locale as a hint of the release's
 * language (Ctrl/Cmd+Enter included), the ticks (all found fields, except those
 * that would replace a different value already in the form; all other figures,
 * except those the report's rows hold already), and applying the ticked ones to
 * the unsaved form: fields set, other figures added as new rows, existing rows
 * untouched. Also where focus goes: the text area on open, the outcome when the
 * answer arrives.
 */
export function useReleaseExtraction(onClose: () => void) {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const setValue = useForm('FillFromRelease', (state) => state.onChange) as SetValue;
  const addFieldRow = useForm('FillFromRelease', (state) => state.addFieldRow) as AddRow;
  const locale = useEditViewLocale();
  const values = (useForm('FillFromRelease', (state) => state.values) ?? {}) as Record<string, unknown>;
  // Read when the answer arrives, so a slow answer is ticked against the form as it is then.
  const valuesRef = React.useRef(values);
  valuesRef.current = values;
  const [text, setText] = React.useState('');
  const [state, setState] = React.useState<ExtractionState>({ kind: 'idle' });
  const [selected, setSelected] = React.useState<ReadonlySet<ProposalKey>>(new Set());
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
      // The locale is only a hint: the server reads the language from the release's own words first.
      const response = await post(EXTRACT_URL, locale ? { text, locale } : { text });
      if (mine !== request.current) return;
      const body: unknown = response?.data;
      const fields = readExtractAnswer(body);
      const others = readAdditionalStats(body);
      const form = valuesRef.current;
      // A proposal that would overwrite a different value, or repeat a row of the report, waits for the editor's tick.
      setSelected(
        new Set<ProposalKey>([
          ...fields.filter((field) => !wouldReplace(field, form)).map((field) => field.name),
          ...others.flatMap((metric, index) => (metricInRows(metric, form[OTHER_FIGURES]) ? [] : [otherKey(index)])),
        ])
      );
      setState({ kind: 'done', fields, others, language: readReleaseLanguage(body), text });
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
  const others = state.kind === 'done' ? state.others : [];
  const allKeys: ProposalKey[] = [...fields.map((field) => field.name), ...others.map((_, index) => otherKey(index))];
  const chosen = fields.filter((field) => selected.has(field.name));
  const chosenOthers = others.filter((_, index) => selected.has(otherKey(index)));
  const chosenCount = chosen.length + chosenOthers.length;
  const allState: boolean | 'indeterminate' =
    chosenCount === 0 ? false : chosenCount === allKeys.length ? true : 'indeterminate';

  const toggle = (key: ProposalKey, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const toggleAll = () => setSelected(allState === true ? new Set() : new Set(allKeys));

  const apply = () => {
    if (chosenCount === 0) return;
    for (const field of chosen) {
      setValue(field.name, field.value);
      if (field.kind === 'stat') setValue(qualifierFieldOf(field.name), field.qualifier);
    }
    // Each a new row after the report's own, which stay as they are.
    for (const metric of chosenOthers) addFieldRow(OTHER_FIGURES, metricRow(metric));
    const counts = { count: chosen.length, others: chosenOthers.length };
    toggleNotification({
      type: 'success',
      message:
        chosenOthers.length === 0
          ? t('fill.applied', '{count, plural, one {# field filled} other {# fields filled}} — review and save', counts)
          : t(
              'fill.applied.others',
              '{count, plural, =0 {} one {# field filled and } other {# fields filled and }}{others, plural, one {# other figure added} other {# other figures added}} — review and save',
              counts
            ),
    });
    onClose();
  };

  return {
    text,
    setText,
    state,
    fields,
    others,
    selected,
    chosenCount,
    total: allKeys.length,
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
