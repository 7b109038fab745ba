import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPii, redactPii } from '../../../../src/main/core/nlp/pii';
import type { PiiKind, PiiSpan } from '../../../../src/main/core/nlp/pii';

/** Spans as [kind, covered text] pairs: readable failures and exact offsets at once. */
function found(text: string): Array<[PiiKind, string]> {
  return findPii(text).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

describe('findPii', () => {
  it('finds phone, email and card in one realistic comment, in text order', () => {
    const text = 'Call me on +44 20 7946 0958 or email jane.doe@example.co.uk, my card 4111 1111 1111 1111 was charged twice';
    expect(found(text)).toEqual([
      ['phone', '+44 20 7946 0958'],
      ['email', 'jane.doe@example.co.uk'],
      ['card', '4111 1111 1111 1111'],
    ]);
    const spans = findPii(text);
    expect(spans[0]).toEqual({ kind: 'phone', start: 11, end: 27 });
  });

  describe('email', () => {
    it.each([
      ['Reach me at jane.doe@example.co.uk.', 'jane.doe@example.co.uk'],
      ['(JOHN+nps@Mail.Example.COM) thanks', 'JOHN+nps@Mail.Example.COM'],
      ['mail: a_b-c%d@sub-domain.example.org!', 'a_b-c%d@sub-domain.example.org'],
      ['"bob@example.io", said the agent', 'bob@example.io'],
    ])('%s', (text, email) => {
      expect(found(text)).toEqual([['email', email]]);
    });

    it('rejects things that only look like addresses', () => {
      expect(found('Email me @ the office')).toEqual([]);
      expect(found('user@localhost is not real')).toEqual([]);
      expect(found('jane@example.c is cut short')).toEqual([]);
    });
  });

  describe('card', () => {
    it.each([
      ['Charged 4111 1111 1111 1111 twice', '4111 1111 1111 1111'],
      ['card 4111-1111-1111-1111, expired', '4111-1111-1111-1111'],
      ['4111111111111111 was declined', '4111111111111111'],
      ['Amex 3782 822463 10005 rejected', '3782 822463 10005'],
      ['old visa 4222222222222 still on file', '4222222222222'],
      ['Mastercard 5555 5555 5555 4444 1 time', '5555 5555 5555 4444'],
    ])('Luhn-valid: %s', (text, card) => {
      expect(found(text)).toEqual([['card', card]]);
    });

    it.each([
      'Order 4111 1111 1111 1112 never arrived',
      'My order number is 4111111111111112',
      'ref 4111-1111-1111-1112',
      'tracking 1234567890123456',
    ])('Luhn-invalid: %s', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('iban', () => {
    it.each([
      ['Refund to DE89 3704 0044 0532 0130 00 please', 'DE89 3704 0044 0532 0130 00'],
      ['account GB82 WEST 1234 5698 7654 32 thanks', 'GB82 WEST 1234 5698 7654 32'],
      ['IBAN: GB82WEST12345698765432.', 'GB82WEST12345698765432'],
      ['lower case de89370400440532013000 works', 'de89370400440532013000'],
      ['DE89 3704 0044 0532 0130 00 was never credited', 'DE89 3704 0044 0532 0130 00'],
    ])('mod-97 valid: %s', (text, iban) => {
      expect(found(text)).toEqual([['iban', iban]]);
    });

    it('rejects a wrong check digit and a wrong length', () => {
      expect(found('Refund to DE88 3704 0044 0532 0130 00 please')).toEqual([]);
      expect(found('account GB83 WEST 1234 5698 7654 32 thanks')).toEqual([]);
      expect(found('GB82WEST1234569876543')).toEqual([]);
    });

    it('beats the phone and card readings of its own digits', () => {
      expect(findPii('DE89 3704 0044 0532 0130 00').map((s) => s.kind)).toEqual(['iban']);
    });
  });

  describe('ip', () => {
    it.each([
      ['Login failed from 192.168.1.10, twice', '192.168.1.10'],
      ['server (10.0.0.1) down', '10.0.0.1'],
      ['IP 255.255.255.255.', '255.255.255.255'],
      ['my ip was 2001:db8::1 apparently', '2001:db8::1'],
      ['link-local fe80::1ff:fe23:4567:890a here', 'fe80::1ff:fe23:4567:890a'],
      ['full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 form', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
      ['mapped ::ffff:192.0.2.1 too', '::ffff:192.0.2.1'],
    ])('%s', (text, ip) => {
      expect(found(text)).toEqual([['ip', ip]]);
    });

    it.each([
      'Updated to v2.3.1 yesterday',
      'Version 1.2.3 broke it',
      'Error code 999.1.1.1 shown',
      'Got 256.1.1.1 in the log',
      'release 1.2.3.4.5 notes',
      'Opened at 10:30 closed at 10:30:45',
      'loopback ::1 only',
    ])('rejects %s', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('phone', () => {
    it.each([
      ['Call +44 20 7946 0958 today', '+44 20 7946 0958'],
      ['US office +1 (555) 123-4567.', '+1 (555) 123-4567'],
      ['Portable: +33 6 12 34 56 78', '+33 6 12 34 56 78'],
      ['Ring +44 (0)20 7946 0958 please', '+44 (0)20 7946 0958'],
      ['Ring +442079460958 please', '+442079460958'],
      ['Call +1 555 123 4567 or not', '+1 555 123 4567'],
      ['Call 0800 123 4567, 24/7', '0800 123 4567'],
      ['Call +44 20 7946 0958 at 10:30', '+44 20 7946 0958'],
      ['Phone (555) 123-4567 after 6pm', '(555) 123-4567'],
      ['Phone 555-123-4567 after 6pm', '555-123-4567'],
      ['Phone 555.123.4567 after 6pm', '555.123.4567'],
      ['Toll free 1-800-555-1234', '1-800-555-1234'],
      ['London office 020 7946 0958, ask for Sam', '020 7946 0958'],
      ['London office (020) 7946 0958', '(020) 7946 0958'],
      ['mobile 07700 900123 any time', '07700 900123'],
      ['mobile 07700900123 any time', '07700900123'],
      ['appelez le 06 12 34 56 78', '06 12 34 56 78'],
    ])('%s', (text, phone) => {
      expect(found(text)).toEqual([['phone', phone]]);
    });

    it('is conservative with bare digit runs', () => {
      expect(found('Ticket 1234567 closed')).toEqual([]);
      expect(found('Ticket 12345678 closed')).toEqual([]);
      expect(found('Order #123456789 arrived broken')).toEqual([]);
      expect(found('Invoice 5551234567')).toEqual([]);
    });
  });

  it('never reports these ordinary comments', () => {
    const negatives = [
      '10/10 would recommend',
      'Gave it a 9 because the support was great',
      'I rate it 0 out of 10',
      '5 stars, nothing to add',
      'Delivered on 2026-09-27, two days late',
      'Ordered 27/09/2026 and still waiting',
      'Shipped 12.03.2026 at 10.30, arrived 14.03.2026',
      'Timestamp 2026-09-27T10:30:45Z in the email',
      'Paid $1,299.99 for this?!',
      'Price went from €1.299,00 to €1.499,00 in 2025',
      'I paid 1 299 999 for the car',
      'Order 12345 never arrived',
      'Ticket 20260927 still open',
      'Call back at 10:30 or 14:45:00',
      'Open 9:00-17:00 Mon-Fri only',
      '24/7 support is great',
      'Shipping took 2-3 days',
      'Updated to v2.3.1 and it crashes',
      'Does not work on Windows 10',
      'Love it on my iPhone 15 Pro',
      'Waited 45 minutes, 3 calls, 2 emails and 1 letter',
      'The 2024/2025 season pass was worth it',
      'Scores 10 20 30 40 50 60 70 80 over the years',
      'Member since 1998, spent over 10000 pounds',
      'Up +10 000 000 users this year',
      'My order number is 4111111111111112',
      'Contact support at support at example dot com',
    ];
    for (const text of negatives) expect(found(text), text).toEqual([]);
  });

  it('resolves overlaps by precedence: email > iban > card > ip > phone', () => {
    expect(found('write to 07700900123@example.com')).toEqual([['email', '07700900123@example.com']]);
    expect(found('card 4111-1111-1111-1111')).toEqual([['card', '4111-1111-1111-1111']]);
  });

  it('returns [] fast-path for text without digits or @', () => {
    expect(findPii('')).toEqual([]);
    expect(findPii('The staff were friendly and the store was clean.')).toEqual([]);
  });

  it('finds several spans of one kind in order', () => {
    expect(found('a@example.com, b@example.org and 10.0.0.1 / 10.0.0.2')).toEqual([
      ['email', 'a@example.com'],
      ['email', 'b@example.org'],
      ['ip', '10.0.0.1'],
      ['ip', '10.0.0.2'],
    ]);
  });
});

describe('redactPii', () => {
  it('replaces every found span with its placeholder', () => {
    const text = 'Call me on +44 20 7946 0958 or email jane.doe@example.co.uk, my card 4111 1111 1111 1111 was charged twice';
    expect(redactPii(text)).toBe('Call me on [phone] or email [email], my card [card] was charged twice');
    expect(redactPii('Refund DE89 3704 0044 0532 0130 00 from 192.168.1.10')).toBe('Refund [iban] from [ip]');
  });

  it('uses the spans it is given and leaves clean text alone', () => {
    const text = 'Nothing to hide here';
    expect(redactPii(text)).toBe(text);
    expect(redactPii(text, [])).toBe(text);
    const spans: PiiSpan[] = [{ kind: 'email', start: 0, end: 7 }];
    expect(redactPii(text, spans)).toBe('[email] to hide here');
  });

  it('merges overlapping and ignores out-of-range spans from callers', () => {
    const spans: PiiSpan[] = [
      { kind: 'phone', start: 4, end: 9 },
      { kind: 'card', start: 0, end: 6 },
      { kind: 'ip', start: 50, end: 60 },
    ];
    expect(redactPii('0123456789', spans)).toBe('[card]9');
  });
});

describe('findPii properties', () => {
  const piiAlphabet = fc.string({
    unit: fc.constantFrom('0', '1', '2', '4', '5', '9', ' ', '-', '.', ':', '+', '(', ')', '@', '/', ',', 'a', 'e', 'f', 'D', 'E', 'x', 'é'),
    maxLength: 80,
  });

  function checkSpans(text: string): void {
    const spans = findPii(text);
    let previousEnd = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      previousEnd = s.end;
    }
    expect(typeof redactPii(text, spans)).toBe('string');
  }

  it('spans are sorted, non-overlapping and in bounds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), checkSpans), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 120 }), checkSpans), { numRuns: 300 });
  });

  it('spans are sorted, non-overlapping and in bounds for digit- and punctuation-heavy strings', () => {
    fc.assert(fc.property(piiAlphabet, checkSpans), { numRuns: 300 });
  });
});
