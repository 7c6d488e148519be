export type { RulesIssue } from './RulesIssue';
export { formatPath } from './formatPath';
export { formatIssue } from './formatIssue';
export { snapshotSchema } from './snapshotSchema';
export { snapshotJsonSchema } from './snapshotJsonSchema';
export { parseSnapshot, type ParseSnapshotResult } from './parseSnapshot';
export { parseEcbXml, type EcbImportError, type ParseEcbXmlResult } from './parseEcbXml';
export { parseEcbFeed, type ParseEcbFeedResult } from './parseEcbFeed';
export { selectSnapshot } from './selectSnapshot';
export { ratesInForce, chainSources } from './ratesInForce';
export { parseNbpTables, type ParseNbpTablesResult } from './parseNbpTables';
export { parseRatesFeed, type ParseRatesFeedResult } from './parseRatesFeed';
// Also used by the schedules layer, which validates rules files the same way.
export { isInstant } from './isInstant';
export { findDuplicateKeys } from './findDuplicateKeys';
export { toRulesIssues } from './toRulesIssues';
export { publicSnapshot } from './publicSnapshot';
export { RULES_MESSAGES } from './rulesMessages';
export { SOURCE_NAME } from './_lib/patterns';
