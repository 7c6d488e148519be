// The Chinese texts of the <fee-calculator> element, which its build puts in a file of their own
// (widget.vite.config.ts) for loadLocale.ts to load on pages that ask for them.
export { default as widget } from '../../words/i18n/widgetZhCN';
