// Words and numbers for people without Svelte, shared by the pages, the widget, the server and the
// command line: locales, formatting, the calculator form and its requests, compare presets.
export { LOCALES, isLocale, negotiateLocale, pick, type Locale, type Dictionary } from './locales';
export { formatMoney, formatNumber } from './formatMoney';
export { formatRate } from './formatRate';
export { formatPercent } from './formatPercent';
export {
	formatTime,
	formatDate,
	formatArrival,
	formatWeekTime,
	deliveryWindow
} from './formatTime';
export { formatAge } from './formatAge';
export { rateWords, type RateWords } from './rateWords';
export { explainLine, type LineContext } from './explainLine';
export { formatList } from './formatList';
export { readAmount, type AmountReading } from './readAmount';
export { noticeHelp, type NoticeHelp } from './noticeHelp';
export { noticeText } from './noticeText';
export { providerSupport, type ProviderSupport } from './providerSupport';
export { rateIsStale, STALE_RATE_DAYS, STALE_TABLE_DAYS } from './rateIsStale';
export { moneyParts, MONEY_PARTS, type MoneyPart, type MoneyShare } from './moneyParts';
export {
	countryName,
	currencyName,
	formOptions,
	calculatorOptions,
	speedOptions,
	usageDependence,
	type Option,
	type DestinationOption,
	type FormOptions,
	type CalculatorOptions
} from './options';
export { currenciesFor } from './currenciesFor';
export {
	amountCurrency,
	formValues,
	formFor,
	readForm,
	requestOf,
	queryOf,
	type CalculatorForm
} from './calculatorForm';
export { calculatorResult, NO_RESULT, type CalculatorResult } from './calculatorResult';
export { rulesOf, priceLocally, type EnginePayload, type PagePayload } from './priceLocally';
export {
	PRESETS,
	DEFAULT_PRESET,
	PRESET_KEY,
	MAX_COUNTRIES,
	isPreset,
	chosenCountries,
	presetValues,
	providerRequest,
	type NotServedReason,
	type Preset
} from './comparePresets';
export {
	LISTS,
	type CalculatorModel,
	type RowQuote,
	type CompareRow,
	type CurveSeries,
	type CurveMarker,
	type CostCurveModel,
	type CompareNote,
	type CompareModel,
	type ListKey,
	type DiffRow
} from './views';
export type { DecodeForm, DecodeInsteadRow, DecodeView, DecodeModel } from './decodeView';
