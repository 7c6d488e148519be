import type { QuoteResult } from '../../engine';
import { quote, type RequestIssue } from '../../quoting';
import type { Rules } from '../../schedules';
import { nodeSha256 } from '../nodeSha256';

export type QuoteJsonOutcome =
	{ ok: true; quote: QuoteResult; json: string } | { ok: false; issues: RequestIssue[] };

/**
 * `quote` with the result's JSON as well, built from the canonical JSON the engine hashes for the
 * id (sorted keys, `id` first: quote.md, Result) rather than serialised a second time.
 */
export function quoteJson(rules: Rules, input: unknown, now: number): QuoteJsonOutcome {
	let canonical = '';
	const sha256 = (text: string) => {
		canonical = text;
		return nodeSha256(text);
	};
	const out = quote(rules, input, now, { sha256 });
	if (!out.ok) return out;
	return { ok: true, quote: out.quote, json: `{"id":"${out.quote.id}",${canonical.slice(1)}` };
}
