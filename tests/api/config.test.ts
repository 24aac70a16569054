import { startStrapi } from '../helpers/strapi';
import { requestedDatabases } from '../helpers/databases';

// Config is checked before any table is touched, so one database is enough here.
const kind = requestedDatabases()[0];

describe('plugin config validated at boot', () => {
  it.each([
    [{ publicRead: 'yes' }, /config key "publicRead" must be a boolean, got string "yes"/],
    [{ publicRead: 1 }, /config key "publicRead" must be a boolean, got number 1/],
    [{ publicRead: true, colour: 'red' }, /unknown config key "colour"/],
    [{ pubicRead: true }, /unknown config key "pubicRead"/],
  ])('stops Strapi on %j with a message naming the key', async (config, message) => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      await expect(startStrapi(kind, 'bad-config', { pluginConfig: config })).rejects.toThrow(message);
    } finally {
      exit.mockRestore();
    }
  });

  it('boots with the defaults when the config block is empty', async () => {
    const app = await startStrapi(kind, 'empty-config', { pluginConfig: {} });
    try {
      expect(app.strapi.config.get('plugin::operation-reports')).toEqual({ publicRead: false, cacheMaxAge: 0 });
      expect((await app.http().get('/api/operation-reports')).status).toBe(403);
    } finally {
      await app.stop();
    }
  });
});
