const { winston, formats } = require('@strapi/logger');

module.exports = { transports: [new winston.transports.Console({ level: 'error', format: formats.prettyPrint() })] };
