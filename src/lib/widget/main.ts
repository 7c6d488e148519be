// The entry of `/widget/fee-calculator.js` (widget.vite.config.ts): importing the component defines
// the <fee-calculator> element.
import './FeeCalculator.svelte';
