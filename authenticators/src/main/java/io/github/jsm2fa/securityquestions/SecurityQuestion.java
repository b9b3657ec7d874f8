package io.github.jsm2fa.securityquestions;

import java.util.Objects;

/**
 * One question of the catalogue.
 *
 * <p>A JavaBean rather than a record: FreeMarker resolves {@code question.id} to a record's
 * accessor method, not to a value.
 */
public final class SecurityQuestion {

  private final String id;
  private final String text;

  /**
   * @param id stable identifier; enrolled answers refer to it, so an admin may reword the text
   * @param text the question as shown, or a message key written as {@code ${key}}
   */
  public SecurityQuestion(String id, String text) {
    this.id = id;
    this.text = text;
  }

  public String getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecurityQuestion that && id.equals(that.id) && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text);
  }

  @Override
  public String toString() {
    return "SecurityQuestion[" + id + "]";
  }
}
