const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::parity-report.parity-report');
