export { scheduleSchema, conditionSchema, componentSchema } from './scheduleSchema';
export { checkSchedule } from './checkSchedule';
export { parseSchedule, type ScheduleVersion, type ParseScheduleResult } from './parseSchedule';
export { lintSchedule, type LintFinding } from './lintSchedule';
export { selectVersion } from './selectVersion';
export { scheduleJsonSchema } from './scheduleJsonSchema';
export { assembleRules, type Rules, type RulesFile, type AssembleResult } from './assembleRules';
export * from './diff';
