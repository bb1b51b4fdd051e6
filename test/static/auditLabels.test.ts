import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_FIELDS,
  AUDIT_VALUE_LABELS,
  STATION_AUDIT_FIELDS,
} from '../../types/catalogue/audit';
import { SOCIETY_FIELD_LABELS } from '../../types/catalogue/applications';

const ROOT = path.resolve(__dirname, '../..');
const CHINESE = /[\u4e00-\u9fa5]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(name) ? [file] : [];
  });
}

const server = sourceFiles(path.join(ROOT, 'cloudfunctions/api/src')).map((file) => readFileSync(file, 'utf8'));
const domainTypes = readFileSync(path.join(ROOT, 'types/domain.ts'), 'utf8');
/** The actions the union in types/domain.ts names, read from its text: a type has no values to list. */
const auditActions = [...(/export type AuditAction =([^;]+);/.exec(domainTypes)?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
  (match) => match[1],
);

describe('the audit catalogue', () => {
  it('reads the AuditAction union', () => {
    expect(auditActions.length).toBeGreaterThan(30);
  });

  it.each(auditActions)('names the action %s in Chinese', (action) => {
    expect(AUDIT_ACTION_LABELS[action as keyof typeof AUDIT_ACTION_LABELS]).toMatch(CHINESE);
  });

  it('names no action the union does not have', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...auditActions].sort());
  });

  it.each([...AUDIT_FIELDS])('names the field %s in Chinese', (field) => {
    expect(AUDIT_FIELD_LABELS[field]).toMatch(CHINESE);
  });

  it('has a label for every value of every coded field', () => {
    for (const labels of Object.values(AUDIT_VALUE_LABELS)) {
      for (const label of Object.values(labels ?? {})) expect(label).toMatch(CHINESE);
    }
  });

  it('lists every field the actions record: the society form, the station, and each transition', () => {
    const fields: readonly string[] = AUDIT_FIELDS;
    const used = new Set([
      ...Object.keys(SOCIETY_FIELD_LABELS),
      ...STATION_AUDIT_FIELDS,
      ...server.flatMap((text) => [...text.matchAll(/transition\('([^']+)'/g)].map((match) => match[1])),
    ]);
    expect([...used].filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('is the only place the action labels are written', () => {
    const copies = server.filter((text) => text.includes(AUDIT_ACTION_LABELS['station.update']));
    expect(copies).toEqual([]);
  });
});
