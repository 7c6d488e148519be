import type { QuoteResult } from '../../engine';
import type { RequestIssue } from '../../quoting';
import type { Rules, ScheduleVersion } from '../../schedules';
import type { Locale } from '../../ui/i18n/locales';
import { quote } from '../../quoting';
import { selectSnapshot } from '../../rates';
import { selectVersion } from '../../schedules';
import { formFor, requestOf, type CalculatorForm } from '../../ui/calculatorForm';
import { formOptions, type FormOptions, type Option } from '../../ui/options';
import type { EnginePayload } from '../../ui/priceLocally';
import { nodeSha256 } from '../nodeSha256';

export interface CalculatorModel {
	schedules: Option[];
	form: CalculatorForm;
	options: FormOptions;
	targetChanged: { from: string; to: string } | null;
	engine: EnginePayload;
	submitted: boolean;
	quote: QuoteResult | null;
	issues: RequestIssue[];
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
	const out = submitted ? quote(rules, requestOf(form, locale), now, { sha256: nodeSha256 }) : null;
	return {
		schedules: [...rules.schedules.entries()].map(([value, vs]) => ({
			value,
			label: vs.at(-1)!.schedule.name[locale] ?? vs.at(-1)!.schedule.name.en
		})),
		form,
		options: formOptions(s, locale),
		targetChanged,
		engine: {
			schedule: s,
			hash: version.hash,
			snapshot: snapshot && {
				source: snapshot.source,
				base: snapshot.base,
				asOf: snapshot.asOf,
				rates: snapshot.rates
			}
		},
		submitted,
		quote: out?.ok ? out.quote : null,
		issues: out && !out.ok ? out.issues : []
	};
}
