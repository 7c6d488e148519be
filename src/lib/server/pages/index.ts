// Page models: what each page shows for a request, built from the rules (server side).
export { pageContext, type PageContext } from './PageContext';
export { calculatorModel } from './calculatorModel';
export { STANDARD_USD, CURVE_USD, MAX_CURVES, compareModel } from './compareModel';
export {
	TOP_CHANGES,
	TOP_BLOCKED,
	PAGE_SIZE,
	cachedDiff,
	warmDiffCache,
	diffPage,
	type CachedDiff,
	type DiffList,
	type Comparison,
	type DiffPage,
	type DiffQuery
} from './diffModel';
export { embedModel, type EmbedModel } from './embedModel';
export { builderModel, type BuilderModel } from './builderModel';
export {
	scheduleSummaries,
	versionPage,
	type VersionStatus,
	type VersionSummary,
	type ScheduleSummary,
	type VersionPage
} from './schedulesModel';
export { decodeModel } from './decodeModel';
export { alertModel, type AlertModel } from './alertModel';
