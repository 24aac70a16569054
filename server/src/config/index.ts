import { yup } from '@strapi/utils';

export interface PluginConfig {
  /** Grant the Public role read access (find, findOne, stats) to reports and crime areas at boot. */
  publicRead: boolean;
}

const defaultConfig: PluginConfig = { publicRead: false };

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : `${typeof value} ${JSON.stringify(value)}`;

const mustBeBoolean = ({ path, value }: { path: string; value: unknown }) =>
  `config key "${path}" must be a boolean, got ${describe(value)}`;

/** The config's keys, each with its schema (strict: no casting of "true" or 1). */
const CONFIG = yup
  .object({ publicRead: yup.boolean().defined(mustBeBoolean).typeError(mustBeBoolean) })
  .strict()
  .defined(({ value }) => `config must be an object, got ${describe(value)}`)
  .typeError(({ value }) => `config must be an object, got ${describe(value)}`);

const KEYS = Object.keys(CONFIG.fields);

/** Runs one yup check; its refusal stops Strapi at boot with yup's message, as a plain Error. */
function check(run: () => unknown) {
  try {
    run();
  } catch (error) {
    throw error instanceof yup.ValidationError ? new Error(error.message) : error;
  }
}

/**
 * Stops Strapi at boot on a config it would otherwise half-understand: the
 * keys are read in the order the config gives them, the first wrong one named.
 */
export function validateConfig(config: unknown): asserts config is PluginConfig {
  const options = { strict: true, abortEarly: true };
  check(() => CONFIG.validateSync(config, { ...options, recursive: false }));
  for (const key of Object.keys(config as object)) {
    if (!KEYS.includes(key)) throw new Error(`unknown config key "${key}" (allowed: ${KEYS.join(', ')})`);
    check(() => CONFIG.validateSyncAt(key, config, options));
  }
}

export default {
  default: defaultConfig,
  validator: validateConfig,
};
