import type { Rules } from '../../schedules';
import { selectVersion } from '../../schedules';
import type { ScheduleList } from './apiSchemas';

/**
 * Every schedule with its versions, oldest first, and each version's status at `now`.
 *
 * @example
 * listSchedules(rules, Date.parse('2026-06-01T00:00:00Z')).schedules[0].versions[0].status // 'in_force'
 */
export function listSchedules(rules: Rules, now: number): ScheduleList {
	return {
		schedules: [...rules.schedules].map(([id, versions]) => {
			const inForce = selectVersion(versions, now);
			return {
				id,
				versions: versions.map((v) => ({
					id,
					version: v.schedule.version,
					effectiveFrom: v.schedule.effectiveFrom,
					hash: v.hash,
					name: v.schedule.name,
					status: v === inForce ? 'in_force' : v.effectiveFrom > now ? 'upcoming' : 'past'
				}))
			};
		})
	};
}
