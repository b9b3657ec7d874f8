package io.github.jsm2fa.policy;

import java.util.Arrays;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The settings of the portal 2FA policy, declared once. They live in the config of the policy step
 * ({@code jsm2fa-2fa-policy}) of the realm's browser flow; every other flow and the management API
 * read that same config.
 */
public final class PolicyConfigProperties {

  public static final String ENABLED = "enabled";
  public static final String ENFORCED = "enforced";
  public static final String ALLOWED_METHODS = "allowedMethods";
  public static final String SKIP_CUSTOMERS = "skipCustomers";
  public static final String SKIP_GROUPS = "skipGroups";
  public static final String GRACE_LOGINS = "graceLogins";
  public static final String GRACE_UNTIL = "graceUntil";
  public static final String REMEMBER_DEVICE_DAYS = "rememberDeviceDays";
  public static final String RECOVERY_CODES_STAND_IN = "recoveryCodesStandIn";

  public static final boolean DEFAULT_ENABLED = true;
  public static final boolean DEFAULT_ENFORCED = true;
  public static final List<String> DEFAULT_ALLOWED_METHODS =
      Arrays.stream(TwoFactorMethod.values()).map(TwoFactorMethod::value).toList();
  public static final int DEFAULT_GRACE_LOGINS = 0;
  public static final int DEFAULT_REMEMBER_DEVICE_DAYS = 0;
  public static final boolean DEFAULT_RECOVERY_CODES_STAND_IN = true;

  /** Longest "remember this device" period an admin may set. */
  public static final int MAX_REMEMBER_DEVICE_DAYS = 365;

  public static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(ENABLED)
          .label("jsm2fa-2fa-policy-enabled-display-name")
          .helpText("jsm2fa-2fa-policy-enabled-help-text")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue(String.valueOf(DEFAULT_ENABLED))
          .add()
          .property()
          .name(ENFORCED)
          .label("jsm2fa-2fa-policy-enforced-display-name")
          .helpText("jsm2fa-2fa-policy-enforced-help-text")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue(String.valueOf(DEFAULT_ENFORCED))
          .add()
          .property()
          .name(ALLOWED_METHODS)
          .label("jsm2fa-2fa-policy-allowed-methods-display-name")
          .helpText("jsm2fa-2fa-policy-allowed-methods-help-text")
          .type(ProviderConfigProperty.MULTIVALUED_LIST_TYPE)
          .options(DEFAULT_ALLOWED_METHODS)
          .defaultValue(String.join("##", DEFAULT_ALLOWED_METHODS))
          .add()
          .property()
          .name(SKIP_CUSTOMERS)
          .label("jsm2fa-2fa-policy-skip-customers-display-name")
          .helpText("jsm2fa-2fa-policy-skip-customers-help-text")
          .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
          .add()
          .property()
          .name(SKIP_GROUPS)
          .label("jsm2fa-2fa-policy-skip-groups-display-name")
          .helpText("jsm2fa-2fa-policy-skip-groups-help-text")
          .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
          .add()
          .property()
          .name(GRACE_LOGINS)
          .label("jsm2fa-2fa-policy-grace-logins-display-name")
          .helpText("jsm2fa-2fa-policy-grace-logins-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_GRACE_LOGINS)
          .add()
          .property()
          .name(GRACE_UNTIL)
          .label("jsm2fa-2fa-policy-grace-until-display-name")
          .helpText("jsm2fa-2fa-policy-grace-until-help-text")
          .type(ProviderConfigProperty.STRING_TYPE)
          .add()
          .property()
          .name(REMEMBER_DEVICE_DAYS)
          .label("jsm2fa-2fa-policy-remember-device-days-display-name")
          .helpText("jsm2fa-2fa-policy-remember-device-days-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_REMEMBER_DEVICE_DAYS)
          .add()
          .property()
          .name(RECOVERY_CODES_STAND_IN)
          .label("jsm2fa-2fa-policy-recovery-codes-stand-in-display-name")
          .helpText("jsm2fa-2fa-policy-recovery-codes-stand-in-help-text")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue(String.valueOf(DEFAULT_RECOVERY_CODES_STAND_IN))
          .add()
          .build();

  private PolicyConfigProperties() {}
}
