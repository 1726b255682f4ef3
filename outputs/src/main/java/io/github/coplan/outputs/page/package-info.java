/**
 * A plan on one page: {@link io.github.coplan.outputs.page.PlanPage}, with its {@link
 * io.github.coplan.outputs.page.PageOptions}.
 *
 * <p>The page is one self-contained HTML5 file: its style is in the file, its drawings are inline
 * SVG, and it has no script, no font, no image and no link to fetch, so that it opens offline and
 * can be mailed as it is. It is well-formed polyglot HTML (every element closed, every attribute
 * quoted, every text escaped), so that an XML parser reads it as a browser does. It holds:
 *
 * <ul>
 *   <li>the plan's title, summary, code, period and status, and the "as of" day of the options'
 *       clock;
 *   <li>the parties, with their roles;
 *   <li>a table of the content areas, one row each with its title, its activities by status, the
 *       share completed, and its counts of activities, completed and overdue ones;
 *   <li>a timeline of the activities by content area: each activity's planned span as a bar on a
 *       track of whole years. A span whose dates are known to the day (and stated exactly) is a
 *       solid bar; a date known only to the month, quarter, half-year or year, or approximate or
 *       uncertain, gives a lighter bar with a dashed outline that spans the whole period it may lie
 *       in ({@code 2018-Q4} covers 1 October to 31 December); an open end runs to the edge. A
 *       legend says so, and a dashed line marks the "as of" day;
 *   <li>the overdue activities (planned to end before the "as of" day, and neither completed nor
 *       cancelled: the progress report's rule) highlighted, with a mark that says "overdue" in
 *       words as well as in colour;
 *   <li>the indicators of the plan's results, with their periods' targets, actuals and progress.
 * </ul>
 *
 * <p>The page is in the language the options name (else in the original language of the plan's
 * title): its root element has that {@code lang}, and {@code dir="rtl"} for a language written from
 * right to left, such as Hebrew. Every element that holds a text has a {@code lang}: a text the
 * plan holds in that language is shown in it; one it holds only in another language is shown in its
 * original language, with that language's {@code lang}, and its {@code dir} when it runs the other
 * way. The page's own words are in English, Vietnamese and Hebrew; a page in another language has
 * them in English, marked as such. In a right-to-left page the timeline runs from right to left.
 *
 * <p>The layout fits narrow screens: the drawings scale to the width of the page ({@code viewBox},
 * {@code width:100%}), long titles wrap anywhere, and nothing is wider than the window down to 390
 * CSS pixels.
 */
@NullMarked
package io.github.coplan.outputs.page;

import org.jspecify.annotations.NullMarked;
