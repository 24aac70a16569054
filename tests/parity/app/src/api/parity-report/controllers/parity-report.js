const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::parity-report.parity-report');
