import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMailTransport,
  LogMailTransport,
  MemoryMailTransport,
  RelayLog,
  SmtpMailTransport,
} from './index.ts';

const message = {
  to: 'reporter@example.com',
  subject: 'Reset your password',
  text: 'Open http://news.test/admin/reset/abc to choose a new password.',
};

describe('mail transports', () => {
  it('the log transport writes the message, link included, at info level', async () => {
    const lines: { obj: object; msg: string }[] = [];
    const relay = new RelayLog();
    relay.use({ info: (obj, msg) => lines.push({ obj, msg }), error: () => {} });
    await new LogMailTransport(relay).send(message);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe('mail to reporter@example.com: Reset your password');
    expect(JSON.stringify(lines[0]!.obj)).toContain('http://news.test/admin/reset/abc');
  });

  it('the memory transport records messages', async () => {
    const mail = new MemoryMailTransport();
    await mail.send(message);
    expect(mail.lastTo('reporter@example.com')).toEqual(message);
    expect(mail.lastTo('other@example.com')).toBeUndefined();
  });

  it('picks the transport the configuration names', () => {
    expect(createMailTransport({ transport: 'log', smtpUrl: null, from: 'a@b.c' })).toBeInstanceOf(
      LogMailTransport,
    );
    const smtp = createMailTransport({ transport: 'smtp', smtpUrl: 'smtp://127.0.0.1:2525', from: 'a@b.c' });
    expect(smtp).toBeInstanceOf(SmtpMailTransport);
    if (smtp instanceof SmtpMailTransport) smtp.close();
    expect(() => createMailTransport({ transport: 'smtp', smtpUrl: null, from: 'a@b.c' })).toThrow(
      'SMTP_URL',
    );
  });
});

/** A minimal SMTP server on 127.0.0.1 that accepts every message and keeps its DATA. */
describe('SMTP transport', () => {
  let server: Server;
  const received: { from: string; to: string[]; data: string }[] = [];

  beforeAll(async () => {
    server = createServer((socket) => {
      let buffer = '';
      let inData = false;
      let current = { from: '', to: [] as string[], data: '' };
      const reply = (line: string) => socket.write(`${line}\r\n`);
      reply('220 test ESMTP');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let i: number;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              received.push(current);
              current = { from: '', to: [], data: '' };
              reply('250 queued');
            } else current.data += `${line}\n`;
            continue;
          }
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') reply('250 test');
          else if (verb === 'MAIL') {
            current.from = line;
            reply('250 ok');
          } else if (verb === 'RCPT') {
            current.to.push(line);
            reply('250 ok');
          } else if (verb === 'DATA') {
            inData = true;
            reply('354 go on');
          } else if (verb === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else reply('250 ok');
        }
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends through the server named by SMTP_URL, from MAIL_FROM', async () => {
    const { port } = server.address() as AddressInfo;
    const smtp = new SmtpMailTransport(
      `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      'Newsroom <newsroom@example.com>',
    );
    await smtp.send(message);
    smtp.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toContain('<newsroom@example.com>');
    expect(received[0]!.to).toEqual(['RCPT TO:<reporter@example.com>']);
    expect(received[0]!.data).toContain('Subject: Reset your password');
    expect(received[0]!.data).toContain('http://news.test/admin/reset/abc');
  });
});
