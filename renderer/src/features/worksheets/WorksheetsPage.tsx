import './worksheets.css';
import { useActiveYear } from '../app/ActiveYear';
import { listsAllYears, useWorksheetRoute } from './route';
import { WorksheetList } from './WorksheetList';
import { WorksheetView } from './WorksheetView';

/** "Lembar Kerja (LKE)": the list of worksheets, or one worksheet with its tabs. */
export function WorksheetsPage() {
  const route = useWorksheetRoute();
  const active = useActiveYear();
  if (route.view === 'list') {
    // Without a year in the address, a chosen active evaluation year filters the list.
    const year = route.year ?? (active.chosen && !listsAllYears(window.location.hash) ? active.year : undefined);
    return <WorksheetList year={year} />;
  }
  return <WorksheetView key={route.id} id={route.id} tab={route.tab} focus={route.focus} />;
}
