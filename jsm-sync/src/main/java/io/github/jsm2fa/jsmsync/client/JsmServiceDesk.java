package io.github.jsm2fa.jsmsync.client;

/** A service desk (one portal) of the site. */
public record JsmServiceDesk(String id, String projectName) {}
