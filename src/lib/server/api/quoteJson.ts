import type { Hint, QuoteResult } from '../../engine';
import { quoteWithHints, type RequestIssue } from '../../quoting';
import type { Rules } from '../../schedules';
import { nodeSha256 } from '../nodeSha256';

export type QuoteJsonOutcome =
	| { ok: true; quote: QuoteResult; json: string; hints?: Hint[] }
	| { ok: false; issues: RequestIssue[] };

/**
 * `quote` with the result's JSON as well, built from the canonical JSON the engine hashes for the
 * id (sorted keys, `id` first: quote.md, Result) rather than serialised a second time. With
 * `hints`, the answer ends with a `hints` member outside the hashed quote (`cheaperNearby`).
 */
export function quoteJson(
	rules: Rules,
	input: unknown,
	options: { now: number; hints?: boolean }
): QuoteJsonOutcome {
	let canonical = '';
	const sha256 = (text: string) => {
		canonical = text;
		return nodeSha256(text);
	};
	const out = quoteWithHints(rules, input, {
		now: options.now,
		sha256,
		hints: options.hints ?? false
	});
	if (!out.ok) return out;
	const body = `{"id":"${out.quote.id}",${canonical.slice(1)}`;
	if (!out.hints) return { ok: true, quote: out.quote, json: body };
	const json = `${body.slice(0, -1)},"hints":${JSON.stringify(out.hints)}}`;
	return { ok: true, quote: out.quote, json, hints: out.hints };
}
