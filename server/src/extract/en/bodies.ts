/**
 * English: how a release names the body that led the operation ("The operation was led by the National Crime Agency")
 * and the one that tells its results ("…, the Ministry of Public Security said."), as the agency rules read them.
 */

// A national body by its name: an acronym that is no state's ("FBI", not "USA"), or capitalised words ending on the
// word for a force or service ("Metropolitan Police Service", "Federal Bureau of Investigation"), after the place
// that owns it ("London's"); not one of its units ("the Met's Cyber Crime Unit": whose, it does not say), nor part of
// a longer name ("the United Nations Office on Drugs and Crime").
// (and a national force by its own name, as English releases write it: "the Guardia Civil", "the Policía Nacional",
// "Police Scotland")
const OWN_NAME =
  "(?:Police Scotland|Guardia Civil|Guardia di Finanza|Carabinieri|Policía Nacional|Polícia Federal|Polizia di Stato|Police nationale|Gendarmerie nationale|Bundeskriminalamt|Bundespolizei|Ertzaintza|Mossos d'Esquadra)";
const FORCE = `(?:Police|Service|Agency|Bureau|Board|Force|Squad|Constabulary|Garda\\s+Síochána|Gendarmerie|Guard|Carabinieri|Customs|Office|Directorate|Administration|Authority|Ministry|Command|Centre|Center|Department|Investigations|Navy|Army|Armed\\s+Forces|${OWN_NAME})`;
// (a centre named by what it does is a unit, a place, no body: "the National Command Centre", "a Joint Operations Center")
const NOT_A_UNIT =
  '(?!(?:(?:National|Joint|Regional|International|Operations|Operational|Command|Coordination|Co-ordination|Control|Fusion|Situation|Emergency|Monitoring)\\s+)+Cent(?:re|er)\\b)';
// ("the City of London Police", "the U.S. Marshals Service", "the French Armed Forces in New Caledonia (FANC)": a place
// in the name, its initials after it; "the Styrian State Office for the Protection of the Constitution and
// Counter-Terrorism (LVT)": what it is for, its initials after it; "the Office of Juvenile Justice and Delinquency
// Prevention (OJJDP)"; "the Reggio Calabria District Anti-Mafia Directorate": a hyphenated word; "the NSW Police Force":
// initials before the force's word are part of its name; its words on one line: "Garda Press Office" over "An Garda
// Síochána" on the next is no name)
const BODY = `(?:(?!(?:USA|UAE|UK|US|EU|UN)(?![\\p{L}]))\\p{Lu}{3,6}(?![\\p{L}\\d])(?!\\s+(?:Cent(?:re|er)|Agency|Bureau|Office|Service|Police)\\b)|${NOT_A_UNIT}(?:(?:\\p{Lu}\\.){2,3}\\s+)?(?:\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*)?[^\\S\\n]+(?:of\\s+(?=\\p{Lu}))?){0,4}${FORCE}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|and|on|against|the)\\s+){0,3}\\p{Lu}[\\p{L}-]*){2,6}(?=\\s+\\(\\p{Lu}{2,6}\\))|\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?|\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?(?=\\s+\\(\\p{Lu}{2,6}\\))|\\s+(?:for|on|against)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|and|on|against|the)\\s+){0,3}\\p{Lu}[\\p{L}-]*){0,6}(?=\\s+\\(\\p{Lu}{2,6}\\)))?(?![\\p{L}]|\\s+(?:(?:on|of|for|against)\\s+(?:the\\s+)?)?\\p{Lu}|-(?!led\\s)\\p{Ll}))`;
// ("planned and led by", "planned and coordinated by", "planned and carried out by": two verbs, the last one the lead's)
const LED_VERB =
  '(?:(?:planned|organi[sz]ed|prepared)\\s+and\\s+)?(?:led|coordinated|run|directed|headed|spearheaded|conducted|organi[sz]ed|(?<=and\\s)carried\\s+out)';
const OPERATION_NOUN =
  '(?:operation|investigation|inquiry|enquiry|action|crackdown|takedown|probe|case|effort|sweep|surge|blitz|campaign|initiative)';
// "The National Crime Agency (NCA) today set out the results of Operation Venetic": the body that tells its results
// (also "the year-end results of Operation …", "the results of Kunlun 2020, its nationwide campaign", "the results of the
// first month of Operation Fardh al-Qanoon").
// (or carried one out: "The Central Bureau of Investigation (CBI) carried out a nationwide operation code-named …")
const RESULTS_OF =
  '(?:\\s+\\(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,6}\\))?\\s+(?:(?:has\\s+|have\\s+)?(?:today\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:gave|published|issued|released|provided)\\s+(?:an|its|a\\s+further)\\s+(?:(?:latest|new|further|first|final|annual)\\s+)?update\\s+on\\s+Operation\\b|(?:has\\s+|have\\s+)?(?:today\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:set\\s+out|announced|presented|published|unveiled|released)(?:\\s+today)?\\s+the\\s+(?:(?:first|initial|latest|final|preliminary|year-end|annual)\\s+)?results\\s+of\\s+(?:the\\s+first\\s+(?:[\\w-]+\\s+)?(?:month|months|weeks?|days|phase)\\s+of\\s+)?(?:(?:its\\s+|the\\s+)?[Oo]peration\\b|(?=\\p{Lu}[\\p{L}\\d-]*(?:\\s[\\p{Lu}\\d][\\p{L}\\d-]*){0,3},\\s(?:its|their)\\s))|(?:carried\\s+out|conducted|launched|mounted)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?operation\\s+(?:code-?named|called|named|dubbed)\\b)';
// "The Hellenic Police, which leads the operation, deployed …": the body leads (not a body's unit, "HSI's New York Field
// Office, which directed the operation", nor a name's last words).
const WHICH_LEADS =
  ',\\s+which\\s+(?:leads|led|heads|headed|coordinates|coordinated|directs|directed|is\\s+leading)\\s+the\\s+(?:operation|investigation)\\b';
// A body named as leading the operation in the words that name it: "FBI-led Operation X", "Operation X, an
// international investigation led by London's Metropolitan Police Service", "The operation was led by the NCA"
// (not "the investigation was led by …", which may be one country's part of it); "Operation Cyber Chase, an
// investigation by the Drug Enforcement Administration"; "A nationwide crackdown on internet fraud led by the Federal
// Bureau of Investigation".
// (a body's unit named first leads as the body: "coordinated by the National Coordination Centre of the SBGS"; a
// sentence opening on the lead, "Launched by the International Narcotics Control Board (INCB) under …, the operation";
// "a four-day statewide blitz by the NSW Police Force"; "The operations were carried out … and were coordinated by")
export const LED_BY = new RegExp(
  `(?:(?<![\\p{L}\\d'-])(?=${BODY}-led\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OPERATION_NOUN}|Operation)\\b)|\\b(?:a|an) (?:(?:targeted|joint|major|large-scale|covert|planned|pre-planned|coordinated|nationwide|proactive) )?(?=${BODY}\\s+\\(\\p{Lu}{2,6}\\)\\s+(?:operation|investigation|crackdown)\\b)|(?<![\\p{L}\\d'-])(?![Tt]he\\s)(?=${BODY}${RESULTS_OF})(?<reported>)|(?<![\\p{L}\\d'-]|'s\\s|\\p{Lu}\\p{L}*\\s(?<![Tt]he\\s))(?![Tt]he\\s)(?=${BODY}${WHICH_LEADS})|\\bOperation\\s+["']?\\p{Lu}[\\p{L}\\d'-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.'-]*){0,3},\\s+(?:an?|the|its)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:investigation|inquiry|probe|operation)\\s+by\\s+(?:the\\s+)?|\\b(?:Operation\\s+["']?\\p{Lu}[\\p{L}\\d'-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.'-]*){0,3}["”]?(?:,\\s+(?:an?|the|its)\\s+(?:[\\p{L}-]+\\s+){0,4}?${OPERATION_NOUN}|\\s+(?:is|was)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${OPERATION_NOUN}(?:\\s+(?:of|into|against|on)\\s+\\S[^,.;]{0,80})?,|,\\s+which\\s+(?:was|is|has\\s+been)|,|\\s+(?:was|is|has\\s+been))|(?:[Tt]he|[Tt]his)\\s+(?:investigation|inquiry|probe),\\s(?:the|an?)\\s[^,.;]{1,60}?\\s(?:of|in)\\sOperation\\s[^,.;]{1,40},\\s+(?:was|is|has\\s+been)|(?:[Tt]he|[Tt]his)\\s+(?:operation|action|crackdown)(?:,\\s+which|,\\s+(?:known\\s+as|code-?named|dubbed|called|named)\\s+[^,.;]{1,60},|,\\s+which\\s+(?:ran|took\\s+place|lasted|began|started)\\s[^.;]{1,80}?,)?\\s+(?:was|is|has\\s+been)|(?:[Tt]he|[Tt]his)\\s+(?:operation|action|crackdown|campaign),|[Tt]he\\s+(?:raids|searches|arrests),\\s+(?:known\\s+as|code-?named|dubbed|called|named)\\s+[^,.;]{1,60},\\s+(?:were|have\\s+been)|(?<=^|[.!?]\\s|\\n)(?:The\\s+)?[Oo]perations\\s+(?:were|have\\s+been)|(?<=^|[.!?]\\s|\\n)(?:The\\s+)?[Oo]perations?\\s+(?:were|was|have\\s+been|has\\s+been)\\s(?!(?:led|coordinated|run|directed)\\s)(?:[^\\s.;!?]+\\s){1,30}?and\\s(?:were|was|have\\s+been|has\\s+been)|(?<=(?:^|[.!?]\\s|\\n)(?:The\\s+)?(?:[Oo]perations|[Rr]aids)\\s[^.!?\\n]{1,200}[.!?]\\s)They\\s+(?:were|have\\s+been)|(?:[Tt]he|[Tt]his)\\s+(?:operation|offensive|campaign)\\s+(?:was|has\\s+been)\\s+launched\\s+(?:on|in)\\s[^.;,]{1,40}?\\sand\\s+(?:is|was|has\\s+been)|(?<=^|[.!?]\\s|\\n)It\\s+(?:was|is|has\\s+been)|(?<=^|[.!?]\\s|\\n)(?!(?:The|This|It|He|She|They|We|Police|INTERPOL|Interpol|Europol|Frontex)\\s)\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:\\s+(?:\\p{Lu}[\\p{L}'-]*|[IVXLC]+|\\d+)){0,2}\\s+(?:was|is|has\\s+been)|(?<=^|[.!?]\\s|\\n)(?:Launched|Led|Coordinated|Organi[sz]ed|Directed|Spearheaded)(?=\\sby\\s)|(?<![\\p{L}])(?:[Aa]n|[Aa])\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${OPERATION_NOUN}(?:\\s+(?:against|targeting|into)\\s+\\S[^,.;\\n]{0,60},|\\s+(?:against|targeting|into|on)(?:\\s+[\\p{Ll}-]+){1,4}?(?=\\s+(?:led|coordinated|run|directed|headed|spearheaded)\\s+by\\b))?)\\s+(?<jointly>jointly\\s+)?(?:${LED_VERB}\\s+|(?<=(?:^|[.!?]\\s|\\n)(?:Launched|Led|Coordinated|Organi[sz]ed|Directed|Spearheaded)\\s)|(?<=(?<![\\p{L}])[Aa]n?\\s(?:[\\p{L}\\d-]+\\s){0,3}?(?:operation|crackdown|blitz|sweep|surge|campaign)\\s))(?<together>jointly\\s+)?by\\s+(?:the\\s+)?(?:(?<owner>\\p{Lu}{2,6})'s\\s+(?=(?:\\p{Lu}\\p{L}*\\s+){0,4}${FORCE})|\\p{Lu}\\p{L}*'s\\s+(?=(?:\\p{Lu}\\p{L}*\\s+){0,4}${FORCE}))?)(?:(?:\\p{Lu}[\\p{L}-]*\\s+(?:and\\s+)?){0,5}(?:Centre|Center|Unit|Division|Directorate|Department|Command|Bureau|Section)(?:\\s+\\(\\p{Lu}{2,8}\\))?\\s+(?:of|at|within)\\s+(?:the\\s+)?(?!${FORCE}\\s*(?:[,.;:)]|$)))?(?<body>${BODY})(?<partner>(?:\\s+\\([^()\\n]{1,60}\\))?(?:\\s+(?:and|&)\\s+(?:the\\s+)?\\p{Lu}|,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}${FORCE}(?![\\p{L}])[^.;]{0,120}?\\s(?:and|&)\\s+(?:the\\s+)?\\p{Lu}))?`,
  'gu'
);
// A body by its own name, never a bare force word ("Police have arrested …"): an acronym, or capitalised words before
// the force's word, on one line ("The National Crime Agency", "the Australian Federal Police (AFP)", "The U.S. Coast
// Guard").
const NAMED_BODY = `(?:(?!(?:USA|UAE|UK|US|EU|UN)(?![\\p{L}]))\\p{Lu}{3,6}(?![\\p{L}\\d])|(?:Directorate|Ministry)\\s+of\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2}(?![\\p{L}])|(?:(?:\\p{Lu}\\.){2,3} +)?(?:(?!The )\\p{Lu}\\p{L}* +(?:(?:and|of|for) +)?){1,4}${FORCE}(?: +of +(?:the +)?\\p{Lu}\\p{L}*(?: +\\p{Lu}\\p{L}*)?)?(?![\\p{L}])|${OWN_NAME}(?![\\p{L}]))`;
// (or its officers: "Officers of the National Police have arrested 25 people"; or an aside on whose it is: "The Polícia
// Federal (PF), Brazil's federal police, rescued 412 workers")
// (or by its own language's name, set beside the English one: "Germany's Federal Criminal Police Office, the
// Bundeskriminalamt (BKA), shut down …", "Brazil's Federal Police, the Polícia Federal (PF), has moved against …")
// ("Brazil's Federal Police", "Serbia's Ministry of Internal Affairs": the country that owns it, no agency's unit)
// ("The FBI and its state and local partners recovered 168 children": the body with its partners, still the one that
// tells it)
// ("Punjab Police on Thursday carried out 'Operation Eagle-III'": the operation's name in quotes; "The Federal Police,
// together with the Federal Revenue Service, carried out Operation Kryptos": an aside before the verb; "The Philippine
// National Police (PNP) on Friday said the …": the day before the verb)
const OWNER = "(?:(?!(?:INTERPOL|Interpol|Europol|Frontex|Eurojust)'s)\\p{Lu}\\p{Ll}+'s\\s+)?";
export const ANNOUNCED_BY = new RegExp(
  `(?:(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097:]|\\.-|\\s-)\\s)(?:\\p{Lu}\\p{L}+'s\\s+)?(?:\\p{Lu}\\p{L}* +){0,4}${FORCE},\\s+the\\s+(?<own>\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,3})\\s+\\(\\p{Lu}{2,6}\\),\\s+(?!(?:which|who|whose|that)\\b)\\p{Ll}+|(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097:]|\\.-|\\s-)\\s)(?:(?:Officers|Agents|Members)\\s+of\\s+the\\s+|The\\s+)?${OWNER}(?<body>${NAMED_BODY})(?:\\s+\\(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,6}(?: \\p{Lu}\\p{Ll}{2,12})?\\))?(?:\\s+and\\s+the\\s+(?:[\\p{Ll}-]+\\s+){1,4}(?:\\(\\p{Lu}\\p{L}{1,8}\\)\\s+)?under\\s+its\\s+command|\\s+and\\s+(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?partners)?(?:,\\s+(?:\\p{Lu}\\p{Ll}+'s\\s+)?\\p{Ll}[^,.;\\n]{0,100},)?\\s+(?:(?:this|early\\s+this)\\s+(?:morning|afternoon|evening)\\s+(?=arrested|detained|raided|seized|rescued))?(?:(?:has|have)\\s+(?!been\\b)(?:\\p{Ll}+ed|broken|taken|shut|brought|struck|caught|led|run|begun)|arrested|detained|dismantled|seized|raided|rescued|recovered|froze|shut\\s+down|broke\\s+up|(?:will\\s+deploy|deployed)(?=\\s+\\d)|(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?(?:says?|said)(?:\\s+(?:today|on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?(?:\\s+that)?(?=\\s+(?:(?:its|their|a|an|the)\\s|\\d))|(?:today\\s+)?announced(?=\\s+(?:its|their|a|an|the)\\s)|announced\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\\s+that(?=\\s+(?:its|their)\\s+(?:officers|agents)\\s+(?:had\\s+|have\\s+)?arrested))\\b|(?<=^|\\n|[.!?]\\s|(?:[–—\u0096\u0097:]|\\.-|\\s-)\\s|(?:\\bOperation\\s\\p{Lu}[\\p{L}\\d'-]*(?:\\s[\\p{Lu}\\d][\\p{L}\\d'-]*){0,2},\\swhich\\s))(?:[Tt]he\\s+)?${OWNER}(?<led>${NAMED_BODY})(?:\\s+\\(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,6}(?: \\p{Lu}\\p{Ll}{2,12})?\\))?(?:,\\s+\\p{Ll}[^,.;\\n]{0,100},)?\\s+(?:(?<=\\bwhich\\s(?:[^\\s,.;]+\\s){1,8})(?:launched|mounted|began|started)(?=\\s+(?:on|in)\\s)|(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:formally\\s+)?(?:led|coordinated|ran|conducted|carried\\s+out|launched|spearheaded|concluded|ended|stood\\s+down)\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:operation|crackdown|investigation|action)|['‘"“]?Operation(?=\\s+\\p{Lu}))|(?:carried\\s+out|conducted)\\s+(?:coordinated\\s+|simultaneous\\s+|nationwide\\s+)?(?:searches|raids))\\b|,\\s+(?:the\\s+)?(?<told>${NAMED_BODY})(?:\\s+\\(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,6}(?: \\p{Lu}\\p{Ll}{2,12})?\\))?\\s+(?:said|announced|reported|stated|confirmed|revealed|told\\s+(?:a\\s+)?(?:press|news)\\s+conference)(?:\\s+(?:today|yesterday|on\\s+\\p{Lu}\\p{Ll}+))?[.,])`,
  'gu'
);
