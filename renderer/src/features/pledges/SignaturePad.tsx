import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { SIGNATURE_INK } from '../../../../shared/pakta/ink';

/** What a form needs from the pad. */
export interface SignaturePadHandle {
  /** The drawing as PNG bytes (transparent background), or null when nothing was drawn. */
  toPng(): Promise<Uint8Array | null>;
  clear(): void;
  isEmpty(): boolean;
}

const WIDTH = 640;
const HEIGHT = 220;

/**
 * A signature pad on a `<canvas>`: mouse, pen and touch through pointer events (pressure widens a
 * pen's stroke), with a clear button. The ink (SIGNATURE_INK, shared/pakta/ink.ts) is drawn on a
 * transparent background, so it sits over the Meterai box on the printed pledge. Keyboard users
 * choose another way to sign (upload or wet signature); the pad says so.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, { id: string; describedBy?: string; onChange?: (empty: boolean) => void; whose?: string }>(
  /** `whose` names a second pad on the same form ("saksi"), in its accessible name and clear button. */
  function SignaturePad({ id, describedBy, onChange, whose }, ref) {
    const of = whose ? ` ${whose}` : '';
    const canvas = useRef<HTMLCanvasElement>(null);
    const drawing = useRef<{ pointerId: number; x: number; y: number } | null>(null);
    const [empty, setEmpty] = useState(true);

    const context = useCallback((): CanvasRenderingContext2D | null => canvas.current?.getContext('2d') ?? null, []);

    useEffect(() => {
      const ctx = context();
      if (!ctx) return;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = SIGNATURE_INK;
    }, [context]);

    const point = (event: React.PointerEvent<HTMLCanvasElement>): { x: number; y: number } => {
      const rect = event.currentTarget.getBoundingClientRect();
      return {
        x: ((event.clientX - rect.left) / rect.width) * WIDTH,
        y: ((event.clientY - rect.top) / rect.height) * HEIGHT,
      };
    };

    const markDrawn = (): void => {
      if (empty) {
        setEmpty(false);
        onChange?.(false);
      }
    };

    const clear = useCallback((): void => {
      const ctx = context();
      ctx?.clearRect(0, 0, WIDTH, HEIGHT);
      setEmpty(true);
      onChange?.(true);
    }, [context, onChange]);

    useImperativeHandle(
      ref,
      () => ({
        clear,
        isEmpty: () => empty,
        toPng: () =>
          new Promise<Uint8Array | null>((resolve) => {
            const element = canvas.current;
            if (!element || empty) {
              resolve(null);
              return;
            }
            element.toBlob((blob) => {
              if (!blob) {
                resolve(null);
                return;
              }
              void blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)));
            }, 'image/png');
          }),
      }),
      [clear, empty],
    );

    return (
      <div className="signature-pad">
        <canvas
          ref={canvas}
          id={id}
          width={WIDTH}
          height={HEIGHT}
          className="signature-canvas"
          role="img"
          aria-label={`Kotak tanda tangan${of}: gambar tanda tangan dengan tetikus, pena atau jari`}
          aria-describedby={describedBy}
          data-empty={empty ? 'true' : 'false'}
          onPointerDown={(event) => {
            event.preventDefault();
            event.currentTarget.setPointerCapture(event.pointerId);
            const at = point(event);
            drawing.current = { pointerId: event.pointerId, ...at };
            const ctx = context();
            if (ctx) {
              ctx.lineWidth = event.pointerType === 'pen' ? 1.5 + event.pressure * 3 : 2.6;
              ctx.beginPath();
              ctx.arc(at.x, at.y, ctx.lineWidth / 2, 0, Math.PI * 2);
              ctx.fillStyle = SIGNATURE_INK;
              ctx.fill();
            }
            markDrawn();
          }}
          onPointerMove={(event) => {
            const current = drawing.current;
            if (!current || current.pointerId !== event.pointerId) return;
            const ctx = context();
            if (!ctx) return;
            // Coalesced events keep fast strokes smooth on pens and touch screens.
            const events = typeof event.nativeEvent.getCoalescedEvents === 'function' ? event.nativeEvent.getCoalescedEvents() : [];
            const samples = events.length > 0 ? events : [event.nativeEvent];
            const rect = event.currentTarget.getBoundingClientRect();
            for (const sample of samples) {
              const x = ((sample.clientX - rect.left) / rect.width) * WIDTH;
              const y = ((sample.clientY - rect.top) / rect.height) * HEIGHT;
              ctx.lineWidth = sample.pointerType === 'pen' ? 1.5 + sample.pressure * 3 : 2.6;
              ctx.beginPath();
              ctx.moveTo(current.x, current.y);
              ctx.lineTo(x, y);
              ctx.stroke();
              current.x = x;
              current.y = y;
            }
            markDrawn();
          }}
          onPointerUp={(event) => {
            if (drawing.current?.pointerId === event.pointerId) drawing.current = null;
          }}
          onPointerCancel={() => {
            drawing.current = null;
          }}
        />
        <div className="signature-actions">
          <span className="muted small" aria-live="polite">
            {empty ? `Belum ada tanda tangan${of}.` : `Tanda tangan${of} tergambar.`}
          </span>
          <button type="button" className="button button-small button-secondary" onClick={clear} disabled={empty}>
            Hapus tanda tangan{of}
          </button>
        </div>
      </div>
    );
  },
);
