export { parseRoster, parseCsvText, type ParsedRoster, type RawRosterRow } from './parse';
export { rosterContext, validateRoster, type RosterContext, type RosterValidation } from './preview';
export { createRosterImport, type RosterImport } from './importer';
