export { formatRate } from './formatRate';
export { explainLine } from './explainLine';
