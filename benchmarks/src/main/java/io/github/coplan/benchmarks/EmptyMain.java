package io.github.coplan.benchmarks;

/** Does nothing: the bare JVM start that {@link Run} subtracts from {@link OpenStore}'s. */
public final class EmptyMain {

  private EmptyMain() {}

  /**
   * Returns at once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // nothing: the JVM's own start and exit is what is measured
  }
}
