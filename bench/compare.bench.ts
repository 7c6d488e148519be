// `npm run bench` (second part): a whole comparison and the cost curves of the comparison page,
// each timed as the median of 21 runs after a warm-up. Target: each under 50 ms.
import { Dec, midRates, minorUnits } from '../src/lib/engine';
import { compareQuotes, costCurve } from '../src/lib/quoting';
import { loadRules, quoteOptions } from '../src/lib/server';
import { selectSnapshot } from '../src/lib/rates';
import { selectVersion } from '../src/lib/schedules';

const rules = loadRules('rules');
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);
const RUNS = 21;
const opts = quoteOptions(NOW);

function median(fn: () => void): { median: number; best: number } {
	for (let i = 0; i < 3; i++) fn();
	const runs: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		fn();
		runs.push(performance.now() - t);
	}
	runs.sort((a, b) => a - b);
	return { median: runs[(RUNS - 1) / 2], best: runs[0] };
}

// 1. Every destination × funding source × payout of wallet-standard, one amount, ranked.
const wallet = selectVersion(rules.schedules.get('wallet-standard')!, NOW)!.schedule;
const vary = {
	destination: Object.keys(wallet.destinations),
	funding: Object.keys(wallet.funding),
	payout: Object.keys(wallet.payouts ?? {})
};
const compareInput = {
	request: {
		schedule: 'wallet-standard',
		at: AT,
		type: 'transfer',
		funding: 'balance',
		destination: 'MX',
		currency: 'USD',
		mode: 'send',
		amount: '250.00'
	},
	vary
};
const check = compareQuotes(rules, compareInput, opts);
if (!check.ok || check.excluded.length)
	throw new Error('the comparison must price every combination');
const compareTime = median(() => compareQuotes(rules, compareInput, opts));

// 2. The 60-point cost curve of five options: amounts log-spaced from the equivalent of USD 10 to
// USD 10,000 in the send currency (EUR), on its minor-unit grid, in send mode.
const SEND = 'EUR';
const POINTS = 60;
const snapshot = selectSnapshot(rules.rates.get('ecb')!, AT);
const usd = midRates(snapshot)('USD', SEND);
const places = minorUnits(SEND)!;
const lo = new Dec(10).times(usd);
const ratio = new Dec(1000);
const amounts = [
	...new Set(
		Array.from({ length: POINTS }, (_, i) =>
			lo
				.times(ratio.pow(new Dec(i).dividedBy(POINTS - 1)))
				.toDecimalPlaces(places, Dec.ROUND_HALF_UP)
				.toFixed(places)
		)
	)
];
if (amounts.length !== POINTS) throw new Error('the curve must have 60 distinct amounts');
const options = ['balance', 'bank_account', 'debit_card', 'credit_card', 'cash'].map((funding) => ({
	schedule: 'wallet-standard',
	at: AT,
	type: 'transfer',
	funding,
	origin: 'DE',
	destination: 'MX',
	currency: SEND,
	mode: 'send'
}));
for (const o of options)
	if (!costCurve(rules, o, { ...opts, amounts }).ok) throw new Error('every curve must be priced');
const curveTime = median(() => {
	for (const o of options) costCurve(rules, o, { ...opts, amounts });
});

const ms = (t: { median: number; best: number }) =>
	`median ${t.median.toFixed(1)} ms, best ${t.best.toFixed(1)} ms (target < 50 ms)`;
const count = vary.destination.length * vary.funding.length * vary.payout.length;
console.log(
	`compare wallet-standard: ${count} quotes (${vary.destination.length} destinations × ${vary.funding.length} funding × ${vary.payout.length} payouts), ranked: ${ms(compareTime)}`
);
console.log(
	`cost curves: 5 options × ${POINTS} amounts (${amounts[0]}–${amounts[POINTS - 1]} ${SEND}, send mode): ${ms(curveTime)}`
);
