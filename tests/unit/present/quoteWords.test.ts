import { describe, expect, it } from 'vitest';
import type { Notice, QuoteResult } from '$lib/engine';
import {
	moneyParts,
	noticeHelp,
	providerSupport,
	rateIsStale,
	STALE_TABLE_DAYS
} from '$lib/present';
import { noticeText } from '$lib/words';
import type { CostSplit } from '$lib/quoting';

const sanctioned: Notice = {
	code: 'sanctioned_destination',
	severity: 'block',
	message: 'We cannot send money to this country.'
};

describe('noticeHelp', () => {
	const defaults = { sanctioned_destination: 'Choose another country.' };

	it('gives the default text for the code', () => {
		expect(noticeHelp(sanctioned, defaults)).toEqual({ text: 'Choose another country.' });
	});

	it('prefers the help the notice carries', () => {
		// The engine puts the schedule's help on the notice in the request's locale.
		const own = { ...sanctioned, help: { text: '请致电。', url: 'https://x.example/help' } };
		expect(noticeHelp(own, defaults)).toEqual({ text: '请致电。', url: 'https://x.example/help' });
		expect(noticeHelp({ ...sanctioned, help: { text: 'Call us.' } }, defaults)).toEqual({
			text: 'Call us.'
		});
	});

	it('is null for a code without help', () => {
		expect(noticeHelp({ ...sanctioned, code: 'other' }, defaults)).toBeNull();
	});

	it('does not change the notice', () => {
		const n = structuredClone(sanctioned);
		noticeHelp(n, defaults);
		expect(n).toEqual(sanctioned);
	});
});

describe('noticeText', () => {
	it('says a limit as money in the locale', () => {
		const n: Notice = {
			code: 'above_maximum',
			severity: 'block',
			message: 'The amount is above the maximum of 10000.00 USD.',
			limit: { id: 'per_transaction', amount: '10000.00', currency: 'USD' }
		};
		expect(noticeText(n, 'en')).toBe('The amount is above the maximum of $10,000.00.');
		expect(noticeText(n, 'zh-CN')).toBe('金额高于最高限额 US$10,000.00。');
	});

	it('keeps other notices as worded', () => {
		expect(noticeText(sanctioned, 'en')).toBe(sanctioned.message);
	});
});

describe('rateIsStale', () => {
	const day = 86_400_000;
	const asOf = '2026-03-13T16:00:00Z';
	it.each([
		[0, false],
		[3 * day, false],
		[3 * day + 1, true],
		[263 * day, true]
	])('after %i ms is %s', (age, stale) => {
		expect(rateIsStale(asOf, Date.parse(asOf) + age)).toBe(stale);
	});

	it('gives a rate from a weekly table a week and a day', () => {
		expect(rateIsStale(asOf, Date.parse(asOf) + 7 * day, STALE_TABLE_DAYS)).toBe(false);
		expect(rateIsStale(asOf, Date.parse(asOf) + 8 * day + 1, STALE_TABLE_DAYS)).toBe(true);
	});
});

describe('providerSupport', () => {
	const base = { id: 's' } as never;
	it('is null when the schedule declares none', () => {
		expect(providerSupport(base, 'en')).toBeNull();
	});
	it('reads the declared contacts in the locale', () => {
		const s = {
			id: 's',
			support: {
				email: 'help@x.example',
				hours: { en: '9–5', 'zh-CN': '9 点至 5 点' },
				replyWithin: { en: '24 hours' }
			}
		} as never;
		expect(providerSupport(s, 'zh-CN')).toEqual({
			email: 'help@x.example',
			hours: '9 点至 5 点',
			replyWithin: '24 hours'
		});
	});
});

describe('moneyParts', () => {
	const quote = {
		principal: { amount: '500.00', currency: 'USD' },
		total: { amount: '507.50', currency: 'USD' }
	} as QuoteResult;
	const split: CostSplit = {
		currency: 'USD',
		fees: '7.50',
		taxes: '0.00',
		fxMargin: '12.5',
		recipientFees: '0',
		sum: '20.00',
		total: '20.00'
	};

	it('splits the total paid into what arrives, fees and the margin', () => {
		expect(moneyParts(quote, split)).toEqual([
			{ part: 'arrives', amount: '487.50', percent: '96.1' },
			{ part: 'fees', amount: '7.50', percent: '1.5' },
			{ part: 'fxMargin', amount: '12.50', percent: '2.5' }
		]);
	});

	it('is empty without a split', () => {
		expect(moneyParts(quote, null)).toEqual([]);
	});
});
