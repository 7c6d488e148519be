import type { Sql } from '../store';
import type { FoundAlert } from './findAlert';
import { ALERT_COLUMNS } from './StoredAlert';

/** Every alert in the store, oldest first, with when it was made and last told. */
export function listAlerts(sql: Sql): Promise<FoundAlert[]> {
	return sql.query<FoundAlert>(
		`SELECT ${ALERT_COLUMNS}, created_at AS "createdAt", fired_at AS "firedAt"
		 FROM alerts ORDER BY created_at, id`
	);
}
