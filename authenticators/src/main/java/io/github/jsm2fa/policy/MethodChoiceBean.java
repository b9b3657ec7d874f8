package io.github.jsm2fa.policy;

import java.time.LocalDate;
import java.util.List;

/** What the method-choice page shows. */
public final class MethodChoiceBean {

  private final List<Option> methods;
  private final boolean canPostpone;
  private final int graceLoginsLeft;
  private final String graceUntil;

  MethodChoiceBean(
      List<TwoFactorMethod> methods, boolean canPostpone, int graceLoginsLeft, LocalDate until) {
    this.methods = methods.stream().map(Option::new).toList();
    this.canPostpone = canPostpone;
    this.graceLoginsLeft = graceLoginsLeft;
    this.graceUntil = until == null ? null : until.toString();
  }

  public List<Option> getMethods() {
    return methods;
  }

  public boolean isCanPostpone() {
    return canPostpone;
  }

  /** Logins the customer may still postpone by count; 0 when only a date applies. */
  public int getGraceLoginsLeft() {
    return graceLoginsLeft;
  }

  /** The last day enrollment may be postponed (ISO date), or {@code null}. */
  public String getGraceUntil() {
    return graceUntil;
  }

  /** One method the customer may pick. */
  public static final class Option {
    private final TwoFactorMethod method;

    Option(TwoFactorMethod method) {
      this.method = method;
    }

    public String getValue() {
      return method.value();
    }

    public String getLabelKey() {
      return method.labelKey();
    }

    public String getHelpKey() {
      return method.labelKey() + "Help";
    }
  }
}
