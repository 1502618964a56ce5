import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  layerEditRefusal,
  nextStatuses,
  parseWorksheetId,
  transitionRules,
  worksheetId,
  type AnswerLayer,
  type WorksheetStatus,
} from '../../../../shared/worksheets';

describe('nextStatuses', () => {
  it.each([
    ['DRAF', ['DIAJUKAN']],
    ['DIAJUKAN', ['DRAF', 'DIREVIU_TPI']],
    ['DIREVIU_TPI', ['DIAJUKAN', 'FINAL']],
    ['FINAL', []],
  ] as [WorksheetStatus, WorksheetStatus[]][])('%s → %j', (status, next) => {
    expect(nextStatuses(status)).toEqual(next);
  });
});

describe('availableTransitions: the buttons of the worksheet screen', () => {
  it.each([
    ['DRAF', [['Ajukan', 'primary', false]]],
    ['DIAJUKAN', [['Kembalikan ke unit', 'danger', true], ['Tandai direviu TPI', 'primary', true]]],
    ['DIREVIU_TPI', [['Kembalikan dengan catatan', 'danger', true], ['Finalisasi', 'primary', false]]],
    ['FINAL', []],
  ] as [WorksheetStatus, [string, string, boolean][]][])('%s offers %j', (status, buttons) => {
    const actions = availableTransitions(status);
    expect(actions.map((rule) => [rule.action.label, rule.action.tone, rule.action.note])).toEqual(buttons);
    expect(actions.map((rule) => rule.to)).toEqual(nextStatuses(status));
  });
});

describe('transitionRules: the layer each step forward needs complete', () => {
  it('submitting needs the Unit layer, marking reviewed and finalising need the TPI layer', () => {
    expect(transitionRules.map((rule) => [rule.from, rule.to, rule.requiresComplete])).toEqual([
      ['DRAF', 'DIAJUKAN', 'unit'],
      ['DIAJUKAN', 'DRAF', null],
      ['DIAJUKAN', 'DIREVIU_TPI', 'tpi'],
      ['DIREVIU_TPI', 'DIAJUKAN', null],
      ['DIREVIU_TPI', 'FINAL', 'tpi'],
    ]);
  });
});

describe('layerEditRefusal', () => {
  const rows: [WorksheetStatus, AnswerLayer, 'ok' | 'LOCKED' | 'CONFLICT'][] = [
    ['DRAF', 'unit', 'ok'],
    ['DRAF', 'tpi', 'ok'],
    ['DRAF', 'tpn', 'CONFLICT'],
    ['DIAJUKAN', 'unit', 'ok'],
    ['DIAJUKAN', 'tpi', 'ok'],
    ['DIREVIU_TPI', 'unit', 'ok'],
    ['DIREVIU_TPI', 'tpi', 'ok'],
    ['DIREVIU_TPI', 'tpn', 'CONFLICT'],
    ['FINAL', 'unit', 'LOCKED'],
    ['FINAL', 'tpi', 'LOCKED'],
    ['FINAL', 'tpn', 'ok'],
  ];
  it.each(rows)('%s, layer %s: %s', (status, layer, outcome) => {
    const refusal = layerEditRefusal(status, layer);
    expect(refusal === null ? 'ok' : refusal.code).toBe(outcome);
  });
});

describe('worksheet ids', () => {
  it.each([
    ['demo-disdukcapil', 2022, 'demo-disdukcapil-2022'],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', 2031, '0f8fad5b-d9cb-469f-a165-70867728950e-2031'],
  ])('%s + %i ⇄ %s', (unitId, year, id) => {
    expect(worksheetId(unitId, year)).toBe(id);
    expect(parseWorksheetId(id)).toEqual({ unitId, year });
  });

  it.each(['demo-disdukcapil', 'ab-2022', '../x-2022', 'Demo-2022', 'demo-x-22'])('refuses %s', (id) => {
    expect(parseWorksheetId(id)).toBeUndefined();
  });
});
