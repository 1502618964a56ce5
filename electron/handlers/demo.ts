import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { demoMasterData } from '../services/demo';
import type { DomainHandlers } from './types';

export function demoHandlers(services: Services): DomainHandlers<'demo'> {
  return {
    load: async () => {
      const current = services.master.data();
      if (current.units.length > 0 || current.people.length > 0) {
        throw new AppFailure('CONFLICT', 'Data contoh hanya dapat dimuat ke data yang masih kosong, agar data Anda tidak tertimpa.');
      }
      const data = demoMasterData(services.now().toISOString());
      await services.master.replaceAll(data);
      return { units: data.units.length, people: data.people.length };
    },
  };
}
