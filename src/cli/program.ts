import { Command, CommanderError } from 'commander';
import { describe, type CliIo, type CliKit, type CliServices } from './cli-kit.ts';
import { addAccountCommands } from './commands/accounts.ts';
import { addAnalysisCommands } from './commands/analysis.ts';
import { addContentCommands } from './commands/content.ts';
import { addApiKeyCommands, addWebhookCommands } from './commands/integrations.ts';
import { addWireCommands } from './commands/wire.ts';

/** Reads a password from standard input (piped), never from the command line where `ps` shows it. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The `newsdesk` command: its groups are in cli/commands/, what they share in cli-kit.ts. */
export function buildProgram(
  open: () => Promise<CliServices>,
  io: CliIo,
  readPassword: () => Promise<string> = readStdin,
): Command {
  const program = new Command('newsdesk')
    .description('Newsdesk: a news publishing platform for multilingual newsrooms')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  const kit: CliKit = {
    io,
    readPassword,
    withServices: async (work) => {
      const services = await open();
      try {
        return await work(services);
      } finally {
        await services.close();
      }
    },
  };
  // In the order `newsdesk --help` lists them.
  addContentCommands(program, kit);
  addApiKeyCommands(program, kit);
  addAccountCommands(program, kit);
  addAnalysisCommands(program, kit);
  addWebhookCommands(program, kit);
  addWireCommands(program, kit);
  return program;
}

/** Runs the CLI; returns the process exit code. */
export async function runCli(
  argv: string[],
  open: () => Promise<CliServices>,
  io: CliIo,
  readPassword?: () => Promise<string>,
): Promise<number> {
  const program = buildProgram(open, io, readPassword);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`newsdesk: ${describe(e)}`);
    return 1;
  }
}
