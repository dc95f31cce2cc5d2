import { mailpitOptionsFrom, startMailpit, stopMailpit } from '../../scripts/lib/mailpit';

/** The test stack's Mailpit: what arrived (its HTTP API), and stopping and starting it (SMTP down). */

export interface MailpitMessage {
  ID: string;
  MessageID: string;
  To: Array<{ Address: string }>;
  Subject: string;
  Snippet: string;
}

const url = () => {
  if (!process.env.MAILPIT_URL) throw new Error('MAILPIT_URL is not set: run through npm test or jest globalSetup');
  return process.env.MAILPIT_URL;
};

/** Messages matching a Mailpit search (`to:"a@b.cn"`, `message-id:"…"`, `subject:…`), newest first. */
export async function searchMail(query: string): Promise<MailpitMessage[]> {
  const res = await fetch(`${url()}/api/v1/search?limit=1000&query=${encodeURIComponent(query)}`);
  if (!res.ok) throw new Error(`Mailpit search ${query}: ${res.status}`);
  return ((await res.json()) as { messages: MailpitMessage[] }).messages;
}

/** A message's text body. */
export async function mailText(id: string): Promise<string> {
  return ((await (await fetch(`${url()}/api/v1/message/${id}`)).json()) as { Text: string }).Text;
}

const options = () => mailpitOptionsFrom(process.env.MAILPIT_OPTIONS ?? '{}');

/** The SMTP server goes away (the process ends; its messages stay in its database file). */
export const stopStackMailpit = () => stopMailpit(options().pidFile);
/** …and comes back on the same ports with the same messages. */
export const startStackMailpit = async () => void (await startMailpit(options()));
