package io.github.coplan.outputs.page;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.outputs.support.Required;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link PlanPage} is written: the language of its texts and the clock that gives its "as of"
 * day, the day against which activities are overdue. Immutable; built with {@link #builder()}.
 */
public final class PageOptions {

  private final @Nullable String language;
  private final Clock clock;

  private PageOptions(Builder b) {
    this.language = b.language;
    this.clock = b.clock;
  }

  /**
   * A builder.
   *
   * @return a builder with no language (the original language of the plan's title) and the system
   *     clock in UTC
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default options.
   *
   * @return the options of an empty {@link #builder()}
   */
  public static PageOptions defaults() {
    return builder().build();
  }

  /**
   * The language of the page: of its headings and labels, and of every text that the plan holds in
   * it.
   *
   * @return a canonical language tag, or null for the original language of the plan's title
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * What gives the page's "as of" day.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The "as of" day: today by the clock, in the clock's zone.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** Builds {@link PageOptions}. Not thread-safe. */
  public static final class Builder {

    private @Nullable String language;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the language of the page; a text the plan does not hold in it is shown in its original
     * language, marked as such.
     *
     * @param language a language tag, such as {@code "en"}, {@code "vi"} or {@code "he"}
     * @return this builder
     * @throws InvalidInputException if it is null or not a language tag
     */
    public Builder language(@Nullable String language) {
      this.language = LocalizedText.languageTag(Required.of("language", language));
      return this;
    }

    /**
     * Sets the clock whose day, in its zone, is the page's "as of" day.
     *
     * @param clock the clock
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = Required.of("clock", clock);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public PageOptions build() {
      return new PageOptions(this);
    }
  }
}
