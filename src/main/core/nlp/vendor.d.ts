/** natural's Porter stemmer, imported alone (natural's index loads database drivers and reads .env). */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porter: { stem(word: string): string };
  export default porter;
}
