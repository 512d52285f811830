import type Database from 'better-sqlite3';

export interface AttachmentRow {
  id: number;
  event_id: number;
  file_name: string;
  stored_name: string;
  media_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  sha256: string;
  created_at: string;
}

export function insertAttachmentRow(db: Database.Database, row: Omit<AttachmentRow, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO attachments (event_id, file_name, stored_name, media_type, size, sha256, created_at)
       VALUES (@event_id, @file_name, @stored_name, @media_type, @size, @sha256, @created_at)`,
    )
    .run(row);
  return Number(result.lastInsertRowid);
}

export function attachmentRowsOfNumber(db: Database.Database, numberId: number): AttachmentRow[] {
  return db
    .prepare('SELECT a.* FROM attachments a JOIN events e ON e.id = a.event_id WHERE e.number_id = ? ORDER BY a.id')
    .all(numberId) as AttachmentRow[];
}
