import * as React from 'react';
import {
  Box,
  Button,
  Checkbox,
  Dialog,
  Field,
  Flex,
  Textarea,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { Magic } from '@strapi/icons';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { formatStat } from '../../../shared/format-stat';
import { STATS, isStatQualifier, qualifierFieldOf, type StatName } from '../../../shared/stats';
import { useDialogKeys } from '../hooks/useDialogKeys';
import { getTranslation } from '../utils/getTranslation';
import {
  evidenceInContext,
  isIsoDate,
  readExtractAnswer,
  serverErrorMessage,
  type FoundField,
  type ReleaseFieldName,
} from '../utils/release';

import { REPORT_UID } from '../../../shared/constants';
export const EXTRACT_URL = '/operation-reports/extract';

const FIELD_LABELS: Record<ReleaseFieldName, { id: string; defaultMessage: string }> = {
  codename: { id: 'fill.field.codename', defaultMessage: 'Codename' },
  agency: { id: 'fill.field.agency', defaultMessage: 'Agency' },
  headquarters: { id: 'fill.field.headquarters', defaultMessage: 'Headquarters' },
  startDate: { id: 'fill.field.startDate', defaultMessage: 'Start date' },
  endDate: { id: 'fill.field.endDate', defaultMessage: 'End date' },
  ...(Object.fromEntries(
    STATS.map(({ name, label }) => [name, { id: `stat.name.${name}`, defaultMessage: label }])
  ) as Record<StatName, { id: string; defaultMessage: string }>),
};

type Values = Record<string, unknown>;
type SetValue = (name: string, value: unknown) => void;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; fields: FoundField[]; text: string };

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The body of the "Fill from press release" dialog: paste a release, find its
 * figures, tick the ones to keep, apply them to the unsaved form. Nothing is
 * saved: the editor reviews and saves.
 */
export function FillFromReleaseDialogBody({ onClose }: { onClose: () => void }) {
  const { formatMessage, formatDate, locale } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const values = (useForm('FillFromRelease', (state) => state.values) ?? {}) as Values;
  const setValue = useForm('FillFromRelease', (state) => state.onChange) as SetValue;
  const [text, setText] = React.useState('');
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const [selected, setSelected] = React.useState<ReadonlySet<ReleaseFieldName>>(new Set());
  const request = React.useRef(0);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const outcomeRef = React.useRef<HTMLElement>(null);
  const id = React.useId();

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

  const t = (key: string, defaultMessage: string, params?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, params);
  const fieldLabel = (name: ReleaseFieldName) => t(FIELD_LABELS[name].id, FIELD_LABELS[name].defaultMessage);
  const showDate = (value: string) =>
    formatDate(new Date(`${value}T00:00:00Z`), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

  /** The value as a reader sees it: `~14,000`, `Nov 10, 2025`, `INTERPOL`. */
  const show = (field: FoundField) =>
    field.kind === 'stat'
      ? formatStat(field.value, field.qualifier, locale)
      : field.kind === 'date'
        ? showDate(field.value)
        : field.value;

  /** What the form holds now for this field, when it is set: the same value, or the one applying would replace. */
  const current = (field: FoundField): { same: boolean; shown: string } | null => {
    const now = values[field.name];
    if (isEmpty(now)) return null;
    if (field.kind === 'stat') {
      const nowQualifier = values[qualifierFieldOf(field.name)];
      const qualifier = isStatQualifier(nowQualifier) ? nowQualifier : 'exact';
      if (typeof now !== 'number') return { same: false, shown: String(now) };
      return {
        same: now === field.value && qualifier === field.qualifier,
        shown: formatStat(now, qualifier, locale),
      };
    }
    if (field.kind === 'date') {
      return { same: now === field.value, shown: isIsoDate(now) ? showDate(now) : String(now) };
    }
    return { same: String(now).trim() === field.value, shown: String(now) };
  };

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
      setSelected(new Set(fields.map((field) => field.name)));
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

  const toggle = (name: ReleaseFieldName, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

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

  const allState: boolean | 'indeterminate' =
    chosen.length === 0 ? false : chosen.length === fields.length ? true : 'indeterminate';

  return (
    <>
      <Dialog.Body alignItems="stretch" gap={4} maxHeight="65vh" overflow="auto">
        <Dialog.Description textColor="neutral600">
          {t(
            'fill.description',
            'Paste a press release: the figures, dates and names it states are listed with the words they were read from. Nothing is saved until you save the entry.'
          )}
        </Dialog.Description>
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
          <Box
            ref={outcomeRef as React.Ref<HTMLDivElement>}
            tabIndex={-1}
            role="alert"
            data-testid="fill-release-error"
            background="danger100"
            borderColor="danger200"
            borderStyle="solid"
            borderWidth="1px"
            hasRadius
            padding={3}
          >
            <Typography textColor="danger700">{state.message}</Typography>
          </Box>
        ) : null}

        {state.kind === 'done' && fields.length === 0 ? (
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
          </Box>
        ) : null}

        {state.kind === 'done' && fields.length > 0 ? (
          <Box tag="section" aria-labelledby={`${id}-results`}>
            <Flex justifyContent="space-between" alignItems="center" gap={2} paddingBottom={2}>
              <Typography
                ref={outcomeRef as React.Ref<HTMLHeadingElement>}
                tabIndex={-1}
                variant="sigma"
                textColor="neutral600"
                tag="h3"
                id={`${id}-results`}
              >
                {t('fill.results', 'Found in the release')}
              </Typography>
              <Typography variant="pi" textColor="neutral600" aria-live="polite" data-testid="fill-release-count">
                {t('fill.selected', '{selected} of {total} selected', {
                  selected: chosen.length,
                  total: fields.length,
                })}
              </Typography>
            </Flex>
            <Box paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
              <Checkbox
                checked={allState}
                onCheckedChange={() =>
                  setSelected(allState === true ? new Set() : new Set(fields.map((field) => field.name)))
                }
              >
                {t('fill.selectAll', 'Select all')}
              </Checkbox>
            </Box>
            <Box tag="ul">
              {fields.map((field) => {
                const evidence = evidenceInContext(state.text, field.evidence);
                const now = current(field);
                return (
                  <Box
                    tag="li"
                    key={field.name}
                    data-testid={`fill-release-row-${field.name}`}
                    paddingTop={3}
                    paddingBottom={3}
                    borderColor="neutral150"
                    borderStyle="solid"
                    borderWidth="0 0 1px 0"
                  >
                    <Flex gap={4} alignItems="flex-start">
                      <Box minWidth="14rem" flex="0 0 14rem">
                        <Checkbox
                          checked={selected.has(field.name)}
                          onCheckedChange={(on) => toggle(field.name, on === true)}
                        >
                          {fieldLabel(field.name)}
                        </Checkbox>
                      </Box>
                      <Flex direction="column" alignItems="flex-start" gap={1} flex="1" minWidth={0}>
                        <Typography
                          fontWeight="bold"
                          data-testid={`fill-release-value-${field.name}`}
                          title={
                            field.kind === 'stat'
                              ? formatStat(field.value, field.qualifier, locale, { style: 'long' })
                              : undefined
                          }
                        >
                          {show(field)}
                        </Typography>
                        {field.evidence ? (
                          <Typography
                            variant="pi"
                            textColor="neutral600"
                            tag="p"
                            data-testid={`fill-release-evidence-${field.name}`}
                          >
                            <VisuallyHidden>{t('fill.evidence', 'Read from:')} </VisuallyHidden>“{evidence.before}
                            <Box tag="mark" background="warning100" color="neutral800" fontWeight="bold">
                              {evidence.match}
                            </Box>
                            {evidence.after}”
                          </Typography>
                        ) : null}
                        {now ? (
                          <Typography variant="pi" textColor={now.same ? 'success600' : 'warning600'}>
                            {now.same
                              ? t('fill.same', 'Already in the form')
                              : t('fill.replaces', 'Replaces {current}', { current: now.shown })}
                          </Typography>
                        ) : null}
                      </Flex>
                    </Flex>
                  </Box>
                );
              })}
            </Box>
          </Box>
        ) : null}
      </Dialog.Body>
      <Dialog.Footer>
        <Dialog.Cancel>
          <Button variant="tertiary">{t('fill.cancel', 'Cancel')}</Button>
        </Dialog.Cancel>
        <Button data-testid="fill-release-apply" onClick={apply} disabled={chosen.length === 0}>
          {t('fill.apply', 'Apply')}
        </Button>
      </Dialog.Footer>
    </>
  );
}

/** The props the Content Manager gives an edit-view header action. */
export interface HeaderActionProps {
  model: string;
  activeTab?: 'draft' | 'published' | null;
  collectionType?: string;
  documentId?: string;
}

/** What a header action describes; `dialog.content` may be a component given `onClose`. */
export interface FillFromReleaseDescription {
  label: string;
  icon: React.ReactNode;
  disabled: boolean;
  dialog: { type: 'dialog'; title: string; content: React.ComponentType<{ onClose: () => void }> };
}

// One element for every render: the Content Manager deep-compares descriptions.
const ICON = <Magic />;

/**
 * Edit-view header action "Fill from press release" (the magic-wand button
 * beside the "More actions" menu), on operation reports only. Disabled on the
 * published tab, whose form is read-only.
 */
export const FillFromReleaseAction = ({ model, activeTab }: HeaderActionProps): FillFromReleaseDescription | null => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  const label = formatMessage({ id: getTranslation('fill.action'), defaultMessage: 'Fill from press release' });
  return {
    label,
    icon: ICON,
    disabled: activeTab === 'published',
    dialog: {
      type: 'dialog',
      title: formatMessage({ id: getTranslation('fill.title'), defaultMessage: 'Fill from press release' }),
      content: FillFromReleaseDialogBody,
    },
  };
};
