import type { Schedule } from '../engine';
import { type CalculatorForm, formFor, readForm, requestOf } from '../present';
import { type Locale } from '../words';
import { formQuery, type WidgetRequest } from './widgetOptions';

/**
 * The calculator's fields, the delivery speed and the usage the host page knows
 * (`sent-this-period`, `transfers-this-period`) among them; empty means the schedule's default.
 */
export type WidgetForm = CalculatorForm;

/**
 * The form an embed starts with: `formFor`'s, with a speed the schedule offers (else its first,
 * else none) and the usage as given, checked when it is priced.
 *
 * @example
 * widgetForm(schedule, { ...request, speed: 'warp', sentThisPeriod: '800.00' })
 * // { …, speed: 'economy', sentThisPeriod: '800.00', transfersThisPeriod: '' }
 */
export function widgetForm(
	s: Schedule,
	r: { [K in keyof WidgetRequest]?: string | null }
): WidgetForm {
	return formFor(s, formQuery(r)).form;
}

/**
 * The request an embed sends to be confirmed: the form's fields as the API names them, the amount
 * read as the person means it, and `transfersThisPeriod` a JSON integer.
 *
 * @example
 * confirmRequest({ ...form, amount: '1,000', transfersThisPeriod: '2' }, 'en')
 * // { …, amount: '1000', transfersThisPeriod: 2, locale: 'en' }
 */
export function confirmRequest(form: WidgetForm, locale: Locale): Record<string, string | number> {
	const out: Record<string, string | number> = requestOf(
		{ ...form, amount: readForm(form).form.amount },
		locale
	);
	if (form.transfersThisPeriod) out.transfersThisPeriod = parseInt(form.transfersThisPeriod, 10);
	return out;
}
