import type { Content } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { PAPER_SIZES } from '../../../shared/format/paper';
import { identityValue, nipLine } from '../../../shared/pakta/identity';
import { imageNames, type DocDefinition } from './engine';
import { pageBox } from './layout';
import type { PledgeDocument, PledgePdfOptions } from './pledge';

/**
 * The same pledge as a pdfmake document definition, one pledge per page. Not the production
 * path (see batch.ts for why): it is the reference the benchmark measures "pdfmake used naively"
 * with, and a readable statement of the layout in pdfmake terms. Uses pdfmake's own `qr` node.
 */
export function pledgeDocDefinition(documents: readonly PledgeDocument[], options: PledgePdfOptions): DocDefinition {
  const page = pageBox(options.paper);
  const size = PAPER_SIZES[options.paper];
  const width = size.widthPt - page.left - page.right;
  const header = options.institution;
  const { images, nameOf: imageKey } = imageNames('img', (bytes: Uint8Array) => bytes);
  const kopLines: Content[] = [
    { text: header.pemerintahDaerah.toUpperCase(), bold: true, fontSize: 14 },
    { text: header.namaInspektorat.toUpperCase(), bold: true, fontSize: 16 },
    { text: header.alamat, fontSize: 9.5 },
  ];
  const content: Content[] = documents.map((document, index): Content => {
    const { pledge, verification } = document;
    const { text, signer, witness } = pledge;
    const rows = text.identityRows.filter((row) => text.showNip || (row.field !== 'nip' && row.field !== 'pangkatGolongan'));
    const signature: Content =
      pledge.signature.kind !== 'wet' && document.signatureImage
        ? { image: imageKey(document.signatureImage), fit: [150, 60], alignment: 'center' }
        : { text: ' ', margin: [0, 0, 0, 52] };
    const nameBlock = (nama: string, nip: string): Content[] => [
      { text: nama, bold: true, decoration: 'underline', alignment: 'center' },
      ...(text.showNip && nip ? [{ text: nipLine(nip), alignment: 'center' as const }] : []),
    ];
    return {
      stack: [
        header.logo
          ? { columns: [{ image: imageKey(header.logo), fit: [62, 70], width: 62 }, { stack: kopLines, alignment: 'center', margin: [8, 4, 62, 0] }] }
          : { stack: kopLines, alignment: 'center' },
        { canvas: [{ type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 2.4 }, { type: 'line', x1: 0, y1: 9.2, x2: width, y2: 9.2, lineWidth: 0.8 }] },
        { text: text.title, bold: true, fontSize: 14.5, alignment: 'center', margin: [0, 14, 0, 10] },
        text.opening,
        {
          table: { widths: [110, 8, '*'], body: rows.map((row) => [row.label, ':', identityValue(row.field, signer) || '-']) },
          layout: 'noBorders',
          margin: [16, 2, 0, 6],
        },
        { text: text.leadIn, alignment: 'justify' },
        { ol: text.points.map((point) => ({ text: point, alignment: 'justify' as const })), margin: [0, 4, 0, 4] },
        { text: text.closing, alignment: 'justify' },
        {
          columns: [
            { stack: witness ? [' ', `${text.witnessCaption},`, { text: witness.jabatan }, { text: ' ', margin: [0, 0, 0, 52] }, ...nameBlock(witness.nama, witness.nip)] : [], alignment: 'center' },
            {
              stack: [`${pledge.place}, ${formatTanggal(pledge.date)}`, `${text.signerCaption},`, signature, ...nameBlock(signer.nama, signer.nip)],
              alignment: 'center',
            },
          ],
          margin: [0, 14, 0, 0],
        },
        {
          columns: [
            { qr: verification.qrPayload, fit: 72, eccLevel: 'M', width: 76 },
            {
              stack: [
                { text: `Kode verifikasi: ${verification.code}`, bold: true, fontSize: 8.5 },
                { text: `Dokumen ini diterbitkan dengan aplikasi ZI Desk oleh ${header.namaInspektorat}.`, fontSize: 7 },
                { text: verification.qrPayload.replace(/\./g, '. '), fontSize: 5.5 },
              ],
            },
          ],
          margin: [0, 12, 0, 0],
        },
      ],
      ...(index < documents.length - 1 ? { pageBreak: 'after' as const } : {}),
    };
  });
  return {
    pageSize: { width: size.widthPt, height: size.heightPt },
    pageMargins: [page.left, page.top, page.right, page.bottom],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    info: { title: 'Pakta Integritas', creator: 'ZI Desk', producer: 'ZI Desk (pdfmake)' },
    images,
    content,
  };
}
