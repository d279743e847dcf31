/**
 * An avatar from an image file, made in the browser: decoded with `createImageBitmap`, cropped to its centre
 * square, scaled to at most {@link AVATAR_IMAGE.size} pixels a side on a canvas, and encoded as a JPEG data URL
 * whose quality (then size) steps down until it fits {@link AVATAR_IMAGE.maxChars}. The file itself is never stored.
 */

/** The avatar a picked image becomes: its largest side in pixels and the longest data URL kept. */
export const AVATAR_IMAGE = { size: 256, maxChars: 60_000 } as const;

/** Why a file could not become an avatar. */
export type AvatarImageFailure = 'not-an-image' | 'too-large';

/** Thrown by {@link avatarFromFile} with what went wrong. */
export class AvatarImageError extends Error {
  override readonly name = 'AvatarImageError';
  constructor(readonly failure: AvatarImageFailure) {
    super(failure === 'not-an-image' ? 'The file is not an image this browser can read.' : 'The image does not shrink to an avatar.');
  }
}

/** Longest file read at all: a bigger one is refused before decoding (it would only cost memory). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The avatar data URL for `file`; rejects with an {@link AvatarImageError}. */
export async function avatarFromFile(file: Blob, limits: { size: number; maxChars: number } = AVATAR_IMAGE): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new AvatarImageError('too-large');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new AvatarImageError('not-an-image');
  }
  try {
    const side = Math.min(bitmap.width, bitmap.height);
    for (let size = Math.min(limits.size, side); size >= 16; size = Math.floor(size * 0.75)) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d');
      if (!context) throw new AvatarImageError('not-an-image');
      // A transparent PNG would turn black as a JPEG: paint it on white.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, size, size);
      for (const quality of [0.85, 0.7, 0.55]) {
        const url = canvas.toDataURL('image/jpeg', quality);
        if (url.length <= limits.maxChars) return url;
      }
    }
    throw new AvatarImageError('too-large');
  } finally {
    bitmap.close();
  }
}
