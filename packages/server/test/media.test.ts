/**
 * Photo upload and serving over real HTTP, on PGlite and on PostgreSQL: what is stored has no
 * metadata left (the served bytes are parsed segment by segment and chunk by chunk), what is not
 * an accepted image is refused with a clear 4xx and nothing stored, and a photo is served only
 * while a story may show it to the caller.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { sql } from 'kysely';
import { DevTokenResponse, MediaUploaded, problemTypes, StoryPage, StoryRecord, type StoryChannel, type StoryCreate } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { serverSecret } from '../src/db/server-secrets.js';
import { mediaAccessSecretName, signMediaAccess } from '../src/media/access.js';
import { addDays } from '../src/seed/generate.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-06-16';
const probe = await probePostgres();
const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';

const SERIAL = 'SN-4815162342';
const OWNER = 'Jan Jansen';

// ---- JPEG, PNG and WebP taken apart -------------------------------------------------------------

interface JpegSegment {
  marker: number;
  data: Buffer;
}

/** The marker segments of a JPEG up to the start of the scan. */
function jpegSegments(bytes: Buffer): JpegSegment[] {
  assert.equal(bytes.readUInt16BE(0), 0xffd8, 'starts with SOI');
  const segments: JpegSegment[] = [];
  let offset = 2;
  while (offset < bytes.length) {
    assert.equal(bytes[offset], 0xff, `a marker at ${offset}`);
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    segments.push({ marker, data: bytes.subarray(offset + 4, offset + 2 + length) });
    offset += 2 + length;
    if (marker === 0xda) break;
  }
  return segments;
}

const segment = (marker: number, data: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
};

/** Insert segments right after SOI. */
const spliceJpeg = (jpeg: Buffer, ...segments: Buffer[]) => Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);

const xmpPacket = (text: string) =>
  Buffer.concat([
    Buffer.from('http://ns.adobe.com/xap/1.0/\0'),
    Buffer.from(
      `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,5.1N" exif:Owner="${text}"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
    ),
  ]);

/** An APP13 "Photoshop 3.0" segment with one IPTC record (2:80, by-line). */
const iptcSegment = (byline: string) => {
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50]), Buffer.from([0, byline.length]), Buffer.from(byline)]);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), Buffer.alloc(4), record]);
  resource.writeUInt32BE(record.length, 10);
  return Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
};

interface PngChunk {
  type: string;
  data: Buffer;
}

function pngChunks(bytes: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    chunks.push({ type: bytes.subarray(offset + 4, offset + 8).toString('latin1'), data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Insert chunks right after IHDR. */
const splicePng = (png: Buffer, ...chunks: Buffer[]) => Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);

function webpChunks(bytes: Buffer): string[] {
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'RIFF');
  assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WEBP');
  const types: string[] = [];
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const size = bytes.readUInt32LE(offset + 4);
    types.push(bytes.subarray(offset, offset + 4).toString('latin1'));
    offset += 8 + size + (size % 2);
  }
  return types;
}

/** A PNG whose header declares 50,000 × 50,000 pixels, in a few dozen bytes. */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(4096))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A 2400 × 1200 landscape JPEG, red with a blue block top left, stored with EXIF orientation 6
 * (shown turned a quarter clockwise), camera make, model and serial, a GPS position, an XMP
 * packet, an IPTC by-line and a comment.
 */
async function cameraJpeg(): Promise<Buffer> {
  const blue = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#0000ff' } }).png().toBuffer();
  const base = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R6', Artist: OWNER },
      IFD2: { BodySerialNumber: SERIAL },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return spliceJpeg(base, segment(0xfe, Buffer.from(`Owner: ${OWNER}`)), segment(0xe1, xmpPacket(OWNER)), segment(0xed, iptcSegment(OWNER)));
}

/** Whether any of the personal values can still be found in the bytes. */
const leaks = (bytes: Buffer) => [SERIAL, OWNER, 'Canon', 'EOS R6', 'Photoshop', 'http://ns.adobe.com/xap'].filter((s) => bytes.includes(s));

// ---- The suite ---------------------------------------------------------------------------------

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('media on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`media on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    const tokens: Record<string, string> = {};

    const request = (method: string, path: string, token?: string, json?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });

    const upload = (bytes: Buffer, options: { token?: string; name?: string; type?: string } = {}) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'application/octet-stream' }), options.name ?? 'photo.bin');
      return fetch(`${server.url}/v1/hr/media`, { method: 'POST', headers: { authorization: `Bearer ${options.token ?? tokens.hr}` }, body: form });
    };

    async function uploaded(bytes: Buffer, token = tokens.hr): Promise<MediaUploaded> {
      const response = await upload(bytes, { token });
      assert.equal(response.status, 201, await response.clone().text());
      return MediaUploaded.parse(await response.json());
    }

    const mediaRows = async () =>
      Number((await sql<{ n: string | number }>`select count(*) as n from media`.execute(server.app.mobility.database.db)).rows[0]!.n);

    /** A refused upload: the status, a problem document, nothing stored, the server healthy. */
    async function refused(response: Promise<Response>, status: number, before: number): Promise<string> {
      const problem = await expectProblem(await response, status);
      assert.equal(await mediaRows(), before, 'nothing stored');
      assert.equal((await request('GET', '/v1/health')).status, 200, 'the server is healthy');
      return problem.detail ?? '';
    }

    const storyBody = (src: string, channels: readonly StoryChannel[], overrides: Partial<StoryCreate> = {}): StoryCreate => ({
      displayName: 'Test P.',
      photo: { src, alt: 'Een collega bij de 3D-printer in het makerslab' },
      roleBefore: 'Docent',
      orgBefore: 'Instituut voor ICT',
      roleAfter: 'Teamleider',
      orgAfter: 'Instituut voor ICT',
      moveType: 'internal',
      quote: 'Een nieuwe ronde, nieuwe kansen.',
      body: 'Het hele verhaal.',
      language: 'nl',
      cta: { label: 'Bekijk vacatures', href: 'https://www.hu.example/vacatures' },
      publishFrom: addDays(TODAY, -3),
      publishUntil: addDays(TODAY, 30),
      consent: channels.map((channel) => ({ channel, grantedAt: addDays(TODAY, -5), expiresAt: addDays(TODAY, 300), formReference: `FORM-${channel}` })),
      ...overrides,
    });

    async function story(src: string, channels: readonly StoryChannel[], approve: boolean): Promise<StoryRecord> {
      const created = await request('POST', '/v1/hr/stories', tokens.hr, storyBody(src, channels));
      assert.equal(created.status, 201, await created.clone().text());
      const record = StoryRecord.parse(await created.json());
      if (!approve) return record;
      const approved = await request('POST', `/v1/hr/stories/${record.id}/approve`, tokens.hr);
      assert.equal(approved.status, 200);
      return StoryRecord.parse(await approved.json());
    }

    const anonymous = (src: string) => fetch(`${server.url}${src}`);

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: true, devAuth: true, today: () => TODAY, rateLimit: false });
      const token = async (role: string, organisation: string) => {
        const response = await request('POST', '/v1/dev/token', undefined, { role, organisation });
        assert.equal(response.status, 200);
        return DevTokenResponse.parse(await response.json()).token;
      };
      tokens.hr = await token('hr', OWN);
      tokens.admin = await token('admin', OWN);
      tokens.employee = await token('employee', OWN);
      tokens.otherHr = await token('hr', OTHER);
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    describe('upload', () => {
      test('a camera JPEG: no EXIF (GPS, serial), XMP, IPTC or comment left, orientation applied, longest side 1600', async () => {
        const original = await cameraJpeg();
        // The test image really carries what must go (so the checks below can fail).
        const before = jpegSegments(original);
        assert.ok(before.some((s) => s.marker === 0xe1 && s.data.subarray(0, 6).toString('latin1') === 'Exif\0\0'), 'EXIF in the original');
        assert.ok(before.some((s) => s.marker === 0xe1 && s.data.toString('latin1').startsWith('http://ns.adobe.com/xap/1.0/')), 'XMP in the original');
        assert.ok(before.some((s) => s.marker === 0xed), 'IPTC in the original');
        assert.ok(before.some((s) => s.marker === 0xfe), 'a comment in the original');
        assert.deepEqual(leaks(original).sort(), [SERIAL, OWNER, 'Canon', 'EOS R6', 'Photoshop', 'http://ns.adobe.com/xap'].sort());
        const meta = await sharp(original).metadata();
        assert.equal(meta.orientation, 6);
        assert.ok(meta.exif?.includes('GPS') || meta.exif?.includes(Buffer.from([0x88, 0x25])) || meta.exif?.includes(Buffer.from([0x25, 0x88])), 'a GPS IFD');

        const result = await uploaded(original);
        assert.deepEqual({ width: result.width, height: result.height }, { width: 800, height: 1600 }, 'turned upright and scaled to 1600');
        assert.equal(result.src, `/v1/media/${result.id}`);

        const served = await request('GET', result.src, tokens.hr);
        assert.equal(served.status, 200);
        assert.equal(served.headers.get('content-type'), 'image/jpeg');
        const bytes = Buffer.from(await served.arrayBuffer());
        const markers = jpegSegments(bytes).map((s) => s.marker);
        assert.ok(!markers.includes(0xe1), `no APP1 (EXIF or XMP): ${markers.map((m) => m.toString(16)).join(' ')}`);
        assert.ok(!markers.includes(0xed), 'no APP13 (IPTC)');
        assert.ok(!markers.includes(0xfe), 'no COM');
        assert.ok(!markers.includes(0xe2), 'no APP2 (ICC profile)');
        assert.deepEqual(leaks(bytes), []);
        const decoded = await sharp(bytes).metadata();
        assert.deepEqual([decoded.width, decoded.height, decoded.orientation, decoded.exif, decoded.xmp, decoded.iptc], [800, 1600, undefined, undefined, undefined, undefined]);
        // The blue block that was top left is top right after a quarter turn clockwise.
        const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
        const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
        const [r1, , b1] = pixel(750, 100);
        const [r2, , b2] = pixel(50, 100);
        assert.ok(b1! > 200 && r1! < 60, `top right is blue: ${pixel(750, 100)}`);
        assert.ok(r2! > 200 && b2! < 60, `top left is red: ${pixel(50, 100)}`);
      });

      test('PNG: text, EXIF and XMP chunks dropped, still a PNG of the same size', async () => {
        const base = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#33669980' } }).png().toBuffer();
        const original = splicePng(
          base,
          pngChunk('tEXt', Buffer.from(`Author\0${OWNER}`)),
          pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0'), xmpPacket(OWNER)])),
          pngChunk('eXIf', Buffer.from(`MM\0*${SERIAL}`)),
        );
        assert.equal((await sharp(original).metadata()).width, 300, 'the spliced PNG is valid');
        const result = await uploaded(original);
        assert.deepEqual([result.width, result.height], [300, 200]);
        const served = await request('GET', result.src, tokens.hr);
        assert.equal(served.headers.get('content-type'), 'image/png');
        const bytes = Buffer.from(await served.arrayBuffer());
        const types = pngChunks(bytes).map((c) => c.type);
        assert.equal(types[0], 'IHDR');
        for (const type of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'iCCP', 'tIME']) assert.ok(!types.includes(type), `no ${type}: ${types.join(' ')}`);
        assert.deepEqual(leaks(bytes), []);
      });

      test('WebP: EXIF and XMP dropped, scaled to 1600, still a WebP', async () => {
        const original = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#228844' } })
          .webp()
          .withExif({ IFD0: { Make: 'Canon', Artist: OWNER }, IFD2: { BodySerialNumber: SERIAL } })
          .withXmp(xmpPacket(OWNER).subarray('http://ns.adobe.com/xap/1.0/\0'.length).toString())
          .toBuffer();
        assert.ok(webpChunks(original).includes('EXIF') && webpChunks(original).includes('XMP '), `the original carries both: ${webpChunks(original).join(' ')}`);
        const result = await uploaded(original);
        assert.deepEqual([result.width, result.height], [1600, 800]);
        const served = await request('GET', result.src, tokens.hr);
        assert.equal(served.headers.get('content-type'), 'image/webp');
        const bytes = Buffer.from(await served.arrayBuffer());
        const types = webpChunks(bytes);
        for (const type of ['EXIF', 'XMP ', 'ICCP']) assert.ok(!types.includes(type), `no ${type}: ${types.join(' ')}`);
        assert.deepEqual(leaks(bytes), []);
      });

      test('an SVG with a script: 415 naming SVG, nothing stored', async () => {
        const before = await mediaRows();
        const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>');
        const detail = await refused(upload(svg, { name: 'photo.svg', type: 'image/svg+xml' }), 415, before);
        assert.match(detail, /SVG/);
      });

      test('HTML renamed .jpg and declared image/jpeg: 415 naming HTML', async () => {
        const before = await mediaRows();
        const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
        const detail = await refused(upload(html, { name: 'photo.jpg', type: 'image/jpeg' }), 415, before);
        assert.match(detail, /HTML/);
      });

      test('a 12 MB file: 413, nothing stored', async () => {
        const before = await mediaRows();
        const big = Buffer.alloc(12 * 1024 * 1024, 0x41);
        big.set([0xff, 0xd8, 0xff, 0xe0], 0);
        const detail = await refused(upload(big, { name: 'big.jpg', type: 'image/jpeg' }), 413, before);
        assert.match(detail, /10 MB/);
        // The same without a Content-Length (chunked): refused once the part passes 10 MB.
        const boundary = 'mobility-kit-chunked';
        const parts = [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
          ...Array.from({ length: 12 }, (_, i) => big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024)),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ];
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = parts.shift();
            if (next) controller.enqueue(new Uint8Array(next));
            else controller.close();
          },
        });
        const chunked = fetch(`${server.url}/v1/hr/media`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
          body,
          duplex: 'half',
        } as RequestInit);
        assert.match(await refused(chunked, 413, before), /10 MB/);
      });

      test('a Content-Length past the limit: 413 before the body is read, and the connection closed', async () => {
        const before = await mediaRows();
        const boundary = 'mobility-kit-test';
        const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
          const req = httpRequest(`${server.url}/v1/hr/media`, {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(50 * 1024 * 1024) },
          });
          req.on('response', (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: Buffer.concat(chunks).toString() }));
          });
          req.on('error', reject);
          // Only the start of the announced 50 MB is ever sent: the answer must not wait for the rest.
          req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n`);
        });
        assert.equal(answer.status, 413, answer.body);
        assert.equal(answer.connection, 'close');
        assert.equal(await mediaRows(), before);
        assert.equal((await request('GET', '/v1/health')).status, 200);
      });

      test('a truncated JPEG: 400, nothing stored', async () => {
        const before = await mediaRows();
        const whole = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#abcdef' } }).jpeg().toBuffer();
        const detail = await refused(upload(whole.subarray(0, Math.floor(whole.length / 2)), { name: 'cut.jpg', type: 'image/jpeg' }), 400, before);
        assert.match(detail, /damaged or incomplete/);
      });

      test('a PNG declaring 50,000 × 50,000 pixels: refused before decoding, nothing stored', async () => {
        const before = await mediaRows();
        const bomb = pngBomb();
        assert.ok(bomb.length < 200, `${bomb.length} bytes`);
        const detail = await refused(upload(bomb, { name: 'bomb.png', type: 'image/png' }), 413, before);
        assert.match(detail, /50000 × 50000/);
      });

      test('a body that is not multipart: 415; no file part: 400; a second file: 400', async () => {
        const before = await mediaRows();
        await refused(request('POST', '/v1/hr/media', tokens.hr, { file: 'x' }), 415, before);
        const onlyField = new FormData();
        onlyField.append('note', 'geen bestand');
        const missing = await fetch(`${server.url}/v1/hr/media`, { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}` }, body: onlyField });
        assert.deepEqual(invalidParamNames(await expectProblem(missing, 400)), ['file']);
        const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
        const two = new FormData();
        two.append('file', new Blob([new Uint8Array(png)]), 'a.png');
        two.append('file', new Blob([new Uint8Array(png)]), 'b.png');
        const twice = await fetch(`${server.url}/v1/hr/media`, { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}` }, body: two });
        await expectProblem(twice, 400);
        assert.equal(await mediaRows(), before);
      });

      test('more uploads at once than may be decoded: 503 with Retry-After for the rest, every one answered', async () => {
        // 36 megapixels (under the limit) in a small file: each decode takes a while.
        const big = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#777' } }).png({ compressionLevel: 9 }).toBuffer();
        assert.ok(big.length < 1024 * 1024, `${big.length} bytes`);
        const statuses: number[] = [];
        const answers = await Promise.all(Array.from({ length: 6 }, () => upload(big)));
        for (const answer of answers) {
          statuses.push(answer.status);
          if (answer.status === 503) assert.equal(answer.headers.get('retry-after'), '2');
          await answer.body?.cancel();
        }
        assert.ok(statuses.every((s) => s === 201 || s === 503), statuses.join(' '));
        assert.ok(statuses.includes(201), statuses.join(' '));
        assert.ok(statuses.includes(503), `at most 2 decodes at once: ${statuses.join(' ')}`);
        assert.equal((await request('GET', '/v1/health')).status, 200);
      });

      test('the same upload sent again with its Idempotency-Key: the first answer, stored once', async () => {
        const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#246' } }).png().toBuffer();
        const boundary = 'mobility-kit-retry';
        const payload = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
          png,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const send = () =>
          fetch(`${server.url}/v1/hr/media`, {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'idempotency-key': 'b7c1e0de-0000-4000-8000-000000000001' },
            body: new Uint8Array(payload),
          });
        const before = await mediaRows();
        const first = await send();
        assert.equal(first.status, 201);
        const again = await send();
        assert.equal(again.status, 201);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(await again.json(), await first.json());
        assert.equal(await mediaRows(), before + 1);
      });

      test('an employee may not upload (403); without a token 401', async () => {
        const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
        const before = await mediaRows();
        await refused(upload(png, { token: tokens.employee }), 403, before);
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(png)]), 'a.png');
        await expectProblem(await fetch(`${server.url}/v1/hr/media`, { method: 'POST', body: form }), 401);
      });
    });

    describe('who sees a photo', () => {
      let png: Buffer;
      before(async () => {
        png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#135' } }).png().toBuffer();
      });

      test('the headers: type, nosniff, CSP, CORP, ETag, private immutable cache; 304 on If-None-Match', async () => {
        const { src } = await uploaded(png);
        const response = await request('GET', src, tokens.hr);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'image/png');
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('content-security-policy'), "default-src 'none'");
        assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
        assert.equal(response.headers.get('cache-control'), 'private, max-age=31536000, immutable');
        const etag = response.headers.get('etag');
        assert.match(etag ?? '', /^"[0-9a-f]{64}"$/);
        const again = await request('GET', src, tokens.hr, undefined, { 'if-none-match': etag! });
        assert.equal(again.status, 304);
        assert.equal((await again.arrayBuffer()).byteLength, 0);
      });

      test('HR of another organisation: 404, also with its token; admin of the own organisation: 200', async () => {
        const { src } = await uploaded(png);
        await expectProblem(await request('GET', src, tokens.otherHr), 404);
        await expectProblem(await request('GET', src, tokens.employee), 404);
        assert.equal((await request('GET', src, tokens.admin)).status, 200);
      });

      test('a story of another organisation may not use the photo: 400 naming photo.src', async () => {
        const { src } = await uploaded(png);
        const response = await request('POST', '/v1/hr/stories', tokens.otherHr, storyBody(src, ['public']));
        assert.deepEqual(invalidParamNames(await expectProblem(response, 400)), ['photo.src']);
        const unknown = await request('POST', '/v1/hr/stories', tokens.hr, storyBody('/v1/media/00000000-0000-4000-8000-000000000000', ['public']));
        assert.deepEqual(invalidParamNames(await expectProblem(unknown, 400)), ['photo.src']);
      });

      test('the upload answer\'s preview: the photo for an <img> at once, without a token; a story keeps the plain path', async () => {
        const { src, preview } = await uploaded(png);
        assert.match(preview!, new RegExp(`^${src}\\?access=h\\d+\\.[A-Za-z0-9_-]{43}$`));
        await expectProblem(await anonymous(src), 404);
        const shown = await anonymous(preview!);
        assert.equal(shown.status, 200);
        assert.equal(shown.headers.get('content-type'), 'image/png');
        const record = await story(preview!, ['public'], false);
        assert.equal(record.photo!.src.split('?')[0], src, 'stored as the plain path, answered signed');
      });

      test('a draft story: 404 anonymously, 200 for its HR, and with the source HR routes sign', async () => {
        const { src } = await uploaded(png);
        const record = await story(src, ['public', 'intranet'], false);
        await expectProblem(await anonymous(src), 404);
        assert.equal((await request('GET', src, tokens.hr)).status, 200);
        // The HR answer carries a signed source an <img> can load without a token.
        const signed = record.photo!.src;
        assert.match(signed, new RegExp(`^${src}\\?access=h\\d+\\.[A-Za-z0-9_-]{43}$`));
        assert.equal((await anonymous(signed)).status, 200);
        // Saved again with that source, the story keeps the plain path.
        const patched = await request('PATCH', `/v1/hr/stories/${record.id}`, tokens.hr, { photo: { src: signed, alt: 'Een collega bij de 3D-printer' } });
        assert.equal(patched.status, 200, await patched.clone().text());
        const rows = await sql<{ photo_src: string; photo_width: number; photo_height: number }>`select photo_src, photo_width, photo_height from stories where id = ${record.id}`.execute(server.app.mobility.database.db);
        assert.deepEqual({ ...rows.rows[0] }, { photo_src: src, photo_width: 64, photo_height: 48 }, 'the plain path and the photo’s own size');
      });

      test('a story live on the public channel: 200 anonymously; withdrawn: 404', async () => {
        const { src } = await uploaded(png);
        const record = await story(src, ['public'], true);
        assert.deepEqual(record.liveOn, ['public']);
        const response = await anonymous(src);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('cache-control'), 'private, max-age=31536000, immutable');
        const page = StoryPage.parse(await (await request('GET', '/v1/stories?channel=public&limit=50')).json());
        assert.equal(page.items.find((s) => s.id === record.id)?.photo?.src, src, 'public sources are the plain path');
        assert.equal((await request('POST', `/v1/hr/stories/${record.id}/withdraw`, tokens.hr)).status, 200);
        await expectProblem(await anonymous(src), 404);
      });

      test('an intranet-only story: 404 anonymously, 200 with the signed source of the intranet list, 404 once consent is withdrawn', async () => {
        const { src } = await uploaded(png);
        const record = await story(src, ['intranet'], true);
        assert.deepEqual(record.liveOn, ['intranet']);
        await expectProblem(await anonymous(src), 404);
        const page = StoryPage.parse(await (await request('GET', '/v1/stories?channel=intranet&limit=50', tokens.employee)).json());
        const signed = page.items.find((s) => s.id === record.id)?.photo?.src;
        assert.ok(signed, 'listed on the intranet');
        assert.match(signed, new RegExp(`^${src}\\?access=i\\d+\\.[A-Za-z0-9_-]{43}$`));
        assert.equal((await anonymous(signed)).status, 200);
        // Tampered: another character in the signature, another expiry, another photo's id.
        const tampered = signed.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
        await expectProblem(await anonymous(tampered), 404);
        const later = signed.replace(/access=i(\d+)/, (_, n: string) => `access=i${Number(n) + 86400}`);
        await expectProblem(await anonymous(later), 404);
        const other = await uploaded(png);
        await expectProblem(await anonymous(`${other.src}?${signed.split('?')[1]}`), 404);
        // Withdrawn consent: the same source no longer opens it.
        const withdrawn = await request('POST', `/v1/hr/stories/${record.id}/consents/withdraw`, tokens.hr, { channel: 'intranet' });
        assert.equal(withdrawn.status, 200);
        await expectProblem(await anonymous(signed), 404);
      });

      test('an expired signature: 404; one signed for another organisation: 404', async () => {
        const { id, src } = await uploaded(png);
        await story(src, ['intranet'], false);
        const key = await serverSecret(server.app.mobility.database.db, mediaAccessSecretName);
        const fresh = signMediaAccess(key, id, OWN, 'h');
        assert.equal((await anonymous(`${src}?access=${fresh}`)).status, 200, 'a fresh one (the check can pass)');
        const expired = signMediaAccess(key, id, OWN, 'h', Date.now() - 3 * 24 * 60 * 60 * 1000);
        await expectProblem(await anonymous(`${src}?access=${expired}`), 404);
        const elsewhere = signMediaAccess(key, id, OTHER, 'h');
        await expectProblem(await anonymous(`${src}?access=${elsewhere}`), 404);
      });

      test('a second instance on the same database honours the sources the first signed', { skip: engine === 'pglite' && 'one PGlite database has one server' }, async () => {
        const { src } = await uploaded(png);
        const record = await story(src, ['intranet'], false);
        const second = await startServer({ ...db.options, port: 0, devAuth: true, today: () => TODAY, rateLimit: false });
        try {
          const signed = record.photo!.src;
          assert.notEqual(signed, src);
          assert.equal((await fetch(`${second.url}${signed}`)).status, 200);
          await expectProblem(await fetch(`${second.url}${src}`), 404);
        } finally {
          await second.close();
        }
      });

      test('an id that is not a UUID: 400; one that does not exist: 404', async () => {
        await expectProblem(await anonymous('/v1/media/not-a-uuid'), 400, problemTypes.invalidRequest);
        await expectProblem(await anonymous('/v1/media/00000000-0000-4000-8000-000000000000'), 404);
      });
    });
  });
}

describe('media quota', () => {
  test("an organisation's photos past its quota: 413 naming the quota, nothing stored; other organisations are not affected", async () => {
    const server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, media: { quotaBytes: 1 } });
    try {
      const token = async (organisation: string) =>
        DevTokenResponse.parse(
          await (await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation }) })).json(),
        ).token;
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00ff00' } }).png().toBuffer();
      const send = (as: string) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'foto.png');
        return fetch(`${server.url}/v1/hr/media`, { method: 'POST', headers: { authorization: `Bearer ${as}` }, body: form });
      };
      const [own, other] = [await token('hogeschool-utrecht'), await token('hogeschool-van-amsterdam')];
      assert.equal((await send(own)).status, 201, 'below the quota');
      const problem = await expectProblem(await send(own), 413);
      assert.match(problem.detail ?? '', /the most it may store/);
      assert.equal((await send(other)).status, 201, 'another organisation has its own quota');
      const rows = await sql<{ n: string | number }>`select count(*) as n from media`.execute(server.app.mobility.database.db);
      assert.equal(Number(rows.rows[0]!.n), 2);
    } finally {
      await server.close();
    }
  });
});
