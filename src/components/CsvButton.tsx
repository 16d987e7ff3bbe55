import { type CsvTable, getNumberLocale } from '../domain'
import { useText } from '../i18n'

/** "Exporter en CSV": downloads the table as a file a spreadsheet of the page's language opens as it is. */
export function CsvButton({
  table,
  what,
}: {
  table: () => CsvTable | Promise<CsvTable>
  what: string
}) {
  const t = useText()
  const download = async () => {
    const csv = await table()
    // The builder loads with the first export, not with the page.
    const { toCsv } = await import('../domain/csv')
    const blob = new Blob([toCsv(csv, getNumberLocale())], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = csv.fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <button
      type="button"
      className="link-button csv-button no-print"
      aria-label={t.export.csvOf(what)}
      onClick={download}
    >
      {t.export.csv}
    </button>
  )
}
