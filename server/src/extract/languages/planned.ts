/**
 * Another phase or edition still to come, in each language (`LanguageRules.earlier.planned`): "A second phase,
 * planned for March 2026, will involve 40 countries", "La prochaine édition est programmée pour 2027", "Una segunda
 * fase, prevista para marzo de 2026, reunirá a 40 países". Not this operation told in the future ("Operation Lionfish,
 * which led to 212 arrests, will be repeated"), nor its own second phase told as done.
 */

export const EN_PLANNED =
  /\b(?:second|third|fourth|next|new|further|follow-up|another|upcoming|forthcoming|future)\s+(?:[\w-]+\s+)?(?:phase|edition|round|operation|stage|wave|campaign)s?\b[^.;!?\n]{0,80}?\b(?:(?:is|are|was|were)\s+(?:already\s+)?(?:being\s+)?(?:planned|scheduled|foreseen|envisaged|expected|due|set)|planned|scheduled|will|would)\b/i;

export const FR_PLANNED =
  /(?<![\p{L}])(?:deuxième|seconde|troisième|quatrième|prochaine|nouvelle|autre|future)\s+(?:[\p{L}-]+\s+)?(?:phase|édition|opération|vague|campagne|étape)s?(?![\p{L}])[^.;!?\n]{0,80}?(?<![\p{L}])(?:(?:est|sont|était|étaient)\s+(?:déjà\s+)?(?:prévue?s?|programmée?s?|planifiée?s?|envisagée?s?|attendue?s?)|prévue?s?|programmée?s?|aura|auront|se\s+tiendra|se\s+déroulera|réunira|impliquera|ciblera|devrait|devraient)(?![\p{L}])/iu;

export const ES_PLANNED =
  /(?<!\p{L})(?:segunda|tercera|cuarta|próxima|nueva|otra|futura)\s+(?:[\p{L}-]+\s+)?(?:fase|edición|operación|oleada|campaña|etapa)s?(?!\p{L})[^.;!?\n]{0,80}?(?<!\p{L})(?:(?:está|están|estaba|estaban)\s+(?:ya\s+)?(?:previst[oa]s?|programad[oa]s?|planificad[oa]s?)|previst[oa]s?|programad[oa]s?|tendrá|tendrán|se\s+celebrará|se\s+desarrollará|se\s+llevará|reunirá|involucrará|implicará|abarcará)(?!\p{L})/iu;
