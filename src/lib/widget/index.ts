// The embeddable calculator: what the <fee-calculator> element (FeeCalculator.svelte, built by
// widget.vite.config.ts) and the /embed pages share.
export {
	priceInBrowser,
	type PriceInBrowserOptions,
	type PricingData,
	type Priced
} from './priceInBrowser';
export { confirmRequest, widgetForm, type WidgetForm } from './widgetForm';
export { usageIssues, type UsageNames } from './usageIssues';
export { fetchPricing, requestConfirmation, type Answer } from './widgetApi';
export {
	WIDGET_ATTRIBUTES,
	readWidgetOptions,
	formQuery,
	themeOf,
	localeOf,
	flagOf,
	type Theme,
	type WidgetAttribute,
	type WidgetRequest,
	type WidgetLook
} from './widgetOptions';
export {
	parentOriginOf,
	type Confirmation,
	type ConfirmState,
	type EmbedMessage
} from './embedMessages';
export { elementSnippet, iframeSnippet, embedQuery, type SnippetOptions } from './snippets';
export type { BuilderModel } from './builder/BuilderModel';
export { default as BuilderForm } from './builder/BuilderForm.svelte';
export { default as SnippetSection } from './builder/SnippetSection.svelte';
export { readParentOrigin, type OriginReading } from './readParentOrigin';
export { default as WidgetView } from './WidgetView.svelte';
export { ConfirmFlow, type ConfirmSink } from './ConfirmFlow.svelte';
