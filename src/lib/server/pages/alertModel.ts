import {
	alertsRuntime,
	conditionWords,
	findAlert,
	firedFigures,
	lastFiring,
	transferWords,
	type AlertsRuntime
} from '../alerts';
import { alertMessage, formatTime } from '../../words';
import type { PageContext } from './PageContext';

/** What the confirm and manage pages show of the alert their signed link names. */
export type AlertModel = { sendsEmail: boolean } & (
	| { problem: string }
	| {
			problem: null;
			status: 'unconfirmed' | 'active' | 'paused';
			/** The condition and the transfer, in the person's words. */
			condition: string;
			transfer: string;
			email: string | null;
			webhook: string | null;
			/** When it last fired, or null. */
			lastTold: string | null;
			/** What its last firing told, as its message did: the figures and when they were priced. */
			lastFigures: { rows: [string, string][]; pricedAt: string } | null;
	  }
);

/**
 * The alert a link's token names, for the page that link opens (`purpose`: a confirmation link
 * opens only the confirm page, a manage link only the manage page); a forged, expired or
 * spent link gives the problem in the person's words, and nothing of the alert.
 */
export async function alertModel(
	token: string,
	purpose: 'confirm' | 'manage',
	ctx: PageContext,
	runtime?: Pick<AlertsRuntime, 'store' | 'key' | 'sendsEmail'>
): Promise<AlertModel> {
	const rt = runtime ?? (await alertsRuntime());
	const found = await findAlert(rt, token, purpose);
	if (!found.ok)
		return { problem: alertMessage(found.code, ctx.locale), sendsEmail: rt.sendsEmail };
	const a = found.alert;
	const fired = purpose === 'manage' ? await lastFiring(rt.store, a) : null;
	return {
		problem: null,
		sendsEmail: rt.sendsEmail,
		status: a.status,
		condition: conditionWords(a.condition, ctx.locale),
		transfer: transferWords(a.request, ctx.rules, ctx.locale),
		email: a.email,
		webhook: a.webhookUrl,
		lastTold: a.firedAt ? formatTime(new Date(a.firedAt).getTime(), ctx.locale, 'UTC') : null,
		lastFigures: fired && {
			rows: firedFigures(fired.quote, ctx.locale),
			pricedAt: formatTime(Date.parse(fired.pricedAt), ctx.locale, 'UTC')
		}
	};
}
