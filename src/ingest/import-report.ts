/** What an import (WordPress, Ghost) did, or in a dry run would do; printed at its end. */
export interface ImportReport {
  dryRun: boolean;
  articles: { published: number; draft: number; alreadyImported: number };
  sectionsCreated: string[];
  tags: number;
  authors: number;
  images: { imported: number; reused: number; keptAtOldAddress: number };
  redirects: number;
  missingImages: { title: string; file: string }[];
  skipped: { title: string; reason: string }[];
  unconverted: { title: string; what: string }[];
  failed: { title: string; reason: string }[];
}

export const emptyReport = (dryRun: boolean): ImportReport => ({
  dryRun,
  articles: { published: 0, draft: 0, alreadyImported: 0 },
  sectionsCreated: [],
  tags: 0,
  authors: 0,
  images: { imported: 0, reused: 0, keptAtOldAddress: 0 },
  redirects: 0,
  missingImages: [],
  skipped: [],
  unconverted: [],
  failed: [],
});

/** The report as lines of text for the terminal. */
export function formatReport(r: ImportReport): string[] {
  const verb = r.dryRun ? 'would be ' : '';
  const lines = [
    r.dryRun ? 'Dry run: nothing was written.' : 'Import finished.',
    `Articles ${verb}created: ${r.articles.published} published, ${r.articles.draft} draft; ${r.articles.alreadyImported} imported before`,
    `Sections ${verb}created: ${r.sectionsCreated.length ? r.sectionsCreated.join(', ') : 'none'}`,
    `Tags used: ${r.tags}; authors credited: ${r.authors}`,
    `Images ${verb}imported: ${r.images.imported}; reused from an earlier run: ${r.images.reused}; kept at their old address (no image folder given): ${r.images.keptAtOldAddress}`,
    `Redirects ${verb}added: ${r.redirects}`,
  ];
  const list = (title: string, rows: string[]) => {
    if (!rows.length) return;
    lines.push(`${title} (${rows.length}):`);
    for (const row of rows) lines.push(`  - ${row}`);
  };
  list(
    'Failed',
    r.failed.map((f) => `${f.title}: ${f.reason}`),
  );
  list(
    'Skipped',
    r.skipped.map((s) => `${s.title}: ${s.reason}`),
  );
  list(
    'Not converted',
    r.unconverted.map((u) => `${u.title}: ${u.what}`),
  );
  list(
    'Missing image files',
    r.missingImages.map((m) => `${m.title}: ${m.file}`),
  );
  return lines;
}
