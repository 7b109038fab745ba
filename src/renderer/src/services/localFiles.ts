import { AppError, deserializeError } from '../../../shared/errors';
import type { LoupeBridge } from '../platform/loupeBridge';

export interface TransferProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface LocalFile {
  /** A path the core can read. */
  readonly path: string;
  /** True when the file was copied to the host to get that path (the browser). */
  readonly uploaded: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Hands a file to the web host (`POST /api/upload`, the session cookie authenticates it) and
 * resolves with where the host put it. XMLHttpRequest rather than fetch: it reports upload progress.
 */
export function uploadFile(file: File, onProgress: (progress: TransferProgress) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (isRecord(body) && body.ok === true && isRecord(body.result) && typeof body.result.path === 'string') resolve(body.result.path);
      else if (isRecord(body) && body.ok === false) reject(deserializeError(body.error));
      else reject(new AppError('INTERNAL', `Unexpected answer to the upload (HTTP ${xhr.status})`, { expected: false }));
    };
    xhr.onerror = () => reject(new AppError('HOST_UNREACHABLE', `Could not hand “${file.name}” over to Loupe`, { detail: 'The connection to the Loupe host failed.' }));
    xhr.onabort = () => reject(new AppError('JOB_CANCELLED', `The upload of “${file.name}” was cancelled.`));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/**
 * A path the core can read for a file the user dropped: where it is on disk in the desktop app
 * (through the preload), or a copy handed to the web host in the browser, which never learns paths.
 */
export async function pathForLocalFile(file: File, onProgress: (progress: TransferProgress) => void, signal?: AbortSignal): Promise<LocalFile> {
  const bridge = (globalThis as { loupe?: LoupeBridge }).loupe;
  if (bridge?.pathForFile) {
    const path = bridge.pathForFile(file);
    if (!path) throw new AppError('BAD_INPUT', `“${file.name}” is not a file on this computer.`, { detail: 'Save it to a folder first, then drop it here again.' });
    return { path, uploaded: false };
  }
  return { path: await uploadFile(file, onProgress, signal), uploaded: true };
}
