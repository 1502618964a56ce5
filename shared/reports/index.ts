/**
 * Reports: the Laporan Hasil Evaluasi of a worksheet, the annual recap and the yearly
 * dashboard. Pure: used by main (services/reports, the PDF builders) and by the renderer.
 */
export * from './meta';
export * from './model';
export * from './views';
export * from './lhe';
export * from './recap';
export * from './dashboard';
