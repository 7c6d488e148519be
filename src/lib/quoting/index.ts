export { requestSchema, type QuoteRequest } from './requestSchema';
export type { RequestIssue } from './RequestIssue';
export { parseRequest, type ParseRequestResult } from './parseRequest';
export { resolveRequest, type ResolveResult } from './resolveRequest';
export { quote, type QuoteOutcome } from './quote';
export { requestMessage, REQUEST_MESSAGES } from './messages';
