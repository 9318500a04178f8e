import type { Transporter } from 'nodemailer';
import type { MailMessage, MailTransport } from './mail.ts';

/**
 * Sends mail through an SMTP server named by a URL (`smtp://user:pass@host:587`,
 * `smtps://host:465`), from the configured sender. Used only when MAIL_TRANSPORT=smtp, and
 * nodemailer is loaded with the first message: a start (most run with the log transport) does
 * not pay for compiling it.
 */
export class SmtpMailTransport implements MailTransport {
  private transporter: Promise<Transporter> | null = null;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {}

  private connect(): Promise<Transporter> {
    this.transporter ??= import('nodemailer').then((m) => m.createTransport(this.url, { from: this.from }));
    return this.transporter;
  }

  async send(message: MailMessage): Promise<void> {
    await (
      await this.connect()
    ).sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  }

  close(): void {
    // Nothing to close before the first message.
    void this.transporter?.then((t) => {
      t.close();
    });
  }
}
