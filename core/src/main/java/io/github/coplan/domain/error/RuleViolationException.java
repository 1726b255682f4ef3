package io.github.coplan.domain.error;

import java.util.Objects;

/**
 * A well-formed request that a domain rule refuses, such as an illegal lifecycle transition.
 * Nothing was changed. {@link #rule()} says which rule.
 */
public final class RuleViolationException extends CoplanException {

  private static final long serialVersionUID = 1L;

  private final RuleCode rule;

  /**
   * Creates the error.
   *
   * @param rule the rule that refused the request
   * @param detail what exactly was refused, in English
   */
  public RuleViolationException(RuleCode rule, String detail) {
    super(Objects.requireNonNull(rule, "rule").code() + ": " + detail, null);
    this.rule = rule;
  }

  /**
   * The rule that refused the request.
   *
   * @return the rule
   */
  public RuleCode rule() {
    return rule;
  }

  /** Returns the rule's stable code, for example {@code "activity.illegal-transition"}. */
  @Override
  public String code() {
    return rule.code();
  }
}
