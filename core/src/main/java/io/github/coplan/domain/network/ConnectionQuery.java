package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The connections a plan made in a period: pairs of participants whose first meeting at an activity
 * of the plan (of its content area, if one is given) falls within the period, the first side
 * meeting {@code first} and the second meeting {@code second}. "New Israeli contacts of HCMC
 * start-ups in 2019" is {@code ConnectionQuery.of(plan, 2019-01-01, 2019-12-31)
 * .first(Side.organisations(VN, PRIVATE_SECTOR)).second(Side.from(IL))}.
 *
 * <p>A first meeting falls within the period when the earliest day it may mean does. Each
 * connection lists its meetings at activities of the plan (and content area), all of them. The
 * connections come by first meeting, then by the text form of the first side, then of the second; a
 * pair that matches both ways is listed once, with the side of the lesser text form first.
 *
 * @param plan the plan
 * @param contentArea the content area, or null for the whole plan
 * @param from the first day of the period
 * @param to the last day of the period, not before {@code from}
 * @param firstSide what the first side must be
 * @param secondSide what the second side must be
 * @param limit how many connections at most, 1 to {@value #MAX_LIMIT}
 * @since 0.4.0
 */
public record ConnectionQuery(
    PlanId plan,
    @Nullable Integer contentArea,
    LocalDate from,
    LocalDate to,
    Side firstSide,
    Side secondSide,
    int limit) {

  /** The most connections one query returns. */
  public static final int MAX_LIMIT = 10_000;

  /**
   * Validates the query.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ConnectionQuery {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("from", from);
    v.required("to", to);
    v.required("firstSide", firstSide);
    v.required("secondSide", secondSide);
    v.require(
        from == null || to == null || !to.isBefore(from),
        "to",
        Violation.END_BEFORE_START,
        "the period ends " + to + ", before it begins " + from);
    v.require(
        limit >= 1 && limit <= MAX_LIMIT,
        "limit",
        Violation.OUT_OF_RANGE,
        "1 to " + MAX_LIMIT + ", was " + limit);
    v.throwIfAny();
  }

  /**
   * The connections made in a plan in a period, between anyone, at most {@value #MAX_LIMIT}.
   *
   * @param plan the plan
   * @param from the first day
   * @param to the last day
   * @return the query
   */
  public static ConnectionQuery of(PlanId plan, LocalDate from, LocalDate to) {
    return new ConnectionQuery(plan, null, from, to, Side.ANYONE, Side.ANYONE, MAX_LIMIT);
  }

  /**
   * This query limited to a content area.
   *
   * @param area the content area's number
   * @return the query
   */
  public ConnectionQuery inArea(int area) {
    return new ConnectionQuery(plan, area, from, to, firstSide, secondSide, limit);
  }

  /**
   * This query with what the first side must be.
   *
   * @param side the criteria
   * @return the query
   */
  public ConnectionQuery first(Side side) {
    return new ConnectionQuery(plan, contentArea, from, to, side, secondSide, limit);
  }

  /**
   * This query with what the second side must be.
   *
   * @param side the criteria
   * @return the query
   */
  public ConnectionQuery second(Side side) {
    return new ConnectionQuery(plan, contentArea, from, to, firstSide, side, limit);
  }

  /**
   * This query with another limit.
   *
   * @param newLimit how many at most
   * @return the query
   */
  public ConnectionQuery limit(int newLimit) {
    return new ConnectionQuery(plan, contentArea, from, to, firstSide, secondSide, newLimit);
  }

  /**
   * What one side of a connection must be: each criterion given must hold. A person's country is
   * that of their profile, an organisation's that of its profile; a type holds only for an
   * organisation of that type.
   *
   * @param kind person or organisation, or null for either
   * @param country the country, or null for any
   * @param type the organisation type, or null for any (given, it implies an organisation)
   */
  public record Side(
      @Nullable ParticipantKind kind,
      @Nullable CountryCode country,
      @Nullable OrganisationType type) {

    /** Anyone. */
    public static final Side ANYONE = new Side(null, null, null);

    /**
     * Refuses a type for people.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if a type is given with kind
     *     person
     */
    public Side {
      Validation v = new Validation();
      v.require(
          type == null || kind != ParticipantKind.PERSON,
          "type",
          Violation.OUT_OF_RANGE,
          "an organisation type holds only for organisations");
      v.throwIfAny();
    }

    /**
     * Anyone from a country.
     *
     * @param country the country
     * @return the criteria
     */
    public static Side from(CountryCode country) {
      return new Side(null, Validation.notNull("country", country), null);
    }

    /**
     * Organisations of a type from a country.
     *
     * @param country the country
     * @param type the type
     * @return the criteria
     */
    public static Side organisations(CountryCode country, OrganisationType type) {
      return new Side(
          ParticipantKind.ORGANISATION,
          Validation.notNull("country", country),
          Validation.notNull("type", type));
    }

    /**
     * People from a country.
     *
     * @param country the country
     * @return the criteria
     */
    public static Side people(CountryCode country) {
      return new Side(ParticipantKind.PERSON, Validation.notNull("country", country), null);
    }

    /**
     * Whether a participant of a kind, country and type meets these criteria.
     *
     * @param participant the participant
     * @param itsCountry its country, or null if it has none
     * @param itsType its organisation type, or null for a person
     * @return true if every criterion given holds
     */
    public boolean accepts(
        Participant participant,
        @Nullable CountryCode itsCountry,
        @Nullable OrganisationType itsType) {
      return (kind == null || kind == participant.kind())
          && (country == null || country.equals(itsCountry))
          && (type == null || type.equals(itsType));
    }
  }
}
