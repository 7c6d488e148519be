import { AMOUNT, MAX_TRANSFERS } from '../amountCode';
import { COUNTRY, CURRENCY, ID, KEY, requestSchema, type QuoteRequest } from '../requestSchema';

const matching = (re: RegExp) => (v: unknown) => typeof v === 'string' && re.test(v);

// Each field of requestSchema: whether it is required, and what it accepts.
const FIELDS: Record<string, [required: boolean, accepts: (v: unknown) => boolean]> = {
	schedule: [true, matching(ID)],
	version: [false, matching(ID)],
	at: [false, (v) => typeof v === 'string'],
	type: [true, matching(KEY)],
	funding: [true, matching(KEY)],
	payout: [false, matching(KEY)],
	profile: [false, matching(KEY)],
	speed: [false, matching(KEY)],
	sentThisPeriod: [false, matching(AMOUNT)],
	transfersThisPeriod: [
		false,
		(v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TRANSFERS
	],
	origin: [false, matching(COUNTRY)],
	destination: [true, matching(COUNTRY)],
	currency: [true, matching(CURRENCY)],
	targetCurrency: [false, matching(CURRENCY)],
	mode: [true, (v) => v === 'send' || v === 'pay' || v === 'receive'],
	amount: [true, matching(AMOUNT)],
	locale: [false, (v) => v === 'en' || v === 'zh-CN']
};
// zod's output holds the shape's keys in its order.
const ORDER = Object.keys(requestSchema.shape);
const REQUIRED = ORDER.filter((k) => FIELDS[k][0]).length;

/**
 * What `requestSchema.safeParse(input).data` is when every field of a plain object is present
 * and well formed, without zod's general machinery (the common case of every API request);
 * null when anything is unusual, for zod to decide and word the issues.
 *
 * @example
 * wellFormedRequest({ schedule: 'w', type: 'transfer', funding: 'balance', destination: 'GB', currency: 'USD', mode: 'send', amount: '10' }) // the same object's copy
 */
export function wellFormedRequest(input: object): QuoteRequest | null {
	const proto = Object.getPrototypeOf(input);
	if (proto !== Object.prototype && proto !== null) return null;
	const fields = input as Record<string, unknown>;
	let required = 0;
	for (const key of Object.keys(fields)) {
		const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
		if (field === undefined || !field[1](fields[key])) return null;
		if (field[0]) required++;
	}
	if (required !== REQUIRED) return null;
	const out: Record<string, unknown> = {};
	for (const key of ORDER) if (Object.hasOwn(fields, key)) out[key] = fields[key];
	return out as QuoteRequest;
}
