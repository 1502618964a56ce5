import { isEmptyMaster } from '../../shared/masterdata/schemas';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { demoMasterData } from '../services/demo';
import type { DomainHandlers } from './types';

export function demoHandlers(services: Services): DomainHandlers<'demo'> {
  return {
    load: async () => {
      // The institution counts too: loading would overwrite settings (and the logo) the user filled in.
      if (!isEmptyMaster(services.master.data())) {
        throw new AppFailure('CONFLICT', 'Data contoh hanya dapat dimuat ke data yang masih kosong, agar data Anda tidak tertimpa.');
      }
      const data = demoMasterData(services.now().toISOString());
      await services.master.replaceAll(data);
      return { units: data.units.length, people: data.people.length };
    },
  };
}
