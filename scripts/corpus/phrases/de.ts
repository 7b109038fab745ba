import type { IntlPhrases } from './intl-types';

export const DE: IntlPhrases = {
  slots: {
    dauer: ['45 Minuten', 'über eine Stunde', 'zwei Stunden', '40 Min.', 'eine Ewigkeit'],
    tage: ['drei Tage', 'eine Woche', 'zwei Wochen', '10 Tage', 'über einen Monat'],
    mal: ['dreimal', 'mehrmals', '4 Mal', 'zweimal'],
    sehr: ['sehr', 'wirklich', 'extrem', 'total'],
  },
  clauses: {
    wait_times: [
      '[ich habe|musste] {dauer} in der Warteschleife [gehangen|warten]',
      'der Kundenservice ist [nie|kaum] erreichbar',
      '[viel zu lange|unzumutbare] Wartezeiten',
    ],
    billing_refunds: [
      '[mir wurde|es wurde] doppelt abgebucht',
      '[ich warte immer noch auf meine Rückerstattung|habe nie meine Rückerstattung bekommen]',
      'die Rechnung [war falsch|ist unverständlich|enthielt versteckte Gebühren]',
    ],
    app_crashes: [
      'die App [stürzt ständig ab|hängt sich auf|funktioniert nicht] [seit dem Update|dauernd|]',
      '[zu viele|viele] Fehler in der App',
    ],
    delivery_late: [
      '[die Lieferung|mein Paket|die Bestellung] kam {tage} zu spät',
      '[Lieferung|Versand] [sehr langsam|immer verspätet|nie angekommen]',
      'der Paketbote hat [nie geklingelt|das Paket beim falschen Nachbarn abgegeben]',
    ],
    price_too_high: ['[zu teuer|viel zu teuer|Preis zu hoch]', 'schon wieder eine Preiserhöhung'],
    slow_resolution: [
      'ich musste {mal} wegen desselben Problems anrufen',
      '[mein Problem|das Problem] ist [nach {tage} |]immer noch nicht gelöst',
    ],
    unhelpful_staff: ['der Mitarbeiter war [unfreundlich|nicht hilfreich|ahnungslos]', 'niemand fühlt sich zuständig'],
    reliability: ['der Dienst ist [ständig|schon wieder] ausgefallen', '[zu viele|häufige] Störungen'],
    friendly_staff: ['[sehr |super |][freundlicher|kompetenter|hilfsbereiter] [Kundenservice|Mitarbeiter|Support]'],
    easy_to_use: ['[sehr |total |][einfach|leicht] zu bedienen', '[übersichtliche|intuitive] App'],
    great_product: ['[tolles|super|sehr gutes] [Produkt|Angebot]', 'bin {sehr} zufrieden'],
    fast_delivery: ['[schnelle|pünktliche|sehr schnelle] Lieferung', 'Paket kam [am nächsten Tag|früher als erwartet]'],
    fast_support: ['Problem wurde [schnell|sofort|beim ersten Anruf] gelöst'],
  },
  general: {
    general_positive: ['Sehr gut', 'Super', 'Alles bestens', 'Top', 'Perfekt', 'Zufrieden', 'Klasse'],
    general_neutral: ['Ganz ok', 'Geht so', 'Mittelmäßig', 'Passt schon', 'naja'],
    general_negative: ['Schlecht', 'Sehr enttäuscht', 'Katastrophe', 'Unmöglich', 'Nie wieder'],
    non_answer: ['nichts', 'keine', 'k.A.', '-'],
  },
  contrast: [' aber ', ', allerdings ', ', jedoch '],
  closersNegative: ['Sehr enttäuschend', 'Ich werde kündigen', 'Unmöglich', 'Schade', 'Bitte verbessern'],
  closersPositive: ['Danke', 'Weiter so', 'Gerne wieder', 'Empfehlenswert'],
};
