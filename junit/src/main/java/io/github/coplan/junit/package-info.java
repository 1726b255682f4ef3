/**
 * Coplan in an application's own JUnit Jupiter tests.
 *
 * <p>{@link io.github.coplan.junit.CoplanExtension} gives each test a fresh {@link
 * io.github.coplan.Coplan} on an in-memory store and its use cases, whose clock is a {@link
 * io.github.coplan.junit.TestClock} the test may set, and a {@link io.github.coplan.junit.TestData}
 * that stores valid organisations, people, plans and activities through the use cases, so that a
 * test states only what it is about:
 *
 * <pre>{@code
 * @ExtendWith(CoplanExtension.class)
 * class RosterTest {
 *   @Test
 *   void listsWhoIsGoing(UseCases coplan, TestData data) {
 *     Activity tour = data.activity().type(ActivityType.STUDY_TOUR).status(ActivityStatus.SCHEDULED).create();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Everything here is made through the public use cases: it works with any store, and what it
 * makes is what an application could have made.
 */
@NullMarked
package io.github.coplan.junit;

import org.jspecify.annotations.NullMarked;
