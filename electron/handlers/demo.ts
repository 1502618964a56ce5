import { isEmptyMaster } from '../../shared/masterdata/schemas';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { demoMasterData } from '../services/demo';
import { removeDemo } from '../services/demo/remove';
import { addDemoStory, demoManifestSpec, manifestOf } from '../services/demo/story';
import type { DomainHandlers } from './types';

export function demoHandlers(services: Services): DomainHandlers<'demo'> {
  return {
    load: async (input) => {
      // The institution counts too: loading would overwrite settings (and the logo) the user filled in.
      if (!isEmptyMaster(services.master.data())) {
        throw new AppFailure('CONFLICT', 'Data contoh hanya dapat dimuat ke data yang masih kosong, agar data Anda tidak tertimpa.');
      }
      const data = demoMasterData(services.now().toISOString());
      await services.master.replaceAll(data);
      const manifest = manifestOf(data);
      const loaded = { units: data.units.length, people: data.people.length };
      try {
        if (input?.withYear !== true) return loaded;
        return { ...loaded, ...(await addDemoStory(services, manifest)) };
      } finally {
        // Written even when the story stopped halfway, so `demo:remove` can take away what was made.
        await (await services.storage.open(demoManifestSpec)).update(() => manifest);
      }
    },
    remove: async () => removeDemo(services),
  };
}
