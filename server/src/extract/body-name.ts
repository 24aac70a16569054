// Bodies known by their own name in their own language, one country's only, whole without its adjective: "the Spanish
// Guardia Civil", "la Guardia Civil espagnole", "los Carabinieri italianos" are the Guardia Civil, the Carabinieri
// (a "Police nationale" or a "Policía Nacional" is many countries': "Police nationale ivoirienne" keeps its own).
const OWN_NAME =
  /^(?:Guardia Civil|Guardia di Finanza|Carabinieri|Polícia Federal|Polizia di Stato|Bundeskriminalamt|Garda Síochána|Mossos d'Esquadra|Ertzaintza|Polícia Judiciária)(?!\p{L})/iu;
// (an English adjective of a country: "Spanish", "Italian", "Portuguese", "Dutch"; not "An Garda Síochána")
const ADJECTIVE_BEFORE = /^\p{Lu}\p{Ll}+(?:an|ish|ese|ch)\s+/u;
const ADJECTIVE_AFTER = /^\s+\p{Ll}+$/u;
function ownName(name: string): string {
  const before = ADJECTIVE_BEFORE.exec(name);
  const bare = before && OWN_NAME.test(name.slice(before[0].length)) ? name.slice(before[0].length) : name;
  const own = OWN_NAME.exec(bare);
  return own && ADJECTIVE_AFTER.test(bare.slice(own[0].length)) ? own[0] : bare;
}

/**
 * A national body's name as the text writes it, styled with its capital ("police nationale": "Police nationale"),
 * without the country's adjective beside a name of its own language ("the Spanish Guardia Civil": "Guardia Civil").
 */
export const styled = (name: string) => {
  const own = ownName(name);
  return own[0].toUpperCase() + own.slice(1);
};
