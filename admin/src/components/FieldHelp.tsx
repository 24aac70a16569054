import * as React from 'react';
import { CRIME_AREA_UID, PLUGIN_ID, REPORT_UID } from '../../../shared/constants';
import { currentAdminLocale } from '../hooks/adminLanguage';
import { useT } from '../hooks/useT';
import { getTranslation } from '../utils/getTranslation';
import { labelIn, labelKey } from '../utils/fieldLabels';
import { ENGLISH_MESSAGES } from '../utils/messages';

/** The Content Manager hooks this file's `localizeReportEditLayout` and `localizeReportListHeaders` are registered on. */
export const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';
export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';

const STAT_FIELD = `plugin::${PLUGIN_ID}.stat`;
const helpKey = (field: string) => `field.${field}.help`;

/** A field's help in the admin's language; `text` is the English the layout holds. */
export function FieldHelp({ field, text }: { field: string; text: string }) {
  const t = useT();
  return <>{t(helpKey(field), text)}</>;
}

interface LayoutField {
  name: string;
  label?: string;
  hint?: React.ReactNode;
  attribute?: Record<string, unknown>;
}

export interface EditLayoutHookValue {
  layout: { layout: LayoutField[][][]; components?: Record<string, { layout: LayoutField[][] }> };
}

/** The content type whose view is open: the Content Manager's URL names it. */
const openModel = (): string | undefined =>
  [REPORT_UID, CRIME_AREA_UID].find((uid) => globalThis.location?.pathname.includes(`/${uid}`));

/**
 * A field's label in the admin's language while it is still the plugin's
 * English (set at install in the Content Manager's metadata); a label an
 * editor chose in "Configure the view" stays as written, in any language.
 */
const withLabel =
  (owner: string, locale: string) =>
  (field: LayoutField): LayoutField => {
    const label = labelIn(locale, owner, field.name, field.label);
    return label === field.label ? field : { ...field, label };
  };

const isStatField = (field: LayoutField) => field.attribute?.customField === STAT_FIELD;

/**
 * The Content Manager writes an attribute's limits under the field ("min. 0 /
 * max. 2147483647", "max. 120 characters"), in English whatever the admin's
 * language. These are schema limits, not help: they are left out of the
 * layout of the plugin's fields, which only the hint reads. The form's
 * validation reads the schema and the server checks every write, so nothing is
 * loosened; a broken limit is said in the editor's words (StatInput's own
 * messages, the server's refusals worded by the admin).
 */
const LIMITS = ['min', 'max', 'minLength', 'maxLength'];
function withoutSchemaLimits(field: LayoutField): LayoutField {
  if (!field.attribute || !LIMITS.some((limit) => limit in field.attribute!)) return field;
  const attribute = Object.fromEntries(Object.entries(field.attribute).filter(([key]) => !LIMITS.includes(key)));
  return { ...field, attribute };
}

/**
 * The Content Manager shows a field's description as it is stored, in one
 * language. Help still reading the plugin's English default is shown in the
 * admin's language instead; help an editor wrote in "Configure the view" stays as written.
 */
function withLocalizedHelp(field: LayoutField): LayoutField {
  const english = ENGLISH_MESSAGES[getTranslation(helpKey(field.name))];
  if (english === undefined || field.hint !== english) return field;
  return { ...field, hint: <FieldHelp field={field.name} text={english} /> };
}

/**
 * `Admin/CM/pages/EditView/mutate-edit-view-layout`: on the operation report's
 * edit view (the one that uses the stat field) its fields and its components'
 * fields get their labels and help in the admin's language, without schema
 * limits under them; the crime area's likewise; every other
 * content type's layout is left untouched.
 */
export function localizeReportEditLayout<T extends EditLayoutHookValue>(value: T): T {
  const panels = value.layout.layout;
  const isReport = panels.some((panel) => panel.some((row) => row.some(isStatField)));
  const owner = isReport ? REPORT_UID : openModel();
  if (owner === undefined) return value;
  const locale = currentAdminLocale();
  const labelled = withLabel(owner, locale);
  const field = (f: LayoutField) => labelled(withLocalizedHelp(withoutSchemaLimits(f)));
  const layout = panels.map((panel) => panel.map((row) => row.map(field)));
  const components = Object.fromEntries(
    Object.entries(value.layout.components ?? {}).map(([uid, component]) => [
      uid,
      {
        ...component,
        layout: component.layout.map((row) => row.map((f) => withLabel(uid, locale)(withoutSchemaLimits(f)))),
      },
    ])
  );
  return { ...value, layout: { ...value.layout, layout, ...(value.layout.components ? { components } : {}) } };
}

interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
}

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: on the report and crime
 * area lists, a column header still reading the plugin's English becomes a
 * translation the list formats in the admin's language; a header an editor
 * renamed stays as written.
 */
export function localizeReportListHeaders<T extends { displayedHeaders: ListHeader[] }>(value: T): T {
  const owner = openModel();
  if (owner === undefined) return value;
  const displayedHeaders = value.displayedHeaders.map((header) => {
    const key = labelKey(owner, header.name);
    const english = ENGLISH_MESSAGES[key];
    if (typeof header.label !== 'string' || english === undefined || header.label !== english) return header;
    return { ...header, label: { id: key, defaultMessage: english } };
  });
  return { ...value, displayedHeaders };
}
