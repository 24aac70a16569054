/**
 * The playground's admin customisations, read by `strapi build` from
 * src/admin/app.(ts|tsx|js). Strapi's admin speaks English only until its
 * config lists more locales: with `fr` here, Profile → Interface language
 * offers Français, and the plugin's French strings
 * (admin/src/translations/fr.json) load with it. A change needs an admin
 * rebuild (`strapi build`, or a restart of `strapi develop`).
 */
export default {
  config: {
    locales: ['fr'],
  },
};
