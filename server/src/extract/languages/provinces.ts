/**
 * Spain's provinces and regions, as a release writes them after a city ("ROTA (Cádiz) –", "en Algeciras (Cádiz)"):
 * a province, not the city's country, so the place is the city alone (tests/fixtures/releases/README.md, Files:
 * the headquarters carries its country only).
 */
const PROVINCES = new Set(
  (
    'álava|araba|albacete|alicante|alacant|almería|asturias|ávila|badajoz|baleares|islas baleares|illes balears|' +
    'barcelona|burgos|cáceres|cádiz|cantabria|castellón|castelló|ciudad real|córdoba|cuenca|gerona|girona|granada|' +
    'guadalajara|guipúzcoa|gipuzkoa|huelva|huesca|jaén|la coruña|a coruña|la rioja|las palmas|león|lérida|lleida|' +
    'lugo|madrid|málaga|murcia|navarra|orense|ourense|palencia|pontevedra|salamanca|santa cruz de tenerife|tenerife|' +
    'segovia|sevilla|soria|tarragona|teruel|toledo|valencia|valladolid|vizcaya|bizkaia|zamora|zaragoza|ceuta|melilla|' +
    'andalucía|aragón|canarias|islas canarias|cataluña|catalunya|galicia|euskadi|país vasco|extremadura|' +
    'castilla y león|castilla-la mancha|comunidad valenciana|comunidad de madrid|región de murcia'
  ).split('|')
);

/** Whether a name written after a city is one of Spain's provinces or regions. */
export const isProvince = (name: string) => PROVINCES.has(name.trim().toLowerCase());
