package io.github.jsm2fa.securityquestions;

/**
 * One question of the catalogue.
 *
 * @param id stable identifier; enrolled answers refer to it, so an admin may reword the text
 * @param text the question as shown, or a message key written as {@code ${key}}
 */
public record SecurityQuestion(String id, String text) {}
