import type { Core } from '@strapi/strapi';
import { DEFAULT_ADMIN, ensureAdminUser, seedLiberterraIII, seedSeriesEditions } from './seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.PLAYGROUND_SEED === 'false') return;
    const email = process.env.PLAYGROUND_ADMIN_EMAIL || DEFAULT_ADMIN.email;
    const password = process.env.PLAYGROUND_ADMIN_PASSWORD || DEFAULT_ADMIN.password;
    const admin = await ensureAdminUser(strapi, email, password);
    const report = await seedLiberterraIII(strapi);
    const editions = await seedSeriesEditions(strapi);

    const host = strapi.config.get<string>('server.host');
    const port = strapi.config.get<number>('server.port');
    const base = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
    const lines = [
      'Operation Reports playground',
      `  Admin:     ${base}/admin`,
      `  Login:     ${email} / ${password}${admin === 'created' ? ' (user created)' : ''}`,
      `  REST:      ${base}/api/operation-reports`,
      `  GraphQL:   ${base}/graphql`,
      `  Seed:      Liberterra III ${report === 'created' ? 'created' : 'already present'}` +
        (editions > 0 ? `, ${editions} other editions created` : ''),
    ];
    // Printed once the server listens, so it is not lost above Strapi's own banner.
    strapi.server.httpServer.once('listening', () => console.log(`\n${lines.join('\n')}\n`));
  },
};
