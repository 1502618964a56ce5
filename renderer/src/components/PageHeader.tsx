import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

/**
 * The screen's title. After navigation the heading takes focus, so a keyboard or screen-reader
 * user starts at the top of the new screen (not on the first load: the page just opened).
 */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={ref} tabIndex={-1} className="page-title">
          {title}
        </h1>
        {description ? <p className="page-description">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
