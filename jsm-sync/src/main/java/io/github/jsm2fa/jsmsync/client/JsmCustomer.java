package io.github.jsm2fa.jsmsync.client;

/**
 * A portal customer as JSM lists it.
 *
 * @param id accountId on Cloud, user key on Data Center; never blank
 * @param email may be null: JSM allows customers without a visible e-mail
 * @param displayName may be null
 * @param active false when JSM has deactivated the account
 */
public record JsmCustomer(String id, String email, String displayName, boolean active) {}
