// Tokens, invite codes and the PIN. Tokens and codes are 256/128 random bits, so one SHA-256
// is enough to store them; the PIN is short, so it is stretched with scrypt and a salt.
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Invite codes end up in links people copy: shorter, still 128 bits. */
export function newCode(): string {
  return randomBytes(16).toString('base64url');
}

export function newServerId(): string {
  return randomUUID();
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const SCRYPT_KEY = 32;

function scryptAsync(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolvePromise, reject) =>
    scrypt(pin, salt, SCRYPT_KEY, { N: 16384, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolvePromise(key))),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(pin, salt);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [saltHex, keyHex] = stored.split(':');
  if (!saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const key = await scryptAsync(pin, Buffer.from(saltHex, 'hex'));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
