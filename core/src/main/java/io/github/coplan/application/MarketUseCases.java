package io.github.coplan.application;

import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;
import java.util.List;

/**
 * The technology marketplace: the taxonomy, technology profiles, matches that explain themselves,
 * and the introductions that follow a match. Implementations are thread-safe.
 *
 * <p>Who may do what: a system actor everything. A person acts on a profile as staff of its owner
 * (an affiliation to it that holds on the day), or, for a profile that is part of a plan, with
 * {@link io.github.coplan.domain.access.Permission#EDIT_ACTIVITIES} in its content area. Anyone may
 * read a profile that was published; a draft is seen only by those who may act on it, and looks to
 * anyone else exactly as a profile that does not exist. Only a system actor loads the taxonomy.
 *
 * @since 0.3.0
 */
public interface MarketUseCases {

  /** The most matches one call returns. */
  int MAX_MATCHES = 100;

  /**
   * Loads categories of the taxonomy, in order; see {@link LoadTaxonomy}.
   *
   * @param command the categories
   * @return the whole taxonomy after loading, by depth (roots first), then by code
   * @throws io.github.coplan.domain.error.AccessDeniedException for a person
   * @throws io.github.coplan.domain.error.RuleViolationException {@link
   *     io.github.coplan.domain.error.RuleCode#CATEGORY_PARENT_UNKNOWN} if a parent is neither
   *     stored nor earlier in the list, {@link
   *     io.github.coplan.domain.error.RuleCode#CATEGORY_MOVED} if a stored category is given
   *     another parent; nothing is loaded then
   */
  List<Category> loadTaxonomy(LoadTaxonomy command);

  /**
   * The whole taxonomy.
   *
   * @return the categories, by depth (roots first), then by code
   */
  List<Category> taxonomy();

  /**
   * Drafts a profile.
   *
   * @param command what to draft
   * @return the stored draft, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if the owner, the contact or the plan
   *     does not exist (or the plan is one the actor may not see)
   * @throws io.github.coplan.domain.error.RuleViolationException {@link
   *     io.github.coplan.domain.error.RuleCode#PROFILE_UNKNOWN_CATEGORY} for a category not in the
   *     taxonomy, {@link io.github.coplan.domain.error.RuleCode#PLAN_CONTENT_AREA_UNKNOWN} for a
   *     content area the plan does not have
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may not act for the
   *     owner
   */
  TechnologyProfile draft(DraftProfile command);

  /**
   * Replaces what a profile says.
   *
   * @param command what to change
   * @return the stored profile
   * @throws io.github.coplan.domain.error.NotFoundException if the profile or the contact does not
   *     exist
   * @throws io.github.coplan.domain.error.RuleViolationException if it is closed or withdrawn, or a
   *     category is not in the taxonomy
   * @throws io.github.coplan.domain.error.ConflictException if the expected version is stale
   */
  TechnologyProfile revise(ReviseProfile command);

  /**
   * Publishes, extends, confirms, closes or withdraws a profile, on the clock's day.
   *
   * @param command the step
   * @return the stored profile
   * @throws io.github.coplan.domain.error.NotFoundException if the profile does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException if the step is not allowed
   * @throws io.github.coplan.domain.error.ConflictException if the expected version is stale
   */
  TechnologyProfile changeStatus(ChangeProfileStatus command);

  /**
   * Reads a profile.
   *
   * @param id the id
   * @return the profile
   * @throws io.github.coplan.domain.error.NotFoundException if there is none the actor may see
   */
  TechnologyProfile get(ProfileId id);

  /**
   * Searches profiles. A person sees only published ones and the drafts they may act on.
   *
   * @param query the criteria
   * @return the profiles, in the query's order
   */
  List<TechnologyProfile> search(ProfileQuery query);

  /**
   * The best matches of a profile on a day, explained. The store retrieves the candidates that pass
   * the hard criteria and share a category or a keyword ({@link
   * io.github.coplan.port.storage.CandidateQuery}, the larger of 100 and five times {@code limit});
   * only these are scored, by {@link io.github.coplan.domain.market.Matching}. A profile not live
   * on the day gets no match, and says so ({@link io.github.coplan.domain.market.Gap#NOT_LIVE}).
   *
   * @param profile the profile
   * @param asOf the day
   * @param limit how many matches at most, 1 to {@value #MAX_MATCHES}
   * @return the matches, best first, with what the profile lacks
   * @throws io.github.coplan.domain.error.NotFoundException if there is no profile the actor may
   *     see
   * @throws io.github.coplan.domain.error.InvalidInputException if an argument is missing or the
   *     limit out of range
   */
  Matches matches(ProfileId profile, LocalDate asOf, int limit);

  /**
   * Introduces a request and an offer, on the clock's day.
   *
   * @param command which two
   * @return the stored introduction, {@link
   *     io.github.coplan.domain.market.IntroductionStage#SUGGESTED}
   * @throws io.github.coplan.domain.error.NotFoundException if a profile does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException {@link
   *     io.github.coplan.domain.error.RuleCode#INTRODUCTION_NOT_A_MATCH} if they fail a hard
   *     criterion, naming each
   * @throws io.github.coplan.domain.error.DuplicateException if they were introduced before
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may act on neither
   */
  Introduction introduce(Introduce command);

  /**
   * Moves an introduction to its next stage, on the clock's day.
   *
   * @param command the step
   * @return the stored introduction
   * @throws io.github.coplan.domain.error.NotFoundException if it, or the meeting's activity, does
   *     not exist
   * @throws io.github.coplan.domain.error.RuleViolationException if the step is not allowed
   * @throws io.github.coplan.domain.error.ConflictException if the expected version is stale
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may not act for the
   *     side
   */
  Introduction advance(AdvanceIntroduction command);

  /**
   * Reads an introduction.
   *
   * @param id the id
   * @return the introduction
   * @throws io.github.coplan.domain.error.NotFoundException if there is none the actor may see
   */
  Introduction introduction(IntroductionId id);

  /**
   * The introductions of a profile, as the request or the offer.
   *
   * @param profile the profile
   * @return the introductions, in the order of their ids' text
   * @throws io.github.coplan.domain.error.NotFoundException if there is no profile the actor may
   *     see
   */
  List<Introduction> introductionsOf(ProfileId profile);

  /**
   * What the marketplace produced for a plan between two days, both included, per content area.
   *
   * @param plan the plan
   * @param from the first day
   * @param to the last day
   * @return the counts, one row per content area (see {@link
   *     io.github.coplan.port.storage.MarketRepository#counts})
   * @throws io.github.coplan.domain.error.NotFoundException if there is no plan the actor may see
   * @throws io.github.coplan.domain.error.InvalidInputException if the last day is before the first
   */
  List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to);
}
