import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const translationLoaders: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  fr: () => import('./translations/fr.json'),
};

interface AdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  customFields: { register(field: Record<string, unknown>): void };
}

export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Operation Reports' });
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
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translationLoaders[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        return { data, locale };
      })
    );
  },
};
