import { Module } from '@nestjs/common';
import { NoticesService } from './notices.service';
import { OutboxService } from './outbox.service';
import { CaughtMailsService } from './mail-catcher/caught-mails.service';
import { MailDispatcherService } from './mail/mail-dispatcher.service';
import { MailTransport } from './mail/mail-transport';
import { MailService } from './mail/mail.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';

/** Mail, relay and catcher services (the transport connects on first send, i.e. only in the worker). */
const MAIL_PROVIDERS = [MailService, MailTransport, MailDispatcherService, OutboxRelayService, CaughtMailsService];

@Module({ providers: [OutboxService, NoticesService, ...MAIL_PROVIDERS], exports: [OutboxService, NoticesService, ...MAIL_PROVIDERS] })
export class NotificationsModule {}
