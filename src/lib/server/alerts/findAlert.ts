import type { AlertsRuntime } from './alertsRuntime';
import { readAlertToken, type LinkAction } from './alertLinks';
import { ALERT_COLUMNS, type StoredAlert } from './StoredAlert';

export type FoundAlert = StoredAlert & { createdAt: Date; firedAt: Date | null };
export type FindCode = 'invalid_link' | 'expired_link' | 'no_alert';

/** The alert a signed link names for `action`, or why there is none. */
export async function findAlert(
	rt: Pick<AlertsRuntime, 'store' | 'key'>,
	token: string,
	action: LinkAction
): Promise<{ ok: true; alert: FoundAlert } | { ok: false; code: FindCode }> {
	const read = readAlertToken(token, action, { now: Date.now(), key: rt.key });
	if (!read.ok) return read;
	const [alert] = await rt.store.query<FoundAlert>(
		`SELECT ${ALERT_COLUMNS}, created_at AS "createdAt", fired_at AS "firedAt" FROM alerts WHERE id = $1`,
		[read.id]
	);
	return alert ? { ok: true, alert } : { ok: false, code: 'no_alert' };
}

/**
 * Pauses, resumes or deletes an alert (a confirmed one only pauses and resumes). The row of its
 * kind is taken first, as evaluations take it (judgeKinds), so that one never meets the alert
 * held by this change.
 */
export async function changeAlert(
	rt: Pick<AlertsRuntime, 'store'>,
	alert: FoundAlert,
	change: 'pause' | 'resume' | 'delete'
): Promise<void> {
	if (change !== 'delete' && alert.status === 'unconfirmed') return;
	await rt.store.transaction(async (tx) => {
		await tx.query(
			`SELECT 1 FROM alert_kinds k JOIN alerts a
				ON (k.request_key, k.metric, k.unit) = (a.request_key, a.metric, a.unit)
			 WHERE a.id = $1 AND a.status = 'active' FOR UPDATE OF k`,
			[alert.id]
		);
		if (change === 'delete') await tx.query('DELETE FROM alerts WHERE id = $1', [alert.id]);
		else
			await tx.query('UPDATE alerts SET status = $2 WHERE id = $1', [
				alert.id,
				change === 'pause' ? 'paused' : 'active'
			]);
	});
}
