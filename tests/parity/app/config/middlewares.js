'use strict';
// The same middleware list as the bench app's plain Strapi app.
module.exports = require('../../../bench/app/config/middlewares');
