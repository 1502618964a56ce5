import { isDeepStrictEqual } from 'node:util';
import type { DemoRemoved } from '../../../shared/demo';
import { emptyInstitution } from '../../../shared/masterdata/schemas';
import { AppFailure } from '../../../shared/result';
import { declarationsSpec, PLEDGES_FOLDER, yearOfPledgeDocument } from '../pakta/documents';
import { WORKSHEETS_FOLDER, worksheetDocumentName, worksheetIdOfDocument } from '../worksheets';
import { demoMasterData } from './index';
import { demoManifestSpec, type DemoDeps, type DemoManifest } from './story';

/** Demo data loaded before the manifest existed: its units and people carry the `demo-` prefix. */
function legacyManifest(deps: DemoDeps): DemoManifest {
  const { units, people } = deps.master.data();
  return {
    institution: demoMasterData('').institution,
    unitIds: units.filter((u) => u.id.startsWith('demo-')).map((u) => u.id),
    personIds: people.filter((p) => p.id.startsWith('demo-')).map((p) => p.id),
    worksheetIds: [],
    pledges: [],
    declarationIds: [],
  };
}

/**
 * Removes what the demo created, in one step: its declaration, worksheets (with their LHE metadata),
 * pledges, the generated PDFs of those records only, people, units and institution settings. Anything the user added stays, and so does every
 * demo record the user's data still points to (a person with the user's pledge, a unit with the
 * user's people or worksheets); institution settings the user changed stay too.
 */
export async function removeDemo(deps: DemoDeps): Promise<DemoRemoved> {
  const { storage, master } = deps;
  const manifestDoc = await storage.open(demoManifestSpec);
  const stored = manifestDoc.data;
  const manifest = stored.unitIds.length + stored.personIds.length + stored.worksheetIds.length > 0 ? stored : legacyManifest(deps);
  if (manifest.unitIds.length + manifest.personIds.length + manifest.worksheetIds.length + manifest.pledges.length + manifest.declarationIds.length === 0) {
    throw new AppFailure('NOT_FOUND', 'Tidak ada data contoh yang dapat dihapus.');
  }

  // Declarations, pledges and worksheets the demo made.
  const declarationIds = new Set(manifest.declarationIds);
  const declarations = await storage.open(declarationsSpec);
  const declarationsBefore = declarations.data.records.length;
  if (declarations.data.records.some((d) => declarationIds.has(d.id))) {
    await declarations.update((draft) => {
      draft.records = draft.records.filter((d) => !declarationIds.has(d.id));
    });
  }
  const pledgeIds = new Set(manifest.pledges.map((p) => p.id));
  let pledgesRemoved = 0;
  for (const year of new Set(manifest.pledges.map((p) => p.year))) {
    const doc = await deps.pledges.yearDocument(year);
    if (!doc.data.pledges.some((p) => pledgeIds.has(p.id))) continue;
    await doc.update((draft) => {
      const kept = draft.pledges.filter((p) => !pledgeIds.has(p.id));
      pledgesRemoved += draft.pledges.length - kept.length;
      draft.pledges = kept;
      const used = new Set(kept.map((p) => p.textRef));
      draft.texts = Object.fromEntries(Object.entries(draft.texts).filter(([key]) => used.has(key)));
    });
  }
  const existingWorksheets = new Set((await storage.list(`${WORKSHEETS_FOLDER}/`)).map((name) => worksheetIdOfDocument(name)?.id));
  let worksheetsRemoved = 0;
  for (const id of manifest.worksheetIds) {
    if (!existingWorksheets.has(id)) continue;
    await storage.remove(worksheetDocumentName(id));
    await storage.remove(`reports/${id}`);
    worksheetsRemoved += 1;
  }

  // Generated documents printed from demo records only (pledges, batches, the Piagam, LHE, a recap
  // of demo worksheets); a document that also shows a record of the user's stays.
  const demoRecords = new Set([...pledgeIds, ...declarationIds, ...manifest.worksheetIds]);
  for (const meta of await deps.documents.list()) {
    if (meta.sourceIds.length > 0 && meta.sourceIds.every((id) => demoRecords.has(id))) await deps.documents.remove(meta.id);
  }

  // What the user's data still points to.
  const usedPeople = new Set<string>();
  const usedUnits = new Set<string>();
  for (const name of await storage.list(`${PLEDGES_FOLDER}/`)) {
    const year = yearOfPledgeDocument(name);
    if (year === undefined) continue;
    for (const pledge of (await deps.pledges.yearDocument(year)).data.pledges) {
      if (pledge.personId) usedPeople.add(pledge.personId);
      if (pledge.unitId) usedUnits.add(pledge.unitId);
    }
  }
  for (const name of await storage.list(`${WORKSHEETS_FOLDER}/`)) {
    const ref = worksheetIdOfDocument(name);
    if (ref) usedUnits.add(ref.unitId);
  }
  for (const record of declarations.data.records) for (const unitId of record.unitIds) usedUnits.add(unitId);

  const data = master.data();
  const demoPeople = new Set(manifest.personIds);
  const people = data.people.filter((p) => !demoPeople.has(p.id) || usedPeople.has(p.id));
  for (const person of people) usedUnits.add(person.unitId);
  const demoUnits = new Set(manifest.unitIds);
  const units = data.units.filter((u) => !demoUnits.has(u.id) || usedUnits.has(u.id));
  const institutionUnchanged = manifest.institution !== null && isDeepStrictEqual(data.institution, manifest.institution);
  await master.replaceAll({ institution: institutionUnchanged ? emptyInstitution() : data.institution, units, people });
  await storage.remove(demoManifestSpec.name);

  return {
    removed: {
      units: data.units.length - units.length,
      people: data.people.length - people.length,
      worksheets: worksheetsRemoved,
      pledges: pledgesRemoved,
      declarations: declarationsBefore - declarations.data.records.length,
      institution: institutionUnchanged,
    },
    kept: {
      units: units.filter((u) => demoUnits.has(u.id)).length,
      people: people.filter((p) => demoPeople.has(p.id)).length,
    },
  };
}
