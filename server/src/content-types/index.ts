import reportSchema from '../../../content-types/operation-report/schema';
import crimeAreaSchema from '../../../content-types/crime-area/schema.json';
import metricSchema from '../../../content-types/components/metric.json';
import routeSchema from '../../../content-types/components/route.json';
import quoteSchema from '../../../content-types/components/quote.json';
import sourceSchema from '../../../content-types/components/source.json';

/** The schemas in content-types/ are the model; the server registers exactly them. */
export default {
  'operation-report': { schema: reportSchema },
  'crime-area': { schema: crimeAreaSchema },
};

export { COMPONENT_CATEGORY } from '../../../shared/constants';

export const componentSchemas = {
  metric: metricSchema,
  route: routeSchema,
  quote: quoteSchema,
  source: sourceSchema,
} as const;
