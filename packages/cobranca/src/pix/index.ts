export { build, parse, hasValidCrc, normalizeText, PIX_GUI } from './brcode.js';
export type { PixBuildInput, PixParsed } from './brcode.js';
export { crc16, crc16Hex } from './crc16.js';
export { parseTlv, tlv } from './tlv.js';
export type { Tlv } from './tlv.js';
export { PixError } from './errors.js';
export type { PixErrorReason } from './errors.js';
