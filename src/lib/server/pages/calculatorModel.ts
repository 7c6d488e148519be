import type { Rules } from '../../schedules';
import type { Locale } from '../../ui/i18n/locales';
import { calculatorResult, type CalculatorResult } from '../../ui/calculatorResult';
import { formFor, requestOf, type CalculatorForm } from '../../ui/calculatorForm';
import { formOptions, type FormOptions, type Option } from '../../ui/options';
import type { PagePayload } from '../../ui/priceLocally';
import { nodeSha256 } from '../nodeSha256';
import { pageRequest } from './pageRequest';

export interface CalculatorModel extends CalculatorResult {
	schedules: Option[];
	form: CalculatorForm;
	options: FormOptions;
	targetChanged: { from: string; to: string } | null;
	engine: PagePayload;
	submitted: boolean;
}

/**
 * Everything the calculator and review pages need for a query string: the form with defaults,
 * its choices in the locale, what the browser needs to price locally, and (when an amount was
 * given) the server's quote.
 */
export function calculatorModel(
	rules: Rules,
	query: URLSearchParams,
	locale: Locale,
	now: number
): CalculatorModel {
	const { q, id, version, snapshot } = pageRequest(rules, query, now);
	const s = version.schedule;
	const { form, targetChanged } = formFor(s, { ...q, schedule: id });
	const submitted = form.amount !== '';
	const result: CalculatorResult = submitted
		? calculatorResult(rules, requestOf(form, locale), now, { sha256: nodeSha256 })
		: { quote: null, issues: [], alternatives: [], upcoming: null };
	const versions = rules.schedules.get(id)!;
	const next = versions.find((v) => v.effectiveFrom > version.effectiveFrom);
	return {
		schedules: [...rules.schedules.entries()].map(([value, vs]) => ({
			value,
			label: vs.at(-1)!.schedule.name[locale] ?? vs.at(-1)!.schedule.name.en
		})),
		form,
		options: formOptions(s, locale),
		targetChanged,
		engine: {
			versions: [version, ...(next ? [next] : [])].map((v) => ({
				schedule: v.schedule,
				hash: v.hash
			})),
			snapshot: snapshot && {
				source: snapshot.source,
				base: snapshot.base,
				asOf: snapshot.asOf,
				rates: snapshot.rates
			}
		},
		submitted,
		...result
	};
}
