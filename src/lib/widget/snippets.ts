import type { WidgetLook, WidgetRequest } from './widgetOptions';

/** What a snippet sets: the starting request and the look; empty strings are left out. */
export type SnippetOptions = WidgetRequest & WidgetLook;

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The options as attribute (or query) names and values, in a stable order. The usage fields are
 * written as the request names them in a URL (`sentThisPeriod`), as attributes in kebab case.
 */
function pairs(o: SnippetOptions, url = false): [string, string][] {
	const all: [string, string][] = [
		['schedule', o.schedule],
		['type', o.type],
		['funding', o.funding],
		['payout', o.payout],
		['speed', o.speed],
		['destination', o.destination],
		['currency', o.currency],
		['target-currency', o.targetCurrency],
		['mode', o.mode],
		['amount', o.amount],
		[url ? 'sentThisPeriod' : 'sent-this-period', o.sentThisPeriod],
		[url ? 'transfersThisPeriod' : 'transfers-this-period', o.transfersThisPeriod],
		['locale', o.locale],
		['theme', o.theme === 'light' ? '' : o.theme]
	];
	return all.filter(([, v]) => v !== '');
}

/**
 * The script tag and element that put the calculator on a page, served from `origin`.
 *
 * @example
 * elementSnippet('https://fees.example', { schedule: 'wallet-standard', …, compact: true })
 * // '<script type="module" src="https://fees.example/widget/fee-calculator.js"></script>\n<fee-calculator\n\tapi="https://fees.example"\n\tschedule="wallet-standard"\n\t…\n\tcompact\n></fee-calculator>'
 */
export function elementSnippet(origin: string, o: SnippetOptions): string {
	const attributes = [['api', origin], ...pairs(o)].map(([k, v]) => `\t${k}="${escape(v)}"`);
	if (o.compact) attributes.push('\tcompact');
	return [
		`<script type="module" src="${escape(origin)}/widget/fee-calculator.js"></script>`,
		`<fee-calculator`,
		...attributes,
		`></fee-calculator>`
	].join('\n');
}

/** The query string of `/embed` for the options, and the origin its messages go to. */
export function embedQuery(o: SnippetOptions, parentOrigin: string | null): string {
	const query = new URLSearchParams(pairs(o, true));
	if (o.compact) query.set('compact', '');
	if (parentOrigin) query.set('parentOrigin', parentOrigin);
	return query.toString();
}

/**
 * The iframe that puts the calculator on a page that cannot run scripts, served from `origin`.
 *
 * @example
 * iframeSnippet('https://fees.example', options, { parentOrigin: 'https://shop.example', title: 'Fee calculator' })
 * // '<iframe src="https://fees.example/embed?schedule=…&parentOrigin=https%3A%2F%2Fshop.example" …></iframe>'
 */
export function iframeSnippet(
	origin: string,
	o: SnippetOptions,
	{ parentOrigin, title }: { parentOrigin: string | null; title: string }
): string {
	const src = `${origin}/embed?${embedQuery(o, parentOrigin)}`;
	return [
		`<iframe`,
		`\tsrc="${escape(src)}"`,
		`\ttitle="${escape(title)}"`,
		`\twidth="100%"`,
		`\theight="${o.compact ? 420 : 720}"`,
		`\tstyle="border: 0"`,
		`></iframe>`
	].join('\n');
}
