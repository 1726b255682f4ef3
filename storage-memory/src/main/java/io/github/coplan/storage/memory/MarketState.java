package io.github.coplan.storage.memory;

import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.CandidateQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jspecify.annotations.Nullable;

/**
 * The technology marketplace of a {@link MemoryState}: the taxonomy, the profiles and the
 * introductions, with the indexes that answer the market's queries without reading every profile.
 *
 * <p>Like the rest of the state, changed by one writer at a time through the {@code put} methods
 * (which keep the indexes in step and return the value replaced, so that an undo is the same call
 * with the old value), and read by units that may run without a lock: every map and index set is
 * concurrent, and the values are immutable.
 *
 * <p>The candidates of matching come from postings: for each category code and each folded keyword,
 * and each kind of profile, the published profiles filed under it, the most recently confirmed
 * first, then by id text. A retrieval reads, per key and wanted kind, only as far into its postings
 * as it takes to find the ones it keeps; as the SQL store reads one range of its posting index.
 */
final class MarketState {

  /**
   * Ids in the order of their text: the canonical form of a UUID is its 128 bits in fixed-width
   * lower-case hex, so the text order is the unsigned order of the bits, compared without a string.
   */
  static final Comparator<UUID> TEXT_ORDER =
      (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
            ? high
            : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
      };

  private static final Comparator<ProfileId> PROFILE_ORDER =
      Comparator.comparing(ProfileId::value, TEXT_ORDER);

  private static final Comparator<Introduction> INTRODUCTION_ORDER =
      Comparator.comparing((Introduction i) -> i.id().value(), TEXT_ORDER);

  /**
   * The order of postings: the most recently confirmed first, then by id text. A posted profile is
   * published, so confirmed; one restored without the day would come last.
   */
  static final Comparator<TechnologyProfile> POSTING_ORDER =
      Comparator.comparing(
              TechnologyProfile::confirmedOn,
              Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
          .thenComparing(TechnologyProfile::id, PROFILE_ORDER);

  private static final NavigableSet<TechnologyProfile> EMPTY_POSTINGS =
      new ConcurrentSkipListSet<>(POSTING_ORDER);

  /** The order of candidates: rank descending, then as postings. */
  private static final Comparator<Ranked> RANK_ORDER =
      Comparator.comparingInt((Ranked r) -> -r.rank)
          .thenComparing((Ranked r) -> r.profile, POSTING_ORDER);

  /** The order of the taxonomy: parents before children (by depth), then by code. */
  private static final Comparator<Placed> TAXONOMY_ORDER =
      Comparator.comparingInt(Placed::depth).thenComparing((Placed p) -> p.category().code());

  /** Content areas in order, the null area last. */
  private static final Comparator<@Nullable Integer> AREA_ORDER =
      Comparator.nullsLast(Comparator.<Integer>naturalOrder());

  /**
   * A stored category with its place in the taxonomy, both taken from its parent when it was first
   * stored: its root and its depth (0 for a root).
   */
  record Placed(Category category, CategoryCode root, int depth) {

    CategoryLineage lineage() {
      return new CategoryLineage(category.code(), category.parent(), root);
    }
  }

  /** The postings of one key (a category code, or a folded keyword) and one kind. */
  private record PostingList(Object key, ProfileKind kind) {}

  /** A request and an offer, introduced once. */
  private record Pair(ProfileId request, ProfileId offer) {}

  /** A candidate and the rank it gathers from the keys it is posted under. */
  private static final class Ranked {
    final TechnologyProfile profile;
    int rank;

    Ranked(TechnologyProfile profile) {
      this.profile = profile;
    }
  }

  private final Map<CategoryCode, Placed> categories = new ConcurrentHashMap<>();
  private final ConcurrentNavigableMap<ProfileId, TechnologyProfile> profiles =
      new ConcurrentSkipListMap<>(PROFILE_ORDER);
  private final Map<OrganisationId, Set<ProfileId>> profilesByOwner = new ConcurrentHashMap<>();
  private final Map<PlanId, Set<ProfileId>> profilesByPlan = new ConcurrentHashMap<>();
  private final Map<PostingList, NavigableSet<TechnologyProfile>> postings =
      new ConcurrentHashMap<>();
  private final Map<IntroductionId, Introduction> introductions = new ConcurrentHashMap<>();
  private final Map<Pair, IntroductionId> introductionsByPair = new ConcurrentHashMap<>();
  private final Map<ProfileId, Set<IntroductionId>> introductionsByProfile =
      new ConcurrentHashMap<>();
  private final Map<PlanId, Set<IntroductionId>> introductionsByPlan = new ConcurrentHashMap<>();

  // ---- categories

  @Nullable Placed category(CategoryCode code) {
    return categories.get(code);
  }

  /**
   * A category as it is to be stored: a stored one with its new name, keeping its parent and place;
   * a new one placed under its stored parent (a parent not stored counts as a root).
   */
  Placed place(Category category) {
    Placed stored = categories.get(category.code());
    if (stored != null) {
      return new Placed(
          new Category(category.code(), stored.category().parent(), category.name()),
          stored.root(),
          stored.depth());
    }
    CategoryCode parent = category.parent();
    if (parent == null) {
      return new Placed(category, category.code(), 0);
    }
    Placed above = categories.get(parent);
    return above == null
        ? new Placed(category, parent, 1)
        : new Placed(category, above.root(), above.depth() + 1);
  }

  /** Stores or (with {@code value} null) removes a category. */
  @Nullable Placed putCategory(CategoryCode code, @Nullable Placed value) {
    return value == null ? categories.remove(code) : categories.put(code, value);
  }

  List<Category> taxonomy() {
    return categories.values().stream().sorted(TAXONOMY_ORDER).map(Placed::category).toList();
  }

  // ---- profiles

  @Nullable TechnologyProfile profile(ProfileId id) {
    return profiles.get(id);
  }

  /** Stores or (with {@code value} null) removes a profile under {@code id}. */
  @Nullable TechnologyProfile putProfile(ProfileId id, @Nullable TechnologyProfile value) {
    TechnologyProfile old = value == null ? profiles.remove(id) : profiles.put(id, value);
    if (old != null) {
      unindex(profilesByOwner, old.owner(), id);
      unindex(profilesByPlan, old.plan(), id);
      post(old, false);
    }
    if (value != null) {
      index(profilesByOwner, value.owner(), id);
      index(profilesByPlan, value.plan(), id);
      post(value, true);
    }
    return old;
  }

  /** Adds a published profile to the postings of its keys, or removes it. */
  private void post(TechnologyProfile profile, boolean add) {
    if (profile.status() != ProfileStatus.PUBLISHED) {
      return;
    }
    ProfileKind kind = profile.content().kind();
    for (CategoryCode code : profile.content().categories()) {
      post(new PostingList(code, kind), profile, add);
    }
    for (String keyword : profile.content().foldedKeywords()) {
      post(new PostingList(keyword, kind), profile, add);
    }
  }

  private void post(PostingList list, TechnologyProfile profile, boolean add) {
    if (add) {
      postings.computeIfAbsent(list, k -> new ConcurrentSkipListSet<>(POSTING_ORDER)).add(profile);
    } else {
      NavigableSet<TechnologyProfile> posted = postings.get(list);
      if (posted != null) {
        posted.remove(profile);
        if (posted.isEmpty()) {
          postings.remove(list);
        }
      }
    }
  }

  /**
   * The profiles that meet a query, in the order of their ids' text: read in that order from the
   * first after the cursor up to the limit, or from the index of the owner or the plan when the
   * query names one.
   */
  List<TechnologyProfile> search(ProfileQuery query) {
    Collection<ProfileId> narrow = indexed(query);
    List<TechnologyProfile> found = new ArrayList<>();
    if (narrow == null) {
      ProfileId after = query.after();
      Collection<TechnologyProfile> scan =
          after == null ? profiles.values() : profiles.tailMap(after, false).values();
      for (TechnologyProfile p : scan) {
        if (found.size() == query.limit()) {
          break;
        }
        if (query.matches(p)) {
          found.add(p);
        }
      }
      return List.copyOf(found);
    }
    for (ProfileId id : narrow) {
      TechnologyProfile p = profiles.get(id);
      // Null only in an optimistic read racing a writer, whose result is thrown away anyway.
      if (p != null && query.matches(p)) {
        found.add(p);
      }
    }
    return found.stream()
        .sorted(Comparator.comparing(TechnologyProfile::id, PROFILE_ORDER))
        .limit(query.limit())
        .toList();
  }

  /**
   * The ids of the profiles of the owner the query names (an owner has few), else of its plan; null
   * if it names neither.
   */
  private @Nullable Collection<ProfileId> indexed(ProfileQuery query) {
    OrganisationId owner = query.owner();
    if (owner != null) {
      return profilesByOwner.getOrDefault(owner, Set.of());
    }
    PlanId plan = query.plan();
    return plan == null ? null : profilesByPlan.getOrDefault(plan, Set.of());
  }

  /**
   * The candidates of a retrieval, exactly as {@link CandidateQuery} describes them: each key's
   * postings, filtered, ranked.
   *
   * @param organisations the stored organisations, for the owners' countries
   */
  List<TechnologyProfile> candidates(
      CandidateQuery query, Map<OrganisationId, Organisation> organisations) {
    Map<ProfileId, Ranked> ranked = new HashMap<>();
    for (CategoryCode key : query.categories()) {
      rank(ranked, query, key, CandidateQuery.CATEGORY_WEIGHT);
    }
    for (String key : query.keywords()) {
      rank(ranked, query, key, CandidateQuery.KEYWORD_WEIGHT);
    }
    List<Ranked> kept = new ArrayList<>(ranked.size());
    for (Ranked r : ranked.values()) {
      if (passes(r.profile, query, organisations)) {
        kept.add(r);
      }
    }
    kept.sort(RANK_ORDER);
    return kept.stream().limit(query.limit()).map(r -> r.profile).toList();
  }

  /** Adds the weight of one key to each of its postings. */
  private void rank(Map<ProfileId, Ranked> ranked, CandidateQuery query, Object key, int weight) {
    for (TechnologyProfile p : postings(query, key)) {
      ranked.computeIfAbsent(p.id(), id -> new Ranked(p)).rank += weight;
    }
  }

  /**
   * The postings of one key: of each wanted kind, its first live profiles of another owner, read in
   * posting order up to {@code perKey}; then the first {@code perKey} of all the kinds.
   */
  private List<TechnologyProfile> postings(CandidateQuery query, Object key) {
    List<TechnologyProfile> posted = new ArrayList<>();
    for (ProfileKind kind : query.kinds()) {
      int taken = 0;
      for (TechnologyProfile p :
          postings.getOrDefault(new PostingList(key, kind), EMPTY_POSTINGS)) {
        if (taken == query.perKey()) {
          break;
        }
        if (p.isLiveOn(query.asOf()) && !p.owner().equals(query.excludedOwner())) {
          posted.add(p);
          taken++;
        }
      }
    }
    posted.sort(POSTING_ORDER);
    return posted.subList(0, Math.min(posted.size(), query.perKey()));
  }

  /** The filters applied to the union of the postings. */
  private static boolean passes(
      TechnologyProfile p, CandidateQuery query, Map<OrganisationId, Organisation> organisations) {
    if (p.id().equals(query.subject())) {
      return false;
    }
    if (query.requiredPartnership() != null
        && !p.content().partnerships().contains(query.requiredPartnership())) {
      return false;
    }
    CountryCode requester = query.requesterCountry();
    Set<CountryCode> targets = p.content().targetCountries();
    if (requester != null && !targets.isEmpty() && !targets.contains(requester)) {
      return false;
    }
    if (query.ownerCountries().isEmpty()) {
      return true;
    }
    Organisation owner = organisations.get(p.owner());
    return owner != null && query.ownerCountries().contains(owner.profile().country());
  }

  // ---- introductions

  @Nullable Introduction introduction(IntroductionId id) {
    return introductions.get(id);
  }

  /** The introduction of a request to an offer, if any. */
  @Nullable Introduction introductionBetween(ProfileId request, ProfileId offer) {
    IntroductionId id = introductionsByPair.get(new Pair(request, offer));
    return id == null ? null : introductions.get(id);
  }

  /** Stores or (with {@code value} null) removes an introduction under {@code id}. */
  @Nullable Introduction putIntroduction(IntroductionId id, @Nullable Introduction value) {
    Introduction old = value == null ? introductions.remove(id) : introductions.put(id, value);
    if (old != null) {
      introductionsByPair.remove(new Pair(old.request(), old.offer()));
      unindex(introductionsByProfile, old.request(), id);
      unindex(introductionsByProfile, old.offer(), id);
      unindex(introductionsByPlan, old.plan(), id);
    }
    if (value != null) {
      introductionsByPair.put(new Pair(value.request(), value.offer()), id);
      index(introductionsByProfile, value.request(), id);
      index(introductionsByProfile, value.offer(), id);
      index(introductionsByPlan, value.plan(), id);
    }
    return old;
  }

  /** The introductions of a profile, as the request or the offer, in the order of their ids. */
  List<Introduction> introductionsOf(ProfileId profile) {
    List<Introduction> found = new ArrayList<>();
    for (IntroductionId id : introductionsByProfile.getOrDefault(profile, Set.of())) {
      Introduction i = introductions.get(id);
      if (i != null) {
        found.add(i);
      }
    }
    found.sort(INTRODUCTION_ORDER);
    return List.copyOf(found);
  }

  // ---- counts

  /** The introductions of a plan, in no order. */
  List<Introduction> introductionsOf(PlanId plan) {
    List<Introduction> found = new ArrayList<>();
    for (IntroductionId id : introductionsByPlan.getOrDefault(plan, Set.of())) {
      Introduction i = introductions.get(id);
      // Null only in an optimistic read racing a writer, whose result is thrown away anyway.
      if (i != null) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * What the marketplace produced for a plan between two days, per content area, from the plan's
   * profiles and introductions.
   */
  List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
    // per content area: published, suggested, interest, meetings, agreements, declined
    Map<@Nullable Integer, long[]> rows = new TreeMap<>(AREA_ORDER);
    for (ProfileId id : profilesByPlan.getOrDefault(plan, Set.of())) {
      TechnologyProfile p = profiles.get(id);
      if (p != null) {
        long[] row = rows.computeIfAbsent(p.contentArea(), k -> new long[6]);
        row[0] += in(p.publishedOn(), from, to);
      }
    }
    for (IntroductionId id : introductionsByPlan.getOrDefault(plan, Set.of())) {
      Introduction i = introductions.get(id);
      if (i != null) {
        long[] row = rows.computeIfAbsent(i.contentArea(), k -> new long[6]);
        row[1] += in(i.suggestedOn(), from, to);
        row[2] += in(i.interestOn(), from, to);
        row[3] += in(i.metOn(), from, to);
        row[4] += in(i.agreedOn(), from, to);
        row[5] += in(i.declinedOn(), from, to);
      }
    }
    List<MarketCounts> out = new ArrayList<>(rows.size());
    rows.forEach((area, c) -> out.add(new MarketCounts(area, c[0], c[1], c[2], c[3], c[4], c[5])));
    return List.copyOf(out);
  }

  private static int in(@Nullable LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to) ? 1 : 0;
  }

  // ---- the whole

  void clear() {
    categories.clear();
    profiles.clear();
    profilesByOwner.clear();
    profilesByPlan.clear();
    postings.clear();
    introductions.clear();
    introductionsByPair.clear();
    introductionsByProfile.clear();
    introductionsByPlan.clear();
  }

  private static <K, V> void index(Map<K, Set<V>> index, @Nullable K key, V id) {
    if (key != null) {
      index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }
  }

  private static <K, V> void unindex(Map<K, Set<V>> index, @Nullable K key, V id) {
    Set<V> ids = key == null ? null : index.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
