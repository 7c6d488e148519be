export { loadRules, RulesError, displayPrefix } from './loadRules';
export { nodeSha256 } from './nodeSha256';
export { initRules, getRules, rulesDir } from './rulesStore';
