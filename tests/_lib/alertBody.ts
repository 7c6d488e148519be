/** The alert tests' quote request: $500 from a balance to Mexico with wallet-standard. */
export const ALERT_REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
} as const;

/** A body POST /api/v1/alerts takes: that request, an address, a condition that always holds. */
export const ALERT_BODY = {
	request: ALERT_REQUEST,
	email: 'ana@example.com',
	locale: 'en',
	condition: { totalCostPercentAtMost: '100' }
} as const;
