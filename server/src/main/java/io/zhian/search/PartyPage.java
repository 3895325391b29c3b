package io.zhian.search;

import java.util.List;

/**
 * One page of a person search and how many hits there are. Hits are counted only up to a limit (a common name
 * over three months matches hundreds of thousands of parties, and counting them all costs more than the page):
 * beyond it {@code total} is the limit and {@code totalCapped} is true, which the console shows as "10 000+".
 */
public record PartyPage(List<PartyHit> items, long total, boolean totalCapped) {
}
