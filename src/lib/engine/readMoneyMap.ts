import type { Context } from './context';
import type { MoneyMap } from './types';
import { dec, type Dec } from './decimal';

/**
 * A MoneyMap read in `currency`: its own entry, else the base entry times the mid rate, unrounded.
 *
 * @example
 * readMoneyMap(ctx, { USD: '0.30', EUR: '0.35' }, 'EUR').toString() // '0.35'
 */
export function readMoneyMap(ctx: Context, map: MoneyMap, currency: string): Dec {
	let perMap = ctx.readCache.get(map);
	if (perMap === undefined) {
		perMap = new Map();
		ctx.readCache.set(map, perMap);
	}
	let v = perMap.get(currency);
	if (v === undefined) {
		const own = map[currency];
		const base = ctx.schedule.baseCurrency;
		v = own !== undefined ? dec(own) : dec(map[base]).times(ctx.mid(base, currency));
		perMap.set(currency, v);
	}
	return v;
}
