package io.github.jsm2fa.jsmsync.importer;

import java.util.Set;

/**
 * What a source says about one customer. A null field means "the source does not say": the realm
 * keeps what it has.
 *
 * @param customerId JSM accountId or key; null when a CSV row has none
 * @param email null for a JSM customer imported by id only
 * @param enabled false disables the customer and ends its sessions; null leaves it as it is
 * @param organizations the customer's organizations; null leaves memberships alone
 */
public record CustomerRecord(
    String customerId,
    String email,
    String firstName,
    String lastName,
    Boolean enabled,
    Set<OrganizationRef> organizations) {}
