import * as React from 'react';
import { render as renderRTL } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { Form } from '@strapi/strapi/admin';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';

const messages: Record<string, Record<string, string>> = { en, fr };

/** Renders a component inside a Content Manager-like form, as the edit view does. */
export function renderInForm(
  ui: React.ReactElement,
  { values = {}, locale = 'en' }: { values?: Record<string, unknown>; locale?: string } = {}
) {
  return renderRTL(
    <MemoryRouter>
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
