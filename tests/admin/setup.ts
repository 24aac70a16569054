import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';
import { rememberMessages } from '../../admin/src/utils/messages';

// jsdom lacks a few browser APIs the design system touches.
window.matchMedia =
  window.matchMedia ||
  ((query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList);
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= () => {};

// The admin hands the plugin each language's messages at boot (registerTrads); the tests hand it French and Spanish the same way.
rememberMessages('fr', fr);
rememberMessages('es', es);
