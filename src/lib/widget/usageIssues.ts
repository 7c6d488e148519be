import { minorUnits } from '../engine';
import { amountCode, MAX_TRANSFERS, type RequestIssue } from '../quoting';
import { type Locale, widgetText } from '../words';

/** What the element calls the usage fields, and what the `/embed` address calls them. */
const NAMES = {
	attribute: ['sent-this-period', 'transfers-this-period'],
	parameter: ['sentThisPeriod', 'transfersThisPeriod']
};

export type UsageNames = keyof typeof NAMES;

/** quote.md's `transfersThisPeriod` as text: what is wrong with it, or null. */
function countCode(count: string): string | null {
	if (/^[0-9]{1,6}$/.test(count) && parseInt(count, 10) <= MAX_TRANSFERS) return null;
	return /^-?[0-9]+$/.test(count) ? 'count_out_of_range' : 'invalid_count';
}

/**
 * The usage an embed was given, as the API would refuse it (its codes and paths), in the widget's
 * words naming the attribute or parameter: the host page gives it, not the person. Empty values
 * are the API's defaults and pass.
 *
 * @example
 * usageIssues({ sentThisPeriod: '-5' }, { currency: 'USD', locale: 'en', names: 'attribute' })
 * // [{ path: ['sentThisPeriod'], code: 'negative', message: 'sent-this-period: give the amount …' }]
 */
export function usageIssues(
	usage: { sentThisPeriod?: string; transfersThisPeriod?: string },
	{ currency, locale, names }: { currency: string; locale: Locale; names: UsageNames }
): RequestIssue[] {
	const w = widgetText[locale];
	const [sentName, countName] = NAMES[names];
	const out: RequestIssue[] = [];
	const sent = usage.sentThisPeriod || '';
	const places = minorUnits(currency);
	const decimals = sent.split('.')[1]?.length ?? 0;
	const code =
		sent &&
		(amountCode(sent, true) ??
			(places !== undefined && decimals > places ? 'too_many_decimals' : null));
	if (code)
		out.push({
			path: ['sentThisPeriod'],
			code,
			message: `${sentName}: ${
				code === 'too_many_decimals'
					? w.amountIssue.too_many_decimals(currency, String(places))
					: w.usageIssue.sent
			}`
		});
	const count = usage.transfersThisPeriod || '';
	const wrong = count && countCode(count);
	if (wrong)
		out.push({
			path: ['transfersThisPeriod'],
			code: wrong,
			message: `${countName}: ${w.usageIssue.count}`
		});
	return out;
}
