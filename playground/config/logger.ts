import { winston, formats } from '@strapi/logger';

// LOG_LEVEL=error keeps the test suite quiet; the playground logs requests by default.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: formats.prettyPrint(),
    }),
  ],
};
