/**
 * The regions of a country that releases write after a city as if they were its country: Spain's provinces and
 * regions ("ROTA (Cádiz) –", "en Algeciras (Cádiz)"), the states of the United States ("à Arlington, en Virginie"),
 * Mexico, Venezuela ("PUERTO AYACUCHO, Amazonas") and Brazil, Colombia's departments, Argentina's and Canada's
 * provinces, Peru's regions, India's and Australia's states, Italy's regions ("desde Catanzaro (Calabria)"), France's overseas regions ("CAYENA (Guayana Francesa) –"). The place is then the city alone (tests/fixtures/releases/README.md, Files: the
 * headquarters carries its country only). Names shared with a country (Georgia, Géorgie) are left out.
 */
const PROVINCES = new Set(
  (
    'álava|araba|albacete|alicante|alacant|almería|asturias|ávila|badajoz|baleares|islas baleares|illes balears|' +
    'barcelona|burgos|cáceres|cádiz|cantabria|castellón|castelló|ciudad real|córdoba|cuenca|gerona|girona|granada|' +
    'guadalajara|guipúzcoa|gipuzkoa|huelva|huesca|jaén|la coruña|a coruña|la rioja|las palmas|león|lérida|lleida|' +
    'lugo|madrid|málaga|murcia|navarra|orense|ourense|palencia|pontevedra|salamanca|santa cruz de tenerife|tenerife|' +
    'segovia|sevilla|soria|tarragona|teruel|toledo|valencia|valladolid|vizcaya|bizkaia|zamora|zaragoza|ceuta|melilla|' +
    'andalucía|aragón|canarias|islas canarias|cataluña|catalunya|galicia|euskadi|país vasco|extremadura|' +
    'castilla y león|castilla-la mancha|comunidad valenciana|comunidad de madrid|región de murcia|' +
    // the United States, in English, French and Spanish
    'alabama|alaska|arizona|arkansas|california|californie|colorado|connecticut|delaware|florida|floride|hawaii|' +
    'idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|louisiane|luisiana|maine|maryland|massachusetts|michigan|' +
    'minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|nouveau-mexique|' +
    'nuevo méxico|new york|north carolina|caroline du nord|carolina del norte|north dakota|ohio|oklahoma|oregon|' +
    'pennsylvania|pennsylvanie|pensilvania|rhode island|south carolina|caroline du sud|carolina del sur|' +
    'south dakota|tennessee|texas|utah|vermont|virginia|virginie|west virginia|wisconsin|wyoming|' +
    'nueva jersey|nueva york|nuevo hampshire|dakota del norte|dakota del sur|virginia occidental|misuri|misisipi|' +
    'hawái|dakota du nord|dakota du sud|virginie-occidentale|' +
    // Italy's regions, in Italian, English, French and Spanish ("desde Catanzaro (Calabria)")
    'calabria|calabre|sicilia|sicily|sicile|lombardia|lombardía|lombardy|lombardie|piemonte|piamonte|piedmont|piémont|' +
    'veneto|véneto|vénétie|campania|campanie|puglia|apulia|pouilles|lazio|lacio|latium|toscana|tuscany|toscane|' +
    'emilia-romagna|emilia-romaña|émilie-romagne|liguria|ligurie|basilicata|abruzzo|abruzos|abruzzes|molise|umbria|' +
    'ombrie|friuli-venezia giulia|trentino-alto adige|' +
    // France's overseas regions, written after their cities as if they were countries
    'guayana francesa|guyane|guyane française|french guiana|martinique|martinica|guadeloupe|la réunion|' +
    // Canada
    'ontario|british columbia|colombie-britannique|alberta|manitoba|saskatchewan|nova scotia|nouvelle-écosse|' +
    'new brunswick|nouveau-brunswick|' +
    // Mexico, Venezuela, Colombia, Brazil, Argentina, Peru
    'sinaloa|sonora|jalisco|michoacán|guerrero|tamaulipas|veracruz|oaxaca|chiapas|baja california|nuevo león|' +
    'coahuila|durango|zacatecas|quintana roo|yucatán|tabasco|morelos|guanajuato|nayarit|campeche|tlaxcala|' +
    'amazonas|zulia|táchira|apure|anzoátegui|falcón|carabobo|aragua|antioquia|cauca|valle del cauca|nariño|chocó|' +
    'putumayo|caquetá|guaviare|arauca|norte de santander|la guajira|paraná|minas gerais|bahia|pará|mato grosso|' +
    'rio grande do sul|santa catarina|goiás|pernambuco|roraima|rondônia|misiones|corrientes|chaco|jujuy|neuquén|' +
    'chubut|entre ríos|cusco|loreto|madre de dios|ucayali|' +
    // India's states ("Dehradun (Uttarakhand) –"), Pakistan's provinces, Australia's states
    'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|' +
    'karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|' +
    'tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|jammu and kashmir|sindh|khyber pakhtunkhwa|' +
    'balochistan|new south wales|queensland|tasmania|western australia|south australia|northern territory'
  ).split('|')
);

/** Whether a name written after a city is one of these regions, not a country. */
export const isProvince = (name: string) => PROVINCES.has(name.trim().toLowerCase());
