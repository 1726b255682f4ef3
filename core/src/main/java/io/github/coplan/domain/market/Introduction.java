package io.github.coplan.domain.market;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A match followed up: a request and an offer introduced to each other, and what came of it.
 * Immutable: changes return a new instance with the same id and version; the store gives it its
 * next version.
 *
 * <p>Stages: {@code SUGGESTED → INTEREST_EXPRESSED} (by one side, then perhaps the other) {@code →
 * MEETING} (at an activity) {@code → AGREEMENT} (recorded as a document of the plan), or {@code
 * DECLINED} (by a side, with a reason) from any stage before the agreement. Each step is dated, and
 * no step is dated before the one before it. An introduction counts for the plan and content area
 * of its request, or of its offer when the request has none.
 *
 * @since 0.3.0
 */
public final class Introduction {

  private final IntroductionId id;
  private final ProfileId request;
  private final ProfileId offer;
  private final @Nullable PlanId plan;
  private final @Nullable Integer contentArea;
  private final IntroductionStage stage;
  private final LocalDate suggestedOn;
  private final Map<Side, LocalDate> interest;
  private final @Nullable ActivityId meeting;
  private final @Nullable LocalDate metOn;
  private final @Nullable AgreementKind agreement;
  private final @Nullable URI document;
  private final @Nullable LocalDate agreedOn;
  private final @Nullable Side declinedBy;
  private final @Nullable String declineReason;
  private final @Nullable LocalDate declinedOn;
  private final long version;

  private Introduction(
      IntroductionId id,
      ProfileId request,
      ProfileId offer,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      IntroductionStage stage,
      LocalDate suggestedOn,
      Map<Side, LocalDate> interest,
      @Nullable ActivityId meeting,
      @Nullable LocalDate metOn,
      @Nullable AgreementKind agreement,
      @Nullable URI document,
      @Nullable LocalDate agreedOn,
      @Nullable Side declinedBy,
      @Nullable String declineReason,
      @Nullable LocalDate declinedOn,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.request = Objects.requireNonNull(request, "request");
    this.offer = Objects.requireNonNull(offer, "offer");
    this.plan = plan;
    this.contentArea = contentArea;
    this.stage = Objects.requireNonNull(stage, "stage");
    this.suggestedOn = Objects.requireNonNull(suggestedOn, "suggestedOn");
    EnumMap<Side, LocalDate> copy = new EnumMap<>(Side.class);
    copy.putAll(interest);
    this.interest = Collections.unmodifiableMap(copy);
    this.meeting = meeting;
    this.metOn = metOn;
    this.agreement = agreement;
    this.document = document;
    this.agreedOn = agreedOn;
    this.declinedBy = declinedBy;
    this.declineReason = declineReason;
    this.declinedOn = declinedOn;
    this.version = version;
  }

  /**
   * A new suggested introduction, not yet stored (version 0). Whether the two profiles may be
   * matched is the use case's to check ({@link Matching#refusals}).
   *
   * @param id its id
   * @param request the request
   * @param offer the offer
   * @param plan the plan it counts for, or null
   * @param contentArea the content area it counts for, or null
   * @param on the day it was suggested
   * @return the introduction
   * @throws InvalidInputException listing every missing part
   */
  public static Introduction suggest(
      @Nullable IntroductionId id,
      @Nullable ProfileId request,
      @Nullable ProfileId offer,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      @Nullable LocalDate on) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("request", request);
    v.required("offer", offer);
    v.required("on", on);
    v.require(
        request == null || !request.equals(offer),
        "offer",
        Violation.OUT_OF_RANGE,
        "a profile cannot be introduced to itself");
    v.throwIfAny();
    return new Introduction(
        Validation.notNull("id", id),
        Validation.notNull("request", request),
        Validation.notNull("offer", offer),
        plan,
        contentArea,
        IntroductionStage.SUGGESTED,
        Validation.notNull("on", on),
        Map.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /**
   * One side expresses interest. Each side does so once, before a meeting.
   *
   * @param side the side
   * @param on the day
   * @return the introduction, {@link IntroductionStage#INTEREST_EXPRESSED}
   * @throws RuleViolationException {@link RuleCode#INTRODUCTION_ILLEGAL_TRANSITION} after the
   *     interest stage, or if the side expressed interest already
   * @throws InvalidInputException if a part is missing or the day is before the last step
   */
  public Introduction expressInterest(Side side, LocalDate on) {
    Validation v = new Validation();
    v.required("side", side);
    v.required("on", on);
    v.throwIfAny();
    requireStage(
        "express interest in", IntroductionStage.SUGGESTED, IntroductionStage.INTEREST_EXPRESSED);
    if (interest.containsKey(side)) {
      throw new RuleViolationException(
          RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
          "the " + side + " expressed interest in introduction " + id + " already");
    }
    notBeforeLastStep(on);
    EnumMap<Side, LocalDate> more = new EnumMap<>(Side.class);
    more.putAll(interest);
    more.put(side, on);
    return new Introduction(
        id,
        request,
        offer,
        plan,
        contentArea,
        IntroductionStage.INTEREST_EXPRESSED,
        suggestedOn,
        more,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        version);
  }

  /**
   * Records the meeting of the two, at an activity, after interest was expressed.
   *
   * @param activity the activity they met at
   * @param on the day
   * @return the introduction, {@link IntroductionStage#MEETING}
   * @throws RuleViolationException {@link RuleCode#INTRODUCTION_ILLEGAL_TRANSITION} unless at the
   *     interest stage
   * @throws InvalidInputException if a part is missing or the day is before the last step
   */
  public Introduction recordMeeting(ActivityId activity, LocalDate on) {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("on", on);
    v.throwIfAny();
    requireStage("record a meeting of", IntroductionStage.INTEREST_EXPRESSED);
    notBeforeLastStep(on);
    return new Introduction(
        id,
        request,
        offer,
        plan,
        contentArea,
        IntroductionStage.MEETING,
        suggestedOn,
        interest,
        activity,
        on,
        null,
        null,
        null,
        null,
        null,
        null,
        version);
  }

  /**
   * Records the agreement the two reached after meeting, as a document of the plan.
   *
   * @param kind what the agreement is
   * @param document the link of the plan's document that records it
   * @param on the day
   * @return the introduction, {@link IntroductionStage#AGREEMENT}
   * @throws RuleViolationException {@link RuleCode#INTRODUCTION_ILLEGAL_TRANSITION} unless at the
   *     meeting stage
   * @throws InvalidInputException if a part is missing or the day is before the last step
   */
  public Introduction recordAgreement(AgreementKind kind, URI document, LocalDate on) {
    Validation v = new Validation();
    v.required("kind", kind);
    v.required("document", document);
    v.required("on", on);
    v.throwIfAny();
    requireStage("record an agreement of", IntroductionStage.MEETING);
    notBeforeLastStep(on);
    return new Introduction(
        id,
        request,
        offer,
        plan,
        contentArea,
        IntroductionStage.AGREEMENT,
        suggestedOn,
        interest,
        meeting,
        metOn,
        kind,
        document,
        on,
        null,
        null,
        null,
        version);
  }

  /**
   * One side declines, with a reason, before an agreement.
   *
   * @param side the side
   * @param reason why, one line of at most 500 code points
   * @param on the day
   * @return the introduction, {@link IntroductionStage#DECLINED}
   * @throws RuleViolationException {@link RuleCode#INTRODUCTION_ILLEGAL_TRANSITION} once final
   * @throws InvalidInputException if a part is missing, the reason is blank or too long, or the day
   *     is before the last step
   */
  public Introduction decline(Side side, String reason, LocalDate on) {
    Validation v = new Validation();
    v.required("side", side);
    String why = v.line("reason", reason);
    v.required("on", on);
    v.throwIfAny();
    requireStage(
        "decline",
        IntroductionStage.SUGGESTED,
        IntroductionStage.INTEREST_EXPRESSED,
        IntroductionStage.MEETING);
    notBeforeLastStep(on);
    return new Introduction(
        id,
        request,
        offer,
        plan,
        contentArea,
        IntroductionStage.DECLINED,
        suggestedOn,
        interest,
        meeting,
        metOn,
        null,
        null,
        null,
        side,
        why,
        on,
        version);
  }

  private void requireStage(String action, IntroductionStage... allowed) {
    for (IntroductionStage s : allowed) {
      if (stage == s) {
        return;
      }
    }
    throw new RuleViolationException(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        "cannot " + action + " introduction " + id + ": it is " + stage);
  }

  private void notBeforeLastStep(LocalDate on) {
    LocalDate last = lastStepOn();
    if (on.isBefore(last)) {
      throw InvalidInputException.of(
          "on",
          Violation.OUT_OF_RANGE,
          "introduction " + id + " took its last step on " + last + ", after " + on);
    }
  }

  /**
   * The day of its latest step.
   *
   * @return the day
   */
  public LocalDate lastStepOn() {
    LocalDate last = suggestedOn;
    for (LocalDate d : interest.values()) {
      last = d.isAfter(last) ? d : last;
    }
    for (LocalDate d : new LocalDate[] {metOn, agreedOn, declinedOn}) {
      if (d != null && d.isAfter(last)) {
        last = d;
      }
    }
    return last;
  }

  /**
   * The day interest was first expressed.
   *
   * @return the day, or null if no side expressed interest
   */
  public @Nullable LocalDate interestOn() {
    return interest.values().stream().min(LocalDate::compareTo).orElse(null);
  }

  /**
   * The id.
   *
   * @return the id
   */
  public IntroductionId id() {
    return id;
  }

  /**
   * The request.
   *
   * @return the request's id
   */
  public ProfileId request() {
    return request;
  }

  /**
   * The offer.
   *
   * @return the offer's id
   */
  public ProfileId offer() {
    return offer;
  }

  /**
   * The plan it counts for.
   *
   * @return the plan, or null
   */
  public @Nullable PlanId plan() {
    return plan;
  }

  /**
   * The content area it counts for.
   *
   * @return the content area's number, or null
   */
  public @Nullable Integer contentArea() {
    return contentArea;
  }

  /**
   * Its stage.
   *
   * @return the stage
   */
  public IntroductionStage stage() {
    return stage;
  }

  /**
   * The day it was suggested.
   *
   * @return the day
   */
  public LocalDate suggestedOn() {
    return suggestedOn;
  }

  /**
   * The day each side expressed interest.
   *
   * @return an unmodifiable map, in the order of {@link Side}
   */
  public Map<Side, LocalDate> interest() {
    return interest;
  }

  /**
   * The activity the two met at.
   *
   * @return the activity, or null before a meeting
   */
  public @Nullable ActivityId meeting() {
    return meeting;
  }

  /**
   * The day they met.
   *
   * @return the day, or null
   */
  public @Nullable LocalDate metOn() {
    return metOn;
  }

  /**
   * What their agreement is.
   *
   * @return the kind, or null before an agreement
   */
  public @Nullable AgreementKind agreement() {
    return agreement;
  }

  /**
   * The link of the plan's document that records the agreement.
   *
   * @return the link, or null
   */
  public @Nullable URI document() {
    return document;
  }

  /**
   * The day they agreed.
   *
   * @return the day, or null
   */
  public @Nullable LocalDate agreedOn() {
    return agreedOn;
  }

  /**
   * The side that declined.
   *
   * @return the side, or null
   */
  public @Nullable Side declinedBy() {
    return declinedBy;
  }

  /**
   * Why it was declined.
   *
   * @return the reason, or null
   */
  public @Nullable String declineReason() {
    return declineReason;
  }

  /**
   * The day it was declined.
   *
   * @return the day, or null
   */
  public @Nullable LocalDate declinedOn() {
    return declinedOn;
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
    return o instanceof Introduction x
        && id.equals(x.id)
        && request.equals(x.request)
        && offer.equals(x.offer)
        && Objects.equals(plan, x.plan)
        && Objects.equals(contentArea, x.contentArea)
        && stage == x.stage
        && suggestedOn.equals(x.suggestedOn)
        && interest.equals(x.interest)
        && Objects.equals(meeting, x.meeting)
        && Objects.equals(metOn, x.metOn)
        && agreement == x.agreement
        && Objects.equals(document, x.document)
        && Objects.equals(agreedOn, x.agreedOn)
        && declinedBy == x.declinedBy
        && Objects.equals(declineReason, x.declineReason)
        && Objects.equals(declinedOn, x.declinedOn)
        && version == x.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, version);
  }

  @Override
  public String toString() {
    return "Introduction[" + id + " " + request + "→" + offer + " " + stage + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding an introduction from what a store holds, and giving it
   * the version the store assigned. Part of the storage SPI, not of the application API.
   *
   * @since 0.3.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * An introduction rebuilt from storage.
     *
     * @param id its id
     * @param request its request
     * @param offer its offer
     * @param plan its plan, or null
     * @param contentArea its content area, or null
     * @param stage its stage
     * @param suggestedOn the day it was suggested
     * @param interest the day each side expressed interest
     * @param meeting the activity of the meeting, or null
     * @param metOn the day of the meeting, or null
     * @param agreement the kind of agreement, or null
     * @param document the agreement's document, or null
     * @param agreedOn the day of the agreement, or null
     * @param declinedBy the side that declined, or null
     * @param declineReason why, or null
     * @param declinedOn the day it was declined, or null
     * @param version its stored version, at least 1
     * @return the introduction
     */
    public static Introduction restore(
        IntroductionId id,
        ProfileId request,
        ProfileId offer,
        @Nullable PlanId plan,
        @Nullable Integer contentArea,
        IntroductionStage stage,
        LocalDate suggestedOn,
        Map<Side, LocalDate> interest,
        @Nullable ActivityId meeting,
        @Nullable LocalDate metOn,
        @Nullable AgreementKind agreement,
        @Nullable URI document,
        @Nullable LocalDate agreedOn,
        @Nullable Side declinedBy,
        @Nullable String declineReason,
        @Nullable LocalDate declinedOn,
        long version) {
      return new Introduction(
          id,
          request,
          offer,
          plan,
          contentArea,
          stage,
          suggestedOn,
          interest,
          meeting,
          metOn,
          agreement,
          document,
          agreedOn,
          declinedBy,
          declineReason,
          declinedOn,
          version);
    }

    /**
     * The introduction as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static Introduction withVersion(Introduction x, long newVersion) {
      return new Introduction(
          x.id,
          x.request,
          x.offer,
          x.plan,
          x.contentArea,
          x.stage,
          x.suggestedOn,
          x.interest,
          x.meeting,
          x.metOn,
          x.agreement,
          x.document,
          x.agreedOn,
          x.declinedBy,
          x.declineReason,
          x.declinedOn,
          newVersion);
    }
  }
}
