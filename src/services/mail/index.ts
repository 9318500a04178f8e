import { LogMailTransport, type MailLog, type MailTransport } from './mail.ts';
import { SmtpMailTransport } from './smtp.ts';

export * from './mail.ts';
export { SmtpMailTransport } from './smtp.ts';

export interface MailSettings {
  transport: 'log' | 'smtp';
  smtpUrl: string | null;
  from: string;
}

/** The transport the operator chose (MAIL_TRANSPORT): the log by default, or SMTP. */
export function createMailTransport(settings: MailSettings, log?: MailLog): MailTransport {
  if (settings.transport === 'smtp') {
    if (!settings.smtpUrl) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
    return new SmtpMailTransport(settings.smtpUrl, settings.from);
  }
  return new LogMailTransport(log);
}
