/**
 * A plan's activities as an iCalendar (RFC 5545) file: {@link
 * io.github.coplan.outputs.ical.ActivityCalendar}, with its {@link
 * io.github.coplan.outputs.ical.CalendarOptions}.
 *
 * <p>Each activity is one {@code VEVENT} of all-day dates ({@code VALUE=DATE}), with a UID that
 * stays the same on every export ({@code <activity id>@<domain>}), so that a calendar that imports
 * the file again updates its events instead of adding them twice. Each stop of a study tour's
 * itinerary is one more event ({@code <activity id>-<stop id>@<domain>}): with its local times and
 * the time zone of its place ({@code TZID}, the zone's {@code VTIMEZONE} in the file) when it is
 * given to the minute, all-day when it is given as days.
 *
 * <p>Dates follow these rules:
 *
 * <ul>
 *   <li>the event runs from the first day its start can be ({@code DTSTART}) to the day after the
 *       last day its end can be ({@code DTEND}, exclusive as RFC 5545 wants): a start stated as
 *       {@code 2018-Q4} begins on 1 October, an end stated as {@code 2018-11} ends with 30
 *       November;
 *   <li>an activity's actual dates are used when it has an actual start, its planned span before;
 *   <li>an end that is not known (an open planned span such as {@code 2019/..}, or an activity
 *       under way with no actual end) is not guessed: the event then covers the days of its start
 *       only, one day for a start known to the day;
 *   <li>the event is {@code TENTATIVE} when a date it uses is known only to the year, half-year,
 *       quarter or month, or is approximate or uncertain; {@code CANCELLED} when the activity (or
 *       the stop) is cancelled, whatever its dates; {@code CONFIRMED} otherwise.
 * </ul>
 *
 * <p>A plan or search without activities gives a calendar without events. RFC 5545 asks a calendar
 * for at least one component; calendar applications read an empty one, as a subscribed feed with
 * nothing in it yet, so it is written all the same.
 */
@NullMarked
package io.github.coplan.outputs.ical;

import org.jspecify.annotations.NullMarked;
