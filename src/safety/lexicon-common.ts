/**
 * Shared concepts: words that frame a request (how to, make, a person as target).
 * Sources are regex fragments over normalized text (see normalize.ts): lowercase, no accents,
 * no apostrophes, one space between words, repeated letters collapsed (write "kill", it becomes "kil").
 */
export const COMMON_CONCEPTS = {
  howto: [
    "how (do|does|can|could|would|should|to|i|we|you|u|much|many)", "how", "ways? (to|of)", "best way", "easiest way", "steps?", "step by step",
    "instructions?", "tutorial", "guide", "recipe", "teach me", "show me", "tell me", "explain how", "help me", "give me", "i need to",
    "i (want|wanna|need|plan|intend) to", "whats (the )?(best|easiest|fastest)", "which (poison|drug|gun|knife|weapon)", "im (going|gonna|planning) to", "i will", "ill", "gonna", "where (can|do) i", "what (is|are) the best",
    "como", "manera de", "forma de", "pasos", "instrucciones", "receta", "ensename", "dime", "quiero", "voy a", "necesito", "donde",
    "jeito de", "passo a passo", "instrucoes", "receita", "me ensina", "me diga", "quero", "vou", "preciso", "onde",
    "comment", "facon de", "moyen de", "etapes", "recette", "apprends moi", "dis moi", "je veux", "je vais", "ou (puis|peut)",
    "kaise", "kese", "kaisay", "tarika", "tareeka", "batao", "bata do", "bataiye", "sikhao", "chahta", "chahti", "karna hai", "kahan se",
  ],
  make: [
    "make", "making", "made", "build(ing)?", "built", "create", "creating", "construct", "synthes[a-z]*", "produc(e|ing|tion)", "cook(ing)?",
    "manufactur[a-z]*", "assembl[a-z]*", "brew(ing)?", "weaponi[sz][a-z]*", "cultivat[a-z]*", "enrich(ing|ment)?", "prepar(e|ing)",
    "fabric[a-z]*", "hacer", "construir", "sintetiz[a-z]*", "producir", "cocinar", "armar", "fazer", "criar", "montar", "produzir",
    "fabriquer", "construire", "synthetiser", "preparer", "produire", "faire", "banana", "banate", "banaye", "banau", "banane", "banaen", "taiyar",
  ],
  write: [
    "write", "writing", "code", "program", "develop", "generate", "compose", "draft", "create", "make", "give me", "tell me",
    "escrib[a-z]*", "redact[a-z]*", "gener[a-z]*", "escrev[a-z]*", "ecri[a-z]*", "redige[a-z]*", "likh[a-z]*", "sunao", "cuentame", "conte", "raconte",
  ],
  acquire: [
    "buy", "get", "obtain", "acquire", "order", "source", "purchase", "find", "conseguir", "comprar", "obter", "arranjar", "obtenir", "acheter", "trouver", "kharid[a-z]*", "milega", "milta",
  ],
  person: [
    "someone", "somebody", "some one", "a person", "people", "him", "her", "them", "a (man|woman|girl|boy|guy|kid|child|baby|stranger)",
    "(my|his|her|their|the|this) (wife|husband|boss|neighbou?r|teacher|ex|girlfriend|boyfriend|gf|bf|father|mother|dad|mom|sister|brother|son|daughter|kid|child|baby|classmate|coworker|colleague|roommate|partner|landlord|friend|family|uncle|aunt|cousin|stepdad|stepmom|mother in law|wifes|husbands)",
    "a (cop|police officer|politician|president|judge|witness)", "the (president|senator|mayor|prime minister|witness)",
    "alguien", "una persona", "gente", "a (mi|mis|su) [a-z]+", "mi (esposa|esposo|marido|mujer|jefe|vecino|vecina|novia|novio|padre|madre|hermano|hermana|hijo|hija|suegra|ex)",
    "alguem", "uma pessoa", "pessoas", "(meu|minha) (esposa|marido|mulher|chefe|vizinho|vizinha|namorada|namorado|pai|mae|irmao|irma|filho|filha|sogra|ex)",
    "quelqu ?un", "une personne", "des gens", "(mon|ma) (femme|mari|patron|patronne|voisin|voisine|copine|copain|pere|mere|frere|soeur|fils|fille|belle mere|ex)", "le tuer", "la tuer",
    "kisi ko", "kisi", "usko", "unko", "use (maar|mar)[a-z]*", "(apne|apni|meri|mere) (boss|biwi|pati|padosi|padosan|girlfriend|boyfriend|baap|maa|bhai|behen|saas|dost|teacher)( ko)?",
  ],
  evade: [
    "without (it |me |us )?(getting|being) (caught|detected|traced|noticed|found)", "without leaving (a |any )?(trace|evidence)", "without (anyone|them|her|him) (knowing|noticing)", "untraceable", "get away with", "not get caught", "leave no (trace|evidence)",
    "look like an? (accident|suicide|natural)", "sin que (me|nadie|lo|la) [a-z]+", "sin dejar rastro", "sem (ser|que) [a-z]+", "sem deixar rastro",
    "sans (me faire|etre|laisser|quil|quelle) [a-z]+", "bina (pakde|pakda|kisi ko pata|pata chale|saboot)", "pakda na jau", "pakde na jaye",
  ],
  firstPerson: [
    "i", "im", "ive", "id", "me", "my", "myself", "we", "our", "us", "yo", "mi", "me", "estoy", "tengo", "eu", "meu", "minha", "estou", "tenho",
    "je", "j", "jai", "suis", "mon", "ma", "moi", "main", "mera", "meri", "mere", "mujhe", "mujhko", "hum", "hamare",
  ],
  someoneNear: [
    "(my|our) (dad|mom|father|mother|wife|husband|son|daughter|baby|kid|child|friend|grandma|grandpa|grandmother|grandfather|brother|sister|partner|neighbou?r|roommate|coworker)",
    "(he|she|hes|shes|they) (is|are|isnt|cant|wont|has|just)", "someone (here|is|just)", "this (man|woman|guy|person)",
    "mi (papa|mama|padre|madre|esposa|esposo|hijo|hija|bebe|abuela|abuelo|amigo|amiga|hermano|hermana)",
    "(meu|minha) (pai|mae|esposa|marido|filho|filha|bebe|avo|amigo|amiga|irmao|irma)",
    "(mon|ma) (pere|mere|femme|mari|fils|fille|bebe|grand mere|grand pere|ami|amie|frere|soeur)",
    "(mere|meri) (papa|pita|maa|mummy|biwi|pati|beta|beti|baccha|bachcha|dost|nani|dadi|nana|dada|bhai|behen)",
  ],
  now: ["right now", "now", "currently", "suddenly", "just", "ahora", "ahorita", "de repente", "agora", "de repente", "maintenant", "soudain", "tout a coup", "abhi", "achanak"],
  info: [
    "what (are|is) the (signs|symptoms|causes|warning signs)", "(signs|symptoms|causes|risk factors) of", "what causes", "how (do|can) (you|i) (tell|recognize|know)", "difference between",
    "(cuales son|que son) (los|las) (sintomas|senales)", "(sintomas|senales|causas) de", "(quais sao|o que sao) (os )?(sintomas|sinais)", "(sintomas|sinais|causas) de",
    "quels sont les (symptomes|signes)", "(symptomes|signes|causes) d", "lakshan", "kya hote",
  ],
  fiction: ["in (a|my) (novel|story|book|screenplay|game|movie|film)", "for (a|my) (novel|story|book|screenplay|game|movie|film|class|essay)", "history of", "historia de", "histoire de", "itihas"],
  games: [
    "chess", "video ?games?", "videojuegos?", "jeux? video", "games?", "gaming", "minecraft", "fortnite", "roblox", "gta", "call of duty", "cod", "counter strike", "cs ?go", "valorant",
    "elden ring", "dark souls", "skyrim", "zelda", "pokemon", "among us", "terraria", "league of legends", "lol", "dota", "overwatch", "apex", "pubg", "free fire", "clash of clans",
    "sims", "boss fight", "level", "npc", "my character", "dnd", "d&d", "dungeons", "warzone", "jogo", "jeu", "juego", "xadrez", "ajedrez", "echecs", "pubg", "bgmi",
  ],
} as const satisfies Record<string, readonly string[]>;
