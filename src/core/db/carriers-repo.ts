import type Database from 'better-sqlite3';

export interface CarrierRow {
  id: number;
  catalog_id: string | null;
  fields: string;
  created_at: string;
  updated_at: string;
}

export function listCarrierRows(db: Database.Database): CarrierRow[] {
  return db.prepare('SELECT * FROM carriers ORDER BY id').all() as CarrierRow[];
}

export function carrierRowById(db: Database.Database, id: number): CarrierRow | undefined {
  return db.prepare('SELECT * FROM carriers WHERE id = ? AND catalog_id IS NULL').get(id) as CarrierRow | undefined;
}

export function carrierRowByCatalogId(db: Database.Database, catalogId: string): CarrierRow | undefined {
  return db.prepare('SELECT * FROM carriers WHERE catalog_id = ?').get(catalogId) as CarrierRow | undefined;
}

export function insertCarrierRow(db: Database.Database, row: Omit<CarrierRow, 'id'>): number {
  const result = db
    .prepare('INSERT INTO carriers (catalog_id, fields, created_at, updated_at) VALUES (@catalog_id, @fields, @created_at, @updated_at)')
    .run(row);
  return Number(result.lastInsertRowid);
}

export function updateCarrierFields(db: Database.Database, id: number, fields: string, updatedAt: string): void {
  db.prepare('UPDATE carriers SET fields = ?, updated_at = ? WHERE id = ?').run(fields, updatedAt, id);
}

export function deleteCarrierRow(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM carriers WHERE id = ?').run(id).changes > 0;
}
