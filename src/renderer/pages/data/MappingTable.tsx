import { useTranslation } from 'react-i18next';
import { SHEET_FIELDS, type SheetColumn, type SheetField } from '#shared/sheet-import.ts';

interface MappingTableProps {
  columns: SheetColumn[];
  disabled: boolean;
  onChange: (mapping: (SheetField | null)[]) => void;
}

/** One row per spreadsheet column: its header, its first values, and the Keepline field it fills. */
export function MappingTable({ columns, disabled, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const mapping = columns.map((column) => column.field);
  const set = (index: number, field: SheetField | null) => {
    // A field can come from one column only: taking it for this column frees it elsewhere.
    onChange(mapping.map((current, i) => (i === index ? field : current === field ? null : current)));
  };
  return (
    <table className="data-table mapping-table">
      <caption>{t('data.import.mappingHint')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('data.import.column')}</th>
          <th scope="col">{t('data.import.samples')}</th>
          <th scope="col">{t('data.import.field')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.index}>
            <th scope="row">{column.header || `#${column.index + 1}`}</th>
            <td className="muted samples">{column.samples.filter(Boolean).join(' · ')}</td>
            <td>
              <select
                aria-label={t('data.import.field') + ': ' + (column.header || `#${column.index + 1}`)}
                value={column.field ?? ''}
                disabled={disabled}
                onChange={(event) => set(column.index, (event.target.value || null) as SheetField | null)}
              >
                <option value="">{t('data.import.ignore')}</option>
                {SHEET_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`data.import.fields.${field}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
