// The words of a quote's breakdown, which the calculator and the widget both show
// (present/breakdownRows), in English; the Chinese are in breakdownZhCN.ts, a module of their own
// so that the widget's build loads them only for pages in Chinese (widget.vite.config.ts).
export const breakdownEn = {
	transferAmount: 'Transfer amount',
	transferFees: 'Transfer fees',
	transferTaxes: 'Transfer taxes',
	totalToPay: 'Total to pay',
	exchangeRate: 'Exchange rate',
	noConversion: 'No currency conversion',
	converted: 'Amount converted',
	otherFees: 'Other fees',
	colon: ': ',
	received: 'Recipient gets'
};

export type BreakdownText = typeof breakdownEn;
