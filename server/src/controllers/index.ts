import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../uids';

export default {
  'operation-report': factories.createCoreController(REPORT_UID),
  'crime-area': factories.createCoreController(CRIME_AREA_UID),
};
