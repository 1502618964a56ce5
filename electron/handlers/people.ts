import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

export function peopleHandlers(services: Services): DomainHandlers<'people'> {
  const { master, roster } = services;

  return {
    list: async (input) => master.listPeople(input ?? {}),
    create: async (input) => master.createPerson(input),
    update: async ({ id, data }) => master.updatePerson(id, data),
    setActive: async ({ id, aktif }) => master.setPersonActive(id, aktif),
    importPreview: async ({ fileName, dataBase64 }) => roster.preview(fileName, Buffer.from(dataBase64, 'base64')),
    importCommit: async ({ previewId }) => roster.commit(previewId),
  };
}
