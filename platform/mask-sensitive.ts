/** Masks anything shaped like a resident ID number or a mainland mobile number in free text (logs). */
const ID_NUMBER = /(?<![0-9])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9])/g;
const MOBILE = /(?<![0-9])(1[3-9]\d)\d{4}(\d{4})(?![0-9])/g;

export function maskSensitive(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(MOBILE, '$1****$2');
}
