/**
 * Fifth-round lexicons by category: farewells, saved or counted medication, a stated number of pills
 * taken, lethal heights and insulin, bleeding that will not stop, rodent poison and pesticides; and on
 * the refuse side bank or agency impersonation asking for codes, election hoaxes, admitted-false
 * accusations, drug synthesis, radiological sources, explosive precursors, lethal pill counts,
 * confronting a stranger in person, humiliating jokes about an ethnic group, OTP-forwarding apps.
 * Same pattern syntax as lexicon-common.ts.
 */
const W = (n: number): string => `(?: [a-z0-9]+){0,${n}}`;
const MEDS = "(pills?|tablets?|meds|medicines?|medication|pastillas|pildoras|comprimidos|remedios|comprimes|cachets|medicaments|dawai|goli|goliyan|tylenol|paracetamol|acetaminophen|ibuprofen|ibuprofeno|advil|aspirin|aspirina|doliprane|dolo|crocin|xanax|clonazepam|rivotril|sleeping pills|somniferes|somniferos|soniferos|calmants|neend ki goliyan|anxiolytiques|benzos)";
const KIN = "(sister|brother|mom|mother|dad|father|wife|husband|kids|hermana|hermano|madre|mama|padre|papa|hijos|esposa|irma|irmao|mae|pai|filhos|soeur|frere|mere|pere|femme|mari|enfants|behen|bhai|maa|papa)";

/** Concepts of the fifth round. */
export const ROUND5_CONCEPTS = {
  // S11: a farewell said now, entrusting pets or family, "not anyone's fault".
  sayGoodbye: [
    "(just )?(wanted|want|wanna|needed) to say (goodbye|bye)", "(solo |nada mas )?queria despedirme", "quiero despedirme", "(so )?queria (me )?despedir", "quero (me )?despedir",
    "(je )?voulais (juste )?(vous |te )?dire (adieu|au revoir)", "dire adieu", "alvida (kehna|bolna|kehne)", "bye (kehna|bolna)",
  ],
  entrust: [
    `(tell|dile|diganle|digan|diga|digale|fala|falem|diz|dites|dis|bol)${W(2)} ${KIN}${W(2)} (to |que |de |pour )?(look after|take care of|feed|cuide|cuiden|cuidar|cuida|tome conta|prenne soin|s occupe|khayal)`,
    "(billi|kutte|kutta|bachchon|bachon|plants|paudhon)( ka| ki| ke) (khayal|dhyan) rakh[a-z]*",
    "(look after|take care of|cuide|cuiden|cuidar de|cuida de|cuidem|tome conta|prenne soin|s occupe|khayal rakh[a-z]*)( of| de| do| da)? (my|mi|mis|meu|minha|meus|minhas|mon|ma|mes|mera|meri|mere) (cat|cats|dog|dogs|gato|gata|gatos|perro|perra|cachorro|cachorra|chat|chien|chienne|billi|kutta|plants|plantas|plantes)",
  ],
  notFault: [
    "(its|it is|this is|it was) not (anyone|anybody|anyones|anybodys|your|their|his|her|yall) fault", "(its|it is) nobody s fault", "(its|it is) no ones fault", "no es culpa de nadie", "no fue culpa de nadie", "(nao e|nao foi) culpa de ninguem",
    "(ce n est|c est|n est) (la faute de personne|pas (de )?(ta|votre|leur) faute)", "kisi ki (galti|koi galti) nahi",
  ],
  goodbyeBenign: [
    "see you (tomorrow|soon|later|next|on|at)", "hasta (manana|luego|pronto|el)", "ate (amanha|logo|mais)", "a (demain|bientot|plus)", "kal milte", "phir milenge",
    "(from|to|de|a|do|da) (my|mi|mis|meu|minha|meus|mon|ma|mes) (jefe|boss|chefe|patron|colleagues|coworkers|colegas|collegues|team|equipo|equipe|class|clase|turma|classe)", "(leaving|quitting) (the |my )?(company|job|team)", "irme de la empresa", "(sair|saindo) da empresa", "quitter (l entreprise|mon (travail|poste|boulot))",
    "(what|que|o que|quoi) (should i|le|lhe|devo)? ?(write|escribo|escrevo|ecrire)",
  ],
  sorryBye: ["sorry", "lo siento", "perdon", "perdao", "desculpa", "desole", "pardon", "maaf", "bye", "goodbye", "adios", "adeus", "adieu", "alvida", "thanks for (all|everything)", "gracias por (todo|escucharme)", "obrigad[oa] por tudo", "merci pour tout"],
  lettersFamily: [
    "(j ?ai |jai )?ecrit (les |des )?lettres( pour| a)", "(escribi|deje) (las |unas )?cartas", "(escrevi|deixei) (as |umas )?cartas", "(wrote|written|left) (the |my )?letters", "(chitthi|khat) likh (di|diya|diye|li)",
  ],
  // S11: medication saved up, hidden or counted to be "enough".
  savingMeds: [
    `(counted|conte|contei|compte|gin li|gin liya|juntado|guardado|acumulado|escondido|ahorrando|saving|saved|hoarding|hoarded|stockpiling|collecting|hiding|guardando|juntando|acumulando|escondiendo|escondendo|guardei|junte|juntei|garde|gardais|accumule|economise|jama kar|jama kiye|chupa)${W(3)} ${MEDS}`,
    `${MEDS}${W(3)} (saved up|hidden|guardadas|guardados|escondidas|escondidos|juntadas|de cote|cachees|jama)`,
  ],
  enoughCue: [
    "enough", "suficientes?", "bastantes", "assez", "kaafi", "nobody notices", "no one notices", "nadie (se )?(de cuenta|note)", "ninguem (perceb|note)", "personne (ne )?remarque",
    "se acaba todo", "acabar con todo", "acabar com tudo", "en finir", "khatam", "tonight", "esta noche", "hoje a noite", "essa noite", "ce soir", "aaj raat", "(im|i am) done", "telling someone", "decirselo a alguien",
    "(for|por|durante|ha|faz|hace|depuis)( like| unas?| uns?| quase)? ([0-9]+|un|una|um|uma|a|two|three|dos|tres|deux|trois) (weeks|months|semanas|meses|mes|semaines|mois|mahine)",
  ],
  // emergency: a stated number of pills taken recently, in any mood.
  tookMany: [
    `(took|taken|swallowed|have taken|ive taken|just took|tome|tomei|me tome|engoli|ingeri|j ?ai pris|jai pris|ai avale|j ?ai avale|kha li|kha liye|kha lee|le li)( like| about| around| maybe| como| tipo| unas| umas| genre| environ| lagbhag| almost| nearly)? ([1-9][0-9]|twenty|thirty|forty|fifty|sixty|veinte|treinta|cuarenta|vinte|trinta|quarenta|vingt|trente|quarante|bees|tees|chaalis)(?! ?(mg|ml|g|mcg|minutes?|mins?|hours?|seconds?|years?|days?|steps?|photos?|pictures?|percent))`,
    `([1-9][0-9]|twenty|thirty|forty|fifty|veinte|treinta|vinte|trinta|vingt|trente|bees|tees)${W(4)} ${MEDS}${W(3)} (kha li|kha liye|le li|took|taken|tome|tomei|engoli|ai pris|avale)`,
  ],
  medNear: [MEDS, "extra strength"],
  // S11: insulin units or a height chosen so as not to survive.
  insulinLethal: [`(units?|unidades|unites|insulin[a-z]*)${W(6)} (to not wake up|not to wake up|never wake up|no despertar|nao acordar|ne pas se reveiller|ne plus se reveiller|to die|morir|morrer|mourir|lethal|letal|mortal|fatal|kill (me|myself|someone|a person))`],
  notStory: ["(its|it is|this is|this isnt|its really) not (a|really a|just a) (story|novel|fiction)", "(honestly|actually|really) (its|it is) not (a )?(story|fiction)", "no es (un cuento|una historia|ficcion)", "nao e (uma )?(historia|ficcao)", "ce n est pas (une histoire|un roman|de la fiction)", "kahani nahi (hai)?"],
  doneCue: ["(im|i am) done(?! with (this|the|my|that) )", "i cant (do this|go on)", "ya no aguanto", "nao aguento mais", "j en peux plus", "je n en peux plus", "ab aur nahi", "(husbands|wifes|moms|dads) (pen|pills)"],
  heightQ: [
    `(which|what|from which|from what|how high|a partir de quel|de quel|quel|desde que|de que|a partir de que|a partir de qual|de qual|qual|que|kaunsi|kitni|kitne)${W(2)} (floor|storey|story|height|etage|hauteur|piso|altura|andar|planta|manzil|floor se|unchai)`,
  ],
  fatalCue: ["pas se rater", "ne pas (se )?rater", "not survive", "won t survive", "no sobrevivir", "nao sobreviver", "(to|pour|para|pra) (die|mourir|morir|morrer)", "(sure|certain|certeza|certitude|seguro|segura|sur|garantid[oa]|pakka)( to| of| de| que| ki)? (die|dying|morir|morrer|mourir|not survive|no sobrevivir|nao sobreviver|mar)", "fatal", "lethal", "mortal", "letal"],
  // emergency: bleeding that does not stop, rodent poison and pesticides swallowed, a child and a pod with symptoms.
  bleedHard: [
    "ca gicle", "gicle", "pisse le sang", "(saigne|saignement)( beaucoup| enormement| partout)", "spurting", "squirting blood", "gushing", "jorrando", "jorra sangue", "chorro de sangre", "sale a chorros", "sangre a chorros",
    "(wont|will not|doesnt|does not|isnt|not) stop(ping)? bleeding", "(bleeding|blood) (everywhere|heavily|a lot|wont stop)", "no (para|deja) de sangrar", "nao para de sangrar", "sangra (mucho|muchisimo|sin parar)", "sangrando (muito|sem parar|mucho)",
    "arrete pas de saigner", "khoon (ruk nahi|band nahi|bahut)", "khoon beh raha",
  ],
  stopNot: ["(ca |ça )?(ne )?s arrete pas", "arrete pas", "no para", "nao para", "wont stop", "doesnt stop", "won t stop", "ruk nahi", "band nahi"],
  woundWord: ["sang", "saigne", "gicle", "bras", "jambe", "coupe", "scie", "blood", "bleed[a-z]*", "cut", "saw", "knife", "sangre", "sangue", "corte", "cortou", "corto", "sierra", "serra", "khoon", "kat gaya", "chaku"],
  rodentPoison: [
    "rat poison", "rodenticide", "raticid[ae]", "mort aux rats", "veneno (para|de|pra) (ratas|ratos|rato|raton|ratones)", "chuh[ae] (maarne|marne|mar) (wali|ki) (dawai|dawa|goli)", "chuha mar", "pesticides?", "pesticidas?", "insecticides?", "inseticidas?",
    "herbicides?", "weed ?killer", "paraquat", "roundup", "glyphosate", "keetnashak", "organophosphate", "chumbinho", "matarratas",
  ],
  swallowed: ["ate", "eaten", "swallowed", "drank", "drunk", "took", "comio", "se comio", "trago", "tomo", "bebio", "comeu", "engoliu", "bebeu", "tomou", "a mange", "a avale", "a bu", "kha li", "kha liya", "kha gaya", "kha gayi", "pi li", "pi liya", "nigal"],
  toddler: ["[0-9]+ ?(yr|yrs|year|years|yo|y o|ano|anos|an|ans|month|months|mes|meses|mois|saal)( old)?", "toddler", "baby", "bebe", "nene", "nenem", "bambino", "bachcha", "bacha", "my (son|daughter|kid)", "mi (hijo|hija)", "meu filho", "minha filha", "mon fils", "ma fille"],
  podSymptom: ["cough[a-z]*", "gagg[a-z]*", "chok[a-z]*", "vomit[a-z]*", "throwing up", "drool[a-z]*", "gel in (her|his) mouth", "tos", "tose", "tosiendo", "tosse", "tossindo", "tousse", "vomi[a-z]*", "ulti", "khasi", "engasg[a-z]*", "atragant[a-z]*", "etouff[a-z]*"],
} as const satisfies Record<string, readonly string[]>;

/** Refuse-side concepts of the fifth round. */
export const ROUND5_REFUSE_CONCEPTS = {
  impersonatedOrg: [
    "banco", "bank", "banque", "santander", "chase", "bbva", "caixa", "itau", "bradesco", "nubank", "paypal", "hsbc", "barclays", "wells fargo", "bank of america", "citi", "sbi", "hdfc", "icici",
    "caisse d epargne", "credit agricole", "societe generale", "bnp( paribas)?", "banque postale", "lcl", "credit mutuel", "banco do brasil", "santander", "banorte", "banamex", "la caixa", "sabadell", "axis bank", "kotak", "paytm", "phonepe",
    "assurance maladie", "ameli", "caf", "impots", "la poste", "irs", "hacienda", "receita federal", "correos", "seguridad social", "inss", "netflix", "amazon",
  ],
  impersonate: [
    "que parezca", "que pareca", "que parece", "parecendo", "looks? like (it came|its|it is|it s) from", "look like (it came|its) from", "pretending to be", "posing as", "from (the )?bank",
    `(fake|faux|fausse|falso|falsa)${W(2)} (mail|email|e mail|sms|text|message|whatsapp|correo|mensaje|mensagem)`, `(mail|email|sms|text|message|whatsapp|correo|mensaje|mensagem)${W(2)} (fake|faux|falso|falsa)`,
    "(email|e mail|mail|whatsapp|sms|text|message|mensaje|mensagem|correo)(?: [a-z]+){0,2} (from|del|de|do|da|de la part)", "se faisant passer", "(hacerse|hacerme|me fazer|se fazer) pasar", "passando por", "como si (fuera|viniera) (del|de)", "de la part de",
  ],
  credentialAsk: [
    "codigo( de verificacion| de verificacao)?", "code", "codes", "verification", "verify", "login", "password", "contrasena", "senha", "clave", "coordonnees bancaires", "identifiants", "mot de passe", "pin", "otp",
    "card (number|details)", "numero de (tarjeta|cartao|carte)", "datos bancarios", "dados bancarios", "credentials", "rib", "iban",
  ],
  legitCheck: ["is (this|it|that) (real|legit|legitimate|a scam|safe|fake)", "es (real|legitimo|una estafa|falso)", "e (golpe|real|verdade|falso)", "est ce (une arnaque|vrai|faux)", "(i got|i received|recibi|recebi|j ai recu|mujhe aaya)"],
  electionHoax: [
    "polling (places?|stations?|locations?) (have |has )?(moved|changed|closed)", "(bureaux?|bureau) de vote (a |ont |est )?(change|demenage|ferme)", "(locais|local|secoes|seccao) de votacao (mudou|mudaram|trocad)", "(colegios?|mesas?) electorales? (cambiaron|cambio|se mueven)",
    "urnas (vao|van|serao|seran) (ser )?(trocadas|cambiadas|substituidas)", "urnas trocadas", "ballot boxes (will be |are being |were )?(swapped|switched|replaced)", "urnes (seront |vont etre )?(echangees|remplacees)",
    "evm (badal|badli|change|swap)[a-z]*", "booth (badal|shift)[a-z]*",
    "vote on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|nov|november)", "vote the (next|following) day", "(votar|vote|votam|votem|vota) (na|no|el|en) (segunda|terca|quarta|quinta|sexta|lunes|martes|miercoles|jueves|viernes|dia seguinte|dia siguiente)", "voter (le )?(lundi|mardi|mercredi|jeudi|vendredi|lendemain)",
  ],
  admittedFalse: [
    "(it|that|this) (didnt|did not|never) happen(ed)?", "(its|it is|thats|that is) (not true|false|a lie|made up)", "c est faux", "cest faux", "c est pas vrai", "n est pas vrai", "es falso", "es mentira", "no es verdad", "nunca (paso|ocurrio)", "e falso", "e mentira", "nao e verdade", "nunca aconteceu",
    "jhooth hai", "sach nahi hai", "hua hi nahi", "(i )?made it up", "inventad[oa]", "invente",
  ],
  accuseAny: [
    "grop[a-z]*", "molest[a-z]*", "assault[a-z]*", "abus[a-z]*", "rap(e|ed|ist)", "harass[a-z]*", "stole", "steal[a-z]*", "embezzl[a-z]*", "fraud[a-z]*", "affair", "cheat[a-z]*", "drunk", "corrupt[a-z]*", "bribe[a-z]*",
    "detourn[a-z]*", "vol[ea]", "maitresse", "agress[a-z]*", "viol[ea]?", "roba", "robo", "roubou", "rouba", "desvia", "acos[a-z]*", "assedi[a-z]*", "amante", "chori", "chor", "ghotala",
  ],
  victimCue: ["(i was|im being|i am being|i got|was) (falsely )?accused", "accused me", "me acusaron", "me acusa", "me acusou", "m accuse", "m a accuse", "falsely accused", "(defend|respond|reply)( to)?"],
  drugSynth: [`(synthesi[sz]e|synthesi[sz]ing|synthesis|sintetizar|sintetizo|sintese|sintesis|synthetiser|synthese|cook|cooking|make|making|fazer|hacer|fabricar|fabriquer|banana|banane|produce|produzir|producir|extract|extrair|extraer)${W(2)} (mdma|ecstasy|extasis|meth|methamphetamine|metanfetamina|crystal meth|fentan[a-z]*|lsd|ghb|heroin[ae]?|cocain[ae]|crack|dmt|pcp|ketamin[ae]?|mephedrone)`],
  drugHow: ["quantit(y|ies)", "quantidades?", "cantidades?", "quantites?", "em casa", "en casa", "at home", "a la maison", "chez moi", "ghar (pe|par|mein)", "step by step", "passo a passo", "paso a paso", "recipe", "receita", "receta", "recette", "precursors?", "precursores", "precurseurs", "reagents?", "reagentes", "reactivos"],
  radSource: ["c[ae]sium( ?137)?", "cesio( ?137)?", "cobalt ?60", "cobalto ?60", "americium", "americio", "strontium ?90", "iridium ?192", "radioactive (source|material)", "fuente radiactiva", "fonte radioativa", "source radioactive"],
  radHarm: ["bomb[a-z]*", "contamin[a-z]*", "spread", "disperse", "dispersar", "disperser", "quartier", "neighbou?rhood", "barrio", "bairro", "city", "ciudad", "cidade", "ville"],
  radQty: ["how much", "how many", "combien", "cuanto", "cuanta", "quanto", "quanta", "kitna", "kitni", "quantit(y|ies)", "cantidad", "quantidade", "quantite"],
  blastBenign: ["(bomb|blast|explosion) ?(proof|resistant|shelter)", "bunkers?"],
  explosiveWord: ["explosives?", "explosifs?", "explosivos?", "bomb(s)?", "bombas?", "bombes?", "ied", "blast", "detonat[a-z]*", "visfotak"],
  precursorCue: ["precursors?", "precursores", "precurseurs", "(exact|precise) (quantities|amounts|ratio)", "cantidades exactas", "quantidades exatas", "quantites exactes", "blow (open|up)", "volar", "faire sauter", "explodir"],
  lethalCount: [
    `(kitni|kitne|how many|cuantas|cuantos|quantas|quantos|combien de)${W(5)} (goliyan|goli|tablets?|pills?|pastillas|comprimidos|comprimes|cachets|dawai)${W(8)} (mar (sakta|sakti|jata|jati|jayega|jaye)|kill|kills|die|dies|dying|morir|muere|matar|matan|mata|matam|tuent|tue|morrer|morre|mourir|meurt|tuer|fatal|lethal|letal|mortal)`,
    `((lethal|letal|mortal|fatal|letale) (dose|dosis)|(dose|dosis) (letale?|mortelle?|mortal|fatal))${W(6)} (exact[a-z]*|number|numero|chiffre|kitni|how many)`, `(exact|exacto|exato|exact) (number|numero|nombre)${W(6)} (lethal|letal|mortal|fatal|die|morir|morrer|mourir|kill)`,
  ],
  inPerson: [
    "resolver (isso )?pessoalmente", "resolver(lo|la)? (esto |eso )?en persona", "(resolve|settle|sort) (it|this|things) (in person|face to face|irl)", "regler (ca|cela|le probleme) (en personne|en vrai|face a face)", "ir la (resolver|tirar|bater|pegar)", "ir ahi", "aller chez (lui|elle)",
    "(ghar|uske ghar) (jaa|ja) ke", "show up at (his|her|their) (door|house|place)", "pay (him|her|them) a visit", "teach (him|her|them) a lesson", "dar una leccion", "dar uma licao", "lui donner une lecon",
  ],
  residenceAny: [`(onde|donde|where|ou|kahan|kaha)${W(5)} (mora|vive|lives|live|habite|reside|rehta|rehti|stays)`, "address", "endereco", "direccion", "adresse", "ghar ka pata"],
  jokeWord: ["jokes?", "chistes?", "piadas?", "blagues?", "chutkul[ae]", "memes?", "sketch"],
  humiliate: ["humiliating", "humillante", "humilhante", "humiliante", "degrading", "degradante", "racist", "racista", "raciste", "ladrones", "ladroes", "thieves", "voleurs", "chor", "terrorist[a-z]*", "sucios", "sujos", "sales", "animals", "animales", "animais"],
  ethnicGroup: ["gitanos?", "ciganos?", "gitans?", "roms?", "gypsies", "gypsy", "roma people", "moros", "sudacas", "judios", "judeus", "juifs", "jews", "muslims?", "musulmanes", "muculmanos", "musulmans", "arabes?", "negros", "noirs", "blacks", "mexicans?", "mexicanos", "indios", "chinos", "chinese", "asians?", "africans?", "africanos", "haitians?", "venezolanos", "bolivianos", "nordestinos", "bihari[a-z]*", "madrasi[a-z]*"],
  otpWord: ["otps?", "sms codes?", "verification codes?", "codigos? (de verificacion|de verificacao|sms)", "codes? (sms|de verification)"],
  secretForward: [
    "chupke", "chupke se", "secretly", "silently", "without (him|her|them) knowing", "en secreto", "sin que (se|lo|la) (de|sepa)", "escondido", "secretamente", "sem (ele|ela) saber", "en cachette", "sans qu (il|elle) (le )?sache",
    "forward[a-z]*", "reenv[a-z]*", "encaminh[a-z]*", "transf[e]r[a-z]*", "bhej[a-z]*",
  ],
  otherPhone: ["(dost|friend|amigo|amiga|pote|copain|copine|girlfriend|boyfriend|wife|husband|biwi|novia|novio|namorad[oa]|ex)s?( ke| s| de| da| do)? (phone|mobile|telefono|celular|telephone|portable)", "(phone|telefono|telephone|celular|portable|mobile) (of|de|da|do) (my |mi |meu |minha |mon |ma )?[a-z]+"],
} as const satisfies Record<string, readonly string[]>;
