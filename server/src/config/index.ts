export interface PluginConfig {
  /** Grant the Public role read access (find, findOne, stats) to reports and crime areas at boot. */
  publicRead: boolean;
}

export const defaultConfig: PluginConfig = { publicRead: false };

const KEYS: Record<keyof PluginConfig, 'boolean'> = { publicRead: 'boolean' };

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : `${typeof value} ${JSON.stringify(value)}`;

/** Stops Strapi at boot on a config it would otherwise half-understand. */
export function validateConfig(config: unknown): asserts config is PluginConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new Error(`config must be an object, got ${describe(config)}`);
  }
  for (const [key, value] of Object.entries(config)) {
    const expected = KEYS[key as keyof PluginConfig];
    if (!expected) {
      throw new Error(`unknown config key "${key}" (allowed: ${Object.keys(KEYS).join(', ')})`);
    }
    if (typeof value !== expected) {
      throw new Error(`config key "${key}" must be a ${expected}, got ${describe(value)}`);
    }
  }
}

export default {
  default: defaultConfig,
  validator: validateConfig,
};
