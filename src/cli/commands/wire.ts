import type { Command } from 'commander';
import { wireKinds, type NewWireSource } from '../../domain/wire.ts';
import type { WireSourceView } from '../../services/wire/wire-sources.ts';
import { CliFailure, orFail, type CliKit } from '../cli-kit.ts';

interface AddOptions {
  language: string;
  section?: string;
  interval: string;
  agency?: string;
  basic?: string;
  bearer?: boolean;
  disabled?: boolean;
}

const when = (d: Date | null) => d?.toISOString() ?? 'never';

/** One line per source: what it is, then its health. */
export function sourceLine(s: WireSourceView): string {
  const health = s.health.lastError
    ? `failing (${s.health.failures}×): ${s.health.lastError}`
    : `ok, last success ${when(s.health.lastSuccessAt)}`;
  return [
    s.id,
    s.name,
    s.kind,
    s.location,
    s.language,
    s.agency ? `agency: ${s.agency}` : 'not an agency',
    `credentials: ${s.credentials}`,
    s.enabled ? `every ${s.intervalSeconds}s` : 'disabled',
    health,
    `next poll ${s.health.nextPollAt.toISOString()}`,
  ].join('\t');
}

/** Agency feeds and folders: `wire add|list|remove|poll`. */
export function addWireCommands(program: Command, kit: CliKit): void {
  const { io, withServices, readPassword } = kit;
  const wire = program.command('wire').description('manage wire sources (agency feeds and folders)');
  wire
    .command('add')
    .description('add a source; a password or token is read from standard input, never the command line')
    .argument('<name>', 'what the desk calls it, e.g. "Harbour Wire"')
    .argument('<kind>', wireKinds.join(' | '))
    .argument('<location>', 'the feed URL (http/https), or the folder for kind "folder"')
    .requiredOption('-l, --language <code>', "the items' language")
    .option('-s, --section <slug>', 'the default section of drafts made from its items')
    .option('-i, --interval <seconds>', 'how often to poll', '300')
    .option('--agency <name>', 'the source is an agency; its name is cited ("<outlet>, citing <agency>")')
    .option('--basic <user>', 'HTTP basic auth as this user (the password from standard input)')
    .option('--bearer', 'send a bearer token (from standard input)')
    .option('--disabled', 'add it without polling it yet')
    .action(async (name: string, kind: string, location: string, opts: AddOptions) => {
      if (opts.basic !== undefined && opts.bearer) throw new CliFailure('give --basic or --bearer, not both');
      if (!/^\d+$/.test(opts.interval)) throw new CliFailure('--interval: must be whole seconds');
      let credentials: NewWireSource['credentials'];
      if (opts.basic !== undefined)
        credentials = { kind: 'basic', user: opts.basic, password: await readPassword() };
      else if (opts.bearer) credentials = { kind: 'bearer', token: await readPassword() };
      await withServices(async (s) => {
        const input = {
          name,
          kind: kind as NewWireSource['kind'],
          location,
          language: opts.language,
          intervalSeconds: Number(opts.interval),
          enabled: !opts.disabled,
          ...(opts.section ? { section: opts.section } : {}),
          ...(opts.agency ? { agency: opts.agency } : {}),
          ...(credentials ? { credentials } : {}),
        };
        const source = await orFail(() => s.wireSources.add(null, input));
        io.out(
          `Added wire source ${source.id} (${source.name}, ${source.kind}, credentials: ${source.credentials})`,
        );
      });
    });
  wire
    .command('list')
    .description('sources with their health (credentials masked)')
    .action(() =>
      withServices(async (s) => {
        for (const source of await s.wireSources.list()) io.out(sourceLine(source));
      }),
    );
  wire
    .command('remove')
    .description('remove a source and the items it delivered')
    .argument('<id>')
    .action((id: string) =>
      withServices(async (s) => {
        await orFail(() => s.wireSources.remove(null, id));
        io.out(`Removed wire source ${id}`);
      }),
    );
  addWirePollCommand(wire, kit);
}

/** `wire poll [id]`: one source now (whatever its schedule), or every due source. */
export function addWirePollCommand(wire: Command, { io, withServices }: CliKit): void {
  wire
    .command('poll')
    .description('poll one source now, or every source that is due; prints what came in')
    .argument('[id]', 'the source (default: all that are due)')
    .action((id: string | undefined) =>
      withServices(async (s) => {
        const reports = id
          ? [await orFail(async () => s.wirePoller.poll(await s.wireSources.forPolling(id)))]
          : await s.wirePoller.pollDue();
        if (!reports.length) io.out('No source is due.');
        for (const r of reports) {
          io.out(
            r.error
              ? `${r.sourceId}: failed: ${r.error}`
              : `${r.sourceId}: ${r.outcome}, ${r.added} new, ${r.known} known, ${r.refused.length} refused`,
          );
          for (const line of r.refused) io.out(`  refused ${line}`);
        }
      }),
    );
}
