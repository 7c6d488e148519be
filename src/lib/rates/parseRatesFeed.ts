import type { RateSnapshot } from '../engine';
import { formatIssue } from '../rulesfiles';
import { parseEcbFeed } from './parseEcbFeed';
import type { EcbImportError } from './parseEcbXml';
import { parseNbpTables } from './parseNbpTables';
import { parseSnapshot } from './parseSnapshot';
import { RULES_MESSAGES as messages } from './rulesMessages';

export type ParseRatesFeedResult =
	{ ok: true; snapshots: RateSnapshot[] } | { ok: false; error: EcbImportError };

const fail = (code: string, message: string): ParseRatesFeedResult => ({
	ok: false,
	error: { code, message }
});

/** Snapshots in the project's own format: one, or a list; each checked as a rules file is. */
function ownSnapshots(data: unknown, name: string, source?: string): ParseRatesFeedResult {
	const list = Array.isArray(data) ? data : [data];
	if (list.length === 0) return fail('no_snapshots', messages.feedNoSnapshots);
	const snapshots: RateSnapshot[] = [];
	for (const [i, item] of list.entries()) {
		const where = Array.isArray(data) ? `${name}[${i}]` : name;
		const r = parseSnapshot(JSON.stringify(item), where);
		if (!r.ok) return fail('invalid_snapshot', r.errors.map(formatIssue).join('; '));
		if (source !== undefined && r.snapshot.source !== source)
			return fail('source_mismatch', messages.feedSourceMismatch(where, r.snapshot.source, source));
		snapshots.push(r.snapshot);
	}
	const times = snapshots.map((s) => Date.parse(s.asOf));
	return {
		ok: true,
		snapshots: snapshots
			.map((s, i) => ({ s, t: times[i] }))
			.sort((a, b) => a.t - b.t)
			.map((x) => x.s)
	};
}

const looksLikeNbp = (data: unknown) =>
	(Array.isArray(data) ? data : [data]).some(
		(t) => typeof t === 'object' && t !== null && 'effectiveDate' in t
	);

/**
 * Any rates file the project imports, recognised by its content: the ECB's XML (`parseEcbFeed`),
 * the National Bank of Poland's JSON tables (`parseNbpTables`), or snapshots in the project's
 * own JSON format (one or a list, as a provider publishes its own rates). `source`, when given,
 * is the source the file must be of; `name` says where the file came from in messages.
 *
 * @example
 * parseRatesFeed('{"source":"acme","base":"USD","asOf":"2026-03-13T16:00:00Z","rates":{"MXN":"17.2"}}', 'acme.json', 'acme')
 * // { ok: true, snapshots: [{ source: 'acme', base: 'USD', … }] }
 */
export function parseRatesFeed(text: string, name: string, source?: string): ParseRatesFeedResult {
	const body = text.replace(/^\uFEFF/, '').trim();
	const expect = (found: string): ParseRatesFeedResult | null =>
		source === undefined || source === found
			? null
			: fail('source_mismatch', messages.feedSourceMismatch(name, found, source));
	if (body.startsWith('<')) return expect('ecb') ?? parseEcbFeed(body);
	if (!body.startsWith('{') && !body.startsWith('['))
		return fail('unknown_format', messages.feedUnknown);
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		if (/"effectiveDate"/.test(body)) return expect('nbp') ?? parseNbpTables(body);
		return fail('truncated', messages.feedTruncated);
	}
	if (looksLikeNbp(data)) return expect('nbp') ?? parseNbpTables(body);
	return ownSnapshots(data, name, source);
}
