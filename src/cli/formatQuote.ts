import type { Hint, Line, Money, Notice, QuoteResult } from '../lib/engine';
import { explainLine, formatRate, formatRateLine } from '../lib/words';
import { ratesLine } from './ratesLine';

const pad = (label: string, value: string, width = 44) =>
	`  ${label.padEnd(width - value.length)}${value}`;
const m = (x: Money | null) => (x ? `${x.amount} ${x.currency}` : '—');

function lineRows(lines: Line[], sign: string, locale: string): string[] {
	return lines.flatMap((l) => {
		const a = l.explain.allowance;
		return [
			pad(`${sign} ${l.name}${l.category === 'tax' ? ' (tax)' : ''}`, m(l)),
			`      ${explainLine(l, locale)}`,
			...(a
				? [`      allowance left ${a.remaining} ${l.currency}, of which ${a.covered} covered here`]
				: [])
		];
	});
}

const noticeRow = (n: Notice, head: string) => [
	`${head}${n.code}: ${n.message}`,
	...(n.help ? [`      help: ${n.help.text}${n.help.url ? ` (${n.help.url})` : ''}`] : [])
];

/** Cheaper requests nearby, one line each, with exact figures. */
export function formatHints(hints: Hint[]): string[] {
	if (hints.length === 0) return [];
	return [
		'',
		'  Cheaper nearby:',
		...hints.map((h) =>
			h.code === 'wait_for_window'
				? `  wait_for_window: at ${h.until} (${h.timeZone} window) it costs ${m(h.saving)} less (total cost then ${m(h.cost)})`
				: `  send_less: send ${m(h.amount)} (${m(h.givenUp)} less) and the total cost is ${m(h.cost)}, ${m(h.saving)} less`
		)
	];
}

/** A readable breakdown of a quote that a person can check by hand (English labels, Reg E order). */
export function formatQuote(q: QuoteResult, hints: Hint[] = []): string {
	const r = q.request;
	const out: string[] = [];
	out.push(`Quote ${q.id.slice(0, 12)} · ${q.allowed ? 'ALLOWED' : 'BLOCKED'}`);
	out.push(
		`  Schedule ${q.schedule.id} ${q.schedule.version} (sha256 ${q.schedule.hash.slice(0, 12)}…)`
	);
	out.push(`  Rates ${q.rates ? ratesLine(q.rates, r.at, "the quote's instant") : 'none'}`);
	out.push(
		`  ${r.type} from ${r.origin} to ${r.destination} (${q.scope}) · funding ${r.funding}` +
			`${r.payout ? ` · payout ${r.payout}` : ''}${r.profile ? ` · profile ${r.profile}` : ''}`
	);
	const usage = [
		r.speed !== undefined ? `speed ${r.speed}` : '',
		r.sentThisPeriod !== undefined ? `sent this period ${r.sentThisPeriod} ${r.currency}` : '',
		r.transfersThisPeriod !== undefined ? `transfers this period ${r.transfersThisPeriod}` : ''
	].filter(Boolean);
	if (usage.length) out.push(`  ${usage.join(' · ')}`);
	out.push(`  Mode ${r.mode} ${r.amount} · at ${r.at}`, '');
	const blocks = q.notices.filter((n) => n.severity === 'block');
	for (const n of blocks) out.push(...noticeRow(n, '  ! '));
	if (blocks.length) out.push('');
	out.push(pad('Transfer amount', m(q.principal)));
	out.push(...lineRows(q.senderLines, '+', r.locale));
	out.push(pad('Transfer fees', m(q.transferFees)), pad('Transfer taxes', m(q.transferTaxes)));
	out.push(pad('Total to pay', m(q.total)), '');
	const x = q.exchangeRate;
	if (x) {
		const pair = formatRateLine(r.currency, x.rate, r.targetCurrency ?? '');
		out.push(pad('Exchange rate', pair));
		out.push(
			`      mid ${formatRate(x.mid)}, margin ${x.marginPercent} % (unrounded rate ${x.rate})`
		);
	} else out.push(pad('Exchange rate', 'no conversion'));
	out.push(pad('Converted', m(q.converted)));
	out.push(...lineRows(q.recipientLines, '−', r.locale));
	out.push(pad('Total to recipient', m(q.received)), '');
	if (q.cost) {
		out.push(pad('Total cost', m(q.cost.total)));
		out.push(pad('  as % of amount sent', `${q.cost.percent} %`));
		if (q.cost.allInMarkupPercent !== null)
			out.push(pad('  mark-up over mid rate', `${q.cost.allInMarkupPercent} %`));
	}
	if (q.delivery) out.push(pad('Delivery', `${q.delivery.minHours}–${q.delivery.maxHours} hours`));
	const rest = q.notices.filter((n) => n.severity !== 'block');
	if (rest.length)
		out.push('', '  Notices:', ...rest.flatMap((n) => noticeRow(n, `  [${n.severity}] `)));
	out.push(...formatHints(hints));
	return out.join('\n');
}
