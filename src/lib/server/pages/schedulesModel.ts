import type { PageContext } from './PageContext';
import type { Schedule } from '../../engine';
import { type LintFinding, type Rules, selectVersion } from '../../schedules';
import { type Locale, rateWords } from '../../words';
import { sourcesInForce } from './sourcesInForce';

export type VersionStatus = 'past' | 'current' | 'upcoming';

export interface VersionSummary {
	version: string;
	effectiveFrom: string;
	hash: string;
	status: VersionStatus;
}

export interface ScheduleSummary {
	id: string;
	name: string;
	versions: VersionSummary[];
}

/** Every schedule with its versions, each past, in force or upcoming at `now`. */
export function scheduleSummaries(rules: Rules, locale: Locale, now: number): ScheduleSummary[] {
	return [...rules.schedules.entries()].map(([id, versions]) => {
		const current = selectVersion(versions, now);
		const latest = versions.at(-1)!.schedule;
		return {
			id,
			name: latest.name[locale] ?? latest.name.en,
			versions: versions.map((v) => ({
				version: v.schedule.version,
				effectiveFrom: v.schedule.effectiveFrom,
				hash: v.hash,
				status: v === current ? 'current' : v.effectiveFrom > now ? 'upcoming' : 'past'
			}))
		};
	});
}

export interface VersionPage {
	schedule: Schedule;
	summary: ScheduleSummary;
	version: VersionSummary;
	lint: LintFinding[];
	/** The rates it prices with at `now`, in words, one line per source in its order of preference. */
	rates: string[];
}

/** One version of a schedule for its page, or null when there is no such version. */
export function versionPage(
	id: string,
	version: string,
	{ rules, locale, now }: PageContext
): VersionPage | null {
	const found = rules.schedules.get(id)?.find((v) => v.schedule.version === version);
	if (!found) return null;
	const summary = scheduleSummaries(rules, locale, now).find((s) => s.id === id)!;
	return {
		schedule: found.schedule,
		summary,
		version: summary.versions.find((v) => v.version === version)!,
		lint: rules.lint.filter((f) => f.file.endsWith(`schedules/${id}/${version}.json`)),
		rates: sourcesInForce(rules, found.schedule, now).map((r) => rateWords(r, now, locale).text)
	};
}
