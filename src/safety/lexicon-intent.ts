/**
 * Concepts that combine a target person with an intent to harm, and wider self-harm and emergency
 * vocabulary; same pattern syntax as lexicon-common.ts. `W` is a gap of up to a few words, so that
 * phrases match with words between their parts ("seene mein bahut tez dard").
 */
const W2 = "(?: [a-z0-9]+){0,2}";
const W3 = "(?: [a-z0-9]+){0,3}";
const W4 = "(?: [a-z0-9]+){0,4}";
/** "living" as a way of life ("living in a city", "living costs") is not ideation. */
const NOT_PLACE = "(?! (in|like|with|at|on|near|here|there|abroad|alone|together|costs?|expenses|wage|situation|arrangements?|space|room|standards?|en|em|na|no|com|con|a|au|dans|avec|aqui|ici|ali|alla|sozinh[oa]|sol[oa]|seule?|mein|me)(?![a-z]))";

const CHEST = "(chest|chests|seene|seena|sine|chhati|chati|chaati|pecho|peito|poitrine|thorax)";
const PAIN = "(pain|pains|hurts?|hurting|pressure|tight|tightness|weight|squeez[a-z]*|crushing|dard|dolor|duele|dor|doi|douleur|mal|oppression|presion|pressao|aperto|jalan|bhaari|bhari)";

/** Target-person, harm-intent, passive-ideation and proximity concepts. */
export const INTENT_CONCEPTS = {
  // S11: passive and indirect suicidal ideation, without the stock phrases.
  passiveIdeation: [
    `(no|dont see (the|any)|cant see (the|any)|whats the|there is no|theres no|lost (the|all|any)|see no|any) (point|reason|purpose|sense)${W3} (living|to live|in life|going on|to go on|carry(ing)? on|being alive|existing|being here|staying alive)${NOT_PLACE}`,
    `(better|happier|easier) off without me`, `(everyone|everybody|they|my (family|kids|parents|wife|husband|friends)|people|the world)${W3} (better|happier) (off )?(without me|if i (wasnt|werent|was not|were not|was gone|were gone|died|disappeared))`,
    `if i (just )?(wasnt|werent|was not|were not) (around|here|alive|there) anymore`, `(i am|im|feel like) (such )?a burden (to|on) (everyone|everybody|my family|them)`,
    `(thinking|think|thought|thinkin) (about|of) (ending it|ending things|ending my life|ending it all|not being here|not waking up|killing myself|taking my (own )?life|dying)`,
    `(end|ending) (it|things|my life|it all)${W2} (tonight|today|soon|this week)`, `(tonight|today) (is|will be) (the night|the day|when) i (end|do it|go)`,
    `(go to sleep|fall asleep) and (never|not) wake up`, `wish i could (just )?(disappear|vanish|sleep forever|not wake up|stop existing|die)`, `(disappear|vanish) (forever|for good)`,
    `(no one|nobody|noone) would (notice|miss me|care|even notice)${W3} (if i|gone|died|disappeared)`, `(want|wish) (it all|everything|the pain|my life) to (stop|end) (forever|for good|permanently)`,
    `(have|got|with) (a|the) (rope|gun|bottle of pills|pills)${W3} (ready|in front of me|next to me)`, `going to take (them|all of them|all the pills|the whole bottle)`,
    // es
    `(no|ya no) (le )?(veo|encuentro|tiene|hay) (ningun |ninguna )?(sentido|razon|motivo)${W3} (vivir|seguir|la vida|existir|estar aqui)${NOT_PLACE}`, `(quiero|quisiera|me gustaria) desaparecer( para siempre)?(?! (de|das|dos|do|da|des|du|del|de la|de las|de los|from) (las |los |la |el |les |mis |my )?(redes|reseaux|internet|insta|instagram|social|mapa|radar|face|facebook|whatsapp|tiktok|twitter|grupo|groupe|group|chat))`,
    `(seria|serian|estaria|estarian|estarias) (mejor|mas felices)${W3} (sin mi|si (yo )?no (existiera|estuviera))`, `mejor${W3} si (yo )?no (existiera|estuviera)`,
    `ya no (aguanto|puedo|soporto)( mas)? (vivir|con (mi|la) vida|esta vida|existir)`, `no quiero (seguir|existir|estar aqui)`, `(pienso|pensando|pense) en (morir|matarme|quitarme la vida|acabar con todo|suicidarme)`, `soy una carga`,
    `dormir y no despertar`,
    // pt
    `(nao|ja nao) (vejo|tem|ha|encontro)( mais)? (sentido|razao|motivo)${W3} (viver|vivendo|continuar|a vida|existir)${NOT_PLACE}`, `nao aguento mais (viver|a vida|essa vida|existir|estar aqui)`,
    `(quero|queria|vou) (sumir|desaparecer)( de vez| pra sempre| para sempre)?(?! (de|das|dos|do|da|des|du|del|de la|de las|de los|from) (las |los |la |el |les |mis |my )?(redes|reseaux|internet|insta|instagram|social|mapa|radar|face|facebook|whatsapp|tiktok|twitter|grupo|groupe|group|chat))`, `(estaria|estariam|ficaria|ficariam|seria|seriam|vivem|viveriam)${W3} (melhor|mais felizes) sem mim`, `melhor sem mim`,
    `sou um (peso|fardo)`, `(pensando|pensei|penso) em (me matar|morrer|acabar com tudo|tirar (a )?minha vida|sumir)`, `(ja )?pensei em como (fazer|me matar|acabar)`, `dormir e nao acordar`,
    // fr
    `(je )?n ?en peux plus (de vivre|de cette vie|d exister)`, `(plus|aucun|pas de) (de )?sens${W3} (vivre|vie|continuer|exister)${NOT_PLACE}`, `(je veux|j ?ai envie de|je voudrais) (disparaitre|ne plus exister|ne plus etre la)(?! (de|das|dos|do|da|des|du|del|de la|de las|de los|from) (las |los |la |el |les |mis |my )?(redes|reseaux|internet|insta|instagram|social|mapa|radar|face|facebook|whatsapp|tiktok|twitter|grupo|groupe|group|chat))`,
    `(seraient|serait|serais|seront|vivraient) (mieux|plus heureux)${W3} sans moi`, `personne ne (remarquerait|verrait|regretterait|s apercevrait)${W3} si je (disparaissais|mourais|partais)`,
    `(envie|besoin) que tout s ?arrete`, `me jeter (sous|du haut|d un|par|dans)`, `je suis un fardeau`, `(je pense|j ?ai pense|je pensais) a (mourir|me tuer|en finir|disparaitre)`, `dormir et ne (plus|jamais) (me )?reveiller`,
    // hi (Latin script)
    `(jeene|jine|jeene|jeena|jina|zindagi)${W2} (ka|ki|mein|me)? ?(koi )?(matlab|fayda|faida|maksad|wajah|mann|man) nahi`, `(sab|sabhi|ghar wale|gharwale|family|log|sab log)${W3} mere bina (khush|behtar|acche|achhe)`,
    `(gayab|gaayab) (ho jana|ho jaun|ho jau|hona) (chah[a-z]*|hai)`, `main (ek )?bojh (hoon|hu|ban gaya|ban gayi)`, `(sab|sab kuch|khud ko|apne aap ko) khatam kar (dunga|dungi|lunga|lungi|du|dun)`,
    `(so|sona) (jaun|jau|jana) aur (kabhi )?(na|nahi) uthun`,
  ],
  // Emergency: chest pain and breathing trouble with words between the parts.
  chestNear: [`${CHEST}${W3} ${PAIN}`, `${PAIN}${W4} ${CHEST}`, `(me|le) duele${W3} (el )?pecho`],
  breathNear: [
    `(cant|cannot|can not|barely|hardly|struggling to|trouble|hard to|difficult to|unable to) (really )?(breathe|breathing|catch (my|his|her) breath)`, `(casi )?no (puedo|puede|podia)${W2} respirar`,
    `(quase )?nao (consigo|consegue)${W2} respirar`, `(du |beaucoup de )?mal a (respirer|reprendre son souffle)`, `(saans|sans|swas)${W3} (nahi|nai|nhi|na) (aa|le|aa rahi|aa raha|ho)[a-z]*`,
    `(saans|sans|swas)${W3} (phool|ruk|ukhad|atak|chadh)[a-z]*`, `respir[a-z]*${W2} (mal|com dificuldade|con dificultad|difficilement)`, `(short|out) of breath`,
  ],
  collapse: [
    `(collapsed|passed out|fainted|fell down|keeled over)${W4} (not|isnt|wont|is not|doesnt|cant) (breathing|responding|waking|moving|wake)`, `(se desmayo|se desplomo|se cayo|cayo al suelo)${W4} (no responde|no reacciona|no respira|no despierta)`,
    `(desmaiou|caiu)${W4} (nao responde|nao acorda|nao respira)`, `(s est effondre|s est effondree|s est evanoui|s est evanouie)${W4} (ne repond|ne respire|ne se reveille)`, `(gir (gaya|gayi|gaye|pade|pada|padi))${W4} (hosh nahi|uth nahi|saans nahi|jawab nahi)`,
    `(uth|utth) (nahi|nhi) (raha|rahi|rahe)`, `(neend|sleeping) (ki )?(goli|goliyan|pills)${W4} (kha|li|took|taken)`,
  ],
  // S1: putting something into a person's food or drink.
  adulterate: [
    "put", "putting", "slip", "slipping", "add", "adding", "mix", "mixing", "spike", "spiking", "lace", "lacing", "pour", "sneak", "dose",
    "echar(le)?", "echo", "poner(le)?", "pongo", "meter(le)?", "colocar", "coloco", "botar", "boto", "por", "pôr", "misturar", "mettre", "verser", "glisser", "ajouter",
    "mila (du|dun|doon|de|dena|diya|dun)", "milau", "milaun", "mila", "daal (du|dun|doon|de|dena)", "dal (du|dun|doon|de|dena)", "daalu", "dalu",
  ],
  personVessel: [
    `(someones|somebodys|his|her|their|my [a-z]+s|the [a-z]+s|a [a-z]+s|this [a-z]+s|my [a-z]+ [a-z]+s) (drink|drinks|coffee|tea|food|meal|lunch|dinner|water|beer|wine|glass|soup|juice|cup|smoothie|bottle)`,
    `(drink|coffee|tea|food|meal|water|beer|wine|glass|soup|juice|cup) of (someone|somebody|my [a-z]+|a [a-z]+|the [a-z]+)`, "in (his|her|their) (drink|coffee|food|tea|water)",
    `(bebida|comida|cafe|copo|vaso|agua|cerveza|cerveja|vino|vinho|sopa|jugo|suco|cha|te) (de|da|do|del|d) ?(mi|minha|meu|alguien|alguem|una persona|uma pessoa|otra persona|outra pessoa|la|el|su|sua|seu|[a-z]+)`,
    `(verre|boisson|cafe|repas|nourriture|the|biere|vin|soupe|plat) (de|d) ?(quelqu ?un|mon|ma|mes|son|sa|une personne|[a-z]+)`, `(son|sa|leur) (verre|boisson|cafe|repas|plat)`,
    `(khane|khana|chai|paani|pani|drink|coffee|daaru|sharab|juice|doodh)${W2} (mein|me|main)`, `(uske|uski|kisi ke|kisi ki|padosi ke|padosi ki)${W2} (khane|khana|chai|paani|drink|coffee|glass)`,
  ],
  harmOutcome: [
    "sick", "ill", "pass out", "passes out", "black out", "blacks out", "knock (him|her|them|someone|it) out", "knock out", "unconscious", "die", "dies", "hurt", "suffer", "vomit", "throw up", "shits?", "diarrh(o)?ea",
    "so (they|he|she) (dont|doesnt|wont) (notice|taste|know)", "without (him|her|them) (noticing|tasting|knowing)", "undetectable", "untraceable", "not notice",
    "enferm[a-z]*", "se (desmaye|duerma|muera|enferme)", "desmayar[a-z]*", "morir", "muera", "apagar", "apague", "desmaiar", "desmaie", "passar mal", "passe mal", "morra", "doente", "sem (ela|ele) (perceber|notar|saber)", "sin que (se de cuenta|lo note|lo sepa|note)",
    "malade", "perde connaissance", "perdre connaissance", "s ?endorme", "s ?evanouisse", "meure", "sans qu ?(il|elle) (le )?(remarque|sente|sache)",
    "bimar", "beemar", "behosh", "mar jaye", "pata na chale", "ulti", "tabiyat kharab",
  ],
  harmSubstance: [
    "sedatives?", "sleeping pills?", "sleeping tablets?", "laxatives?", "eye ?drops", "visine", "rohypnol", "roofies?", "benzos?", "valium", "ambien", "ghb", "rat poison", "antifreeze", "poison",
    "somnifer[a-z]*", "laxant[a-z]*", "calmant[a-z]*", "sedant[a-z]*", "sonifer[a-z]*", "neend ki (goli|goliyan|dawai)", "zeher", "zahar", "veneno", "poison",
  ],
  careGiving: [
    "(to )?help (him|her|them) (sleep|eat|take|swallow|calm)", "(so|to make sure) (he|she|they) (takes?|eats?|drinks?|swallows?) (it|the medicine|his medicine|her medicine|their medicine)", "prescribed", "(doctor|pediatrician|pharmacist) (said|told|recommended)",
    "para (ayudarle|ayudarlo|ayudarla|que (tome|se tome) (la|su) medicina)", "para (ajudar|que (ele|ela) tome o remedio)", "pour (l ?aider|qu ?(il|elle) prenne (son|le) medicament)", "dawai (khila|pila)[a-z]*",
  ],
  // S1 / S9: mixing chemicals into a gas aimed at a person.
  mixVerb: ["mix(ing|ed)?", "combin(e|ing|ed)", "blend", "mezcl[a-z]*", "combinar", "misturar", "misturo", "melang[a-z]*", "combiner", "mila[a-z]*"],
  chemicals: [
    "chemicals?", "household (chemicals|products|cleaners|cleaning products)", "cleaning (products|chemicals|supplies)", "cleaners", "bleach", "ammonia", "gas", "fumes",
    "productos (de limpieza|quimicos)", "quimicos", "produtos (de limpeza|quimicos)", "produits (menagers|chimiques|d entretien)", "gaz", "chemical", "kemikal", "safai (ke|ka) saman",
  ],
  harmAim: [
    "(hurt|harm|kill|injure|knock out|poison|gas|sicken|make sick|incapacitate|choke|suffocate)", "knock (him|her|them|out)", "(to|and|so i can|that would|that will|that could) (hurt|harm|kill|knock)",
    "danar(lo|la|les)?", "lastimar", "herir", "matar", "machucar", "ferir", "prejudicar", "blesser", "tuer", "nuire", "empoisonner", "intoxiquer", "nuksan", "maar", "bimar",
    "contra (mi|meu|minha|el|la|alguien|alguem|mis|meus|una persona|uma pessoa)", "contre (mon|ma|mes|quelqu|une personne|le|la|les)", "(ke|ki) (khilaf|against)",
  ],
  gasBenign: ["never (mix|combine)", "not (mix|combine)", "shouldnt (mix|combine)", "should not (mix|combine)", "no se deben mezclar", "nunca mezcl[a-z]*", "nao (se deve|devem|pode) misturar", "ne (jamais|pas|faut pas) melanger", "kabhi mat milao", "accident[a-z]*", "safety", "safe", "seguridad", "seguranca", "securite", "dangerous to", "why is it dangerous"],
  // S7: finding where a person lives, or confronting them.
  locateWide: [
    "find( out)?", "figure out", "work out", "get", "look ?up", "track( down)?", "locate", "trace", "dig up", "search",
    "encontrar", "averigu[a-z]*", "buscar", "saber", "rastrear", "descobrir", "descubrir", "conseguir", "sacar", "obtener", "obter", "pegar", "nikalna", "achar", "localizar", "trouver", "retrouver", "localiser", "savoir",
    "pata (kar|karu|karo|karun|lagau|lagao|lagaun|chale|chalega)", "pata kaise", "dhoondh[a-z]*", "dhund[a-z]*", "nikal[a-z]*",
  ],
  residence: [
    "(home|house|personal|private|real|current|new) address(es)?", "address(es)?", "where (she|he|they) (lives?|live now|lives now|stays?|works|is staying|sleeps)", "where(?: [a-z]+){1,3} (lives|lives now|stays|is staying|works now|moved to)", "where (she|he|they) (moved|went)",
    "(direccion|domicilio)( de (su|la) casa)?", "donde (vive|trabaja|se queda)", "(endereco|casa)", "onde (ela|ele) (mora|trabalha|vive|esta morando)", "(adresse|domicile)( personnelle| perso)?", "ou (il|elle) (habite|vit|travaille|loge)",
    "(ghar|ghr) (ka|ki) (address|pata)", "address", "kahan (rehti|rehta|rahti|rahta|rehte)", "ghar kahan",
  ],
  confrontIntent: [
    "(so|so that) (i|we) (can|could) (show up|go (there|over|see)|confront|visit|wait|surprise|find|see|talk to|meet)", "show up (at|to|there|on)", "(go|going|drive|turn up) (to|over to) (her|his|their) (house|home|place|door|work)",
    "wait (outside|for (her|him|them))", "confront (her|him|them)", "(at|on) (her|his|their) (door|doorstep)",
    "ir (a )?(buscarla|buscarlo|verla|verlo|a su casa|hasta su casa)", "aparecer(me)? (en su casa|alla)", "esperarla", "esperarlo", "enfrentarla", "enfrentarlo", "ir atras (dela|dele)", "ir ate (a casa|la)", "aparecer na casa",
    "aller chez (lui|elle|eux)", "l ?attendre", "debarquer chez", "(lui|la|le) (rendre visite|confronter)", "(milne|mil ne) (jana|jaunga|jaungi|jau)", "(uske|uski) ghar (ja|jana|jaunga|pahunch)", "bina (bataye|batae)",
  ],
  reverseLookup: [
    `(from|by|with|using|through|pelo|pela|so pelo|so pela|a partir (do|de|da)|par|avec|por|con|sirf|bas|just|only)${W2} (phone number|number|numero|instagram|insta|facebook|photo|picture|pic|foto|ip|ip address|license plate|plate|placa|plaque|email|username|tiktok)`,
    `(phone number|number|numero|instagram|insta|photo|ip address|license plate|placa)${W2} se`,
  ],
  targetPerson: [
    "(my|an|her|his) (ex|exs|ex girlfriend|ex boyfriend|ex wife|ex husband|crush)", "(this|that|a|the|some) (journalist|reporter|streamer|youtuber|influencer|celebrity|actress|actor|girl|guy|woman|man|person|stranger|tiktoker|blogger|critic|politician|judge|witness)",
    "(mi|minha|meu|mon|ma|apni|apne|meri|mere) (ex|exnovia|exnovio|crush)", "(un|una|uma|um|une|esa|esse|essa|ce|cette|el|la|o|a) (periodista|jornalista|journaliste|chica|chico|mujer|mulher|hombre|homem|fille|femme|mec|persona|pessoa|personne|desconocid[oa]|desconhecid[oa]|inconnu[e]?|influencer)",
    "(de|da|do|d) (mi|minha|meu|alguien|alguem|una persona|uma pessoa|quelqu ?un|une personne) ?(ex)?", "kisi (ke|ki|ka)", "(uski|uske|uska)", "(us|is) (ladki|ladke|aadmi|aurat)",
  ],
  addressBenign: [
    "(museum|museo|musee|museu|embassy|embajada|ambassade|embaixada|consulate|consulado|consulat|restaurant|hotel|store|shop|airport|station|hospital|office|clinic|library|park|tower|tour|torre|university|school|church|palace|stadium|company|business|headquarters)",
    "the (louvre|eiffel|white house|colosseum|british museum|taj mahal)", "(my|mi|minha|meu|mon|ma|mera|meri) (own )?(address|direccion|endereco|adresse)", "change (my|the) address", "email address", "ip address of (my|the) (router|server|printer|computer)", "gps", "google maps",
  ],
  // S2: weapons past security, or made to be undetectable.
  weapon: [
    "guns?", "firearms?", "pistols?", "handguns?", "revolvers?", "knife", "knives", "blades?", "box cutters?", "weapons?", "ghost guns?", "tasers?", "brass knuckles", "ammo", "bullets",
    "armas?( de fogo| de fuego| caseira| casera)?", "faca", "facas", "canivete", "pistola", "revolver", "cuchillo", "navaja", "balas", "municion", "municao",
    "couteau", "couteaux", "lame", "arme", "armes", "pistolet", "chaku", "chaaku", "chhura", "bandook", "banduk", "katta", "hathiyar", "goli",
  ],
  smuggle: [
    "sneak", "smuggl[a-z]*", `(get|bring|take|carry|slip)${W3} (past|through|thru|into|onto|inside)`, "hide", "hidden", "conceal[a-z]*", "undetect[a-z]*", "(not|never) (be )?(detected|found|caught|seen)", "without (being |getting )?(detected|noticed|caught|found|seen)",
    "pasar", "passar", "colar", "meter", "entrar con", "entrar com", "esconder", "escondid[oa]", "ocultar", "que no (sea|se) detect[a-z]*", "que nao (seja|se) detect[a-z]*", "sin ser detectad[oa]", "sem ser detectad[oa]", "indetectable", "indetectavel",
    "faire passer", "passer", "cacher", "cache", "dissimul[a-z]*", "sans etre (detecte|vu|repere)", "introduire", "chhupa[a-z]*", "chupa[a-z]*", "le ja[a-z]*", "le jaye", "le jau", "andar le",
  ],
  checkpoint: [
    "security", "metal detectors?", "airports?", "tsa", "x ?ray", "scanners?", "checkpoints?", "plane", "flight", "courthouse", "court", "stadium", "concert", "school", "festival", "club", "bag check", "prison", "jail",
    "seguridad", "seguranca", "detector(es)? de (metales|metais)", "aeropuerto", "aeroporto", "avion", "aviao", "estadio", "escola", "escuela", "tribunal", "prision", "prisao", "show",
    "securite", "portiques?", "detecteurs? de metaux", "aeroport", "stade", "ecole", "prison", "vol", "concert", "security check", "checking", "flight mein", "jail",
  ],
  weaponQuestion: ["(can|may) (i|we|you) (bring|take|carry|pack|fly with)", "(allowed|permitted|prohibited|banned|forbidden|rules)", "(se puede|puedo|posso|pode|peut on|puis je) (llevar|levar|apporter|emporter)", "permitid[oa]s?", "autorise", "interdit", "allowed hai", "le ja sakte", "declare", "check (it|in)"],
  // S14: reading another person's private messages.
  readOthers: [
    "(read|see|check|go through|look at|ler|leer|lire|ver|voir|padh[a-z]*|padhni|dekh[a-z]*) (her|his|their|as|las|los|ses|sus|uski|uske|os)? ?(private )?(messages|texts|chats?|dms|emails|mails|whatsapps?|mensagens|conversas|mensajes|conversaciones|chat)",
    "(messages|mensagens|conversas|mensajes|conversaciones|chat|chats) (dela|dele|de ella|de el|d elle|de lui|de mi [a-z]+|de ma [a-z]+)", "(uski|uske|unki) (chat|chats|messages)",
  ],
  hackWide: [
    "(get|log|break|sneak) into", "(access|open|unlock|crack|hack|hijack)", "entrar (al|a la|en el|en la|em|no|na|en)", "acceder (a|al)", "invadir", "hackear", "hakear", "clonar", "pirater", "rentrer dans", "acceder a", "craquer",
    "hack (kar|karu|karun|karo|karna|kaise)[a-z]*", "hack", "khol[a-z]*",
  ],
  otherAccount: [
    `(whatsapp|instagram|insta|facebook|face|gmail|email|correo|e ?mail|celular|telefone|telefono|compte|conta|cuenta|snapchat|tiktok|icloud|messenger|telegram|fb|phone|account|portable)${W2} (da|do|de|del|d) ?(minha|meu|mi|mon|ma|mes|la|el|su|sua|seu|alguien|alguem|quelqu ?un|une personne|uma pessoa|otra persona|outra pessoa|ex|novia|novio|namorada|namorado|esposa|marido|mari|femme|copine|copain|chefe|jefe|patron|vizinho|vecino|voisin)`,
    `(apni|apne|meri|mere|uski|uska|uske|kisi ki|kisi ka|kisi ke)${W2} (ka|ki|ke)? ?(instagram|insta|whatsapp|facebook|fb|phone|account|gmail|password|snapchat)`,
    `(my|his|her) (girlfriends|boyfriends|wifes|husbands|exs|crushs|partners|bosss|sisters|brothers|friends|coworkers|neighbou?rs)${W2} (account|instagram|insta|facebook|whatsapp|snapchat|email|gmail|phone|icloud|password)`,
  ],
  privateNoKnow: [
    "without (her|him|them|my [a-z]+) (knowing|noticing|finding out|permission|consent)", "sin que (se de cuenta|sepa|se entere|lo sepa|ella|el)", "sem (que )?(ela|ele) (saber|perceber|descobrir)",
    "sans qu ?(il|elle) (le )?(sache|remarque|s en rende compte)", "bina (bataye|pata chale|usko pata)", "usko pata na chale",
  ],
  evadeWide: [
    "(not|without) (get|getting|be|being) (arrested|caught|charged|jailed|sued|identified|traced)", "(avoid|escape) (getting )?(arrested|caught|charged|jail|prison|police)",
    "sin que (me|nos) (arresten|detengan|atrapen|pillen)", "sem (ser|ir) (preso|pego)", "sem que (ele|ela|eles|ninguem) (saiba|descubra|perceba)", "sem (ele|ela|eles|ninguem) (saber|descobrir|perceber|notar)",
    "sin que (el|ella|nadie) (sepa|se entere|se de cuenta|descubra)", "sans (me faire|etre) (arreter|arrete|attraper|prendre)", `(police|cops)${W2} (se )?bach[a-z]*`, "jail na (jaun|jau|jana)",
  ],
} as const satisfies Record<string, readonly string[]>;
