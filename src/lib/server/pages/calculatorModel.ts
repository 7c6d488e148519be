import type { Rules, ScheduleVersion } from '../../schedules';
import type { Locale } from '../../ui/i18n/locales';
import { calculatorResult, type CalculatorResult } from '../../ui/calculatorResult';
import { selectSnapshot } from '../../rates';
import { selectVersion } from '../../schedules';
import { formFor, requestOf, type CalculatorForm } from '../../ui/calculatorForm';
import { formOptions, type FormOptions, type Option } from '../../ui/options';
import type { PagePayload } from '../../ui/priceLocally';
import { nodeSha256 } from '../nodeSha256';

export interface CalculatorModel extends CalculatorResult {
	schedules: Option[];
	form: CalculatorForm;
	options: FormOptions;
	targetChanged: { from: string; to: string } | null;
	engine: PagePayload;
	submitted: boolean;
}

/** The schedule a page shows first: the one offering the most destinations. */
function defaultSchedule(rules: Rules): string {
	const size = (id: string) =>
		Object.keys(rules.schedules.get(id)!.at(-1)!.schedule.destinations).length;
	return [...rules.schedules.keys()].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
}

function versionFor(
	versions: ScheduleVersion[],
	wanted: string | undefined,
	now: number
): ScheduleVersion {
	return (
		versions.find((v) => v.schedule.version === wanted) ??
		selectVersion(versions, now) ??
		versions[0]
	);
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
	const q: Record<string, string> = {};
	for (const [k, v] of query) if (!(k in q)) q[k] = v;
	const id = q.schedule && rules.schedules.has(q.schedule) ? q.schedule : defaultSchedule(rules);
	const at = q.at && !Number.isNaN(Date.parse(q.at)) ? Date.parse(q.at) : now;
	const version = versionFor(rules.schedules.get(id)!, q.version, at);
	const s = version.schedule;
	const { form, targetChanged } = formFor(s, { ...q, schedule: id });
	const source = s.rateSource ?? (rules.rates.size === 1 ? [...rules.rates.keys()][0] : undefined);
	const snapshot = source ? selectSnapshot(rules.rates.get(source) ?? [], at) : null;
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
