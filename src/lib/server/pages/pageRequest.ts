import type { Option } from '../../present';
import type { Locale } from '../../words';
import { type Rules, type ScheduleVersion, selectVersion, snapshotFor } from '../../schedules';

/** What a page's query string asks for, resolved against the rules. */
export interface PageRequest {
	/** The query's parameters, the first value of each. */
	q: Record<string, string>;
	/** The schedule asked for, else the one offering the most destinations. */
	id: string;
	/** `at` when it is an instant, else now (epoch ms). */
	at: number;
	/** The version asked for, else the one in force at `at`, else the first. */
	version: ScheduleVersion;
	snapshot: ReturnType<typeof snapshotFor>;
}

function defaultSchedule(rules: Rules): string {
	const size = (id: string) =>
		Object.keys(rules.schedules.get(id)!.at(-1)!.schedule.destinations).length;
	return [...rules.schedules.keys()].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
}

/** Resolves the schedule, version, instant and rate snapshot a page's query string names. */
export function pageRequest(rules: Rules, query: URLSearchParams, now: number): PageRequest {
	const q: Record<string, string> = {};
	for (const [k, v] of query) if (!(k in q)) q[k] = v;
	const id = q.schedule && rules.schedules.has(q.schedule) ? q.schedule : defaultSchedule(rules);
	const at = q.at && !Number.isNaN(Date.parse(q.at)) ? Date.parse(q.at) : now;
	const versions = rules.schedules.get(id)!;
	const version =
		versions.find((v) => v.schedule.version === q.version) ??
		selectVersion(versions, at) ??
		versions[0];
	return { q, id, at, version, snapshot: snapshotFor(rules, version.schedule, at) };
}

/** Every schedule as a choice, named by its latest version in the locale. */
export function scheduleOptions(rules: Rules, locale: Locale): Option[] {
	return [...rules.schedules.entries()].map(([value, vs]) => ({
		value,
		label: vs.at(-1)!.schedule.name[locale] ?? vs.at(-1)!.schedule.name.en
	}));
}
