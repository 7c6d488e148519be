// Alerts on what a recipient really gets (issue 18): made from a quote request and a condition,
// kept in the store, checked as the rules and rates change, told once by email or webhook.
export { conditionHolds, type AlertCondition } from './conditionHolds';
export {
	parseAlert,
	type NewAlert,
	type ParseAlertOptions,
	type ParseAlertResult
} from './parseAlert';
export type { StoredAlert } from './StoredAlert';
export { evaluateAlerts, type EvaluateOptions, type EvaluateReport } from './evaluateAlerts';
export {
	createAlert,
	confirmAlert,
	deleteUnconfirmed,
	MAX_PER_EMAIL,
	PER_HOUR,
	type CreateOptions,
	type CreateOutcome
} from './createAlert';
export { alertKey } from './alertKey';
export { alertToken, readAlertToken, type LinkAction, type TokenReading } from './alertLinks';
export {
	confirmEmail,
	firedEmail,
	conditionWords,
	transferWords,
	type AlertEmail
} from './alertEmail';
export { smtpMailer, fileMailer, type Mail, type Mailer } from './mailers';
export {
	deliverOutbox,
	backoff,
	webhookSecret,
	type DeliverOptions,
	type DeliverReport,
	type OutboxPayload
} from './deliverOutbox';
export { nextPriceChange } from './nextPriceChange';
export {
	startAlerts,
	alertsRuntime,
	stopAlertsRuntime,
	alertsStoreOptions,
	dataDir,
	type AlertsRuntime
} from './alertsRuntime';
export { alertOutcome, type AlertOutcome } from './alertOutcome';
export { firedFigures } from './firedFigures';
export { lastFiring, type Firing } from './lastFiring';
export { checkAlerts, type AlertCheck, type CheckReport } from './checkAlerts';
export { listAlerts } from './listAlerts';
export {
	makeAlert,
	postAlert,
	confirmByToken,
	manageByToken,
	unsubscribe,
	type MakeOutcome
} from './alertsApi';
export { findAlert, changeAlert, type FoundAlert, type FindCode } from './findAlert';
export { alertView } from './alertsApi';
