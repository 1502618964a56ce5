import { MM_PER_PT, kopFor } from '../../../../shared/documents/kop';
import { DEFAULT_MARGINS_MM, DOCUMENT_FONT_LABEL, type DocumentFont, type PageMarginsMm } from '../../../../shared/documents/page';
import { formatDecimal, formatTempatTanggal, todayIso, type PaperSize } from '../../../../shared/format';
import { KOP_GEOMETRY, PAPER_MM } from './kop';

interface KopPreviewProps {
  pemerintahDaerah: string;
  namaInspektorat: string;
  alamat: string;
  kota: string;
  kertas: PaperSize;
  /** Page margins of the settings (mm); default the page standard's. */
  margin?: PageMarginsMm;
  /** Document family of the settings; the preview shows it with the closest system font. */
  huruf?: DocumentFont;
  logoDataUrl: string | null;
  /** Which kop to show (shared/documents/kop.ts `kopFor`): the Inspektorat's (default) or the Pemkab's. */
  variant?: 'inspektorat' | 'pemkab';
  /** Address and emblem of the Pemerintah Kabupaten kop. */
  alamatPemda?: string;
  lambangDataUrl?: string | null;
}

/** CSS stacks that look like the document families (the PDF embeds the real fonts). */
const PREVIEW_FONT: Record<DocumentFont, string> = {
  Arimo: "Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif",
  Bonum: "'TeX Gyre Bonum', 'Bookman Old Style', 'URW Bookman', Georgia, serif",
};

/**
 * The top of a letter at true proportions: every length is millimetres of the chosen paper,
 * scaled to the preview's width (CSS container units), so the logo and lines appear exactly
 * where they will print.
 */
export function KopPreview({
  pemerintahDaerah,
  namaInspektorat,
  alamat,
  kota,
  kertas,
  margin = DEFAULT_MARGINS_MM,
  huruf = 'Arimo',
  logoDataUrl,
  variant = 'inspektorat',
  alamatPemda = '',
  lambangDataUrl = null,
}: KopPreviewProps) {
  // The same decision as the PDF: which lines, which address, which image.
  const spec = kopFor(variant === 'pemkab' ? 'piagam' : 'lhe', {
    institution: {
      pemerintahDaerah: pemerintahDaerah || 'Pemerintah daerah',
      namaInspektorat: namaInspektorat || 'Nama Inspektorat',
      alamat,
      alamatPemda,
      hasLogo: logoDataUrl !== null,
      hasLambang: lambangDataUrl !== null,
    },
  });
  const image = spec?.logo === 'lambang' ? lambangDataUrl : logoDataUrl;
  // The names as typed (the stylesheet prints them in capitals, as the PDF does).
  const typed = {
    pemerintah: pemerintahDaerah || 'Pemerintah daerah',
    instansi: spec?.owner === 'pemkab' ? pemerintahDaerah || 'Pemerintah daerah' : namaInspektorat || 'Nama Inspektorat',
  };
  const paper = PAPER_MM[kertas];
  const g = KOP_GEOMETRY;
  // Lengths in "mm of this paper"; `--mm` turns them into pixels of the preview.
  const mm = (value: number): string => `calc(var(--mm) * ${value})`;
  const pt = (value: number): string => mm(value * MM_PER_PT);
  // The double rule as the PDF draws it: the thick line's centre `offset` below the kop, the thin
  // line's centre `gap` below that (CSS borders are placed by their edges, not their centres).
  const rule = g.rulePt;
  const mmText = (value: number): string => formatDecimal(Math.round(value * 10) / 10);
  return (
    <figure className="kop-figure">
      <div
        className={`paper paper-${kertas}`}
        style={{ aspectRatio: `${paper.width} / ${g.previewHeightMm}` }}
        aria-label={`Pratinjau kop surat pada kertas ${kertas}`}
        role="img"
      >
        <div
          className="kop"
          style={{
            top: mm(margin.top),
            left: mm(margin.left),
            right: mm(margin.right),
            fontFamily: PREVIEW_FONT[huruf],
          }}
        >
          <div className="kop-row">
            <div className="kop-logo" style={{ width: mm(g.logoMaxWidthMm), height: mm(g.logoHeightMm) }}>
              {image ? <img src={image} alt="" /> : <span className="kop-logo-empty">{variant === 'pemkab' ? 'Lambang' : 'Logo'}</span>}
            </div>
            <div className="kop-text" style={{ lineHeight: g.lineHeight, marginLeft: mm(g.logoGapMm), marginRight: mm(g.logoMaxWidthMm + g.logoGapMm) }}>
              {(spec?.lines ?? []).map((line) => (
                <p key={line.role} className={line.role === 'pemerintah' ? 'kop-pemda' : 'kop-instansi'} style={{ fontSize: pt(line.role === 'pemerintah' ? g.fontPt.pemerintah : g.fontPt.instansi) }}>
                  {typed[line.role]}
                </p>
              ))}
              {spec?.alamat ? (
                <p
                  className="kop-alamat"
                  style={{ fontSize: pt(g.fontPt.alamat), marginTop: pt(g.alamatPt.spaceAbove), lineHeight: g.alamatPt.leading / g.fontPt.alamat }}
                >
                  {spec.alamat}
                </p>
              ) : null}
            </div>
          </div>
          <div
            className="kop-rule"
            style={{
              marginTop: pt(rule.offset - rule.thick / 2),
              borderTopWidth: pt(rule.thick),
              paddingTop: pt(rule.gap - rule.thick / 2 - rule.thin / 2),
            }}
          >
            <div style={{ borderTopWidth: pt(rule.thin) }} className="kop-rule-thin" />
          </div>
          <p className="kop-date" style={{ fontSize: pt(g.fontPt.body), marginTop: mm(g.ruleGapMm + 4) }}>
            {formatTempatTanggal(kota || 'Kota', todayIso())}
          </p>
        </div>
      </div>
      <figcaption className="muted small">
        Bagian atas halaman {kertas} ({paper.width} × {paper.height} mm) seperti akan dicetak: margin atas{' '}
        {mmText(margin.top)} mm, kiri {mmText(margin.left)} mm, kanan {mmText(margin.right)} mm; logo setinggi{' '}
        {mmText(g.logoHeightMm)} mm; huruf {DOCUMENT_FONT_LABEL[huruf]}.
      </figcaption>
    </figure>
  );
}
