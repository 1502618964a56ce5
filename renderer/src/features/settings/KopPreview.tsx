import { formatTempatTanggal, todayIso, type PaperSize } from '../../../../shared/format';
import { KOP_GEOMETRY, PAPER_MM } from './kop';

interface KopPreviewProps {
  pemerintahDaerah: string;
  namaInspektorat: string;
  alamat: string;
  kota: string;
  kertas: PaperSize;
  logoDataUrl: string | null;
}

const PT_TO_MM = 25.4 / 72;

/**
 * The top of a letter at true proportions: every length is millimetres of the chosen paper,
 * scaled to the preview's width (CSS container units), so the logo and lines appear exactly
 * where they will print.
 */
export function KopPreview({ pemerintahDaerah, namaInspektorat, alamat, kota, kertas, logoDataUrl }: KopPreviewProps) {
  const paper = PAPER_MM[kertas];
  const g = KOP_GEOMETRY;
  // Lengths in "mm of this paper"; `--mm` turns them into pixels of the preview.
  const mm = (value: number): string => `calc(var(--mm) * ${value})`;
  const pt = (value: number): string => mm(value * PT_TO_MM);
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
            top: mm(g.marginTopMm),
            left: mm(g.marginLeftMm),
            right: mm(g.marginRightMm),
          }}
        >
          <div className="kop-row">
            <div className="kop-logo" style={{ width: mm(g.logoMaxWidthMm), height: mm(g.logoHeightMm) }}>
              {logoDataUrl ? <img src={logoDataUrl} alt="" /> : <span className="kop-logo-empty">Logo</span>}
            </div>
            <div className="kop-text" style={{ marginRight: mm(g.logoMaxWidthMm) }}>
              <p className="kop-pemda" style={{ fontSize: pt(g.fontPt.pemerintah) }}>
                {pemerintahDaerah || 'Pemerintah daerah'}
              </p>
              <p className="kop-instansi" style={{ fontSize: pt(g.fontPt.instansi) }}>
                {namaInspektorat || 'Nama Inspektorat'}
              </p>
              {alamat ? (
                <p className="kop-alamat" style={{ fontSize: pt(g.fontPt.alamat) }}>
                  {alamat}
                </p>
              ) : null}
            </div>
          </div>
          <div className="kop-rule" style={{ marginTop: mm(2), borderTopWidth: pt(2.5), paddingTop: pt(1.2) }}>
            <div style={{ borderTopWidth: pt(0.75) }} className="kop-rule-thin" />
          </div>
          <p className="kop-date" style={{ fontSize: pt(g.fontPt.body), marginTop: mm(g.ruleGapMm + 4) }}>
            {formatTempatTanggal(kota || 'Kota', todayIso())}
          </p>
        </div>
      </div>
      <figcaption className="muted small">
        Bagian atas halaman {kertas} ({paper.width} × {paper.height} mm) seperti akan dicetak: margin atas{' '}
        {g.marginTopMm} mm, kiri {g.marginLeftMm} mm, kanan {g.marginRightMm} mm; logo setinggi {g.logoHeightMm} mm.
      </figcaption>
    </figure>
  );
}
