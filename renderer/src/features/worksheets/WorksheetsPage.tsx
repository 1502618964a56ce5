import './worksheets.css';
import { useWorksheetRoute } from './route';
import { WorksheetList } from './WorksheetList';
import { WorksheetView } from './WorksheetView';

/** "Lembar Kerja (LKE)": the list of worksheets, or one worksheet with its tabs. */
export function WorksheetsPage() {
  const route = useWorksheetRoute();
  if (route.view === 'list') return <WorksheetList year={route.year} />;
  return <WorksheetView key={route.id} id={route.id} tab={route.tab} focus={route.focus} />;
}
