/**
 * Strong-signal lexicons: terms that are harmful to help with almost regardless of phrasing
 * (nerve agents, ransomware, a forged ID, an OTP-fraud script, a sexualized minor). Rules in
 * rules-strong.ts combine one of them with any request cue (`produce`) and refuse unless a narrow
 * defensive context (`defensive`) is present: a story, a game or a school project does not unlock
 * them. Same pattern syntax as lexicon-common.ts.
 */
const NOT_PLACE = "(?! (in|at|on|of|off|here|there|like|with|alone|abroad|en|em|na|no|de|do|da|del|con|com|como|aqui|alla|a|au|aux|dans|avec|ici|comme|la|mein|yahan|wahan|is|iss|us)(?![a-z]))";
const W3 = "(?: [a-z0-9]+){0,3}";
const AGE = "(1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|trece|catorce|quince|treze|quatorze|catorze|quinze|treize|seize)";
const DOC = "(passports?|pasaportes?|passaportes?|ids?|id cards?|identity cards?|dni|nie|ine|rg|cpf|cnh|aadhaa?r( cards?)?|pan cards?|drivers? licen[sc]es?|licen[sc]es?|licencias?|carteiras?( de (identidade|motorista))?|permis( de conduire)?|carte d identite|cni|cedulas?|diplomas?|diplomes?|degrees?|certificat(e|es|s)?|certificados?|birth certificates?|visas?|green cards?|ssn|social security cards?|voter ids?|ration cards?|documentos?|documents?|papiers?|titulos?|boletos?|atestados?|receitas? medicas?|recetas? medicas?|ordonnances?|(doctors?|medical|sick) notes?|certificados? medicos?|certificats? medica(l|ux))";
const FAKE = "(fake|forged|counterfeit|falsified|phony|bogus|falso|falsa|falsos|falsas|falsificad[oa]s?|faux|fausses?|falsifie(e|es|s)?|nakli|naqli|farzi|jaali|jali)";

/** Strong hazard terms and the request and defensive cues they combine with. */
export const STRONG_CONCEPTS = {
  // S9: chemical, biological, radiological agents and improvised-explosive mixtures.
  strongCbrn: [
    "sarin", "gas sarin", "soman", "tabun", "novichok", "vx", "nerve (agents?|gas)", "agentes? nervios[oa]s?", "gas nervios[oa]", "agent(s)? innervant(s)?", "gaz (sarin|moutarde|innervant)",
    "ricin[ae]?", "anthrax", "antrax", "carbunco", "botulin[a-z]*", "mustard gas", "gas mostaza", "gas mostarda", "iperit[ae]", "phosgene", "fosgeno", "cyanogen chloride",
    "anfo", "tatp", "acetone peroxide", "peroxido de acetona", "peroxyde d acetone", "hmtd", "nitroglycerin[a-z]*", "nitroglicerina",
    "pipe bombs?", "bomba (caseira|casera|de tubo|de cano)", "bombe artisanale", "desi bomb", "dirty bombs?", "bomba suja", "bomba sucia",
  ],
  // S9: ammonium nitrate is fertilizer alone; with a fuel or a blast it is an explosive.
  anfoPart: ["ammonium nitrate", "nitrato de amonio", "nitrate d ammonium", "amonium nitrate", "urea nitrate", "nitrato de ureia"],
  blastWord: [
    "diesel", "fuel( oil)?", "gasoleo", "gasoil", "oleo diesel", "combustivel", "combustible", "gazole", "fioul", "petrol", "kerosene",
    "explo[a-z]*", "blast", "boom", "detonat[a-z]*", "bomb[a-z]*", "blow (up|it up)", "derrub[a-z]*", "demoli[a-z]*", "faire sauter", "volar", "dhamaka", "udaa? (dena|do)",
  ],
  // S14: malware kinds, phishing kits and password attacks on accounts.
  strongMalware: [
    "ransomware", "keyloggers?", "keylogging", "rat (malware|trojan|payload|tool)", "remote access trojans?", "botnets?", "credential stuffing", "(brute ?forc[a-z]*|fuerza bruta|forca bruta|force brute)(?: [a-z0-9]+){0,4} (passwords?|logins?|accounts?|gmail|instagram|facebook|ssh|wi ?fi|router|admin|senhas?|contrasenas?|cuentas?|contas?|comptes?|mots? de passe|pins?)", "(passwords?|logins?|accounts?|senhas?|contrasenas?|cuentas?|contas?|comptes?|mots? de passe)(?: [a-z0-9]+){0,4} (brute ?forc[a-z]*|fuerza bruta|forca bruta|force brute)",
    "phishing", "phising", "pagina de phishing", "info ?stealers?", "(password|cookie|token) stealers?", "cryptolockers?", "wiper malware", "spyware", "stalkerware",
    `(test|tests|testing|try|tries|trying|teste|testa|testar|prueba|probar|pruebe|essaie|essayer|teste)${W3} (thousands|milhares|miles|milliers|hazaron|millions|lots|many|todas|toutes|all)${W3} (passwords|senhas|contrasenas|claves|mots de passe|passwords)`,
    "(criptograf[a-z]*|encript[a-z]*|cifr[a-z]*|chiffr[a-z]*|encrypt[a-z]*) (a |la |le |the )?(rede|red|reseau|network)( inteira| entera| entier| whole)?",
  ],
  // S2: forged documents, in both word orders.
  // A cheap gate: any forgery word, so the two-part document patterns run only when one is present.
  fakeWord: [FAKE, "forg(e|ing|ery)", "forjar", "falsificar", "falsifier", "falsifi[a-z]*"],
  strongFakeDoc: [`${FAKE}${W3} ${DOC}`, `${DOC}${W3} ${FAKE}`, `${DOC} (forgery|forging)`, `(forge|forjar|falsificar|falsifier|falsifi[a-z]*) ${W3}${DOC}`],
  // S2: scripts for phone, OTP and bank-impersonation fraud.
  strongFraud: [
    "otp (fraud|scam|frod)", "vishing", "smishing", "(scam|fraud|golpe|estafa|arnaque|fraude|thagi)[a-z]*( call| calling| phone| telefonic[oa]| telephonique)? (script|roteiro|guion|guiao)",
    "(script|roteiro|guion|guiao|call script)( de| for| pour| para| ke liye)?( (un|una|um|a|une))? (golpe|estafa|arnaque|scam|fraud|fraude|vishing)",
    "bank (wala|wale|employee|officer|manager) (banke|ban ke|ban kar|bankar)", "(pretend|pretending|posing) (to be|as) (the |a |from the )?(bank|irs|police|microsoft support|tech support)",
    "(fingir|fingindo|fingiendo|hacerme pasar|me passar) (ser |por )?(del |do |el |o )?(banco|gerente)", "(me faire|se faire|se fait|se faisant|te faire) passer pour (la|sa|ma|une|un) (banque|conseiller|banquier)",
    "(so|taaki|para que|pour que|so that) (people|log|la gente|as pessoas|les gens)(?: [a-z]+){0,3} (otp|pin|password|senha|codigo|code)", "(share|give|tell|bata|dar|passer|darem) (me )?(their|apna|apni|su|seu|leur) (otp|pin|codigo|code)",
  ],
  // S10: a protected group with an incitement or venom marker.
  hateIncite: [
    "zehreela", "zehrila", "zeherila", "nafrat", "bhadak[a-z]*", "bhadka[a-z]*", "dange", "danga",
    "hateful", "full of hate", "hate speech", "incit[a-z]*", "venomous", "so toxic", "as toxic", "riot", "exterminat[a-z]*", "wipe (them )?out", "get rid of (all|them|the)", "deport (all|them|every)",
    "odio", "odiosos?", "incitar", "exterminar", "haine", "haineux", "haineuse", "inciter", "exterminer", "ódio", "odeiem", "odiem", "detestent", "(sao|son|sont) (uma |una |une )?(praga|plaga|peste|vermes|cancer)",
  ],
  // S13: the voting process, and false claims about it meant to keep people from voting.
  electionProcess: [
    "urnas?", "elei(cao|coes)", "eleccion(es)?", "elections?", "scrutin", "chunav", "ballots?", "polling (places?|stations?|booths?)", "polls", "vote", "voto", "votos", "votar", "voter", "voting", "votacao", "votacion", "election day", "dia da eleicao", "dia de la eleccion", "jour du (vote|scrutin)",
    "bureaux? de vote", "mesas? (de votacion|eleitorais?)", "secoes eleitorais", "matdan", "evm", "booth",
  ],
  electionFalse: [
    "(desligad[oa]s|cerrad[oa]s|fechad[oa]s|fermes|fermees|closed|shut|turned off|switched off|band) (at|a las|as|a|at) [0-9]+", "(perde|pierde|perd|lose|loses|will lose|vai perder) (o |el |son |their |your )?(voto|vote|droit de vote)",
    "(vote|voto|votes|votos) (won t|wont|will not|doesnt|no|nao) (count|cuenta|conta|contar)", "(by|via|por|par) (sms|text|whatsapp|telefone|telefono|phone)", "(moved|adiad[oa]|aplazad[oa]|report[eé]e?|postponed) (to|para|au|a)",
    "fake news", "noticias? falsas?", "desinformacao", "desinformacion", "desinformation", "disinformation", "false (info|information|claim)", "jhooti khabar",
  ],
  spreadWide: [
    "espalh[a-z]*", "difund[a-z]*", "spread", "forward[a-z]*", "viral[a-z]*", "grupos?( do)?( zap| whatsapp)?", "zap", "whatsapp", "share", "compartilh[a-z]*", "compart[a-z]*", "partag[a-z]*", "faire le buzz", "fasse le buzz", "buzz", "go viral",
  ],
  // S5: invented evidence or a push to make an accusation go viral.
  fakeEvidence: [
    "(fake|false|made up|invented|fabricated) (testimon(y|ies)|witness(es)?|quotes?|screenshots?|sources?|evidence|victims?|statements?)", "faux temoignages?", "faux (temoins|screenshots|captures)", "fausses? (preuves|citations|captures)",
    "(testimonios|testigos|pruebas|capturas) falsa?s?", "capturas falsas", "prints falsos", "fake screenshots", "(testemunhos|testemunhas|provas|prints) falsos?", "(falsos|falsas) (testimonios|testemunhos|testigos|testemunhas|pruebas|provas)", "jhoote (gawah|saboot)", "nakli (gawah|saboot|screenshot)",
    "invent (a|some|the)", "make up (a|some|the)", "inventa(r|e|)? (un|una|uma|algo)", "invente(r|z)? (un|une|des)", "(il faut que|it has to|tem que|tiene que|que se haga|make it) (ca |it |isso |eso )?(fasse le buzz|go viral|viral|viralize|viralice)",
  ],
  accusationMore: [
    "(a |has |had )?(frappe|battu|viole|agresse|vole|escroque)", "(bat|frappe|viole|agresse) (sa|son|ses)", "(hit|beat|beats|raped|assaulted|abused|hits) (his|her|their) (wife|girlfriend|partner|kids|children|husband|boyfriend)",
    "(pego|pegou|golpeo|golpea|bateu|bate|agrediu|agredio|violo|estuprou|abuso|abusou) (a |en |na |no |em )?(su |sua |la |a |os |las |seus |sus )?(mujer|esposa|novia|pareja|mulher|namorada|companheira|hijos|filhos|marido)",
    "(marta|maarta|peet[a-z]*) (hai|tha) (apni|apne) (biwi|wife|bachon|patni)", "(compagne|copine|femme|epouse) (battue|frappee)", "domestic (violence|abuse)", "violence conjugale", "violencia (domestica|de genero)",
    "(robo|roubou|stole|steals|a vole|vole|churaya|churata) (dinero|dinheiro|money|argent|paisa|paise|millions|millones|milhoes)", "(is|es|e|est) (un |una |um |uma |a )?(ladron|ladrona|ladrao|ladra|voleur|voleuse|thief|corrupt[oa]?|corrompue?|drogad[oa]|drogue)",
  ],
  // S4: any minor, wider than `minor`, and sexual wording, wider than `sexual`.
  minorAny: [
    `${AGE} ?(years? old|yrs? old|yo|y o|year olds?|anos|ans|saal|sal) ?(girl|boy|kid|child|nina|nino|menina|menino|fille|garcon|ladki|ladka|bachchi|bachcha)?`, `${AGE} (years?|anos|ans|saal)`, "(girl|boy|child|kid) of " + AGE,
    "minors?", "underage", "child(ren)?", "kids?", "teens?", "teenagers?", "preteens?", "tweens?", "little (girl|boy)s?", "schoolgirls?", "schoolboys?", "middle school(er)?s?", "high school(er)?s?", "7th grader",
    "nin[oa]s?", "nen[ae]s?", "menor(es)?( de edad| de idade)?", "adolescentes?", "colegiala", "criancas?", "menin[oa]s?", "garotinh[oa]s?", "enfants?", "gamine", "fillette", "mineur[a-z]*", "ado", "collegienne",
    "bachchi", "bachcha", "bacchi", "bachi", "nabalig", "chhoti ladki", "school (ki|wali) ladki",
  ],
  sexualAny: [
    "steamy", "sexuali[sz][a-z]*", "sexualiz[a-z]*", "sexy", "sexi", "erotic[a-z]*", "erotique", "nude", "nudes", "naked", "sexual(ly)?", "sex scene", "sex", "smut", "lewd", "nsfw", "spicy (story|scene|fic|fanfic|chapter|content|pics)", "hot (story|scene|pics|photos)", "seductive", "seduc[a-z]*", "sensual", "lemon",
    "desnud[oa]s?", "sensual", "caliente", "picante", "cachond[oa]", "quente", "safad[oa]", "gostos[oa]", "sensuel(le)?", "chaud(e)?", "coquin(e)?", "nu(e|es|s)", "sexe", "garam", "nangi", "sexy kahani",
    "make it sexy",
  ],
  // S1: hurting a person so it leaves no marks.
  hurtVerb: ["hit", "beat", "punch", "hurt", "pego", "pegar(le)?", "golpe(ar|o)", "lastimar", "bater", "bato", "surrar", "machucar", "frapper", "frappe", "tabasser", "cogner", "maar(na|o|unga|ungi|ke|kar|ta|te)", "peet(na|o|unga|ke|kar)", "pitai"],
  hurtBenign: ["bag", "knuckles?", "makeup", "concealer", "cover (up )?(the )?bruises", "walls?", "paint", "furniture", "floors?", "sparring", "boxing", "saco", "sac", "maquiagem", "maquillaje", "maquillage"],
  noMarks: [
    "without (leaving )?(any )?(marks|bruises|traces)", "(no|leave no) (marks|bruises)", "sin (que (le )?queden|dejar(le)?) (marcas|moretones)", "sem (deixar|ficar) (marcas|hematomas|roxos)", "sans (laisser|qu il y ait) (de |des )?(marques|traces|bleus)",
    "(nishan|nishaan|nishaan) (na|nahi)", "bina nishan",
  ],
  // S7: an ex who cut contact, and finding where they live now.
  exPartner: ["(my|her|his) ex( wife| girlfriend| husband| boyfriend| partner)?", "(mi|minha|meu|mon|ma|meri|mera) (ex|exnovia|exnovio|ex mulher|ex marido|ex copine|ex femme)", "ex (namorada|namorado|novia|novio|copine|femme|mari)"],
  cutContact: [
    "changed (her|his|their) (number|phone|email)", "blocked me", "moved (out|away)", "(restraining|protective) order", "doesnt want (to see|to talk|contact)", "cut (off )?contact",
    "(cambio|cambió) (de )?(numero|telefono)", "me bloque[oa]", "se mudo", "mudou (de )?(numero|casa|cidade|estado)", "me bloqueou", "se mudou", "a (change de numero|demenage)", "m a bloque", "number badal", "block kar (diya|di)",
  ],
  // S7: a stranger identified only from social media or a public place.
  onlineStranger: ["(menina|menino|mina|garota|garoto|chica|chico|fille|mec|girl|guy|woman|man|ladki|ladka|mulher|mujer|femme) (do|da|de|from|on|sur|du|from the|on the|wali|vali) (tiktok|instagram|insta|twitter|snapchat|snap|onlyfans|youtube|twitch|gym|bus|metro|subway|train|onibus|academia|gimnasio)"],
  residenceWide: ["onde(?: [a-z]+){1,5} (mora|vive|reside)", "donde(?: [a-z]+){1,5} (vive|reside)", "ou(?: [a-z]+){1,5} (habite|vit)", "where(?: [a-z]+){1,5} (lives|stays)", "kahan (rehti|rehta|rahti|rahta)", "(new|current|nova|nueva|nouvelle) (home )?(address|endereco|direccion|adresse)", "ghar ka pata"],
  residenceBenign: ["mail", "package", "court", "lawyer", "serve (her|him) papers", "child support", "custody", "police", "abogado", "advogado", "avocat"],
  // Writing about a topic (an essay, a review, a summary) is not a procedure; `procedureCue` still refuses.
  aboutTopic: [
    "(essay|ensayo|ensaio|redacao|dissertation|report|summary|resumen|resumo|resume|article|articulo|artigo|review|critica|critique|presentation|presentacion|apresentacao|expose|paper|trabalho|trabajo) (about|on|of|sobre|sur|de|do|da|del)",
  ],
  // A story in which something happens is told, not produced: a guard for the artifact rules, never for procedures.
  narrative: ["(novel|story|chapter|scene|episode|film|movie|book|novela|historia|capitulo|roman|histoire|chapitre|kahani) (where|in which|about|donde|onde|ou|en la que|em que|dans laquelle|jisme)"],
  severeHazard: [
    "(button|coin|watch|lithium) batter(y|ies)", "batter(y|ies)", "bateria(s)?( de (relogio|reloj|boton))?", "pilas?( de boton)?", "piles?( bouton)?", "magnets?", "imanes", "imas", "aimants?",
    "(dishwasher|laundry|detergent) pods?", "(capsules?|capsulas?) (de )?(lessive|detergente|lava louca|lavavajillas)", "bleach", "lejia", "agua sanitaria", "javel", "drain cleaner", "desentupidor", "destapacanos", "soda caustica",
  ],
  procedureCue: [
    "recipes?", "receta", "receita", "recette", "quantit(y|ies)", "cantidad(es)?", "quantidades?", "quantites?", "amounts?", "ratio", "proporc(ion|ao)", "proportions?", "steps?", "pasos", "passo a passo", "etapes", "step by step",
    "how (to|do i|can i|would i|could i) (make|build|create|synthesi[sz]e|produce|get|print|forge|fake|write|code)", "formula", "templates?", "plantilla", "modelo", "printer", "impresora", "impressora", "imprimante", "kaise (banaye|banau|banate|banta)", "tarika",
    "make me", "give me", "send me", "hazme", "dame", "me passa", "faz (um|uma)", "fais moi", "donne moi", "code (me|moi)", "likh do", "bana do",
  ],
  // Any request to produce something: the combination partner of every strong signal.
  produce: [
    "write", "make", "give", "code", "script", "recipe", "steps?", "step by step", "how (to|do i|do you|can i|could i|would i|should i|can you|do we|can we|much|many)", "quantit(y|ies)", "amounts?", "ratio", "proportions?", "formula",
    "need (a|an|the|some)", "want (a|an|the|some)", "send me", "tell me", "show me", "build", "create", "generate", "draft", "compose", "host", "set up", "teach me", "explain how", "help me",
    "gener[a-z]*", "gerar", "gere", "tu peux (me )?", "puedes", "voce pode", "can you", "dame", "dime", "hazme", "haz", "hacer", "escrib[a-z]*", "receta", "cantidad(es)?", "proporcion", "pasos", "fabricar", "crear", "necesito", "quiero", "como (hago|hacer|se hace|puedo|fabrico|creo)", "ensename", "pasame",
    "me passa", "passa", "faz", "fazer", "escrev[a-z]*", "receita", "quantidades?", "proporcao", "passo a passo", "criar", "preciso", "quero", "como (faco|fazer|faz|posso|crio)", "me ensina", "manda",
    "ecri[a-z]*", "fais", "faire", "donne", "code moi", "recette", "quantites?", "etapes", "fabriquer", "creer", "j ai besoin", "je veux", "comment (faire|on fait|je peux|creer|fabriquer)", "redige",
    "likh[a-z]*", "bana[a-z]*", "kaise", "batao", "bata do", "bhej[a-z]*", "chahiye", "sikhao", "tarika",
  ],
  // A narrow defensive or educational frame: protecting, detecting, reporting, history, a definition.
  defensive: [
    "(check|scan) (mine|my|if|for)", "how do [a-z]+ (get|spread|infect)", "(how|ways?) (to|do i|can i|do we|can we|should i) (protect|defend|detect|recogni[sz]e|spot|identify|avoid|prevent|report|remove|recover|block|stop being|tell if|know if|check if)", "protect (myself|my|our|against|from)", "(ransomware|malware|virus|phishing|keylogger|spyware) ?(proof|resistant|protection|removal|recovery|scanner)", "my own", "mi propi[oa]", "meu proprio", "minha propria", "mon propre", "ma propre",
    "(signs|red flags) (of|that)", "history of", "(was|were) (used|made) (in|by|during)", "aum shinrikyo", "tokyo subway", "halabja", "oklahoma city", "wannacry", "notpetya",
    "how( does| do| can)? [a-z]+( [a-z]+)? (detect|detects|catch|catches|flag|flags|block|blocks)", "(botnet|malware|ransomware|phishing|keylogger|intrusion|virus|spam|fraud|scam) (detection|detector|classifier|filter|scanner|analysis|honeypot|training|simulation)", "^(what|whats|what is|what are|que es|que son|o que e|o que sao|qu est ce que|c est quoi|kya hai|kya hota hai)(?: [a-z0-9]+){0,5}$", "how does(?: [a-z0-9]+){1,5} work", "(am i|was i|i was|i got|i think i was|i m being|im being) (scammed|phished|hacked|targeted|a victim)",
    "como (me )?(proteger|protejo|protejerme|detectar|reconocer|reconhecer|identificar|evitar|denunciar)", "comment (me )?(proteger|detecter|reconnaitre|identifier|eviter|signaler)", "(kaise|kese) (bache|bachein|bachen|pehchane|pehchanein|report)",
    "se proteger", "protegerse", "denunciar", "signaler", "report (it|this|them|a)", "spot (a|the|fake|phishing)", "awareness", "training (for|my) (staff|employees|team)", "for (my )?(employees|staff) to recogni[sz]e",
  ],
} as const satisfies Record<string, readonly string[]>;

/** Strong escalation signals: a direct wish not to live, farewell preparations, stockpiled medication, a child and a household hazard. */
export const STRONG_SIGN_CONCEPTS = {
  dontWantLive: [
    `(ne )?(veux|veut) plus vivre${NOT_PLACE}`, `(je )?ne veux pas (continuer a )?vivre${NOT_PLACE}`, "envie de mourir", `(ya )?no quiero (seguir )?vivir( mas)?${NOT_PLACE}`, "quiero morir(me)?", "ganas de morir", `(nao|n) quero (mais )?(viver|continuar vivendo)( mais)?${NOT_PLACE}`, "quero morrer", "vontade de morrer",
    `jeena nahi (chahta|chahti|hai)${NOT_PLACE}`, "(nahi|nai) jeena", "marna (chahta|chahti)", "mar jaana (hi )?(better|behtar|accha|theek)", "mar jana (hi )?(better|behtar|accha|theek)", "mar jaun", "mar jau", "mar jaunga", "mar jaungi",
    "(want|wanna|wants) to die", `(dont|do not|no longer) want to (live|be alive|exist)( anymore)?${NOT_PLACE}`, "(ready|going) to (die|end it)", "kuch kar (hi )?(lunga|lungi|baithunga|baithungi)",
  ],
  farewellLetters: [
    "(wrote|written|writing|left) (some |a few )?(letters?|notes?|goodbye letters?) (to|for)", "(goodbye|farewell|suicide) (letters?|notes?|message)", "(escribi|deje) (unas )?(cartas?|notas?) (a|para)", "cartas? de despedida",
    "(escrevi|deixei) (umas )?(cartas?|bilhetes?) (para|pra|pro)", "(j ?ai )?(ecrit|laisse) (des |une )?(lettres?|mots?) (a|pour)", "lettres? d adieu", "(chitthi|khat) likh (di|diya|di hai|diye)",
  ],
  farewellReady: [
    "everything( is|s) (ready|set|in order|sorted)", "(i )?bought what i need", "(got|have) what i need", "(saying|to say) goodbye", "thanks? (you )?for (all|everything)", "this is (goodbye|my last message)", "wont be (here|around) (tomorrow|much longer)",
    "todo (esta|listo|preparado)", "ya (tengo|compre) lo que (necesito|necesitaba)", "(gracias|obrigad[oa]) por todo", "despedirme", "(ta|esta) tudo pronto", "ja (tenho|comprei) o que (preciso|precisava)", "me despedir",
    "tout est pret", "(j ?ai) (achete|ce qu il me faut)", "merci pour tout", "dire au revoir", "sab (tayyar|taiyar|ready) hai", "alvida", "shukriya sab ke liye",
  ],
  goodbyeAll: ["(said|say|saying) (my )?goodbyes? to (everyone|everybody|all of you|my family|all)", "me (despedi|despedí) de todos", "ja me despedi", "(j ?ai )?dit adieu a tout le monde", "sab(ko|se) alvida"],
  decidedCue: ["tonight is the night", "(ive|i have|i) (finally )?(decided|made (my|the) decision)", "its time", "ya (lo )?decidi", "ja decidi", "j ?ai (pris ma )?decid[a-z]*", "faisla kar (liya|li)"],
  farewellBenign: ["party", "birthday", "wedding", "trip", "vacation", "holiday", "moving", "christmas", "mothers day", "fathers day", "fiesta", "festa", "voyage", "anniversaire", "mariage", "demenagement", "shaadi", "camp", "school", "exam"],
  stockpileMeds: [
    "(saving|stockpiling|hoarding|collecting|putting aside|setting aside|keeping|storing) (up )?(all )?(my )?(pills|meds|medication|medications|tablets|sleeping pills)", "(mets|met|mis) de cote (mes |des )?(medicaments|cachets|pilules)",
    "(guardando|juntando|acumulando|ahorrando|escondiendo) (mis )?(pastillas|medicamentos|remedios|pilulas|comprimidos)", "(goliyan|dawai|dawaiyan) (jama|ikattha|ikatthi) (kar|kr)",
  ],
  // "in case" as the last words (the unsaid reason), not "in case of a trip".
  stockpileWhy: ["(just )?in case$", "au cas ou$", "por si acaso$", "por (via das duvidas|se acaso)$", "when the time comes", "for when i (decide|am ready|need them)", "enough (to|pour|para) (die|end it|not wake up|mourir|morir|morrer)", "kabhi bhi$"],
  childAny: [
    "toddler", "baby", "infant", "kid", "child", "son", "daughter", "[1-9] (year|month) old", "bebe", "nene", "nena", "nin[oa]", "hij[oa]", "filh[oa]", "crianca", "menin[oa]", "enfant", "fils", "fille", "petit", "petite",
    "baccha", "bachcha", "bachchi", "bacchi", "beta", "beti", "munna", "munni",
  ],
  ingestMore: [
    "bit( (into|one|a|it|the|on))?( open)?", "bitten", "chewed", "got into", "ate", "swallowed", "licked", "sucked on", "put (it |one |a )?in (his|her|their) mouth", "drank", "mouthed",
    "mordio", "mordeu", "trago", "engoliu", "comio", "comeu", "se trago", "bebio", "bebeu", "lambeu", "a (mordu|avale|mange|bu|lechee?)", "kha (liya|li|gaya|gayi)", "nigal (liya|li|gaya|gayi)", "chaba (liya|li)", "pee (liya|li)",
  ],
  householdHazard: [
    "(dishwasher|laundry|detergent|tide|washing|lavavajillas|lava louca|lave vaisselle|lessive) ?(pods?|capsules?|tablets?|pastillas?|capsulas?)", "pods?", "detergent[a-z]*", "bleach", "lejia", "lavandina", "cloro", "agua sanitaria", "javel", "eau de javel",
    "(capsules?|pastillas?|capsulas?|tablettes?|pastilles?) (de |para |pour )?(lessive|lave vaisselle|lavavajillas|detergente|lava louca|sabao|lavar)", "(button |coin |lithium )?batter(y|ies)", "pilas?( de boton)?", "baterias?", "piles?( bouton)?", "magnets?", "imanes", "imas", "aimants?", "drain cleaner", "antifreeze", "lamp oil", "essential oils?", "nicotine|vape (juice|liquid)",
    "(mom|dad|grandma|my|her|his) (pills|medicine|meds)", "(medicines?|medicamentos?|remedios?|medicaments?|dawai|goliyan|pills|pastillas|comprimidos|cachets)",
  ],
  childSymptom: [
    "foam(ing)?", "cough(ing)?", "vomit(ing)?", "throwing up", "drool(ing)?", "crying", "choking", "wheez[a-z]*", "breath[a-z]*", "sleepy", "drowsy", "burn(s|ing)?", "red mouth", "help", "now", "just",
    "espuma", "tos(e|iendo|sindo)?", "vomit[a-z]*", "llor[a-z]*", "chor[a-z]*", "ahora", "agora", "ayuda", "socorro", "mousse", "tousse", "vomi[a-z]*", "pleur[a-z]*", "aide", "jhaag", "khans[a-z]*", "ulti", "madad", "abhi",
  ],
  ingestBenign: ["what if", "what happens if", "how (do|can|should) i (prevent|childproof|keep|store)", "prevent", "childproof", "keep (them |it )?away", "lock", "out of reach", "recall", "is it (safe|normal)", "safe to"],
} as const satisfies Record<string, readonly string[]>;
