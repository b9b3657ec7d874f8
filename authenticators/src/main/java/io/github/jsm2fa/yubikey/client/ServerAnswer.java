package io.github.jsm2fa.yubikey.client;

import java.net.URI;

/**
 * One server's answer to one request, classified.
 *
 * @param status the protocol status, or {@link ValidationStatus#UNKNOWN} when there was none
 * @param detail why the answer was classified so, for the operator's log
 */
public record ServerAnswer(URI server, ValidationStatus status, Verdict verdict, String detail) {}
