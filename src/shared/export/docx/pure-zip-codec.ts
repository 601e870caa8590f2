/**
 * The zip writer's codec in pure JavaScript, for any host: fflate's deflate at level 6 (what
 * zipSync uses), the CRC-32 loop of zip-write.ts, and the shared parts fflate deflated when the
 * program was built (packed-constants.ts). render.ts loads it only for a host that brings no
 * codec of its own (Node's: src/main/service/node-zip-codec.ts), and with it fflate.
 */
import { deflateSync } from 'fflate'
import { packedConstants } from './packed-constants'
import { crc32, type ZipCodec } from './zip-write'

export const pureZipCodec: ZipCodec = { deflateRaw: (data) => deflateSync(data, { level: 6 }), crc32, deflatedAhead: packedConstants }
