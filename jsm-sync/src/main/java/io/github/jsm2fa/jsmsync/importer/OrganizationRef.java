package io.github.jsm2fa.jsmsync.importer;

/**
 * An organization named by a source.
 *
 * @param jsmId the JSM organization id; null when a CSV names it only
 */
public record OrganizationRef(String jsmId, String name) {}
