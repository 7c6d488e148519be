export type { RulesIssue } from './RulesIssue';
export { formatPath } from './formatPath';
export { formatIssue } from './formatIssue';
export { snapshotSchema } from './snapshotSchema';
export { parseSnapshot, type ParseSnapshotResult } from './parseSnapshot';
export { parseEcbXml, type EcbImportError, type ParseEcbXmlResult } from './parseEcbXml';
export { selectSnapshot } from './selectSnapshot';
// Shared with the schedules layer, which validates rules files the same way.
export { isInstant } from './_lib/isInstant';
export { findDuplicateKeys } from './_lib/findDuplicateKeys';
export { toRulesIssues } from './_lib/toRulesIssues';
