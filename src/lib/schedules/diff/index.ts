export { diffSchedules } from './diffSchedules';
export type { ScheduleChange, ChangeSection, ChangeKind } from './ScheduleChange';
