package io.github.coplan.domain.result;

/**
 * What a {@link Result} is, in IATI's result types.
 *
 * @since 0.5.0
 */
public enum ResultType {
  /** What the plan's activities produce directly: people trained, tours held. */
  OUTPUT("1"),
  /** The change the outputs bring about: agreements reached, pilots started. */
  OUTCOME("2"),
  /** The long-term change the plan contributes to. */
  IMPACT("3"),
  /** Any other result. */
  OTHER("9");

  private final String iatiCode;

  ResultType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of IATI's ResultType codelist.
   *
   * @return the code
   */
  public String iatiCode() {
    return iatiCode;
  }
}
