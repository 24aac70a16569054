const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::plain-report.plain-report');
