/** One text message, as the large Chinese SMS providers take it: a registered template's code and its parameters. */
export interface SmsMessage {
  phone: string;
  /** the provider's code of the registered template (短信模板); the record-only sink needs none */
  templateCode?: string;
  params: Record<string, string>;
  /** the rendered text, as the applicant reads it (what the record-only sink keeps) */
  text: string;
  /** the notice's id: the provider's OutId, so a request sent twice can be recognised */
  idempotencyKey: string;
}

export interface SmsProvider {
  /** stored with the notice: sms-http or sms-record */
  readonly name: string;
  /** true: nothing goes out, the text is only recorded (the notice shows RECORDED) */
  readonly recordOnly: boolean;
  /** resolves with the provider's message id; throws SendFailure */
  send(message: SmsMessage): Promise<{ providerRef?: string }>;
}

/** The default for a centre without an SMS contract: the text is kept with the notice and shown on the matter page. */
export const recordOnlySms: SmsProvider = {
  name: 'sms-record',
  recordOnly: true,
  send: async () => ({}),
};
