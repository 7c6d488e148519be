import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';

export const load: PageServerLoad = () => {
	const rules = getRules();
	return {
		schedules: [...rules.schedules.entries()].map(([id, versions]) => ({
			id,
			name: versions[versions.length - 1].schedule.name,
			versions: versions.map((v) => ({
				version: v.schedule.version,
				effectiveFrom: v.schedule.effectiveFrom
			}))
		}))
	};
};
