package io.github.coplan.domain.result;

import java.math.BigDecimal;
import java.math.MathContext;

/** The arithmetic of actuals and progress: decimal, with sixteen significant digits. */
final class Arithmetic {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Arithmetic() {}

  /**
   * A quotient, without trailing zeros.
   *
   * @param dividend the dividend
   * @param divisor the divisor, not zero
   * @return dividend / divisor
   */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return plain(dividend.divide(divisor, MathContext.DECIMAL64));
  }

  /**
   * A percentage.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return numerator / denominator × 100
   */
  static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return plain(numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64));
  }

  /**
   * A number without trailing zeros and without an exponent.
   *
   * @param n the number
   * @return the same number
   */
  static BigDecimal plain(BigDecimal n) {
    BigDecimal s = n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    return s.setScale(Math.max(s.scale(), 0));
  }

  /**
   * The text of a number in a formula.
   *
   * @param n the number
   * @return its plain text
   */
  static String text(BigDecimal n) {
    return n.toPlainString();
  }
}
