import { createTransport } from 'nodemailer';
import type { MailMessage, MailTransport } from './mail.ts';

/**
 * Sends mail through an SMTP server named by a URL (`smtp://user:pass@host:587`,
 * `smtps://host:465`), from the configured sender. Loaded only when MAIL_TRANSPORT=smtp.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: ReturnType<typeof createTransport>;

  constructor(url: string, from: string) {
    this.transporter = createTransport(url, { from });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  }

  close(): void {
    this.transporter.close();
  }
}
