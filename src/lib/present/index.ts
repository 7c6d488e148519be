// What the pages and the widget show, without Svelte: the calculator form and its requests, its
// results, the compare presets and views, notices' help, amounts as people type them.
export { readAmount, type AmountReading } from './readAmount';
export { noticeHelp, type NoticeHelp } from './noticeHelp';
export { providerSupport, type ProviderSupport } from './providerSupport';
export { rateIsStale, STALE_RATE_DAYS, STALE_TABLE_DAYS } from './rateIsStale';
export { moneyParts, MONEY_PARTS, type MoneyPart, type MoneyShare } from './moneyParts';
export {
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
export { breakdownRows, type BreakdownRow, type BreakdownWords } from './breakdownRows';
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
	type PresetSource,
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
