export { parseRoster, parseCsvText, type ParsedRoster, type RawRosterRow } from './parse';
export { validateRoster, type RosterValidation } from './preview';
export { createRosterImport, type RosterImport } from './importer';
