import type { IntlPhrases } from './intl-types';

export const ES: IntlPhrases = {
  slots: {
    duracion: ['45 minutos', 'más de una hora', 'dos horas', '40 min', 'una eternidad'],
    dias: ['tres días', 'una semana', 'dos semanas', '10 días', 'más de un mes'],
    veces: ['tres veces', 'varias veces', '4 veces', 'dos veces'],
    muy: ['muy', 'súper', 'realmente', 'demasiado'],
  },
  clauses: {
    wait_times: [
      '[esperé|tuve que esperar] {duracion} [en línea|al teléfono|para hablar con alguien]',
      '[es imposible|nunca logro] comunicarme con atención al cliente',
      'los tiempos de espera son [demasiado largos|inaceptables|eternos]',
    ],
    billing_refunds: [
      '[me cobraron|me han cobrado] dos veces [este mes|el mismo mes]',
      '[todavía no|nunca] [recibí|me llegó] el reembolso[ después de {dias}|]',
      'la factura [estaba mal|tenía cargos ocultos|es confusa]',
    ],
    app_crashes: [
      'la aplicación [se cierra sola|se cae|se congela] [todo el tiempo|desde la actualización|cada vez que la abro]',
      '[demasiados|muchos] errores en la app',
    ],
    delivery_late: [
      '[mi pedido|el paquete|la entrega] llegó con {dias} de retraso',
      'entrega [muy lenta|siempre tarde|nunca llegó]',
      'el repartidor [nunca vino|dejó el paquete en otra dirección]',
    ],
    price_too_high: ['[muy caro|demasiado caro|precio muy alto]', 'subieron el precio otra vez'],
    slow_resolution: [
      'tuve que llamar {veces} por el mismo problema',
      '[mi problema|el problema] [sigue sin resolverse|no se ha solucionado][ después de {dias}|]',
    ],
    unhelpful_staff: ['el agente [fue grosero|no ayudó en nada|no sabía nada]', 'nadie me dio una solución'],
    reliability: ['el servicio [se cae|falla] [constantemente|otra vez]', '[demasiadas|muchas] caídas del sistema'],
    friendly_staff: ['[atención|personal|agente] [muy |súper |][amable|atento|profesional]', 'me atendieron de maravilla'],
    easy_to_use: ['[muy |súper |][fácil|sencilla] de usar', 'la app es [intuitiva|práctica]'],
    great_product: ['[excelente|muy buen|gran] [producto|servicio]', 'estoy {muy} contento'],
    fast_delivery: ['entrega [rápida|muy rápida|a tiempo]', 'el pedido llegó [antes de lo esperado|al día siguiente]'],
    fast_support: ['resolvieron mi problema [rápido|en la primera llamada|en minutos]'],
  },
  general: {
    general_positive: ['Muy bien', 'Excelente', 'Todo bien', 'Perfecto', 'Genial', 'Muy contento', 'Buenísimo'],
    general_neutral: ['Normal', 'Regular', 'Más o menos', 'Está bien', 'ni fu ni fa'],
    general_negative: ['Malo', 'Pésimo', 'Muy decepcionado', 'Mala experiencia', 'Terrible'],
    non_answer: ['nada', 'ninguna', 'no', '-'],
  },
  contrast: [' pero ', ', aunque ', ', sin embargo '],
  closersNegative: ['Muy decepcionado', 'Voy a cancelar', 'Inaceptable', 'Qué pena', 'Mejoren'],
  closersPositive: ['Gracias', 'Sigan así', 'Lo recomiendo', 'Felicidades'],
};
