/** PHOTO: kept inline only, with its media type; a photo URL is never fetched. */
import { cleanBase64 } from './charset.js';
import { param, paramsOf, type Property } from './property.js';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  JPEG: 'image/jpeg', JPG: 'image/jpeg', PNG: 'image/png', GIF: 'image/gif', BMP: 'image/bmp', WEBP: 'image/webp', HEIC: 'image/heic', TIFF: 'image/tiff',
};

/** What the data says it is: files start with magic bytes, and writers mislabel ("a GIF labelled JPEG"). */
function sniffed(data: string): string | undefined {
  if (data.startsWith('/9j/')) return 'image/jpeg';
  if (data.startsWith('iVBORw0KGgo')) return 'image/png';
  if (data.startsWith('R0lGOD')) return 'image/gif';
  if (data.startsWith('UklGR')) return 'image/webp';
  return undefined;
}

/** An inline photo: `ENCODING=b;TYPE=JPEG` (2.1, 3.0) or a `data:` URI (4.0). A photo URL is not fetched. */
export function photoOf(p: Property): { mediaType: string; data: string } | undefined {
  const value = p.value.trim();
  const uri = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*);base64,/i.exec(value.slice(0, 200));
  let declared: string | undefined;
  let data: string | undefined;
  if (uri) {
    declared = uri[1]?.toLowerCase();
    data = cleanBase64(value.slice(uri[0].length));
  } else {
    const encoding = param(p, 'ENCODING');
    if (encoding !== 'B' && encoding !== 'BASE64') return undefined;
    data = cleanBase64(value);
    for (const t of paramsOf(p).get('TYPE') ?? []) {
      declared ??= t.includes('/') ? t.toLowerCase() : MEDIA_TYPES[t.toUpperCase()];
    }
  }
  if (!data) return undefined;
  const mediaType = sniffed(data) ?? declared;
  return mediaType ? { mediaType, data } : undefined;
}
