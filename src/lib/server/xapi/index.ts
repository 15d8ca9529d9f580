// xAPI 1.0.3 (issue 23): learning events become statements sent to the organisation's LRS, in batches, with
// retries, each statement once. Survey answers and private feedback never do (statements.ts holds the closed list).
export { recordLearning } from './recording';
export { buildStatement, opaqueName, type XapiEvent, type XapiPerson, type Statement } from './statements';
export { xapiAccess, xapiSettings, saveXapiSettings, statementsBetween } from './settings';
export {
	deliverStatements,
	deliverSoon,
	statementsSettled,
	MAX_ATTEMPTS,
	RETRY_DELAYS_MS,
	BATCH_SIZE
} from './sending';
export { XapiConfigInput, XapiRangeInput, type XapiConfigFields } from './schemas';
