package com.collectiq.webhooks;

/** A webhook URL this service will not send to; the message says why, for the user and for operators. */
public class RefusedWebhookUrl extends RuntimeException {

    public RefusedWebhookUrl(String reason) {
        super(reason, null, false, false);
    }
}
