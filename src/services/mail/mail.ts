/**
 * Outgoing e-mail (invitations, password resets) behind one small interface. The default
 * transport writes each message to the log, so a newsroom without a mail server still gets its
 * links (from the log); SMTP sends real mail; tests record messages in memory.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/** The part of a pino logger mail uses. */
export interface MailLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A pino-shaped JSON line on standard error (errors keep their message). */
function line(level: number, obj: object, msg: string): void {
  const fields = Object.fromEntries(
    Object.entries(obj).map(([k, v]) => [k, v instanceof Error ? { type: v.name, message: v.message } : v]),
  );
  process.stderr.write(`${JSON.stringify({ level, time: Date.now(), ...fields, msg })}\n`);
}

/**
 * A log that passes lines on to the app's pino logger once there is one (the server is built
 * after the services), and until then, or in the `newsdesk` command, writes JSON lines to
 * standard error.
 */
export class RelayLog implements MailLog {
  private target: (MailLog & { warn?(obj: object, msg: string): void }) | null = null;

  use(log: MailLog & { warn?(obj: object, msg: string): void }): void {
    this.target = log;
  }

  info(obj: object, msg: string): void {
    if (this.target) this.target.info(obj, msg);
    else line(30, obj, msg);
  }

  warn(obj: object, msg: string): void {
    if (this.target) (this.target.warn ?? this.target.error).call(this.target, obj, msg);
    else line(40, obj, msg);
  }

  error(obj: object, msg: string): void {
    if (this.target) this.target.error(obj, msg);
    else line(50, obj, msg);
  }
}

/** Writes every message (with its links) to the log at info level instead of sending it. */
export class LogMailTransport implements MailTransport {
  constructor(private readonly log: MailLog = new RelayLog()) {}

  send(message: MailMessage): Promise<void> {
    this.log.info(
      { mail: { to: message.to, subject: message.subject, text: message.text } },
      `mail to ${message.to}: ${message.subject}`,
    );
    return Promise.resolve();
  }
}

/** Keeps what was sent; for tests. */
export class MemoryMailTransport implements MailTransport {
  readonly sent: MailMessage[] = [];

  send(message: MailMessage): Promise<void> {
    this.sent.push({ ...message });
    return Promise.resolve();
  }

  /** The last message sent to an address. */
  lastTo(address: string): MailMessage | undefined {
    return this.sent.findLast((m) => m.to === address);
  }
}
