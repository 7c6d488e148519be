// The entry of `/widget/fee-calculator.js` (widget.vite.config.ts): defines the <fee-calculator>
// element (once, should a page load the script twice).
import { FeeCalculatorElement } from './FeeCalculatorElement.svelte';

if (!customElements.get('fee-calculator'))
	customElements.define('fee-calculator', FeeCalculatorElement);
