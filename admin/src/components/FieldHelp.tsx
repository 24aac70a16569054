import * as React from 'react';
import { PLUGIN_ID } from '../../../shared/constants';
import { useT } from '../hooks/useT';
import { getTranslation } from '../utils/getTranslation';
import en from '../translations/en.json';

/** The Content Manager hook this file's `localizeReportEditLayout` is registered on. */
export const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

const STAT_FIELD = `plugin::${PLUGIN_ID}.stat`;
const ENGLISH: Record<string, string> = en;
const helpKey = (field: string) => `field.${field}.help`;

/** A field's help in the admin's language; `text` is the English the layout holds. */
export function FieldHelp({ field, text }: { field: string; text: string }) {
  const t = useT();
  return <>{t(helpKey(field), text)}</>;
}

interface LayoutField {
  name: string;
  hint?: React.ReactNode;
  attribute?: Record<string, unknown>;
}

export interface EditLayoutHookValue {
  layout: { layout: LayoutField[][][] };
}

const isStatField = (field: LayoutField) => field.attribute?.customField === STAT_FIELD;

/**
 * The Content Manager writes an attribute's `min`/`max` under the field
 * ("min. 0 / max. 2147483647"). For the figures and the computed duration these
 * are schema limits, not help: they are left out of the field's layout, which
 * only the hint reads. The form's validation reads the schema, and the server
 * checks every write, so nothing is loosened; StatInput says when a limit is broken.
 */
function withoutSchemaLimits(field: LayoutField): LayoutField {
  if (!field.attribute || !(isStatField(field) || field.name === 'durationDays')) return field;
  const { min: _min, max: _max, ...attribute } = field.attribute;
  return { ...field, attribute };
}

/**
 * The Content Manager shows a field's description as it is stored, in one
 * language. Help still reading the plugin's English default is shown in the
 * admin's language instead; help an editor wrote in "Configure the view" stays as written.
 */
function withLocalizedHelp(field: LayoutField): LayoutField {
  const english = ENGLISH[getTranslation(helpKey(field.name))];
  if (english === undefined || field.hint !== english) return field;
  return { ...field, hint: <FieldHelp field={field.name} text={english} /> };
}

/**
 * `Admin/CM/pages/EditView/mutate-edit-view-layout`: applies to the edit view
 * of a content type that uses the stat field (the operation report), and
 * leaves every other content type's layout untouched.
 */
export function localizeReportEditLayout<T extends EditLayoutHookValue>(value: T): T {
  const panels = value.layout.layout;
  if (!panels.some((panel) => panel.some((row) => row.some(isStatField)))) return value;
  const layout = panels.map((panel) => panel.map((row) => row.map((f) => withLocalizedHelp(withoutSchemaLimits(f)))));
  return { ...value, layout: { ...value.layout, layout } };
}
