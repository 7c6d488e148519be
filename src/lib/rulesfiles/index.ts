// Rules files and their issues: what every file in rules/ shares, schedules and rate snapshots alike.
export type { RulesIssue } from './RulesIssue';
export { readJsonFile, type ReadJsonOptions, type ReadJsonResult } from './readJsonFile';
export { formatPath } from './formatPath';
export { formatIssue } from './formatIssue';
export { isInstant } from './isInstant';
export { instantText } from './instantText';
export { isCalendarDate } from './isCalendarDate';
export { FILE_MESSAGES } from './messages';
