import type { Command } from 'commander';
import { CliFailure, orFail, type CliKit } from '../cli-kit.ts';

interface AccountOptions {
  email: string;
  name: string;
  role: string;
}

/** Newsroom accounts from the command line (`user …`): the operator acts, with no account of its own. */
export function addAccountCommands(program: Command, kit: CliKit): void {
  const userCmd = program.command('user').description('manage newsroom accounts');
  addAccountLifeCommands(userCmd, kit);
  addTwoFactorCommands(userCmd, kit);
}

/** Creating, inviting and listing accounts. */
function addAccountLifeCommands(userCmd: Command, { io, withServices, readPassword }: CliKit): void {
  userCmd
    .command('create')
    .description('create an account; the password is read from standard input (or NEWSDESK_PASSWORD)')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'contributor, author, editor or admin')
    .action((opts: AccountOptions) =>
      withServices(async (s) => {
        const password = process.env.NEWSDESK_PASSWORD ?? (await readPassword());
        const u = await orFail(() =>
          s.accounts.createUser(
            { email: opts.email, name: opts.name, role: opts.role as never, password },
            null,
          ),
        );
        io.out(`Created ${u.role} ${u.email} (${u.id})`);
      }),
    );
  userCmd
    .command('invite')
    .description('invite someone by e-mail; prints the one-time link (valid for 7 days) and mails it')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'contributor, author, editor or admin')
    .action((opts: AccountOptions) =>
      withServices(async (s) => {
        const { link, expiresAt } = await orFail(() => s.accounts.invite(opts, null));
        io.out(
          `Invited ${opts.email.trim().toLowerCase()} as ${opts.role} until ${expiresAt.toISOString()}:`,
        );
        io.out(link);
      }),
    );
  userCmd
    .command('list')
    .description('list accounts: e-mail, role, status, name, two-factor sign-in')
    .action(() =>
      withServices(async (s) => {
        const twoFactor = await s.accounts.twoFactor.enabledUserIds();
        for (const u of await s.accounts.listUsers())
          io.out(
            `${u.email}\t${u.role}\t${u.disabledAt ? 'disabled' : 'active'}\t${u.name}\t` +
              `two-factor ${twoFactor.has(u.id) ? 'on' : 'off'}`,
          );
      }),
    );
}

/** Two-factor sign-in: resetting an account's (a lost phone), and the rule for administrators. */
function addTwoFactorCommands(userCmd: Command, { io, withServices }: CliKit): void {
  userCmd
    .command('reset-2fa')
    .description(
      "turn off an account's two-factor sign-in (a lost phone): it signs in with its password, then sets it up again",
    )
    .requiredOption('--email <email>')
    .action((opts: { email: string }) =>
      withServices(async (s) => {
        const address = opts.email.trim().toLowerCase();
        const user = (await s.accounts.listUsers()).find((u) => u.email === address);
        if (!user) throw new CliFailure(`there is no account for ${address}`);
        await orFail(() => s.accounts.twoFactor.reset(user.id, null));
        io.out(
          `Two-factor sign-in of ${user.email} is off; it signs in with its password and sets it up again.`,
        );
      }),
    );
  userCmd
    .command('require-2fa')
    .description('show, or set with on/off, whether administrators must use two-factor sign-in')
    .argument('[on|off]')
    .action((value: string | undefined) =>
      withServices(async (s) => {
        if (value !== undefined && value !== 'on' && value !== 'off')
          throw new CliFailure(`require-2fa: say on or off, not "${value}"`);
        const on =
          value === undefined
            ? await s.accounts.twoFactor.requiredForAdmins()
            : await s.accounts.twoFactor.setRequiredForAdmins(value === 'on', null);
        io.out(
          on
            ? 'Administrators must use two-factor sign-in.'
            : 'Two-factor sign-in is optional for administrators.',
        );
      }),
    );
}
