import { factories } from '@strapi/strapi';
import { CRIME_AREA_UID, REPORT_UID } from '../../../shared/constants';
import stats from './stats';
import transfer from './transfer';

export default {
  'operation-report': factories.createCoreService(REPORT_UID),
  'crime-area': factories.createCoreService(CRIME_AREA_UID),
  stats,
  transfer,
};
