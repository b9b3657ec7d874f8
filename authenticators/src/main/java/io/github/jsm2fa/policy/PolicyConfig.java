package io.github.jsm2fa.policy;

import static io.github.jsm2fa.policy.PolicyConfigProperties.*;

import io.github.jsm2fa.common.InvalidSettingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.Constants;

/**
 * The typed 2FA policy of a realm: parses the stored strings once and owns the defaults, so a
 * missing or partial config means defaults.
 */
public record PolicyConfig(
    boolean enabled,
    boolean enforced,
    Set<TwoFactorMethod> allowedMethods,
    Set<String> skipCustomers,
    List<String> skipGroups,
    int graceLogins,
    LocalDate graceUntil,
    int rememberDeviceDays,
    boolean recoveryCodesStandIn) {

  /** The policy of a realm where the admin has set nothing. */
  public static final PolicyConfig DEFAULTS = parse(null);

  /**
   * Parses stored settings; {@code null} or missing keys mean defaults.
   *
   * @throws InvalidConfigException naming the setting that is wrong
   */
  public static PolicyConfig parse(Map<String, String> config) {
    Map<String, String> values = config == null ? Map.of() : config;

    boolean enabled = parseBoolean(values, ENABLED, DEFAULT_ENABLED);
    boolean enforced = parseBoolean(values, ENFORCED, DEFAULT_ENFORCED);
    Set<TwoFactorMethod> methods = parseMethods(values.get(ALLOWED_METHODS));
    Set<String> skipCustomers = new LinkedHashSet<>();
    for (String name : split(values.get(SKIP_CUSTOMERS))) {
      // Keycloak stores usernames in lower case.
      skipCustomers.add(name.toLowerCase(java.util.Locale.ROOT));
    }
    List<String> skipGroups = new ArrayList<>();
    for (String path : split(values.get(SKIP_GROUPS))) {
      skipGroups.add(path.startsWith("/") ? path : "/" + path);
    }
    int graceLogins = parseInt(values, GRACE_LOGINS, DEFAULT_GRACE_LOGINS, Integer.MAX_VALUE);
    LocalDate graceUntil = parseDate(values.get(GRACE_UNTIL));
    int rememberDays =
        parseInt(
            values, REMEMBER_DEVICE_DAYS, DEFAULT_REMEMBER_DEVICE_DAYS, MAX_REMEMBER_DEVICE_DAYS);
    boolean standIn = parseBoolean(values, RECOVERY_CODES_STAND_IN, true);

    if (enabled && methods.isEmpty()) {
      throw new InvalidConfigException(ALLOWED_METHODS, "jsm2fa-2fa-policy-no-method");
    }
    return new PolicyConfig(
        enabled,
        enforced,
        Set.copyOf(methods),
        Set.copyOf(skipCustomers),
        List.copyOf(skipGroups),
        graceLogins,
        graceUntil,
        rememberDays,
        standIn);
  }

  public boolean allows(TwoFactorMethod method) {
    return allowedMethods.contains(method);
  }

  public boolean hasGracePeriod() {
    return graceLogins > 0 || graceUntil != null;
  }

  private static List<String> split(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : Constants.CFG_DELIMITER_PATTERN.split(raw)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static Set<TwoFactorMethod> parseMethods(String raw) {
    if (raw == null) {
      return EnumSet.allOf(TwoFactorMethod.class);
    }
    Set<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
    for (String value : split(raw)) {
      methods.add(
          TwoFactorMethod.byValue(value)
              .orElseThrow(
                  () ->
                      new InvalidConfigException(
                          ALLOWED_METHODS, "jsm2fa-2fa-policy-unknown-method")));
    }
    return methods;
  }

  private static boolean parseBoolean(Map<String, String> values, String key, boolean dflt) {
    String raw = values.get(key);
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidConfigException(key, "jsm2fa-2fa-policy-not-a-boolean");
    };
  }

  private static int parseInt(Map<String, String> values, String key, int dflt, int max) {
    String raw = values.get(key);
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidConfigException(key, "jsm2fa-2fa-policy-not-a-number");
    }
    if (value < 0 || value > max) {
      throw new InvalidConfigException(key, "jsm2fa-2fa-policy-number-out-of-range");
    }
    return value;
  }

  private static LocalDate parseDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidConfigException(GRACE_UNTIL, "jsm2fa-2fa-policy-not-a-date");
    }
  }

  /** A setting that cannot be used, with the message key that explains why. */
  public static final class InvalidConfigException extends InvalidSettingException {
    InvalidConfigException(String key, String messageKey) {
      super("2FA policy", key, messageKey);
    }
  }
}
