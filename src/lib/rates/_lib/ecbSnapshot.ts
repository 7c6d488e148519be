import type { ParseEcbXmlResult } from '../parseEcbXml';
import { isPositiveDecimal } from './isPositiveDecimal';
import { RULES_MESSAGES as messages } from '../rulesMessages';
import { CURRENCY_CODE } from './patterns';
import type { Attributes } from './readEcbCubes';

/** The ECB publishes at about 16:00 CET; +01:00 all year, so in summer this is 17:00 CEST. */
const PUBLICATION_TIME = 'T16:00:00+01:00';

export const fail = (code: string, message: string): ParseEcbXmlResult => ({
	ok: false,
	error: { code, message }
});

/** The snapshot for `day`, with the rates in file order, or the first entry that is wrong. */
export function ecbSnapshot(day: string, entries: Attributes[]): ParseEcbXmlResult {
	const rates: Record<string, string> = {};
	for (const entry of entries) {
		const currency = entry.get('currency');
		const rate = entry.get('rate') ?? '';
		if (currency === undefined) return fail('invalid_currency', messages.ecbMissingCurrency(rate));
		if (!CURRENCY_CODE.test(currency))
			return fail('invalid_currency', messages.ecbInvalidCurrency(currency));
		if (currency === 'EUR') return fail('invalid_currency', messages.ecbEurListed);
		if (Object.hasOwn(rates, currency))
			return fail('duplicate_currency', messages.ecbDuplicateCurrency(currency));
		if (!isPositiveDecimal(rate))
			return fail('invalid_rate', messages.ecbInvalidRate(currency, rate));
		rates[currency] = rate;
	}
	return {
		ok: true,
		snapshot: { source: 'ecb', base: 'EUR', asOf: day + PUBLICATION_TIME, rates }
	};
}
