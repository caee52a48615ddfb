import { get, post, qs } from './client';
import type {
  Comment,
  Delivery,
  DeliveryPage,
  Evaluate,
  ExtensionDecision,
  ExtensionRequest,
  Implementation,
  Message,
  MessageInput,
  Reply,
  SupervisionNote,
} from './types';

export interface DeliveryQuery {
  page?: number;
  pageSize?: number;
  status?: string;
  colour?: string;
  organizationId?: string;
  suggestionId?: string;
  kind?: string;
}

export const listDeliveries = (q: DeliveryQuery) => get<DeliveryPage>(`/deliveries${qs(q)}`);
/** The agency's 工作台 list (待办送达件): its deliveries, one page of 50. */
export const listAgencyInbox = () => listDeliveries({ pageSize: 50 });
export const getDelivery = (id: string) => get<Delivery>(`/deliveries/${id}`);

const act =
  <B extends object>(path: string) =>
  (id: string, body: B) =>
    post<Delivery>(`/deliveries/${id}/${path}`, body);
export const sign = act<{ version?: number }>('sign');
export const markRead = act<{ version?: number }>('read');
export const reject = act<{ version?: number; reason: string }>('reject');
export const reroute = act<{ version?: number; organizationId: string }>('reroute');
export const requestExtension = act<ExtensionRequest>('extension');
export const decideExtension = act<ExtensionDecision>('extension/decision');
export const reply = act<Reply>('reply');
export const approveReply = act<{ version?: number }>('reply/approve');
export const returnReply = act<{ version?: number; comment: string }>('reply/return');
export const evaluate = act<Evaluate>('evaluate');
export const reportImplementation = act<Implementation>('implementation');
export const confirmImplementation = act<Comment>('implementation/confirm');
export const close = act<Comment>('close');
/** Art. 9: a COPY for the recipient's superior (default: its directory parent), with a note printed on it; answers the copy. */
export const copySuperior = act<{ version?: number; organizationId?: string; note: string }>('copy-superior');

export const messages = (id: string) => get<Message[]>(`/deliveries/${id}/messages`);
export const postMessage = (id: string, body: MessageInput) => post<Message>(`/deliveries/${id}/messages`, body);
export const supervision = (id: string) => get<SupervisionNote[]>(`/deliveries/${id}/supervision`);
export const postSupervision = (id: string, comment: string) => post<SupervisionNote>(`/deliveries/${id}/supervision`, { comment });
