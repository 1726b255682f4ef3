package io.github.coplan.outputs.ical;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.outputs.support.Required;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link ActivityCalendar} writes its events: the language of their texts, the clock of
 * their {@code DTSTAMP} and the domain of their UIDs. Immutable; built with {@link #builder()}.
 */
public final class CalendarOptions {

  /** The domain of the UIDs when none is given. */
  public static final String DEFAULT_UID_DOMAIN = "coplan.io.github";

  private final @Nullable String language;
  private final Clock clock;
  private final String uidDomain;

  private CalendarOptions(Builder b) {
    this.language = b.language;
    this.clock = b.clock;
    this.uidDomain = b.uidDomain;
  }

  /**
   * A builder.
   *
   * @return a builder with no language (the original language of the titles), the system clock in
   *     UTC and the UID domain {@value #DEFAULT_UID_DOMAIN}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default options.
   *
   * @return the options of an empty {@link #builder()}
   */
  public static CalendarOptions defaults() {
    return builder().build();
  }

  /**
   * The language of the events' summaries and descriptions.
   *
   * @return a language tag, or null for the original language of the plan's title (a plan's
   *     calendar) or of each activity's title (a search's calendar)
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * What says when the calendar is written: every event's {@code DTSTAMP}.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The domain after the {@code @} of every UID.
   *
   * @return the domain, such as {@value #DEFAULT_UID_DOMAIN}
   */
  public String uidDomain() {
    return uidDomain;
  }

  /** Builds {@link CalendarOptions}. Not thread-safe. */
  public static final class Builder {

    private @Nullable String language;
    private Clock clock = Clock.systemUTC();
    private String uidDomain = DEFAULT_UID_DOMAIN;

    private Builder() {}

    /**
     * Sets the language of the events' texts; a text missing in it falls back to its original.
     *
     * @param language a language tag, such as {@code "en"} or {@code "vi"}
     * @return this builder
     * @throws InvalidInputException if it is null or not a language tag
     */
    public Builder language(@Nullable String language) {
      this.language = LocalizedText.languageTag(Required.of("language", language));
      return this;
    }

    /**
     * Sets the clock of the events' {@code DTSTAMP}.
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
     * Sets the domain of the UIDs: the events of one store keep their UIDs only while it stays the
     * same.
     *
     * @param domain a domain, such as {@code "plans.example.org"}
     * @return this builder
     * @throws InvalidInputException if it is null, blank, or holds white space or an {@code @}
     */
    public Builder uidDomain(@Nullable String domain) {
      String text = Required.of("uidDomain", domain).strip();
      if (text.isEmpty()) {
        throw InvalidInputException.of("uidDomain", Violation.BLANK, "uidDomain is blank");
      }
      if (text.indexOf('@') >= 0 || text.codePoints().anyMatch(Character::isWhitespace)) {
        throw InvalidInputException.of(
            "uidDomain", Violation.MALFORMED, "a UID domain has no white space and no @: " + text);
      }
      this.uidDomain = text;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CalendarOptions build() {
      return new CalendarOptions(this);
    }
  }
}
