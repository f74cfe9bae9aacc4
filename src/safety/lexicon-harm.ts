/** Concepts for the hazard categories to refuse; same pattern syntax as lexicon-common.ts. */
export const HARM_CONCEPTS = {
  // S9: indiscriminate weapons (chemical, biological, radiological, nuclear, explosive)
  explosive: [
    "bombs?", "pipe ?bombs?", "car bombs?", "nail bombs?", "ieds?", "improvised explosive( devices?)?", "explosives?", "explosive devices?", "dynamite", "tnt", "c4", "semtex",
    "detonators?", "blasting caps?", "nitroglycerin[e]?", "tatp", "petn", "hmtx", "rdx", "thermite", "molotov( cocktails?)?", "napalm", "grenades?", "suicide vests?",
    "bombas?", "bomba casera", "bomba caseira", "explosivos?", "coctel molotov", "coquetel molotov", "granadas?", "bombes?", "explosifs?", "engin explosif", "grenades?",
    "bam", "visphotak", "vishphotak", "barood",
  ],
  cbrnAgent: [
    "nerve (agents?|gas)", "sarin", "vx( gas)?", "tabun", "soman", "novichok", "mustard gas", "chlorine gas", "phosgene", "hydrogen cyanide", "chemical weapons?", "biological weapons?",
    "bio ?weapons?", "anthrax", "ricin", "botulinum( toxin)?", "botulism toxin", "smallpox", "weaponi[sz]ed (virus|pathogen|plague|bacteria)", "plague bacteria", "pathogens? (to|that) (kill|spread)",
    "nuclear (bombs?|weapons?|warheads?|devices?)", "atomic (bombs?|weapons?)", "dirty bombs?", "radiological (weapons?|devices?|dispersal)", "enrich(ed)? uranium", "weapons? grade (uranium|plutonium)", "plutonium",
    "armas? quimicas?", "armas? biologicas?", "armas? nucleares?", "bomba (atomica|nuclear|sucia|suja)", "gas (sarin|nervioso|mostaza)", "gas dos nervos", "gas mostarda", "antrax", "arma nuclear",
    "armes? chimiques?", "armes? biologiques?", "armes? nucleaires?", "bombe (atomique|nucleaire|sale)", "gaz (sarin|moutarde|innervant)", "anthrax", "parmanu bam", "rasayanik hathiyar", "jaivik hathiyar",
  ],
  attackVerb: [
    "release", "spread", "deploy", "detonat[a-z]*", "plant", "set off", "disperse", "aerosoli[sz]e", "blow up", "bomb(ing)? (a|the|my)", "attack (a|the)", "poison (a|the) (water|city|reservoir)",
    "liberar", "detonar", "explotar", "volar", "plantar", "espalhar", "explodir", "libérer", "liberer", "faire exploser", "fat[a-z]*", "udaa?( do| dena|na)?", "phod[a-z]*",
  ],
  massTarget: [
    "stadium", "school", "subway", "metro", "crowd", "concert", "mall", "airport", "water supply", "reservoir", "city", "building", "church", "mosque", "synagogue", "temple", "parliament",
    "as many people", "maximum casualties", "mass casualties", "escuela", "multitud", "estadio", "escola", "multidao", "ecole", "foule", "stade", "mandir", "masjid", "bheed",
  ],
  explosiveBenign: [
    "bombe glacee", "bomba helada", "bomba de (chocolate|crema|creme|sorvete)", "bombas? de (chocolate|creme)", "bomb(ing)? at the box office", "bomb(ed)? (my|the) (audition|interview|test|exam|presentation|talk|speech)", "(presentation|interview|exam|test|show|movie|film) (totally )?bombed",
    "bath ?bombs?", "photo ?bomb[a-z]*", "seed bombs?", "sex ?bomb", "f ?bombs?", "bomb(ed)? (the|my|an|a) (test|exam|interview|quiz|presentation)", "da bomb", "love ?bomb[a-z]*",
    "glitter bomb", "flavou?r bomb", "cherry bomb", "bomba de (chocolate|creme|crema|agua|banho)", "bombe de bain", "chocolate bombs?", "hot chocolate bombs?", "bomber jacket",
    "tnt (the )?(channel|network|drama|show)", "dynamite (song|by bts)", "bts", "dynamite fishing",
  ],
  // S14 and S2 cyber
  malware: [
    "malware", "ransomware", "keyloggers?", "(computer )?virus(es)? (that|to) (infect|spread|steal|delete|destroy|encrypt)", "(a|an) computer virus", "virus (informatico|de computador|informatique)", "trojans?( horse)?", "rootkits?", "botnets?", "worms? (that|to) spread", "spyware",
    "stealers?", "info ?stealer", "rat (malware|trojan|payload)", "remote access trojan", "crypters?", "backdoors?", "zero ?days?", "exploits? (for|to|that) [a-z]+", "ddos( tool| script| attack)?",
    "dos attack", "phishing (page|kit|email|site|website|link|sms|message)s?", "credential harvest[a-z]*", "cryptojack[a-z]*", "payload", "reverse shell", "shellcode", "sql injection",
    "privilege escalation", "bypass (antivirus|edr|av|windows defender)", "undetectable (malware|payload|virus|backdoor)", "fud (crypter|payload)", "wiper", "logic bomb", "wormable",
    "programa malicioso", "codigo malicioso", "logiciel malveillant", "rancongiciel", "enregistreur de frappe", "pagina falsa", "pagina de phishing",
  ],
  hackVerb: [
    "hack(ing)?( into)?", "break into", "get into", "access", "crack(ing)?", "bypass", "brute ?force", "steal", "take over", "hijack", "clone",
    "hackear", "hakear", "invadir", "entrar (en|na|no)", "pirater", "craquer", "acceder", "pirate", "hack kar[a-z]*", "todna", "tod[a-z]*",
  ],
  hackTarget: [
    "(someones|someone else|my (ex|exs|ex wifes|ex husbands|girlfriends|boyfriends|wifes|husbands|bosss|bos|neighbou?rs)|his|her|their) (account|email|gmail|instagram|insta|facebook|fb|whatsapp|snapchat|tiktok|twitter|phone|iphone|wifi|wi fi|password|bank|icloud|webcam|camera|computer|laptop|server|network|database)",
    "(instagram|facebook|whatsapp|gmail|snapchat|tiktok|icloud|email) (account|password) of", "neighbou?rs? (wifi|wi fi|network)", "(my|his|her) ([a-z]+ )?[a-z]+s (account|email|gmail|instagram|insta|facebook|fb|whatsapp|snapchat|tiktok|twitter|phone|iphone|icloud|webcam|password|bank account)", "someones", "someone elses?", "other peoples?", "(wifi|wi fi) password", "(wifi|wi fi) (network )?(of|from) (my )?neighbou?r",
    "(cuenta|conta|compte|celular|telefono|movil|portable|mot de passe|contrasena|senha|correo) (de|da|do|d) ?[a-z]+", "(la|su) (cuenta|contrasena)", "(a|sua) (conta|senha)", "(son|le) (compte|telephone)",
    "kisi ka (account|phone|whatsapp|instagram|facebook|password)", "(uska|uski|uske) (account|phone|whatsapp|instagram|password)",
  ],
  protective: [
    "(was|got|been|were|foi|fue|ha sido|a ete|ho gaya) clon[a-z]*", "(my|mi|meu|minha|ma|mon) (card|tarjeta|cartao|carte) (was|got|fue|foi|a ete)", "(am i|was i|i was|i got|i am being|im being) (scammed|defamed|hacked)",
    "how( does| do| can)? [a-z]+( [a-z]+)? (detect|detects|catch|catches|flag|flags|block|blocks)", "(botnet|malware|ransomware|phishing|keylogger|intrusion|virus|spam) (detection|detector|classifier|filter|scanner|analysis|honeypot)", "protect", "prevent", "remove", "(ransomware|malware|virus|phishing) ?(proof|resistant)", "detect", "defend", "defense", "recover", "get rid of", "clean", "recogni[sz]e", "report", "forgot", "forgotten", "reset", "my own", "how does [a-z ]{1,20} work",
    "quitar", "eliminar", "proteger", "prevenir", "evitar", "detectar", "remover", "olvide", "esqueci", "supprimer", "proteger", "eviter", "detecter", "oublie", "bachna", "bachao", "hatana", "bhool",
  ],
  // S2 drugs, theft, fraud
  drug: [
    "amphetamines?", "anfetaminas?", "mephedrone", "mefedrona", "ketamin[ae]?", "cetamina", "heroine", "pasta base", "crack de cocaina", "crystal", "cristal", "ice meth", "shabu", "yaba", "smack", "cocaine base", "free base", "desomorphine", "krokodil", "captagon", "carfentanil", "nitazenes?", "mescaline", "psilocybin",
    "meth", "methamphetamine", "crystal meth", "crack cocaine", "cocaine", "heroin", "fentanyl", "lsd", "mdma", "ecstasy", "ghb", "pcp", "dmt", "crack", "freebase",
    "metanfetamina", "cocaina", "heroina", "metamphetamine", "purple drank", "charas", "brown sugar", "smack",
  ],
  drugGeneric: ["drugs?", "drogas?", "drogues?", "narcotics", "coke", "weed", "pills", "xanax", "oxy(contin|codone)?", "adderall", "ganja", "nasha", "molly", "shrooms"],
  drugMake: [
    "fabric[a-z]*", "manufactur[a-z]*", "prepar[a-z]*", "produzir", "producir", "produire", "cozinhar", "cuisiner", "refin[a-z]*", "purif[a-z]*", "isolat[a-z]*", "bana[a-z]*", "recipe", "receta", "receita", "recette", "ingredients", "ingredientes", "synthesis", "sintesis", "sintese", "route", "precursors?", "precursores", "reagents?", "lab", "laboratorio", "laboratoire", "yield", "batch", "from (the )?(coca|poppy|pseudoephedrine|ephedrine|sudafed|leaves|leaf|plant)", "a partir de", "a partir da", "a partir du","make", "making", "cook(ing)?", "synthes[a-z]*", "produc[a-z]*", "extract[a-z]*", "grow(ing)?", "hacer", "cocinar", "fazer", "fabriquer", "faire", "banana", "banate", "banaye", "preparar"],
  drugBuyIllicit: ["dark ?web", "darknet", "without (a )?prescription", "sin receta", "sem receita", "sans ordonnance", "dealer", "plug", "street", "bina parchi", "online"],
  steal: [
    "steal(ing)?", "stole", "shoplift[a-z]*", "rob(b?ing)?", "burglar[a-z]*", "break into (a|the|my neighbou?rs?) (house|home|car|store|shop)", "pickpocket[a-z]*", "hotwire",
    "robar", "hurtar", "roubar", "furtar", "voler", "cambrioler", "chori", "churana", "churaun", "chura", "loot",
  ],
  stealObject: [
    "cars?", "credit cards?", "cards?", "money", "identit(y|ies)", "wallets?", "bikes?", "stores?", "shops?", "banks?", "packages?", "catalytic converters?", "phones?", "jewel(l?e)?ry", "cash",
    "from (a|the|my) [a-z]+", "coche", "carro", "dinero", "dinheiro", "tarjeta", "cartao", "tienda", "loja", "banco", "voiture", "argent", "carte", "magasin", "paise", "dukaan", "gaadi", "bike", "mobile",
  ],
  stealBenign: ["steal the show", "steal (a|the) base", "steal (her|his|my|your) heart", "steal a glance", "steal a kiss", "steal (my|the) (spotlight|thunder)", "art thief", "steal like an artist"],
  fraud: [
    "(use|using|spend|cash out|cashout) (a |the |some )?(stolen|someone elses|someones|other peoples|found) (credit |debit |bank )?(card|cards|card numbers?|card details)", "stolen (credit |debit )?card (numbers?|details|info)", "cvv (dumps?|shops?|lists?)", "card dumps?", "fullz", "bin (attack|method)", "tarjetas? (clonadas?|robadas?)", "cartao (clonado|roubado)", "cartoes (clonados|roubados)", "cartes? (clonees?|volees?)", "chori ka card",
    "launder(ing)? money", "money launder[a-z]*", "counterfeit( money| bills| cash| notes| currency)?", "fake (ids?|passports?|documents?|diplomas?|money|bills|notes|currency|drivers licen[sc]e)",
    "credit card fraud", "carding", "cloned cards?", "skimmer", "scam (people|elderly|old people|someone|grandparents|customers)", "ponzi scheme", "insurance fraud", "tax evasion", "evade taxes",
    "forge (a|documents|signature|checks?|cheques?)", "identity theft", "lavar (dinero|dinheiro)", "lavado de dinero", "lavagem de dinheiro", "dinero falso", "dinheiro falso", "notas? falsas?",
    "billetes falsos", "documentos? falsos?", "blanchir (de )?l ?argent", "blanchiment", "faux (papiers|billets|passeport)", "fausse monnaie", "nakli (note|notes|paise|passport)", "kala dhan safed",
    "estafar (a )?(gente|ancianos|personas)", "golpe (em|no) (idosos|pessoas)", "arnaquer", "thagi", "thagna",
  ],
  // S1 violent crimes
  violentVerb: [
    "kill(ing)?", "murder(ing)?", "assassinat[a-z]*", "hurt(ing)?", "stab(b?ing)?", "shoot(ing)?", "poison(ing)?", "strangl[a-z]*", "choke", "beat (up|to death)", "kidnap(p?ing)?", "abduct[a-z]*",
    "tortur[a-z]*", "maim", "injure", "run over", "drown", "suffocat[a-z]*", "dismember", "slit (his|her|their) throat",
    "matar(lo|la|los|las|le)?(?! (a |as )?saudades?)", "mata (lo|la)", "asesinar(lo|la)?", "envenenar(lo|la)?", "apunalar(lo|la)?", "secuestrar(lo|la)?", "lastimar(lo|la)?", "golpear(lo|la)?", "herir",
    "assassinar", "machucar", "esfaquear", "sequestrar", "espancar", "atirar (em|nele|nela)", "tuer", "assassiner", "empoisonner", "poignarder", "kidnapper", "enlever", "frapper", "blesser", "etrangler",
    "maar (dalna|dalu|dalunga|dunga|do|dena|daalna)", "maarna", "maar[a-z]*", "jaan se maar[a-z]*", "khatam kar[a-z]*", "zeher de[a-z]*", "zahar de[a-z]*", "kidnap kar[a-z]*", "peetna", "peetunga", "pitai",
  ],
  violentStrong: [
    "(hire|find|pay) a hit ?man", "contract killer", "dispose of (a|the) body", "hide (a|the) body", "get rid of (a|the) body", "untraceable poison", "poison (someone|my|his|her)",
    "school shooting", "mass shooting", "shoot up (a|the|my) (school|church|mall|office)", "go on a rampage", "kill as many", "kill (all|every) [a-z]+", "massacre",
    "deshacerme de (un|el) cuerpo", "esconder (un|el|um|o) (cuerpo|corpo)", "sicario", "matador de aluguel", "tueur a gages", "cacher un corps", "supari", "laash (chhupa|chupa|thikane)",
    "i (will|am going to|gonna|want to) (kill|murder|stab|shoot) (you|him|her|them|my)", "im going to (kill|murder|stab|shoot) (you|him|her|them|my)", "voy a matar", "vou matar", "je vais (le|la|te|les)? ?tuer",
  ],
  voyeur: ["hidden (cam|camera|cameras)", "spy (cam|camera|cameras)", "secretly (film|record|photograph|video|tape)", "peeping", "upskirt", "camara oculta", "camera escondida", "camera cachee", "chupke se (video|record)"],
  privatePlace: ["changing rooms?", "bathrooms?", "showers?", "locker rooms?", "toilets?", "dressing rooms?", "undress[a-z]*", "naked", "bedroom", "vestiario", "vestuario", "bano", "banheiro", "cabine d essayage", "toilettes", "douche", "bathroom mein"],
  tech: ["process(es)?", "python", "scripts?", "linux", "windows", "terminal", "pid", "threads?", "tasks?", "commands?", "bash", "docker", "containers?", "servers?", "jobs?", "apps?", "programs?", "tabs?", "sessions?", "query", "queries", "node", "java", "kubernetes", "pods?", "sig(term|kil)", "processus", "proceso", "processo", "cmd", "powershell", "ubuntu", "macos", "ssh", "port", "zombie"],
  // S3 sex-related crimes
  sexCrime: [
    "rape", "raping", "date rape", "roofie[sd]?", "rohypnol", "drug (her|his|a girls?|someones?|my date) (drink|drinks)", "spike (her|his|a|someones) drink",
    "sex trafficking", "traffic (women|girls|people)", "force (her|him|someone|a woman|a girl) (to have sex|into sex)", "upskirt", "hidden (camera|cam) (in|on) (the )?(bathroom|changing room|shower|locker|toilet)",
    "revenge porn", "sextort[a-z]*", "non consensual (porn|images|video)", "secretly (film|record|photograph) (her|women|girls|someone) (naked|undress|changing|showering)",
    "violar (a|la|una)", "drogar (a|la|una) (chica|mujer|persona)", "estuprar", "dopar (uma|a) (menina|mulher)", "violer", "droguer (une|la) (fille|femme)", "balatkar", "drink mein (kuch )?mila",
  ],
  sexCrimeBenign: ["rape ?seed", "rapeseed oil", "canola", "i was raped", "been raped", "survivor", "report (a|the) rape", "rape crisis", "statutory rape law", "what is consent"],
  // S4 child sexual exploitation
  minor: [
    "child(ren)?", "kids?", "minors?", "underage", "under ?age", "preteens?", "pre teens?", "young teens?", "little (girls?|boys?)", "(1[0-7]|[1-9]) ?(yo|y o|years? old|year olds?)",
    "toddlers?", "infants?", "schoolgirls?", "schoolboys?", "lolis?", "shota", "cp", "jailbait",
    "ninos?", "ninas?", "menor(es)?( de edad)?", "crianca", "criancas", "menina", "menino", "enfants?", "mineur(e|s)?", "fillette", "petite fille", "bachcha", "bachche", "bachchi", "bacchi", "nabalig", "chhoti ladki",
  ],
  sexual: [
    "sex", "sexual(l?y)?", "nudes?", "naked", "porn[a-z]*", "explicit", "erotic[a-z]*", "nsfw", "lewd", "molest[a-z]*", "seduc[a-z]*", "touch (her|him|them) (inappropriately|sexually)",
    "undress", "sexy", "hot pics", "xxx", "lingerie", "intercourse", "desnud[oa]s?", "sexo", "pelad[oa]s?", "nu(e|es|s)?", "sexe", "nangi", "chudai", "sambhog",
  ],
  childProtective: [
    "talk (to|with) (my|our|a)( [0-9]+ (year|yr) old)? (kids?|child|children|son|daughter|teen|teenager)", "is (that|this|it) (normal|ok|okay|appropriate|age appropriate)", "(sexual )?consent", "how (do|should|can) i (explain|talk|deal|handle|respond|stop)", "explain (to )?(my|our|a) (kids?|child|children)", "sex education", "sex ed", "protect (my|our|a|the)? ?(kids?|child|children)",
    "signs of (child )?(abuse|grooming)", "report (child )?(abuse|exploitation)", "prevent (child )?(abuse|grooming)", "puberty", "body safety", "age appropriate", "pediatric[a-z]*", "diaper",
    "hablar con mis hijos", "educacion sexual", "conversar com (meu|minha|meus)", "educacao sexual", "parler (a|avec) (mon|ma|mes) enfants?", "education sexuelle", "protection de l enfance",
  ],
  csamStrong: ["child porn[a-z]*", "cp links?", "csam", "pedo (content|videos?|pics)", "loli (porn|hentai|nudes?)", "nudes? of (a|my) (kid|child|minor|daughter|son|niece|nephew|student)", "pornografia infantil", "pedopornographie", "groom (a|the) (child|kid|minor|girl|boy)", "get (a|the) (child|kid) alone", "gain (a|the) (childs|kids) trust"],
  // S5 defamation
  falsehood: ["fake", "false", "made ?up", "fabricat[a-z]*", "invent[a-z]*", "untrue", "lies", "falsa", "falso", "faux", "fausse", "mensonger[a-z]*", "jhoot[a-z]*", "jhooth[a-z]*", "mentira", "rumou?rs?", "rumor(es)?", "boatos?", "rumeurs?", "afwah"],
  accusation: [
    "takes? bribes", "taking bribes", "bribes?", "kickbacks?", "arrested for", "(abused|abusing|molested|molesting) (kids|children|students|minors)", "child abuse", "sex offender", "(has|had) an affair", "(is|was) (a )?(drunk|addict|alcoholic)", "sobornos?", "recibe sobornos", "abusa de (ninos|menores)", "subornos?", "propinas?", "recebe propina", "pots de vin", "abuse (des|d) enfants", "rishwat", "ghotala", "ghoos",
    "pedophile", "paedophile", "rapist", "criminal", "murderer", "fraud(ster)?", "thief", "abuser", "cheat(ed|ing)? on", "took bribes", "embezzl[a-z]*", "has (aids|hiv|an std)", "drug addict", "racist",
    "pedofilo", "violador", "ladron", "asesino", "estuprador", "ladrao", "assassino", "pedophile", "violeur", "voleur", "chor", "balatkari", "corrupt", "corrupto", "corrompu",
  ],
  spreadText: [
    "article", "news", "story", "post", "tweet", "review", "press release", "claim", "allegation", "rumou?r", "spread", "blog", "that says?", "saying", "claiming", "accusing",
    "noticia", "articulo", "publicacion", "diciendo", "que diga", "materia", "postagem", "dizendo", "article", "publication", "disant", "khabar", "post likho",
  ],
  spreadVerb: ["write", "writing", "spread", "post", "publish", "tweet", "make up", "create", "generate", "draft", "escrib[a-z]*", "difundir", "publicar", "espalhar", "escrev[a-z]*", "ecri[a-z]*", "repandre", "propager", "publier", "likh[a-z]*", "phaila[a-z]*", "failao"],
  truthQuestion: ["is it true", "why do (people|some people|they) (say|think|believe)", "myths?", "stereotypes?", "debunk[a-z]*", "(respond|reply) to", "counter", "history of", "what is", "es verdad", "e verdade", "est ce (vrai|que)", "sach hai", "how to (deal|cope) with"],
  lawQuestion: ["is it (illegal|legal|a crime|against the law|punishable)", "what happens if (you|someone|i)", "penalt(y|ies) for", "sentence for", "es ilegal", "e crime", "e ilegal", "est ce illegal", "kya (ye|yeh) (illegal|crime)", "report[a-z]*", "denunci[a-z]*", "signaler"],
  historical: ["history", "historical(l?y)?", "manhattan project", "hiroshima", "nagasaki", "oppenheimer", "ww ?(1|2|ii|i)", "world war", "cold war", "trinity test", "chernobyl", "historia", "historique", "histoire", "itihas", "was (made|built|developed|invented)", "were (made|built|developed|invented)", "documentary"],
  photoBenign: ["photos?", "photograph[a-z]*", "portraits?", "camera", "videos?", "film(ing)?", "lens", "hoops", "basketball", "free throws?", "a scene", "fotos?", "fotografia", "photographier", "shoot (a|the|my) (movie|film|video|wedding|scene|photo|hoops|shot)"],
  // S7 privacy
  locate: ["find", "get", "look ?up", "track(ing)?", "locate", "trace", "dox[a-z]*", "stalk[a-z]*", "spy on", "spy", "monitor", "read", "encontrar", "averiguar", "rastrear", "descobrir", "achar", "trouver", "localiser", "espionner", "espiar", "pata (lagao|karo|kaise)", "dhundh[a-z]*"],
  personalData: [
    "(home )?address(es)?", "where (she|he|they) lives?", "phone number", "social security( number)?", "ssn", "location", "real name", "ip address", "messages", "texts", "whatsapp (chats|messages)", "chats",
    "direccion", "donde vive", "numero de (telefono|celular)", "endereco", "onde (ela|ele) mora", "numero de telefone", "adresse", "ou (il|elle) habite", "numero de telephone", "ghar ka pata", "kahan rehti", "kahan rehta", "number",
  ],
  privateTarget: [
    "(someones|someone|a person|this person|this girl|this guy|a stranger|a celebrity|my ex|my exs|an ex|my crush|my coworker|my neighbou?r|an influencer|a streamer|a youtuber)", "(my )?(wife|husband|girlfriend|boyfriend|gf|bf|partner)s?( phone)? without", "without (her|his|their|him|them) (knowing|knowledge|consent|permission|finding out)",
    "de (alguien|una persona|mi ex|esa chica)", "sin que (ella|el) (sepa|se entere)", "de (alguem|uma pessoa|minha ex|meu ex)", "sem (ela|ele) saber", "d ?un inconnu", "de quelqu ?un", "sans qu ?(elle|il) (le )?sache", "kisi (ladki|ladke|ka|ki)",
  ],
  privateWeak: ["her", "his", "their", "him", "them", "my (wife|husband|girlfriend|boyfriend|gf|bf|partner|kids?|teen|son|daughter)s?", "uski", "uska", "su", "sua", "son", "sa"],
  spyVerb: ["dox[a-z]*", "stalk[a-z]*", "spy on", "spy", "secretly (track|monitor|read|record|follow)", "espiar", "espionner", "stalkear", "jasoosi", "read (her|his|their) (messages|texts|whatsapp|dms|emails)"],
  privacyBenign: ["my (own )?(phone|package|order|parcel|flight|run|steps|expenses|habits|calories|time|sleep|weight|period|budget)", "track (a|my) (package|order|parcel|shipment|flight)", "find my (phone|iphone|device)", "(address|location) of (the|a) (eiffel|embassy|consulate|restaurant|museum|store|hospital|office|airport|hotel)"],
  // S8 intellectual property
  pirateVerb: ["crack(ed|ing)?", "pirat[a-z]*", "keygen", "serial (keys?|numbers?)", "activation (keys?|codes?) (for )?free", "free (license|licence|activation) keys?", "bypass (drm|activation|license|licence|paywall)", "remove (drm|watermarks?|copy protection)", "torrent[a-z]*", "illegal ?ly download", "download [a-z ]{0,30} (for free|free)", "craquer", "piratear", "piratar", "descargar gratis", "baixar gratis", "telecharger gratuitement"],
  software: ["windows", "office", "photoshop", "adobe", "premiere", "autocad", "software", "softwares", "programs?", "games?", "apps?", "movies?", "films?", "series", "netflix", "spotify", "books?", "ebooks?", "pdf", "textbooks?", "juegos?", "jogos?", "filmes?", "peliculas?", "libros?", "livros?", "logiciels?", "jeux", "livres?", "winrar", "fl studio", "matlab", "premium", "course", "curso"],
  pirateBenign: ["crack (an|the|my|a) (egg|eggs|knuckles|joke|code interview|case|safe combination puzzle|window)", "crack (my|your) (back|neck|knuckles)", "pirates? (costume|ship|party|of the caribbean|ship|story|hat)", "crack (in|on) (the|my) (wall|screen|ceiling|windshield|phone)", "cracked (screen|phone|tooth|ribs?|lips|heels|skin)"],
  // S10 hate
  group: [
    "jews?", "jewish people", "muslims?", "islam", "blacks", "black people", "africans?", "gays?", "gay people", "lesbians?", "homosexuals?", "trans (people|women|men)", "transgender( people)?",
    "immigrants?", "refugees?", "mexicans?", "indians?", "pakistanis?", "arabs?", "asians?", "chinese", "latinos?", "hispanics?", "dalits?", "hindus?", "sikhs?", "christians?", "roma", "gypsies",
    "women", "disabled people", "autistic people", "judios?", "musulmanes", "negros", "gais", "gays", "homossexuais", "inmigrantes", "imigrantes", "juifs?", "musulmans?", "noirs?", "immigres", "arabes",
    "musalman[a-z]*", "mulle", "hindu log", "dalit log", "bihari[a-z]*", "madrasi[a-z]*", "nordestinos?", "venezuelanos?", "haitianos?", "bolivianos?",
  ],
  dehumanize: [
    "inferior", "subhuman", "sub human", "vermin", "animals", "cockroaches", "parasites", "filth", "dirty", "disgusting", "deserve to die", "should (all )?(die|be killed|be exterminated|be gassed|be deported|be shot|burn)",
    "exterminat[a-z]*", "genocide", "wipe out", "not (real )?humans?", "are (all )?(criminals|terrorists|rapists|stupid|lazy|thieves|evil)", "so (stupid|lazy|dirty|violent|greedy)", "go back to",
    "inferiores?", "animales", "cucarachas", "merecen morir", "deberian morir", "exterminar", "sujos?", "inferieurs?", "vermine", "doivent mourir", "exterminer", "gande", "kide", "marne chahiye", "nikalo",
  ],
  hateText: ["jokes?", "posts?", "speech", "essay", "tweets?", "songs?", "poems?", "messages?", "slogans?", "rant", "manifesto", "propaganda", "chiste", "piada", "blague", "discurso", "discours", "shayari", "why are", "why do", "prove that", "explain why"],
  slur: [
    "nigg(er|a|ers|as|uh)", "kikes?", "fag(g?ot)?s?", "trann(y|ies)", "chinks?", "spics?", "wetbacks?", "ragheads?", "towelheads?", "sand ?niggers?", "gooks?", "beaners?", "retards?",
    "sudacas?", "maricon(es)?", "bougnoules?", "youpins?", "katu(a|e|wa)", "chamars?", "bhangis?", "chakka",
  ],
  // S12 sexual content
  explicit: [
    "graphic (sex|sexual)[a-z ]{0,12}", "(graphic|explicit) sexual detail", "sexual detail", "sexual (details?|acts?|scenes?|roleplay|role play|fantas(y|ies)|encounter)", "(explicit|detailed|graphic) (sex|sexual)", "having sex", "have sex (with me|with you)", "sex with (me|you)", "make love (to|with) (me|you)", "(undress|strip) for me", "talk dirty", "dirty talk", "moan(ing)? for me", "sexo explicito", "escena de sexo", "cena de sexo", "hacer el amor", "fazer amor", "transar", "scene de sexe", "sexe explicite", "faire l amour", "relation sexuelle",
    "(sexually )?explicit (sex|scene|story|content|pics|photos|images|details|chat|roleplay)", "sexually explicit", "erotic[a-z]*", "smut", "porn[a-z]*", "nsfw", "hardcore (sex|porn)", "sex scenes?", "sex story", "dirty story", "x rated", "sexting", "sext", "horny", "nudes?", "naked (pics|photos|pictures|images)",
    "describe (sex|her naked body|his naked body)", "orgasm", "blowjob", "relato erotico", "cuento erotico", "historia (porno|erotica|caliente)", "conto erotico", "historia (porno|picante|quente)",
    "histoire (erotique|porno|coquine)", "recit erotique", "sexy kahani", "chudai( ki)?( kahani)?", "gandi (kahani|baatein|baaten)", "desi kahani", "xxx",
  ],
  sexualGen: [
    "act as", "be my", "you are my", "juego de rol", "jeu de role", "faz de conta", "finge ser", "fais semblant", "imagine (you|that you) (are|re)",
    "write", "tell", "describe", "generate", "roleplay", "role play", "rp", "send", "show", "create", "make", "give me", "lets have", "talk dirty", "pretend",
    "escribe", "escreva", "escreve", "cuentame", "conte", "manda", "envia", "muestrame", "ecris", "raconte", "envoie", "likho", "sunao", "bhejo", "dikhao", "karo",
  ],
  sexualBenign: ["safe sex", "sex education", "sexual health", "std", "sti", "contracepti[a-z]*", "condoms?", "erectile", "libido", "pregnan[a-z]*", "consent", "porn addiction", "quit porn", "stop watching porn"],
  // S13 elections
  election: ["vot(e|es|ing|ers?)", "elections?", "ballots?", "polling (place|station)s?", "mail in", "electoral", "voto", "votar", "votos", "eleicoes?", "elecciones?", "urnas?", "election", "scrutin", "bureau de vote", "chunav", "matdan", "evm"],
  electionAbuse: [
    "vote (twice|more than once|multiple times|again under)", "stuff (the )?ballots?", "ballot stuffing", "rig (the|an|a) election", "rigging", "fake ballots?", "suppress (the )?(votes?|turnout|voters)", "voter suppression (campaign|plan)",
    "(tell|text|message|convince|trick) (people|voters|them|[a-z]+ voters) (that|to vote|the election|voting)", "wrong (date|day|polling place)", "election (is|was) (moved|postponed|cancell?ed)", "(vote|voting) (by|via) (text|sms|phone)",
    "votar dos veces", "fraude electoral", "votar duas vezes", "fraude eleitoral", "voter deux fois", "fraude electorale", "do baar vote", "booth capturing", "fake news (about|sobre) (the )?(election|eleicao|eleccion)",
  ],
  // Payment cards: copying or using someone's card (skimming, cloning).
  cardVerb: ["clon[a-z]*", "skim[a-z]*", "duplicat[a-z]*", "copy", "copiar", "copier", "dump", "encode", "write to (a )?blank", "clone kar[a-z]*", "copy kar[a-z]*"],
  card: [
    "(credit|debit|bank|atm|gift) cards?", "cards?", "card (numbers?|details|data|stripe|chip)", "cvv", "magnetic (stripe|strip)", "mag ?stripe", "chip (and pin|cards?)",
    "tarjetas?( de (credito|debito))?", "numeros? de tarjeta", "banda magnetica", "cartao( de (credito|debito))?", "cartoes", "tarja magnetica", "cartes? (bancaires?|bleues?|de credit)", "carte", "piste magnetique", "card ka", "atm card",
  ],
  smearStrong: [
    "defamatory", "defame", "smear( campaign)?", "slander(ous)?", "libel(ous)?", "(ruin|destroy|damage|trash) (his|her|their|my [a-z]+s|the [a-z]+s) (reputation|good name|career)",
    "difamatori[oa]", "difam(ar|e|ando)", "calumnia(r)?", "difamacao", "difamar", "diffamatoire", "diffamer", "calomnie", "calomnier", "badnaam kar[a-z]*", "badnami (phaila|kar)[a-z]*", "izzat (kharab|mitti mein)",
  ],
  cardBenign: ["aadhaa?r( card)?", "pan card", "ration card", "voter id", "sim card", "library card", "health card", "insurance card", "id card", "duplicate", "sd ?cards?", "memory cards?", "graphics cards?", "video cards?", "network cards?", "sound cards?", "trello", "anki", "flash ?cards?", "business cards?", "tarot", "pokemon", "yu gi oh", "magic the gathering", "mtg", "deck", "card game", "html", "css", "ui card", "component", "react", "figma", "git", "repo"],
  // Sexual role-play: a role-play frame with bedroom intimacy.
  rpFrame: ["roleplay", "role play", "rp", "pretend (to be|you are|youre)", "act as", "be my", "you are my", "youre my", "juego de rol", "juguemos", "finge (ser|que)", "jeu de role", "fais semblant", "faz de conta", "finja (ser|que)", "ban (jao|ja)", "meri (girlfriend|gf|biwi) ban"],
  intimacy: [
    "in bed", "graphic detail", "(what|things|everything) (you|youd|you would|you ll|youll) do to me", "(touch|touching|kiss|kissing|undress|undressing|strip|lick|licking) me", "turn me on", "naughty", "intimate(ly)?", "sensual(ly)?", "seduc[a-z]*", "foreplay", "make out",
    "en la cama", "desnud[a-z]*", "tocarme", "besarme", "na cama", "me (tocar|beijar|despir)", "au lit", "me (toucher|deshabiller|caresser)", "bistar (mein|pe)", "romance karo",
  ],
  // Defamation: wanting a false, damaging claim about a real person to be believed.
  smearIntent: [
    "make it (sound |look )?(believable|convincing|real|credible|true|legit)", "so (that )?(people|everyone|they) (believe|think) (it|that|he|she)", "even (though|if) (it|its|that|this) (is )?(not|isnt) true", "(ruin|destroy|damage|trash) (his|her|their|my [a-z]+s|the [a-z]+s) (reputation|name|career)",
    "fake (news|story|article|scandal|allegations?)", "(false|made up|invented|fabricated) (claim|story|allegations?|accusation|rumou?r|news)",
    "que (parezca|suene) (real|creible|verdad)", "difam[a-z]*", "calumni[a-z]*", "arruinar (su|la) reputacion", "noticia falsa", "que (pareca|soe) (real|verdade|verdadeiro)", "destruir a reputacao", "noticia falsa",
    "(que|pour que) (ca|cela) (ait l air|semble) (vrai|credible|reel)", "diffam[a-z]*", "calomni[a-z]*", "ruiner (sa|la) reputation", "fausse (nouvelle|information|rumeur)",
    "badnaam kar[a-z]*", "badnami", "jhoothi (khabar|afwah|news)", "izzat (kharab|mitti)",
  ],
} as const satisfies Record<string, readonly string[]>;
