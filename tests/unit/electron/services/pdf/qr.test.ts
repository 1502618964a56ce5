import { execFile, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { declarationPdf } from '../../../../../electron/services/pdf/declaration';
import { pledgeBatchPdf, pledgePdf } from '../../../../../electron/services/pdf/pledge';
import { qrMatrix, qrPathOps, qrRects, qrSvg } from '../../../../../electron/services/pdf/qr';
import { keyFingerprint } from '../../../../../electron/services/signing/keys';
import { signWithKey } from '../../../../../electron/services/signing/service';
import { canonicalDeclarationContent, canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import { makeSignaturePng, sampleDeclaration, sampleInstitution, samplePledge, sha256Hex, withPdfFile } from './fixtures';

const run = promisify(execFile);

/** zbarimg (Debian zbar-tools) reads the QR codes back; without it the rendered-page tests cannot run. */
const hasZbar = spawnSync('sh', ['-c', 'command -v zbarimg'], { stdio: 'ignore' }).status === 0;
/** Said in the test name when the scan tests are skipped. */
const zbarNote = hasZbar ? '' : ' (skipped: zbarimg not installed, apt-get install zbar-tools)';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key = { privateKey, fingerprint: keyFingerprint(publicKey) };

/**
 * Every QR code on the first page of `pdf`, as zbarimg decodes it from a 150 dpi rendering. Only
 * the QR symbology is enabled: printed text can otherwise read as a one-digit 1-D barcode ("7").
 */
async function decodedQrCodes(pdf: Uint8Array): Promise<string[]> {
  return withPdfFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    const { stdout } = await run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', path.join(dir, 'page.png')]);
    return stdout.split('\n').filter((line) => line !== '');
  });
}

describe('QR codes (qrcode, fixed mask, drawn as one vector path)', () => {
  it('draws the module matrix as horizontal runs, the same in the PDF path, the SVG and the rectangles', () => {
    const matrix = qrMatrix('ZID1.test');
    expect(matrix.size).toBe(21);
    // The top-left finder pattern: a 7-module run on the first row, then a gap.
    expect(qrPathOps(matrix).split('\n')[0]).toBe('0 0 7 1 re');
    expect(qrSvg(matrix)).toContain('M0 0h7v1h-7z');
    expect(qrRects(matrix)[0]).toEqual({ x: 0, y: 0, w: 7 });
    expect(qrRects(matrix)).toHaveLength(qrPathOps(matrix).split('\n').length);
    const dark = matrix.dark.reduce((sum, module) => sum + module, 0);
    const runs = qrPathOps(matrix).split('\n').map((op) => Number(op.split(' ')[2]));
    expect(runs.reduce((sum, length) => sum + length, 0)).toBe(dark);
  });

  it('encodes longer payloads in a larger version', () => {
    const matrix = qrMatrix('ZID1.' + 'x'.repeat(120));
    expect(matrix.size).toBeGreaterThan(21);
    expect((matrix.size - 17) % 4).toBe(0);
  });

  it.skipIf(!hasZbar)(`prints a pledge whose QR code scans back to its verification payload (single and batch)${zbarNote}`, async () => {
    const signature = makeSignaturePng(5);
    const pledge = samplePledge({}, sha256Hex(signature));
    const document = { pledge, signatureImage: signature, verification: signWithKey(canonicalPledgeContent(pledge), key) };
    const options = { institution: sampleInstitution(), paper: 'A4' as const };
    expect(await decodedQrCodes(await pledgePdf(document, options))).toEqual([document.verification.qrPayload]);
    expect(await decodedQrCodes(await pledgeBatchPdf([document], options))).toEqual([document.verification.qrPayload]);
  });

  it.skipIf(!hasZbar)(`prints a declaration whose QR code (SVG through pdfmake) scans back to its payload${zbarNote}`, async () => {
    const declaration = sampleDeclaration();
    const verification = signWithKey(canonicalDeclarationContent(declaration), key);
    const pdf = await declarationPdf({ declaration, signatureImages: {}, verification }, { institution: sampleInstitution(null), paper: 'F4' });
    expect(await decodedQrCodes(pdf)).toEqual([verification.qrPayload]);
  });
});
