// The words for people, in both languages, without Svelte: locales and dictionaries, numbers,
// money, times and names in a locale, the words of notices and request issues, and the
// descriptions of schedules and their changes. Shared by the pages, the widget, the server and the
// command line; the engine speaks in codes, and these are its words.
export {
	LOCALES,
	LOCALE_NAMES,
	isLocale,
	negotiateLocale,
	pick,
	type Locale,
	type Dictionary
} from './locales';
export { formatMoney, formatNumber } from './formatMoney';
export { formatRate, formatRateLine } from './formatRate';
export { formatPercent } from './formatPercent';
export {
	formatTime,
	formatDate,
	formatArrival,
	formatWeekTime,
	deliveryWindow
} from './formatTime';
export { formatAge } from './formatAge';
export { formatList } from './formatList';
export { countryName, currencyName } from './names';
export { rateWords, type RateWords } from './rateWords';
export { explainLine, type LineContext } from './explainLine';
export { noticeMessage, NOTICE_MESSAGES } from './noticeMessages';
export { noticeText } from './noticeText';
export { requestMessage, REQUEST_MESSAGES, type RequestIssueCode } from './requestMessages';
export { alertMessage, ALERT_MESSAGES, type AlertIssueCode } from './alertMessages';
export { alertText, type AlertText } from './i18n/alerts';
export {
	describeChanges,
	type ChangeLine,
	type ChangeEntry,
	type ChangeGroup
} from './describeChanges';
export { describeMoneyMap, describeCondition } from './describeCondition';
export { describeAllowance, describePeriodTiers, usageWords } from './describeUsage';
export { describeHelp, type HelpLine } from './describeHelp';
export { describeMargins, type MarginRow } from './describeMargins';
export { describeSpeeds } from './describeSpeeds';
export { describeWindow, zoneName } from './describeWindow';
export { calculatorText, type CalculatorText } from './i18n/calculator';
export { compareText, type CompareText } from './i18n/compare';
export { decodeText, type DecodeText } from './i18n/decode';
export { diffText, type DiffText } from './i18n/diff';
export { errorsText, type ErrorsText } from './i18n/errors';
export { helpText } from './i18n/help';
export { schedulesText, type SchedulesText } from './i18n/schedules';
// The widget's texts; their Chinese half is a module of its own (i18n/widgetZhCN), which the
// widget's build loads only for pages in Chinese (src/lib/widget/loadLocale.ts).
export { widgetText, builderText, type WidgetText, type BuilderText } from './i18n/widget';
