const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::plain-report.plain-report');
