package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.CompanySize;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.MarketRepository;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The technology marketplace in the tables of migration 7: {@code category}, {@code profile} with
 * its postings {@code profile_category} and {@code profile_keyword}, and {@code introduction}. Not
 * thread-safe: one per unit of work. Market aggregates are not cached.
 *
 * <p>A category's root and depth are taken from its parent's row when it is first stored, so that a
 * lineage is one look-up by key. A profile is one row; while it is {@linkplain
 * ProfileStatus#PUBLISHED published}, each of its categories and folded keywords is posted, with
 * its kind, days and owner, in the posting tables, which every write of the profile rewrites. The
 * retrieval of candidates reads only those postings and the candidates' rows, in one statement
 * ({@link MarketSearch#candidates}); searches and counts are answered in SQL too.
 *
 * <p>In a unit that writes on PostgreSQL, a profile or an introduction read by id is locked ({@code
 * FOR UPDATE}) until the unit ends, as the other aggregates are ({@link Unit#keeping}).
 */
final class JdbiMarketRepository implements MarketRepository {

  /** The kind that stale versions and missing profiles name. */
  static final String PROFILE = "profile";

  /** The kind that stale versions and missing introductions name. */
  static final String INTRODUCTION = "introduction";

  /** The most codes one look-up of lineages binds; more are looked up in several statements. */
  static final int CODES_PER_STATEMENT = 500;

  /** The columns of {@code market.profile.select}. */
  private static final RowMapper<TechnologyProfile> PROFILE_ROW =
      (rs, ctx) -> {
        ProfileContent content =
            new ProfileContent(
                Columns.required(rs, 7, ProfileKind.class),
                Columns.required(rs, 13, LocalizedText.class),
                Columns.required(rs, 14, LocalizedText.class),
                Columns.required(rs, 15, LocalizedText.class),
                Columns.get(rs, 16, LocalizedText.class),
                Columns.get(rs, 17, LocalizedText.class),
                Codec.decodeList(Columns.required(rs, 18, String.class)).stream()
                    .map(CategoryCode::new)
                    .toList(),
                Codec.decodeList(Columns.required(rs, 19, String.class)),
                Columns.get(rs, 20, DevelopmentStage.class),
                Columns.get(rs, 21, IprStatus.class),
                Codec.decodeNames(Columns.required(rs, 22, String.class), PartnershipType.class),
                Codec.decodeNames(Columns.required(rs, 23, String.class), OrganisationType.class),
                Codec.decodeNames(Columns.required(rs, 24, String.class), CompanySize.class),
                decodeCountries(Columns.required(rs, 25, String.class)),
                Columns.required(rs, 26, Boolean.class));
        return TechnologyProfile.ForAdapters.restore(
            Columns.required(rs, 1, ProfileId.class),
            Columns.required(rs, 3, OrganisationId.class),
            Columns.required(rs, 4, PersonId.class),
            Columns.get(rs, 5, PlanId.class),
            Columns.get(rs, 6, Integer.class),
            content,
            Columns.required(rs, 8, ProfileStatus.class),
            Columns.get(rs, 9, LocalDate.class),
            Columns.required(rs, 10, Integer.class),
            Columns.get(rs, 11, LocalDate.class),
            Columns.get(rs, 12, LocalDate.class),
            Columns.required(rs, 2, Long.class));
      };

  /** The columns of {@code market.introduction.find}. */
  private static final RowMapper<Introduction> INTRODUCTION_ROW =
      (rs, ctx) -> {
        Map<Side, LocalDate> interest = new EnumMap<>(Side.class);
        LocalDate requester = Columns.get(rs, 9, LocalDate.class);
        if (requester != null) {
          interest.put(Side.REQUESTER, requester);
        }
        LocalDate offerer = Columns.get(rs, 10, LocalDate.class);
        if (offerer != null) {
          interest.put(Side.OFFERER, offerer);
        }
        return Introduction.ForAdapters.restore(
            Columns.required(rs, 1, IntroductionId.class),
            Columns.required(rs, 3, ProfileId.class),
            Columns.required(rs, 4, ProfileId.class),
            Columns.get(rs, 5, PlanId.class),
            Columns.get(rs, 6, Integer.class),
            Columns.required(rs, 7, IntroductionStage.class),
            Columns.required(rs, 8, LocalDate.class),
            interest,
            Columns.get(rs, 11, ActivityId.class),
            Columns.get(rs, 12, LocalDate.class),
            Columns.get(rs, 13, AgreementKind.class),
            Columns.get(rs, 14, URI.class),
            Columns.get(rs, 15, LocalDate.class),
            Columns.get(rs, 16, Side.class),
            Columns.get(rs, 17, String.class),
            Columns.get(rs, 18, LocalDate.class),
            Columns.required(rs, 2, Long.class));
      };

  /** The columns of {@code market.category.lineages}. */
  private static final RowMapper<CategoryLineage> LINEAGE_ROW =
      (rs, ctx) ->
          new CategoryLineage(
              Columns.required(rs, 1, CategoryCode.class),
              Columns.get(rs, 2, CategoryCode.class),
              Columns.required(rs, 3, CategoryCode.class));

  /** The columns of {@code market.category.taxonomy}. */
  private static final RowMapper<Category> CATEGORY_ROW =
      (rs, ctx) ->
          new Category(
              Columns.required(rs, 1, CategoryCode.class),
              Columns.get(rs, 2, CategoryCode.class),
              Columns.required(rs, 3, LocalizedText.class));

  /** The columns of {@code market.counts}. */
  private static final RowMapper<MarketCounts> COUNTS_ROW =
      (rs, ctx) ->
          new MarketCounts(
              Columns.get(rs, 1, Integer.class),
              Columns.required(rs, 2, Long.class),
              Columns.required(rs, 3, Long.class),
              Columns.required(rs, 4, Long.class),
              Columns.required(rs, 5, Long.class),
              Columns.required(rs, 6, Long.class),
              Columns.required(rs, 7, Long.class));

  private final Unit unit;

  JdbiMarketRepository(Unit unit) {
    this.unit = unit;
  }

  // ---- categories -------------------------------------------------------------------------------

  /**
   * {@inheritDoc}
   *
   * <p>A new category takes its root and depth from its parent's row; a stored one keeps its
   * parent, root and depth, and takes the new name.
   *
   * @throws NotFoundException if its parent is not stored, which the use case checks first
   */
  @Override
  public void saveCategory(Category category) {
    unit.write(
        "store a category",
        category,
        "category",
        () -> {
          Handle h = unit.handle();
          CategoryCode parent = category.parent();
          CategoryCode root = category.code();
          int depth = 0;
          if (parent != null) {
            Place place =
                h.createQuery(unit.sql().get("market.category.place"))
                    .bind(0, parent)
                    .map(
                        (rs, ctx) ->
                            new Place(
                                Columns.required(rs, 1, CategoryCode.class),
                                Columns.required(rs, 2, Integer.class)))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("category", parent.code()));
            root = place.root();
            depth = place.depth() + 1;
          }
          return h.createUpdate(unit.sql().get("market.category.save"))
              .bind(0, category.code())
              .bindByType(1, parent, CategoryCode.class)
              .bind(2, root)
              .bind(3, depth)
              .bind(4, category.name())
              .execute();
        });
  }

  @Override
  public Map<CategoryCode, CategoryLineage> lineages(Collection<CategoryCode> codes) {
    if (codes != null) {
      requireElements(codes, "codes");
    }
    return unit.read(
        "read categories",
        codes,
        "codes",
        () -> {
          List<CategoryCode> distinct = new ArrayList<>(new LinkedHashSet<>(codes));
          Map<CategoryCode, CategoryLineage> found = new HashMap<>();
          for (int from = 0; from < distinct.size(); from += CODES_PER_STATEMENT) {
            List<CategoryCode> some =
                distinct.subList(from, Math.min(distinct.size(), from + CODES_PER_STATEMENT));
            Query query =
                unit.handle()
                    .createQuery(
                        unit.sql()
                            .get("market.category.lineages")
                            .replace("CODES", ActivitySearch.placeholders(some.size()).strip()));
            for (int i = 0; i < some.size(); i++) {
              query.bind(i, some.get(i));
            }
            for (CategoryLineage lineage : query.map(LINEAGE_ROW).list()) {
              found.put(lineage.code(), lineage);
            }
          }
          return Collections.unmodifiableMap(found);
        });
  }

  @Override
  public List<Category> taxonomy() {
    return unit.read(
        "read the taxonomy",
        List.of(),
        List.of(),
        () ->
            unit.handle()
                .createQuery(unit.sql().get("market.category.taxonomy"))
                .map(CATEGORY_ROW)
                .list());
  }

  // ---- profiles ---------------------------------------------------------------------------------

  @Override
  public Optional<TechnologyProfile> findProfile(ProfileId id) {
    return unit.read(
        "read a profile",
        id,
        "id",
        () ->
            unit.handle()
                .createQuery(
                    unit.keeping(
                        unit.sql().get("market.profile.select")
                            + "\nWHERE "
                            + unit.sql().get("market.search.id")))
                .bind(0, id)
                .map(PROFILE_ROW)
                .findFirst());
  }

  @Override
  public TechnologyProfile insertProfile(TechnologyProfile profile) {
    return unit.write(
        "store a profile",
        profile,
        PROFILE,
        () -> {
          ProfileId id = profile.id();
          if (profile.version() != 0) {
            throw new ConflictException(PROFILE, id.toString(), profile.version());
          }
          int inserted =
              profileFields(
                      unit.handle()
                          .createUpdate(unit.sql().get("market.profile.insert"))
                          .bind(0, id),
                      1,
                      profile)
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, id.toString());
          }
          post(profile, false);
          return TechnologyProfile.ForAdapters.withVersion(profile, 1);
        });
  }

  @Override
  public TechnologyProfile updateProfile(TechnologyProfile profile) {
    return unit.write(
        "store a profile",
        profile,
        PROFILE,
        () -> {
          ProfileId id = profile.id();
          Handle h = unit.handle();
          int updated =
              profileFields(h.createUpdate(unit.sql().get("market.profile.update")), 0, profile)
                  .bind(PROFILE_FIELDS, id)
                  .bind(PROFILE_FIELDS + 1, profile.version())
                  .execute();
          if (updated == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("market.profile.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new ConflictException(PROFILE, id.toString(), profile.version())
                : new NotFoundException(PROFILE, id.toString());
          }
          post(profile, true);
          return TechnologyProfile.ForAdapters.withVersion(profile, profile.version() + 1);
        });
  }

  /** How many fields {@link #profileFields} binds. */
  private static final int PROFILE_FIELDS = 26;

  /**
   * Binds the {@value #PROFILE_FIELDS} fields of a profile row from a position on, in the order of
   * {@code market.profile.update}: the row holds the whole aggregate, its expiry and search text.
   */
  private static <S extends SqlStatement<S>> S profileFields(
      S s, int from, TechnologyProfile profile) {
    ProfileContent c = profile.content();
    return s.bind(from, profile.owner())
        .bind(from + 1, profile.contact())
        .bindByType(from + 2, profile.plan(), PlanId.class)
        .bindByType(from + 3, profile.contentArea(), Integer.class)
        .bindByType(from + 4, c.kind(), ProfileKind.class)
        .bindByType(from + 5, profile.status(), ProfileStatus.class)
        .bindByType(from + 6, profile.publishedOn(), LocalDate.class)
        .bind(from + 7, profile.extensionDays())
        .bindByType(from + 8, profile.confirmedOn(), LocalDate.class)
        .bindByType(from + 9, profile.endedOn(), LocalDate.class)
        .bindByType(from + 10, profile.expiresOn().orElse(null), LocalDate.class)
        .bind(from + 11, c.title())
        .bind(from + 12, c.summary())
        .bind(from + 13, c.description())
        .bindByType(from + 14, c.advantages(), LocalizedText.class)
        .bindByType(from + 15, c.sought(), LocalizedText.class)
        .bind(from + 16, Codec.encodeList(c.categories().stream().map(CategoryCode::code).toList()))
        .bind(from + 17, Codec.encodeList(c.keywords()))
        .bindByType(from + 18, c.stage(), DevelopmentStage.class)
        .bindByType(from + 19, c.ipr(), IprStatus.class)
        .bind(from + 20, Codec.encodeNames(inOrder(c.partnerships(), PartnershipType.class)))
        .bind(from + 21, Codec.encodeNames(inOrder(c.partnerTypes(), OrganisationType.class)))
        .bind(from + 22, Codec.encodeNames(inOrder(c.partnerSizes(), CompanySize.class)))
        .bind(from + 23, encodeCountries(c.targetCountries()))
        .bind(from + 24, c.openForInterest())
        .bind(from + 25, c.searchText());
  }

  /**
   * Writes a profile's postings: one per category and per folded keyword while it is published,
   * none otherwise. An update first deletes those it had.
   */
  private void post(TechnologyProfile profile, boolean replace) {
    Handle h = unit.handle();
    ProfileId id = profile.id();
    if (replace) {
      h.createUpdate(unit.sql().get("market.posting.deleteCategories")).bind(0, id).execute();
      h.createUpdate(unit.sql().get("market.posting.deleteKeywords")).bind(0, id).execute();
    }
    LocalDate published = profile.publishedOn();
    LocalDate confirmed = profile.confirmedOn();
    if (profile.status() != ProfileStatus.PUBLISHED || published == null || confirmed == null) {
      return;
    }
    LocalDate expires = profile.expiresOn().orElseThrow();
    ProfileContent c = profile.content();
    if (!c.categories().isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("market.posting.insertCategory"));
      for (CategoryCode code : c.categories()) {
        posting(batch.bind(0, id).bind(1, code), profile, published, confirmed, expires).add();
      }
      batch.execute();
    }
    List<String> keywords = c.foldedKeywords();
    if (!keywords.isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("market.posting.insertKeyword"));
      for (String keyword : keywords) {
        posting(batch.bind(0, id).bind(1, keyword), profile, published, confirmed, expires).add();
      }
      batch.execute();
    }
  }

  /** Binds what a posting holds besides its profile and key. */
  private static PreparedBatch posting(
      PreparedBatch batch,
      TechnologyProfile profile,
      LocalDate published,
      LocalDate confirmed,
      LocalDate expires) {
    return batch
        .bind(2, profile.content().kind())
        .bind(3, confirmed)
        .bind(4, published)
        .bind(5, expires)
        .bind(6, profile.owner());
  }

  @Override
  public List<TechnologyProfile> searchProfiles(ProfileQuery query) {
    return unit.read(
        "search profiles",
        query,
        "query",
        () -> {
          ActivitySearch search = MarketSearch.profiles(unit.sql(), query);
          return search.bind(unit.handle().createQuery(search.sql())).map(PROFILE_ROW).list();
        });
  }

  @Override
  public List<TechnologyProfile> candidates(CandidateQuery query) {
    return unit.read(
        "retrieve candidates",
        query,
        "query",
        () -> {
          ActivitySearch search = MarketSearch.candidates(unit.sql(), query);
          if (search == null) {
            return List.of();
          }
          return search.bind(unit.handle().createQuery(search.sql())).map(PROFILE_ROW).list();
        });
  }

  // ---- introductions ----------------------------------------------------------------------------

  @Override
  public Optional<Introduction> findIntroduction(IntroductionId id) {
    return unit.read(
        "read an introduction",
        id,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.rowsToKeep("market.introduction.find"))
                .bind(0, id)
                .map(INTRODUCTION_ROW)
                .findFirst());
  }

  @Override
  public Optional<Introduction> findIntroductionBetween(ProfileId request, ProfileId offer) {
    return unit.read(
        "read an introduction",
        List.of("request", "offer"),
        Arrays.asList(request, offer),
        () ->
            unit.handle()
                .createQuery(unit.rowsToKeep("market.introduction.between"))
                .bind(0, request)
                .bind(1, offer)
                .map(INTRODUCTION_ROW)
                .findFirst());
  }

  @Override
  public Introduction insertIntroduction(Introduction introduction) {
    return unit.write(
        "store an introduction",
        introduction,
        INTRODUCTION,
        () -> {
          IntroductionId id = introduction.id();
          if (introduction.version() != 0) {
            throw new ConflictException(INTRODUCTION, id.toString(), introduction.version());
          }
          Handle h = unit.handle();
          int inserted =
              introductionFields(
                      h.createUpdate(unit.sql().get("market.introduction.insert"))
                          .bind(0, id)
                          .bind(1, introduction.request())
                          .bind(2, introduction.offer()),
                      3,
                      introduction)
                  .execute();
          if (inserted == 0) {
            boolean taken =
                h.createQuery(unit.sql().get("market.introduction.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw taken
                ? new DuplicateException(DuplicateException.ID, id.toString())
                : new DuplicateException(
                    DuplicateException.INTRODUCTION,
                    introduction.request() + "→" + introduction.offer());
          }
          return Introduction.ForAdapters.withVersion(introduction, 1);
        });
  }

  @Override
  public Introduction updateIntroduction(Introduction introduction) {
    return unit.write(
        "store an introduction",
        introduction,
        INTRODUCTION,
        () -> {
          IntroductionId id = introduction.id();
          Handle h = unit.handle();
          int updated =
              introductionFields(
                      h.createUpdate(unit.sql().get("market.introduction.update")), 0, introduction)
                  .bind(INTRODUCTION_FIELDS, id)
                  .bind(INTRODUCTION_FIELDS + 1, introduction.version())
                  .execute();
          if (updated == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("market.introduction.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new ConflictException(INTRODUCTION, id.toString(), introduction.version())
                : new NotFoundException(INTRODUCTION, id.toString());
          }
          return Introduction.ForAdapters.withVersion(introduction, introduction.version() + 1);
        });
  }

  /** How many fields {@link #introductionFields} binds. */
  private static final int INTRODUCTION_FIELDS = 15;

  /**
   * Binds the {@value #INTRODUCTION_FIELDS} fields of an introduction row that may change, from a
   * position on, in the order of {@code market.introduction.update}.
   */
  private static <S extends SqlStatement<S>> S introductionFields(
      S s, int from, Introduction introduction) {
    return s.bindByType(from, introduction.plan(), PlanId.class)
        .bindByType(from + 1, introduction.contentArea(), Integer.class)
        .bindByType(from + 2, introduction.stage(), IntroductionStage.class)
        .bind(from + 3, introduction.suggestedOn())
        .bindByType(from + 4, introduction.interest().get(Side.REQUESTER), LocalDate.class)
        .bindByType(from + 5, introduction.interest().get(Side.OFFERER), LocalDate.class)
        .bindByType(from + 6, introduction.interestOn(), LocalDate.class)
        .bindByType(from + 7, introduction.meeting(), ActivityId.class)
        .bindByType(from + 8, introduction.metOn(), LocalDate.class)
        .bindByType(from + 9, introduction.agreement(), AgreementKind.class)
        .bindByType(from + 10, introduction.document(), URI.class)
        .bindByType(from + 11, introduction.agreedOn(), LocalDate.class)
        .bindByType(from + 12, introduction.declinedBy(), Side.class)
        .bindByType(from + 13, introduction.declineReason(), String.class)
        .bindByType(from + 14, introduction.declinedOn(), LocalDate.class);
  }

  @Override
  public List<Introduction> introductionsOf(ProfileId profile) {
    return unit.read(
        "read a profile's introductions",
        profile,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.sql().get("market.introduction.of"))
                .bind(0, profile)
                .bind(1, profile)
                .map(INTRODUCTION_ROW)
                .list());
  }

  // ---- counts -----------------------------------------------------------------------------------

  @Override
  public List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
    return unit.read(
        "count a plan's market",
        List.of("id", "from", "to"),
        Arrays.asList(plan, from, to),
        () -> {
          Query query =
              unit.handle()
                  .createQuery(unit.sql().get("market.counts"))
                  .bind(0, from)
                  .bind(1, to)
                  .bind(2, plan);
          for (int column = 0; column < 5; column++) {
            query.bind(3 + 2 * column, from).bind(4 + 2 * column, to);
          }
          return query.bind(13, plan).map(COUNTS_ROW).list();
        });
  }

  // ---- text forms -------------------------------------------------------------------------------

  /** The constants of a set in their declaration order, which the stored names keep. */
  private static <E extends Enum<E>> EnumSet<E> inOrder(Set<E> values, Class<E> type) {
    EnumSet<E> ordered = EnumSet.noneOf(type);
    ordered.addAll(values);
    return ordered;
  }

  /** Country codes, in order, joined by commas; the empty string for none. */
  static String encodeCountries(SortedSet<CountryCode> countries) {
    StringBuilder out = new StringBuilder();
    for (CountryCode country : countries) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(country.code());
    }
    return out.toString();
  }

  /** The country codes of {@link #encodeCountries}. */
  static SortedSet<CountryCode> decodeCountries(String stored) {
    SortedSet<CountryCode> countries = new TreeSet<>();
    if (stored.isEmpty()) {
      return countries;
    }
    for (String code : stored.split(",", -1)) {
      countries.add(new CountryCode(code));
    }
    return countries;
  }

  /** Refuses a missing element of a collection by its place, before the unit runs anything. */
  private static void requireElements(Collection<?> values, String name) {
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        throw InvalidInputException.of(
            name + "[" + i + "]", Violation.REQUIRED, "a value is required");
      }
      i++;
    }
  }

  /** Where a stored category sits: its root and depth. */
  private record Place(CategoryCode root, int depth) {}
}
