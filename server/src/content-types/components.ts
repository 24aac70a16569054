import type { Core } from '@strapi/strapi';
import { COMPONENT_CATEGORY, componentSchemas } from './index';

/**
 * Strapi loads components only from the app's src/components, so the plugin
 * adds its own to the registry, shaped as the app loader shapes them.
 */
export function registerComponents(strapi: Core.Strapi): void {
  const registry = strapi.get('components');
  for (const [name, schema] of Object.entries(componentSchemas)) {
    const uid = `${COMPONENT_CATEGORY}.${name}`;
    if (registry.get(uid)) continue;
    const definition = structuredClone(schema) as Record<string, unknown>;
    registry.set(uid, {
      ...definition,
      __schema__: structuredClone(schema),
      uid,
      category: COMPONENT_CATEGORY,
      modelType: 'component',
      modelName: name,
      globalId: `ComponentOperationReports${name.charAt(0).toUpperCase()}${name.slice(1)}`,
    });
  }
}
