package io.github.jsm2fa.jsmsync.client;

/** A JSM organization: a named set of customers. */
public record JsmOrganization(String id, String name) {}
