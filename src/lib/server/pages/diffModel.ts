import type { PageContext } from './PageContext';
import type { Schedule } from '../../engine';
import {
	type ImpactRequest,
	type ImpactRow,
	impactQuoteRequest,
	priceImpact,
	type PriceImpact,
	quote
} from '../../quoting';
import {
	diffSchedules,
	type Rules,
	type ScheduleChange,
	type ScheduleVersion,
	selectVersion
} from '../../schedules';
import {
	type ChangeGroup,
	countryName,
	describeChanges,
	type Locale,
	rateWords
} from '../../words';
import type { DiffList, ImpactView } from '../../ui';
import { LISTS, type DiffRow, type ListKey } from '../../present';
import { scheduleSummaries, type VersionSummary } from './schedulesModel';
import { sourcesInForce } from './sourcesInForce';

/** The rates the versions are priced with at `at`, in words: each source once, in order. */
function ratesAt(rules: Rules, versions: Schedule[], at: number, locale: Locale): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const s of versions)
		for (const r of sourcesInForce(rules, s, at))
			if (!seen.has(r.source)) {
				seen.add(r.source);
				words.push(rateWords(r, at, locale).text);
			}
	return words;
}

/** Rows of the biggest increases and decreases on the overview; blocked and unblocked rows. */
export const TOP_CHANGES = 20;
export const TOP_BLOCKED = 50;
/** Rows per page of a full list. */
export const PAGE_SIZE = 100;

/** What two versions differ in, and what that does to the price-impact grid. */
export interface CachedDiff {
	changes: ScheduleChange[];
	impact: PriceImpact;
}

// Rules never change once loaded: the diff of a pair is computed once per loaded Rules object.
const cache = new WeakMap<Rules, Map<string, CachedDiff>>();

/**
 * `diffSchedules` and `priceImpact` of two versions, computed on the first call for these rules
 * and kept: later calls return the same object. Null for an unknown schedule or version.
 */
export function cachedDiff(
	rules: Rules,
	{ id, from, to }: { id: string; from: string; to: string }
): CachedDiff | null {
	let byPair = cache.get(rules);
	if (!byPair) cache.set(rules, (byPair = new Map()));
	const key = JSON.stringify([id, from, to]);
	const hit = byPair.get(key);
	if (hit) return hit;
	const out = priceImpact(rules, { schedule: id, from, to });
	if (!out.ok) return null;
	const schedule = (v: string) =>
		rules.schedules.get(id)!.find((x) => x.schedule.version === v)!.schedule;
	const made = { changes: diffSchedules(schedule(from), schedule(to)), impact: out.impact };
	byPair.set(key, made);
	return made;
}

/**
 * Prices the default pair of every schedule (the version in force at `now` and the next), so
 * that even the first view of a diff page is served from the cache; for the server's start.
 */
export function warmDiffCache(rules: Rules, now: number): void {
	for (const [id, versions] of rules.schedules) {
		const pair = defaultPair(versions, now);
		if (pair) {
			const [from, to] = versionsAt(versions, pair);
			cachedDiff(rules, { id, from, to });
		}
	}
}

const versionsAt = (versions: ScheduleVersion[], [i, j]: [number, number]): [string, string] => [
	versions[i].schedule.version,
	versions[j].schedule.version
];

export type { DiffList };

/** A comparison of two versions: what changed in the file, and what that does to prices. */
export interface Comparison extends ImpactView {
	from: VersionSummary;
	to: VersionSummary;
	changes: ChangeGroup[];
	changeCount: number;
}

export interface DiffPage {
	schedule: { id: string; name: string };
	versions: VersionSummary[];
	/** Null when the schedule has a single version and none was asked for. */
	comparison: Comparison | null;
}

export interface DiffQuery {
	from?: string | null;
	to?: string | null;
	list?: string | null;
	page?: string | null;
}

/** Versions compared when the query names none: the one in force and the next, else the last two. */
function defaultPair(versions: ScheduleVersion[], now: number): [number, number] | null {
	const current = selectVersion(versions, now);
	const i = current ? versions.indexOf(current) : -1;
	if (i >= 0 && i < versions.length - 1) return [i, i + 1];
	return versions.length >= 2 ? [versions.length - 2, versions.length - 1] : null;
}

/** Indexes of the asked versions; a side not asked for is the other's neighbour, or the default. */
function pairOf(
	versions: ScheduleVersion[],
	q: DiffQuery,
	now: number
): [number, number] | 'unknown' | null {
	const index = (v: string) => versions.findIndex((x) => x.schedule.version === v);
	const [from, to] = [q.from ? index(q.from) : null, q.to ? index(q.to) : null];
	if (from === -1 || to === -1) return 'unknown';
	const fallback = defaultPair(versions, now);
	if (from !== null && to !== null) return [from, to];
	if (from !== null) return [from, from + 1 < versions.length ? from + 1 : (fallback?.[1] ?? from)];
	if (to !== null) return [to > 0 ? to - 1 : (fallback?.[0] ?? to), to];
	return fallback;
}

function rowOf(r: ImpactRow, a: Schedule, b: Schedule, locale: Locale, why: string[]): DiffRow {
	const name = (key: 'types' | 'funding' | 'payouts', k: string) => {
		const entry = b[key]?.[k] ?? a[key]?.[k];
		return entry ? (entry.name[locale] ?? entry.name.en) : k;
	};
	const q = r.request;
	return {
		request: q,
		names: {
			type: name('types', q.type),
			funding: name('funding', q.funding),
			payout: q.payout === null ? null : name('payouts', q.payout),
			destination: countryName(q.destination, locale)
		},
		before: r.before.costTotal,
		after: r.after.costTotal,
		deltaCost: r.deltaCost,
		deltaPercent: r.deltaPercent,
		why
	};
}

/** The block messages of a request under one version, in the locale (the grid keeps only codes). */
function blockMessages(
	rules: Rules,
	impact: PriceImpact,
	r: ImpactRequest,
	version: string,
	locale: Locale,
	now: number
): string[] {
	const req = {
		...impactQuoteRequest(r, { schedule: impact.schedule, version, at: impact.at }),
		locale
	};
	const out = quote(rules, req, { now, sha256: null });
	if (!out.ok) return [];
	return out.quote.notices.filter((n) => n.severity === 'block').map((n) => n.message);
}

function listRows(impact: PriceImpact, key: ListKey): ImpactRow[] {
	const { increased, decreased } = impact.summary;
	// Rows are ranked: the increases first, then the decreases.
	if (key === 'increases') return impact.rows.slice(0, increased);
	if (key === 'decreases') return impact.rows.slice(increased, increased + decreased);
	return key === 'blocked' ? impact.newlyBlocked : impact.newlyUnblocked;
}

function comparison(
	rules: Rules,
	id: string,
	a: ScheduleVersion,
	b: ScheduleVersion,
	status: VersionSummary[],
	q: DiffQuery,
	locale: Locale,
	now: number
): Comparison {
	const { changes, impact } = cachedDiff(rules, {
		id,
		from: a.schedule.version,
		to: b.schedule.version
	})!;
	const wanted = LISTS.find((k) => k === q.list);
	const list = (key: ListKey): DiffList => {
		const all = listRows(impact, key);
		const size = wanted
			? PAGE_SIZE
			: key === 'blocked' || key === 'unblocked'
				? TOP_BLOCKED
				: TOP_CHANGES;
		const pages = Math.max(1, Math.ceil(all.length / size));
		const asked = /^[1-9][0-9]{0,5}$/.test(q.page ?? '') ? Number(q.page) : 1;
		const page = wanted ? Math.min(asked, pages) : 0;
		const offset = wanted ? (page - 1) * size : 0;
		const shown = all.slice(offset, offset + size);
		const blocker = key === 'blocked' ? b : key === 'unblocked' ? a : null;
		const why = (r: ImpactRow) =>
			blocker ? blockMessages(rules, impact, r.request, blocker.schedule.version, locale, now) : [];
		return {
			key,
			total: all.length,
			page,
			pages,
			offset,
			rows: shown.map((r) => rowOf(r, a.schedule, b.schedule, locale, why(r)))
		};
	};
	const first = impact.rows[0]?.request;
	const profiles = b.schedule.profiles ?? a.schedule.profiles;
	const profile = first?.profile ? profiles?.[first.profile] : undefined;
	const version = (v: ScheduleVersion) => status.find((s) => s.version === v.schedule.version)!;
	return {
		from: version(a),
		to: version(b),
		changes: describeChanges(changes, { from: a.schedule, to: b.schedule }, locale),
		changeCount: changes.length,
		at: impact.at,
		rates: ratesAt(rules, [b.schedule, a.schedule], Date.parse(impact.at), locale),
		grid: {
			requests: impact.summary.requests,
			baseCurrency: impact.axes.baseCurrency,
			amounts: impact.axes.amounts,
			origin: countryName(first?.origin ?? a.schedule.origins[0], locale),
			profile: profile ? (profile.name[locale] ?? profile.name.en) : null
		},
		summary: impact.summary,
		distribution: impact.distribution,
		lists: wanted ? [list(wanted)] : LISTS.map(list),
		full: wanted !== undefined
	};
}

/**
 * The page comparing two versions of a schedule: the changes in words, the price-impact summary,
 * the distribution, and only the rows the page shows. Without `from` and `to`: the version in
 * force at `now` and the next one, else the last two. Null for an unknown schedule or version.
 */
export function diffPage(
	id: string,
	q: DiffQuery,
	{ rules, locale, now }: PageContext
): DiffPage | null {
	const versions = rules.schedules.get(id);
	if (!versions) return null;
	const pair = pairOf(versions, q, now);
	if (pair === 'unknown') return null;
	const summary = scheduleSummaries(rules, locale, now).find((s) => s.id === id)!;
	return {
		schedule: { id, name: summary.name },
		versions: summary.versions,
		comparison: pair
			? comparison(
					rules,
					id,
					versions[pair[0]],
					versions[pair[1]],
					summary.versions,
					q,
					locale,
					now
				)
			: null
	};
}
