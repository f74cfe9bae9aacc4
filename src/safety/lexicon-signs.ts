/**
 * Escalation by category: passive suicidal ideation as hopelessness plus a wish not to exist, and
 * emergency signs (stroke, heart attack, anaphylaxis, bleeding, unresponsiveness, seizure) whose parts
 * may come in any order with words between them. Same pattern syntax as lexicon-common.ts; `W` is a
 * gap of a few words. Rules (rules.ts) combine these by proximity with present-tense cues.
 */
const W2 = "(?: [a-z0-9]+){0,2}";
const W3 = "(?: [a-z0-9]+){0,3}";
/** "tired of living" but not "tired of living in this city". */
const NOT_PLACE = "(?! (in|like|with|at|on|near|here|there|abroad|alone|together|costs?|en|em|na|no|com|con|a|au|dans|avec|aqui|ici|mein|me)(?![a-z]))";

/** Passive-ideation and emergency-sign concepts. */
export const SIGN_CONCEPTS = {
  // Hopelessness: no point, nothing matters, tired of everything (not "tired of this job").
  hopeless: [
    "whats the point( of (anything|it all|life|living|trying|going on|everything|me|even trying|getting up|waking up))?( anymore)?", "what is the point (of|in) (anything|it all|life|living|trying|going on)",
    "no point (anymore|in anything|in trying|to anything)", "pointless", "nothing matters( anymore)?", "(cant|cannot|can not) (do|take|handle) (this|it|anything) anymore",
    `(so |really |just )?(tired|exhausted|sick) of (everything|living|life|being alive|existing|it all|trying|fighting|being me)${NOT_PLACE}`, "done with (everything|life|it all|living)",
    "(give|giving|gave|given) up on (life|everything|myself)", "hopeless", "no hope", "no future", "empty inside", "(im|i am|i feel) worthless", "i hate my life", "nothing (will|ever|is going to) (get|gets) better",
    "no reason to (keep going|go on|live|get up|stay|keep living|try)(?! with)", "(cant|cannot) keep going", "whats the use",
    "de que sirve( todo| vivir| seguir)?", "para que (seguir|vivir)", "nada (tiene sentido|vale la pena|importa)", "ya no puedo (mas|con esto|con mi vida)", "(estoy )?(tan |muy )?(cansad[oa]|hart[oa]) de (todo|vivir|la vida|existir)",
    "(no )?(le )?(encuentro|veo|tiene) (ningun )?sentido a (nada|la vida|vivir|seguir)", "nao vejo (mais )?sentido (em|na) (nada|viver|continuar|vida)", "je ne vois (plus|pas) (le|de|aucun) sens",
    "(plus|pas) de raison de (continuer|vivre)", "sin sentido", "sem sentido",
    "(ya )?no tiene caso( seguir| vivir)?", "no vale la pena (seguir|vivir)", "nao vale a pena (continuar|viver)", "ca ne vaut (plus )?la peine (de vivre|de continuer)",
    "sin esperanza", "no tengo futuro", "no sirvo para nada", "odio mi vida",
    "(de )?que adianta", "pra que (continuar|viver)", "nada (faz sentido|importa|vale a pena)", "nao aguento mais", "(to|tou|estou|ando) (tao |muito )?cansad[oa] de (tudo|viver|a vida|existir)", "sem esperanca",
    "nao sirvo (pra|para) nada", "odeio (a )?minha vida",
    "a quoi bon", "(plus )?rien n a (plus )?(de )?sens", "plus rien n a d importance", "je n en peux plus", "(je suis )?(tellement |si )?(fatigue|fatiguee|epuise|epuisee|las|lasse) de (tout|vivre|la vie|exister)",
    "sans espoir", "je ne sers a rien", "je deteste ma vie",
    "kya fayda", "kya faida", "koi (fayda|faida) nahi", "kuch (bhi )?(matlab|maayne|mayne) nahi", "(thak|thaka|thaki) (gaya|gayi|gya|gyi)( hoon| hu| hun)? (sab se|zindagi se|jeene se)", "zindagi se (thak|pareshan|tang)",
    "koi (ummeed|umeed) nahi", "sab bekar", "(main|mai) kisi kaam (ka|ki) nahi",
  ],
  // A wish not to exist: weak alone (sleep forever after a party), strong with hopelessness.
  goneWish: [
    "(if|when) i (just |simply |finally )?(wasnt|werent|was not|were not|was gone|were gone|disappeared|died|didnt exist|stopped existing|was dead|wasnt alive)", "without me",
    "(not|never) (to )?wake up", "sleep forever", "disappear(ing)?", "vanish(ing)?", "stop existing", "not (be )?(here|around|alive) anymore", "no longer (be )?(here|around|alive)",
    "wish i (was|were|had) never (been )?born", "wish i (wasnt|werent) (here|around|alive)", "(a )?burden (to|on|for)", "(nobody|no one|noone) would (miss|notice|care)", "end it( all)?", "rest forever",
    "si (yo )?no (estuviera|existiera)", "si (me )?(desapareciera|muriera)", "sin mi", "desaparecer", "no despertar", "dormir para siempre", "dejar de existir", "una carga", "nadie (me )?(extranaria|notaria)", "no haber nacido",
    "se eu (nao (estivesse|existisse)|sumisse|morresse|desaparecesse)", "sem mim", "sumir", "nao acordar", "dormir para sempre", "deixar de existir", "um (peso|fardo)", "ninguem (sentiria|notaria|ia sentir)", "nunca ter nascido",
    "si je (n etais (plus )?la|n existais (plus|pas)|disparaissais|mourais)", "sans moi", "disparaitre", "ne (pas|plus) me reveiller", "dormir pour toujours", "ne plus exister", "un (poids|fardeau)", "personne ne (remarquerait|regretterait)",
    "(main|mai) na (rahun|rahu|hota|hoti)", "mere (bina|na hone se|jaane ke baad)", "gayab (ho|hona)", "hamesha ke liye so", "kabhi na (uthun|uthu)", "bojh", "koi yaad nahi karega", "paida (hi )?na (hota|hoti)",
  ],
  // Others better off: the wish stated through the people around.
  othersBetter: [
    "(would|will|d|gonna|be) (be )?(so much |much |a lot )?(happier|better( off)?|fine|easier|relieved|free|lighter)", "(happier|better off|easier for)",
    "(seria|serian|estaria|estarian|estarias|vivirian) (mejor|mas felices|tranquil[oa]s)", "(mas felices|mejor)", "(seria|seriam|estaria|estariam|ficaria|ficariam|viveriam) (melhor|mais felizes|em paz)", "(mais felizes|melhor)",
    "(serait|seraient|serais|vivraient) (mieux|plus heureux|plus heureuse|soulages?)", "(plus heureux|mieux)", "(khush|behtar|acche|achhe|sukhi) (rahenge|rahega|rahegi|honge|hoga)",
  ],
  // The speaker gone, as the other half of "they would be happier ...".
  selfGone: [
    "(if|when) i (just |simply |finally )?(wasnt|werent|was not|were not|was gone|were gone|disappeared|died|didnt exist|stopped existing|was dead|wasnt alive)", "without me",
    "deserve (a |someone )?better( [a-z]+)? than me", "merecen (a )?(alguien|una madre|un padre) mejor que yo", "merecem (alguem|uma mae|um pai) melhor (do )?que eu", "meritent mieux que moi", "mujhse (behtar|accha) (deserve|chahiye)",
    "sin mi", "si (yo )?no (estuviera|existiera)", "si (me )?(desapareciera|muriera)", "sem mim", "se eu (nao (estivesse|existisse)|sumisse|morresse|desaparecesse)",
    "sans moi", "si je (n etais (plus )?la|n existais (plus|pas)|disparaissais|mourais)", "mere (bina|na hone se|jaane ke baad)", "(main|mai) na (rahun|rahu|hota|hoti)",
  ],
  // Strong passive ideation on its own.
  ideationStrong: [
    `(tired|sick|exhausted) of (living|being alive|existing|life)${NOT_PLACE}`, "no reason to (keep going|go on|live|keep living)(?! with| on (the|this|my))", "wish i (was|were|had) never (been )?born",
    "(im|i am|i feel like|feel like) (such |just |only )?(a )?burden (to|on|for) (everyone|everybody|my|them|the people)", "(me siento|siento que soy) una carga", "me sinto (um|uma) (peso|fardo|carga)",
    "je me sens (comme )?un (poids|fardeau)", `cansad[oa] de (vivir|viver)${NOT_PLACE}`, `(fatigue|fatiguee|las|lasse) de vivre${NOT_PLACE}`, "jeene se (thak|tang)", "ojala no hubiera nacido", "(queria|preferia) (nunca ter nascido|nao ter nascido)",
    "j aurais (voulu|prefere) ne (jamais|pas) naitre", "(m ?endormir|dormir) et ne (plus|jamais|pas) (me )?reveiller", "dormirme y no despertar( nunca| mas)?", "dormir e (nunca mais|nao) acordar",
    "(dont|do not) (really )?care if i (wake up|live|die|make it)", "no me importa (si )?(despertar|morir|vivir|amanecer)", "(tanto faz|nao me importa) se eu (acordar|morrer|viver)", "je m en fiche de (mourir|vivre|me reveiller)",
    "(fark|farak) nahi (padta|padega) (agar )?(main )?(mar|jiyu|jiyun|uthun)",
  ],
  // Figurative or playful context: the weak wish alone is not ideation ("I could sleep forever lol").
  figurative: ["lol", "lmao", "haha[a-z]*", "jaja[a-z]*", "k", "rsrs[a-z]*", "mdr", "party", "hangover", "resaca", "ressaca", "gueule de bois", "food coma", "after (the|that|this|my) (party|workout|gym|exam|shift|trip|flight|night out)", "(de tanto|a force de) (rir|reir|rire)", "laugh[a-z]*", "rindo", "riendo"],
  absenceBenign: ["vacation", "holiday", "trip", "leave", "meeting", "the (party|game|match|team|project|office|shift)", "for (a|the) (few )?(days?|weeks?|hours?|while|bit|weekend)", "vacaciones", "ferias", "vacances", "chutti"],
  // Present-tense cues: something is happening now to a particular person.
  presentCue: [
    "right now", "now", "suddenly", "all of a sudden", "just (now|started|happened)", "started", "(few|couple|[0-9]+|ten|twenty|thirty|five) (minutes|mins|hours?) ago", "this (morning|evening|afternoon)", "tonight", "woke up",
    "(he|she|they|hes|shes|theyre|were|im) (is|are|was|looks?|seems?|cant|wont|isnt|just|keeps?|has|started)", "hes", "shes", "(his|her|my|their|our) (face|mouth|arm|leg|hand|speech|words|lips|tongue|throat|chest|smile|side|eye)",
    "help", "what (do|should) (i|we) do", "should (i|we) call", "ambulance", "911", "still", "keeps",
    "ahora", "ahorita", "de repente", "hace (unos |un )?[a-z0-9]+ (minutos|horas?)", "(esta|estoy|tiene|tengo|se le|se me)", "(su|mi) (cara|boca|brazo|pierna|habla|lengua|garganta|labios)", "ayuda", "que hago",
    "agora", "ha (uns |um )?[a-z0-9]+ (minutos|horas?)", "(esta|estou|ta|tem|tenho)", "(o rosto|a boca|o braco|a fala|a lingua|a garganta|os labios) (dele|dela|do meu|da minha)", "(seu|sua|meu|minha) (rosto|boca|braco|perna|fala|lingua|garganta)", "ajuda", "o que (eu )?fa[cz]o",
    "maintenant", "soudain", "tout a coup", "depuis", "il y a [a-z0-9]+ minutes", "(il|elle|j) (a|ai|est|suis|n arrive)", "(son|sa|mon|ma|ses|mes) (visage|bouche|bras|jambe|parole|langue|gorge|levres)", "aide", "que faire",
    "abhi", "achanak", "(ho|hone) (raha|rahi|rahe|laga|lagi)", "(raha|rahi|rahe) (hai|hain|ho)", "nahi (ho )?(raha|rahi|pa raha|pa rahi)", "kya (karu|karun|karein)", "madad", "(uska|uski|mera|meri) (muh|chehra|haath|baat|zubaan)",
  ],
  // Urgent cues only (time, a call for help): enough to escalate a single stroke sign.
  urgentCue: [
    "right now", "now", "suddenly", "all of a sudden", "just (now|started|happened)", "(few|couple|[0-9]+|ten|twenty|thirty|five) (minutes|mins) ago", "woke up (with|and)", "help", "what (do|should) (i|we) do",
    "should (i|we) call", "ambulance", "911", "ahora", "ahorita", "de repente", "hace (unos |un )?[a-z0-9]+ minutos", "ayuda", "que hago", "agora", "ha (uns |um )?[a-z0-9]+ minutos", "ajuda", "o que (eu )?fa[cz]o",
    "maintenant", "soudain", "tout a coup", "brusquement", "il y a [a-z0-9]+ minutes", "aide", "que faire", "abhi", "achanak", "kya (karu|karun|karein)", "madad",
  ],
  unresponsiveBenign: ["texts?", "messages?", "mensajes", "mensagens", "llamadas", "ligacoes", "appels", "calls", "emails?", "whatsapp", "dms?", "phone", "celular", "telefone", "telephone", "emails?"],
  // Educational framing ("what are the signs of a stroke?"): care, not escalate, unless something is happening now.
  eduQuestion: [
    "what (are|is) (the )?(signs?|symptoms?|warning signs|causes)", "(signs?|symptoms?|causes) of", "how (do|can|would|should) (you|i|we|one) (recogni[sz]e|tell|spot|identify|know)", "(first aid|cpr) (course|class|training|exam)",
    "(for|in) (my |a |the )?(class|exam|course|test|quiz|essay|homework|presentation)", "what does [a-z ]{1,30} mean", "(cuales son|quais sao|quels sont)", "(sintomas|senales|sinais|signes|symptomes|causas) (de|do|da|d|du|des)",
    "como (reconocer|reconhecer|identificar)", "comment (reconnaitre|savoir|identifier)", "lakshan", "kaise (pehchane|pehchanein|pata kare)",
  ],
  // Stroke (FAST): face droop, speech, arm weakness, sudden confusion, worst headache.
  faceDroop: [
    `(face|mouth|smile|lip|eyelid|cheek)${W3} (droop|drooping|droopy|drooped|sag|sags|sagging|saggy|lopsided|crooked|uneven|numb|paralyzed|paralysed|twisted|falling|dropped)`,
    "(droop|drooping|droopy|sagging|lopsided|crooked|uneven|numb|paralyzed|twisted) (face|mouth|smile)", "one side of (his|her|my|the|their) (face|mouth)",
    `(cara|boca|rostro|sonrisa|labio)${W3} (caid[oa]|torcid[oa]|chueca|paralizad[oa]|dormid[oa]|colgando|ladead[oa])`, "(se le|se me) (cayo|cae|torcio|tuerce) (la )?(cara|boca)",
    `(rosto|boca|cara|sorriso|labio)${W3} (caid[oa]|tort[oa]|paralisad[oa]|dormente|entortad[oa]|caindo)`,
    `(visage|bouche|sourire|levre|joue)${W3} (tombant|tombante|tombe|paralyse|paralysee|engourdi|de travers|tordu|tordue|affaisse|deforme)`,
    `(muh|munh|chehra|chehre|hont)${W3} (tedha|tedhi|tircha|tirchi|latak|sunn)`,
  ],
  speechSlur: [
    `(speech|speaking|talking|words|voice|talk|speak)${W3} (slurr[a-z]*|slur|slurs|garbled|jumbled|mumbl[a-z]*|incoherent|gibberish|makes no sense|not making sense)`, "slurr(ed|ing)",
    "(cant|cannot|can not) (get (the |his |her |my )?words out|find (the |his |her |my )?words)", "(trouble|difficulty) (speaking|talking|getting words out)",
    `(habla|hablar|palabras|voz)${W3} (arrastrad[a-z]*|trabad[a-z]*|rara|raro|extrana|incoherente)`, "arrastra (las|sus) palabras", "no (puede|puedo) hablar", "se le traba la lengua", "no se le entiende",
    `(fala|falar|palavras|voz)${W3} (enrolad[a-z]*|arrastad[a-z]*|embolad[a-z]*|estranh[a-z]*|pastos[a-z]*)`, "nao (consegue|consigo) falar", "lingua enrolada",
    `(parole|parler|mots|elocution|voix)${W3} (pateuse|bizarre|confuse|incoherente|difficile|brouille[a-z]*)`, "n arrive (plus|pas) a parler", "bafouill[a-z]*", "mal a parler", "ne peut plus parler",
    `(bol|bolne|baat|awaaz|zubaan|zuban)${W3} (ladkhad[a-z]*|atak[a-z]*|saaf nahi|samajh nahi)`, "bol nahi (pa|paa) (raha|rahi|rahe)",
  ],
  limbWeak: [
    `(arm|arms|leg|legs|hand|side)${W3} (weak|weakness|numb|limp|paralyzed|paralysed|dead|wont move|cant move|not moving|gave out|giving out)`,
    "(cant|cannot|can not|unable to) (lift|raise|move|feel) (his|her|my|their|one|the|either) (arm|leg|hand|side)", "(numb|weak|weakness|numbness) (in|on) (his|her|my|one|the) (arm|leg|hand|side|face)",
    `(brazo|pierna|mano|lado)${W3} (debil|dormid[oa]|entumid[oa]|paralizad[oa]|sin fuerza)`, "no (puede|puedo) (mover|levantar) (el|la|su|mi) (brazo|pierna|mano)",
    `(braco|perna|mao|lado)${W3} (fraco|fraca|dormente|paralisad[oa]|sem forca|mole)`, "nao (consegue|consigo) (mexer|levantar|mover) (o|a|seu|sua|meu|minha) (braco|perna|mao)",
    `(bras|jambe|main|cote)${W3} (faible|engourdi|engourdie|paralyse|paralysee|sans force|ne repond plus)`, "n arrive (plus|pas) a (lever|bouger) (le|son|sa|mon|ma) (bras|jambe|main)",
    `(haath|hath|pair|baazu|baju)${W3} (sunn|kamzor|uth nahi|hil nahi|kaam nahi)`,
  ],
  limbBenign: ["dentist[a-z]*", "dentista", "anesthe[a-z]*", "anaesthe[a-z]*", "anestesia", "novocaine", "numbing", "filler", "botox", "drunk", "borrach[oa]", "bebad[oa]", "ivre", "sharab", "nashe (mein|me)", "slept on", "sleeping on", "from (the )?(gym|workout|lifting|typing)", "after (the |a )?(gym|workout|lifting|leg day|run|hike)", "pins and needles", "carpal", "leg day", "dormi (em cima|sobre)", "dormi encima"],
  confusionSudden: [
    `(suddenly|sudden|all of a sudden)${W3} (confused|disoriented|doesnt (know|recognize)|cant (understand|see)|lost (his|her|my) (vision|sight)|double vision)`, `(confused|disoriented)${W3} (suddenly|all of a sudden)`,
    `de repente${W3} (confundid[oa]|desorientad[oa]|confus[oa]|no (ve|reconoce)|nao (enxerga|reconhece))`, `(soudain|tout a coup|brusquement)${W3} (confus|confuse|desoriente|desorientee)`, `achanak${W3} (confuse|kuch samajh nahi|dikhna band)`,
  ],
  headWorst: [
    "worst headache", "(thunderclap|explosive|sudden severe) headache", "(peor|pior|pire) (dolor de cabeza|dor de cabeca|mal de tete|migrana|enxaqueca|migraine)",
    "(sabse|bahut) (tez|bura|zyada) sir dard", "sir (mein|me) (achanak|bahut tez) dard",
  ],
  // Chest heaviness or tightness, any order.
  chestMore: [
    `(chest|pecho|peito|poitrine|seene|seena|chhati|chati)${W3} (heavy|heaviness|tight|tightness|squeez[a-z]*|pesad[oa]|apretad[oa]|apertad[oa]|lourde|serree|bhaari|bhari|bhaaripan|bharipan|jakda[a-z]*)`,
    `(heavy|heaviness|tightness|pressure|weight|peso|opresion|aperto|oppression|poids|bhaaripan)${W3} (on|in|en el|no|na|sur la|dans la|sur|mein)? ?(my|his|her|the|mi|su|meu|seu|la|ma|sa)? ?(chest|pecho|peito|poitrine|seene|chhati)`,
  ],
  // Heart attack companions to chest pain, beyond cardiacExtra.
  cardiacMore: [
    "(arm|jaw|shoulder|back|neck) (pain|hurts|aches|is numb|numb)", "pain (in|down|going down|spreading to) (my|his|her|the) (left )?(arm|jaw|shoulder|back|neck)", "sweaty", "clammy", "sweating", "nauseous",
    "mandibula", "maxilar", "machoire", "jabde", "jabda", "kandhe", "(sudor|suor|sueur) fri[oa]e?", "sudando", "transpirando", "suando", "en sueur", "thanda pasina", "pasine", "pasina", "ji machal",
  ],
  // Anaphylaxis: swelling of the airway or face with breathing trouble or an allergen.
  swellPart: [
    `(throat|lips?|tongue|face|eyes|mouth|garganta|labios|lengua|lingua|cara|rosto|gorge|levres|langue|visage|gala|galaa|honth|hont|jeebh|chehra)${W3} (swell[a-z]*|swollen|puff[a-z]*|closing|tight|hinch[a-z]*|inchad[a-z]*|inchando|fechando|cerrando|gonfl[a-z]*|enfl[a-z]*|sooj[a-z]*|band ho[a-z]*)`,
    `(swollen|swelling|hinchazon|inchaco|gonflement|soojan|hinchan?|hinchando|inchando|incham?|gonflent|gonfle|sooj (gaye?|gayi|rahe?|rahi))${W3} (throat|lips|tongue|face|garganta|labios|lengua|lingua|gorge|levres|langue|gala|honth|jeebh)`,
  ],
  airwaySwell: [
    `(throat|garganta|gorge|gala|galaa)${W3} (closing|swelling shut|swollen shut|closing up|fechando|cerrando|se (ferme|serre)|band ho[a-z]*)`,
    `(tongue|lengua|lingua|langue|jeebh)${W3} (swell[a-z]*|swollen|hinch[a-z]*|inchad[a-z]*|inchando|gonfl[a-z]*|enfl[a-z]*|sooj[a-z]*)`,
  ],
  coldBenign: ["cold", "flu", "strep", "tonsil[a-z]*", "sore throat", "gripe", "resfriado", "rhume", "angine", "zukam", "amigdalas", "amygdales", "glands?"],
  breathMore: ["(le |me |nos )?cuesta respirar", "(esta|estoy) (ahogando|asfixiando)", "custa respirar", "(esta|estou|ta) (sufocando|se afogando)", "(il|elle) s etouffe", "saans (lene )?(mein|me) (dikkat|taklif)"],
  // Overdose: many pills, or pills with alcohol, beyond pillAmount.
  overdoseMore: [
    "(un monton|un punado|muchas|varias|una bola|un chingo) de (pastillas|pildoras|capsulas)", "(varios|muitos|um monte de|um punhado de|uma cartela de) (comprimidos|remedios|capsulas)",
    "(plein|un tas|une poignee|beaucoup) de (cachets|comprimes|pilules|medicaments)", "(bahut|kaafi|dher|dher saari) (goli|goliyan|tablets|dawai)", "(bunch|handful|lot|lots|fistful) of (pills|tablets|meds)",
    `(pills|pastillas|pildoras|comprimidos|remedios|cachets|comprimes|goliyan|tablets|meds)${W3} (with|con|com|avec|ke saath) (alcohol|alcool|vodka|beer|cerveza|cerveja|sharab|daaru|wine|vino|vinho|liquor)`,
  ],
  allergen: ["peanuts?", "nuts", "bee", "stung", "sting", "wasp", "shellfish", "allerg[a-z]*", "hives", "cacahuate", "mani", "amendoim", "cacahuete", "arachide", "picadura", "picada", "piqure", "abeja", "abelha", "abeille", "mungphali", "madhumakhi", "urticaria", "urticaire"],
  // Severe bleeding.
  bleedHeavy: [
    `(blood|bleeding|bleed|bleeds|sangre|sangrando|sangra|sangue|sang|saigne|saignement|khoon)${W3} (wont stop|will not stop|doesnt stop|isnt stopping|not stopping|everywhere|gushing|spurting|pouring|squirting|soaking|soaked|no para|nao para|n arrete pas|ne s arrete pas|partout|por todas partes|por todo lado|a chorros|jorrando|ruk nahi|ruk hi nahi|beh raha|beh rahi)`,
    `(gushing|spurting|pouring|squirting) (blood|out blood)`, `(deep|big|bad) (cut|wound|gash)${W3} (wont stop|keeps bleeding|bleeding a lot)`,
  ],
  bleedBenign: ["period", "menstrua[a-z]*", "regla", "regles", "mahwari", "gums?", "encias", "gengivas?", "gencives?"],
  // A person who does not respond, wake, or breathe (not "my laptop won't wake up").
  unresponsive: [
    "(wont|will not|doesnt|does not|isnt|is not|not|cant|can not|cannot) (wake|waking|respond|responding|react|reacting|breathe|breathing)( up)?(?! to (my |his |her |our )?(texts?|messages?|calls?|emails?|dms?|treatment|medication|the medicine))",
    "eyes (are )?rolled back", "desacordad[oa]", "inconsciente", "sin conocimiento", "sem sentidos", "lips (are |look |turning )?blue", "no (responde|reacciona|despierta|respira)", "nao (responde|reage|acorda|respira)", "ne (repond|reagit|se reveille|respire) (plus|pas)",
    `(hosh|saans)${W2} nahi`, "(hil|uth|jaag) nahi (raha|rahi)",
  ],
  humanNear: [
    "(he|she|they|hes|shes|theyre)", "(my|our|his|her) (dad|mom|father|mother|wife|husband|son|daughter|baby|kid|child|friend|grandma|grandpa|grandmother|grandfather|brother|sister|partner|roommate|boyfriend|girlfriend|uncle|aunt|neighbou?r|coworker)",
    "(this|a|the) (man|woman|guy|person|girl|boy|kid|child|baby|stranger|old man|old lady)", "someone", "somebody",
    "(mi|su) (papa|mama|padre|madre|esposa|esposo|hijo|hija|bebe|abuela|abuelo|amigo|amiga|hermano|hermana|novio|novia)", "(el|ella)", "(un|una|este|esta) (hombre|senor|senora|mujer|chico|chica|persona|nino|nina)",
    "(meu|minha) (pai|mae|esposa|marido|filho|filha|bebe|avo|amigo|amiga|irmao|irma|namorado|namorada)", "(ele|ela)", "(um|uma) (homem|senhor|senhora|mulher|pessoa|menino|menina|crianca)",
    "(mon|ma) (pere|mere|femme|mari|fils|fille|bebe|grand mere|grand pere|ami|amie|frere|soeur|copain|copine)", "(il|elle)", "(un|une) (homme|femme|personne|enfant|monsieur|dame)",
    "(mere|meri) (papa|pita|maa|mummy|biwi|pati|beta|beti|baccha|bachcha|dost|nani|dadi|nana|dada|bhai|behen)", "(woh|wo|vo|ye|yeh) (aadmi|aurat|ladka|ladki|baccha)", "koi",
  ],
  // Seizure happening now.
  seizure: [
    "seizures?", "seizing", "convuls[a-z]*", "shaking uncontrollabl[a-z]*", "(jerking|twitching) (all over|uncontrollabl[a-z]*)", "foaming at the mouth", "ataque (epileptico|de epilepsia)", "crise (epileptica|convulsiva|d epilepsie|convulsive)",
    "convulsao", "espuma (por|pela) (la|a) boca", "bave aux levres", "mirgi", "(jhatke|jhatka) (aa|lag) (rahe|raha)", "muh se jhaag",
  ],
} as const satisfies Record<string, readonly string[]>;
