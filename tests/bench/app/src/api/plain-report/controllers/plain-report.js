const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::plain-report.plain-report');
