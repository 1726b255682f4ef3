package io.github.coplan.nullness;

import org.jspecify.annotations.Nullable;

/** Passes a name that may be null to a method that requires one: the build must refuse it. */
public final class Greeting {

  private Greeting() {}

  /**
   * A greeting.
   *
   * @param name the name, never null
   * @return the greeting
   */
  public static String greet(String name) {
    return "Xin chào, " + name.strip();
  }

  /**
   * A greeting for a name that may be missing.
   *
   * @param name the name, or null
   * @return the greeting
   */
  public static String greetMaybe(@Nullable String name) {
    return greet(name);
  }
}
