import type { IntlPhrases } from './intl-types';

export const FR: IntlPhrases = {
  slots: {
    duree: ['45 minutes', 'plus d\'une heure', 'deux heures', '40 min', 'une éternité'],
    jours: ['trois jours', 'une semaine', 'deux semaines', '10 jours', 'plus d\'un mois'],
    fois: ['trois fois', 'plusieurs fois', '4 fois', 'deux fois'],
    tres: ['très', 'vraiment', 'trop', 'super'],
  },
  clauses: {
    wait_times: [
      '[j\'ai attendu|attente de] {duree} [au téléphone|en ligne|avant de parler à quelqu\'un]',
      '[impossible de joindre|on n\'arrive jamais à joindre] le service client',
      'les temps d\'attente sont [beaucoup trop longs|inacceptables|interminables]',
    ],
    billing_refunds: [
      '[j\'ai été|on m\'a] prélevé deux fois [ce mois-ci|pour le même mois]',
      '[toujours pas|jamais] reçu mon remboursement [après {jours}|]',
      'la facture [était fausse|est incompréhensible|comportait des frais cachés]',
    ],
    app_crashes: [
      'l\'application [plante|se ferme toute seule|bugue] [tout le temps|sans arrêt|depuis la mise à jour]',
      '[trop de|beaucoup de] bugs [dans l\'appli|depuis la dernière version]',
    ],
    delivery_late: [
      '[ma commande|mon colis|la livraison] est arrivé[e|] avec {jours} de retard',
      'livraison [très lente|toujours en retard|jamais arrivée]',
      'le livreur [n\'est jamais passé|a laissé le colis au mauvais endroit]',
    ],
    price_too_high: ['[trop cher|beaucoup trop cher|prix trop élevé]', 'l\'abonnement a encore augmenté'],
    slow_resolution: [
      'j\'ai dû [appeler|relancer] {fois} pour le même problème',
      '[mon problème|le problème] n\'est toujours pas résolu [après {jours}|]',
    ],
    unhelpful_staff: ['le conseiller [n\'a pas été aidant|était désagréable|ne connaissait pas le produit]', 'personne ne m\'a aidé'],
    reliability: ['le service est [souvent|encore] en panne', '[trop de|encore des] coupures'],
    friendly_staff: ['[conseiller|équipe|personnel] [très |super |][sympathique|aimable|compétent|à l\'écoute]', 'service client {tres} agréable'],
    easy_to_use: ['[très |super |][facile|simple] à utiliser', 'application [intuitive|claire et pratique]'],
    great_product: ['[excellent|très bon|super] [produit|service]', 'je [l\'adore|suis très satisfait|suis ravie]'],
    fast_delivery: ['livraison [rapide|très rapide|dans les temps]', 'colis reçu [en avance|le lendemain]'],
    fast_support: ['problème [résolu|réglé] [rapidement|dès le premier appel|en quelques minutes]'],
  },
  general: {
    general_positive: ['Très bien', 'Parfait', 'Top', 'Excellent', 'Rien à dire', 'Génial', 'Très satisfait'],
    general_neutral: ['Bof', 'Correct', 'Pas mal', 'Moyen', 'ça va'],
    general_negative: ['Nul', 'Très déçu', 'Mauvaise expérience', 'Déçue', 'À éviter'],
    non_answer: ['rien', 'aucun', 'non', '-'],
  },
  contrast: [' mais ', ', par contre ', ', cependant '],
  closersNegative: ['Très déçu', 'Je vais résilier', 'Inadmissible', 'Dommage', 'À revoir'],
  closersPositive: ['Merci', 'Continuez comme ça', 'Je recommande', 'Bravo'],
};
