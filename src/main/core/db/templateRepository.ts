import type { ColumnMapping } from '../../../shared/imports';
import type { ProjectDb } from './connection';

export interface MappingTemplate {
  readonly name: string;
  readonly headerSignature: string;
  readonly mapping: ColumnMapping;
  readonly savedAt: string;
}

/** Named column mappings, reused for the next export of the same survey (matched by its header). */
export class TemplateRepository {
  constructor(private readonly db: ProjectDb) {}

  save(name: string, headerSignature: string, mapping: ColumnMapping, savedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO mapping_templates (name, header_signature, mapping_json, saved_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET header_signature = excluded.header_signature, mapping_json = excluded.mapping_json, saved_at = excluded.saved_at`,
      )
      .run(name, headerSignature, JSON.stringify(mapping), savedAt);
  }

  /** The most recently saved template for this header, if any. */
  findByHeader(headerSignature: string): MappingTemplate | undefined {
    const row = this.db
      .prepare('SELECT name, header_signature, mapping_json, saved_at FROM mapping_templates WHERE header_signature = ? ORDER BY saved_at DESC LIMIT 1')
      .get(headerSignature) as { name: string; header_signature: string; mapping_json: string; saved_at: string } | undefined;
    return row && { name: row.name, headerSignature: row.header_signature, mapping: JSON.parse(row.mapping_json) as ColumnMapping, savedAt: row.saved_at };
  }

  list(): MappingTemplate[] {
    const rows = this.db.prepare('SELECT name, header_signature, mapping_json, saved_at FROM mapping_templates ORDER BY name').all() as {
      name: string;
      header_signature: string;
      mapping_json: string;
      saved_at: string;
    }[];
    return rows.map((r) => ({ name: r.name, headerSignature: r.header_signature, mapping: JSON.parse(r.mapping_json) as ColumnMapping, savedAt: r.saved_at }));
  }
}
