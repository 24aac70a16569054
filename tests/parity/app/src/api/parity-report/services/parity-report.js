const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::parity-report.parity-report');
