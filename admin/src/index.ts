import * as React from 'react';
import { ChartPie, PresentationChart } from '@strapi/icons';
import { PLUGIN_ID, REPORT_UID } from '../../shared/constants';
import { getTranslation } from './utils/getTranslation';
import { ENGLISH_MESSAGES, rememberMessages } from './utils/messages';
import { GlancePanel } from './components/GlancePanel';
import { KeepTypedValues } from './components/KeepTypedValues';
import { refusalWords } from './hooks/refusalWords';
import { FillFromReleaseAction } from './components/FillFromRelease';
import {
  INJECT_COLUMN_IN_TABLE,
  MUTATE_EDIT_VIEW_LAYOUT,
  localizeReportEditLayout,
  localizeReportListHeaders,
} from './components/FieldHelp';
import { rememberAdminStore } from './hooks/adminLanguage';

/**
 * Export / Import load with the list view that shows them, not with every admin page: the eager chunk stays small.
 * Suspense here, so the list view's own actions never wait for them.
 */
const ReportTransferActions = React.lazy(() =>
  import('./components/ReportTransfer').then((module) => ({ default: module.ReportTransferActions }))
);
const LazyReportTransferActions = () =>
  React.createElement(React.Suspense, { fallback: null }, React.createElement(ReportTransferActions));

type TranslationModule = { default: Record<string, string> };

const translationLoaders: Record<string, () => Promise<TranslationModule>> = {
  // English is in the eager chunk already (the fallback for every other locale).
  en: async () => ({ default: ENGLISH_MESSAGES }),
  fr: () => import('./translations/fr.json'),
  es: () => import('./translations/es.json'),
};

interface AdminApp {
  addMiddlewares(middlewares: (() => unknown)[]): void;
  registerPlugin(plugin: { id: string; name: string }): void;
  addMenuLink(link: {
    to: string;
    icon: unknown;
    intlLabel: { id: string; defaultMessage: string };
    permissions: { action: string; subject: string }[];
    Component: () => Promise<{ default: unknown }>;
  }): void;
  customFields: { register(field: Record<string, unknown>): void };
  widgets?: { register(widget: Record<string, unknown>): void };
  registerHook(name: string, fn: (value: never) => unknown): void;
  getPlugin(id: string): {
    apis: { addEditViewSidePanel(panels: unknown[]): void; addDocumentHeaderAction(actions: unknown[]): void };
    injectComponent(view: string, zone: string, component: { name: string; Component: () => unknown }): void;
  };
}

export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Operation Reports' });
    // The plugin's refusals (details.errors[].id/values) in the editor's words, under each field.
    app.addMiddlewares([refusalWords, rememberAdminStore]);
    app.customFields.register({
      name: 'stat',
      pluginId: PLUGIN_ID,
      type: 'integer',
      intlLabel: { id: getTranslation('stat.label'), defaultMessage: 'Stat' },
      intlDescription: {
        id: getTranslation('stat.description'),
        defaultMessage: 'A whole-number figure with its qualifier (exact, approximately, at least…)',
      },
      components: {
        Input: async () => import('./components/StatInput').then((module) => ({ default: module.StatInput })),
      },
    });
    // Homepage widgets arrived in Strapi 5.13; older admins simply do without.
    app.widgets?.register({
      id: 'operations',
      icon: ChartPie,
      pluginId: PLUGIN_ID,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Operations' },
      component: async () => (await import('./components/OperationsWidget')).OperationsWidget,
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: REPORT_UID }],
    });
    // The Operations page, for roles that may read reports (as core gates its own links); its chunk loads on first visit.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PresentationChart,
      intlLabel: { id: getTranslation('operations.title'), defaultMessage: 'Operations' },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: REPORT_UID }],
      Component: () => import('./pages/Operations'),
    });
  },

  bootstrap(app: AdminApp) {
    const contentManager = app.getPlugin('content-manager');
    // KeepTypedValues shows nothing: it keeps what the editor typed after a refused save.
    contentManager.apis.addEditViewSidePanel([GlancePanel, KeepTypedValues]);
    // A header action renders inside the edit view's Form, so its dialog can write the unsaved values.
    contentManager.apis.addDocumentHeaderAction([FillFromReleaseAction]);
    // Labels and help in the admin's language (an editor's own labels win), no schema limits under the figures.
    app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, localizeReportEditLayout);
    app.registerHook(INJECT_COLUMN_IN_TABLE, localizeReportListHeaders);

    // Export / Import in the list view's actions; the component renders on the Operation Report list only.
    contentManager.injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-export-import`,
      Component: LazyReportTransferActions,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translationLoaders[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        // Code outside react-intl (the refusal middleware, the layout hooks) reads the same words.
        rememberMessages(locale, data);
        return { data, locale };
      })
    );
  },
};
