import { type Rules, type ScheduleVersion, snapshotFor } from '../schedules';
import { engineOptions } from './PriceOptions';
import { impactQuoteRequest } from './impactQuoteRequest';
import type { CostDistribution, ImpactAxes, ImpactRequest, ImpactRow } from './ImpactRow';
import type { RequestIssue } from './RequestIssue';
import { computeQuote, midRates, NoRateError, type Dec, type RateSnapshot } from '../engine';
import { isInstant } from '../rulesfiles';
import { costDistribution } from './_lib/costDistribution';
import { impactGrid } from './_lib/impactGrid';
import { impactRow } from './_lib/impactRow';
import { impactSide } from './_lib/impactSide';
import { rankRows } from './_lib/rankRows';
import { type RequestIssueCode, requestMessage } from '../words';
import { resolveRequest } from './resolveRequest';

export interface PriceImpactOptions {
	/** The schedule, and the version whose prices are compared with those of the new one. */
	schedule: string;
	from: string;
	to: string;
	/** The instant both versions are priced at, so with one rate snapshot; default: the later effectiveFrom. */
	at?: string;
	/** Send currencies: the base currency (default) or every currency of either version. */
	currencies?: 'base' | 'all';
	/** Amounts in the base currency; default 10, 100, 1000, 10000. */
	amounts?: string[];
	/** Positive edges, in percent, of the histogram bins on each side of zero; default 1, 2, 5, 10, 20, 50. */
	binEdges?: string[];
}

export interface ImpactSummary {
	requests: number;
	/** Allowed under both versions, and the cost total went up, down, or stayed. */
	increased: number;
	decreased: number;
	unchanged: number;
	newlyBlocked: number;
	newlyUnblocked: number;
	blockedBoth: number;
	/** Requests one version does not support (an `unsupported_*` code). */
	unsupportedBefore: number;
	unsupportedAfter: number;
}

type VersionRef = { version: string; effectiveFrom: string; hash: string };

/** A grid of requests priced under two versions of a schedule. */
export interface PriceImpact {
	schedule: string;
	from: VersionRef;
	to: VersionRef;
	at: string;
	rates: { source: string; asOf: string } | null;
	axes: ImpactAxes;
	/** Biggest increase in cost first, then biggest decrease, unchanged, then blocked under either. */
	rows: ImpactRow[];
	/** Allowed before, blocked after; and the other way round. In grid order. */
	newlyBlocked: ImpactRow[];
	newlyUnblocked: ImpactRow[];
	summary: ImpactSummary;
	/** How the change in cost total spreads, for a histogram. */
	distribution: CostDistribution;
}

export type PriceImpactResult =
	{ ok: true; impact: PriceImpact } | { ok: false; issues: RequestIssue[] };

const AMOUNTS = ['10', '100', '1000', '10000'];
const EDGES = ['1', '2', '5', '10', '20', '50'];
// Rows carry no quote ids, so the ids are not hashed.
const NO_ID = engineOptions({ sha256: null });

function summaryOf(rows: readonly ImpactRow[]): ImpactSummary {
	const count = (f: (r: ImpactRow) => boolean) => rows.filter(f).length;
	const both = (r: ImpactRow) => r.before.allowed && r.after.allowed && r.deltaCost !== null;
	const sign = (r: ImpactRow) =>
		r.deltaCost!.startsWith('-') ? -1 : /[1-9]/.test(r.deltaCost!) ? 1 : 0;
	return {
		requests: rows.length,
		increased: count((r) => both(r) && sign(r) > 0),
		decreased: count((r) => both(r) && sign(r) < 0),
		unchanged: count((r) => both(r) && sign(r) === 0),
		newlyBlocked: count((r) => r.before.allowed && !r.after.allowed),
		newlyUnblocked: count((r) => !r.before.allowed && r.after.allowed),
		blockedBoth: count((r) => !r.before.allowed && !r.after.allowed),
		unsupportedBefore: count((r) => !r.before.supported),
		unsupportedAfter: count((r) => !r.after.supported)
	};
}

/** A change in `currency` in the base currency at the mid rate; as it is when there is no rate. */
function toBase(snapshot: RateSnapshot | null, base: string) {
	const mid = midRates(snapshot);
	return (change: Dec, currency: string): Dec => {
		try {
			return change.times(mid(currency, base));
		} catch (e) {
			if (e instanceof NoRateError) return change;
			throw e;
		}
	};
}

/**
 * What a new version of a schedule does to prices: every type × funding × payout × destination
 * (with its default target currency) of either version, at amounts equivalent to 10, 100, 1,000
 * and 10,000 of the base currency, sent from the default origin with the default profile, priced
 * under both versions at the same instant and rate snapshot. Requests one version does not
 * support are priced too, and blocked there. Unknown schedule or version: issues, not a throw.
 *
 * @example
 * const r = priceImpact(rules, { schedule: 'wallet-standard', from: '2026-01-01', to: '2027-01-01' });
 * r.ok && r.impact.rows[0] // the request whose cost goes up most
 */
export function priceImpact(rules: Rules, options: PriceImpactOptions): PriceImpactResult {
	const { schedule: id, from: fromVersion, to: toVersion } = options;
	const fail = (
		field: string,
		code: RequestIssueCode,
		p: Record<string, string>
	): PriceImpactResult => ({
		ok: false,
		issues: [{ path: [field], code, message: requestMessage(code, 'en', { field, ...p }) }]
	});
	const versions = rules.schedules.get(id);
	if (!versions) return fail('schedule', 'unknown_schedule', { value: id });
	const find = (v: string) => versions.find((x) => x.schedule.version === v);
	const [a, b] = [find(fromVersion), find(toVersion)];
	if (!a) return fail('from', 'unknown_version', { value: fromVersion, schedule: id });
	if (!b) return fail('to', 'unknown_version', { value: toVersion, schedule: id });
	const at = options.at ?? (a.effectiveFrom > b.effectiveFrom ? a : b).schedule.effectiveFrom;
	if (!isInstant(at)) return fail('at', 'invalid_instant', {});

	const resolve = (r: ImpactRequest, v: ScheduleVersion) => {
		const res = resolveRequest(
			rules,
			impactQuoteRequest(r, { schedule: id, version: v.schedule.version, at }),
			0
		);
		if (!res.ok) throw new Error(`price impact grid request not resolved: ${res.issues[0].code}`);
		return res.input;
	};
	// The snapshot resolveRequest picks for the first version, for the amounts' equivalents.
	const snapshot = snapshotFor(rules, a.schedule, Date.parse(at));
	const { requests, axes } = impactGrid(a.schedule, b.schedule, midRates(snapshot), {
		currencies: options.currencies ?? 'base',
		amounts: options.amounts ?? AMOUNTS
	});
	const grid = requests.map((r) =>
		impactRow(
			r,
			impactSide(computeQuote(resolve(r, a), NO_ID)),
			impactSide(computeQuote(resolve(r, b), NO_ID))
		)
	);
	const ref = (v: ScheduleVersion): VersionRef => ({
		version: v.schedule.version,
		effectiveFrom: v.schedule.effectiveFrom,
		hash: v.hash
	});
	return {
		ok: true,
		impact: {
			schedule: id,
			from: ref(a),
			to: ref(b),
			at,
			rates: snapshot ? { source: snapshot.source, asOf: snapshot.asOf } : null,
			axes,
			rows: rankRows(grid, toBase(snapshot, a.schedule.baseCurrency)),
			newlyBlocked: grid.filter((r) => r.before.allowed && !r.after.allowed),
			newlyUnblocked: grid.filter((r) => !r.before.allowed && r.after.allowed),
			summary: summaryOf(grid),
			distribution: costDistribution(grid, options.binEdges ?? EDGES)
		}
	};
}
