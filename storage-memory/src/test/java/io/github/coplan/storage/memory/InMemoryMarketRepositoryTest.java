package io.github.coplan.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.StorageContract;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market repository of the in-memory store, called directly: what the use cases never ask of it
 * (a category given another parent, a parent not stored, a retrieval whose subject is posted, an
 * introduction moved onto another's pair), the orders of ids' text at their edges, the boundaries
 * of the postings and of the counts, a failed unit undone index by index, and the memory the store
 * lets go of.
 */
class InMemoryMarketRepositoryTest extends StorageContract {

  private static final LocalDate DAY = LocalDate.of(2019, 3, 1);

  /** Ids whose text order differs from {@link UUID#compareTo}: LOW, MID, FOUR, HIGH. */
  private static final UUID LOW = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private static final UUID MID = UUID.fromString("00000000-0000-0000-8000-000000000000");
  private static final UUID FOUR = UUID.fromString("40000000-0000-0000-0000-000000000000");
  private static final UUID HIGH = UUID.fromString("80000000-0000-0000-0000-000000000000");

  private static final CategoryCode X = CategoryCode.of("x");
  private static final CategoryCode Y = CategoryCode.of("y");

  private Organisation vn;
  private Organisation il;
  private Person contact;

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }

  @BeforeEach
  void storeOwners() {
    vn = insert(newOrganisation(organisationProfile("VN", OrganisationType.OTHER, CountryCode.VN)));
    il = insert(newOrganisation(organisationProfile("IL", OrganisationType.OTHER, CountryCode.IL)));
    contact = insert(newPerson("Contact", CountryCode.VN));
  }

  // ---- ids' text

  @Test
  void idsCompareAsTheirText() {
    List<UUID> ids = new ArrayList<>(List.of(HIGH, FOUR, MID, LOW));
    for (int i = 0; i < 200; i++) {
      ids.add(UUID.randomUUID());
    }
    for (UUID a : ids) {
      for (UUID b : ids) {
        assertThat(Integer.signum(MarketState.TEXT_ORDER.compare(a, b)))
            .as("%s against %s", a, b)
            .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
      }
    }
  }

  // ---- categories

  @Test
  void aStoredCategoryKeepsItsParentAndPlaceAndTakesItsNewName() {
    write(
        r -> {
          r.market().saveCategory(new Category(X, null, en("X")));
          r.market().saveCategory(new Category(CategoryCode.of("x.a"), X, en("A")));
          r.market()
              .saveCategory(
                  new Category(CategoryCode.of("x.a.b"), CategoryCode.of("x.a"), en("B")));
          // given another parent and another name: only the name changes
          r.market().saveCategory(new Category(CategoryCode.of("x.a"), null, en("A renamed")));
          return null;
        });

    assertThat(taxonomy())
        .containsExactly(
            new Category(X, null, en("X")),
            new Category(CategoryCode.of("x.a"), X, en("A renamed")),
            new Category(CategoryCode.of("x.a.b"), CategoryCode.of("x.a"), en("B")));
    assertThat(lineages(List.of(CategoryCode.of("x.a"), CategoryCode.of("x.a.b"))))
        .containsOnly(
            Map.entry(CategoryCode.of("x.a"), new CategoryLineage(CategoryCode.of("x.a"), X, X)),
            Map.entry(
                CategoryCode.of("x.a.b"),
                new CategoryLineage(CategoryCode.of("x.a.b"), CategoryCode.of("x.a"), X)));
  }

  @Test
  void aParentNotStoredCountsAsARoot() {
    CategoryCode missing = CategoryCode.of("missing");
    CategoryCode child = CategoryCode.of("missing.child");
    CategoryCode grandchild = CategoryCode.of("missing.child.grandchild");
    write(
        r -> {
          r.market().saveCategory(new Category(grandchild, child, en("G")));
          r.market().saveCategory(new Category(child, missing, en("C")));
          r.market().saveCategory(new Category(Y, null, en("Y")));
          return null;
        });

    // The grandchild came first: its parent was not stored, so it was placed as the parent's child.
    assertThat(lineages(List.of(child, grandchild, missing, Y)))
        .containsOnly(
            Map.entry(child, new CategoryLineage(child, missing, missing)),
            Map.entry(grandchild, new CategoryLineage(grandchild, child, child)),
            Map.entry(Y, new CategoryLineage(Y, null, Y)));
    assertThat(taxonomy()).extracting(Category::code).containsExactly(Y, child, grandchild);
  }

  @Test
  void aMissingCodeAmongCodesIsRequiredAtItsIndex() {
    assertInvalid(
        () -> read(r -> r.market().lineages(Arrays.asList(X, null))), "codes[1]:required");
    assertThat(lineages(List.of(X))).isEmpty();
  }

  // ---- profiles

  @Test
  void profilesAreInsertedOnceAndUpdatedAtTheirVersion() {
    TechnologyProfile draft = draft(LOW, vn, offer().category(X));

    TechnologyProfile stored = store(draft);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(findProfile(draft.id())).contains(stored);

    DuplicateException duplicate = assertRefused(DuplicateException.class, () -> store(draft));
    assertThat(duplicate.what()).isEqualTo(DuplicateException.ID);
    assertRefused(
        ConflictException.class,
        () -> store(TechnologyProfile.ForAdapters.withVersion(draft(MID, vn, offer()), 1)));
    assertThat(findProfile(new ProfileId(MID))).isEmpty();
    assertRefused(NotFoundException.class, () -> update(draft(MID, vn, offer())));
    assertRefused(ConflictException.class, () -> update(draft));

    TechnologyProfile published = update(stored.publish(DAY));
    assertThat(published.version()).isEqualTo(2);
    assertThat(findProfile(draft.id())).contains(published);
    assertRefused(ConflictException.class, () -> update(stored.publish(DAY)));
  }

  @Test
  void searchReadsInTheOrderOfIdsTextFromTheCursorOrAnIndex() {
    PlanId plan = new PlanId(nextId());
    store(draft(HIGH, vn, plan, offer()));
    store(draft(FOUR, il, null, offer()));
    store(draft(MID, vn, null, offer()));
    store(draft(LOW, vn, plan, offer()));

    assertThat(search(query(null, null, null, 10))).containsExactly(LOW, MID, FOUR, HIGH);
    assertThat(search(query(null, null, null, 2))).containsExactly(LOW, MID);
    assertThat(search(query(null, null, MID, 10))).containsExactly(FOUR, HIGH);
    assertThat(search(query(vn.id(), null, null, 10))).containsExactly(LOW, MID, HIGH);
    assertThat(search(query(vn.id(), null, null, 2))).containsExactly(LOW, MID);
    assertThat(search(query(vn.id(), null, LOW, 10))).containsExactly(MID, HIGH);
    assertThat(search(query(il.id(), null, null, 10))).containsExactly(FOUR);
    assertThat(search(query(null, plan, null, 10))).containsExactly(LOW, HIGH);
    assertThat(search(query(null, plan, null, 1))).containsExactly(LOW);
    assertThat(search(query(vn.id(), plan, null, 10))).containsExactly(LOW, HIGH);
    assertThat(search(query(il.id(), plan, null, 10))).isEmpty();
    assertThat(search(query(new OrganisationId(nextId()), null, null, 10))).isEmpty();
    assertThat(search(query(null, new PlanId(nextId()), null, 10))).isEmpty();
  }

  // ---- candidates

  @Test
  void candidatesAreRankedByKeysThenFreshnessThenIdsText() {
    TechnologyProfile subject =
        store(draft(nextId(), vn, request().category(X).keyword("k")).publish(DAY));
    TechnologyProfile both =
        published(nextId(), il, DAY.minusDays(10), offer().category(X).keyword("K"));
    TechnologyProfile fresh = published(nextId(), il, DAY.plusDays(1), offer().category(X));
    TechnologyProfile high = published(HIGH, il, DAY, offer().category(X));
    TechnologyProfile mid = published(MID, il, DAY, offer().category(X));
    TechnologyProfile low = published(LOW, il, DAY, offer().category(X));
    TechnologyProfile keyword = published(nextId(), il, DAY.plusDays(1), offer().keyword("k"));
    // never candidates: not yet live, expired, the subject's owner, another kind, a draft, closed
    published(nextId(), il, DAY.plusDays(3), offer().category(X));
    published(nextId(), il, LocalDate.of(2018, 1, 1), offer().category(X));
    published(nextId(), vn, DAY, offer().category(X));
    published(nextId(), il, DAY, offer().kind(ProfileKind.BUSINESS_OFFER).category(X));
    store(draft(nextId(), il, offer().category(X)));
    TechnologyProfile closed = published(nextId(), il, DAY, offer().category(X));
    update(closed.close(DAY.plusDays(1)));

    CandidateQuery query = CandidateQuery.of(subject, CountryCode.VN, DAY.plusDays(2), 100, 100);
    assertThat(candidates(query))
        .containsExactly(both.id(), fresh.id(), low.id(), mid.id(), high.id(), keyword.id());
    assertThat(candidates(CandidateQuery.of(subject, CountryCode.VN, DAY.plusDays(2), 100, 3)))
        .containsExactly(both.id(), fresh.id(), low.id());
    assertThat(read(r -> r.market().candidates(query)).get(0))
        .isEqualTo(read(r -> r.market().findProfile(both.id())).orElseThrow());

    // One posting per key: the freshest live one of another owner under each.
    published(nextId(), vn, DAY.plusDays(2), offer().category(X).keyword("k"));
    assertThat(candidates(CandidateQuery.of(subject, CountryCode.VN, DAY.plusDays(2), 1, 100)))
        .containsExactly(fresh.id(), keyword.id());
  }

  @Test
  void thePostingsOfAKeyAreCappedOverAllTheKindsWanted() {
    // Under Y the research request is the fresher, under X the technology request: whichever kind
    // is read first, the cap keeps the freshest of both kinds.
    TechnologyProfile olderY = published(nextId(), il, DAY, request().category(Y));
    TechnologyProfile newerY = published(nextId(), il, DAY.plusDays(1), research().category(Y));
    TechnologyProfile olderX = published(nextId(), il, DAY, research().category(X));
    TechnologyProfile newerX = published(nextId(), il, DAY.plusDays(1), request().category(X));
    Set<ProfileKind> requests =
        Set.of(ProfileKind.TECHNOLOGY_REQUEST, ProfileKind.RESEARCH_REQUEST);

    assertThat(candidates(retrieval(requests, List.of(Y), List.of(), 1)))
        .containsExactly(newerY.id());
    assertThat(candidates(retrieval(requests, List.of(X), List.of(), 1)))
        .containsExactly(newerX.id());
    assertThat(candidates(retrieval(requests, List.of(Y), List.of(), 2)))
        .containsExactly(newerY.id(), olderY.id());
    assertThat(candidates(retrieval(requests, List.of(X), List.of(), 2)))
        .containsExactly(newerX.id(), olderX.id());
    assertThat(candidates(retrieval(requests, List.of(), List.of(), 2))).isEmpty();
    assertThat(candidates(retrieval(requests, List.of(CategoryCode.of("z")), List.of("none"), 2)))
        .isEmpty();
  }

  @Test
  void theFiltersApplyToThePostings() {
    Organisation elsewhere =
        insert(
            newOrganisation(
                organisationProfile("SG", OrganisationType.OTHER, CountryCode.of("SG"))));
    TechnologyProfile subject = published(nextId(), il, DAY, offer().category(X));
    TechnologyProfile research =
        published(
            nextId(),
            il,
            DAY,
            offer().category(X).partnership(PartnershipType.RESEARCH_COOPERATION));
    TechnologyProfile toIsrael =
        published(nextId(), il, DAY, offer().category(X).targetCountry(CountryCode.IL));
    TechnologyProfile toBoth =
        published(
            nextId(), il, DAY, offer().category(X).targetCountry(CountryCode.IL, CountryCode.VN));
    TechnologyProfile fromSingapore = published(nextId(), elsewhere, DAY, offer().category(X));
    TechnologyProfile ownerUnknown =
        store(
            TechnologyProfile.draft(
                    new ProfileId(nextId()),
                    new OrganisationId(nextId()),
                    contact.id(),
                    null,
                    null,
                    offer().category(X).build())
                .publish(DAY));

    // the subject is posted (its owner is not the one excluded), and left out
    assertThat(candidates(filtered(subject.id(), null, null, Set.of())))
        .containsExactlyInAnyOrder(
            research.id(), toIsrael.id(), toBoth.id(), fromSingapore.id(), ownerUnknown.id());
    assertThat(
            candidates(
                filtered(subject.id(), PartnershipType.RESEARCH_COOPERATION, null, Set.of())))
        .containsExactly(research.id());
    assertThat(candidates(filtered(subject.id(), null, CountryCode.VN, Set.of())))
        .containsExactlyInAnyOrder(
            research.id(), toBoth.id(), fromSingapore.id(), ownerUnknown.id());
    assertThat(candidates(filtered(subject.id(), null, null, Set.of(CountryCode.of("SG")))))
        .containsExactly(fromSingapore.id());
    assertThat(
            candidates(filtered(subject.id(), null, null, Set.of(CountryCode.IL, CountryCode.VN))))
        .containsExactlyInAnyOrder(research.id(), toIsrael.id(), toBoth.id());
  }

  @Test
  void anUpdatedProfileIsPostedOnceAsItIsNow() {
    TechnologyProfile subject = published(nextId(), vn, DAY, request().category(X).keyword("k"));
    TechnologyProfile categoryOnly = published(nextId(), il, DAY, offer().category(X));
    TechnologyProfile keywordOnly = published(nextId(), il, DAY.plusDays(1), offer().keyword("k"));
    TechnologyProfile both = published(nextId(), il, DAY, offer().category(X).keyword("k"));
    CandidateQuery query = CandidateQuery.of(subject, CountryCode.VN, DAY.plusDays(5), 100, 100);

    // Confirmed later: posted under its new day only, its rank unchanged.
    TechnologyProfile confirmed = update(categoryOnly.confirm(DAY.plusDays(2)));
    assertThat(candidates(query)).containsExactly(both.id(), confirmed.id(), keywordOnly.id());

    // Revised on the same day under the same keys: the new version is the one posted.
    TechnologyProfile revised =
        update(confirmed.revise(offer().category(X).title(en("Revised")).build(), contact.id()));
    assertThat(profiles(query))
        .contains(revised)
        .extracting(TechnologyProfile::version)
        .containsExactly(1L, 3L, 1L);
  }

  // ---- introductions

  @Test
  void introductionsAreUniquePerPairAndUpdatedAtTheirVersion() {
    ProfileId request = new ProfileId(nextId());
    ProfileId offer = new ProfileId(nextId());
    Introduction first = introduce(HIGH, request, offer);

    Introduction stored = write(r -> r.market().insertIntroduction(first));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(assertRefused(DuplicateException.class, () -> insertIntroduction(first)).what())
        .isEqualTo(DuplicateException.ID);
    DuplicateException pair =
        assertRefused(
            DuplicateException.class, () -> insertIntroduction(introduce(MID, request, offer)));
    assertThat(pair.what()).isEqualTo(DuplicateException.INTRODUCTION);
    assertThat(pair.value()).isEqualTo(request + "→" + offer);
    assertRefused(
        ConflictException.class,
        () ->
            insertIntroduction(
                Introduction.ForAdapters.withVersion(introduce(MID, offer, request), 2)));
    Introduction reversed = insertIntroduction(introduce(LOW, offer, request));

    assertRefused(
        NotFoundException.class, () -> updateIntroduction(introduce(MID, request, offer)));
    assertRefused(ConflictException.class, () -> updateIntroduction(first));
    Introduction interested = updateIntroduction(stored.expressInterest(Side.OFFERER, DAY));
    assertThat(interested.version()).isEqualTo(2);
    // moved onto the pair of another introduction
    Introduction moved =
        Introduction.ForAdapters.restore(
            reversed.id(),
            request,
            offer,
            null,
            null,
            reversed.stage(),
            reversed.suggestedOn(),
            Map.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            reversed.version());
    assertThat(assertRefused(DuplicateException.class, () -> updateIntroduction(moved)).what())
        .isEqualTo(DuplicateException.INTRODUCTION);

    assertThat(findIntroduction(first.id())).contains(interested);
    assertThat(between(request, offer)).contains(interested);
    assertThat(between(offer, request)).contains(reversed);
    assertThat(between(request, new ProfileId(nextId()))).isEmpty();
    assertThat(introductionsOf(request)).containsExactly(reversed, interested);
    assertThat(introductionsOf(offer)).containsExactly(reversed, interested);
    assertThat(introductionsOf(new ProfileId(nextId()))).isEmpty();
  }

  @Test
  void introductionsOfAProfileComeInTheOrderOfTheirIdsText() {
    ProfileId profile = new ProfileId(nextId());
    Introduction high = insertIntroduction(introduce(HIGH, profile, new ProfileId(nextId())));
    Introduction four = insertIntroduction(introduce(FOUR, new ProfileId(nextId()), profile));
    Introduction mid = insertIntroduction(introduce(MID, profile, new ProfileId(nextId())));
    Introduction low = insertIntroduction(introduce(LOW, new ProfileId(nextId()), profile));

    assertThat(introductionsOf(profile)).containsExactly(low, mid, four, high);
  }

  // ---- counts

  @Test
  void countsTakeEachStepOnItsDayWithinBothEnds() {
    PlanId plan = new PlanId(nextId());
    PlanId other = new PlanId(nextId());
    store(draft(nextId(), vn, plan, 2, offer()).publish(DAY));
    store(draft(nextId(), il, plan, 1, offer()).publish(DAY.plusDays(5)));
    store(draft(nextId(), il, plan, null, offer()));
    store(draft(nextId(), il, null, null, offer()).publish(DAY));
    store(draft(nextId(), il, other, 1, offer()).publish(DAY));
    insertIntroduction(
        Introduction.suggest(
                new IntroductionId(nextId()),
                new ProfileId(nextId()),
                new ProfileId(nextId()),
                plan,
                1,
                DAY)
            .expressInterest(Side.REQUESTER, DAY.plusDays(1))
            .expressInterest(Side.OFFERER, DAY.plusDays(2))
            .recordMeeting(new ActivityId(nextId()), DAY.plusDays(3))
            .recordAgreement(
                AgreementKind.LICENCE, URI.create("https://example.org/l.pdf"), DAY.plusDays(4)));
    insertIntroduction(
        Introduction.suggest(
                new IntroductionId(nextId()),
                new ProfileId(nextId()),
                new ProfileId(nextId()),
                plan,
                null,
                DAY.plusDays(1))
            .decline(Side.OFFERER, "No", DAY.plusDays(5)));

    assertThat(counts(plan, DAY, DAY.plusDays(5)))
        .containsExactly(
            new MarketCounts(1, 1, 1, 1, 1, 1, 0),
            new MarketCounts(2, 1, 0, 0, 0, 0, 0),
            new MarketCounts(null, 0, 1, 0, 0, 0, 1));
    assertThat(counts(plan, DAY.plusDays(1), DAY.plusDays(4)))
        .containsExactly(
            new MarketCounts(1, 0, 0, 1, 1, 1, 0),
            new MarketCounts(2, 0, 0, 0, 0, 0, 0),
            new MarketCounts(null, 0, 1, 0, 0, 0, 0));
    assertThat(counts(plan, DAY.plusDays(2), DAY.plusDays(2)))
        .as("interest counts on the day it was first expressed")
        .containsExactly(
            new MarketCounts(1, 0, 0, 0, 0, 0, 0),
            new MarketCounts(2, 0, 0, 0, 0, 0, 0),
            new MarketCounts(null, 0, 0, 0, 0, 0, 0));
    assertThat(counts(new PlanId(nextId()), DAY, DAY)).isEmpty();
  }

  // ---- units

  @Test
  void aFailedUnitLeavesTheMarketAsItWas() {
    PlanId plan = new PlanId(nextId());
    write(
        r -> {
          r.market().saveCategory(new Category(X, null, en("X")));
          r.market().saveCategory(new Category(CategoryCode.of("x.a"), X, en("A")));
          return null;
        });
    TechnologyProfile subject = published(nextId(), vn, DAY, request().category(X).keyword("k"));
    TechnologyProfile offer = store(draft(nextId(), il, plan, 1, offer().category(X)).publish(DAY));
    TechnologyProfile draft = store(draft(nextId(), il, offer().category(X)));
    Introduction introduction =
        insertIntroduction(
            Introduction.suggest(
                new IntroductionId(nextId()), subject.id(), offer.id(), plan, 1, DAY));
    CandidateQuery query = CandidateQuery.of(subject, CountryCode.VN, DAY.plusDays(1), 100, 100);
    List<ProfileId> ids = List.of(subject.id(), offer.id(), draft.id());
    Map<String, Object> before = market(query, plan, ids, introduction);
    ProfileId added = new ProfileId(nextId());
    IntroductionId addedIntroduction = new IntroductionId(nextId());

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.market().saveCategory(new Category(X, null, en("X renamed")));
                  r.market().saveCategory(new Category(CategoryCode.of("x.b"), X, en("B")));
                  r.market().updateProfile(offer.close(DAY));
                  r.market().updateProfile(draft.publish(DAY));
                  r.market()
                      .insertProfile(
                          TechnologyProfile.draft(
                                  added,
                                  il.id(),
                                  contact.id(),
                                  plan,
                                  1,
                                  offer().category(X).build())
                              .publish(DAY));
                  r.market().updateIntroduction(introduction.expressInterest(Side.REQUESTER, DAY));
                  r.market()
                      .insertIntroduction(
                          Introduction.suggest(
                              addedIntroduction, subject.id(), added, plan, 1, DAY));
                  throw new IllegalStateException("the unit fails");
                }));

    assertThat(market(query, plan, ids, introduction)).isEqualTo(before);
    assertThat(findProfile(added)).isEmpty();
    assertThat(findIntroduction(addedIntroduction)).isEmpty();
    assertThat(between(subject.id(), added)).isEmpty();
    // the ids and the pair are free again
    insertIntroduction(
        Introduction.suggest(addedIntroduction, subject.id(), added, null, null, DAY));
  }

  private Map<String, Object> market(
      CandidateQuery query, PlanId plan, List<ProfileId> ids, Introduction introduction) {
    return read(
        r -> {
          Map<String, Object> state = new java.util.TreeMap<>();
          state.put("taxonomy", r.market().taxonomy());
          state.put(
              "lineages",
              r.market().lineages(List.of(X, CategoryCode.of("x.a"), CategoryCode.of("x.b"))));
          state.put("candidates", r.market().candidates(query));
          state.put("search", r.market().searchProfiles(ProfileQuery.all(100)));
          state.put(
              "plan",
              r.market().searchProfiles(new ProfileQuery(null, null, null, plan, null, null, 100)));
          state.put(
              "owner",
              r.market()
                  .searchProfiles(new ProfileQuery(null, null, il.id(), null, null, null, 100)));
          state.put("counts", r.market().counts(plan, DAY, DAY.plusDays(10)));
          for (ProfileId id : ids) {
            state.put("profile " + id, r.market().findProfile(id));
            state.put("introductions " + id, r.market().introductionsOf(id));
          }
          state.put("introduction", r.market().findIntroduction(introduction.id()));
          state.put(
              "pair",
              r.market().findIntroductionBetween(introduction.request(), introduction.offer()));
          return state;
        });
  }

  // ---- memory

  @Test
  void anUpdateLetsGoOfTheVersionAndTheKeysItReplaced() throws InterruptedException {
    List<WeakReference<Object>> held = new ArrayList<>();
    ProfileId id = storeAndRevise(held);

    awaitCollected(held);
    assertThat(held).as("what the store still holds").allMatch(r -> r.get() == null);
    assertThat(read(r -> r.market().findProfile(id)).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void aFailedUnitLetsGoOfWhatItInserted() throws InterruptedException {
    List<WeakReference<Object>> held = new ArrayList<>();
    failToInsert(held);

    awaitCollected(held);
    assertThat(held).as("what the store still holds").allMatch(r -> r.get() == null);
  }

  private void failToInsert(List<WeakReference<Object>> held) {
    ProfileId profile = new ProfileId(nextId());
    IntroductionId introduction = new IntroductionId(nextId());
    PlanId plan = new PlanId(nextId());
    TechnologyProfile inserted =
        TechnologyProfile.draft(
                profile, il.id(), contact.id(), plan, 1, offer().category(X).keyword("k").build())
            .publish(DAY);
    Introduction suggested =
        Introduction.suggest(
            introduction, new ProfileId(nextId()), new ProfileId(nextId()), plan, 1, DAY);
    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.market().insertProfile(inserted);
                  r.market().insertIntroduction(suggested);
                  throw new IllegalStateException("the unit fails");
                }));
    held.add(new WeakReference<>(profile));
    held.add(new WeakReference<>(introduction));
    held.add(new WeakReference<>(suggested.request()));
    held.add(new WeakReference<>(suggested.offer()));
  }

  private ProfileId storeAndRevise(List<WeakReference<Object>> held) {
    CategoryCode gone = new CategoryCode(new String("gone"));
    TechnologyProfile first = published(nextId(), il, DAY, offer().category(gone));
    update(first.confirm(DAY.plusDays(1)));
    TechnologyProfile current = read(r -> r.market().findProfile(first.id())).orElseThrow();
    update(current.revise(offer().category(X).build(), contact.id()));
    held.add(new WeakReference<>(gone));
    held.add(new WeakReference<>(first));
    held.add(new WeakReference<>(current));
    return first.id();
  }

  @Test
  void closingLetsGoOfTheMarket() throws InterruptedException {
    List<WeakReference<Object>> held = new ArrayList<>();
    storeOneOfEach(held);

    ((InMemoryStorage) storage()).close();

    awaitCollected(held);
    assertThat(held).as("what the closed store still holds").allMatch(r -> r.get() == null);
  }

  private void storeOneOfEach(List<WeakReference<Object>> held) {
    UUID planId = nextId();
    PlanId profilePlan = new PlanId(planId);
    PlanId introductionPlan = new PlanId(planId);
    OrganisationId owner = new OrganisationId(il.id().value());
    Category category = new Category(new CategoryCode(new String("held")), null, en("Held"));
    TechnologyProfile profile =
        store(
            TechnologyProfile.draft(
                    new ProfileId(nextId()),
                    owner,
                    contact.id(),
                    profilePlan,
                    1,
                    offer().category(X).build())
                .publish(DAY));
    ProfileId request = new ProfileId(profile.id().value());
    ProfileId offer = new ProfileId(nextId());
    Introduction introduction =
        insertIntroduction(
            Introduction.suggest(
                new IntroductionId(nextId()), request, offer, introductionPlan, 1, DAY));
    write(
        r -> {
          r.market().saveCategory(category);
          return null;
        });
    for (Object o :
        List.of(
            profilePlan,
            introductionPlan,
            owner,
            category,
            profile,
            request,
            offer,
            introduction)) {
      held.add(new WeakReference<>(o));
    }
  }

  private static void awaitCollected(List<WeakReference<Object>> held) throws InterruptedException {
    for (int i = 0; i < 50 && held.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(20);
    }
  }

  // ---- helpers

  private static ProfileContent.Builder content(ProfileKind kind) {
    return ProfileContent.builder()
        .kind(kind)
        .title(en("Title"))
        .summary(en("Summary"))
        .description(en("Description"));
  }

  private static ProfileContent.Builder offer() {
    return content(ProfileKind.TECHNOLOGY_OFFER).partnership(PartnershipType.COMMERCIAL);
  }

  private static ProfileContent.Builder request() {
    return content(ProfileKind.TECHNOLOGY_REQUEST).partnership(PartnershipType.COMMERCIAL);
  }

  private static ProfileContent.Builder research() {
    return content(ProfileKind.RESEARCH_REQUEST).partnership(PartnershipType.RESEARCH_COOPERATION);
  }

  private TechnologyProfile draft(UUID id, Organisation owner, ProfileContent.Builder content) {
    return draft(id, owner, null, content);
  }

  private TechnologyProfile draft(
      UUID id, Organisation owner, @Nullable PlanId plan, ProfileContent.Builder content) {
    return draft(id, owner, plan, plan == null ? null : 1, content);
  }

  private TechnologyProfile draft(
      UUID id,
      Organisation owner,
      @Nullable PlanId plan,
      @Nullable Integer area,
      ProfileContent.Builder content) {
    return TechnologyProfile.draft(
        new ProfileId(id), owner.id(), contact.id(), plan, area, content.build());
  }

  /** A profile published on a day, stored. */
  private TechnologyProfile published(
      UUID id, Organisation owner, LocalDate on, ProfileContent.Builder content) {
    return store(draft(id, owner, content).publish(on));
  }

  private TechnologyProfile store(TechnologyProfile profile) {
    return write(r -> r.market().insertProfile(profile));
  }

  private TechnologyProfile update(TechnologyProfile profile) {
    return write(r -> r.market().updateProfile(profile));
  }

  private Introduction insertIntroduction(Introduction introduction) {
    return write(r -> r.market().insertIntroduction(introduction));
  }

  private Introduction updateIntroduction(Introduction introduction) {
    return write(r -> r.market().updateIntroduction(introduction));
  }

  private static Introduction introduce(UUID id, ProfileId request, ProfileId offer) {
    return Introduction.suggest(new IntroductionId(id), request, offer, null, null, DAY);
  }

  private static ProfileQuery query(
      @Nullable OrganisationId owner, @Nullable PlanId plan, @Nullable UUID after, int limit) {
    return new ProfileQuery(
        null, null, owner, plan, null, after == null ? null : new ProfileId(after), limit);
  }

  private List<UUID> search(ProfileQuery query) {
    return read(r -> r.market().searchProfiles(query)).stream().map(p -> p.id().value()).toList();
  }

  private List<ProfileId> candidates(CandidateQuery query) {
    return read((Repositories r) -> r.market().candidates(query)).stream()
        .map(TechnologyProfile::id)
        .toList();
  }

  private List<Category> taxonomy() {
    return read(r -> r.market().taxonomy());
  }

  private Map<CategoryCode, CategoryLineage> lineages(List<CategoryCode> codes) {
    return read(r -> r.market().lineages(codes));
  }

  private Optional<TechnologyProfile> findProfile(ProfileId id) {
    return read(r -> r.market().findProfile(id));
  }

  private Optional<Introduction> findIntroduction(IntroductionId id) {
    return read(r -> r.market().findIntroduction(id));
  }

  private Optional<Introduction> between(ProfileId request, ProfileId offer) {
    return read(r -> r.market().findIntroductionBetween(request, offer));
  }

  private List<Introduction> introductionsOf(ProfileId profile) {
    return read(r -> r.market().introductionsOf(profile));
  }

  private List<TechnologyProfile> profiles(CandidateQuery query) {
    return read(r -> r.market().candidates(query));
  }

  private List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
    return read(r -> r.market().counts(plan, from, to));
  }

  /** A retrieval for some kinds under some keys, by a profile and an owner stored nowhere. */
  private CandidateQuery retrieval(
      Set<ProfileKind> kinds, List<CategoryCode> categories, List<String> keywords, int perKey) {
    return new CandidateQuery(
        new ProfileId(nextId()),
        new OrganisationId(nextId()),
        kinds,
        null,
        null,
        Set.of(),
        DAY.plusDays(2),
        categories,
        keywords,
        perKey,
        100);
  }

  /** A retrieval of technology offers under X by a subject, with an owner stored nowhere. */
  private CandidateQuery filtered(
      ProfileId subject,
      @Nullable PartnershipType partnership,
      @Nullable CountryCode requester,
      Set<CountryCode> owners) {
    return new CandidateQuery(
        subject,
        new OrganisationId(nextId()),
        Set.of(ProfileKind.TECHNOLOGY_OFFER),
        partnership,
        requester,
        owners,
        DAY,
        List.of(X),
        List.of(),
        100,
        100);
  }
}
