import type { Rules } from '../schedules';
import type { CalculatorModel, Locale } from '../present';
import { parentOriginOf, type PricingData, readWidgetOptions, type Theme } from '../widget';
import { pricingAt } from '../server';
import { calculatorModel } from './calculatorModel';

export interface EmbedModel extends Omit<CalculatorModel, 'engine'> {
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
 * (`target-currency` or `targetCurrency`), `parentOrigin`, and the calculator's model.
 */
export function embedModel(
	rules: Rules,
	query: URLSearchParams,
	locale: Locale,
	now: number
): EmbedModel {
	const params = new URLSearchParams(query);
	const target = query.get('target-currency');
	if (target !== null) params.set('targetCurrency', target);
	const { look } = readWidgetOptions((name) => query.get(name));
	const model: Partial<CalculatorModel> = calculatorModel(rules, params, locale, now);
	// Left out: the frame prices with `pricing`, as the element does, not with the page's engine.
	delete model.engine;
	const id = model.form!.schedule;
	return {
		...(model as Omit<CalculatorModel, 'engine'>),
		pricing: pricingAt(rules, id, now) ?? pricingAt(rules, id, Number.MAX_SAFE_INTEGER)!,
		locale,
		theme: look.theme,
		compact: look.compact,
		parentOrigin: parentOriginOf(query.get('parentOrigin'))
	};
}
