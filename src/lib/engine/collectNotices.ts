import type { Context } from './context';
import type { Notice, RateSnapshot, Severity } from './types';
import type { Dec } from './decimal';
import { NoRateError } from './errors';
import { matchAmount } from './matchAmount';
import { pairTime } from './midRates';
import type { EngineNoticeCode, NoticeWords } from './noticeCodes';
import { formatAmount } from './formatAmount';
import { exponentOf } from './minorUnits';
import { readMoneyMap } from './readMoneyMap';
import { ceilGrid, floorGrid } from './_lib/grid';

const ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/**
 * Whether the amount bounds of an entry (whose other keys match) hold at S; they never hold
 * without a principal or a rate.
 */
export function holdsAt(
	ctx: Context,
	when: Parameters<typeof matchAmount>[1],
	s: Dec | null
): boolean {
	if (when.amount === undefined) return true;
	if (s === null) return false;
	try {
		return matchAmount(ctx, when, s);
	} catch (e) {
		if (e instanceof NoRateError) return false;
		throw e;
	}
}

/** The notice of a broken limit, its amount `shown` in the send currency. */
function limitNotice(
	ctx: Context,
	id: string,
	code: 'below_minimum' | 'above_maximum',
	shown: Dec,
	words: NoticeWords
): Notice {
	const amount = formatAmount(shown, ctx.send);
	return {
		code,
		limit: { amount, currency: ctx.send, id },
		message: words(code, ctx.request.locale, `${amount} ${ctx.send}`),
		severity: 'block'
	};
}

function limitNotices(ctx: Context, s: Dec, words: NoticeWords): Notice[] {
	const out: Notice[] = [];
	const places = exponentOf(ctx.send);
	for (const l of ctx.limits) {
		if (!holdsAt(ctx, l.when, s)) continue;
		const min = l.min && readMoneyMap(ctx, l.min, ctx.send);
		if (min && s.lessThan(min))
			out.push(limitNotice(ctx, l.id, 'below_minimum', ceilGrid(min, places), words));
		const max = l.max && readMoneyMap(ctx, l.max, ctx.send);
		if (max && s.greaterThan(max))
			out.push(limitNotice(ctx, l.id, 'above_maximum', floorGrid(max, places), words));
	}
	return out;
}

/**
 * Whether the rates a conversion uses are more than `rateMaxAgeHours` older than the quote's
 * instant (exactly: by more than hours × 3600 s), judged on the older of the pair's two rates.
 */
function rateStale(ctx: Context, snapshot: RateSnapshot | null): boolean {
	const hours = ctx.schedule.rateMaxAgeHours;
	if (hours === undefined || snapshot === null || ctx.send === ctx.target) return false;
	return ctx.facts.at - pairTime(snapshot, ctx.send, ctx.target) > hours * 3_600_000;
}

/** The notice with the schedule's `help` for its code, in the request's locale, when it has one. */
function withHelp(ctx: Context, n: Notice): Notice {
	const help = ctx.schedule.help;
	const h = help && Object.hasOwn(help, n.code) ? help[n.code] : undefined;
	if (h === undefined) return n;
	const text = h.text[ctx.request.locale] ?? h.text.en;
	const { code, ...rest } = n;
	return { code, help: h.url === undefined ? { text } : { text, url: h.url }, ...rest };
}

/**
 * Every notice of a quote, block first: the engine's own codes, broken limits, a stale rate, and
 * the schedule's notices whose conditions hold at S; each with the schedule's help for its code.
 */
export function collectNotices(
	ctx: Context,
	found: { codes: EngineNoticeCode[]; s: Dec | null; snapshot: RateSnapshot | null },
	words: NoticeWords
): Notice[] {
	const { codes, s, snapshot } = found;
	const locale = ctx.request.locale;
	const own: Notice[] = codes.map((code) => ({
		code,
		message: words(code, locale),
		severity: 'block'
	}));
	if (s !== null) {
		try {
			own.push(...limitNotices(ctx, s, words));
		} catch (e) {
			if (!(e instanceof NoRateError)) throw e;
			if (!codes.includes('no_rate'))
				own.push({ code: 'no_rate', message: words('no_rate', locale), severity: 'block' });
		}
	}
	if (rateStale(ctx, snapshot))
		own.push({
			code: 'rate_stale',
			message: words('rate_stale', locale),
			severity: 'warn'
		});
	let sorted = true;
	for (const n of ctx.notices) {
		if (!holdsAt(ctx, n.when, s)) continue;
		const severity = n.severity;
		if (own.length && ORDER[own[own.length - 1].severity] > ORDER[severity]) sorted = false;
		own.push({ code: n.id, message: n.message[locale] ?? n.message.en, severity });
	}
	// A stable sort, and only when the list is out of order: most are in order as they are built.
	if (!sorted) own.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
	return ctx.schedule.help ? own.map((n) => withHelp(ctx, n)) : own;
}
