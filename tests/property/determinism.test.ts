import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { runs } from '../_lib/runs';
import { describe, expect, it } from 'vitest';
import { computeQuote, type QuoteResult } from '$lib/engine';
import { quoteText } from '$lib/engine/quoteText';
import { noticeMessage } from '$lib/words';
import { parseRequest, resolveRequest } from '$lib/quoting';
import { FOLDERS, loadFolder } from './_lib/folders';
import { requestArb } from './_lib/requests';
import { AT, buildRules, NOW, quoteOf } from './_lib/rules';
import { HAND_MADE } from './_lib/scenarios';

const folders = FOLDERS.map(([name, folder]) => [name, () => loadFolder(folder)] as const);

/** JSON with keys sorted at every depth and no whitespace, written independently of the engine. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		const keys = Object.keys(o)
			.filter((k) => o[k] !== undefined)
			.sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Freezes an object graph, Map values included, so any write to it throws. */
function deepFreeze<T>(value: T): T {
	if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
	else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

/** The same object with its keys in another order, at the top level. */
const reordered = (o: Record<string, string | number>, seed: number) => {
	const keys = Object.keys(o);
	const order = keys
		.map((k, i) => [k, (i * 7919 + seed) % 101] as const)
		.sort((a, b) => a[1] - b[1]);
	return Object.fromEntries(order.map(([k]) => [k, o[k]]));
};

describe('quote', () => {
	it.each(folders)('gives the same bytes and id for the same input against %s', (_, load) => {
		const rules = load();
		const again = load();
		fc.assert(
			fc.property(requestArb(rules), fc.nat(), (request, seed) => {
				const first = quoteOf(rules, request);
				const text = JSON.stringify(first);
				expect(JSON.stringify(quoteOf(rules, request))).toBe(text);
				expect(JSON.stringify(quoteOf(rules, structuredClone(request)))).toBe(text);
				expect(JSON.stringify(quoteOf(rules, reordered(request, seed)))).toBe(text);
				expect(JSON.stringify(quoteOf(again, request)), 'rules read again').toBe(text);
				expect(JSON.parse(text), 'plain JSON, nothing lost').toEqual(first);
			}),
			{ numRuns: runs(150) }
		);
	});

	it.each(folders)(
		'has an id that is the SHA-256 of the canonical quote without it, against %s',
		(_, load) => {
			const rules = load();
			fc.assert(
				fc.property(requestArb(rules), (request) => {
					const { id, ...body } = quoteOf(rules, request);
					expect(id).toBe(sha256(canonical(body)));
				}),
				{ numRuns: runs(200) }
			);
		}
	);

	it.each(folders)('is written by quoteText as JSON.stringify writes it, against %s', (_, load) => {
		const rules = load();
		fc.assert(
			fc.property(requestArb(rules), (request) => {
				const { id, ...body } = quoteOf(rules, request);
				expect(quoteText(body)).toBe(JSON.stringify(body));
				expect(id).toBe(sha256(quoteText(body)));
			}),
			{ numRuns: runs(200) }
		);
	});

	it('is written by quoteText as JSON.stringify writes it, whatever its strings hold', () => {
		const rules = buildRules(HAND_MADE);
		const { id, ...body } = quoteOf(rules, {
			schedule: 'clamps',
			type: 'transfer',
			funding: 'balance',
			destination: 'JP',
			at: AT,
			currency: 'USD',
			mode: 'send',
			amount: '10'
		});
		expect(id).toBe(sha256(JSON.stringify(body)));
		// Every string the rules or the request can put in a quote, escapes and surrogates included.
		const strings = (q: typeof body, t: string[]) => {
			let i = 0;
			const next = () => t[i++ % t.length];
			for (const l of [...q.senderLines, ...q.recipientLines]) {
				Object.assign(l, { id: next(), name: next(), category: next(), currency: next() });
				Object.assign(l.explain, { percent: next() });
			}
			// Notices of both shapes, with a limit (below_minimum, above_maximum) and without.
			const severities = ['block', 'warn', 'info'] as const;
			q.notices = [0, 1, 2, 3].map((j) => {
				const severity = severities[j % 3];
				return j % 2
					? {
							code: next(),
							limit: { amount: '1.00', currency: next(), id: next() },
							message: next(),
							severity
						}
					: { code: next(), message: next(), severity };
			});
			for (const k of Object.keys(q.request) as (keyof typeof q.request)[])
				if (typeof q.request[k] === 'string') Object.assign(q.request, { [k]: next() });
			Object.assign(q.schedule, { id: next(), version: next(), hash: next() });
			if (q.rates) Object.assign(q.rates, { asOf: next(), source: next() });
			return q;
		};
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1 }), (t) => {
				const q = strings(structuredClone(body), t);
				expect(quoteText(q)).toBe(JSON.stringify(q));
			}),
			{ numRuns: runs(200) }
		);
	});

	it('gives different ids to quotes that differ', () => {
		const rules = buildRules(HAND_MADE);
		const base = { schedule: 'clamps', type: 'transfer', funding: 'balance', destination: 'JP' };
		const requests = [
			{ mode: 'send', amount: '10' },
			{ mode: 'send', amount: '10.01' },
			{ mode: 'pay', amount: '10' },
			{ mode: 'pay', amount: '10.01' },
			{ mode: 'receive', amount: '1000' },
			{ mode: 'receive', amount: '1001' }
		].map((r) => ({ ...base, at: AT, currency: 'USD', ...r }));
		const ids = new Set(requests.map((r) => quoteOf(rules, r).id));
		expect(ids.size).toBe(requests.length);
	});

	it.each(folders)('does not mutate the request or the rules of %s', (_, load) => {
		const rules = load();
		const before = structuredClone(rules);
		deepFreeze(rules);
		fc.assert(
			fc.property(requestArb(rules), (request) => {
				const copy = structuredClone(request);
				const q: QuoteResult = quoteOf(rules, deepFreeze(request));
				expect(request).toEqual(copy);
				expect(q.request).not.toBe(request);
			}),
			{ numRuns: runs(150) }
		);
		expect(rules).toEqual(before);
	});
});

describe('computeQuote', () => {
	it.each(folders)(
		'does not mutate its input, schedule and snapshot included, for %s',
		(_, load) => {
			const rules = load();
			fc.assert(
				fc.property(requestArb(rules), (request) => {
					const parsed = parseRequest(request);
					if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
					const resolved = resolveRequest(rules, parsed.request, NOW);
					if (!resolved.ok) return;
					const input = structuredClone(resolved.input);
					const copy = structuredClone(input);
					const q = computeQuote(deepFreeze(input), { words: noticeMessage });
					expect(input).toEqual(copy);
					expect(JSON.stringify(computeQuote(copy, { words: noticeMessage }))).toBe(
						JSON.stringify(q)
					);
				}),
				{ numRuns: runs(150) }
			);
		}
	);
});
