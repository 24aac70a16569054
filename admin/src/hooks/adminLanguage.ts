type Store = { getState(): unknown };

let adminStore: Store | null = null;

/** The admin's interface language, as the admin's store holds it ('en' until it says otherwise). */
export const adminLocale = (state: unknown): string => {
  const locale = (state as { admin_app?: { language?: { locale?: unknown } } })?.admin_app?.language?.locale;
  return typeof locale === 'string' ? locale : 'en';
};

/**
 * A redux middleware (`app.addMiddlewares`) that only keeps hold of the admin's
 * store, so code the Content Manager calls outside React (its layout hooks)
 * can ask for the interface language of the moment.
 */
export const rememberAdminStore = () => (store: Store) => {
  adminStore = store;
  return (next: (action: unknown) => unknown) => (action: unknown) => next(action);
};

/** The interface language now: the profile's choice, 'en' before the admin has a store. */
export const currentAdminLocale = (): string => adminLocale(adminStore?.getState());
