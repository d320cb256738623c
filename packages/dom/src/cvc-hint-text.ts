// The security-code hint's words, per locale tag. They live in dom, not in core's locales: core's
// `Locale` holds what validation says (issues and field names) and every merchant-made locale
// implements it; the hint is presentation that only the DOM binding shows, so adding it there
// would make a new required field for every custom locale, for a feature most never turn on.

/** Where a security code is, as the hint describes it. */
export interface CvcCodePlace {
  /** The brand's own term: CVV, CVC, CID, CVN, CVE, CVP2. */
  readonly name: string;
  /** How many digits it has. */
  readonly size: number;
  /** It is printed on the front (American Express), not on the back. */
  readonly front: boolean;
}

/** The hint's two lines in one language. */
export interface CvcHintText {
  /** Where the code is, e.g. "The 4-digit CID is printed on the front of the card, above the number." */
  readonly where: (place: CvcCodePlace) => string;
  /** That the code is only ever asked for in this form, never by chat, email or phone. */
  readonly warning: string;
}

/** English, also the fallback for a locale without a hint text. */
const EN: CvcHintText = {
  where: ({ name, size, front }) =>
    front
      ? `The ${size}-digit ${name} is printed on the front of the card, above the number.`
      : `The ${size}-digit ${name} is on the back of the card, next to the signature strip.`,
  warning: "It is only ever asked for in this form: never give it by chat, email or phone.",
};

/** The built-in hint texts, by locale tag (the same tags as core's locales). */
export const CVC_HINT_TEXTS: Readonly<Record<string, CvcHintText>> = {
  en: EN,
  de: {
    where: ({ name, size, front }) =>
      front
        ? `Die ${size}-stellige ${name} steht auf der Vorderseite der Karte, über der Kartennummer.`
        : `Die ${size}-stellige ${name} steht auf der Rückseite der Karte, neben dem Unterschriftsfeld.`,
    warning:
      "Sie wird nur in diesem Formular abgefragt: Geben Sie sie nie per Chat, E-Mail oder Telefon weiter.",
  },
  es: {
    where: ({ name, size, front }) =>
      front
        ? `El ${name} de ${size} dígitos está impreso en el anverso de la tarjeta, encima del número.`
        : `El ${name} de ${size} dígitos está en el reverso de la tarjeta, junto a la banda de firma.`,
    warning:
      "Solo se pide en este formulario: nunca lo des por chat, correo electrónico o teléfono.",
  },
  fr: {
    where: ({ name, size, front }) =>
      front
        ? `Le ${name} à ${size} chiffres est imprimé au recto de la carte, au-dessus du numéro.`
        : `Le ${name} à ${size} chiffres se trouve au dos de la carte, à côté de la bande de signature.`,
    warning:
      "Il n’est demandé que dans ce formulaire\u00a0: ne le donnez jamais par chat, e-mail ou téléphone.",
  },
  "pt-BR": {
    where: ({ name, size, front }) =>
      front
        ? `O ${name} de ${size} dígitos está impresso na frente do cartão, acima do número.`
        : `O ${name} de ${size} dígitos fica no verso do cartão, ao lado da faixa de assinatura.`,
    warning: "Ele só é pedido neste formulário: nunca o informe por chat, e-mail ou telefone.",
  },
  ru: {
    where: ({ name, size, front }) =>
      front
        ? `${name} из ${size} цифр напечатан на лицевой стороне карты, над номером.`
        : `${name} из ${size} цифр находится на обороте карты, рядом с полосой для подписи.`,
    warning:
      "Его запрашивают только в этой форме: никогда не сообщайте его в чате, по электронной почте или по телефону.",
  },
  tr: {
    where: ({ name, size, front }) =>
      front
        ? `${size} haneli ${name} kodu kartın ön yüzünde, numaranın üstünde basılıdır.`
        : `${size} haneli ${name} kodu kartın arkasında, imza şeridinin yanındadır.`,
    warning:
      "Bu kod yalnızca bu formda istenir: onu asla sohbet, e-posta veya telefonla paylaşmayın.",
  },
  ja: {
    where: ({ name, size, front }) =>
      front
        ? `${size}桁の${name}はカード表面の番号の上に印字されています。`
        : `${size}桁の${name}はカード裏面の署名欄の横にあります。`,
    warning:
      "このコードはこのフォームでのみ入力します。チャット、メール、電話では決して伝えないでください。",
  },
  "zh-CN": {
    where: ({ name, size, front }) =>
      front
        ? `${size} 位 ${name} 印在卡片正面、卡号上方。`
        : `${size} 位 ${name} 位于卡片背面的签名条旁。`,
    warning: "此安全码只会在本表单中填写：切勿通过聊天、电子邮件或电话提供。",
  },
  ar: {
    where: ({ name, size, front }) =>
      front
        ? `رمز ${name} المكوّن من ${size} أرقام مطبوع على وجه البطاقة فوق الرقم.`
        : `رمز ${name} المكوّن من ${size} أرقام موجود على ظهر البطاقة بجانب شريط التوقيع.`,
    warning:
      "لا يُطلب هذا الرمز إلا في هذا النموذج: لا تُعطِه أبدًا عبر الدردشة أو البريد الإلكتروني أو الهاتف.",
  },
};

/** Replacement texts per locale tag (each line optional: the built-in one is kept). */
export type CvcHintTexts = { readonly [tag: string]: Partial<CvcHintText> | undefined };

/** `texts[tag]` when it is an own property (a polluted prototype adds nothing). */
function ownText<T>(texts: { readonly [tag: string]: T } | undefined, tag: string): T | undefined {
  return texts && Object.hasOwn(texts, tag) ? texts[tag] : undefined;
}

/**
 * The hint text for locale `tag`: the merchant's replacement over the built-in text, each looked
 * up by the full tag, then its language ("pt" for "pt-PT"), then English.
 */
export function cvcHintText(tag: string, replaced: CvcHintTexts | undefined): CvcHintText {
  const language = tag.split("-")[0] ?? tag;
  const builtIn = ownText(CVC_HINT_TEXTS, tag) ?? ownText(CVC_HINT_TEXTS, language) ?? EN;
  const own = ownText(replaced, tag) ?? ownText(replaced, language);
  return {
    where: own?.where ?? builtIn.where,
    warning: own?.warning ?? builtIn.warning,
  };
}
