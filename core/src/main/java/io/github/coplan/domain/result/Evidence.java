package io.github.coplan.domain.result;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.person.PersonId;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One record a derived indicator's {@link Rule} counted: a completed activity, a person's
 * attendance at an activity, or an introduction that reached an agreement, with the day it counts
 * on.
 *
 * <p>For {@link Rule.Attendees} there is one piece of evidence per person and activity they
 * attended (however many attended participations they hold in it), and the rule counts the distinct
 * people among them; for the other rules it counts the pieces.
 *
 * @param activity the activity, or null for an introduction
 * @param person the person who attended, for {@link Rule.Attendees}; otherwise null
 * @param introduction the introduction, for {@link Rule.AgreedIntroductions}; otherwise null
 * @param day the day it counts on
 * @since 0.5.0
 */
public record Evidence(
    @Nullable ActivityId activity,
    @Nullable PersonId person,
    @Nullable IntroductionId introduction,
    LocalDate day) {

  /**
   * The order evidence is given in: by day, then by the activity's or introduction's id, then by
   * the person's id, each id by its text.
   */
  public static final Comparator<Evidence> ORDER =
      Comparator.comparing(Evidence::day)
          .thenComparing(
              e -> String.valueOf(e.activity() == null ? e.introduction() : e.activity()))
          .thenComparing(e -> String.valueOf(e.person()));

  /**
   * Checks that it names an activity or an introduction, not both, and a person only with an
   * activity.
   *
   * @throws InvalidInputException if the day is missing, or the parts do not fit
   */
  public Evidence {
    Validation v = new Validation();
    v.required("day", day);
    v.require(
        (activity == null) != (introduction == null),
        "activity",
        Violation.OUT_OF_RANGE,
        "evidence is an activity or an introduction, exactly one");
    v.require(
        person == null || activity != null,
        "person",
        Violation.OUT_OF_RANGE,
        "a person is evidence with the activity they attended");
    v.throwIfAny();
  }

  /**
   * A completed activity.
   *
   * @param activity the activity
   * @param day the day it met
   * @return the evidence
   */
  public static Evidence activity(ActivityId activity, LocalDate day) {
    return new Evidence(Validation.notNull("activity", activity), null, null, day);
  }

  /**
   * A person's attendance at an activity.
   *
   * @param activity the activity
   * @param person the person
   * @param day the day the activity met
   * @return the evidence
   */
  public static Evidence attendance(ActivityId activity, PersonId person, LocalDate day) {
    return new Evidence(
        Validation.notNull("activity", activity), Validation.notNull("person", person), null, day);
  }

  /**
   * An introduction that reached an agreement.
   *
   * @param introduction the introduction
   * @param day the day of the agreement
   * @return the evidence
   */
  public static Evidence agreement(IntroductionId introduction, LocalDate day) {
    return new Evidence(null, null, Validation.notNull("introduction", introduction), day);
  }
}
