import type { Schema, Struct } from '@strapi/strapi';

export interface OperationReportsMetric extends Struct.ComponentSchema {
  collectionName: 'components_operation_reports_metrics';
  info: {
    description: 'A figure the six standard stats do not cover (seizures, money, websites\u2026).';
    displayName: 'Metric';
    icon: 'chartBubble';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    qualifier: Schema.Attribute.Enumeration<
      ['exact', 'approximately', 'atLeast', 'moreThan', 'upTo']
    > &
      Schema.Attribute.DefaultTo<'exact'>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    value: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface OperationReportsQuote extends Struct.ComponentSchema {
  collectionName: 'components_operation_reports_quotes';
  info: {
    description: 'A statement attributed to a named speaker.';
    displayName: 'Quote';
    icon: 'quote';
  };
  attributes: {
    role: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    speaker: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface OperationReportsRoute extends Struct.ComponentSchema {
  collectionName: 'components_operation_reports_routes';
  info: {
    description: 'A trafficking or smuggling route observed during the operation.';
    displayName: 'Route';
    icon: 'arrowRight';
  };
  attributes: {
    destination: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface OperationReportsSource extends Struct.ComponentSchema {
  collectionName: 'components_operation_reports_sources';
  info: {
    description: 'Where the figures come from.';
    displayName: 'Source';
    icon: 'link';
  };
  attributes: {
    publishedOn: Schema.Attribute.Date;
    publisher: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        'operation-reports': {
          format: 'http-url';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'operation-reports.metric': OperationReportsMetric;
      'operation-reports.quote': OperationReportsQuote;
      'operation-reports.route': OperationReportsRoute;
      'operation-reports.source': OperationReportsSource;
    }
  }
}
