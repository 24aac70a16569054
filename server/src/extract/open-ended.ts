import type { DateRange } from './languages/types';

// "The operation, which has no set end date, …", "l'opération n'a pas de date de fin", "la operación no tiene fecha de
// finalización", "will continue until further notice", "jusqu'à nouvel ordre", "hasta nuevo aviso": in English, French and
// Spanish, or a French or Spanish sentence that says it goes on ("L'opération se poursuit.", "La operación
// sigue abierta.") (or, in English, one that "marks its second anniversary today", or whose mandate was extended); one that
// "will run for at least six months", "durera au moins", "se prolongará al menos", "la mantiene en curso": an end beyond
// the release; one that "will continue until every last intruder has been dealt with", "se poursuivra jusqu'à ce
// que", "continuará hasta que" (until a state, not a day); one that presents "the results of the first month of Operation
// …": the month's end is no end of the operation.
const OPEN_ENDED =
  /(?<!\p{L})(?:(?:has|with)\s+no\s+(?:set\s+|fixed\s+|planned\s+)?end\s+date|is\s+open-ended|marks\s+its\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+anniversary|(?:extended|prolonged)\s+(?:the\s+operation's|its)\s+mandate|until\s+further\s+notice|results\s+of\s+the\s+first\s+(?:(?:two|three|four|six|\d+)\s+)?(?:month|months|weeks?|days|hundred\s+days)\s+of\s+(?:the\s+)?[Oo]peration|will\s+(?:continue|go\s+on)\s+until\s+(?!(?:the\s+)?(?:end|middle|close|beginning|start)\b|(?:mid|early|late|next)\b|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|(?:se\s+poursuivra|continuera)\s+jusqu'à\s+ce\s+qu|(?:continuará|seguirá)\s+hasta\s+que\s|will\s+(?:run|continue|last)\s+(?:for\s+)?at\s+least|(?:durera|se\s+poursuivra)\s+(?:pendant\s+)?au\s+moins|(?:durará|se\s+prolongará|continuará)\s+(?:durante\s+)?al\s+menos|(?:l'opération|le\s+dispositif|la\s+operación|el\s+operativo)\s+(?:se\s+poursuit|est\s+toujours\s+en\s+cours|continúa|sigue\s+(?:abierta|en\s+marcha|activa|en\s+curso))\s*[.;]|jusqu'à\s+nouvel\s+ordre|hasta\s+nuevo\s+aviso|(?:la|lo|se)\s+mantiene\s+en\s+curso|(?:n'a|sans)\s+(?:pas\s+de\s+)?date\s+de\s+fin|(?:no\s+tiene|sin)\s+fecha\s+de\s+(?:finalización|fin|término|cierre))(?!\p{L})/iu;

/**
 * A period whose operation the release says has no end (`OPEN_ENDED`, in a sentence `earlier` does not set apart):
 * its first day only, its last being where the figures it tells were counted to ("detected 1,416 migrants between 2
 * August and 28 October").
 */
export function openEnded(
  period: DateRange | undefined,
  sentences: readonly { text: string; index: number }[],
  earlier: (index: number) => boolean
): DateRange | undefined {
  if (!period?.endDate || period.endOnly) return period;
  const open = sentences.some((s) => OPEN_ENDED.test(s.text) && !earlier(s.index));
  return open ? { ...period, endDate: undefined } : period;
}
