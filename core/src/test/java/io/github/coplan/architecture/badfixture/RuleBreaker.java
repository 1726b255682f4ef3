package io.github.coplan.architecture.badfixture;

import java.sql.Connection;
import java.util.Date;

/**
 * Breaks the general architecture rules on purpose, so that a test can prove each rule finds a
 * violation. Never instantiated; its package has no package-info, on purpose too.
 */
public class RuleBreaker {

  private Connection connection;
  private Date created;

  /**
   * Writes to a standard stream and throws a generic exception.
   *
   * @return never
   */
  public Object misbehave() {
    System.out.println(connection + " " + created);
    throw new RuntimeException("generic");
  }

  /** An exception outside the error family. */
  public static final class OwnException extends Exception {
    private static final long serialVersionUID = 1L;
  }
}
