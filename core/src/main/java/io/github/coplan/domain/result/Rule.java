package io.github.coplan.domain.result;

import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a derived indicator computes its actual from the plan's own records, instead of from
 * observations. The store counts, for each period, the records the rule selects whose day falls in
 * the period, and gives the records themselves ({@link Evidence}) on request.
 *
 * <p>An empty set of a rule means "any". The day of an activity is the day it met: its actual
 * start, else its planned start, taken as its earliest day (so an activity planned for {@code
 * 2019-Q2} and never started counts on 1 April 2019). The day of an introduction is the day its
 * sides agreed.
 *
 * <ul>
 *   <li>{@link CompletedActivities}: the plan's activities of the given types and content areas
 *       that are {@link ActivityStatus#COMPLETED}, each once;
 *   <li>{@link Attendees}: distinct people with a participation that is {@link
 *       ParticipationStatus#ATTENDED}, in one of the given roles, from one of the given countries,
 *       at the plan's activities of the given types and content areas: a person who attended three
 *       activities in a period counts once in it;
 *   <li>{@link AgreedIntroductions}: the plan's marketplace introductions that reached an
 *       agreement, in the given content areas, each once.
 * </ul>
 *
 * @since 0.5.0
 */
public sealed interface Rule
    permits Rule.CompletedActivities, Rule.Attendees, Rule.AgreedIntroductions {

  /**
   * The content areas whose records count.
   *
   * @return their numbers, in order; empty for every content area
   */
  Set<Integer> contentAreas();

  /**
   * What the rule counts, in words, for formulas: {@code completed activities of type STUDY_TOUR in
   * content area 2}, {@code distinct people who attended activities of type STUDY_TOUR as DELEGATE
   * from VN}.
   *
   * @return the description
   */
  String describe();

  /**
   * Completed activities.
   *
   * @param types the activity types that count, in order; empty for any
   * @param contentAreas the content areas, in order; empty for any
   */
  record CompletedActivities(Set<ActivityType> types, Set<Integer> contentAreas) implements Rule {

    /**
     * Checks and orders the sets.
     *
     * @throws InvalidInputException if a set or an element is missing, or a content area is not
     *     positive
     */
    public CompletedActivities {
      Validation v = new Validation();
      types = sorted(v, "types", types);
      contentAreas = areas(v, contentAreas);
      v.throwIfAny();
    }

    /**
     * Completed activities of some types in any content area.
     *
     * @param types the types; none for any
     * @return the rule
     */
    public static CompletedActivities ofTypes(ActivityType... types) {
      return new CompletedActivities(set("types", types), Set.of());
    }

    /**
     * This rule, limited to some content areas.
     *
     * @param areas the content areas' numbers
     * @return the rule
     */
    public CompletedActivities inAreas(Integer... areas) {
      return new CompletedActivities(types, set("contentAreas", areas));
    }

    @Override
    public String describe() {
      return "completed activities" + of("of type", types) + in(contentAreas);
    }
  }

  /**
   * Distinct people who attended.
   *
   * @param types the activity types that count, in order; empty for any
   * @param contentAreas the content areas, in order; empty for any
   * @param roles the participation roles that count, in order; empty for any
   * @param countries the people's countries that count, in order; empty for any
   */
  record Attendees(
      Set<ActivityType> types,
      Set<Integer> contentAreas,
      Set<ParticipationRole> roles,
      Set<CountryCode> countries)
      implements Rule {

    /**
     * Checks and orders the sets.
     *
     * @throws InvalidInputException if a set or an element is missing, or a content area is not
     *     positive
     */
    public Attendees {
      Validation v = new Validation();
      types = sorted(v, "types", types);
      contentAreas = areas(v, contentAreas);
      roles = sorted(v, "roles", roles);
      countries = sorted(v, "countries", countries);
      v.throwIfAny();
    }

    /**
     * People who attended activities of some types, in any role, area or country.
     *
     * @param types the types; none for any
     * @return the rule
     */
    public static Attendees ofTypes(ActivityType... types) {
      return new Attendees(set("types", types), Set.of(), Set.of(), Set.of());
    }

    /**
     * This rule, limited to some content areas.
     *
     * @param areas the content areas' numbers
     * @return the rule
     */
    public Attendees inAreas(Integer... areas) {
      return new Attendees(types, set("contentAreas", areas), roles, countries);
    }

    /**
     * This rule, limited to some roles.
     *
     * @param newRoles the roles
     * @return the rule
     */
    public Attendees withRoles(ParticipationRole... newRoles) {
      return new Attendees(types, contentAreas, set("roles", newRoles), countries);
    }

    /**
     * This rule, limited to people from some countries.
     *
     * @param newCountries the countries
     * @return the rule
     */
    public Attendees from(CountryCode... newCountries) {
      return new Attendees(types, contentAreas, roles, set("countries", newCountries));
    }

    @Override
    public String describe() {
      return "distinct people who attended activities"
          + of("of type", types)
          + in(contentAreas)
          + of("as", roles)
          + of("from", countries);
    }
  }

  /**
   * Marketplace introductions that reached an agreement.
   *
   * @param contentAreas the content areas, in order; empty for any (an introduction filed under no
   *     content area counts only then)
   */
  record AgreedIntroductions(Set<Integer> contentAreas) implements Rule {

    /**
     * Checks and orders the set.
     *
     * @throws InvalidInputException if the set or an element is missing, or a content area is not
     *     positive
     */
    public AgreedIntroductions {
      Validation v = new Validation();
      contentAreas = areas(v, contentAreas);
      v.throwIfAny();
    }

    /**
     * Agreed introductions in some content areas.
     *
     * @param areas the content areas' numbers; none for any
     * @return the rule
     */
    public static AgreedIntroductions inAreas(Integer... areas) {
      return new AgreedIntroductions(set("contentAreas", areas));
    }

    @Override
    public String describe() {
      return "introductions that reached an agreement" + in(contentAreas);
    }
  }

  /**
   * The values of a factory's arguments. A null among them is refused here, at its index among the
   * arguments: once in a set, it would be reported at its place in the set's order instead.
   */
  @SafeVarargs
  private static <T> Set<T> set(String path, T... values) {
    List<T> given = Arrays.asList(Validation.notNull(path, values));
    Validation v = new Validation();
    v.elements(path, given);
    v.throwIfAny();
    return new HashSet<>(given);
  }

  private static <T extends Comparable<? super T>> Set<T> sorted(
      Validation v, String path, @Nullable Collection<T> given) {
    Collection<T> checked = v.elements(path, given);
    if (checked == null) {
      return Set.of();
    }
    TreeSet<T> out = new TreeSet<>();
    for (T t : checked) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static Set<Integer> areas(Validation v, @Nullable Collection<Integer> given) {
    Set<Integer> out = sorted(v, "contentAreas", given);
    for (Integer area : out) {
      v.require(
          area > 0,
          "contentAreas",
          Violation.OUT_OF_RANGE,
          "a content area's number is positive, not " + area);
    }
    return out;
  }

  private static String of(String label, Set<?> values) {
    return values.isEmpty()
        ? ""
        : " "
            + label
            + " "
            + values.stream().map(Object::toString).collect(Collectors.joining(" or "));
  }

  private static String in(Set<Integer> areas) {
    if (areas.isEmpty()) {
      return "";
    }
    return (areas.size() == 1 ? " in content area " : " in content areas ")
        + areas.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
