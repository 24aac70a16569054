import plugin from '../../admin/src/index';
import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';

// What the admin asks at boot for the locales its config lists: each language's messages, English included.
describe('registerTrads', () => {
  it('hands the admin the messages of each listed locale it has, and none for another', async () => {
    const loaded = await plugin.registerTrads({ locales: ['en', 'fr', 'es', 'de'] });
    expect(loaded).toEqual([
      { locale: 'en', data: en },
      { locale: 'fr', data: fr },
      { locale: 'es', data: es },
      { locale: 'de', data: {} },
    ]);
  });
});
