import type { NewAlert } from './parseAlert';

/** An alert as the store holds it: as asked for (NewAlert), and its state. */
export interface StoredAlert extends NewAlert {
	id: string;
	status: 'unconfirmed' | 'active' | 'paused';
	/** Whether it may fire: false from its firing until its condition is false again. */
	armed: boolean;
	firings: number;
}

/** The columns of `alerts` as a StoredAlert, for SELECT … */
export const ALERT_COLUMNS =
	'id, request, request_key AS "requestKey", condition, email, webhook_url AS "webhookUrl", locale, status, armed, firings';
