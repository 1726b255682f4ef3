package io.github.coplan.port.storage;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The derived indicators' counts and evidence computed over aggregates held in memory, for stores
 * that hold them so; SQL stores compute the same in SQL. Every answer is the one {@link
 * ResultRepository#derive} and {@link ResultRepository#evidence} define, after {@link Rule}.
 *
 * <p>A scan reads what a store holds through {@link Held}. It checks no argument: the store refuses
 * missing ones first.
 *
 * @since 0.5.0
 */
public final class RuleScan {

  private RuleScan() {}

  /**
   * What a store holds, as a scan reads it.
   *
   * @since 0.5.0
   */
  public interface Held {

    /**
     * The activities of a plan.
     *
     * @param plan the plan
     * @return its activities, in any order
     */
    Collection<Activity> activitiesOf(PlanId plan);

    /**
     * The country of a person.
     *
     * @param person the person
     * @return the country, or null if no such person is held
     */
    @Nullable CountryCode countryOf(PersonId person);

    /**
     * The marketplace introductions of a plan.
     *
     * @param plan the plan
     * @return its introductions, in any order
     */
    Collection<Introduction> introductionsOf(PlanId plan);
  }

  /**
   * The day an activity counts on: the earliest day of its actual start, else of its planned start.
   *
   * @param activity the activity
   * @return the day
   */
  public static LocalDate day(Activity activity) {
    return activity.actualStart() != null
        ? activity.actualStart().earliestDay()
        : activity.details().planned().earliestDay();
  }

  /**
   * The evidence of a rule between two days, as {@link ResultRepository#evidence} defines.
   *
   * @param held what the store holds
   * @param plan the plan
   * @param rule the rule
   * @param from the first day
   * @param to the last day
   * @return the evidence, in {@link Evidence#ORDER}
   */
  public static List<Evidence> evidence(
      Held held, PlanId plan, Rule rule, LocalDate from, LocalDate to) {
    List<Evidence> out = new ArrayList<>();
    if (rule instanceof Rule.AgreedIntroductions) {
      Set<Integer> areas = rule.contentAreas();
      for (Introduction i : held.introductionsOf(plan)) {
        LocalDate agreed = i.agreedOn();
        Integer area = i.contentArea();
        if (agreed != null
            && within(agreed, from, to)
            && (areas.isEmpty() || (area != null && areas.contains(area)))) {
          out.add(Evidence.agreement(i.id(), agreed));
        }
      }
    } else {
      for (Activity a : held.activitiesOf(plan)) {
        LocalDate day = day(a);
        if (within(day, from, to)) {
          activityEvidence(held, rule, a, day, out);
        }
      }
    }
    out.sort(Evidence.ORDER);
    return List.copyOf(out);
  }

  private static void activityEvidence(
      Held held, Rule rule, Activity a, LocalDate day, List<Evidence> out) {
    if (rule instanceof Rule.CompletedActivities) {
      Rule.CompletedActivities c = (Rule.CompletedActivities) rule;
      if (a.status() == ActivityStatus.COMPLETED
          && matches(c.types(), a.details().type())
          && matches(c.contentAreas(), a.details().contentArea())) {
        out.add(Evidence.activity(a.id(), day));
      }
      return;
    }
    Rule.Attendees at = (Rule.Attendees) rule;
    if (!matches(at.types(), a.details().type())
        || !matches(at.contentAreas(), a.details().contentArea())) {
      return;
    }
    Set<PersonId> seen = new HashSet<>();
    for (Participation p : a.participations()) {
      if (p.status() == ParticipationStatus.ATTENDED
          && p.participant() instanceof Participant.Person
          && matches(at.roles(), p.role())) {
        PersonId person = ((Participant.Person) p.participant()).id();
        // A person the store does not hold has no country: the sorted set cannot be asked for null.
        CountryCode country = at.countries().isEmpty() ? null : held.countryOf(person);
        if ((at.countries().isEmpty() || (country != null && at.countries().contains(country)))
            && seen.add(person)) {
          out.add(Evidence.attendance(a.id(), person, day));
        }
      }
    }
  }

  /**
   * The counts of a rule in periods, as {@link ResultRepository#derive} defines.
   *
   * @param held what the store holds
   * @param plan the plan
   * @param rule the rule
   * @param periods the periods
   * @return the count of each period, by id, in the order given
   */
  public static Map<PeriodId, Long> derive(
      Held held, PlanId plan, Rule rule, List<Period> periods) {
    Map<PeriodId, Long> counts = new LinkedHashMap<>();
    if (periods.isEmpty()) {
      return counts;
    }
    LocalDate from = periods.get(0).firstDay();
    LocalDate to = periods.get(0).lastDay();
    for (Period p : periods) {
      from = p.firstDay().isBefore(from) ? p.firstDay() : from;
      to = p.lastDay().isAfter(to) ? p.lastDay() : to;
    }
    List<Evidence> all = evidence(held, plan, rule, from, to);
    for (Period p : periods) {
      long count;
      if (rule instanceof Rule.Attendees) {
        count =
            all.stream().filter(e -> p.contains(e.day())).map(Evidence::person).distinct().count();
      } else {
        count = all.stream().filter(e -> p.contains(e.day())).count();
      }
      counts.put(p.id(), count);
    }
    return counts;
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static <T> boolean matches(Set<T> allowed, T value) {
    return allowed.isEmpty() || allowed.contains(value);
  }
}
