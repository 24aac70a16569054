/**
 * The playground's admin customisations, read by `strapi build` from
 * src/admin/app.(ts|tsx|js). Strapi's admin speaks English only until its
 * config lists more locales: with `fr` and `es` here, Profile → Interface
 * language offers Français and Español, and the plugin's French and Spanish
 * strings (admin/src/translations/fr.json, es.json) load with them. A change needs an admin
 * rebuild (`strapi build`, or a restart of `strapi develop`).
 */
export default {
  config: {
    locales: ['fr', 'es'],
  },
};
