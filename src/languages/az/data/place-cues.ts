/** Azerbaijani nouns after a place name: settlements ("X kəndi") and regions ("X rayonunda"). */
export const AZ_SETTLEMENT = /^(?:kənd|qəsəbə|şəhər)(?:i|in|ində|inin|inə|indən|ini|indəki)$/u;
export const AZ_REGION =
  /^(?:(?:rayon|bölgə|vilayət|əyalət)(?:u|un|unda|unun|una|undan|unu|undakı|i|ində|inin|inə|indən|ini|indəki)|çay(?:ı|ının|ına|ında|ından|ını|ındakı)|göl(?:ü|ünün|ünə|ündə|ündən|ünü|ündəki))$/u;
