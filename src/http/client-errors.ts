import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { AppError, type FieldIssue } from '../domain/errors.ts';
import { toErrorBody } from './errors.ts';

/**
 * What node:http hands a `clientError` listener: the parser's error and, for a bad request, its
 * bytes (a Buffer at run time, whatever Fastify's types say).
 */
export interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/**
 * Which part of a request line the parser refused: raw (not percent-encoded) bytes outside ASCII
 * in the path or in a query parameter, named as the URL checks name them; or null.
 */
export function rawUrlIssue(rawPacket: unknown): FieldIssue | null {
  if (!Buffer.isBuffer(rawPacket)) return null;
  const end = rawPacket.indexOf('\r\n');
  const line = rawPacket.subarray(0, end === -1 ? rawPacket.length : end);
  const target = line.subarray(line.indexOf(0x20) + 1);
  const bad = target.findIndex((b) => b >= 0x80 || b < 0x20 || b === 0x7f);
  if (bad === -1) return null;
  const message = 'must be valid percent-encoded UTF-8';
  const q = target.indexOf(0x3f); // ?
  if (q === -1 || bad < q) return { field: 'path', message };
  const before = target.subarray(q + 1, bad).toString('latin1');
  const pair = before.slice(before.lastIndexOf('&') + 1);
  const key = pair.includes('=') ? pair.slice(0, pair.indexOf('=')) : '';
  let field = 'query';
  try {
    if (/^[\x21-\x7e]+$/.test(key)) field = decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    // A key that does not decode leaves the answer naming the query as a whole.
  }
  return { field, message };
}

/**
 * Requests node:http refuses before Fastify sees them (raw UTF-8 in the URL, a malformed request
 * line) are answered in the documented error format, as every other bad input is; timeouts and
 * oversized headers as Fastify answers them.
 */
export function answerClientError(err: ClientError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  let status: number;
  let body: string;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    body = '{"error":"Request Timeout","message":"Client Timeout","statusCode":408}';
  } else if (err.code === 'HPE_HEADER_OVERFLOW') {
    status = 431;
    body =
      '{"error":"Request Header Fields Too Large","message":"Exceeded maximum allowed HTTP header size","statusCode":431}';
  } else {
    const issue = rawUrlIssue(err.rawPacket);
    const error = issue
      ? new AppError('VALIDATION_FAILED', `${issue.field}: ${issue.message}`, [issue])
      : new AppError('VALIDATION_FAILED', 'request: not a well-formed HTTP request');
    status = error.status;
    body = JSON.stringify(toErrorBody(error));
  }
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `cache-control: no-store\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
