import type { PageContext } from './PageContext';
import { publicSnapshot } from '../../rates';
import {
	type CalculatorModel,
	calculatorResult,
	type CalculatorResult,
	formFor,
	calculatorOptions,
	NO_RESULT,
	providerSupport,
	readForm,
	requestOf
} from '../../present';
import { quoteOptions } from '..';
import { pageRequest, scheduleOptions } from './pageRequest';

/**
 * Everything the calculator and review pages need for a query string: the form with defaults,
 * its choices in the locale, what the browser needs to price locally, and (when an amount was
 * given) the server's quote.
 */
export function calculatorModel(
	query: URLSearchParams,
	{ rules, locale, now }: PageContext
): CalculatorModel {
	const { q, id, version, snapshot } = pageRequest(rules, query, now);
	const s = version.schedule;
	const { form, targetChanged } = formFor(s, { ...q, schedule: id });
	const submitted = form.amount !== '';
	const read = readForm(form);
	const result: CalculatorResult = read.reading.ok
		? calculatorResult(rules, requestOf(read.form, locale), quoteOptions(now))
		: NO_RESULT;
	const versions = rules.schedules.get(id)!;
	const next = versions.find((v) => v.effectiveFrom > version.effectiveFrom);
	return {
		schedules: scheduleOptions(rules, locale),
		form,
		options: calculatorOptions(s, locale),
		targetChanged,
		engine: {
			versions: [version, ...(next ? [next] : [])].map((v) => ({
				schedule: v.schedule,
				hash: v.hash
			})),
			snapshot: snapshot && publicSnapshot(snapshot)
		},
		submitted,
		reading: read.reading,
		now,
		support: providerSupport(s, locale),
		...result
	};
}
