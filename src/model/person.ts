/** Kinds of email address, as vCard and most address books know them. */
export const EMAIL_TYPES = ['work', 'home', 'other'] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

/** Kinds of phone number. */
export const PHONE_TYPES = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

/** Kinds of postal address. */
export const ADDRESS_TYPES = ['work', 'home', 'other'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

/** An email address with its kind. */
export interface Email {
  type: EmailType;
  value: string;
}

/** A phone number with its kind; `value` is as the person wrote it (E.164 preferred). */
export interface Phone {
  type: PhoneType;
  value: string;
}

/** A postal address, split as vCard's ADR property splits it. Every part is optional. */
export interface PostalAddress {
  type: AddressType;
  poBox?: string;
  extended?: string;
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/**
 * A person in the social network. Names may be in any script; `displayName` is what the UI shows,
 * the structured names are what vCard's N property and sorting use when present.
 */
export interface Person {
  /** Stable, opaque identifier. */
  id: string;
  /** The name shown to users, e.g. "Jane Doe" or "山田 太郎". */
  displayName: string;
  givenName?: string;
  familyName?: string;
  /** Middle names, space-separated. */
  additionalNames?: string;
  /** Phonetic reading of the name (e.g. kana for a kanji name), used for sorting and search. */
  phoneticName?: string;
  jobTitle?: string;
  organization?: string;
  emails: Email[];
  phones: Phone[];
  addresses: PostalAddress[];
  /** Web addresses. Only http(s) URLs are ever rendered as links. */
  urls: string[];
  /** Birthday as `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday?: string;
  note?: string;
  /** Avatar image URL (http(s) or data:image). */
  avatarUrl?: string;
  /**
   * The vCard UID the person came with (a personal contact imported from a card keeps the card's), written back as
   * its UID and matched by later imports. Absent: the UID is derived from the id.
   */
  uid?: string;
  /** Last change, epoch milliseconds. */
  updatedAt?: number;
}

/** What a caller must give to create a person; list fields default to empty. */
export type PersonInput = Pick<Person, 'id' | 'displayName'> & Partial<Omit<Person, 'id' | 'displayName'>>;

/** Fills the list fields a `PersonInput` may omit. */
export function toPerson(input: PersonInput): Person {
  return {
    ...input,
    emails: input.emails ?? [],
    phones: input.phones ?? [],
    addresses: input.addresses ?? [],
    urls: input.urls ?? [],
  };
}
