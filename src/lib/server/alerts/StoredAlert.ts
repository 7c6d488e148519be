import type { QuoteRequest } from '../../quoting';
import type { Locale } from '../../words';
import type { AlertCondition } from './conditionHolds';

/** An alert as the store holds it. */
export interface StoredAlert {
	id: string;
	request: QuoteRequest;
	requestKey: string;
	condition: AlertCondition;
	email: string | null;
	webhookUrl: string | null;
	locale: Locale;
	status: 'unconfirmed' | 'active' | 'paused';
	/** Whether it may fire: false from its firing until its condition is false again. */
	armed: boolean;
	firings: number;
}

/** The columns of `alerts` as a StoredAlert, for SELECT … */
export const ALERT_COLUMNS =
	'id, request, request_key AS "requestKey", condition, email, webhook_url AS "webhookUrl", locale, status, armed, firings';
