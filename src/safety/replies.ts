import { detectLanguage, parseLocale, type ReplyLanguage } from "./language.js";
import { FIND_A_HELPLINE, resourcesFor } from "./resources.js";
import type { HazardCategory } from "./types.js";

/** Who the reply is for: the text decides the language unless the locale says otherwise. */
export interface ReplyContext {
  text: string;
  /** BCP 47 locale of the sender when the platform reports one (e.g. `pt-BR`). */
  locale?: string;
  /** ISO country code configured for the deployment or the channel. */
  country?: string;
}

function languageAndCountry(context: ReplyContext): { language: ReplyLanguage; country?: string } {
  const fromLocale = parseLocale(context.locale);
  const language = detectLanguage(context.text, fromLocale.language ?? "en");
  return { language, country: context.country ?? fromLocale.country };
}

const SELF_HARM: Record<ReplyLanguage, (emergency: string, crisis: string) => string> = {
  en: (e, c) =>
    `I'm really glad you told me, and I'm sorry you're going through this. You don't have to face it alone.\n\n` +
    `If you might act on these thoughts or you're in danger right now, please call **${e}** now.\n` +
    `You can talk to someone any time: ${c}.\n\nI'm here to keep talking with you too. Would you like to tell me what's been happening?`,
  es: (e, c) =>
    `Gracias por contármelo. Siento mucho que estés pasando por esto; no tienes que enfrentarlo a solas.\n\n` +
    `Si sientes que podrías hacerte daño o estás en peligro ahora, llama al **${e}** ya.\n` +
    `Puedes hablar con alguien en cualquier momento: ${c}.\n\nTambién sigo aquí para hablar contigo. ¿Quieres contarme qué está pasando?`,
  pt: (e, c) =>
    `Obrigado por me contar. Sinto muito que você esteja passando por isso; você não precisa enfrentar isso sozinho(a).\n\n` +
    `Se você sente que pode se machucar ou está em perigo agora, ligue já para **${e}**.\n` +
    `Você pode conversar com alguém a qualquer hora: ${c}.\n\nEu também continuo aqui para conversar. Quer me contar o que está acontecendo?`,
  fr: (e, c) =>
    `Merci de me l'avoir dit. Je suis vraiment désolé que tu traverses ça ; tu n'as pas à l'affronter seul(e).\n\n` +
    `Si tu risques de passer à l'acte ou si tu es en danger maintenant, appelle tout de suite le **${e}**.\n` +
    `Tu peux parler à quelqu'un à tout moment : ${c}.\n\nJe reste là pour parler avec toi. Tu veux me dire ce qui se passe ?`,
  hi: (e, c) =>
    `Mujhe batane ke liye shukriya. Mujhe bahut afsos hai ki aap is waqt itna mushkil mehsoos kar rahe hain; aap akele nahi hain.\n\n` +
    `Agar aapko lagta hai ki aap khud ko nuksan pahuncha sakte hain ya abhi khatre mein hain, to abhi **${e}** par call karein.\n` +
    `Aap kabhi bhi kisi se baat kar sakte hain: ${c}.\n\nMain bhi yahan hoon aapse baat karne ke liye. Kya aap bataenge ki kya ho raha hai?`,
};

const MEDICAL: Record<ReplyLanguage, (emergency: string) => string> = {
  en: (e) =>
    `This sounds like it could be a medical emergency. **Call ${e} now** (or have someone nearby call) and follow the dispatcher's instructions.\n\n` +
    `While you wait: stay with the person, don't give food, drink or medicine unless the dispatcher says so, and if they stop breathing, start CPR if you can. ` +
    `If poison or pills are involved, keep the package to show the responders.`,
  es: (e) =>
    `Esto puede ser una emergencia médica. **Llama al ${e} ahora** (o pide a alguien cercano que llame) y sigue las indicaciones del operador.\n\n` +
    `Mientras esperas: quédate con la persona, no le des comida, bebida ni medicamentos salvo que te lo indiquen, y si deja de respirar, inicia RCP si sabes. ` +
    `Si hay veneno o pastillas de por medio, guarda el envase para mostrarlo.`,
  pt: (e) =>
    `Isso pode ser uma emergência médica. **Ligue agora para ${e}** (ou peça para alguém por perto ligar) e siga as orientações do atendente.\n\n` +
    `Enquanto espera: fique com a pessoa, não dê comida, bebida nem remédios a menos que orientem, e se ela parar de respirar, comece a RCP se souber. ` +
    `Se houver veneno ou comprimidos, guarde a embalagem para mostrar à equipe.`,
  fr: (e) =>
    `Cela ressemble à une urgence médicale. **Appelle le ${e} maintenant** (ou demande à quelqu'un à côté d'appeler) et suis les consignes de l'opérateur.\n\n` +
    `En attendant : reste avec la personne, ne donne ni nourriture, ni boisson, ni médicament sauf indication, et si elle ne respire plus, commence le massage cardiaque si tu sais le faire. ` +
    `S'il s'agit de poison ou de médicaments, garde l'emballage pour les secours.`,
  hi: (e) =>
    `Yeh medical emergency ho sakti hai. **Abhi ${e} par call karein** (ya paas mein kisi se call karwayein) aur operator ki baat maanein.\n\n` +
    `Intezaar karte waqt: vyakti ke saath rahein, bina kahe khana, paani ya dawai na dein, aur agar saans ruk jaye to aata ho to CPR shuru karein. ` +
    `Agar zeher ya goliyan li gayi hain, to unka packet sambhal kar rakhein.`,
};

/** The immediate escalation reply: warm, with emergency guidance and crisis contacts for the user's language and country. */
export function escalationReply(category: HazardCategory | undefined, context: ReplyContext): string {
  const { language, country } = languageAndCountry(context);
  const res = resourcesFor(language, country);
  const crisis = res.crisisLine ? `${res.crisisLine}, ${FIND_A_HELPLINE}` : FIND_A_HELPLINE;
  if (category === "emergency") return `${MEDICAL[language](res.emergency)}\n\n${FIND_A_HELPLINE}`;
  return SELF_HARM[language](res.emergency, crisis);
}

const REFUSAL: Record<ReplyLanguage, string> = {
  en: "I can't help with that one. If you'd like, I can help with something related, like the safety side, the history or the background, or something else entirely.",
  es: "Con eso no puedo ayudarte. Si quieres, puedo ayudarte con algo relacionado, como la parte de seguridad, la historia o el contexto, o con cualquier otra cosa.",
  pt: "Com isso eu não posso ajudar. Se quiser, posso ajudar com algo relacionado, como a parte de segurança, a história ou o contexto, ou com outra coisa.",
  fr: "Je ne peux pas t'aider avec ça. Si tu veux, je peux t'aider sur un sujet proche, comme la sécurité, l'histoire ou le contexte, ou sur autre chose.",
  hi: "Main isme madad nahi kar sakta. Agar aap chahein to main isse jude kisi aur pehlu, jaise safety, history ya background, ya kisi aur cheez mein madad kar sakta hoon.",
};

/** A short, non-judgmental refusal that offers what the assistant can do, in the user's language. */
export function refusalReply(context: ReplyContext): string {
  return REFUSAL[languageAndCountry(context).language];
}
