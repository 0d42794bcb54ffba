/**
 * `client.media.upload` against the real reference server over HTTP (in-memory PGlite, seeded,
 * with development tokens): a photo goes up as multipart form data and comes back validated; a
 * refusal is the SDK's typed error with the server's problem.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { DevTokenResponse, MediaUploaded, problemTypes, type Role } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError } from '../src/index.js';

let server: RunningServer;

/** A PNG of one colour, made here (the SDK has no image library): RGB, 8 bits, no filter. */
function solidPng(width: number, height: number, rgb: readonly [number, number, number] = [200, 0, 50]): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(png);
}

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
});
after(async () => {
  await server?.close();
});

async function client(role: Role, organisation = 'hogeschool-utrecht') {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  assert.equal(response.status, 200);
  const { token } = DevTokenResponse.parse(await response.json());
  return createMobilityClient({ baseUrl: server.url, getToken: () => token, retry: 0 });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

describe('media through the client', () => {
  test('a Blob: stored, scaled to 1600, and the answer is the contract’s MediaUploaded', async () => {
    const hr = await client('hr');
    const result = await hr.media.upload(new Blob([solidPng(2000, 1000)], { type: 'image/png' }), { filename: 'portret.png' });
    assert.deepEqual(MediaUploaded.parse(result), result);
    assert.deepEqual([result.width, result.height], [1600, 800]);
    assert.equal(result.src, `/v1/media/${result.id}`);
  });

  test('a File keeps its own name; an admin may upload too', async () => {
    const result = await (await client('admin')).media.upload(new File([solidPng(20, 10)], 'logo.png', { type: 'image/png' }));
    assert.deepEqual([result.width, result.height], [20, 10]);
  });

  test('an SVG: a MobilityHttpError 415 with the server’s problem', async () => {
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' });
    const error = await rejection((await client('hr')).media.upload(svg, { filename: 'x.svg' }));
    assert.ok(error instanceof MobilityHttpError, String(error));
    assert.equal(error.status, 415);
    assert.equal(error.operationId, 'uploadMedia');
    assert.match(error.problem.detail ?? '', /SVG/);
  });

  test('an employee: a MobilityHttpError 403', async () => {
    const error = await rejection((await client('employee')).media.upload(new Blob([solidPng(2, 2)])));
    assert.ok(error instanceof MobilityHttpError, String(error));
    assert.equal(error.status, 403);
    assert.equal(error.problem.type, problemTypes.forbidden);
  });

  test('over 10 MB: a MobilityValidationError naming file, nothing sent', async () => {
    let sent = 0;
    const hr = createMobilityClient({
      baseUrl: server.url,
      getToken: () => 'unused',
      fetch: (input, init) => {
        sent++;
        return fetch(input, init);
      },
    });
    const error = await rejection(hr.media.upload(new Blob([new Uint8Array(10 * 1024 * 1024 + 1)])));
    assert.ok(error instanceof MobilityValidationError, String(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['file']);
    assert.equal(sent, 0);
  });

  test('an aborted upload rejects with the abort reason', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection((await client('hr')).media.upload(new Blob([solidPng(2, 2)]), { signal: controller.signal }));
    assert.equal((error as Error).name, 'AbortError');
  });
});
