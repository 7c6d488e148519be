// Svelte components: the calculator, its answer, and the parts of the compare, decode and diff pages.
export { default as Alternatives } from './components/Alternatives.svelte';
export { default as AmountField } from './components/AmountField.svelte';
export { default as BlockedView } from './components/BlockedView.svelte';
export { default as Breakdown } from './components/Breakdown.svelte';
export { default as MoneyBar } from './components/MoneyBar.svelte';
export { default as Calculator } from './components/Calculator.svelte';
export { default as CheaperNearby } from './components/CheaperNearby.svelte';
export { default as Disclosure } from './components/Disclosure.svelte';
export { default as Field } from './components/Field.svelte';
export { default as IssueList } from './components/IssueList.svelte';
export { default as Notices } from './components/Notices.svelte';
export { default as QuoteView } from './components/QuoteView.svelte';
export { default as Select } from './components/Select.svelte';
export { default as SupportLine } from './components/SupportLine.svelte';
export { default as Upcoming } from './components/Upcoming.svelte';
export { default as ConfirmedToken } from './components/review/ConfirmedToken.svelte';
export { default as WhatGoesWhere } from './components/review/WhatGoesWhere.svelte';
export { default as CompareForm } from './components/compare/CompareForm.svelte';
export { default as CostBars } from './components/compare/CostBars.svelte';
export { default as CostCurve } from './components/compare/CostCurve.svelte';
export { default as RankedTable } from './components/compare/RankedTable.svelte';
export { default as CostChart } from './components/diff/CostChart.svelte';
export { default as CostSpread } from './components/diff/CostSpread.svelte';
export { default as ImpactTable } from './components/diff/ImpactTable.svelte';
export { default as FileChanges } from './components/diff/FileChanges.svelte';
export {
	default as ImpactSection,
	type DiffList,
	type ImpactView
} from './components/diff/ImpactSection.svelte';
export { default as VersionPick } from './components/diff/VersionPick.svelte';
export { default as ScheduleFacts } from './components/schedules/ScheduleFacts.svelte';
export { default as ScheduleFees } from './components/schedules/ScheduleFees.svelte';
export { default as ScheduleHelp } from './components/schedules/ScheduleHelp.svelte';
export { default as ScheduleTerms } from './components/schedules/ScheduleTerms.svelte';
export { default as DecodeForm } from './components/decode/DecodeForm.svelte';
export { default as DecodeAnswer } from './components/decode/DecodeAnswer.svelte';
export { default as DecodeInstead } from './components/decode/DecodeInstead.svelte';
