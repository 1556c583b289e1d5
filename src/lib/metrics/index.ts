/** Every metric, for /methode (which documents each one from its own definition). */
import { regionList, regionMembers } from './regions';
import { providersPerMunicipality } from './contracts';

export const allMetrics = [regionList, regionMembers, providersPerMunicipality] as const;
