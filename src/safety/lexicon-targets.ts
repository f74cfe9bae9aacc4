/**
 * Refusal by category beyond English: harassment, threats, following a person, poisoning a person,
 * wider es/pt/fr/hi vocabulary for explosives, malware and phishing, drugs, illicit weapons and child
 * safety, and procedural requests inside a story or hypothetical wrapper. Same pattern syntax as
 * lexicon-common.ts.
 */
const W3 = "(?: [a-z0-9]+){0,3}";

/** Harassment, threat, stalking and wider hazard-vocabulary concepts. */
export const TARGET_CONCEPTS = {
  harassVerb: [
    "harass[a-z]*", "bully", "bullying", "cyberbull[a-z]*", "make (her|his|their|my [a-z]+s|the [a-z]+s) life (hell|miserable|a living hell)", "torment", "intimidate",
    "acosar(la|lo|le)?", "hostigar(la|lo|le)?", "amedrentar(la|lo|le)?", "hacer(le)? la vida imposible", "assediar", "infernizar", "tornar a vida (dela|dele) um inferno", "intimidar",
    "harceler", "intimider", "pourrir la vie", "(pareshan|tang|hairan) (kaise )?kar[a-z]*", "satana", "jeena (haraam|haram) kar[a-z]*",
  ],
  harassBenign: [
    "(being|been|im|i am|was|got) (harassed|bullied|threatened|stalked)", "(received|got|getting|sent me)", "deal with", "cope with", "stop (someone|them|him|her|a|the|my|being)", "report", "protect", "help (my|a) (kid|child|son|daughter|friend)",
    "me (acosa|acosan|amenaza|amenazan|assedia|ameaca|ameacam|harcele|harcelent|menace)", "(recibi|recebi|j ai recu|mila hai|aaya hai)", "mujhe (dhamki|pareshan)", "que hago", "o que fa[cz]o", "que faire", "kya karu",
  ],
  threatMsg: [
    "threatening (message|letter|text|note|email|dm|voicemail)", "(message|letter|note|text) (to )?threaten", "threaten (her|him|them|my [a-z]+|someone|the [a-z]+)", "scare (her|him|them|my [a-z]+) (into|so (she|he|they))",
    "(mensaje|carta|nota) (amenazante|de amenaza)", "amenazar (a )?(alguien|mi|mis|mi [a-z]+|[a-z]+)", "(mensagem|carta|bilhete) (ameacadora|de ameaca)", "ameacar (alguem|meu|minha|ele|ela|[a-z]+)",
    "(message|lettre|mot) (de menace|menacant|menacante)", "menacer (quelqu ?un|mon|ma|mes|[a-z]+)", "dhamki (bhara|bhari|wala|wali|de|dena|du|dun|kaise)", "dhamkana", "dhamkau",
  ],
  threatDirect: [
    "(tujhe|tumhe|usko|use|unko|tera|teri) (jaan se )?(maar|khatam kar) (dunga|dungi|dalunga|dalungi|denge)", "(apne|apni|us|is) [a-z]+ ko (jaan se )?(maar|khatam kar) (dunga|dungi|dalunga|dalungi|denge)", "te voy a (matar|hacer dano|romper)", "(vou|eu vou) te (matar|pegar|machucar|quebrar)",
    "je vais te (tuer|faire la peau|defoncer|buter)", "(ill|i will|im going to|im gonna|gonna) (kill|hurt|stab|shoot) you", "i know where you live", "se (donde|en donde) vives", "sei onde (voce|tu) mora",
    "je sais ou tu (habites|vis)", "pata hai (tu|tum) kahan (rehta|rehti|rehte)",
  ],
  followHome: [
    `(follow|tail) (her|him|them|someone|my ex|a girl|a woman|this girl|that girl)${W3} (home|to (her|his|their) (house|home|place|car|work))`, `(follow|tail|track) (her|him|them|my ex)${W3} without (being|him|her|them) (seen|noticed|noticing|knowing)`,
    `seguir(la|lo|le)${W3} (hasta|a) (su casa|donde vive|su trabajo)`, "seguir(la|lo|le) sin que", `segui (la|lo)${W3} (ate|sem)`, `seguir (ela|ele)${W3} (ate|em) (a )?casa`,
    `(la|le|les) suivre${W3} (jusqu|chez|sans)`, "(uska|uski|unka|us ladki ka) (peecha|picha) (karna|karu|karun|kaise|karta)",
  ],
  // S7: where a person lives, with words between ("onde minha ex mora"), and showing up there.
  residenceMore: [`(onde|donde|ou|kahan|where)${W3} (mora|vive|habite|vit|rehti|rehta|rehte|lives)`],
  confrontMore: ["(pra|para) aparecer(me)?( la| ali| alla| ahi| na casa| en su casa)?", "pour (debarquer|me pointer|aller) (chez|la bas)", "(wahan|waha|uske ghar) (jaana|jana|pahunch[a-z]*)", "(to )?show up( there)?"],
  // S1: poisoning a person, beyond English.
  poisonVerb: [
    "envenenar(la|lo|le|les)?", "envenene", "envenenaria", "empoisonner", "empoisonnerais", "intoxicar(la|lo|le)?", "intoxiquer",
    "(zeher|zahar) (kaise )?(de|dena|du|dun|dekar|khila[a-z]*|mila[a-z]*)",
  ],
  poisonBenign: ["(fue|foi|a ete|was|got|been|ho gaya|ho gayi) (envenenad[oa]|empoisonne[e]?|intoxicad[oa]|intoxique[e]?|poisoned)", "accident[a-z]*", "food poisoning", "intoxicacion alimentaria", "intoxicacao alimentar", "intoxication alimentaire", "antidot[a-z]*", "(signos|sintomas|sinais|signes|symptomes)"],
  // S1: a poison chosen to go unnoticed.
  poisonHidden: [
    `(veneno|venenos|poison|poisons|zeher|zahar)${W3} (que |qui |jo )?(nao |no |ne |pas )?(deixa|deja|laisse|leave|leaves)${W3} (rastro|rastros|trace|traces)`,
    `(veneno|venenos|poison|poisons|zeher|zahar)${W3} (indetectavel|indetectable|introuvable|undetectable|untraceable|pata (nahi|na) (chal[a-z]*|chale))`,
  ],
  // S9: explosives, wider wording.
  explosiveMore: [
    "artefact[oa] explosiv[oa]", "artefato explosivo", "polvora negra", "(bomba|bombe) (de tubo|tuyau|artesanal|artisanale|de fabrication artisanale|casera|caseira)", "cocktail molotov", "detonador(es)?", "detonateur",
    "explosif artisanal", "engin (explosif|incendiaire)", "desi bam", "petrol bam", "anfo", "fertili[sz]er bomb", "pressure cooker bomb", "(bomba|bombe) (de panela|de olla|a) (de pressao|de presion|autocuiseur)",
  ],
  // S14: malware and phishing, wider wording.
  malwareMore: [
    `virus${W3} (que|para|qui|pour|jo)${W3} (robe|roube|roubar|robar|vole|voler|steal[a-z]*|infect[a-z]*|apague|borre|supprime|cifre|criptografe|chiffre|espalhe|propague|spread[a-z]*|chura[a-z]*|mita[a-z]*|phaila[a-z]*|hack[a-z]*)`, "troyano", "cavalo de troia", "cheval de troie",
    "gusano informatico", "ver informatique", "programa espi(a|ao)", "logiciel espion",
    `(pagina|site|sitio|web|email|correo|e mail|mensaje|mensagem|sms|page|lien|link) (falsa|falso|falsificad[oa]|clonad[oa]|fausse|faux|clone|nakli)${W3} (do |da |de |del |du |de la |d )?(banco|banque|bank|nubank|itau|bradesco|santander|paypal|netflix|amazon|instagram|facebook|gmail|login|inicio de sesion|connexion)`,
    "fake (login|bank|paypal|netflix|instagram|facebook|gmail|microsoft|apple) (page|site|website|email|link|portal)", "(roubar|robar|voler|steal|churana|chura) (senhas|contrasenas|mots de passe|passwords|credenciais|credenciales|identifiants|logins?)",
  ],
  // Spotting or avoiding a scam rather than running one.
  spotBenign: ["identif[a-z]*", "reconhec[a-z]*", "reconoc[a-z]*", "reconna[a-z]*", "pehchan[a-z]*", "spot", "avoid", "evitar", "eviter", "cair em", "caer en", "tomber dans", "denunciar", "signaler", "report", "train (my )?(staff|team|employees)", "awareness"],
  // S2: drugs, wider wording.
  drugMore: ["fentanilo", "fentanil", "chitta", "afeem", "opio", "opium", "pasta base", "lanca perfume", "extasis", "extase", "pervitin", "nitazeno", "krokodil", "mdma", "ketamina", "cocaina", "heroina", "metanfetamina"],
  // S2: illicit weapons (made untraceable, automatic or silenced).
  illicitWeapon: [
    "ghost guns?", "untraceable (gun|firearm|weapon|pistol)", "(gun|pistol|rifle) silencer", "silencer (for|on) (a|my|the) (gun|pistol|rifle|glock|ar ?15)", "suppressor (for|on) (a|my|the)? ?(gun|pistol|rifle|glock|ar ?15)",
    "auto sear", "full auto", "(zip|pipe) gun", "homemade (gun|firearm|pistol|rifle)", "3d print(ed|ing)? (a |an )?(gun|firearm|pistol|glock)", `(convert|conversion)${W3} (to )?(full auto|automatic)`,
    "arma (casera|caseira|artesanal|sin numero de serie|sem numero de serie|impresa en 3d|impressa em 3d)", "silenciador (para|de) (pistola|arma|revolver)", "arme artisanale", "silencieux pour (pistolet|arme|fusil)", "desi katta", "katta (banana|banane|kaise)",
  ],
  // S4: child safety, wider wording.
  minorMore: [
    "(she|he|shes|hes) (is )?(1[0-7]|[1-9])( years old| yo)?(?![0-9])", "(tiene|tem) (1[0-7]|[1-9]) anos", "a (1[0-7]|[1-9]) ans", "(1[0-7]|[1-9]) saal (ki|ka)","(1[0-7]|[1-9]) (anos|ans|saal)", "adolescente de (1[0-5]|[1-9])", "nin[oa]s? pequen[oa]s?", "menor de idade", "colegiala", "gamine", "petit garcon", "petite fille", "school (ki|wali) ladki", "bachi", "bach?chon", "bac?chon", "bachiyon", "ladkiyon", "nabalig", "criancinhas?"],
  sexualMore: ["fotos? (intimas|desnud[oa]s?|sin ropa|peladas?|nuas?|sem roupa|intimes|nues?)", "sexo com", "relaciones con", "coucher avec", "sexy", "erotic[a-z]*", "sensual"],
  nudeMore: ["nuas?", "nus", "nues?", "nangi", "nange", "desnud[oa]s?", "pelad[oa]s?", "sem roupa", "sin ropa", "naked", "nude"],
  mediaWord: ["fotos?", "photos?", "imagens?", "imagenes", "images?", "videos?", "pics?", "pictures?", "clips?", "tasveer[a-z]*"],
  normalQuestion: ["is it (ok|okay|normal|safe|legal|fine)", "es normal", "e normal", "est ce (normal|grave)", "normal hai", "normal (for|para|pour)"],
  killAim: ["kill", "killing", "murder", "matar", "tuer", "maar[a-z]*", "mar (dalne|dene)", "jaan (lene|le)", "hurt", "harm", "dano", "machucar", "blesser", "se livrar de", "deshacerme de", "me debarrasser de", "get rid of"],
  groomMore: [
    "(secret|secreto|segredo) (from|de) (her|his|sus|seus|ses|dos) (parents|padres|pais)", "without (her|his|their) parents (knowing|finding out|noticing)", "sin que sus padres (sepan|se enteren)",
    "sem que (os|seus) pais (saibam|descubram)", "sans que ses parents (le )?(sachent|sache)", "bina (uske|unke) (maa baap|parents) ko (bataye|pata)",
  ],
  // Pronouns as a target, for harassment ("a vida dela").
  pronounTarget: ["dela", "dele", "delas", "deles", "ela", "ele", "ella", "lui", "elle", "usko", "use", "unko", "uski", "uske"],
  // Making, beyond lexicon-common's `make` (imperatives and infinitives).
  makeMore: ["crie", "cria", "crea", "crear", "creer", "cree", "monte", "faca", "haz", "fais", "bana do", "banao", "programe", "programa", "code moi", "genere", "gere"],
  // Procedural requests: exact steps or quantities (still refused inside a story or hypothetical).
  procedural: [
    "step by step", "(detailed|exact|precise|specific|full|complete) (steps|instructions|recipe|quantities|amounts|measurements|ratios?|procedure|method|dose|dosage)", "(exact|precise|specific) (amount|quantity|ratio|temperature)",
    "how (much|many) (grams|ml|mg|milligrams)", "(ingredients|materials) (and|with) (quantities|amounts)", "paso a paso", "(cantidades|medidas|proporciones|dosis) exactas", "passo a passo", "(quantidades|medidas|doses) exatas",
    "etape par etape", "(quantites|proportions|doses) exactes", "(poori|puri) vidhi", "kitna (gram|ml)", "exact(ly)? (how|what|which)",
  ],
  wrapper: [
    "hypothetical(ly)?", "in theory", "theoretically", "for (a|my) (story|novel|book|movie|screenplay|game|script|roleplay)", "in (a|my) (story|novel|book)", "roleplay", "role play", "pretend", "imagine", "act as", "my (character|villain)",
    "hipoteticamente", "en teoria", "em teoria", "en theorie", "hypothetiquement", "para (una|mi|uma|minha) (historia|novela|livro|libro)", "pour (un|mon) (roman|histoire|film)", "kahani (ke liye|mein)", "maan lo",
  ],
} as const satisfies Record<string, readonly string[]>;
