// The worker cannot reach the OS keychain (Electron's safeStorage lives in the main process), and handlers
// call the cipher synchronously. So the worker asks the main thread over a MessagePort and blocks on a
// shared word until the answer is there; the main thread's event loop is free while a job runs.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { SecretCipher } from '../secrets/cipher.ts';

type CipherRequest = { op: 'encrypt'; plain: string } | { op: 'decrypt'; blob: Uint8Array };
type CipherReply = { ok: true; text?: string; bytes?: Uint8Array } | { ok: false; message: string };

const WAIT_MS = 60_000;

/** Main thread: answers the worker's cipher requests with the real cipher. */
export function serveCipher(cipher: SecretCipher, port: MessagePort, signal: SharedArrayBuffer): void {
  const word = new Int32Array(signal);
  port.on('message', (request: CipherRequest) => {
    let reply: CipherReply;
    try {
      reply = request.op === 'encrypt' ? { ok: true, bytes: cipher.encrypt(request.plain) } : { ok: true, text: cipher.decrypt(Buffer.from(request.blob)) };
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    Atomics.store(word, 0, 1);
    Atomics.notify(word, 0);
  });
}

/** Worker: a cipher that forwards each call to the main thread and waits for its answer. */
export function remoteCipher(protection: SecretCipher['protection'], port: MessagePort, signal: SharedArrayBuffer): SecretCipher {
  const word = new Int32Array(signal);
  const ask = (request: CipherRequest): CipherReply & { ok: true } => {
    Atomics.store(word, 0, 0);
    port.postMessage(request);
    if (Atomics.wait(word, 0, 0, WAIT_MS) === 'timed-out') throw new Error('the main thread did not answer the cipher request');
    const reply = receiveMessageOnPort(port)?.message as CipherReply | undefined;
    if (!reply) throw new Error('the cipher answer was lost');
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  return {
    protection,
    encrypt: (plain) => Buffer.from(ask({ op: 'encrypt', plain }).bytes!),
    decrypt: (blob) => ask({ op: 'decrypt', blob: new Uint8Array(blob) }).text!,
  };
}
