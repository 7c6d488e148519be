import type { PageContext } from './PageContext';
import { type CalculatorModel, type Option, providerSupport, speedOptions } from '../../present';
import { type Locale } from '../../words';
import {
	parentOriginOf,
	priceInBrowser,
	type PricingData,
	readWidgetOptions,
	type Theme,
	widgetForm,
	type WidgetForm
} from '../../widget';
import { pricingAt } from '..';
import { calculatorModel } from './calculatorModel';

export interface EmbedModel extends Omit<CalculatorModel, 'engine'> {
	/** The calculator's form with the speed and the usage the address gives. */
	form: WidgetForm;
	options: CalculatorModel['options'] & { speeds: Option[] };
	locale: Locale;
	theme: Theme;
	compact: boolean;
	/** Where the frame posts its messages; null when the URL names no valid origin. */
	parentOrigin: string | null;
	/** What the browser prices with: the version in force now, as `GET /api/v1/pricing` gives it. */
	pricing: PricingData;
}

/**
 * The `/embed` page for a query string: the element's attributes as parameters
 * (`target-currency` or `targetCurrency`, `sentThisPeriod` or `sent-this-period`, …),
 * `parentOrigin`, and the calculator's model. The quote is the one the frame's script would show:
 * priced as the element prices, with the speed and usage given.
 */
export function embedModel(
	query: URLSearchParams,
	{ rules, locale, now }: PageContext
): EmbedModel {
	const params = new URLSearchParams(query);
	const target = query.get('target-currency');
	if (target !== null) params.set('targetCurrency', target);
	const { request, look } = readWidgetOptions((name) => query.get(name));
	const model: Partial<CalculatorModel> = calculatorModel(params, { rules, locale, now });
	// Left out: the frame prices with `pricing`, as the element does, not with the page's engine.
	delete model.engine;
	const id = model.form!.schedule;
	const pricing = pricingAt(rules, id, now) ?? pricingAt(rules, id, Number.MAX_SAFE_INTEGER)!;
	const s = pricing.schedule;
	const { speed, sentThisPeriod, transfersThisPeriod } = widgetForm(s, request);
	const form: WidgetForm = { ...model.form!, speed, sentThisPeriod, transfersThisPeriod };
	const priced = priceInBrowser(pricing, form, { locale, now, names: 'parameter' });
	return {
		...(model as Omit<CalculatorModel, 'engine'>),
		form,
		options: { ...model.options!, speeds: speedOptions(s, locale) },
		quote: priced.quote,
		issues: priced.issues,
		support: providerSupport(s, locale),
		pricing,
		locale,
		theme: look.theme,
		compact: look.compact,
		parentOrigin: parentOriginOf(query.get('parentOrigin'))
	};
}
