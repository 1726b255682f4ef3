/**
 * The technology marketplace: technology and business offers and requests ({@link
 * io.github.coplan.domain.market.TechnologyProfile}), the taxonomy of technology categories they
 * are filed under, matches that explain themselves ({@link
 * io.github.coplan.domain.market.Matching}) and the introductions that follow a match through to an
 * agreement.
 *
 * <p>The working models are the Enterprise Europe Network's partnering profiles and b2match's
 * marketplaces; the reference plan's sixth content area connects technology supply and demand on Ho
 * Chi Minh City's technology exchange.
 */
@NullMarked
package io.github.coplan.domain.market;

import org.jspecify.annotations.NullMarked;
