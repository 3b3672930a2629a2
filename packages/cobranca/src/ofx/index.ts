export { parse, ofxDate, decodeOfxBytes } from './parse.js';
export type { OfxResult, OfxAccount, OfxTransaction, OfxStatement } from './parse.js';
export { OfxError } from './errors.js';
export { parseBody, decodeEntities } from './sgml.js';
export type { OfxNode } from './sgml.js';
