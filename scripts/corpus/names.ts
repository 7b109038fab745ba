import type { Language, Region } from './themes';

/** First and last names by where a customer lives; accents kept (emails strip them). */
const FIRST_EN = [
  'James', 'Mary', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas',
  'Mia', 'Jackson', 'Amelia', 'Aiden', 'Harper', 'Elijah', 'Evelyn', 'Grace', 'Daniel', 'Chloe', 'Ryan',
  'Hannah', 'Tyler', 'Zoë', 'Marcus', 'Aaliyah', 'DeShawn', 'Kenji', 'Priya', 'Omar', 'Fatima', 'Connor',
];
const LAST_EN = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young',
  'King', 'Wright', 'Hill', 'Green', 'Baker', 'Patel', 'Nguyen', 'Kim', "O'Brien", 'Murphy', 'Kelly',
];
const FIRST_FR = ['Camille', 'Léa', 'Chloé', 'Manon', 'Hugo', 'Louis', 'Théo', 'Gabriel', 'Inès', 'Jérôme', 'Hélène', 'François', 'Amélie', 'Noé'];
const LAST_FR = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Béranger'];
const FIRST_DE = ['Lukas', 'Leon', 'Jonas', 'Anna', 'Lena', 'Marie', 'Felix', 'Jürgen', 'Sophie', 'Maximilian', 'Björn', 'Katrin', 'Jörg'];
const LAST_DE = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Koch', 'Krüger', 'Hoffmann'];
const FIRST_ES = ['José', 'María', 'Lucía', 'Sofía', 'Mateo', 'Santiago', 'Valentina', 'Camila', 'Diego', 'Andrés', 'Ximena', 'Martín', 'Ana'];
const LAST_ES = ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Gómez', 'Núñez'];
const FIRST_APAC = ['Wei', 'Yuki', 'Aarav', 'Min-jun', 'Hiroshi', 'Siti', 'Ananya', 'Jia', 'Arjun', 'Mei', 'Ravi', 'Haruto', 'Nguyen', 'Chloe', 'Jack'];
const LAST_APAC = ['Wang', 'Li', 'Zhang', 'Tanaka', 'Sato', 'Kim', 'Park', 'Sharma', 'Gupta', 'Tan', 'Lim', 'Wong', 'Singh', 'Nakamura', 'Chen'];

export function namePools(region: Region, language: Language): { first: readonly string[]; last: readonly string[] } {
  if (language === 'fr') return { first: FIRST_FR, last: LAST_FR };
  if (language === 'de') return { first: FIRST_DE, last: LAST_DE };
  if (language === 'es') return { first: FIRST_ES, last: LAST_ES };
  if (region === 'APAC') return { first: FIRST_APAC, last: LAST_APAC };
  return { first: FIRST_EN, last: LAST_EN };
}

/** Reserved example domains only (RFC 2606 / 6761), so no real mailbox is ever named. */
export const EMAIL_DOMAINS = [
  'example.com', 'example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example',
  'post.example', 'corp.example', 'northwind.example', 'contoso.example',
];

/** Lower-case ASCII for an email local part: "Lefèvre" -> "lefevre", "O'Brien" -> "obrien". */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9-]/g, '')
    .toLowerCase();
}
