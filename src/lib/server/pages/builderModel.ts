import type { PageContext } from './PageContext';
import { currenciesFor, type Option, speedOptions } from '../../present';
import {
	type BuilderModel,
	embedQuery,
	localeOf,
	readParentOrigin,
	readWidgetOptions,
	type SnippetOptions,
	usageIssues
} from '../../widget';
import { calculatorModel } from './calculatorModel';

export type { BuilderModel };

/**
 * The `/embed/builder` page for a query string. Choices a schedule does not offer are dropped,
 * so the snippets only ever name real ones; an empty choice means the schedule's default.
 * `widgetLocale` is the widget's language (`locale` is the page's own).
 */
export function builderModel(url: URL, { rules, locale, now }: PageContext): BuilderModel {
	const query = url.searchParams;
	const { request, look } = readWidgetOptions((name) => query.get(name));
	const model = calculatorModel(new URLSearchParams({ schedule: request.schedule }), {
		rules,
		locale,
		now
	});
	const o = model.options;
	const s = rules.schedules.get(model.form.schedule)!.at(-1)!.schedule;
	const speeds = speedOptions(s, locale);
	const usagePeriod = s.usagePeriod ?? null;
	const usageInput = {
		sentThisPeriod: request.sentThisPeriod.trim(),
		transfersThisPeriod: request.transfersThisPeriod.trim()
	};
	const valid = (value: string, list: Option[]) =>
		list.some((x) => x.value === value) ? value : '';
	const destination = valid(request.destination, o.destinations);
	const targets = currenciesFor(o, destination);
	const currency = valid(request.currency, o.currencies);
	const usageCurrency = currency || model.form.currency;
	const issues = usagePeriod
		? usageIssues(usageInput, { currency: usageCurrency, locale, names: 'attribute' })
		: [];
	const issue = (field: string) => issues.find((i) => i.path[0] === field)?.message ?? null;
	const usage = (field: 'sentThisPeriod' | 'transfersThisPeriod') =>
		usagePeriod && !issue(field) ? usageInput[field] : '';
	const chosen: SnippetOptions = {
		schedule: model.form.schedule,
		type: valid(request.type, o.types),
		funding: valid(request.funding, o.funding),
		payout: valid(request.payout, o.payouts),
		speed: valid(request.speed, speeds),
		destination,
		currency,
		targetCurrency: targets.includes(request.targetCurrency) ? request.targetCurrency : '',
		mode: ['send', 'pay', 'receive'].includes(request.mode) ? request.mode : '',
		amount: request.amount.trim(),
		sentThisPeriod: usage('sentThisPeriod'),
		transfersThisPeriod: usage('transfersThisPeriod'),
		locale: localeOf(query.get('widgetLocale') ?? locale),
		theme: look.theme,
		compact: look.compact
	};
	const parentOriginInput = query.get('parentOrigin') ?? '';
	const origin = readParentOrigin(parentOriginInput);
	return {
		locale,
		origin: url.origin,
		schedules: model.schedules,
		options: o,
		speeds,
		usagePeriod,
		usageCurrency,
		usageInput,
		usageIssue: {
			sentThisPeriod: issue('sentThisPeriod'),
			transfersThisPeriod: issue('transfersThisPeriod')
		},
		chosen,
		parentOriginInput,
		parentOrigin: origin.ok ? origin.origin : null,
		parentOriginIssue: origin.ok ? null : origin.code,
		parentOriginAdded: origin.ok && origin.added,
		previewQuery: embedQuery(chosen, url.origin)
	};
}
