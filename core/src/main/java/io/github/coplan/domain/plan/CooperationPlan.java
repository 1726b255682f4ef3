package io.github.coplan.domain.plan;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cooperation plan: who agreed with whom, which content areas they committed to, over which
 * period, and where it stands. Immutable: every change returns a new plan with the same id and
 * version, after checking every invariant; the store gives it its next version when it is saved.
 *
 * <p>Rules: activation needs at least two parties and a period; a completed or cancelled plan is
 * frozen; content-area numbers and party organisations are unique within a plan; only the
 * transitions drawn on {@link PlanStatus} are allowed.
 */
public final class CooperationPlan {

  /** The most parties, content areas or documents a plan may have, each. */
  public static final int MAX_PARTS = 500;

  private final PlanId id;
  private final PlanCode code;
  private final LocalizedText title;
  private final @Nullable LocalizedText summary;
  private final @Nullable DateSpan period;
  private final ImmutableList<Party> parties;
  private final ImmutableList<ContentArea> contentAreas;
  private final ImmutableList<PlanDocument> documents;
  private final PlanStatus status;
  private final @Nullable String statusReason;
  private final long version;

  private CooperationPlan(
      PlanId id,
      PlanCode code,
      LocalizedText title,
      @Nullable LocalizedText summary,
      @Nullable DateSpan period,
      List<Party> parties,
      List<ContentArea> contentAreas,
      List<PlanDocument> documents,
      PlanStatus status,
      @Nullable String statusReason,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
    this.summary = summary;
    this.period = period;
    this.parties = ImmutableList.copyOf(parties);
    this.contentAreas =
        ImmutableList.sortedCopyOf(Comparator.comparingInt(ContentArea::number), contentAreas);
    this.documents = ImmutableList.copyOf(documents);
    this.status = Objects.requireNonNull(status, "status");
    this.statusReason = statusReason;
    this.version = version;
  }

  /**
   * A new plan in {@link PlanStatus#DRAFT}, not yet stored (version 0).
   *
   * @param id the id
   * @param code the code, unique in a store
   * @param title the title, a single line per language
   * @param summary a summary, or null
   * @param period the period, or null while unknown
   * @return the plan
   * @throws InvalidInputException listing every violation
   */
  public static CooperationPlan draft(
      @Nullable PlanId id,
      @Nullable PlanCode code,
      @Nullable LocalizedText title,
      @Nullable LocalizedText summary,
      @Nullable DateSpan period) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("code", code);
    v.required("title", title);
    if (title != null) {
      v.check("title", () -> title.requireLine("", Texts.LINE_LIMIT));
    }
    v.throwIfAny();
    // throwIfAny refused every missing part; notNull carries that to the nullness checker
    return new CooperationPlan(
        Validation.notNull("id", id),
        Validation.notNull("code", code),
        Validation.notNull("title", title),
        summary,
        period,
        List.of(),
        List.of(),
        List.of(),
        PlanStatus.DRAFT,
        null,
        0);
  }

  // ---- changes -------------------------------------------------------------------------------

  /**
   * This plan with a new title, summary and period.
   *
   * @param newTitle the title
   * @param newSummary the summary, or null
   * @param newPeriod the period; may be null only while the plan is a draft
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen
   * @throws InvalidInputException if the title is missing, or the period of an active plan removed
   */
  public CooperationPlan describe(
      @Nullable LocalizedText newTitle,
      @Nullable LocalizedText newSummary,
      @Nullable DateSpan newPeriod) {
    requireNotFrozen();
    Validation v = new Validation();
    v.required("title", newTitle);
    if (newTitle != null) {
      v.check("title", () -> newTitle.requireLine("", Texts.LINE_LIMIT));
    }
    v.require(
        newPeriod != null || status == PlanStatus.DRAFT,
        "period",
        Violation.REQUIRED,
        "an agreed plan keeps a period");
    v.throwIfAny();
    // throwIfAny refused a missing title; notNull carries that to the nullness checker
    return new CooperationPlan(
        id,
        code,
        Validation.notNull("title", newTitle),
        newSummary,
        newPeriod,
        parties,
        contentAreas,
        documents,
        status,
        statusReason,
        version);
  }

  /**
   * This plan with one more party.
   *
   * @param party the party
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen or the organisation is a party already
   */
  public CooperationPlan addParty(Party party) {
    Validation.notNull("party", party);
    requireNotFrozen();
    if (party(party.organisation()).isPresent()) {
      throw new RuleViolationException(
          RuleCode.PLAN_PARTY_EXISTS, "already a party: " + party.organisation());
    }
    requireRoom(parties.size(), "parties");
    List<Party> list = new ArrayList<>(parties);
    list.add(party);
    return withParties(list);
  }

  /**
   * This plan with a party's roles or signing date changed.
   *
   * @param party the party's new roles and signing date
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen or the organisation is not a party
   */
  public CooperationPlan changeParty(Party party) {
    Validation.notNull("party", party);
    requireNotFrozen();
    requireParty(party.organisation());
    List<Party> list = new ArrayList<>(parties);
    list.replaceAll(p -> p.organisation().equals(party.organisation()) ? party : p);
    return withParties(list);
  }

  /**
   * This plan without a party. An agreed plan keeps at least two.
   *
   * @param organisation the party's organisation
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen, the organisation is not a party, or an
   *     agreed plan would be left with fewer than two parties
   */
  public CooperationPlan removeParty(OrganisationId organisation) {
    Validation.notNull("organisation", organisation);
    requireNotFrozen();
    requireParty(organisation);
    if (status != PlanStatus.DRAFT && parties.size() <= 2) {
      throw new RuleViolationException(
          RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES, "an agreed plan keeps at least two parties");
    }
    List<Party> list = new ArrayList<>(parties);
    list.removeIf(p -> p.organisation().equals(organisation));
    return withParties(list);
  }

  private CooperationPlan withParties(List<Party> list) {
    return new CooperationPlan(
        id,
        code,
        title,
        summary,
        period,
        list,
        contentAreas,
        documents,
        status,
        statusReason,
        version);
  }

  /**
   * This plan with one more content area.
   *
   * @param area the content area
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen or the number is taken
   */
  public CooperationPlan addContentArea(ContentArea area) {
    Validation.notNull("area", area);
    requireNotFrozen();
    if (contentArea(area.number()).isPresent()) {
      throw new RuleViolationException(
          RuleCode.PLAN_CONTENT_AREA_EXISTS, "content area " + area.number() + " exists");
    }
    requireRoom(contentAreas.size(), "contentAreas");
    List<ContentArea> list = new ArrayList<>(contentAreas);
    list.add(area);
    return new CooperationPlan(
        id, code, title, summary, period, parties, list, documents, status, statusReason, version);
  }

  /**
   * This plan with a content area's title changed.
   *
   * @param area the content area with its new title
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen or has no such content area
   */
  public CooperationPlan renameContentArea(ContentArea area) {
    Validation.notNull("area", area);
    requireNotFrozen();
    requireContentArea(area.number());
    List<ContentArea> list = new ArrayList<>(contentAreas);
    list.replaceAll(a -> a.number() == area.number() ? area : a);
    return new CooperationPlan(
        id, code, title, summary, period, parties, list, documents, status, statusReason, version);
  }

  /**
   * This plan with one more document.
   *
   * @param document the document
   * @return the changed plan
   * @throws RuleViolationException if the plan is frozen
   */
  public CooperationPlan addDocument(PlanDocument document) {
    Validation.notNull("document", document);
    requireNotFrozen();
    requireRoom(documents.size(), "documents");
    List<PlanDocument> list = new ArrayList<>(documents);
    list.add(document);
    return new CooperationPlan(
        id,
        code,
        title,
        summary,
        period,
        parties,
        contentAreas,
        list,
        status,
        statusReason,
        version);
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /**
   * DRAFT → ACTIVE.
   *
   * @return the active plan
   * @throws RuleViolationException if not a draft, with fewer than two parties, or without a period
   */
  public CooperationPlan activate() {
    requireStatus(PlanStatus.ACTIVE, PlanStatus.DRAFT);
    if (parties.size() < 2) {
      throw new RuleViolationException(
          RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES,
          "activation needs at least two parties, has " + parties.size());
    }
    if (period == null) {
      throw new RuleViolationException(
          RuleCode.PLAN_ACTIVATION_NEEDS_PERIOD, "activation needs a period");
    }
    return withStatus(PlanStatus.ACTIVE, null);
  }

  /**
   * ACTIVE → SUSPENDED.
   *
   * @param reason why
   * @return the suspended plan
   * @throws RuleViolationException if not active
   * @throws InvalidInputException if the reason is refused
   */
  public CooperationPlan suspend(String reason) {
    String checked = reason(reason);
    requireStatus(PlanStatus.SUSPENDED, PlanStatus.ACTIVE);
    return withStatus(PlanStatus.SUSPENDED, checked);
  }

  /**
   * SUSPENDED → ACTIVE.
   *
   * @return the active plan
   * @throws RuleViolationException if not suspended
   */
  public CooperationPlan resume() {
    requireStatus(PlanStatus.ACTIVE, PlanStatus.SUSPENDED);
    return withStatus(PlanStatus.ACTIVE, null);
  }

  /**
   * ACTIVE → COMPLETED. The plan and its activities are frozen from then on.
   *
   * @return the completed plan
   * @throws RuleViolationException if not active
   */
  public CooperationPlan complete() {
    requireStatus(PlanStatus.COMPLETED, PlanStatus.ACTIVE);
    return withStatus(PlanStatus.COMPLETED, null);
  }

  /**
   * DRAFT, ACTIVE or SUSPENDED → CANCELLED. The plan and its activities are frozen from then on.
   *
   * @param reason why
   * @return the cancelled plan
   * @throws RuleViolationException if already completed or cancelled
   * @throws InvalidInputException if the reason is refused
   */
  public CooperationPlan cancel(String reason) {
    String checked = reason(reason);
    requireStatus(PlanStatus.CANCELLED, PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.SUSPENDED);
    return withStatus(PlanStatus.CANCELLED, checked);
  }

  /**
   * Throws unless activities of this plan may change.
   *
   * @throws RuleViolationException with {@link RuleCode#PLAN_FROZEN} if the plan is completed or
   *     cancelled
   */
  public void requireNotFrozen() {
    if (status.isFrozen()) {
      throw new RuleViolationException(RuleCode.PLAN_FROZEN, "plan " + code + " is " + status);
    }
  }

  /**
   * Throws unless the plan has a content area with that number.
   *
   * @param number the content-area number
   * @return the content area
   * @throws RuleViolationException with {@link RuleCode#PLAN_CONTENT_AREA_UNKNOWN}
   */
  public ContentArea requireContentArea(int number) {
    return contentArea(number)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
                    "plan " + code + " has no content area " + number));
  }

  /**
   * Throws unless the organisation is a party of the plan.
   *
   * @param organisation the organisation
   * @return the party
   * @throws RuleViolationException with {@link RuleCode#PLAN_PARTY_UNKNOWN}
   */
  public Party requireParty(OrganisationId organisation) {
    return party(organisation)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    RuleCode.PLAN_PARTY_UNKNOWN,
                    "not a party of plan " + code + ": " + organisation));
  }

  private void requireStatus(PlanStatus target, PlanStatus... allowed) {
    for (PlanStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new RuleViolationException(
        RuleCode.PLAN_ILLEGAL_TRANSITION, "a plan cannot go from " + status + " to " + target);
  }

  private static void requireRoom(int size, String path) {
    if (size >= MAX_PARTS) {
      throw InvalidInputException.of(
          path, Violation.OUT_OF_RANGE, "at most " + MAX_PARTS + " per plan");
    }
  }

  private static String reason(String reason) {
    return Texts.line("reason", reason);
  }

  private CooperationPlan withStatus(PlanStatus newStatus, @Nullable String reason) {
    return new CooperationPlan(
        id,
        code,
        title,
        summary,
        period,
        parties,
        contentAreas,
        documents,
        newStatus,
        reason,
        version);
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * The id.
   *
   * @return the id
   */
  public PlanId id() {
    return id;
  }

  /**
   * The code, unique in a store.
   *
   * @return the code
   */
  public PlanCode code() {
    return code;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * The summary.
   *
   * @return the summary, or null
   */
  public @Nullable LocalizedText summary() {
    return summary;
  }

  /**
   * The period.
   *
   * @return the period, or null while unknown
   */
  public @Nullable DateSpan period() {
    return period;
  }

  /**
   * The parties, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * The party of an organisation.
   *
   * @param organisation the organisation
   * @return its party, if it is one
   */
  public Optional<Party> party(OrganisationId organisation) {
    return parties.stream().filter(p -> p.organisation().equals(organisation)).findFirst();
  }

  /**
   * The content areas, by number.
   *
   * @return an unmodifiable list
   */
  public List<ContentArea> contentAreas() {
    return contentAreas;
  }

  /**
   * The content area with a number.
   *
   * @param number the number
   * @return the content area, if the plan has it
   */
  public Optional<ContentArea> contentArea(int number) {
    return contentAreas.stream().filter(a -> a.number() == number).findFirst();
  }

  /**
   * The documents, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<PlanDocument> documents() {
    return documents;
  }

  /**
   * The key of the title sort of a plan look-up: the original title, {@linkplain SearchFolding
   * folded}.
   *
   * @return the folded original title
   */
  public String sortTitle() {
    return SearchFolding.fold(title.original());
  }

  /**
   * The text a plan look-up's text filter matches: the folded title and summary in every language,
   * as {@link LocalizedText#folded()} gives them, joined by a line feed.
   *
   * @return the folded search text
   */
  public String searchText() {
    String folded = title.folded();
    return summary == null ? folded : folded + "\n" + summary.folded();
  }

  /**
   * The lifecycle status.
   *
   * @return the status
   */
  public PlanStatus status() {
    return status;
  }

  /**
   * Why the plan was suspended or cancelled.
   *
   * @return the reason, or null unless suspended or cancelled
   */
  public @Nullable String statusReason() {
    return statusReason;
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
    return o instanceof CooperationPlan p
        && id.equals(p.id)
        && code.equals(p.code)
        && title.equals(p.title)
        && Objects.equals(summary, p.summary)
        && Objects.equals(period, p.period)
        && parties.equals(p.parties)
        && contentAreas.equals(p.contentAreas)
        && documents.equals(p.documents)
        && status == p.status
        && Objects.equals(statusReason, p.statusReason)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        code,
        title,
        summary,
        period,
        parties,
        contentAreas,
        documents,
        status,
        statusReason,
        version);
  }

  @Override
  public String toString() {
    return "CooperationPlan[" + code + " " + id + " " + status + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding a CooperationPlan from what a store holds, and giving it
   * the version the store assigned. Part of the storage SPI (see {@code
   * io.github.coplan.port.storage}), not of the application API: nothing here checks the rules the
   * use cases keep.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * A plan rebuilt from storage. Nothing is checked: the store holds only what was checked
     * before.
     *
     * @param id the id
     * @param code the code
     * @param title the title
     * @param summary the summary, or null
     * @param period the period, or null
     * @param parties the parties, in order
     * @param contentAreas the content areas
     * @param documents the documents, in order
     * @param status the status
     * @param statusReason why it was suspended or cancelled, or null
     * @param version the stored version
     * @return the plan
     */
    public static CooperationPlan restore(
        PlanId id,
        PlanCode code,
        LocalizedText title,
        @Nullable LocalizedText summary,
        @Nullable DateSpan period,
        List<Party> parties,
        List<ContentArea> contentAreas,
        List<PlanDocument> documents,
        PlanStatus status,
        @Nullable String statusReason,
        long version) {
      return new CooperationPlan(
          id,
          code,
          title,
          summary,
          period,
          parties,
          contentAreas,
          documents,
          status,
          statusReason,
          version);
    }

    /**
     * The plan as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static CooperationPlan withVersion(CooperationPlan x, long newVersion) {
      return new CooperationPlan(
          x.id,
          x.code,
          x.title,
          x.summary,
          x.period,
          x.parties,
          x.contentAreas,
          x.documents,
          x.status,
          x.statusReason,
          newVersion);
    }
  }
}
