package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relationship declared between two participants: of a {@link RelationshipType}, from one side to
 * the other, from a start to an optional end (partial dates, as records of past ties often know
 * only the year), with a description and the activity or introduction that produced it. Immutable:
 * every change returns a new relationship with the same id and version; the store gives it its next
 * version when it is saved.
 *
 * <p>Whether it is active on a day is computed from its dates ({@link #isActiveOn}), never stored.
 * A relationship of a symmetric type is kept with its sides in a canonical order (by the text form
 * of each side: {@code organisation:<id>}, {@code person:<id>}), so that "A partner of B" and "B
 * partner of A" are the same tie.
 *
 * @since 0.4.0
 */
public final class Relationship {

  private final RelationshipId id;
  private final RelationshipTypeCode type;
  private final Participant from;
  private final Participant to;
  private final PartialDate start;
  private final @Nullable PartialDate end;
  private final @Nullable LocalizedText description;
  private final @Nullable RelationshipSource source;
  private final @Nullable PlanId plan;
  private final @Nullable Integer contentArea;
  private final long version;

  private Relationship(
      RelationshipId id,
      RelationshipTypeCode type,
      Participant from,
      Participant to,
      PartialDate start,
      @Nullable PartialDate end,
      @Nullable LocalizedText description,
      @Nullable RelationshipSource source,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    this.description = description;
    this.source = source;
    this.plan = plan;
    this.contentArea = contentArea;
    this.version = version;
  }

  /**
   * A new relationship, not yet stored (version 0). The plan and content area are those of the
   * source, which the use case looks up.
   *
   * @param id the id
   * @param type the type, whose side kinds are checked
   * @param from the first side
   * @param to the second side
   * @param start when it began
   * @param end when it ended, or null while it lasts
   * @param description what it is, or null
   * @param source what produced it, or null
   * @param plan the plan of the source, or null
   * @param contentArea the content area of the source, or null
   * @return the relationship
   * @throws InvalidInputException listing every missing or refused part, an end before the start
   *     ({@code end-before-start}), a content area without a plan
   * @throws RuleViolationException {@link RuleCode#RELATIONSHIP_SELF} if both sides are the same
   *     participant, {@link RuleCode#RELATIONSHIP_SIDE_KIND} if a side is of a kind the type does
   *     not allow there
   */
  public static Relationship record(
      @Nullable RelationshipId id,
      @Nullable RelationshipType type,
      @Nullable Participant from,
      @Nullable Participant to,
      @Nullable PartialDate start,
      @Nullable PartialDate end,
      @Nullable LocalizedText description,
      @Nullable RelationshipSource source,
      @Nullable PlanId plan,
      @Nullable Integer contentArea) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("type", type);
    v.required("from", from);
    v.required("to", to);
    LocalizedText checked = description(v, description);
    checkDates(v, start, end);
    v.require(
        contentArea == null || plan != null,
        "contentArea",
        Violation.OUT_OF_RANGE,
        "a content area belongs to a plan");
    v.throwIfAny();
    RelationshipType t = Validation.notNull("type", type);
    Participant a = Validation.notNull("from", from);
    Participant b = Validation.notNull("to", to);
    if (a.equals(b)) {
      throw new RuleViolationException(
          RuleCode.RELATIONSHIP_SELF, a + " cannot be in a relationship with itself");
    }
    if (!t.fromKinds().contains(a.kind())) {
      throw new RuleViolationException(
          RuleCode.RELATIONSHIP_SIDE_KIND,
          "the first side of " + t.code() + " is " + t.fromKinds() + ", not " + a.kind());
    }
    if (!t.toKinds().contains(b.kind())) {
      throw new RuleViolationException(
          RuleCode.RELATIONSHIP_SIDE_KIND,
          "the second side of " + t.code() + " is " + t.toKinds() + ", not " + b.kind());
    }
    if (t.symmetric() && order(b).compareTo(order(a)) < 0) {
      Participant swap = a;
      a = b;
      b = swap;
    }
    return new Relationship(
        Validation.notNull("id", id),
        t.code(),
        a,
        b,
        Validation.notNull("start", start),
        end,
        checked,
        source,
        plan,
        contentArea,
        0);
  }

  /** The canonical order of the sides of a symmetric relationship: their text form. */
  private static String order(Participant p) {
    return p.toString();
  }

  private static @Nullable LocalizedText description(
      Validation v, @Nullable LocalizedText description) {
    return description == null
        ? null
        : v.check("description", () -> description.requireLine("", Texts.PARAGRAPH_LIMIT));
  }

  private static void checkDates(
      Validation v, @Nullable PartialDate start, @Nullable PartialDate end) {
    v.required("start", start);
    v.require(
        start == null || end == null || !end.latestDay().isBefore(start.earliestDay()),
        "end",
        Violation.END_BEFORE_START,
        "the end " + end + " lies before the start " + start);
  }

  /**
   * This relationship with new dates and description.
   *
   * @param newStart when it began
   * @param newEnd when it ended, or null while it lasts
   * @param newDescription what it is, or null
   * @return the changed relationship
   * @throws InvalidInputException if the start is missing, the end lies before it, or the
   *     description is refused
   */
  public Relationship revise(
      @Nullable PartialDate newStart,
      @Nullable PartialDate newEnd,
      @Nullable LocalizedText newDescription) {
    Validation v = new Validation();
    checkDates(v, newStart, newEnd);
    LocalizedText checked = description(v, newDescription);
    v.throwIfAny();
    return new Relationship(
        id,
        type,
        from,
        to,
        Validation.notNull("start", newStart),
        newEnd,
        checked,
        source,
        plan,
        contentArea,
        version);
  }

  /**
   * Whether it is active on a day: the day lies within its dates as far as they are known, from the
   * start's earliest day to the end's latest day (open while it has no end). Computed whenever it
   * is asked, never stored.
   *
   * @param day the day
   * @return true if active
   */
  public boolean isActiveOn(LocalDate day) {
    Validation.notNull("day", day);
    return !start.earliestDay().isAfter(day) && (end == null || !end.latestDay().isBefore(day));
  }

  /**
   * Whether a participant is one of its two sides.
   *
   * @param participant the participant
   * @return true if it is the first or the second side
   */
  public boolean involves(Participant participant) {
    return from.equals(participant) || to.equals(participant);
  }

  /**
   * The id.
   *
   * @return the id
   */
  public RelationshipId id() {
    return id;
  }

  /**
   * The type's code.
   *
   * @return the code
   */
  public RelationshipTypeCode type() {
    return type;
  }

  /**
   * The first side, which the type's label reads from.
   *
   * @return the participant
   */
  public Participant from() {
    return from;
  }

  /**
   * The second side, which the type's reverse label reads from.
   *
   * @return the participant
   */
  public Participant to() {
    return to;
  }

  /**
   * When it began.
   *
   * @return the start
   */
  public PartialDate start() {
    return start;
  }

  /**
   * When it ended.
   *
   * @return the end, or null while it lasts
   */
  public @Nullable PartialDate end() {
    return end;
  }

  /**
   * What it is.
   *
   * @return the description, or null
   */
  public @Nullable LocalizedText description() {
    return description;
  }

  /**
   * What produced it.
   *
   * @return the source, or null
   */
  public @Nullable RelationshipSource source() {
    return source;
  }

  /**
   * The plan of its source.
   *
   * @return the plan, or null
   */
  public @Nullable PlanId plan() {
    return plan;
  }

  /**
   * The content area of its source.
   *
   * @return the content area's number, or null
   */
  public @Nullable Integer contentArea() {
    return contentArea;
  }

  /**
   * The stored version; 0 when not yet stored.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Relationship r
        && id.equals(r.id)
        && type.equals(r.type)
        && from.equals(r.from)
        && to.equals(r.to)
        && start.equals(r.start)
        && Objects.equals(end, r.end)
        && Objects.equals(description, r.description)
        && Objects.equals(source, r.source)
        && Objects.equals(plan, r.plan)
        && Objects.equals(contentArea, r.contentArea)
        && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, type, from, to, start, end, description, source, plan, contentArea, version);
  }

  @Override
  public String toString() {
    return "Relationship[" + id + " " + from + " " + type + " " + to + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding a relationship from what a store holds, and giving it the
   * version the store assigned. Nothing here checks the rules.
   *
   * @since 0.4.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * A relationship rebuilt from storage.
     *
     * @param id the id
     * @param type the type's code
     * @param from the first side
     * @param to the second side
     * @param start the start
     * @param end the end, or null
     * @param description the description, or null
     * @param source the source, or null
     * @param plan the plan, or null
     * @param contentArea the content area, or null
     * @param version the stored version
     * @return the relationship
     */
    public static Relationship restore(
        RelationshipId id,
        RelationshipTypeCode type,
        Participant from,
        Participant to,
        PartialDate start,
        @Nullable PartialDate end,
        @Nullable LocalizedText description,
        @Nullable RelationshipSource source,
        @Nullable PlanId plan,
        @Nullable Integer contentArea,
        long version) {
      return new Relationship(
          id, type, from, to, start, end, description, source, plan, contentArea, version);
    }

    /**
     * The relationship as stored with another version.
     *
     * @param x the relationship
     * @param newVersion the stored version
     * @return the relationship with that version
     */
    public static Relationship withVersion(Relationship x, long newVersion) {
      return new Relationship(
          x.id,
          x.type,
          x.from,
          x.to,
          x.start,
          x.end,
          x.description,
          x.source,
          x.plan,
          x.contentArea,
          newVersion);
    }
  }
}
