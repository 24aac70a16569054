import * as React from 'react';
import { render as renderRTL } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { Form } from '@strapi/strapi/admin';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';

const messages: Record<string, Record<string, string>> = { en, es, fr };

/**
 * Renders a component inside a Content Manager-like form, as the edit view does; `url` is the page's address
 * (`/edit?plugins[i18n][locale]=fr`: the edit view of a report's French content).
 */
export function renderInForm(
  ui: React.ReactElement,
  { values = {}, locale = 'en', url = '/' }: { values?: Record<string, unknown>; locale?: string; url?: string } = {}
) {
  return renderRTL(
    <MemoryRouter initialEntries={[url]}>
      <IntlProvider locale={locale} messages={messages[locale] ?? en} defaultLocale="en">
        <DesignSystemProvider locale={locale}>
          <Form method="PUT" initialValues={values}>
            {() => ui}
          </Form>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>
  );
}
