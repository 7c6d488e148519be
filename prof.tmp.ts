import { computeQuote, type QuoteInput } from './src/lib/engine';
import { resolveRequest } from './src/lib/quoting';
import { loadRules, nodeSha256 } from './src/lib/server';
const rules = loadRules('rules');
const s = rules.schedules.get('wallet-standard')![0].schedule;
const grid: QuoteInput[] = [];
for (const destination of Object.keys(s.destinations))
	for (const funding of Object.keys(s.funding))
		for (const payout of Object.keys(s.payouts!)) {
			const r = resolveRequest(
				rules,
				{
					schedule: 'wallet-standard',
					at: '2026-11-22T10:00:00Z',
					type: 'transfer',
					funding,
					payout,
					destination,
					currency: 'USD',
					mode: 'send',
					amount: '250.00'
				},
				0
			);
			if (r.ok) grid.push(r.input);
		}
const opts = { sha256: nodeSha256 };
const t = performance.now();
for (let i = 0; i < 100; i++) for (const g of grid) computeQuote(g, opts);
console.log((performance.now() - t) / 100, 'ms per grid');
