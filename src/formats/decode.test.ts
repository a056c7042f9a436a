import { describe, expect, it } from 'vitest';
import { bytesSource, decodeText, detectEncoding } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(bytes: Uint8Array, chunkSize: number): Promise<{ encoding: string; text: string }> {
  const source = bytesSource(bytes, chunkSize);
  const detected = await detectEncoding(source);
  let text = '';
  for await (const part of decodeText(source, detected)) text += part;
  return { encoding: detected.encoding, text };
}

describe('finding and decoding a file encoding', () => {
  it('reads UTF-8 whose characters are cut by every possible chunk boundary', async () => {
    const text = 'Hélène Œuvre – 東京 👋 fin';
    for (const size of [1, 2, 3, 5, 64]) expect(await read(utf8(text), size)).toEqual({ encoding: 'utf-8', text });
  });

  it('takes a file cut in the middle of a character, or with a stray byte, as Windows-1252', async () => {
    const cut = utf8('Hélène 👋').slice(0, -1);
    expect((await read(cut, 4)).encoding).toBe('windows-1252');
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]); // "Café €" in Windows-1252
    expect(await read(latin, 2)).toEqual({ encoding: 'windows-1252', text: 'Café €' });
  });

  it('reads a file past the 8 MB that Buffer decodes the same, with characters cut by chunk ends', async () => {
    const text = `${'é東👋a'.repeat(1_000_000)}${'xé'.repeat(10)}`;
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(9_500_000);
    expect(await read(bytes, 999_999)).toEqual({ encoding: 'utf-8', text });
  });

  it('keeps a U+FEFF that starts a chunk after the first, wherever TextDecoder takes over', async () => {
    // Every megabyte chunk starts with U+FEFF: the first is the file's byte-order mark, the
    // others are text, including the one TextDecoder reads first past 8 MB.
    const chunk = `\uFEFF${'a'.repeat((1 << 20) - 3)}`;
    const bytes = utf8(chunk.repeat(10));
    expect(await read(bytes, 1 << 20)).toEqual({ encoding: 'utf-8', text: chunk.repeat(10).slice(1) });
  });

  it('reads malformed bytes after a byte-order mark as TextDecoder does, with U+FFFD', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28, 0xe2, 0x82, 0x42, 0xf0, 0x9f]);
    expect(await read(bytes, 3)).toEqual({ encoding: 'utf-8', text: new TextDecoder().decode(bytes) });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoé')]), 2)).toEqual({ encoding: 'utf-8', text: 'Zoé' });
  });
});
