import yauzl from 'yauzl';
import { AppError } from '../../../../shared/errors';

/** Limits that a real survey workbook never comes near, and a zip bomb always does. */
export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxTotalUncompressed: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioAppliesAbove: 20 * 1024 ** 2,
} as const;

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

function notXlsx(fileName: string, detail: string): AppError {
  return new AppError('BAD_INPUT', `"${fileName}" is not a readable XLSX workbook.`, { detail });
}

/** Reads the zip's central directory (never inflating anything) and refuses truncated files and bombs. */
export async function inspectZip(path: string, fileName: string): Promise<ZipEntryInfo[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => (error || !file ? reject(error) : resolve(file))),
  ).catch((error: Error) => {
    throw notXlsx(fileName, /central directory|signature/i.test(error.message)
      ? 'The file is truncated or is not a zip archive (an XLSX file is one). Export it again, or save it from Excel as .xlsx.'
      : error.message);
  });
  const entries: ZipEntryInfo[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({ name: entry.fileName, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize });
        if (entries.length > ZIP_LIMITS.maxEntries) return reject(notXlsx(fileName, `It holds more than ${ZIP_LIMITS.maxEntries} files.`));
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) => reject(notXlsx(fileName, error.message)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const bomb = entries.find(
    (e) => e.uncompressedSize > ZIP_LIMITS.ratioAppliesAbove && e.uncompressedSize > ZIP_LIMITS.maxRatio * Math.max(1, e.compressedSize),
  );
  if (bomb || total > ZIP_LIMITS.maxTotalUncompressed) {
    throw new AppError('BAD_INPUT', `"${fileName}" expands to far more data than a workbook holds, so Loupe will not open it.`, {
      detail: bomb
        ? `"${bomb.name}" would grow from ${bomb.compressedSize.toLocaleString('en')} to ${bomb.uncompressedSize.toLocaleString('en')} bytes (a zip bomb?).`
        : `It would expand to ${total.toLocaleString('en')} bytes.`,
    });
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw notXlsx(fileName, 'It is a zip archive but has no workbook inside (xl/workbook.xml). Is it an .xlsx file?');
  }
  return entries;
}

/** Reads one small entry (the workbook part) as text, with its declared size enforced. */
export async function readZipText(path: string, name: string, maxBytes = 16 * 1024 ** 2): Promise<string | undefined> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, file) => (error || !file ? reject(error) : resolve(file))),
  );
  return new Promise((resolve, reject) => {
    let found = false;
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== name) return zip.readEntry();
      found = true;
      if (entry.uncompressedSize > maxBytes) return reject(new Error(`${name} is larger than ${maxBytes} bytes`));
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', reject);
        stream.on('end', () => {
          zip.close();
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
    });
    zip.on('end', () => {
      if (!found) resolve(undefined);
    });
    zip.on('error', reject);
    zip.readEntry();
  });
}
