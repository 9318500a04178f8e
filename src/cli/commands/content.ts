import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { listOption, orFail, type CliKit } from '../cli-kit.ts';
import { addImportGhostCommand } from './import-ghost.ts';
import { addImportWxrCommand } from './import-wxr.ts';

interface ImportTextOptions {
  language: string;
  section: string;
  headline?: string;
  standfirst?: string;
  tags?: string;
  draft?: boolean;
}

/** Content from the command line: `migrate`, `import text|wxr`, `section list|add`. */
export function addContentCommands(program: Command, kit: CliKit): void {
  const { io, withServices } = kit;
  program
    .command('migrate')
    .description('bring the database schema up to date (also done at every start)')
    .action(() =>
      withServices((s) => {
        io.out(
          s.migrated.length ? `Applied: ${s.migrated.join(', ')}` : 'The database schema is up to date.',
        );
      }),
    );

  const importCmd = program.command('import').description('import articles from files');
  importCmd
    .command('text')
    .description(
      'import one article from plain text: a date line, paragraphs, the publisher on the last line',
    )
    .argument('<file>', 'the text file')
    .option('-l, --language <code>', 'language of the article', 'en')
    .option('-s, --section <slug>', 'section to file it under', 'world')
    .option('--headline <text>', 'headline (default: a headline line in the file, else the first sentence)')
    .option('--standfirst <text>', 'standfirst (lede)')
    .option('--tags <names>', 'comma-separated tag names')
    .option('--draft', 'store as a draft instead of publishing')
    .action(async (file: string, opts: ImportTextOptions) => {
      const text = await orFail(() => readFile(file, 'utf8'), file);
      await withServices(async (s) => {
        const a = await orFail(
          () =>
            s.textImporter.import(text, {
              language: opts.language,
              sectionSlug: opts.section,
              ...(opts.headline ? { headline: opts.headline } : {}),
              ...(opts.standfirst ? { standfirst: opts.standfirst } : {}),
              tags: opts.tags ? listOption(opts.tags) : [],
              status: opts.draft ? 'draft' : 'published',
            }),
          file,
        );
        io.out(`Imported "${a.headline}" (${a.status}) → /${a.language}/${a.section.slug}/${a.slug}`);
      });
    });

  addImportWxrCommand(importCmd, kit);
  addImportGhostCommand(importCmd, kit);

  const sectionCmd = program.command('section').description('manage sections');
  sectionCmd
    .command('list')
    .description('list sections')
    .action(() =>
      withServices(async (s) => {
        for (const x of await s.taxonomy.sections()) io.out(`${x.slug}\t${x.name}`);
      }),
    );
  sectionCmd
    .command('add')
    .description('add a section')
    .argument('<slug>', 'URL name, e.g. world')
    .argument('<name>', 'display name, e.g. World')
    .option('--color <hex>', 'accent colour, e.g. #1a5fb4')
    .action((slug: string, name: string, opts: { color?: string }) =>
      withServices(async (s) => {
        const created = await orFail(() =>
          s.taxonomy.createSection({ slug, name, color: opts.color ?? null }),
        );
        io.out(`Added section ${created.slug} (${created.name})`);
      }),
    );
}
